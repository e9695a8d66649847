"""number-mismatch and number-added on real news sentences, read as a sub-editor reads them."""

from __future__ import annotations

from decimal import Decimal

import polib
import pytest

from tools.text import numerals
from tools.check.checks import numbers
from tools.check.checks.base import EntryContext, EntryRef
from tools.glossary.model import Glossary, Rendering, Term
from tools.glossary.match.arabic import SourceMatcher
from tools.glossary.match.english import ForbiddenIndex
from tools.units.readers import po_unit

EMPTY = Glossary((), (), ())


def _ctx(arabic: str, english: str, glossary: Glossary = EMPTY) -> EntryContext:
    entry = polib.POEntry(msgid=arabic, msgstr=english)
    return EntryContext(
        EntryRef("a.po", 3, arabic, None), po_unit(entry, "a.po"), glossary, SourceMatcher(glossary.terms),
        ForbiddenIndex(glossary.terms),
    )


def _missing(arabic: str, english: str) -> list[str | None]:
    return [p.found for p in numbers.number_mismatch(_ctx(arabic, english))]


def _added(arabic: str, english: str, glossary: Glossary = EMPTY) -> list[str | None]:
    return [p.found for p in numbers.number_added(_ctx(arabic, english, glossary))]


@pytest.mark.parametrize(
    ("arabic", "english", "missing"),
    [
        # news style spells out one to nine
        ("زار 3 وزراء المدينة.", "Three ministers visited the city.", []),
        ("أصيب 6 ضباط في أعمال الشغب.", "Six officers were hurt in the disorder.", []),
        ("أصيب 6 ضباط في أعمال الشغب.", "Seven officers were hurt in the disorder.", ["6"]),
        ("قتل 21 شخصا.", "Twenty-one people were killed.", []),
        ("قتل 21 شخصا.", "twenty one people were killed.", []),
        ("وصل 110 لاجئين.", "One hundred and ten refugees arrived.", []),
        ("نما الاقتصاد بنسبة 7.5 في المئة.", "The economy grew by seven point five per cent.", []),
        # Arabic scale words and their plurals
        ("بلغت الصادرات 110 مليارات دولار.", "Exports reached 110 billion dollars.", []),
        ("بلغت الصادرات 110 مليارات دولار.", "Exports reached $110bn.", []),
        ("بلغت الصادرات 110 مليارات دولار.", "Exports reached $110,000,000,000.", []),
        ("بلغت الصادرات 110 مليارات دولار.", "Exports reached $11bn.", ["110"]),
        ("تبرع بـ 3 ملايين جنيه.", "He gave £3m.", []),
        ("تبرع بـ 3 ملايين جنيه.", "He gave three million pounds.", []),
        ("حضر 5 آلاف شخص.", "5,000 people attended.", []),
        ("حضر 2.5 مليون شخص.", "2.5 million people attended.", []),
        # ordinals in digits and in words
        ("الدورة 93 للجمعية العامة", "the 93rd session of the General Assembly", []),
        ("الدورة 93 للجمعية العامة", "the ninety-third session of the General Assembly", []),
        ("في المرتبة 1", "in 1st place", []),
        ("في المرتبة 2", "in 1st place", ["2"]),
        # Roman numerals
        ("داء السكري من النوع 1", "type I diabetes", []),
        ("أنجيوتنسين 2", "angiotensin II", []),
        ("الحرب العالمية 2", "World War II", []),
        ("الحرب العالمية 2", "World War III", ["2"]),
        ("ثم قلت 1", "then I said", ["1"]),  # the pronoun is no numeral
        # per cent and decimal comma
        ("ارتفع بنسبة 3,5 في المائة", "rose by 3.5 per cent", []),
        ("ارتفع بنسبة 3,5 في المائة", "rose 3.5%", []),
        ("ارتفع بنسبة ٣٫٥٪", "rose by 3.5 percent", []),
        ("ارتفع بنسبة 3,5 في المائة", "rose by 35 per cent", ["3,5"]),
        # a season written short
        ("موسم 2019-2020", "the 2019-20 season", []),
    ],
)
def test_number_of_the_source_found_in_the_english(arabic: str, english: str, missing: list[str]) -> None:
    assert _missing(arabic, english) == missing


