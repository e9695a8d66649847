"""The construct state, a genitive inserted in a term, indefinite forms and ل-constructions.

The construct state drops the article of the term's genitive and needs a
genitive of its own after it (وزير خارجية فرنسا for وزير الخارجية), which may
stand between that word and the rest of the term; the indefinite form drops
every article (مدير عام, مديرا عاما); the ل-construction puts ل between a
head and its genitive (نائب للمدير العام). Sentences: NTREX-128 lines as
given, and sentences written in the style of news reports.
"""

from __future__ import annotations

import pytest

from form_cases import GLOSSARY, found
from tools.glossary import SourceMatcher
from tools.glossary.load import build_terms
from tools.glossary.model import GlossaryEntry
from tools.text import arabic

CONSTRUCT = "construct state"

CASES = [
    pytest.param(
        "يقول وزير خارجية كوريا الشمالية ري يونج أن بلاده لن تقوم بنزع سلاحها النووي",  # ntrex128:629
        [("وزير خارجية", "وزير الخارجية", CONSTRUCT)],
        id="construct_with_an_inserted_genitive_ntrex",
    ),
    pytest.param(
        "أدلى رئيس وزراء مقدونيا زوران زئيف وزوجته زوريكا",  # ntrex128:501
        [("رئيس وزراء", "رئيس الوزراء", CONSTRUCT)],
        id="construct_broken_plural_genitive_ntrex",
    ),
    pytest.param(
        "والتقى وزير خارجية فرنسا بنظيره",
        [("وزير خارجية", "وزير الخارجية", CONSTRUCT), ("فرنسا", "فرنسا", None)],
        id="construct_genitive_is_a_term_of_its_own",
    ),
    pytest.param(
        "واستقبل الملك ولي عهد أبوظبي",
        [("الملك", "الملك", None), ("ولي عهد", "ولي العهد", CONSTRUCT), ("أبوظبي", "أبوظبي", None)],
        id="construct_crown_prince_of_a_place",
    ),
    pytest.param(
        "وقال سفير فرنسا لدى المغرب",
        [("سفير", "السفير", CONSTRUCT), ("فرنسا", "فرنسا", None)],
        id="construct_of_a_one_word_term",
    ),
    pytest.param(
        "واجتمع وزراء خارجية الدول العربية",
        [("وزراء خارجية", "وزير الخارجية", "broken plural, construct state")],
        id="construct_with_a_broken_plural_head",
    ),
    pytest.param(
        "ووصل وزيرا خارجية البلدين",
        [("وزيرا خارجية", "وزير الخارجية", "dual, construct state")],
        id="construct_with_a_dual_head",
    ),
    pytest.param(
        "وعين مديرا عاما للشركة",
        [("مديرا عاما", "المدير العام", "indefinite")],
        id="indefinite_accusative_with_tanwin_alif",
    ),
    pytest.param(
        "وهو مدير عام سابق",
        [("مدير عام", "المدير العام", "indefinite")],
        id="indefinite_nominative",
    ),
    pytest.param(
        "ويعمل مستشارا عسكريا للحكومة",
        [("مستشارا عسكريا", "المستشار العسكري", "indefinite")],
        id="indefinite_accusative_nisba_adjective",
    ),
    pytest.param(
        "وتم تعيين نائب للمدير العام",
        [("نائب للمدير العام", "نائب المدير العام", "with ل")],
        id="lam_construction_between_head_and_genitive",
    ),
    pytest.param(
        "وعمل نائبا للمدير العام",
        [("نائبا للمدير العام", "نائب المدير العام", "with ل")],
        id="lam_construction_accusative_head",
    ),
    pytest.param(
        "وأصبحت نائبة للمدير العام",
        [("نائبة للمدير العام", "نائب المدير العام", "feminine, with ل")],
        id="lam_construction_feminine_head",
    ),
    pytest.param("ويعمل وزير في الحكومة", [], id="trap_a_preposition_is_not_a_genitive"),
    pytest.param("وقال إن أمن الدولة مهدد", [], id="one_word_concept_not_in_construct_a_compound_of_its_own"),
    pytest.param(
        "وإليكم بعض المعلومات والحقائق الرئيسية عن منطقة بالو",  # ntrex128:1587
        [],
        id="trap_preposition_with_suffix_is_not_a_form_of_alwali",
    ),
    pytest.param("والتحق بالوفد وإلى جانبه الوزير", [("الوزير", "الوزير", None)], id="trap_wa_ila_is_not_wali"),
    pytest.param(
        "وافتتحت قمة مجموعة العشرين في أوساكا",
        [("قمة", "القمة", CONSTRUCT)],
        id="one_word_event_in_construct",
    ),
    pytest.param("وقال إنه زار سفير.", [], id="trap_punctuation_after_a_construct_state"),
    pytest.param("وبحث الاجتماع مستقبل المنطقة", [], id="trap_flag_no_inflection_keeps_one_shape"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_construct_indefinite_and_lam(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


def _matcher(*rows: tuple[str, str, str]) -> SourceMatcher:
    entries = (GlossaryEntry(ar, en, cat, (), "", "<test>", 0, arabic.term_key(ar)) for ar, en, cat in rows)
    return SourceMatcher(build_terms(entries))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وقال وزير خارجية المغرب والتعاون إن", "وزير خارجية المغرب والتعاون"),
        ("وقال وزير خارجية الولايات المتحدة والتعاون إن", "وزير خارجية الولايات المتحدة والتعاون"),
    ],
    ids=["gap_of_one_word", "gap_of_two_words"],
)
def test_inserted_genitive_before_the_rest_of_the_term(sentence: str, expected: str) -> None:
    """A genitive of one or two words between the construct state and the term's last words."""
    matcher = _matcher(("وزير الخارجية والتعاون", "Minister of Foreign Affairs and Cooperation", "title"))
    assert [(m.text, m.form and m.form.describe()) for m in matcher.find(sentence)] == [(expected, CONSTRUCT)]


@pytest.mark.parametrize(
    "sentence",
    ["وقال وزير خارجية دولة الإمارات العربية والتعاون", "وقال وزير خارجية المغرب، والتعاون"],
    ids=["gap_longer_than_two_words", "gap_across_punctuation"],
)
def test_inserted_genitive_is_bounded(sentence: str) -> None:
    matcher = _matcher(("وزير الخارجية والتعاون", "Minister of Foreign Affairs and Cooperation", "title"))
    assert matcher.find(sentence) == []


def test_glossary_has_the_terms_these_cases_use() -> None:
    keys = {t.source for t in GLOSSARY.terms}
    assert {"وزير الخارجية", "رئيس الوزراء", "نائب المدير العام", "المستقبل"} <= keys
