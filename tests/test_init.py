"""tools init: a new project in which the README workflow runs (segment → update → check-glossary
→ build), an existing pyproject.toml kept byte for byte, nothing ever replaced."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import polib
import pytest
import yaml
from click.testing import CliRunner, Result
from pre_commit.clientlib import load_config, load_manifest

from tools.cli import cli
from tools.workflow.init import HOOK_FIELDS

REPO = Path(__file__).resolve().parent.parent
ARTICLE = "hammouchi-ahlgren"
#: A clean English translation of the seed article, and the article it builds to.
TRANSLATION = REPO / "tests" / "data" / "check" / "article.po"
GOLDEN = REPO / "tests" / "golden" / f"{ARTICLE}.en.txt"
WORKFLOW = ".github/workflows/check-glossary.yml"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_init_then_the_readme_workflow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    created = run("init", "newsroom")
    assert created.exit_code == 0, created.stderr
    assert created.stdout == ""
    root = tmp_path / "newsroom"
    for folder in ("seeds", "translations", "glossary"):
        assert (root / folder).is_dir()
    monkeypatch.chdir(root)
    shutil.copy(REPO / "seeds" / f"{ARTICLE}.txt", root / "seeds")
    steps = [
        run("segment", f"seeds/{ARTICLE}.txt"),
        run("update"),
    ]
    assert all(step.exit_code == 0 for step in steps), [s.stderr for s in steps]
    # The translator translates: the clean translation's msgstrs into the new en.po.
    done = {e.msgid: e.msgstr for e in polib.pofile(str(TRANSLATION))}
    po_path = root / "translations" / ARTICLE / "en.po"
    po = polib.pofile(str(po_path), wrapwidth=78)
    for entry in po:
        entry.msgstr = done[entry.msgid]
    po.save(str(po_path))
    checked = run("check-glossary")
    assert checked.exit_code == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith("no problems in 1 file and ")
    built = run("build", ARTICLE)
    assert built.exit_code == 0, built.stderr
    assert built.stdout == GOLDEN.read_text("utf-8")


def test_the_new_glossary_is_valid_and_shows_an_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    run("init")
    glossary = tmp_path / "glossary" / "ar-en.po"
    text = glossary.read_text("utf-8")
    assert '#   msgid "المديرية العامة للأمن الوطني"' in text
    result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(glossary)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert run("glossary", "lint", "--glossary", "glossary").stdout == "0 terms, no problems\n"
    added = run("glossary", "add", "بلاغ", "statement", "--category", "concept")
    assert added.exit_code == 0, added.stderr
    assert "# Glossary: the approved English" in glossary.read_text("utf-8")


def test_hook_and_workflow_are_valid_and_run_check_glossary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    run("init")
    config = load_config(str(tmp_path / ".pre-commit-config.yaml"))  # pre-commit's own schema
    [hook] = config["repos"][0]["hooks"]
    [shipped] = load_manifest(str(REPO / ".pre-commit-hooks.yaml"))
    for key in ("id", "name", "entry", "files", "pass_filenames", "require_serial"):
        assert hook[key] == shipped[key], key
    assert set(HOOK_FIELDS) <= set(hook)
    workflow = yaml.safe_load((tmp_path / WORKFLOW).read_text("utf-8"))
    steps = workflow["jobs"]["check-glossary"]["steps"]
    runs = [step.get("run", "") for step in steps]
    assert "tools check-glossary --format sarif -o check-glossary.sarif" in runs
    [upload] = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif")]
    assert upload["if"] == "always()" and upload["with"]["sarif_file"] == "check-glossary.sarif"
    assert workflow["permissions"]["security-events"] == "write"


PYPROJECT = """\
# The newsroom's tools.
[project]
name = "newsroom"   # keep this comment
version = "1.0"

[tool.ruff]
line-length = 100
"""


def test_an_existing_pyproject_gets_the_section_appended_and_keeps_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, "utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("init")
    assert "added [tool.tarjuman] to pyproject.toml" in result.stderr
    text = (tmp_path / "pyproject.toml").read_text("utf-8")
    assert text.startswith(PYPROJECT)
    data = tomllib.loads(text)
    assert data["project"] == {"name": "newsroom", "version": "1.0"}
    assert data["tool"]["ruff"] == {"line-length": 100}
    assert data["tool"]["tarjuman"]["seeds"] == "seeds"


def test_nothing_is_ever_replaced_and_a_second_run_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n", "utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.tarjuman]\nseeds = "articles"\n', "utf-8")
    first = run("init")
    assert "kept (exists) .pre-commit-config.yaml" in first.stderr
    assert "kept (exists) pyproject.toml" in first.stderr
    assert (tmp_path / ".pre-commit-config.yaml").read_text("utf-8") == "repos: []\n"
    assert (tmp_path / "pyproject.toml").read_text("utf-8") == '[tool.tarjuman]\nseeds = "articles"\n'
    files = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.rglob("*") if p.is_file()}
    second = run("init")
    assert second.exit_code == 0
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.rglob("*") if p.is_file()} == files
    assert all(line.startswith(("kept (exists)", "next:")) for line in second.stderr.splitlines())


@pytest.mark.parametrize(
    "content",
    ['tool = { black = { line-length = 90 } }\n', "[project\n"],
    ids=["inline-tool-table", "invalid-toml"],
)
def test_a_pyproject_that_cannot_take_the_section_is_refused_untouched(
    content: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(content, "utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("init")
    assert result.exit_code == 2
    assert re.match(r"tools: error: .*pyproject\.toml: ", result.stderr)
    assert (tmp_path / "pyproject.toml").read_text("utf-8") == content
    assert not (tmp_path / "seeds").exists()  # all or nothing
