"""Every output format, byte for byte, against tests/golden/check/.

One project with one finding of each kind (term, number, invisible,
status, consistency across two articles, suppression, glossary lint).
After an intended change of output, regenerate with
``TARJUMAN_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_check_golden.py`` and
review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from check_project import ARTICLE, DATA, GLOSSARY, CheckProject, change_entry, project  # noqa: F401
from tools.check.reporters import REPORTERS
from tools.units.po import load_po, render_po

GOLDEN = Path(__file__).parent / "golden" / "check"
SUFFIX = {"text": "txt", "json": "json", "sarif": "sarif.json", "github": "github.txt", "junit": "junit.xml"}


@pytest.fixture
def busy(project: CheckProject) -> CheckProject:
    project.edit("2030 World Cup", "2030 World Glass")
    project.edit("will host in 2028.", "will host in 2029.")
    project.edit("received Vice Admiral Edward", "received Vice Admiral \u202eEdward")
    project.edit('"The statement noted that', '"The statement\u200b noted that')
    project.edit('msgstr "Homepress"', 'msgstr ""')
    change_entry(project.path(), 2, lambda e: setattr(e, "tcomment", "tarjuman: ignore missing-term"))
    # A second article that repeats the last sentence, translated differently.
    other = project.path("translations/other-article/en.po")
    other.parent.mkdir(parents=True)
    po = load_po(DATA / "article.po")
    last = [entry for entry in po if entry.msgid][-1]
    last.msgstr = last.msgstr.replace("For his part,", "On his side,")
    po[:] = [last]
    other.write_text(render_po(po), "utf-8")
    project.append('msgctxt "place"\nmsgid "الرباط"\nmsgstr ""\n', GLOSSARY)
    return project


def test_every_format_has_a_golden_file() -> None:
    assert set(SUFFIX) == set(REPORTERS)


@pytest.mark.parametrize("fmt", sorted(SUFFIX))
def test_golden_output(busy: CheckProject, fmt: str) -> None:
    outcome = busy.run("--format", fmt)
    assert outcome.exit_code == 1
    golden = GOLDEN / f"report.{SUFFIX[fmt]}"
    if os.environ.get("TARJUMAN_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(outcome.stdout, "utf-8")
    assert outcome.stdout == golden.read_text("utf-8")


def test_json_contract(busy: CheckProject) -> None:
    report = busy.check().json()
    required = {"path", "line", "code", "severity", "message", "msgid", "msgctxt", "term", "expected", "found"}
    assert all(required <= set(f) for f in report["findings"])
    assert report["summary"] == {
        "error": 5, "warning": 4, "info": 1, "total": 10, "files": 2, "suppressed": 0, "baselined": 0,
    }
    assert not any(f["path"].startswith("/") for f in report["findings"])


def test_sarif_rules_come_from_the_registry(busy: CheckProject) -> None:
    from tools.check.registry import all_checks

    run = json.loads(busy.run("--format", "sarif").stdout)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [c.code for c in all_checks()]
    assert all(r["shortDescription"]["text"] and r["fullDescription"]["text"] for r in rules)
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_junit_fails_only_files_with_findings_at_fail_on(busy: CheckProject) -> None:
    suite = ET.fromstring(busy.run("--format", "junit", "--fail-on", "error").stdout).find("testsuite")
    failed = {case.get("name") for case in suite.iter("testcase") if case.find("failure") is not None}
    assert failed == {GLOSSARY, ARTICLE}
    suite = ET.fromstring(busy.run("--format", "junit", "--fail-on", "never").stdout).find("testsuite")
    assert suite.get("failures") == "0"
    assert suite.get("tests") == "3"
