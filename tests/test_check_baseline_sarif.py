"""A baseline that shrinks (fixed rows reported and pruned, a missing file explained) and SARIF on input errors."""

from __future__ import annotations

import json

import pytest

from check_project import ARTICLE, CheckProject, project  # noqa: F401

BASELINE = "qa/baseline.json"


def _old_corpus(project: CheckProject) -> None:
    project.edit("2030 World Cup", "2030 World Glass")
    project.edit("will host in 2028.", "will host that year.")


def _baseline_rows(project: CheckProject) -> list[tuple[str, str]]:
    data = json.loads(project.path(BASELINE).read_text("utf-8"))
    return [(row["code"], row["term"]) for row in data["findings"]]


# --- missing baseline ---------------------------------------------------------------------------


def test_configured_baseline_not_created_yet_says_how_to_create_it(project: CheckProject) -> None:
    project.configure(f'baseline = "{BASELINE}"')
    outcome = project.run()
    assert outcome.exit_code == 2
    assert outcome.stderr == (
        f"tools: error: {BASELINE}: no such baseline file; record today's findings in it with "
        "`tools check-glossary --write-baseline`, then commit it\n"
    )
    created = project.run("--write-baseline")
    assert created.exit_code == 0 and project.path(BASELINE).is_file()
    assert project.run().exit_code == 0


# --- fixed entries --------------------------------------------------------------------------------


def test_fixed_baseline_entries_are_reported_as_info_at_their_row(project: CheckProject) -> None:
    _old_corpus(project)
    project.run("--baseline", BASELINE, "--write-baseline")
    project.edit("2030 World Glass", "2030 World Cup")  # fixes forbidden-term and missing-term
    outcome = project.check("--baseline", BASELINE)
    assert outcome.exit_code == 0  # info does not fail the default --fail-on error
    fixed = [f for f in outcome.json()["findings"] if f["code"] == "baseline-fixed"]
    assert [(f["path"], f["severity"], f["term"]) for f in fixed] == [
        (BASELINE, "info", "كأس العالم"),
        (BASELINE, "info", "كأس العالم"),
    ]
    lines = project.path(BASELINE).read_text("utf-8").splitlines()
    for finding in fixed:
        assert "msgid_hash" in lines[finding["line"] - 1]
    assert "the baselined forbidden-term about 'كأس العالم' in " + ARTICLE in fixed[0]["message"]
    assert outcome.json()["summary"]["baselined"] == 1


def test_write_baseline_prunes_fixed_entries_and_says_so(project: CheckProject) -> None:
    _old_corpus(project)
    project.run("--baseline", BASELINE, "--write-baseline")
    project.edit("2030 World Glass", "2030 World Cup")
    outcome = project.run("--baseline", BASELINE, "--write-baseline")
    assert outcome.stderr == f"{BASELINE}: recorded 1 finding(s) (pruned 2 fixed)\n"
    assert _baseline_rows(project) == [("number-mismatch", "")]
    after = project.check("--baseline", BASELINE)
    assert [f["code"] for f in after.json()["findings"]] == []


def test_rows_of_files_and_checks_not_in_the_run_are_neither_reported_nor_pruned(project: CheckProject) -> None:
    _old_corpus(project)
    project.copy(ARTICLE, "translations/other/en.po")
    project.run("--baseline", BASELINE, "--write-baseline")
    assert len(_baseline_rows(project)) == 6
    # Only the other file, and without the number check: the rest cannot be judged.
    only = project.check("--baseline", BASELINE, "--disable", "number-mismatch", "translations/other/en.po")
    assert [f["code"] for f in only.json()["findings"]] == []
    rewritten = project.run(
        "--baseline", BASELINE, "--write-baseline", "--disable", "number-mismatch", "translations/other/en.po"
    )
    assert rewritten.stderr == f"{BASELINE}: recorded 2 finding(s) (kept 4 of files or checks not in this run)\n"
    assert len(_baseline_rows(project)) == 6


def test_baseline_fixed_is_declared_in_the_registry(project: CheckProject) -> None:
    listed = project.run("--list-checks").stdout
    assert any(line.split()[:2] == ["baseline-fixed", "info"] for line in listed.splitlines())


# --- SARIF on input errors -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "breakage, where",
    [
        (lambda p: p.path().write_bytes(b'msgid "x"\nmsgstr "\xff"\n'), ARTICLE),
        (lambda p: p.path().write_text("<<<<<<< HEAD\n", "utf-8"), ARTICLE),
        (lambda p: p.configure('fail-on = "sometimes"'), "pyproject.toml"),
    ],
    ids=["invalid-utf8", "conflict-marker", "bad-config"],
)
def test_sarif_is_written_on_input_errors_with_a_notification(project: CheckProject, breakage, where: str) -> None:
    breakage(project)
    outcome = project.run("--format", "sarif", "-o", "report.sarif")
    assert outcome.exit_code == 2
    assert outcome.stderr.startswith(f"tools: error: {where}")
    document = json.loads(project.path("report.sarif").read_text("utf-8"))
    run = document["runs"][0]
    assert run["results"] == []
    [invocation] = run["invocations"]
    assert invocation["executionSuccessful"] is False
    [notification] = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    assert notification["message"]["text"] == outcome.stderr.removeprefix("tools: error: ").rstrip("\n")
    uri = notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == where
    assert {rule["id"] for rule in run["tool"]["driver"]["rules"]} >= {"missing-term", "baseline-fixed"}


def test_sarif_of_a_successful_run_says_execution_succeeded(project: CheckProject) -> None:
    outcome = project.run("--format", "sarif")
    assert outcome.exit_code == 0
    assert json.loads(outcome.stdout)["runs"][0]["invocations"] == [{"executionSuccessful": True}]


def test_other_formats_write_no_file_on_input_errors(project: CheckProject) -> None:
    project.path().write_text("<<<<<<< HEAD\n", "utf-8")
    outcome = project.run("--format", "json", "-o", "report.json")
    assert outcome.exit_code == 2
    assert not project.path("report.json").exists()
