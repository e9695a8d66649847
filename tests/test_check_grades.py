"""Grades of a rendering in a real project: exact, variant, absent, second reference; and their settings."""

from __future__ import annotations

import pytest

from check_project import LINE, CheckProject, change_entry, project  # noqa: F401

TITLE = "المدير العام للأمن الوطني ولمراقبة التراب الوطني"


def _replace(old: str, new: str):
    def change(entry):
        assert old in entry.msgstr, entry.msgstr
        entry.msgstr = entry.msgstr.replace(old, new)

    return change


def _second_reference(project: CheckProject) -> int:
    """Entry 5 names the Director General again; its English drops the title."""
    return change_entry(
        project.path(), 5,
        _replace("the Director General of National Security and Territorial Surveillance", "he"),
    )


def test_second_reference_is_reported_lower_with_a_note(project: CheckProject) -> None:
    line = _second_reference(project)
    (finding,) = [f for f in project.check().json()["findings"] if f["term"] == TITLE]
    assert (finding["code"], finding["line"], finding["severity"]) == ("missing-term", line, "warning")
    assert finding["message"].endswith(f"(second reference? 'Director General of National Security and "
                                       f"Territorial Surveillance' is at line {LINE[1]} of this article)")


@pytest.mark.parametrize("level", ["info", "error"])
def test_second_reference_severity_is_configurable(project: CheckProject, level: str) -> None:
    _second_reference(project)
    project.configure(f'second-reference = "{level}"')
    (finding,) = [f for f in project.check().json()["findings"] if f["term"] == TITLE]
    assert finding["severity"] == level


def test_absent_in_the_first_mention_is_an_error(project: CheckProject) -> None:
    line = change_entry(project.path(), 1, _replace("Director General of National Security and Territorial Surveillance", "police chief"))
    findings = [f for f in project.check().json()["findings"] if f["term"] == TITLE]
    assert [(f["line"], f["severity"]) for f in findings] == [(line, "error")]


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("", []),  # a variant satisfies the term silently
        ('variants = "report"', [("term-variant", "info")]),
        ('variants = "exact"', [("missing-term", "error")]),
    ],
    ids=["accept", "report", "exact"],
)
def test_variant_grade_follows_the_configuration(project: CheckProject, config: str, expected) -> None:
    project.configure(config)
    line = change_entry(project.path(), 1, _replace("Hammouchi, Director General", "Hammouchi, Directors General"))
    findings = [(f["code"], f["severity"]) for f in project.check().json()["findings"] if f["line"] == line]
    assert findings == expected


def test_unknown_variants_mode_is_a_configuration_error(project: CheckProject) -> None:
    project.configure('variants = "loose"')
    outcome = project.run()
    assert outcome.exit_code == 2
    assert "variants: unknown value 'loose' (expected one of: accept, report, exact)" in outcome.stderr
