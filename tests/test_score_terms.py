"""Terminology metrics on small examples computed by hand (Alam et al. 2021)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sacrebleu.metrics.lib_ter import translation_edit_rate

from tools.glossary import SourceMatcher, load_glossary
from tools.score.segments import Segment, load_corpus
from tools.score.terms import rendering_spans, segment_terms, term_scores, tokenize
from tools.score.weighted_ter import edit_cost, weighted_edits, weighted_ter

DATA = Path(__file__).parent / "data" / "score"
GLOSSARY = load_glossary([DATA / "glossary.po"])
MATCHER = SourceMatcher(GLOSSARY.terms)


def seg(source: str, hypothesis: str, reference: str) -> Segment:
    return Segment("1", source, hypothesis, (reference,), 1)


def term(arabic: str):
    found = MATCHER.find(arabic)
    assert len(found) == 1, found
    return found[0].term


# --------------------------------------------------------------------------- exact match


@pytest.mark.parametrize(
    ("source", "hypothesis", "found", "expected"),
    [
        # الحمى -> fever: present.
        ("ما مدى ارتفاع الحمى لديك؟", "how high is your fever?", 1, 1),
        # A synonym is not the approved rendering.
        ("ما مدى ارتفاع الحمى لديك؟", "how high is your temperature?", 0, 1),
        # Either approved rendering of one term counts: WHO or World Health Organization.
        ("أُبلغت منظمة الصحة العالمية.", "The World Health Organization was told.", 1, 1),
        ("أُبلغت منظمة الصحة العالمية.", "The WHO was told.", 1, 1),
        # "WHO" is case-sensitive: the pronoun is not the organisation.
        ("أُبلغت منظمة الصحة العالمية.", "those who were told.", 0, 1),
        # Twice in the source needs twice in the English: 1 of 2.
        ("الحمى ثم الحمى", "fever, then a high temperature", 1, 2),
        ("الحمى ثم الحمى", "fever, then fever again", 2, 2),
        # Plural of the rendering is accepted (the glossary's rule).
        ("لقاح", "two vaccines", 1, 1),
    ],
)
def test_exact_match_counts_term_occurrences(source: str, hypothesis: str, found: int, expected: int) -> None:
    part = segment_terms(MATCHER, seg(source, hypothesis, hypothesis))
    assert (part.found, part.expected) == (found, expected)


def test_one_english_occurrence_renders_one_source_term_only(tmp_path: Path) -> None:
    # Two glossary terms, both rendered "coronavirus": one "coronavirus" in the
    # English satisfies one of them (1/2), two satisfy both (2/2).
    glossary = tmp_path / "g.po"
    glossary.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "كورونا"\nmsgstr "coronavirus"\n\nmsgid "فيروس كورونا"\nmsgstr "coronavirus"\n',
        "utf-8",
    )
    matcher = SourceMatcher(load_glossary([glossary]).terms)
    source = "فيروس كورونا أو كورونا"
    one = segment_terms(matcher, seg(source, "the coronavirus or corona", "x"))
    two = segment_terms(matcher, seg(source, "the coronavirus, or coronavirus", "x"))
    assert (one.found, one.expected, two.found) == (1, 2, 2)


def test_matches_term_with_attached_lil_article() -> None:
    # للفيروس = لل + الفيروس: the term is the virus.
    part = segment_terms(MATCHER, seg("لقاح كامل للفيروس", "a whole-virus vaccine", "a whole virus vaccine"))
    assert (part.found, part.expected) == (2, 2)


def test_matches_term_with_attached_bi_preposition_and_kaf() -> None:
    # بكوفيد-19 = ب + كوفيد-19.
    part = segment_terms(MATCHER, seg("المصابين بكوفيد-19", "people with COVID-19", "people with COVID-19"))
    assert (part.found, part.expected) == (1, 1)


@pytest.mark.parametrize(
    "source",
    [
        "الْحُمَّى",  # full diacritics
        "الحـــمى",  # tatweel
        "الحمي",  # final yeh for alef maqsura
        "\u200fالحمى\u200f",  # right-to-left marks copied from a web page
    ],
)
def test_matches_term_whatever_its_spelling_in_the_source(source: str) -> None:
    part = segment_terms(MATCHER, seg(source, "fever", "fever"))
    assert (part.found, part.expected) == (1, 1)


def test_corpus_exact_match_is_found_over_expected() -> None:
    scores = term_scores(
        MATCHER,
        [
            seg("الحمى", "fever", "fever"),  # 1/1
            seg("الحمى والسعال", "fever and a bark", "fever and cough"),  # 1/2
            seg("لا شيء هنا", "nothing here", "nothing here"),  # 0/0: no term
        ],
    )
    # 2 of 3 occurrences.
    assert (scores.found, scores.expected) == (2, 3)
    assert scores.exact_match == pytest.approx(200 / 3)


def test_no_term_in_the_source_gives_no_accuracy() -> None:
    scores = term_scores(MATCHER, [seg("لا شيء هنا", "nothing here", "nothing here")])
    assert scores.exact_match is None
    assert scores.window == {2: None, 3: None}


# --------------------------------------------------------------------------- window overlap


def test_window_overlap_by_hand() -> None:
    # Reference: "The WHO asserts that the pandemic can be controlled ."
    # Hypothesis: "The World Health Organization stresses that the pandemic can be controlled ."
    # Window 2, WHO: ref [The | asserts that], hyp [The | stresses that] -> The, that = 2/3.
    #           pandemic: ref [the that | can be], hyp [the that | can be] -> 4/4.
    # Segment: (2/3 + 1) / 2 = 5/6.
    # Window 3, WHO: ref [The | asserts that the], hyp [The | stresses that the] -> 3/4.
    #           pandemic: ref [the that asserts | can be controlled],
    #                     hyp [the that stresses | can be controlled] -> 5/6.
    # Segment: (3/4 + 5/6) / 2 = 19/24.
    part = segment_terms(
        MATCHER,
        seg(
            "تؤكد منظمة الصحة العالمية على إمكانية السيطرة على الجائحة.",
            "The World Health Organization stresses that the pandemic can be controlled.",
            "The WHO asserts that the pandemic can be controlled.",
        ),
    )
    assert part.window[2] == pytest.approx(5 / 6)
    assert part.window[3] == pytest.approx(19 / 24)


def test_window_overlap_skips_punctuation_and_pairs_occurrences_best_first() -> None:
    # Source has الحمى twice; reference and hypothesis have "fever" twice, swapped contexts.
    # Ref:  "fever , then cough ; later fever at night"
    #   occurrence 1 window 2: [] + [then cough] ("," skipped)
    #   occurrence 2 window 2: [later cough] + [at night]
    # Hyp:  "later fever at night ; fever , then cough"
    #   occurrence 1 window 2: [later] + [at night]
    #   occurrence 2 window 2: [night at] + [then cough]
    # Pair scores: (r1,h1)=0/2, (r1,h2)=2/2, (r2,h1)=3/4 (later at night),
    #              (r2,h2)=3/4 (cough at night).
    # Best first: (r1,h2)=1, then (r2,h1)=3/4 -> mean 7/8.
    part = segment_terms(
        MATCHER,
        seg("الحمى ثم الحمى", "later fever at night; fever, then cough", "fever, then cough; later fever at night"),
    )
    assert part.window[2] == pytest.approx(7 / 8)


def test_window_overlap_is_zero_when_the_hypothesis_lacks_the_term() -> None:
    part = segment_terms(MATCHER, seg("الحمى", "how high is your temperature", "how high is your fever"))
    assert part.window == {2: 0.0, 3: 0.0}


def test_window_overlap_is_undefined_when_the_reference_lacks_the_term() -> None:
    part = segment_terms(MATCHER, seg("الحمى", "how high is your fever", "how high is your temperature"))
    assert part.window == {2: None, 3: None}
    assert (part.found, part.expected) == (1, 1)  # accuracy does not need the reference


def test_corpus_window_overlap_averages_segments_with_a_reference_term() -> None:
    scores = term_scores(
        MATCHER,
        [
            seg("الحمى", "a high fever today", "a high fever today"),  # 1
            seg("الحمى", "a high temperature today", "a high fever today"),  # 0
            seg("الحمى", "a fever", "a temperature"),  # no reference term: left out
        ],
    )
    assert scores.window[2] == pytest.approx(50.0)


# --------------------------------------------------------------------------- TERm


def test_term_ter_weighs_term_words_double() -> None:
    # Reference "how high is your fever ?" (6 tokens; "fever" is a term word).
    # Hypothesis "how high is your temperature ?": one substitution of a term word.
    # TER = 1/6; TERm = 2/6.
    part = segment_terms(MATCHER, seg("ما مدى ارتفاع الحمى لديك؟", "how high is your temperature?", "how high is your fever?"))
    assert part.term_ter == pytest.approx(2 / 6)
    # The same error on a non-term word costs 1: "how tall is your fever?" -> 1/6.
    part = segment_terms(MATCHER, seg("ما مدى ارتفاع الحمى لديك؟", "how tall is your fever?", "how high is your fever?"))
    assert part.term_ter == pytest.approx(1 / 6)


def test_one_minus_term_is_averaged_over_segments() -> None:
    scores = term_scores(
        MATCHER,
        [
            seg("الحمى", "a fever", "a fever"),  # TERm 0
            seg("الحمى", "a rash", "a fever"),  # 2 / 2 = 1
        ],
    )
    assert scores.one_minus_term == pytest.approx(50.0)


@pytest.mark.parametrize(
    ("hyp", "ref", "weights", "edits"),
    [
        ("a b c", "a b c", [1, 1, 1], 0),
        ("a x c", "a b c", [1, 1, 1], 1),
        ("a x c", "a b c", [1, 2, 1], 2),  # substituting a term word
        ("a c", "a b c", [1, 2, 1], 2),  # inserting a term word
        ("a b x c", "a b c", [1, 2, 1], 1),  # deleting a hypothesis word costs 1
        ("c a b", "a b c", [1, 1, 1], 1),  # one shift of "c"
        ("d e a b c", "a b c d e", [1, 1, 1, 1, 1], 1),  # one shift of "d e"
        ("", "a b", [2, 1], 3),
    ],
)
def test_weighted_edits_by_hand(hyp: str, ref: str, weights: list[float], edits: float) -> None:
    assert weighted_edits(hyp.split(), ref.split(), weights) == edits


def test_weighted_ter_of_empty_reference() -> None:
    assert weighted_ter([], [], []) == 0.0
    assert weighted_ter(["a"], [], []) == 1.0


words = st.lists(st.sampled_from("the virus spread fast in wuhan and hubei".split()), max_size=9)


@settings(max_examples=200, deadline=None)
@given(hyp=words, ref=words.filter(bool), data=st.data())
def test_weights_and_shifts_bound_the_edits(hyp: list[str], ref: list[str], data: st.DataObject) -> None:
    weights = data.draw(st.lists(st.sampled_from([1.0, 2.0]), min_size=len(ref), max_size=len(ref)))
    ones = [1.0] * len(ref)
    # Term weights only raise the word edit distance, at most to double.
    assert edit_cost(hyp, ref, ones)[0] <= edit_cost(hyp, ref, weights)[0] <= 2 * edit_cost(hyp, ref, ones)[0]
    # A shift is taken only when it pays: never worse than no shift at all.
    assert weighted_edits(hyp, ref, weights) <= edit_cost(hyp, ref, weights)[0]
    assert weighted_edits(ref, ref, weights) == 0


def test_unit_weights_agree_with_sacrebleu_ter_on_the_test_data() -> None:
    corpus = load_corpus(DATA / "hyp.en.txt", [DATA / "ref.en.txt"])
    for segment in corpus.segments:
        hyp = [t.text.lower() for t in tokenize(segment.hypothesis)]
        ref = [t.text.lower() for t in tokenize(segment.references[0])]
        assert weighted_edits(hyp, ref, [1.0] * len(ref)) == translation_edit_rate(hyp, ref)[0]


# --------------------------------------------------------------------------- helpers


def test_rendering_spans_finds_every_occurrence_once() -> None:
    who = term("منظمة الصحة العالمية")
    text = "WHO: the World Health Organization (WHO) said"
    assert [text[s:e] for s, e in rendering_spans(text, who)] == ["WHO", "World Health Organization", "WHO"]


def test_tokenize_keeps_inner_apostrophes_and_hyphens() -> None:
    assert [t.text for t in tokenize("Morocco's COVID-19 cases, (up).")] == [
        "Morocco's", "COVID-19", "cases", ",", "(", "up", ")", ".",
    ]


def test_demo_data_metrics_by_hand() -> None:
    """The seven-sentence PO example: 5 of 10 term occurrences rendered."""
    corpus = load_corpus(DATA / "hyp.po", [DATA / "ref.po"])
    scores = term_scores(MATCHER, corpus.segments)
    # fever missing (1), blood pressure ok (1), WHO + pandemic ok (2), fuzzy (0 of 2),
    # untranslated (0 of 1), vaccine + virus ok (2), missing unit (0 of 1).
    assert (scores.found, scores.expected) == (5, 10)
    # Window 2: segments 0, 1/2, 5/6, 0, 0, 0, 0 -> (1/2 + 5/6) / 7.
    assert scores.window[2] == pytest.approx(100 * (1 / 2 + 5 / 6) / 7)
