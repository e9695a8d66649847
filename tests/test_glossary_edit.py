"""tools glossary add / remove: well-formed entries, labels chosen, conflicts and lint errors refused."""

from __future__ import annotations

import subprocess
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner, Result

from conftest import GLOSSARY_ONLY, build_project
from tools.cli import cli

ROOT = Path(__file__).resolve().parent.parent
DGSN = "المديرية العامة للأمن الوطني"
HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n'


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    build_project(tmp_path, pyproject=GLOSSARY_ONLY, copy=["glossary/ar-en.po"], folders=())
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["glossary", *args], catch_exceptions=False)


def entries_of(path: Path, msgid: str) -> list[polib.POEntry]:
    return [e for e in polib.pofile(str(path)) if e.msgid == msgid]


def msgfmt_clean(path: Path) -> None:
    result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_add_a_new_term_with_category_note_and_forbidden_rendering(project: Path) -> None:
    glossary = project / "glossary" / "ar-en.po"
    added = run("add", "وكالة المغرب العربي للأنباء", "Maghreb Arab Press", "--category", "agency", "--note", "state news agency")
    assert added.exit_code == 0, added.stderr
    assert added.stdout == ""
    assert added.stderr == "added to glossary/ar-en.po: وكالة المغرب العربي للأنباء [agency] -> Maghreb Arab Press (approved)\n"
    acronym = run("add", "وكالة المغرب العربي للأنباء", "MAP")
    forbidden = run("add", "وكالة المغرب العربي للأنباء", "Arab Maghreb Agency", "--forbidden")
    assert acronym.exit_code == forbidden.exit_code == 0
    entries = entries_of(glossary, "وكالة المغرب العربي للأنباء")
    assert [(e.msgctxt, e.msgstr, e.flags, e.comment) for e in entries] == [
        ("agency", "Maghreb Arab Press", [], "state news agency"),
        ("agency|acronym", "MAP", [], ""),
        ("agency|forbidden", "Arab Maghreb Agency", ["forbidden"], ""),
    ]
    msgfmt_clean(glossary)
    assert run("lint").stdout.endswith("terms, no problems\n")


def test_a_further_rendering_keeps_the_files_spelling_and_gets_a_free_label(project: Path) -> None:
    glossary = project / "glossary" / "ar-en.po"
    before = len(entries_of(glossary, DGSN))
    # Typed without hamza and with a diacritic: the same term.
    result = run("add", "المديرية العامة للامن الوَطني", "Sûreté nationale")
    assert result.exit_code == 0, result.stderr
    assert f"(spelled {DGSN!r} as in the file)" in result.stderr
    entries = entries_of(glossary, DGSN)
    assert len(entries) == before + 1
    contexts = [e.msgctxt for e in entries]
    assert len(set(contexts)) == len(contexts)
    assert entries[-1].msgstr == "Sûreté nationale" and entries[-1].msgctxt.startswith("agency|variant")
    # The new entry sits with the term's others, not at the end of the file.
    po = [e for e in polib.pofile(str(glossary)) if e.msgid]
    positions = [i for i, e in enumerate(po) if e.msgid == DGSN]
    assert positions == list(range(positions[0], positions[0] + len(positions)))


def test_adding_what_is_there_changes_nothing(project: Path) -> None:
    glossary = project / "glossary" / "ar-en.po"
    before = glossary.read_bytes()
    result = run("add", DGSN, "dgsn")
    assert result.exit_code == 0
    assert result.stderr == "unchanged glossary/ar-en.po\n"
    assert glossary.read_bytes() == before


@pytest.mark.parametrize(
    ("english", "flag", "state"),
    [("DGSN", "--forbidden", "approved"), ("General Administration of National Security", None, "forbidden")],
)
def test_a_conflicting_rendering_is_refused(project: Path, english: str, flag: str | None, state: str) -> None:
    glossary = project / "glossary" / "ar-en.po"
    before = glossary.read_bytes()
    result = run("add", DGSN, english, *([flag] if flag else []))
    assert result.exit_code == 2
    assert f"is already {state} for {DGSN!r}; remove that entry first" in result.stderr
    assert result.stderr.startswith("tools: error: glossary/ar-en.po:")
    assert glossary.read_bytes() == before


def test_a_change_that_lint_rejects_is_refused(project: Path) -> None:
    # Another curated file forbids the rendering: approving it here is a lint error.
    other = project / "glossary" / "other.po"
    other.write_text(HEADER + '\n#, forbidden\nmsgctxt "place"\nmsgid "الرباط"\nmsgstr "Ribat"\n', "utf-8")
    glossary = project / "glossary" / "ar-en.po"
    before = glossary.read_bytes()
    result = run("add", "الرباط", "Ribat")
    assert result.exit_code == 2
    assert "not changed: the glossary would not pass lint" in result.stderr
    assert "glossary/ar-en.po:" in result.stderr and "error glossary-" in result.stderr
    assert glossary.read_bytes() == before


def test_add_to_a_new_file_creates_a_valid_glossary(project: Path) -> None:
    result = run("add", "بلاغ", "statement", "--file", "glossary/new.po", "--category", "concept")
    assert result.exit_code == 0, result.stderr
    msgfmt_clean(project / "glossary" / "new.po")


def test_remove_a_rendering_and_a_whole_term(project: Path) -> None:
    glossary = project / "glossary" / "ar-en.po"
    original = glossary.read_bytes()
    run("add", "وكالة جديدة", "New Agency", "--category", "agency")
    run("add", "وكالة جديدة", "NA")
    one = run("remove", "وكالة جديده", "na")  # ة typed as ه, case ignored
    assert one.exit_code == 0, one.stderr
    assert one.stderr == "removed from glossary/ar-en.po: وكالة جديدة -> NA [agency|acronym]\n"
    whole = run("remove", "وكالة جديدة")
    assert whole.exit_code == 0
    assert glossary.read_bytes() == original
    msgfmt_clean(glossary)


def test_remove_what_is_not_there_says_what_is(project: Path) -> None:
    result = run("remove", DGSN, "Sureté")
    assert result.exit_code == 2
    assert "has no rendering 'Sureté' (it has 'Directorate General of National Security'" in result.stderr
    missing = run("remove", "كلمة غير موجودة")
    assert missing.exit_code == 2 and "no entry for 'كلمة غير موجودة'" in missing.stderr


def test_a_multi_line_or_empty_value_is_refused(project: Path) -> None:
    assert run("add", "  ", "x").exit_code == 2
    assert run("add", "بلاغ", "").exit_code == 2
    assert run("add", "بلاغ", "x", "--category", "a|b").exit_code == 2
