"""Broken plurals from the lexicon, and the forms a glossary declares (``#. forms: ...``).

Sentences: NTREX-128 lines as given, and sentences written in the style of
news reports.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from form_cases import found
from tools.glossary import SourceMatcher, load_glossary
from tools.text.arabic import normalize
from tools.text.arabic.lexicon import lexicon

BROKEN = "broken plural"

CASES = [
    pytest.param(
        "لم يتبادل البلدان زيارات السفراء منذ عام 1962.",  # ntrex128:622
        [("السفراء", "السفير", BROKEN)],
        id="broken_plural_of_a_one_word_title_ntrex",
    ),
    pytest.param(
        "وبعد عقد المحادثات مع كونس والعديد من أعضاء مجلس الشيوخ، اتخذ فليك قراره.",  # ntrex128:250
        [("أعضاء مجلس الشيوخ", "عضو مجلس الشيوخ", BROKEN)],
        id="broken_plural_head_of_a_construct_ntrex",
    ),
    pytest.param(
        "اتصل جورج دبليو بوش بأعضاء مجلس الشيوخ",  # ntrex128:1881
        [("أعضاء مجلس الشيوخ", "عضو مجلس الشيوخ", BROKEN)],
        id="broken_plural_after_bi_proclitic_ntrex",
    ),
    pytest.param(
        "شعرت المنطقة التي يعيش بها 2.4 مليون نسمة بحدوث سلسلة الزلازل.",  # ntrex128:406
        [("الزلازل", "الزلزال", BROKEN)],
        id="broken_plural_of_an_event_ntrex",
    ),
    pytest.param(
        "أو قرار رو ضد وايد يعتبر وايد من القضاة المحافظين.",  # ntrex128:1911
        [("القضاة", "القاضي", BROKEN)],
        id="broken_plural_of_a_defective_noun_ntrex",
    ),
    pytest.param(
        "ووقف عدد من ضباط الشرطة داخل الكوردون",  # ntrex128:165
        [("ضباط الشرطة", "ضابط الشرطة", BROKEN)],
        id="broken_plural_in_construct_ntrex",
    ),
    pytest.param("وعقد الوزراء اجتماعا طارئا", [("الوزراء", "الوزير", BROKEN)], id="broken_plural_wuzara"),
    pytest.param("وأدى أولياء العهد زيارة", [("أولياء العهد", "ولي العهد", BROKEN)], id="broken_plural_awliya"),
    pytest.param("وناقش القادة في القمم الأخيرة", [("القمم", "القمة", BROKEN)], id="broken_plural_of_a_feminine_noun"),
    pytest.param(
        "واجتمع الأمناء العامون للأحزاب",
        [("الأمناء العامون", "الأمين العام", BROKEN)],
        id="broken_plural_head_with_sound_plural_adjective",
    ),
    pytest.param("وللقمم", [("لقمم", "القمة", BROKEN)], id="broken_plural_with_lam_merged_article"),
    pytest.param(
        "وشاركت النساء في الانتخابات",
        [("النساء", "المرأة", "declared form")],
        id="declared_form_of_a_suppletive_plural",
    ),
    pytest.param("ويواجه المستقبلون ضغوطا", [], id="trap_no_inflection_flag"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_broken_plural_and_declared_form(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


def test_lexicon_lists_at_least_150_nouns_with_the_news_plurals() -> None:
    table = lexicon()
    assert len(table) >= 150
    for singular, plural in [
        ("وزير", "وزراء"), ("سفير", "سفراء"), ("عضو", "أعضاء"), ("ولي", "أولياء"), ("قمة", "قمم"),
        ("قاضي", "قضاة"), ("زلزال", "زلازل"), ("نائب", "نواب"), ("ضابط", "ضباط"), ("مدير", "مدراء"),
    ]:
        assert normalize(plural) in table[normalize(singular)].broken


def test_lexicon_is_shipped_as_package_data() -> None:
    """The table is read next to the module, so an installed copy finds it."""
    import tools.text.arabic.lexicon as module

    assert (Path(module.__file__).parent / "data" / "plurals.tsv").is_file()


def test_declared_forms_are_read_from_an_extracted_comment(tmp_path: Path) -> None:
    path = tmp_path / "g.po"
    path.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        "#. A title of the Moroccan administration.\n"
        "#. forms: العمال، عمال الأقاليم; عاملة\n"
        'msgctxt "title"\nmsgid "عامل الإقليم"\nmsgstr "Governor of the province"\n',
        "utf-8",
    )
    glossary = load_glossary([path])
    assert glossary.terms[0].forms == ("العمال", "عمال الأقاليم", "عاملة")
    matcher = SourceMatcher(glossary.terms)
    assert [(m.text, m.form.describe()) for m in matcher.find("واجتمع عمال الأقاليم")] == [
        ("عمال الأقاليم", "declared form")
    ]
