"""A throw-away project for the check-glossary tests: a copy of the test article and glossary.

``tests/data/check/article.po`` translates the seed article cleanly against
``tests/data/check/glossary.po``; each test copies both into a temporary
project, injects one kind of error with :meth:`CheckProject.edit`, runs the
real command line and looks at what it reports.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import build_project
from tools.cli import cli

DATA = Path(__file__).parent / "data" / "check"
ARTICLE = "translations/hammouchi-ahlgren/en.po"
GLOSSARY = "glossary/ar-en.po"

#: msgid line of each entry of article.po: the outlet name, then sentences 1-7.
LINE = {"outlet": 17, 1: 21, 2: 32, 3: 47, 4: 61, 5: 78, 6: 94, 7: 106}

PYPROJECT = """\
[project]
name = "check-fixture"

[tool.tarjuman]
translations = "translations"
glossary = ["glossary"]
"""


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> dict[str, Any]:
        return json.loads(self.stdout)

    def triples(self) -> list[tuple[str, int, str | None]]:
        """``(code, line, term)`` of each finding, in report order."""
        return [(f["code"], f["line"], f["term"]) for f in self.json()["findings"]]


class CheckProject:
    """A project folder with the article translation and the glossary."""

    def __init__(self, root: Path, check_config: str = "") -> None:
        self.root = build_project(
            root, pyproject=PYPROJECT, files={ARTICLE: DATA / "article.po", GLOSSARY: DATA / "glossary.po"}, folders=()
        )
        if check_config:
            self.configure(check_config)

    def configure(self, check_config: str) -> None:
        """Rewrite pyproject.toml with ``check_config`` as [tool.tarjuman.check] lines."""
        section = f"\n[tool.tarjuman.check]\n{check_config}\n" if check_config else ""
        (self.root / "pyproject.toml").write_text(PYPROJECT + section, "utf-8")

    def path(self, name: str = ARTICLE) -> Path:
        return self.root / name

    def text(self, name: str = ARTICLE) -> str:
        return self.path(name).read_text("utf-8")

    def edit(self, old: str, new: str, name: str = ARTICLE) -> None:
        """Replace the one occurrence of ``old`` (which must exist) with ``new``."""
        text = self.text(name)
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {name}"
        self.path(name).write_text(text.replace(old, new), "utf-8")

    def append(self, block: str, name: str = ARTICLE) -> int:
        """Append an entry; return the line of its msgid."""
        text = self.text(name)
        self.path(name).write_text(text + "\n" + block, "utf-8")
        first_line = text.count("\n") + 2
        lines = block.split("\n")
        return first_line + next(i for i, line in enumerate(lines) if line.startswith("msgid "))

    def copy(self, name: str, target: str) -> None:
        destination = self.root / target
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(self.path(name), destination)

    def run(self, *args: str, env: dict[str, str] | None = None) -> Outcome:
        result = CliRunner().invoke(cli, ["check-glossary", *args], env=env, catch_exceptions=False)
        return Outcome(result.exit_code, result.stdout, result.stderr)

    def check(self, *args: str) -> Outcome:
        """Run with ``--format json`` (the contract the other assertions read)."""
        return self.run("--format", "json", *args)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CheckProject:
    root = tmp_path / "project"
    root.mkdir()
    monkeypatch.chdir(root)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return CheckProject(root)


def entries(path: Path) -> list[Any]:
    """The entries of a PO file as the project reads them (msgid lines set)."""
    from tools.units.po import load_po

    return [entry for entry in load_po(path) if entry.msgid]


def change_entry(path: Path, index: int, change: Any) -> int:
    """Apply ``change(entry)`` to the index-th entry (0: outlet, 1-7: sentences); return its line.

    The file is written back with the project's own PO writer, which
    reproduces article.po byte for byte, so other entries keep their lines.
    """
    from tools.units.po import load_po, render_po

    po = load_po(path)
    change([entry for entry in po if entry.msgid][index])
    path.write_text(render_po(po), "utf-8")
    return entries(path)[index].linenum
