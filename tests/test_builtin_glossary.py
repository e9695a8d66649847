"""Built-in glossaries: ``builtin:<name>`` in configuration and on the command line, and their precedence."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import build_project
from tools.cli import cli
from tools.config import load_config
from tools.errors import InputError
from tools.glossary import load_glossary
from tools.glossary.builtin import ROOT, names, path_of

MOROCCO = 'msgctxt "place"\nmsgid "المغرب"\nmsgstr "{}"\n'


def _project(tmp_path: Path, glossary: str, entries: str = "", role: str | None = None) -> Path:
    role_line = f'"X-Glossary-Role: {role}\\n"\n' if role else ""
    header = f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n{role_line}\n'
    pyproject = f"[tool.tarjuman]\nglossary = {glossary}\n"
    return build_project(tmp_path, pyproject=pyproject, files={"glossary/own.po": header + entries}, folders=())


def test_news_is_built_in() -> None:
    assert "news" in names()
    assert path_of("builtin:news") == ROOT / "news"


def test_configuration_names_a_built_in_glossary(tmp_path: Path) -> None:
    config = load_config(_project(tmp_path, '["glossary", "builtin:news"]'))
    assert config.glossary == (tmp_path / "glossary", ROOT / "news")


def test_unknown_built_in_glossary_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"unknown built-in glossary 'builtin:sport' \(built in: builtin:news\)"):
        load_config(_project(tmp_path, '["builtin:sport"]'))


@pytest.mark.parametrize("order", ['["glossary", "builtin:news"]', '["builtin:news", "glossary"]'], ids=["own-first", "builtin-first"])
@pytest.mark.parametrize("role", [None, "reference"], ids=["curated", "reference"])
def test_the_projects_own_glossary_wins_whatever_the_order(tmp_path: Path, order: str, role: str | None) -> None:
    config = load_config(_project(tmp_path, order, MOROCCO.format("Al-Maghrib (house style)"), role))
    term = load_glossary(config.glossary).term("المغرب")
    assert term is not None and term.path.endswith("own.po")
    assert [r.text for r in term.approved] == ["Al-Maghrib (house style)"]


def test_built_in_terms_the_project_lacks_are_added(tmp_path: Path) -> None:
    config = load_config(_project(tmp_path, '["glossary", "builtin:news"]', MOROCCO.format("Morocco")))
    term = load_glossary(config.glossary).term("موسكو")
    assert term is not None and [r.text for r in term.approved] == ["Moscow"]


def test_glossary_option_takes_a_built_in_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["glossary", "find", "--glossary", "builtin:news", "وصل إلى موسكو"])
    assert result.exit_code == 0, result.output
    assert "موسكو -> موسكو [place]" in result.output and "approved: Moscow" in result.output


def test_unknown_name_on_the_command_line_is_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["glossary", "lint", "--glossary", "builtin:nope"])
    assert result.exit_code == 2
    assert "unknown built-in glossary 'builtin:nope'" in result.output and "Traceback" not in result.output


def test_list_names_the_configured_sources_and_the_built_in_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_project(tmp_path, '["glossary", "builtin:news"]', MOROCCO.format("Morocco")))
    result = CliRunner().invoke(cli, ["glossary", "list"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:3] == [
        "configured (pyproject.toml [tool.tarjuman] glossary):",
        "  glossary      1 file, 1 terms",
        f"  builtin:news  8 files, {sum(_count(f) for f in (ROOT / 'news').glob('*.po'))} terms",
    ]
    assert lines[3] == "built in:" and lines[4].startswith("  builtin:news (configured): 8 files")
    assert any(line.split()[:1] == ["countries.po"] for line in lines[5:])


def test_list_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_project(tmp_path, '["glossary"]', MOROCCO.format("Morocco")))
    result = CliRunner().invoke(cli, ["glossary", "list", "--format", "json"])
    data = json.loads(result.output)
    assert [s["name"] for s in data["configured"]] == ["glossary"]
    [news] = data["builtin"]
    assert news["name"] == "builtin:news" and news["builtin"] and news["terms"] >= 1500
    assert {f["name"] for f in news["files"]} >= {"countries.po", "cities.po", "nationalities.po", "titles.po"}


def _count(path: Path) -> int:
    return sum(1 for t in load_glossary([path]).terms if t.approved)


def test_reading_the_configuration_does_not_load_the_glossary_machinery() -> None:
    # Commands that never read a glossary (segment, stats) import tools.config too.
    code = "import sys, tools.config; print('tools.glossary' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
