"""Feminine forms of a title: the head noun and the adjectives that agree with it take ة.

A feminine title is the same title (وزيرة الخارجية is a Foreign Minister);
a title whose English is gendered (King, Crown Prince) has no feminine form
here, since الملكة is a queen. Sentences: NTREX-128 lines as given, and
sentences written in the style of news reports.
"""

from __future__ import annotations

import pytest

from form_cases import LITERAL, found

CASES = [
    pytest.param(
        "ستحضر رئيسة الوزراء البريطانية تيريزا ماي مؤتمر حزب المحافظين",  # ntrex128:255
        [("رئيسة الوزراء", "رئيس الوزراء", "feminine"), ("تيريزا ماي", "تيريزا ماي", None)],
        id="feminine_head_of_construct_ntrex",
    ),
    pytest.param(
        "وبخطابها الموجه لرئيسة الوزراء تيريزا ماي",  # ntrex128:1670
        [("رئيسة الوزراء", "رئيس الوزراء", "feminine"), ("تيريزا ماي", "تيريزا ماي", None)],
        id="feminine_after_lam_proclitic",
    ),
    pytest.param(
        "قالت أوليا أرياني، المتحدثة باسم الصليب الأحمر الإندونيسي",  # ntrex128:431
        [("المتحدثة باسم", "المتحدث باسم", "feminine")],
        id="feminine_definite_head_before_a_phrase",
    ),
    pytest.param(
        "وقالت وزيرة الخارجية السويدية إن بلادها ستعترف بالدولة",
        [("وزيرة الخارجية", "وزير الخارجية", "feminine")],
        id="feminine_head_genitive_unchanged",
    ),
    pytest.param(
        "واستقبلت السفيرة البريطانية بالرباط وفدا",
        [("السفيرة البريطانية", "السفير البريطاني", "feminine")],
        id="feminine_head_and_agreeing_nisba_adjective",
    ),
    pytest.param(
        "وأعلنت المديرة العامة للمنظمة عن برنامج جديد",
        [("المديرة العامة", "المدير العام", "feminine")],
        id="feminine_head_and_agreeing_adjective",
    ),
    pytest.param(
        "وترأست نائبة المدير العام اجتماع اللجنة",
        [("نائبة المدير العام", "نائب المدير العام", "feminine")],
        id="feminine_longer_term_wins_over_the_term_inside",
    ),
    pytest.param(
        "وبالمديرة العامة",
        [("المديرة العامة", "المدير العام", "feminine")],
        id="feminine_with_wa_bi_proclitics",
    ),
    pytest.param(
        "وانتقدت عضوة مجلس الشيوخ قرار الإدارة",
        [("عضوة مجلس الشيوخ", "عضو مجلس الشيوخ", "feminine")],
        id="feminine_of_a_three_word_title",
    ),
    pytest.param(
        "وأصدرت القاضيةُ حكما",
        [("القاضيةُ", "القاضي", "feminine")],
        id="feminine_with_diacritics",
    ),
    pytest.param("وتوجت الملكة إليزابيث الثانية عام 1953", [], id="trap_gendered_english_queen_is_not_king"),
    pytest.param(
        "إذن عاد باتمان وروبن إلى ارتكاب أخطاء فظيعة في الخدمة السرية لصاحبة الجلالة",  # ntrex128:936
        [],
        id="trap_her_majesty_is_not_his_majesty",
    ),
    pytest.param("وافتتحت المستشارية الألمانية مكتبا جديدا", [], id="trap_chancellery_is_not_a_feminine_adviser"),
    pytest.param(
        "وأعلنت المديرية العامة للأمن الوطني عن توقيف المشتبه به",
        [("المديرية العامة للأمن الوطني", "المديرية العامة للأمن الوطني", None)],
        id="trap_directorate_is_not_a_feminine_director",
    ),
    pytest.param("وتشرف المديرية الجهوية على المشروع", [], id="trap_regional_directorate"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_feminine(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


def test_before_forms_the_shorter_term_inside_was_reported() -> None:
    """What the issue reported: نائبة المدير العام read as المدير العام, asking for the wrong English."""
    assert [m.term.source for m in LITERAL.find("وترأست نائبة المدير العام الاجتماع")] == ["المدير العام"]
