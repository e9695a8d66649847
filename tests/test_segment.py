"""Sentence segmentation of Arabic news: one case per phenomenon."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tools.text.arabic import INVISIBLE_FORMAT
from tools.errors import InputError
from tools.text.segment import Sentence, segment_file, segment_text

SEED = Path(__file__).resolve().parents[1] / "seeds" / "hammouchi-ahlgren.txt"


def texts(source: str) -> list[str]:
    return [unit.text for unit in segment_text(source)]


# (test name, source text, expected units). Each name says the phenomenon.
CASES = [
    # Clause punctuation never ends a sentence.
    ("does_not_split_at_arabic_comma",
     "قال الوزير، في بيان له، إن الاجتماع انتهى.",
     ["قال الوزير، في بيان له، إن الاجتماع انتهى."]),
    ("does_not_split_at_arabic_semicolon",
     "انتهى الاجتماع؛ ثم عقد الوزير مؤتمرا صحفيا.",
     ["انتهى الاجتماع؛ ثم عقد الوزير مؤتمرا صحفيا."]),
    ("does_not_split_at_colon_before_quotation",
     "وأضاف: «نحن مستعدون» للتعاون.",
     ["وأضاف: «نحن مستعدون» للتعاون."]),
    # Terminators and runs of them.
    ("splits_at_full_stop",
     "وصل الوفد إلى الرباط. وعقد اجتماعا مع المسؤولين.",
     ["وصل الوفد إلى الرباط.", "وعقد اجتماعا مع المسؤولين."]),
    ("splits_at_arabic_question_mark",
     "هل انتهت المباحثات؟ لم تنته بعد.",
     ["هل انتهت المباحثات؟", "لم تنته بعد."]),
    ("splits_at_exclamation_mark",
     "يا له من إنجاز! فاز الفريق بالكأس.",
     ["يا له من إنجاز!", "فاز الفريق بالكأس."]),
    ("keeps_run_of_question_and_exclamation_marks_together",
     "أحقا ما يقولون؟! نعم، إنه صحيح.",
     ["أحقا ما يقولون؟!", "نعم، إنه صحيح."]),
    ("splits_at_ellipsis_character",
     "وانتظر الجميع… ثم أعلنت النتائج.",
     ["وانتظر الجميع…", "ثم أعلنت النتائج."]),
    ("splits_at_three_dots_kept_together",
     "وانتظر الجميع... ثم أعلنت النتائج.",
     ["وانتظر الجميع...", "ثم أعلنت النتائج."]),
    ("splits_at_latin_question_mark",
     "What happened? Nobody knows.",
     ["What happened?", "Nobody knows."]),
    ("does_not_split_when_comma_follows_the_terminator",
     "الكتب والمجلات والصحف... ، وغيرها كثير.",
     ["الكتب والمجلات والصحف... ، وغيرها كثير."]),
    ("omission_mark_in_brackets_is_not_a_boundary",
     "قال الوزير إن «الوضع (...) يتطلب الحذر» في كل الأحوال.",
     ["قال الوزير إن «الوضع (...) يتطلب الحذر» في كل الأحوال."]),
    ("sic_mark_in_brackets_is_not_a_boundary",
     "وصف البلاغ الاجتماع بأنه تاريخي (!) رغم قصره.",
     ["وصف البلاغ الاجتماع بأنه تاريخي (!) رغم قصره."]),
    # Closing quotes and brackets stay on their sentence.
    ("keeps_closing_guillemet_on_sentence",
     "قال الوزير: «انتهى الاجتماع.» ثم غادر القاعة.",
     ["قال الوزير: «انتهى الاجتماع.»", "ثم غادر القاعة."]),
    ("keeps_closing_straight_quote_on_sentence",
     'قال الوزير: "انتهى الاجتماع." ثم غادر القاعة.',
     ['قال الوزير: "انتهى الاجتماع."', "ثم غادر القاعة."]),
    ("keeps_closing_curly_quote_on_sentence",
     "قال الوزير: “هل انتهى الاجتماع؟” ثم غادر القاعة.",
     ["قال الوزير: “هل انتهى الاجتماع؟”", "ثم غادر القاعة."]),
    ("keeps_closing_bracket_on_sentence",
     "(انتهى الاجتماع.) ثم غادر الوزير القاعة.",
     ["(انتهى الاجتماع.)", "ثم غادر الوزير القاعة."]),
    ("full_stop_after_closing_quote_is_a_boundary",
     'وصف الوزير الوضع بأنه "خطير". وأضاف أن الحكومة تتابعه.',
     ['وصف الوزير الوضع بأنه "خطير".', "وأضاف أن الحكومة تتابعه."]),
    ("keeps_quote_and_bracket_after_question_mark",
     "(هل قال «لا؟») وبعد ذلك غادر.",
     ["(هل قال «لا؟»)", "وبعد ذلك غادر."]),
    ("attributing_participle_continues_quoted_question",
     '"هل أنتم مستعدون؟" قائلًا إن الوقت قد حان.',
     ['"هل أنتم مستعدون؟" قائلًا إن الوقت قد حان.']),
    ("finite_verb_after_closed_quotation_starts_new_sentence",
     '"لقد انتهينا." قال الوزير إن المفاوضات توقفت.',
     ['"لقد انتهينا."', "قال الوزير إن المفاوضات توقفت."]),
    # Numbers.
    ("decimal_number_is_not_a_boundary",
     "بلغت نسبة النمو 2.5 في المائة هذا العام.",
     ["بلغت نسبة النمو 2.5 في المائة هذا العام."]),
    ("dotted_thousands_are_not_a_boundary",
     "شارك في التظاهرة 1.200 شخص من مختلف المدن.",
     ["شارك في التظاهرة 1.200 شخص من مختلف المدن."]),
    ("arabic_indic_decimal_is_not_a_boundary",
     "ارتفع المؤشر بنسبة ٢.٥ و٣٫٧ في المائة.",
     ["ارتفع المؤشر بنسبة ٢.٥ و٣٫٧ في المائة."]),
    ("number_at_sentence_end_is_a_boundary",
     "ارتفع عدد الضحايا إلى 832. وتواصل فرق الإنقاذ عملها.",
     ["ارتفع عدد الضحايا إلى 832.", "وتواصل فرق الإنقاذ عملها."]),
    ("list_number_at_line_start_is_not_a_boundary",
     "1. تعزيز التعاون الأمني بين البلدين.",
     ["1. تعزيز التعاون الأمني بين البلدين."]),
    # Arabic abbreviations and titles.
    ("arabic_title_abbreviation_dr",
     "وقال د. أحمد زويل إن البحث مستمر.",
     ["وقال د. أحمد زويل إن البحث مستمر."]),
    ("arabic_title_abbreviation_engineer",
     "أشرف م. خالد العلمي على المشروع.",
     ["أشرف م. خالد العلمي على المشروع."]),
    ("arabic_professor_doctor_abbreviation",
     "ألقى أ.د. محمد الأمين محاضرة في الجامعة.",
     ["ألقى أ.د. محمد الأمين محاضرة في الجامعة."]),
    ("arabic_po_box_abbreviation",
     "تُرسل الطلبات إلى ص.ب. 1234 بالرباط.",
     ["تُرسل الطلبات إلى ص.ب. 1234 بالرباط."]),
    ("single_arabic_letter_initial_in_name",
     "استقبل عبد اللطيف ع. حموشي الوفد البريطاني.",
     ["استقبل عبد اللطيف ع. حموشي الوفد البريطاني."]),
    ("tatweel_marks_an_abbreviation",
     "انظر الكتاب، صـ. 45 من الطبعة الأولى.",
     ["انظر الكتاب، صـ. 45 من الطبعة الأولى."]),
    ("era_without_final_dot_is_not_a_boundary",
     "بني المعبد عام 300 ق.م تقريبا.",
     ["بني المعبد عام 300 ق.م تقريبا."]),
    ("era_after_number_ends_sentence",
     "بني المعبد عام 300 ق.م. واكتشف في القرن الماضي.",
     ["بني المعبد عام 300 ق.م.", "واكتشف في القرن الماضي."]),
    ("hijri_year_marker_after_number_ends_sentence",
     "توفي سنة 1445 هـ. ودفن في مسقط رأسه.",
     ["توفي سنة 1445 هـ.", "ودفن في مسقط رأسه."]),
    ("title_abbreviation_after_quote_opener",
     "قال «د. فورد» إنها ستدلي بشهادتها.",
     ["قال «د. فورد» إنها ستدلي بشهادتها."]),
    # Latin abbreviations and initials inside Arabic text.
    ("latin_title_abbreviation_dr",
     "التقى الوزير Dr. Smith في لندن.",
     ["التقى الوزير Dr. Smith في لندن."]),
    ("latin_dotted_country_abbreviation",
     "انتقل إلى U.K. حيث عمل صحفيا.",
     ["انتقل إلى U.K. حيث عمل صحفيا."]),
    ("latin_exempli_gratia",
     "بعض اللغات، e.g. الفرنسية، تستعمل في الإدارة.",
     ["بعض اللغات، e.g. الفرنسية، تستعمل في الإدارة."]),
    ("latin_initials_before_latin_name",
     "قرأ روايات J. K. Rowling كلها.",
     ["قرأ روايات J. K. Rowling كلها."]),
    ("single_latin_letter_before_arabic_ends_sentence",
     "حصل معظم الطلاب على A. وقال المدير إن النتائج ممتازة.",
     ["حصل معظم الطلاب على A.", "وقال المدير إن النتائج ممتازة."]),
    ("latin_month_abbreviation",
     "Published on Sept. 30 in London.",
     ["Published on Sept. 30 in London."]),
    # URLs and e-mail addresses.
    ("url_is_not_split",
     "للاطلاع على البلاغ زوروا https://www.hespress.com/politique/123.html اليوم.",
     ["للاطلاع على البلاغ زوروا https://www.hespress.com/politique/123.html اليوم."]),
    ("url_at_sentence_end_keeps_final_full_stop",
     "نشر البلاغ على موقع www.dgsn.gov.ma. وأكد المصدر ذلك.",
     ["نشر البلاغ على موقع www.dgsn.gov.ma.", "وأكد المصدر ذلك."]),
    ("email_address_is_not_split",
     "يمكن مراسلة المديرية على contact@dgsn.gov.ma للاستفسار.",
     ["يمكن مراسلة المديرية على contact@dgsn.gov.ma للاستفسار."]),
    # Typing slips of real input.
    ("full_stop_without_space_between_arabic_words_is_a_boundary",
     "انتهى الاجتماع بالرباط.وأضاف المصدر أن اللقاء كان مثمرا.",
     ["انتهى الاجتماع بالرباط.", "وأضاف المصدر أن اللقاء كان مثمرا."]),
    # Lines and paragraphs.
    ("line_without_final_punctuation_is_its_own_unit",
     "هسبريس\nالرباط - استقبل المدير العام الوفد.",
     ["هسبريس", "الرباط - استقبل المدير العام الوفد."]),
    ("headline_and_dateline_are_their_own_units",
     "حموشي يستقبل مستشارا عسكريا بريطانيا\nالرباط، 12 نونبر\nاستقبل المدير العام الوفد.",
     ["حموشي يستقبل مستشارا عسكريا بريطانيا", "الرباط، 12 نونبر", "استقبل المدير العام الوفد."]),
    ("paragraph_separator_ends_a_unit",
     "عنوان بلا نقطة\u2029نص الخبر.",
     ["عنوان بلا نقطة", "نص الخبر."]),
    ("trims_bidi_and_zero_width_marks_at_the_ends",
     "\u200f\u200bانتهى الاجتماع.\u200f \u2067ثم غادر الوزير.\u2069\ufeff",
     ["انتهى الاجتماع.", "\u2067ثم غادر الوزير.\u2069"[1:-1]]),
    ("keeps_inner_characters_exactly",
     "  قال  الوزير\u00a0إن الـمغرب مستعدٌّ.  ",
     ["قال  الوزير\u00a0إن الـمغرب مستعدٌّ."]),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_segmentation_case(source: str, expected: list[str]) -> None:
    assert texts(source) == expected


def test_case_names_are_unique() -> None:
    names = [case[0] for case in CASES]
    assert len(names) == len(set(names))


def test_seed_article_is_the_outlet_line_and_seven_sentences() -> None:
    units = segment_file(SEED)
    assert len(units) == 8
    assert units[0] == Sentence("هومبريس", line=2, paragraph=0)
    assert [u.line for u in units] == list(range(2, 10))
    assert [u.paragraph for u in units] == list(range(8))
    assert all(u.text.endswith(".") for u in units[1:])
    assert units[1].text.startswith("استقبل عبد اللطيف حموشي، المدير العام")


def test_blank_lines_are_skipped_but_line_numbers_stay_true() -> None:
    units = segment_text("\n\nالعنوان\n   \n\u200f\nالجملة الأولى. الجملة الثانية.\n")
    assert [(u.text, u.line, u.paragraph) for u in units] == [
        ("العنوان", 3, 0),
        ("الجملة الأولى.", 6, 1),
        ("الجملة الثانية.", 6, 1),
    ]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_line_numbers_with_any_line_ending(newline: str) -> None:
    units = segment_text(newline.join(["", "هسبريس", "", "جملة."]))
    assert [(u.text, u.line) for u in units] == [("هسبريس", 2), ("جملة.", 4)]


def test_duplicate_sentences_are_kept_in_document_order() -> None:
    units = segment_text("شكرا. شكرا.\nشكرا.")
    assert [(u.text, u.line) for u in units] == [("شكرا.", 1), ("شكرا.", 1), ("شكرا.", 2)]


def test_segment_file_rejects_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text(" \n\n", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        segment_file(path)


def test_segment_file_rejects_invalid_utf8_with_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("سطر أول.\n".encode() + b"caf\xe9\n")
    with pytest.raises(InputError) as error:
        segment_file(path)
    assert error.value.line == 2


# --- properties ---------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "قال", "الوزير", "د", "ع", "ق", "م", "e", "g", "U", "K", "Dr", "2", "5", "١٢",
        "www", "com", "@", "الرباط", "هـ",
        " ", " ", " ", "  ", "\n", "\r\n", "\u2029", "\u00a0",
        ".", ".", "...", "…", "؟", "?!", "!", "،", "؛", ":",
        "«", "»", '"', "”", "(", ")", "\u200f", "\u200b", "\u2067", "\ufeff",
    ]
)  # fmt: skip
_SOURCES = st.lists(_PIECES, max_size=60).map("".join)
_SPACE_OR_INVISIBLE = re.compile(f"[\\s{''.join(INVISIBLE_FORMAT)}]")


@given(_SOURCES)
def test_units_appear_in_the_source_in_order(source: str) -> None:
    cursor = 0
    for unit in segment_text(source):
        found = source.find(unit.text, cursor)
        assert found >= 0, unit
        cursor = found + len(unit.text)


@given(_SOURCES)
def test_joining_units_loses_no_visible_character(source: str) -> None:
    joined = "".join(unit.text for unit in segment_text(source))
    assert _SPACE_OR_INVISIBLE.sub("", joined) == _SPACE_OR_INVISIBLE.sub("", source)


@given(_SOURCES)
def test_units_are_trimmed_non_empty_and_on_their_line(source: str) -> None:
    lines = re.split(r"\r\n|\r|\n", source)
    for unit in segment_text(source):
        assert unit.text and unit.text == unit.text.strip()
        assert not _SPACE_OR_INVISIBLE.match(unit.text[0])
        assert not _SPACE_OR_INVISIBLE.match(unit.text[-1])
        assert unit.text in lines[unit.line - 1]


def test_segment_file_rejects_file_of_invisible_marks_only(tmp_path: Path) -> None:
    path = tmp_path / "marks.txt"
    path.write_text("\u200f\u200b\n\u2067\u2069", encoding="utf-8")
    with pytest.raises(InputError, match="no text to translate"):
        segment_file(path)
