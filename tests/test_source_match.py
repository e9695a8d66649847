"""Finding glossary terms in Arabic text: one named case per phenomenon.

Sentences come from the seed article (seeds/hammouchi-ahlgren.txt, Homepress,
quoted briefly), NTREX-128 (CC BY-SA 4.0) and TICO-19 (CC0); see
tests/data/glossary/README.md. The glossary is tests/data/glossary/terms.po.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tools.glossary import SourceMatcher, load_glossary

DATA = Path(__file__).parent / "data" / "glossary"
GLOSSARY = load_glossary([DATA / "terms.po"])
MATCHER = SourceMatcher(GLOSSARY.terms)
#: The terms only as written: the oracle below knows no inflected forms.
LITERAL = SourceMatcher(GLOSSARY.terms, forms=False)


def found(text: str) -> list[tuple[str, str]]:
    """(text as written, glossary msgid) for every match, checking the span invariants."""
    matches = MATCHER.find(text)
    for match in matches:
        assert text[match.start : match.end] == match.text
    for before, after in zip(matches, matches[1:]):
        assert before.end <= after.start
    return [(m.text, m.term.source) for m in matches]


CASES = [
    # --- attached proclitics on the first word -----------------------------
    pytest.param(
        "الذي يجري زيارة عمل للمملكة المغربية.",
        [("لمملكة المغربية", "المملكة المغربية")],
        id="attached_lil_article_merges_lam_with_al",
    ),
    pytest.param(
        "ستقوم مدارس أخرى بتدريس اللغات التي تُعد الأكثر أهمية بالنسبة للمملكة المتحدة",
        [("لمملكة المتحدة", "المملكة المتحدة")],
        id="attached_lil_article_in_ntrex_sentence",
    ),
    pytest.param(
        "أطر عليا من مختلف المصالح المركزية بالمديرية العامة للأمن الوطني",
        [("المديرية العامة للأمن الوطني", "المديرية العامة للأمن الوطني")],
        id="attached_bi_with_article",
    ),
    pytest.param(
        "ضابط الإتصال لشرطة مكافحة الإرهاب بالسفارة البريطانية بالرباط",
        [("ضابط الإتصال", "ضابط الاتصال"), ("مكافحة الإرهاب", "مكافحة الإرهاب"), ("الرباط", "الرباط")],
        id="attached_bi_with_article_on_place_name",
    ),
    pytest.param("وبالرباط", [("الرباط", "الرباط")], id="attached_wa_bi_with_article"),
    pytest.param("فالمغرب بلد", [("المغرب", "المغرب")], id="attached_fa_conjunction"),
    pytest.param("كالمغرب", [("المغرب", "المغرب")], id="attached_ka_preposition"),
    pytest.param(
        "السلطات البريطانية والمديرية العامة لمراقبة التراب الوطني",
        [("المديرية العامة لمراقبة التراب الوطني", "المديرية العامة لمراقبة التراب الوطني")],
        id="attached_wa_conjunction_with_article",
    ),
    pytest.param(
        "المدير العام للأمن الوطني و لمراقبة التراب الوطني، يومه الأربعاء",
        [
            (
                "المدير العام للأمن الوطني و لمراقبة التراب الوطني",
                "المدير العام للأمن الوطني ولمراقبة التراب الوطني",
            )
        ],
        id="detached_wa_conjunction_inside_term",
    ),
    pytest.param(
        "و مراقبة التراب الوطني",
        [("مراقبة التراب الوطني", "مراقبة التراب الوطني")],
        id="detached_wa_conjunction_before_term_is_left_out",
    ),
    # --- orthographic variation ---------------------------------------------
    pytest.param(
        "وقد جرى هذا الإستقبال بمقر المديرية",
        [("إستقبال", "إستقبال")],
        id="article_on_term_written_without_it",
    ),
    pytest.param("جرى هذا استقبال الوفد", [("استقبال", "إستقبال")], id="hamza_alef_in_glossary_bare_in_text"),
    pytest.param("إستقبال الوفد", [("إستقبال", "إستقبال")], id="hamza_alef_in_both"),
    pytest.param(
        "ضابط الإتصال", [("ضابط الإتصال", "ضابط الاتصال")], id="hamza_alef_in_text_bare_in_glossary"
    ),
    pytest.param(
        "ملحقين عسكريين و أمنيين، فضلاً عن أطر عليا",
        [("فضلاً عن", "فضلا عن")],
        id="tanwin_diacritic_in_text",
    ),
    pytest.param(
        "اتفاق مع الولايات المتحدة",
        [("الولايات المتحدة", "الولايات المتّحدة")],
        id="shadda_in_glossary_not_in_text",
    ),
    pytest.param(
        "زيارة الْمَمْلَكَةِ الْمَغْرِبِيَّةِ",
        [("الْمَمْلَكَةِ الْمَغْرِبِيَّةِ", "المملكة المغربية")],
        id="full_vocalization_in_text",
    ),
    pytest.param("في الـمـغـرب", [("الـمـغـرب", "المغرب")], id="tatweel_inside_word"),
    pytest.param("کأس العالم", [("کأس العالم", "كأس العالم")], id="persian_keheh"),
    pytest.param("شمال إفریقیا", [("شمال إفریقیا", "شمال إفريقيا")], id="persian_farsi_yeh"),
    pytest.param("مصطفي", [("مصطفي", "مصطفى")], id="yeh_for_alef_maqsura"),
    pytest.param("المديريه العامه للأمن الوطني", [("المديريه العامه للأمن الوطني", "المديرية العامة للأمن الوطني")], id="heh_for_teh_marbuta"),
    pytest.param(
        "شرطة مكافحة اﻹرهاب", [("مكافحة اﻹرهاب", "مكافحة الإرهاب")], id="lam_alef_hamza_ligature"
    ),
    pytest.param("ضابط اﻻتصال", [("ضابط اﻻتصال", "ضابط الاتصال")], id="lam_alef_ligature"),
    pytest.param(
        "ﺍﻟﺮﺑﺎﻁ", [("ﺍﻟﺮﺑﺎﻁ", "الرباط")], id="presentation_forms"
    ),
    pytest.param("و كأس العالم ٢٠٣٠،", [("كأس العالم ٢٠٣٠", "كأس العالم 2030")], id="arabic_indic_digits"),
    pytest.param("كأس العالم ۲۰۳۰", [("كأس العالم ۲۰۳۰", "كأس العالم 2030")], id="persian_digits"),
    pytest.param("و كأس العالم 2030،", [("كأس العالم 2030", "كأس العالم 2030")], id="ascii_digits"),
    pytest.param(
        "بالمدي\u200cرية العامة للأمن الوطني",
        [("المدي\u200cرية العامة للأمن الوطني", "المديرية العامة للأمن الوطني")],
        id="zwnj_inside_word",
    ),
    pytest.param(
        "المديرية\u200f العامة للأمن الوطني",
        [("المديرية\u200f العامة للأمن الوطني", "المديرية العامة للأمن الوطني")],
        id="rlm_between_words",
    ),
    pytest.param(
        "\u2067المملكة المغربية\u2069",
        [("المملكة المغربية", "المملكة المغربية")],
        id="bidi_isolates_around_term",
    ),
    pytest.param(
        "المملكة\u00a0المغربية", [("المملكة\u00a0المغربية", "المملكة المغربية")], id="nbsp_between_words"
    ),
    pytest.param(
        "المملكة   \t المغربية", [("المملكة   \t المغربية", "المملكة المغربية")], id="repeated_spaces"
    ),
    # --- whole words, punctuation, overlap ----------------------------------
    pytest.param("المديرية العامة", [], id="whole_words_director_not_in_directorate"),
    pytest.param("التعاون الأمني", [], id="whole_words_security_not_in_adjective"),
    pytest.param("مصالح الأمن المغربية", [("الأمن", "الأمن")], id="whole_words_security_noun"),
    pytest.param(
        "المدير العام، للأمن الوطني",
        [("المدير العام", "المدير العام"), ("لأمن", "الأمن")],
        id="comma_breaks_longer_term",
    ),
    pytest.param("الشرق. الأوسط", [], id="full_stop_breaks_term"),
    pytest.param("الشرق الأوسط (وشمال إفريقيا)", [("الشرق الأوسط", "الشرق الأوسط"), ("شمال إفريقيا", "شمال إفريقيا")], id="bracket_breaks_term"),
    pytest.param("كأس العالم للأندية", [("كأس العالم للأندية", "كأس العالم للأندية")], id="nested_longest_wins"),
    pytest.param(
        "المستشار العسكري الرئيسي البريطاني للشرق الأوسط و شمال إفريقيا",
        [("لشرق الأوسط و شمال إفريقيا", "الشرق الأوسط وشمال إفريقيا")],
        id="nested_with_lil_article_and_detached_wa",
    ),
    pytest.param(
        "المدير العام للأمن الوطني",
        [("المدير العام", "المدير العام"), ("لأمن", "الأمن")],
        id="prefix_of_longer_term_only",
    ),
    pytest.param(
        "أعلن المدير العام لمنظمة الصحة العالمية (منظمة الصحة العالمية) كوفيد-19 كجائحة.",
        [
            ("المدير العام", "المدير العام"),
            ("منظمة الصحة العالمية", "منظمة الصحة العالمية"),
            ("منظمة الصحة العالمية", "منظمة الصحة العالمية"),
            ("كوفيد-19", "كوفيد-19"),
        ],
        id="tico19_sentence_repeated_term_with_lam",
    ),
    pytest.param(
        "ليس هناك ما يسمى بالخروج الجيد للمملكة المتحدة من الاتحاد الأوروبي",
        [("لمملكة المتحدة", "المملكة المتحدة"), ("الاتحاد الأوروبي", "الاتحاد الأوروبي")],
        id="ntrex_sentence_two_terms",
    ),
    pytest.param(
        "أعلن كوفيد-19 كجائحة", [("كوفيد-19", "كوفيد-19")], id="term_with_hyphen_written_alike"
    ),
    pytest.param("انتشار كوفيد 19", [("كوفيد 19", "كوفيد-19")], id="term_with_hyphen_written_with_space"),
    pytest.param("مرض (كوفيد-١٩)", [("كوفيد-١٩", "كوفيد-19")], id="term_with_hyphen_in_brackets_indic_digits"),
    pytest.param("التظاهرات الرياضية", [], id="fuzzy_entry_is_not_a_term"),
    pytest.param("", [], id="empty_text"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_source_match(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_spans_point_into_original_text_without_proclitics() -> None:
    text = "الذي يجري زيارة عمل للمملكة المغربية."
    (match,) = MATCHER.find(text)
    assert (match.start, match.end) == (text.index("لمملكة"), text.index("."))


def test_cost_does_not_depend_on_terms_absent_from_text() -> None:
    """Terms are looked up together, whatever their order in the glossary (checked by behaviour, not time)."""
    small = SourceMatcher(GLOSSARY.terms)
    assert [m.term.key for m in small.find("كأس العالم")] == [
        m.term.key for m in SourceMatcher(GLOSSARY.terms[::-1]).find("كأس العالم")
    ]


PROCLITICS = ["", "و", "ف", "ب", "ك", "ل", "وب", "فب", "ول", "فك"]


@given(
    term=st.sampled_from([t for t in GLOSSARY.terms if t.source.startswith("ال")]),
    proclitic=st.sampled_from(PROCLITICS),
    left=st.sampled_from(["", "قال ", "في إطار "]),
    right=st.sampled_from(["", " اليوم", "."]),
)
def test_any_definite_term_is_found_after_any_proclitic(term, proclitic, left, right) -> None:
    """ل + ال merges into لل; other proclitics simply attach to the article."""
    source = term.source
    written = proclitic + (source[1:] if proclitic.endswith("ل") else source)
    text = left + written + right
    matches = [m for m in MATCHER.find(text) if m.term.key == term.key]
    assert len(matches) == 1
    assert matches[0].end == len(left) + len(written)
    # After ل the article's alef is gone but its lam is still written: the span starts there.
    assert matches[0].start == len(left) + len(proclitic)


#: Characters that exercise every normalization path: letters that fold,
#: diacritics, tatweel, bidi and zero-width marks, spaces of all kinds,
#: punctuation, digits, presentation forms and ligatures (NFKC).
TRICKY = list("ولبكفالمغرهةىيأإآٱکی") + [
    "\u064b", "\u0651", "\u0670", "\u0640", "\u200c", "\u200f", "\u2067", "\ufeff",
    " ", "  ", "\u00a0", "\t", "\n", "،", ".", "-", "(", "٢", "۵", "7", "ﻻ", "ﺍ", "ﷲ", "e\u0301", "x", "_", "و ",
]


@given(st.lists(st.sampled_from(TRICKY), max_size=40).map("".join))
def test_fast_words_agree_with_tokenize(text: str) -> None:
    """The matcher scans with arabic.words(); it must see exactly what arabic.tokenize() sees."""
    from tools.text import arabic

    tokens = arabic.tokenize(text)
    fast = arabic.words(text)
    assert fast.norms == [t.norm for t in tokens]
    for index, token in enumerate(tokens):
        assert fast.after_break(index) == token.after_break
        assert fast.end(index) == token.end
        assert [fast.start(index, k) for k in range(len(token.norm))] == list(token.offsets)
    for first, last in [(0, len(tokens) - 1), (len(tokens) // 2, len(tokens) - 1)] if tokens else []:
        assert fast.span(first, 0, last) == (tokens[first].start, tokens[last].end)
        if len(tokens[first].norm) > 1:
            assert fast.span(first, 1, first) == (tokens[first].offsets[1], tokens[first].end)


@given(st.lists(st.sampled_from([*TRICKY, "\u00ad", "\u3000", "\u2028", "\x00", "ب،", " ،"]), max_size=40).map("".join))
def test_chunk_scan_agrees_with_tokenize(text: str) -> None:
    """arabic.scan() normalizes space-separated chunks once each; it must see what tokenize() sees."""
    from tools.text import arabic

    tokens = arabic.tokenize(text)
    for _ in range(2):  # the second time from remembered chunks
        scanned = arabic.scan(text)
        assert scanned.norms == [t.norm for t in tokens]
        assert scanned.after_break == [t.after_break for t in tokens]
        if tokens:
            assert scanned.span(0, 0, len(tokens) - 1) == (tokens[0].start, tokens[-1].end)


@given(st.lists(st.sampled_from([*TRICKY, "ب،", " ،", "«", "»"]), max_size=30).map("".join))
def test_term_key_is_the_words_tokenize_sees(text: str) -> None:
    """term_key() reads the word line; a glossary term's identity must still be tokenize()'s words."""
    from tools.text import arabic

    assert arabic.term_key(text) == " ".join(token.norm for token in arabic.tokenize(text))


def reference_find(text: str, terms) -> list[tuple[int, int, str]]:
    """The matching rules written out naively, term by term: the oracle for the automaton.

    Over the same words, the reading with the fewest proclitic letters wins,
    then the term listed first. A name (person, place) is never read after
    the article: its proclitics hold no ال and do not end in لل.
    """
    from tools.glossary.match.arabic_forms import is_name
    from tools.text import arabic

    tokens = arabic.tokenize(text)
    best: dict[tuple[int, int], tuple[int, object]] = {}
    for term in terms:
        wanted = arabic.tokenize(term.source)
        allowed = {i for i, t in enumerate(wanted) if i and t.after_break}
        for first in range(len(tokens) - len(wanted) + 1):
            last = first + len(wanted) - 1
            if [t.norm for t in tokens[first + 1 : last + 1]] != [t.norm for t in wanted[1:]]:
                continue
            if not {i - first for i in range(first + 1, last + 1) if tokens[i].after_break} <= allowed:
                continue
            for reading in arabic.proclitic_readings(tokens[first].norm):
                stripped = tokens[first].norm[: reading.prefix_len]
                if is_name(term) and (arabic.ARTICLE in stripped or stripped.endswith("لل")):
                    continue
                if reading.stem == wanted[0].norm:
                    known = best.get((first, last))
                    if known is None or reading.prefix_len < known[0]:
                        best[(first, last)] = (reading.prefix_len, term)
    ranked = sorted(best.items(), key=lambda item: (item[0][0] - item[0][1], item[1][0], item[0][0]))
    taken: set[int] = set()
    chosen = []
    for (first, last), (prefix_len, term) in ranked:
        if taken.isdisjoint(range(first, last + 1)):
            taken.update(range(first, last + 1))
            chosen.append((tokens[first].offsets[prefix_len], tokens[last].end, term.source))
    return sorted(chosen)


PIECES = [t.source for t in GLOSSARY.terms] + [
    "قال", "في", "العام", "الوطني", "المديرية", "و", "، ", ". ", " (", ") ", "-", "\u00a0", "ً",
]


PROCLITIC_PIECES = ["", "و", "ب", "ل", "وب", "فل", "ك", "ال"]


@given(st.lists(st.tuples(st.sampled_from(PROCLITIC_PIECES), st.sampled_from(PIECES)), max_size=12))
@example([("و", "، "), ("و", "، "), ("", "المملكة المغربية")])  # detached و before punctuation stays a word
def test_matcher_agrees_with_naive_reference(pieces) -> None:
    """Automaton, word line and candidate pruning give exactly what the rules say, on random texts."""
    text = " ".join(prefix + piece for prefix, piece in pieces)
    got = [(m.start, m.end, m.term.source) for m in LITERAL.find(text)]
    assert got == reference_find(text, GLOSSARY.terms)


def _glossary(tmp_path: Path, entries: str):
    path = tmp_path / "g.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n' + entries, "utf-8")
    return load_glossary([path])


def test_hyphen_and_space_spellings_of_a_term_are_one_term(tmp_path: Path) -> None:
    glossary = _glossary(
        tmp_path,
        'msgctxt "a"\nmsgid "كوفيد 19"\nmsgstr "COVID 19"\n\n'
        'msgctxt "b"\nmsgid "كوفيد-19"\nmsgstr "COVID-19"\n',
    )
    assert len(glossary.terms) == 1
    matcher = SourceMatcher(glossary.terms)
    for text in ("تفشي كوفيد-19 في", "تفشي كوفيد 19 في"):
        assert [m.text for m in matcher.find(text)] == [text[5:-3]]


def test_term_spelled_with_hyphen_is_found_after_a_spaced_homograph(tmp_path: Path) -> None:
    # Two terms whose words are the same but for punctuation inside the term:
    # the text's own punctuation decides which one it is.
    glossary = _glossary(
        tmp_path,
        'msgid "سارس كوف"\nmsgstr "SARS CoV"\n\nmsgid "سارس-كوف 2"\nmsgstr "SARS-CoV-2"\n',
    )
    matcher = SourceMatcher(glossary.terms)
    assert [m.term.source for m in matcher.find("فيروس سارس-كوف 2 الجديد")] == ["سارس-كوف 2"]


def test_nested_lists_terms_inside_the_longest_match(tmp_path: Path) -> None:
    glossary = _glossary(
        tmp_path,
        'msgid "عبد اللطيف حموشي"\nmsgstr "Abdellatif Hammouchi"\n\n'
        'msgid "حموشي"\nmsgstr "Hammouchi"\n\nmsgid "الرباط"\nmsgstr "Rabat"\n',
    )
    matcher = SourceMatcher(glossary.terms)
    text = "استقبل عبد اللطيف حموشي بالرباط"
    assert [m.term.source for m in matcher.find(text)] == ["عبد اللطيف حموشي", "الرباط"]
    assert [(m.term.source, m.text) for m in matcher.nested(text)] == [("حموشي", "حموشي")]


OVERLAPS = load_glossary([DATA / "overlaps.po"])
OVERLAPS_MATCHER = SourceMatcher(OVERLAPS.terms)
OVERLAP_PIECES = [t.source for t in OVERLAPS.terms] + [
    "للمملكة", "مملكة", "الأطراف", "كوب", "/", " / ", "(", ")", "الصحة", "العالمية", "للتنمية", "،", "و",
]


@given(st.lists(st.tuples(st.sampled_from(PROCLITIC_PIECES), st.sampled_from(OVERLAP_PIECES)), max_size=10))
@example([("", "الأمم"), ("", "المتحدة للتنمية")])  # overlapping terms: the longer one wins
@example([("ل", "مؤتمر الأطراف"), ("", "/"), ("", "كوب")])  # the term's own punctuation, or none
@example([("", "للتنمية")])  # one key, two terms: للتنمية as written beats ل + التنمية
def test_matcher_agrees_with_naive_reference_on_overlapping_terms(pieces) -> None:
    """Nested, overlapping and punctuated terms, and ties between readings, as the rules say."""
    text = " ".join(prefix + piece for prefix, piece in pieces)
    got = [(m.start, m.end, m.term.source) for m in OVERLAPS_MATCHER.find(text)]
    assert got == reference_find(text, OVERLAPS.terms)


def test_same_words_same_proclitic_letters_the_term_listed_first_wins() -> None:
    """للمملكة is ل + لمملكة and ل + (ا)لمملكة: one letter either way; the glossary's order decides."""
    first, second = (next(t for t in OVERLAPS.terms if t.source == s) for s in ("لمملكة", "المملكة"))
    text = "زار للمملكة"
    assert [m.term.source for m in SourceMatcher([first, second]).find(text)] == ["لمملكة"]
    assert [m.term.source for m in SourceMatcher([second, first]).find(text)] == ["المملكة"]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("و لمراقبة التراب", " ولمراقبه التراب ", id="detached_wa_joins_the_next_word"),
        pytest.param("و، و، المملكة", " و | و | المملكه ", id="detached_wa_before_punctuation_stays_a_word"),
        pytest.param("و و التراب", " وو التراب ", id="joined_wa_wa_is_no_conjunction"),
        pytest.param("بالرباط، «المديرية", " بالرباط | المديريه ", id="punctuation_on_both_sides_of_a_space_is_one_break"),
        pytest.param("«المديرية»", " | المديريه | ", id="punctuation_around_the_text_is_kept_as_breaks"),
        pytest.param("كوفيد - 19", " كوفيد 19 ", id="lone_hyphen_is_no_break"),
        pytest.param("قال\u00a0 \tالمدير", " قال المدير ", id="odd_and_repeated_spaces"),
        pytest.param("ﻻ بد", " لا بد ", id="lam_alef_ligature_goes_through_nfkc"),
        pytest.param("", " ", id="empty_text"),
    ],
)
def test_word_line(text: str, line: str) -> None:
    """The line the automaton reads: words as tokenize() sees them, one break token per punctuation run."""
    from tools.text import arabic

    assert arabic.word_line(text) == line
    assert arabic.word_line(text) == line  # the second time from remembered chunks
    scanned = arabic.Scan(text)
    assert scanned.norms == [t.norm for t in arabic.tokenize(text)]
    assert scanned.after_break == [t.after_break for t in arabic.tokenize(text)]


