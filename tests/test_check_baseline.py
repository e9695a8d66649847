"""Baselines: record today's findings, then fail only on new ones."""

from __future__ import annotations

import json

import pytest

from check_project import ARTICLE, LINE, CheckProject, change_entry, project  # noqa: F401

BASELINE = "qa/baseline.json"


def _old_corpus(project: CheckProject) -> None:
    project.edit("2030 World Cup", "2030 World Glass")
    project.edit("will host in 2028.", "will host that year.")


def test_write_baseline_records_fingerprints_without_lines(project: CheckProject) -> None:
    _old_corpus(project)
    outcome = project.run("--baseline", BASELINE, "--write-baseline")
    assert outcome.exit_code == 0
    assert outcome.stderr == f"{BASELINE}: recorded 3 finding(s)\n"
    data = json.loads(project.path(BASELINE).read_text("utf-8"))
    assert data["version"] == 1
    assert [(row["code"], row["term"], row["count"]) for row in data["findings"]] == [
        ("forbidden-term", "كأس العالم", 1),
        ("missing-term", "كأس العالم", 1),
        ("number-mismatch", "", 1),
    ]
    assert all(set(row) == {"path", "code", "msgid_hash", "term", "count"} for row in data["findings"])
    assert {row["path"] for row in data["findings"]} == {ARTICLE}


def test_writing_the_same_baseline_twice_changes_nothing(project: CheckProject) -> None:
    _old_corpus(project)
    project.run("--baseline", BASELINE, "--write-baseline")
    first = project.path(BASELINE).stat()
    project.run("--baseline", BASELINE, "--write-baseline")
    second = project.path(BASELINE).stat()
    assert (first.st_ino, first.st_mtime_ns) == (second.st_ino, second.st_mtime_ns)


def test_baselined_findings_pass_and_new_ones_fail(project: CheckProject) -> None:
    _old_corpus(project)
    project.run("--baseline", BASELINE, "--write-baseline")
    clean = project.check("--baseline", BASELINE)
    assert clean.exit_code == 0
    assert clean.triples() == []
    assert clean.json()["summary"]["baselined"] == 3

    project.edit("Moroccan security services", "Moroccan security interests")
    new = project.check("--baseline", BASELINE)
    assert new.exit_code == 1
    assert new.triples() == [
        ("forbidden-term", LINE[6], "مصالح الأمن"),
        ("missing-term", LINE[6], "مصالح الأمن"),
    ]


def test_baseline_survives_edits_that_move_lines(project: CheckProject) -> None:
    _old_corpus(project)
    project.run("--baseline", BASELINE, "--write-baseline")
    # A comment and a flag above the old finding move its msgid down two lines.
    change_entry(project.path(), 1, lambda e: setattr(e, "tcomment", "reviewed\nby the desk"))
    outcome = project.check("--baseline", BASELINE)
    assert outcome.exit_code == 0
    assert outcome.triples() == []


def test_a_second_identical_fingerprint_is_new(project: CheckProject) -> None:
    project.edit("will host in 2028.", "will host that year.")
    project.run("--baseline", BASELINE, "--write-baseline")
    project.edit("in the city of Marrakech in 2025", "in the city of Marrakech")
    project.edit("the 2025 Africa Cup of Nations", "the Africa Cup of Nations")
    outcome = project.check("--baseline", BASELINE)
    assert outcome.triples() == [("number-mismatch", LINE[4], None)]
    assert outcome.json()["findings"][0]["found"] == "2028"
    assert outcome.json()["summary"]["baselined"] == 1


def test_baseline_from_configuration(project: CheckProject) -> None:
    _old_corpus(project)
    project.configure(f'baseline = "{BASELINE}"')
    assert project.run("--write-baseline").exit_code == 0
    assert project.run().exit_code == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not a baseline file: invalid JSON"),
        ('{"version": 7, "findings": []}', "not a baseline file of version 1"),
        ('{"version": 1, "findings": {}}', "'findings' must be a list"),
        ('{"version": 1, "findings": [{"path": "x"}]}', "baseline finding #1 is malformed"),
    ],
    ids=["invalid-json", "wrong-version", "findings-not-a-list", "malformed-row"],
)
def test_bad_baseline_is_a_usage_error(project: CheckProject, content: str, message: str) -> None:
    project.path(BASELINE).parent.mkdir()
    project.path(BASELINE).write_text(content, "utf-8")
    outcome = project.run("--baseline", BASELINE)
    assert outcome.exit_code == 2
    assert message in outcome.stderr


def test_missing_baseline_is_a_usage_error(project: CheckProject) -> None:
    outcome = project.run("--baseline", BASELINE)
    assert outcome.exit_code == 2
    assert outcome.stderr == (
        "tools: error: qa/baseline.json: no such baseline file; record today's findings in it with "
        "`tools check-glossary --baseline qa/baseline.json --write-baseline`, then commit it\n"
    )