@pytest.mark.parametrize(
    ("arabic", "english", "added"),
    [
        ("وقعت الحادثة العام الماضي.", "The incident happened in 2019.", ["2019"]),
        ("وقعت الحادثة في 2019.", "The incident happened in 2019.", []),
        ("زار ثلاثة وزراء المدينة.", "3 ministers visited the city.", []),  # Arabic in words
        ("قتل خمسة وعشرون شخصا.", "25 people were killed.", []),
        ("حضر ثلاثة آلاف شخص.", "3,000 people attended.", []),
        ("الدورة الثالثة و التسعين", "the 93rd session", []),  # ordinal words, و apart
        ("بلغت الصادرات 110 مليارات دولار.", "Exports reached $110bn.", []),
        ("موسم 2019-2020", "the 2019-20 season", []),
        ("قال إن الوضع خطير.", "He said three people were hurt.", []),  # words are not added digits
        ("قال إن الوضع خطير.", "He said 3 people and 3 guards were hurt.", ["3"]),  # once per number
    ],
)
def test_number_added_by_the_english(arabic: str, english: str, added: list[str]) -> None:
    assert _added(arabic, english) == added


def _term(arabic: str, english: str) -> Term:
    rendering = Rendering(english, False, False, False, "g.po", 1, None, "")
    from tools.text.arabic import term_key

    return Term(arabic, term_key(arabic), (), (rendering,), (), (), "g.po", 1)


def test_number_inside_the_rendering_of_a_source_term_is_not_added() -> None:
    term = _term("كوفيد", "COVID-19")
    glossary = Glossary((term,), (), ("g.po",))
    assert _added("انتشر كوفيد في المدينة.", "COVID-19 spread in the city.", glossary) == []
    assert _added("انتشر المرض في المدينة.", "COVID-19 spread in the city.", glossary) == ["19"]


@pytest.mark.parametrize(
    ("numeral", "value"), [("I", 1), ("IV", 4), ("XIV", 14), ("MMXIX", 2019), ("IIII", None), ("VX", None)]
)
def test_roman_numerals(numeral: str, value: int | None) -> None:
    assert numerals.roman_value(numeral) == value


def test_arabic_scale_word_gives_both_readings() -> None:
    assert numerals.arabic_numbers("بلغت ١١٠ مليارات")["110"] == {Decimal(110), Decimal(110 * 10**9)}


@pytest.mark.parametrize(
    ("arabic", "english", "added"),
    [
        ("اتصل على الرقم 116123 مجانا", "call free on 116 123", []),  # digits grouped by spaces
        ("الوقت المثالي هو 5:30 مساء", "the perfect time is 5.30pm", []),  # a time with a full stop
        ("في ثمانينيات القرن العشرين", "In the 1980s", []),  # an Arabic decade
        ("في ثمانينيات القرن العشرين", "In the 1970s", ["1970"]),
        ("أحب هؤلاء الرجال", "I love these 12 guys", ["12"]),
        ("ليصبح واحدًا من أصل 4 لاعبين", "becoming 1-of-4 players", []),  # accusative tanwin
    ],
)
def test_number_added_reads_groups_times_and_decades(arabic: str, english: str, added: list[str]) -> None:
    assert _added(arabic, english) == added


@pytest.mark.parametrize(
    ("arabic", "english", "added"),
    [
        ("ما لم تجمع مليوني دولار", "unless she raised $2 million", []),  # a dual scale word
        ("يجب أن تكون نسبة المشاركة أكثر من النصف", "turnout needs to be 50 percent plus one", []),
        ("في حوالي الساعة 4 يوم السبت", "at about 04:00 BST on Saturday", []),
        ("مشروع خط أنابيب نورد ستريم الثانٍ", "the Nord Stream 2 pipeline", []),  # ordinal with tanwin
        ("ما لم تجمع مليون دولار", "unless she raised $2 million", ["2"]),
    ],
)
def test_number_added_reads_duals_fractions_and_clock_times(arabic: str, english: str, added: list[str]) -> None:
    assert _added(arabic, english) == added


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("عبروا الحدود منذ 30،000 عام", "more than 30,000 crossed"),  # Arabic comma between groups
        ("لمدة 6 أشهر", "for the six-month gig"),  # a number word hyphened to a noun
    ],
)
def test_number_found_in_other_spellings(arabic: str, english: str) -> None:
    assert _missing(arabic, english) == []


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("التقى وزير واحد بالسفير.", "1 minister met the ambassador."),
        ("زار اثنان من الوزراء المدينة.", "2 ministers visited the city."),
        ("قتل احد عشر شخصا.", "11 people were killed."),
    ],
)
def test_arabic_one_and_two_in_words_account_for_the_digits(arabic: str, english: str) -> None:
    """واحد and اثنان as well as أحد and اثنا: both spellings of one and two are number words."""
    assert _added(arabic, english) == []


def test_hyphenated_roman_numerals_and_codes() -> None:
    arabic = "يقلل الخلل الوظيفي للخلايا الرئوية من النوع 1 والنوع 2 مستوى المنشط السطحي"
    assert _missing(arabic, "Dysfunction of type-I and type-II pneumocytes decreases the surfactant level") == []
    assert _added("بلغ رقم التكاثر الأساسي 3.77", "The basic reproductive number (R0) was 3.77") == []
