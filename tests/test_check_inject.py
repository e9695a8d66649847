"""Inject one kind of error at a time into a copy of a real translation; assert exactly what is reported.

Each case edits ``tests/data/check/article.po`` (which passes cleanly) and
names the Arabic or English phenomenon it is about.
"""

from __future__ import annotations

import pytest

from check_project import ARTICLE, GLOSSARY, LINE, CheckProject, change_entry, project  # noqa: F401

TITLE = "المدير العام للأمن الوطني ولمراقبة التراب الوطني"

# (test id, old text, new text, expected [(code, line, term)])
TEXT_CASES = [
    (
        "missing_term_with_attached_lil_article",  # للمملكة المغربية = ل + المملكة المغربية
        '"working visit to the Kingdom of Morocco."', '"working visit to the realm."',
        [("missing-term", LINE[1], "المملكة المغربية")],
    ),
    (
        "missing_term_with_detached_conjunction_waw",  # و لمراقبة typed apart
        '"Surveillance, on Wednesday received', '"Monitoring, on Wednesday received',
        [("missing-term", LINE[1], TITLE)],
    ),
    (
        "missing_term_with_attached_lil_and_bi_prepositions",  # للجمعية, بمدينة
        '"especially as Morocco hosts the 93rd session of the INTERPOL General "',
        '"especially as Morocco hosts the 93rd session of the police general "',
        [("missing-term", LINE[4], "الجمعية العامة لمنظمة الأنتربول")],
    ),
    (
        "forbidden_and_missing_term_both_reported",
        "2030 World Cup", "2030 World Glass",
        [("forbidden-term", LINE[4], "كأس العالم"), ("missing-term", LINE[4], "كأس العالم")],
    ),
    (
        "forbidden_rendering_without_its_term",
        '"The statement noted that', '"The World Glass statement noted that',
        [("forbidden-anywhere", LINE[6], "كأس العالم")],
    ),
    (
        "misspelt_full_name_not_reported_again_through_the_surname",  # Hamouchi is forbidden for حموشي too
        '"Abdellatif Hammouchi, Director General', '"Abdellatif Hamouchi, Director General',
        [("forbidden-term", LINE[1], "عبد اللطيف حموشي"), ("missing-term", LINE[1], "عبد اللطيف حموشي")],
    ),
    (
        "misspelt_surname_of_a_term_nested_in_the_full_name",  # حموشي inside عبد اللطيف حموشي
        "For his part, Abdellatif Hammouchi affirmed", "For his part, Mr Hamouchi affirmed",
        [
            ("forbidden-term", LINE[7], "حموشي"),
            ("missing-term", LINE[7], "عبد اللطيف حموشي"),
        ],
    ),
    (
        "every_term_finding_of_one_entry",
        "received Vice Admiral Edward", "received Deputy Admiral Edward",
        [("forbidden-term", LINE[1], "نائب الأميرال"), ("missing-term", LINE[1], "نائب الأميرال")],
    ),
    (
        "forbidden_plural_of_rendering",  # "work trips" is the forbidden "work trip"
        '"working visit to the Kingdom', '"work trips to the Kingdom',
        [("forbidden-term", LINE[1], "زيارة عمل"), ("missing-term", LINE[1], "زيارة عمل")],
    ),
    (
        "acronyms_dropped_for_two_agencies",  # "DGSN-DGST" carried both terms
        "A statement from the DGSN-DGST said", "A statement from the security directorates said",
        [
            ("missing-term", LINE[3], "المديرية العامة للأمن الوطني"),
            ("missing-term", LINE[3], "المديرية العامة لمراقبة التراب الوطني"),
        ],
    ),
    (
        "acronyms_in_lowercase_are_not_the_acronyms",  # "us" is not "US": acronyms keep their case
        "A statement from the DGSN-DGST said", "A statement from the dgsn-dgst said",
        [
            ("missing-term", LINE[3], "المديرية العامة للأمن الوطني"),
            ("missing-term", LINE[3], "المديرية العامة لمراقبة التراب الوطني"),
        ],
    ),
    (
        "inflected_head_noun_is_the_rendering",  # Directors General: a variant, not an error
        "Hammouchi, Director General", "Hammouchi, Directors General",
        [],
    ),
    (
        "year_missing",  # 2028 is gone and 2029 is a year the Arabic never states
        "will host in 2028.", "will host in 2029.",
        [("number-added", LINE[4], None), ("number-mismatch", LINE[4], None)],
    ),
    (
        "year_in_arabic_indic_digits_matches_western",
        "في سنة 2028", "في سنة ٢٠٢٨",
        [],
    ),
    (
        "year_in_arabic_indic_digits_missing",
        "في سنة 2028", "في سنة ٢٠٢٩",
        [("number-added", LINE[4], None), ("number-mismatch", LINE[4], None)],
    ),
    (
        "year_in_persian_digits_matches",
        "كأس العالم 2030", "كأس العالم ۲۰۳۰",
        [],
    ),
    (
        "zero_width_space_in_translation",
        '"The statement noted that', '"The statement\u200b noted that',
        [("invisible-char", LINE[6], None)],
    ),
    (
        "right_to_left_mark_in_translation",
        '"The statement noted that', '"The statement\u200f noted that',
        [("invisible-char", LINE[6], None)],
    ),
    (
        "right_to_left_override_in_translation",
        '"The statement noted that', '"The \u202estatement noted that',
        [("invisible-char", LINE[6], None)],
    ),
    (
        "first_strong_isolate_in_translation",
        '"The statement noted that', '"The \u2068statement noted that',
        [("invisible-char", LINE[6], None)],
    ),
    (
        "zero_width_non_joiner_explained_by_source",
        "وأشار البلاغ", "وأشار\u200c البلاغ",
        [],
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [case[1:] for case in TEXT_CASES],
    ids=[case[0] for case in TEXT_CASES],
)
def test_injected_error_is_reported_exactly(project: CheckProject, old, new, expected) -> None:
    project.edit(old, new)
    outcome = project.check()
    assert sorted(outcome.triples()) == sorted(expected)


def test_clean_fixture_has_no_findings(project: CheckProject) -> None:
    outcome = project.check()
    assert outcome.json()["findings"] == []
    assert outcome.json()["summary"]["files"] == 1
    assert outcome.exit_code == 0


def test_missing_term_when_source_has_diacritics_and_tatweel(project: CheckProject) -> None:
    project.edit("نائب الأميرال", "نائـبُ الأميرالِ")
    project.edit("received Vice Admiral Edward", "received Admiral Edward")
    assert project.check().triples() == [("missing-term", LINE[1], "نائب الأميرال")]


def test_missing_term_when_source_has_bare_alef_instead_of_hamza(project: CheckProject) -> None:
    project.edit("نائب الأميرال", "نائب الاميرال")
    project.edit("received Vice Admiral Edward", "received Rear Admiral Edward")
    assert project.check().triples() == [("missing-term", LINE[1], "نائب الأميرال")]


def test_missing_term_fields(project: CheckProject) -> None:
    project.edit("2030 World Cup", "2030 football tournament")
    (finding,) = project.check().json()["findings"]
    assert finding["path"] == ARTICLE
    assert finding["severity"] == "error"
    assert finding["expected"] == ["World Cup"]
    assert finding["found"] is None
    assert finding["msgid"].startswith("كما تناولت هذه المباحثات")
    assert finding["msgctxt"] is None


def test_forbidden_term_fields(project: CheckProject) -> None:
    project.edit("Moroccan security services", "Moroccan security interests")
    findings = project.check().json()["findings"]
    forbidden = [f for f in findings if f["code"] == "forbidden-term"]
    assert [(f["line"], f["term"], f["found"], f["expected"]) for f in forbidden] == [
        (LINE[6], "مصالح الأمن", "security interests", ["security services"])
    ]


def test_bidi_override_is_an_error_and_other_invisibles_warnings(project: CheckProject) -> None:
    project.edit('"The statement noted that', '"The \u202estatement\u200b noted that')
    found = {f["found"]: f["severity"] for f in project.check().json()["findings"]}
    assert found == {"U+202E": "error", "U+200B": "warning"}


def test_untranslated_entry_is_not_checked_for_terms(project: CheckProject) -> None:
    line = change_entry(project.path(), 6, lambda e: setattr(e, "msgstr", ""))
    outcome = project.check()
    assert outcome.triples() == [("untranslated", line, None)]
    assert outcome.json()["findings"][0]["severity"] == "info"
    assert outcome.exit_code == 0


def test_fuzzy_entry_is_not_checked_for_terms(project: CheckProject) -> None:
    def make_fuzzy_calque(entry):
        entry.flags.append("fuzzy")
        entry.msgstr = entry.msgstr.replace("World Cup", "World Glass").replace("2028", "2029")

    line = change_entry(project.path(), 4, make_fuzzy_calque)
    assert line == LINE[4] + 1  # the flag line moved the msgid down
    assert project.check().triples() == [("fuzzy", line, None)]


PLURAL = """\
msgid "زيارة عمل واحدة"
msgid_plural "%d زيارة عمل"
msgstr[0] "one working visit"
msgstr[1] "%d work trips"
"""


def test_plural_forms_are_checked_one_by_one(project: CheckProject) -> None:
    line = project.append(PLURAL)
    findings = project.check().json()["findings"]
    assert [(f["code"], f["line"], f["term"]) for f in findings] == [
        ("forbidden-term", line, "زيارة عمل"),
        ("missing-term", line, "زيارة عمل"),
    ]
    assert all("plural form 1" in f["message"] for f in findings)


def test_untranslated_plural_form_is_reported_and_the_other_checked(project: CheckProject) -> None:
    line = project.append(PLURAL.replace('"%d work trips"', '""').replace("one working visit", "one trip"))
    findings = project.check().json()["findings"]
    assert sorted((f["code"], f["line"], f["message"]) for f in findings) == [
        # The article said "working visit" before: a second reference, with a note.
        ("missing-term", line, "'زيارة عمل' is not rendered in plural form 0; expected 'working visit'"
         " (second reference? 'working visit' is at line 21 of this article)"),
        ("untranslated", line, "plural form(s) 1 not translated"),
    ]


def test_same_source_translated_differently_in_two_articles(project: CheckProject) -> None:
    other = "translations/other-article/en.po"
    project.copy(ARTICLE, other)
    project.edit("The talks also covered", "The talks further covered", other)
    # Spelling variants of the same source sentence are the same sentence.
    project.edit("هذا الإستقبال", "هذا الاستقبال", other)
    project.edit("The meeting took place", "The reception took place", other)
    findings = project.check().json()["findings"]
    assert [(f["path"], f["code"], f["line"]) for f in findings] == [
        (other, "inconsistent-translation", LINE[2]),
        (other, "inconsistent-translation", LINE[4]),
    ]
    assert f"{ARTICLE}:{LINE[4]}" in findings[1]["message"]
    assert findings[1]["severity"] == "warning"


def test_inconsistency_needs_both_files_in_the_run(project: CheckProject) -> None:
    other = "translations/other-article/en.po"
    project.copy(ARTICLE, other)
    project.edit("The talks also covered", "The talks further covered", other)
    assert project.check(other).triples() == []


def test_mixed_variants_of_a_term_with_a_preferred_rendering(project: CheckProject) -> None:
    line = project.append('msgid "مدينة مراكش"\nmsgstr "the city of Marrakesh"\n')
    (finding,) = project.check().json()["findings"]
    assert (finding["code"], finding["line"], finding["term"]) == ("inconsistent-translation", line, "مراكش")
    assert (finding["expected"], finding["found"]) == (["Marrakech"], "Marrakesh")


def test_one_variant_throughout_an_article_is_consistent(project: CheckProject) -> None:
    project.edit("city of Marrakech", "city of Marrakesh")
    project.append('msgid "مدينة مراكش"\nmsgstr "the city of Marrakesh"\n')
    assert project.check().triples() == []


def test_glossary_lint_findings_point_into_the_glossary(project: CheckProject) -> None:
    line = project.append('msgctxt "place"\nmsgid "الرباط"\nmsgstr ""\n', GLOSSARY)
    (finding,) = project.check().json()["findings"]
    assert (finding["path"], finding["line"], finding["code"]) == (GLOSSARY, line, "glossary-empty")


def test_glossary_passed_as_a_path_is_linted_not_checked(project: CheckProject) -> None:
    outcome = project.check(ARTICLE, GLOSSARY)
    assert outcome.json()["files"] == [ARTICLE]
    assert outcome.json()["findings"] == []