@given(st.text(alphabet="وفبكلامسه", min_size=1, max_size=8))
@example("للمملكه")
@example("وللمملكه")
@example("فبالمس")
@example("لالمس")
def test_proclitic_prefixes_are_the_readings_of_proclitic_readings(word: str) -> None:
    """The automaton checks the letters before a key against two sets; they must say what proclitic_readings says."""
    from tools.text import arabic

    expected = {(r.prefix_len, r.stem) for r in arabic.proclitic_readings(word)}
    plain = {
        (len(prefix), word[len(prefix) :])
        for prefix in arabic.PROCLITIC_PREFIXES
        if word.startswith(prefix) and (not prefix or len(word) - len(prefix) >= arabic.MIN_STEM)
    }
    merged = {
        (len(prefix), "ا" + word[len(prefix) :])
        for prefix in arabic.LAM_BEFORE_ARTICLE
        if word.startswith(prefix + "ل")
    }
    assert plain | merged == expected


def test_matcher_survives_pickling_for_worker_processes() -> None:
    """check-glossary --jobs may hand the matcher to processes started afresh."""
    import pickle

    text = "الذي يجري زيارة عمل للمملكة المغربية."
    copy = pickle.loads(pickle.dumps(MATCHER))
    assert [(m.span, m.term.key) for m in copy.find(text)] == [(m.span, m.term.key) for m in MATCHER.find(text)]


def test_nested_terms_come_in_text_order_shorter_first() -> None:
    """Inside الأمم المتحدة للتنمية: الأمم before الأمم المتحدة (same start), then المتحدة,
    المتحدة للتنمية, and للتنمية as written (not ل + التنمية)."""
    text = "مؤتمر الأمم المتحدة للتنمية"
    assert [m.term.source for m in OVERLAPS_MATCHER.find(text)] == ["الأمم المتحدة للتنمية"]
    assert [m.term.source for m in OVERLAPS_MATCHER.nested(text)] == [
        "الأمم", "الأمم المتحدة", "المتحدة", "المتحدة للتنمية", "للتنمية",
    ]
