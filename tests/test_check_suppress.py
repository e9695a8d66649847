"""Inline suppressions (PO flag and translator comment) and unused-suppression reports."""

from __future__ import annotations

import pytest

from check_project import LINE, CheckProject, change_entry, project  # noqa: F401

WORLD_GLASS = ("2030 World Cup", "2030 World Glass")


def _annotate(project: CheckProject, index: int, *, flags=(), comment: str = "") -> int:
    def change(entry):
        entry.flags.extend(flags)
        entry.tcomment = comment

    return change_entry(project.path(), index, change)


@pytest.mark.parametrize(
    ("flags", "comment", "left"),
    [
        (["ignore-forbidden-term"], "", ["missing-term"]),
        (["ignore-forbidden-term", "ignore-missing-term"], "", []),
        ([], "tarjuman: ignore missing-term", ["forbidden-term"]),
        ([], "tarjuman: ignore missing-term كأس العالم", ["forbidden-term"]),
        # The term is compared after normalization: hamza and diacritics do not matter.
        ([], "tarjuman: ignore forbidden-term كأسُ العالَم", ["missing-term"]),
        ([], "tarjuman: ignore forbidden-term\ntarjuman: ignore missing-term", []),
        (["ignore-missing-term"], "tarjuman: ignore forbidden-term", []),
    ],
    ids=[
        "flag", "two-flags", "comment", "comment-with-term", "comment-with-term-spelling-variant",
        "two-comment-lines", "flag-and-comment",
    ],
)
def test_suppression_silences_matching_findings(project: CheckProject, flags, comment, left) -> None:
    project.edit(*WORLD_GLASS)
    line = _annotate(project, 4, flags=flags, comment=comment)
    outcome = project.check()
    assert outcome.triples() == [(code, line, "كأس العالم") for code in left]
    assert outcome.json()["summary"]["suppressed"] == 2 - len(left)


def test_comment_naming_another_term_suppresses_nothing_and_is_reported(project: CheckProject) -> None:
    project.edit(*WORLD_GLASS)
    line = _annotate(project, 4, comment="tarjuman: ignore missing-term مراكش")
    findings = project.check().json()["findings"]
    assert [(f["code"], f["line"], f["term"]) for f in findings] == [
        ("forbidden-term", line, "كأس العالم"),
        ("missing-term", line, "كأس العالم"),
        ("unused-suppression", line, "مراكش"),
    ]
    assert findings[2]["severity"] == "warning"
    assert findings[2]["found"] == "# tarjuman: ignore missing-term مراكش"


@pytest.mark.parametrize(
    ("flags", "comment", "message"),
    [
        (["ignore-number-mismatch"], "", "suppression '#, ignore-number-mismatch' matched no number-mismatch finding"),
        ([], "tarjuman: ignore no-such-check", "names no known check code ('no-such-check')"),
        ([], "tarjuman: ignore", "names no check code"),
        (["ignore-"], "", "names no check code"),
    ],
    ids=["stale-flag", "unknown-code", "comment-without-code", "flag-without-code"],
)
def test_unused_suppression_is_reported(project: CheckProject, flags, comment, message) -> None:
    line = _annotate(project, 2, flags=flags, comment=comment)
    (finding,) = project.check().json()["findings"]
    assert (finding["code"], finding["line"]) == ("unused-suppression", line)
    assert message in finding["message"]


def test_suppression_of_a_disabled_check_is_not_reported(project: CheckProject) -> None:
    _annotate(project, 2, flags=["ignore-number-mismatch"])
    assert project.check("--disable", "number-mismatch").triples() == []


def test_unused_suppression_reports_can_be_disabled(project: CheckProject) -> None:
    _annotate(project, 2, flags=["ignore-number-mismatch"])
    assert project.check("--disable", "unused-suppression").triples() == []


def test_ordinary_translator_comments_are_not_suppressions(project: CheckProject) -> None:
    project.edit(*WORLD_GLASS)
    _annotate(project, 4, comment="reviewed: ignore the sports names for now")
    assert [code for code, _, _ in project.check().triples()] == ["forbidden-term", "missing-term"]


def test_suppression_is_bound_to_its_entry(project: CheckProject) -> None:
    project.edit(*WORLD_GLASS)
    line = _annotate(project, 3, flags=["ignore-forbidden-term"])
    codes = [(code, at) for code, at, _ in project.check().triples()]
    assert ("unused-suppression", line) in codes
    assert ("forbidden-term", LINE[4] + 1) in codes
