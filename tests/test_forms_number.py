"""Duals and sound plurals: ان / ين, ون / ين, ات, and the construct forms that drop ن.

Sentences: NTREX-128 lines as given, and sentences written in the style of
news reports.
"""

from __future__ import annotations

import pytest

from form_cases import found

CASES = [
    pytest.param(
        "ووصل وزيرا الخارجية إلى الرباط",
        [("وزيرا الخارجية", "وزير الخارجية", "dual")],
        id="dual_nominative_in_construct_drops_nun",
    ),
    pytest.param(
        "والتقى الرئيس بعضوي مجلس الشيوخ",
        [("عضوي مجلس الشيوخ", "عضو مجلس الشيوخ", "dual")],
        id="dual_oblique_in_construct_after_bi",
    ),
    pytest.param(
        "وقال السفيران البريطانيان في بيان مشترك",
        [("السفيران البريطانيان", "السفير البريطاني", "dual")],
        id="dual_head_and_adjective_nominative",
    ),
    pytest.param(
        "واستدعت الحكومة السفيرين البريطانيين",
        [("السفيرين البريطانيين", "السفير البريطاني", "dual")],
        id="dual_head_and_adjective_oblique",
    ),
    pytest.param(
        "وأسفر الزلزالان عن مقتل العشرات",
        [("الزلزالان", "الزلزال", "dual")],
        id="dual_of_an_event_noun",
    ),
    pytest.param(
        "وأصدرت الوزارتان بيانا مشتركا",
        [("الوزارتان", "الوزارة", "dual")],
        id="dual_of_a_feminine_noun_ta_marbuta_becomes_ta",
    ),
    pytest.param(
        "وتبادلت الوزيرتان الهدايا",
        [("الوزيرتان", "الوزير", "feminine dual")],
        id="feminine_dual_of_a_title",
    ),
    pytest.param(
        "وقال المستشارون إن الخطة تحتاج إلى مراجعة",
        [("المستشارون", "المستشار", "plural")],
        id="sound_plural_nominative",
    ),
    pytest.param(
        "وأكد مستشارو الرئيس أن القرار نهائي",
        [("مستشارو", "المستشار", "plural, construct state")],
        id="sound_plural_construct_drops_nun_before_a_genitive",
    ),
    pytest.param(
        "وشارك الملحقون العسكريون في الاحتفال",
        [("الملحقون العسكريون", "الملحق العسكري", "plural")],
        id="sound_plural_head_and_nisba_adjective",
    ),
    pytest.param(
        "واجتمع المديرون العامون للمؤسسات",
        [("المديرون العامون", "المدير العام", "plural")],
        id="sound_plural_of_a_participle_title",
    ),
    pytest.param(
        "وانتقدت السفيرات الأوروبيات القرار",
        [("السفيرات", "السفير", "feminine plural")],
        id="feminine_plural_of_a_title",
    ),
    pytest.param(
        "وأصدرت الوزارات المعنية تعليمات",
        [("الوزارات", "الوزارة", "plural")],
        id="feminine_sound_plural_of_an_institution",
    ),
    pytest.param("وأدى الحجاج مناسكهم في الحرمين الشريفين", [], id="trap_two_holy_mosques_are_not_a_dual_of_alharam"),
    pytest.param("وزار الوفد مملكة البحرين", [], id="trap_bahrain_is_not_a_dual_of_the_sea"),
    pytest.param(
        "وقد بنى رجال الدين ذوو البشرة البيضاء كلتا الكنيستين",  # ntrex128:32
        [],
        id="trap_two_churches_are_not_a_dual_of_the_knesset",
    ),
    pytest.param("ووقع البلدان اتفاق تعاون أمني وثيق", [], id="trap_nisba_adjective_is_not_a_dual_in_construct"),
    pytest.param("وتعمل الأجهزة الأمنية على تعقب المشتبه بهم", [], id="trap_security_adjective_feminine"),
    pytest.param("ودعت الحكومة إلى وقف الإرهابيين", [], id="trap_terrorists_are_not_a_form_of_terrorism"),
    pytest.param("وقال إنه التقى مستشاري.", [], id="trap_construct_plural_needs_a_genitive_after_it"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_dual_and_sound_plural(sentence: str, expected: list) -> None:
    assert found(sentence) == expected
