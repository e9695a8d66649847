"""tools update keeps every form of a translator's work: plural forms, previous msgids, odd names.

Each test goes through the command line, as a translator would, and ends
with a second run that must not change a byte.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EPOCH, Project, ProjectFactory
from tools.units.po import load_po

MEETING = "استقبل المدير العام السفير البريطاني بالرباط."
STATEMENT = "وأشار البلاغ إلى أهمية التعاون الأمني بين البلدين."
SEED = f"{MEETING}\n{STATEMENT}\n"
EN = "translations/article/en.po"
POT = "translations/article/article.pot"


def msgfmt_check(path: Path) -> None:
    result = subprocess.run(["msgfmt", "-c", "-o", os.devnull, str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def project(make_project: ProjectFactory) -> Project:
    project = make_project(files={"seeds/article.txt": SEED})
    assert project.run("update").exit_code == 0
    return project


def update_twice(project: Project) -> None:
    """Update, then prove that a second update, a day later, changes nothing at all."""
    first = project.run("update")
    assert first.exit_code == 0, first.output
    before = project.files()
    project.monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(EPOCH) + 86400))
    second = project.run("update")
    project.monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    assert second.exit_code == 0, second.output
    assert project.files() == before, "a second update changed a file"


def make_plural(project: Project, msgid: str, forms: tuple[str, str]) -> None:
    """The translator turns ``msgid``'s entry into a plural one (as an editor would save it)."""
    text = project.read(EN)
    old = f'msgid "{msgid}"\nmsgstr ""\n'
    assert old in text
    new = f'msgid "{msgid}"\nmsgid_plural "{msgid} (many)"\nmsgstr[0] "{forms[0]}"\nmsgstr[1] "{forms[1]}"\n'
    project.write(EN, text.replace(old, new))


# --- plural translations ----------------------------------------------------------------------


@pytest.mark.requires_msgfmt
def test_plural_translation_of_a_singular_template_entry_is_kept_fuzzy(project: Project) -> None:
    make_plural(project, MEETING, ("one ambassador", "ambassadors"))
    update_twice(project)
    entry = next(e for e in load_po(project.path(EN)) if e.msgid == MEETING)
    assert entry.msgstr_plural == {0: "one ambassador", 1: "ambassadors"}
    assert entry.fuzzy and entry.previous_msgid_plural == f"{MEETING} (many)"
    msgfmt_check(project.path(EN))


@pytest.mark.requires_msgfmt
def test_plural_translation_is_kept_on_a_fuzzy_match(project: Project) -> None:
    make_plural(project, MEETING, ("one ambassador", "ambassadors"))
    project.write("seeds/article.txt", SEED.replace("البريطاني", "الفرنسي"))
    update_twice(project)
    po = load_po(project.path(EN))
    entry = next(e for e in po if e.msgid == MEETING.replace("البريطاني", "الفرنسي"))
    assert entry.msgstr_plural == {0: "one ambassador", 1: "ambassadors"}
    assert entry.fuzzy and entry.previous_msgid == MEETING
    msgfmt_check(project.path(EN))


def test_plural_translation_of_a_removed_sentence_is_kept_obsolete(project: Project) -> None:
    make_plural(project, MEETING, ("one ambassador", "ambassadors"))
    project.write("seeds/article.txt", f"{STATEMENT}\n")
    update_twice(project)
    entry = next(e for e in load_po(project.path(EN)) if e.msgid == MEETING)
    assert entry.obsolete and entry.msgstr_plural == {0: "one ambassador", 1: "ambassadors"}


# --- previous msgid of obsolete entries -------------------------------------------------------


@pytest.mark.requires_msgfmt
def test_previous_msgid_survives_obsolete_and_comes_back_with_the_sentence(project: Project) -> None:
    project.write(EN, project.read(EN).replace(f'msgid "{MEETING}"\nmsgstr ""', f'msgid "{MEETING}"\nmsgstr "The DG received the British ambassador."'))
    changed = MEETING.replace("البريطاني", "الفرنسي")
    project.write("seeds/article.txt", f"{changed}\n{STATEMENT}\n")
    update_twice(project)  # fuzzy, #| msgid MEETING
    project.write("seeds/article.txt", f"{STATEMENT}\n")
    update_twice(project)  # obsolete, #~| msgid MEETING
    assert f'#~| msgid "{MEETING}"' in project.read(EN)
    project.write("seeds/article.txt", f"{changed}\n{STATEMENT}\n")
    update_twice(project)  # revived: fuzzy again, with the text its translation was made for
    entry = next(e for e in load_po(project.path(EN)) if e.msgid == changed)
    assert not entry.obsolete and entry.fuzzy
    assert entry.previous_msgid == MEETING and entry.msgstr == "The DG received the British ambassador."
    msgfmt_check(project.path(EN))


# --- odd article names ------------------------------------------------------------------------


def test_seed_path_with_a_space_is_a_fixed_point(make_project: ProjectFactory) -> None:
    project = make_project(files={"seeds/my article.txt": SEED})
    update_twice(project)
    assert "#: seeds/my article.txt:1" in project.read("translations/my article/en.po")


