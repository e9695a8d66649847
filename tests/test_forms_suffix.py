"""Pronoun suffixes: on the last word, or on the head before its adjectives; ة → ت and the hamza seat.

Sentences: NTREX-128 lines as given, and sentences written in the style of
news reports.
"""

from __future__ import annotations

import pytest

from form_cases import found

SUFFIXED = "with a pronoun suffix"

CASES = [
    pytest.param(
        "واستدعت فرنسا سفيرها في روما",
        [("فرنسا", "فرنسا", None), ("سفيرها", "السفير", SUFFIXED)],
        id="suffix_drops_the_article",
    ),
    pytest.param(
        "وأكد الوزير أن وزارته ستعلن",
        [("الوزير", "الوزير", None), ("وزارته", "الوزارة", SUFFIXED)],
        id="suffix_ta_marbuta_becomes_ta",
    ),
    pytest.param("إن وزارتها ستتابع الملف", [("وزارتها", "الوزارة", SUFFIXED)], id="suffix_ha_after_ta"),
    pytest.param(
        "وعينت الشركة مديرها العام الجديد",
        [("مديرها العام", "المدير العام", SUFFIXED)],
        id="suffix_on_the_head_before_its_adjective",
    ),
    pytest.param(
        "ورافق الرئيس مستشاره العسكري",
        [("مستشاره العسكري", "المستشار العسكري", SUFFIXED)],
        id="suffix_hu_on_the_head",
    ),
    pytest.param(
        "وطلبت الحكومة من وزرائها تقديم تقارير",
        [("وزرائها", "الوزير", "broken plural, with a pronoun suffix")],
        id="suffix_hamza_on_yeh_seat_genitive",
    ),
    pytest.param(
        "وقالت الدولة إن وزراءها سيشاركون",
        [("وزراءها", "الوزير", "broken plural, with a pronoun suffix")],
        id="suffix_hamza_on_the_line_accusative",
    ),
    pytest.param(
        "وقال وزراؤها إنهم سيشاركون",
        [("وزراؤها", "الوزير", "broken plural, with a pronoun suffix")],
        id="suffix_hamza_on_waw_seat_nominative",
    ),
    pytest.param(
        "وأعلن رئيس وزرائها عن خطة",
        [("رئيس وزرائها", "رئيس الوزراء", SUFFIXED)],
        id="suffix_on_the_genitive_of_a_construct_term",
    ),
    pytest.param(
        "واستقبل وزير خارجيتها نظيره",
        [("وزير خارجيتها", "وزير الخارجية", SUFFIXED)],
        id="suffix_on_the_genitive_ta_marbuta_becomes_ta",
    ),
    pytest.param(
        "يخبرها مستشاروها في المخابرات",  # ntrex128:932
        [("مستشاروها", "المستشار", "plural, with a pronoun suffix")],
        id="suffix_on_a_sound_plural_ntrex",
    ),
    pytest.param(
        "استعن بمستشارك المالي",  # ntrex128:1564
        [("مستشارك", "المستشار", SUFFIXED)],
        id="suffix_second_person_after_bi",
    ),
    pytest.param(
        "وعززت الحكومة أمنها على الحدود",
        [("أمنها", "الأمن", SUFFIXED)],
        id="suffix_on_a_concept",
    ),
    pytest.param("والأطفال أكثر عرضة للإصابة", [], id="trap_ta_marbuta_is_not_the_suffix_hu"),
    pytest.param(
        "وقال إن عرضه نهائي",
        [("عرضه", "العرض", SUFFIXED)],
        id="suffix_hu_written_with_heh",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_pronoun_suffix(sentence: str, expected: list) -> None:
    assert found(sentence) == expected
