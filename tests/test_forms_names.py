"""Names never inflect and are never read after the article; two readings of one word.

A name of a person or place is read only as written: ألبينس is not ال +
بينس. Where one word reads as two glossary terms (وجدة: the city Oujda, or و
+ جدة Jeddah), the match keeps the most literal reading and carries the
other, and ``missing-term`` accepts the English of either.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from form_cases import MATCHER, check_entry, found

CASES = [
    pytest.param("ألبينس اسم عائلة نادر", [], id="name_never_after_the_article"),
    pytest.param("للبينس", [], id="name_never_after_lam_merged_article"),
    pytest.param("وقال بينس إن الإدارة ستواصل", [("بينس", "بينس", None)], id="name_as_written"),
    pytest.param("ولبينس", [("بينس", "بينس", None)], id="name_after_wa_lam"),
    pytest.param("وزار الوفد وجدة", [("وجدة", "وجدة", None)], id="two_readings_the_literal_one_wins"),
    pytest.param("وسافر إلى جدة", [("جدة", "جدة", None)], id="jeddah_alone"),
    pytest.param("وسافر إلى فرنسيين", [], id="place_names_take_no_plural"),
    pytest.param("وقالت تيريزا ماي", [("تيريزا ماي", "تيريزا ماي", None)], id="person_name_two_words"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_names(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


def test_the_other_reading_travels_with_the_match() -> None:
    (match,) = MATCHER.find("وزار الوفد وجدة")
    assert [t.source for t in match.readings] == ["جدة"]


@pytest.mark.parametrize(
    ("english", "missing"),
    [("The delegation reached Oujda yesterday", 0), ("and Jeddah yesterday", 0), ("The delegation arrived", 1)],
    ids=["oujda_reading", "jeddah_reading", "neither_reading"],
)
def test_missing_term_accepts_either_reading(tmp_path: Path, english: str, missing: int) -> None:
    findings = check_entry(tmp_path, "ووصل الوفد وجدة أمس", english)
    assert sum(1 for f in findings if f.code == "missing-term") == missing