@pytest.mark.parametrize("name", ["a\nb", "a\rb", "a\u2028b", "a\x00b", "a\x1cb"])
def test_line_break_in_an_article_name_is_refused_before_anything_is_written(
    make_project: ProjectFactory, name: str
) -> None:
    project = make_project(files={"seeds/article.txt": SEED})
    before = project.files()
    result = project.run("update", name)
    assert result.exit_code == 2
    assert "article name" in result.stderr and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert project.files() == before


def test_seed_file_with_a_line_break_in_its_name_is_refused(make_project: ProjectFactory) -> None:
    project = make_project(files={"seeds/article.txt": SEED, "seeds/bad\nname.txt": SEED})
    result = project.run("update")
    assert result.exit_code == 2 and "article name" in result.stderr
    assert not project.path("translations/bad\nname").exists()


# --- concurrent saves and runs ----------------------------------------------------------------

EDITOR_SAVE = """
import os, sys, tempfile
path, text = sys.argv[1], sys.argv[2]
fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path))
with os.fdopen(fd, "w", encoding="utf-8") as handle:
    handle.write(text)
os.replace(tmp, path)  # how editors save: a new file renamed over the old one
"""


def during_merge(monkeypatch: pytest.MonkeyPatch, action) -> list[object]:  # noqa: ANN001
    """Run ``action`` once, in the middle of ``tools update``: after every file is read, before any is written."""
    import tools.workflow.update as update_module

    real_merge = update_module.merge
    results: list[object] = []

    def merge_then_act(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if not results:
            results.append(action())
        return real_merge(*args, **kwargs)

    monkeypatch.setattr(update_module, "merge", merge_then_act)
    return results


def test_an_editor_save_during_update_is_kept_and_reported(project: Project) -> None:
    project.write("seeds/article.txt", SEED.replace("البريطاني", "الفرنسي"))
    saved = project.read(EN).replace(f'msgid "{STATEMENT}"\nmsgstr ""', f'msgid "{STATEMENT}"\nmsgstr "Saved by the editor."')
    save = [sys.executable, "-c", EDITOR_SAVE, str(project.path(EN)), saved]
    during_merge(project.monkeypatch, lambda: subprocess.run(save, check=True))
    result = project.run("update")
    assert result.exit_code == 2
    assert f"{EN}: changed on disk while this command ran" in result.stderr
    assert project.read(EN) == saved  # the translator's save survives
    project.monkeypatch.undo()
    project.monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    again = project.run("update")  # the next run merges the saved file
    assert again.exit_code == 0, again.output
    assert "Saved by the editor." in project.read(EN)


def test_a_second_update_while_one_runs_stops_at_once_and_writes_nothing(project: Project) -> None:
    project.write("seeds/article.txt", SEED.replace("البريطاني", "الفرنسي"))
    before = project.files()
    second = during_merge(project.monkeypatch, lambda: project.run_script("update"))
    first = project.run("update")
    assert first.exit_code == 0, first.output
    (other,) = second
    assert other.returncode == 2, other.stderr
    assert "another `tools update` is running" in other.stderr
    assert project.files() != before  # the first run did its work, unhindered


def test_symlinked_translation_stays_a_link_and_its_target_is_updated(project: Project, tmp_path: Path) -> None:
    shared = tmp_path / "shared" / "en.po"
    shared.parent.mkdir()
    shared.write_bytes(project.path(EN).read_bytes())
    project.path(EN).unlink()
    project.path(EN).symlink_to(shared)
    project.write("seeds/article.txt", SEED.replace("البريطاني", "الفرنسي"))
    update_twice(project)
    assert project.path(EN).is_symlink() and project.path(EN).resolve() == shared.resolve()
    assert "الفرنسي" in shared.read_text(encoding="utf-8")


def test_an_editor_save_during_pretranslate_is_kept_and_reported(project: Project) -> None:
    import tools.cli.pretranslate_cmd as pretranslate_module

    memory = project.read(EN).replace(f'msgid "{STATEMENT}"\nmsgstr ""', f'msgid "{STATEMENT}"\nmsgstr "Noted."')
    project.write("translations/other/en.po", memory)
    saved = project.read(EN).replace(f'msgid "{MEETING}"\nmsgstr ""', f'msgid "{MEETING}"\nmsgstr "Saved by the editor."')
    save = [sys.executable, "-c", EDITOR_SAVE, str(project.path(EN)), saved]
    real_fill = pretranslate_module.fill

    def fill_after_a_save(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if not project.path(EN).read_text(encoding="utf-8") == saved:
            subprocess.run(save, check=True)
        return real_fill(*args, **kwargs)

    project.monkeypatch.setattr(pretranslate_module, "fill", fill_after_a_save)
    result = project.run("pretranslate", "article")
    assert result.exit_code == 2, result.output
    assert "changed on disk while this command ran" in result.stderr
    assert project.read(EN) == saved
