"""[tool.tarjuman.check] in pyproject.toml, and the command line over it."""

from __future__ import annotations

import pytest

from check_project import CheckProject, project  # noqa: F401

WORLD_GLASS = ("2030 World Cup", "2030 World Glass")


def _severities(project: CheckProject, *args: str) -> dict[str, str]:
    return {f["code"]: f["severity"] for f in project.check(*args).json()["findings"]}


def test_defaults(project: CheckProject) -> None:
    project.edit(*WORLD_GLASS)
    assert _severities(project) == {"forbidden-term": "error", "missing-term": "error"}


def test_configured_severity(project: CheckProject) -> None:
    project.edit(*WORLD_GLASS)
    project.configure('severity = { "missing-term" = "warning" }')
    assert _severities(project) == {"forbidden-term": "error", "missing-term": "warning"}


def test_command_line_severity_overrides_configuration(project: CheckProject) -> None:
    project.edit(*WORLD_GLASS)
    project.configure('severity = { "missing-term" = "warning" }')
    assert _severities(project, "--severity", "missing-term=info") == {
        "forbidden-term": "error",
        "missing-term": "info",
    }


def test_configured_severity_applies_to_bidi_overrides_too(project: CheckProject) -> None:
    project.edit('"The statement noted that', '"The \u202estatement noted that')
    assert _severities(project) == {"invisible-char": "error"}
    project.configure('severity = { "invisible-char" = "warning" }')
    assert _severities(project) == {"invisible-char": "warning"}


def test_configured_disable(project: CheckProject) -> None:
    project.edit(*WORLD_GLASS)
    project.configure('disable = ["missing-term"]')
    assert list(_severities(project)) == ["forbidden-term"]
    assert list(_severities(project, "--disable", "forbidden-term")) == []


def test_glossary_lint_codes_can_be_configured(project: CheckProject) -> None:
    project.append('msgctxt "place"\nmsgid "الرباط"\nmsgstr ""\n', "glossary/ar-en.po")
    assert _severities(project) == {"glossary-empty": "error"}
    project.configure('severity = { "glossary-empty" = "info" }')
    assert _severities(project) == {"glossary-empty": "info"}
    assert _severities(project, "--disable", "glossary-empty") == {}


@pytest.mark.parametrize(
    ("config", "cli", "exit_code"),
    [
        ('fail-on = "warning"', [], 1),
        ('fail-on = "never"', [], 0),
        ('fail-on = "never"', ["--fail-on", "warning"], 1),
        ('fail-on = "warning"', ["--fail-on", "error"], 0),
    ],
)
def test_fail_on_from_configuration_and_command_line(project: CheckProject, config, cli, exit_code) -> None:
    project.edit('"The statement noted that', '"The statement\u200b noted that')  # a warning
    project.configure(config)
    assert project.run(*cli).exit_code == exit_code


def test_glossary_option_replaces_the_configured_glossary(project: CheckProject) -> None:
    project.edit(*WORLD_GLASS)
    empty = project.root / "empty-glossary.po"
    empty.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n', "utf-8")
    outcome = project.check("--glossary", str(empty))
    assert outcome.triples() == []
    assert outcome.json()["glossaries"] == ["empty-glossary.po"]


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ('severity = { "missing-terms" = "warning" }', "severity: unknown check code 'missing-terms'"),
        ('severity = { "missing-term" = "fatal" }', "severity.missing-term: unknown severity 'fatal'"),
        ('severity = "error"', "severity must be a table"),
        ('disable = ["nonsense"]', "disable: unknown check code 'nonsense'"),
        ('disable = "fuzzy"', "disable must be a list of check codes"),
        ('fail-on = "sometimes"', "fail-on: unknown value 'sometimes'"),
        ('fail_on = "error"', "unknown key 'fail_on'"),
    ],
    ids=["unknown-code", "unknown-level", "severity-not-table", "disable-unknown", "disable-not-list",
         "fail-on-value", "unknown-key"],
)
def test_bad_configuration_names_pyproject(project: CheckProject, config: str, message: str) -> None:
    project.configure(config)
    outcome = project.run()
    assert outcome.exit_code == 2
    assert outcome.stderr.startswith("tools: error: pyproject.toml: ")  # relative to the project root
    assert message in outcome.stderr
