"""Glossary lint: one fixture entry per finding, and a clean project glossary."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.check.findings import Severity
from tools.glossary import RULES, lint_glossary, load_glossary

DATA = Path(__file__).parent / "data" / "glossary"
LINT = str(DATA / "lint.po")
OTHER = str(DATA / "lint-other.po")


@pytest.fixture(scope="module")
def findings():
    return lint_glossary(load_glossary([DATA / "lint.po", DATA / "lint-other.po"]))


@pytest.mark.parametrize(
    ("path", "line", "code", "severity", "found"),
    [
        pytest.param(OTHER, 14, "glossary-duplicate", Severity.WARNING, None, id="same_msgctxt_and_msgid_in_two_files"),
        pytest.param(LINT, 19, "glossary-duplicate", Severity.WARNING, "rabat", id="same_term_category_and_english"),
        pytest.param(LINT, 30, "glossary-conflict", Severity.ERROR, "Marrakesh", id="two_preferred_renderings"),
        pytest.param(LINT, 39, "glossary-conflict", Severity.ERROR, None, id="hamza_spellings_with_different_english"),
        pytest.param(LINT, 43, "glossary-empty", Severity.ERROR, None, id="empty_msgstr"),
        pytest.param(LINT, 48, "glossary-fuzzy", Severity.INFO, "senior officials", id="fuzzy_entry"),
        pytest.param(LINT, 58, "glossary-forbidden-approved", Severity.ERROR, "united kingdom", id="forbidden_equals_approved_ignoring_case"),
        pytest.param(LINT, 62, "glossary-unmatchable", Severity.ERROR, None, id="msgid_without_letters"),
    ],
)
def test_finding(findings, path, line, code, severity, found) -> None:
    at_line = [f for f in findings if (f.path, f.line) == (path, line)]
    assert [(f.code, f.severity, f.found) for f in at_line] == [(code, severity, found)]


def test_nothing_else_is_reported(findings) -> None:
    assert len(findings) == 8


def test_findings_carry_the_entry_identity(findings) -> None:
    (empty,) = [f for f in findings if f.code == "glossary-empty"]
    assert (empty.msgid, empty.msgctxt, empty.term) == ("بلاغ", "concept", "بلاغ")
    assert empty.to_dict()["severity"] == "error"


def test_every_rule_has_a_unique_glossary_code_and_a_description() -> None:
    codes = [rule.code for rule in RULES]
    assert len(codes) == len(set(codes))
    assert all(code.startswith("glossary-") for code in codes)
    assert all(rule.check.__doc__ and rule.summary for rule in RULES)


@pytest.mark.parametrize("name", ["terms.po", "weblate.po"])
def test_fixture_glossaries_have_no_errors(name: str) -> None:
    findings = lint_glossary(load_glossary([DATA / name]))
    assert {f.code for f in findings if f.severity >= Severity.ERROR} <= {"glossary-empty"}


def test_alternative_renderings_of_one_spelling_are_not_a_conflict() -> None:
    findings = lint_glossary(load_glossary([DATA / "terms.po"]))
    assert not [f for f in findings if f.code == "glossary-conflict"]


def test_project_glossary_has_no_errors() -> None:
    glossary = load_glossary([Path(__file__).parents[1] / "glossary"])
    assert [f for f in lint_glossary(glossary) if f.severity >= Severity.ERROR] == []
