"""Glossary hints through ``tools update``: added, refreshed, idempotent."""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from conftest import ProjectFactory
from glossaries import glossary_po
from tools.cli import cli
from tools.workflow.hints import PREFIX

GLOSSARY = glossary_po(
    textwrap.dedent(
        """\
        #. Morocco's national police.
        msgctxt "agency"
        msgid "المديرية العامة للأمن الوطني"
        msgstr "Directorate General of National Security"

        msgctxt "place"
        msgid "المملكة المتحدة"
        msgstr "United Kingdom"
        """
    )
)

SEED = "استقبلت المديرية العامة للأمن الوطني وفدا من المملكة المتحدة.\nوانتهت الزيارة أمس.\n"


@pytest.fixture
def project(make_project: ProjectFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with the glossary and the article; commands run from its root."""
    root = make_project(files={"glossary/ar-en.po": GLOSSARY, "seeds/demo.txt": SEED}).root
    monkeypatch.chdir(root)
    return root


def update() -> str:
    result = CliRunner().invoke(cli, ["update"])
    assert result.exit_code == 0, result.output
    return result.output


def po_path(project: Path) -> Path:
    return project / "translations" / "demo" / "en.po"


def hint_heads(entry: polib.POEntry) -> list[str]:
    return [
        line.split(" → ")[0].removeprefix(PREFIX)
        for line in entry.comment.split("\n")
        if line.startswith(PREFIX)
    ]


def test_update_adds_one_hint_per_term_found(project: Path) -> None:
    update()
    po = polib.pofile(str(po_path(project)))
    assert hint_heads(po[0]) == ["المديرية العامة للأمن الوطني", "المملكة المتحدة"]
    assert hint_heads(po[1]) == []


def test_second_update_changes_no_byte(project: Path) -> None:
    update()
    first = po_path(project).read_bytes()
    output = update()
    assert po_path(project).read_bytes() == first
    assert "unchanged translations/demo/en.po" in output


def test_translators_work_survives_and_hints_are_not_duplicated(project: Path) -> None:
    update()
    path = po_path(project)
    po = polib.pofile(str(path))
    po[0].msgstr = "The DGSN received a delegation from the United Kingdom."
    po[0].tcomment = "Check the date with the desk."
    po[0].flags.append("fuzzy")
    po.save(str(path))
    update()
    update()
    entry = polib.pofile(str(path))[0]
    assert entry.msgstr == "The DGSN received a delegation from the United Kingdom."
    assert entry.tcomment == "Check the date with the desk."
    assert "fuzzy" in entry.flags
    assert hint_heads(entry) == ["المديرية العامة للأمن الوطني", "المملكة المتحدة"]


def test_term_removed_from_glossary_disappears_on_next_update(project: Path) -> None:
    update()
    glossary = project / "glossary" / "ar-en.po"
    glossary.write_text(GLOSSARY.split('msgctxt "place"')[0], encoding="utf-8")
    output = update()
    assert "updated translations/demo/en.po" in output
    entry = polib.pofile(str(po_path(project)))[0]
    assert hint_heads(entry) == ["المديرية العامة للأمن الوطني"]
    assert "United Kingdom" not in entry.comment


def test_broken_glossary_stops_update_before_writing(project: Path) -> None:
    update()
    before = po_path(project).read_bytes()
    (project / "glossary" / "ar-en.po").write_text('msgid "x"\nmsgstr "open\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["update"])
    assert result.exit_code == 2
    assert "glossary/ar-en.po:2" in result.output
    assert po_path(project).read_bytes() == before


def test_project_without_glossary_updates_without_hints(project: Path) -> None:
    shutil.rmtree(project / "glossary")
    update()
    po = polib.pofile(str(po_path(project)))
    assert all(not hint_heads(entry) for entry in po)


@pytest.mark.requires_msgfmt
def test_updated_file_with_hints_passes_msgfmt(project: Path) -> None:
    update()
    result = subprocess.run(
        ["msgfmt", "-c", "-o", "/dev/null", str(po_path(project))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
