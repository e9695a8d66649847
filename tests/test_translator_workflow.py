"""The translator's loop end to end: update, pretranslate, update again, review.

Each command is tested alone elsewhere; this checks that they leave each
other's work alone: hints written by ``update`` survive ``pretranslate``, the
memory's comments, fuzzy flags and previous msgids survive the next
``update``, and every file passes ``msgfmt -c``.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from conftest import ProjectFactory
from tools.cli import cli
from tools.workflow.hints import PREFIX

GLOSSARY = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgctxt "concept"
msgid "بلاغ"
msgstr "statement"
"""

PAST = (
    "وأشار البلاغ إلى أن المسؤول البريطاني أشاد بالدور المهم الذي تنهض به مصالح الأمن المغربية.\n"
    "وانتهت الزيارة أمس.\n"
)
PAST_EN = [
    "The statement noted that the British official praised the important role of the Moroccan "
    "security services.",
    "The visit ended yesterday.",
]
NEW = (
    "وأشار البلاغ إلى أن المسؤول الإسباني أشاد بالدور المهم الذي تنهض به مصالح الأمن المغربية.\n"
    "وانتهت الزيارة أمس.\n"
    "ويصل الوفد غدا.\n"
)


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def project(make_project: ProjectFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project whose past article is translated and whose new article is not yet updated."""
    root = make_project(files={"glossary/ar-en.po": GLOSSARY, "seeds/past.txt": PAST}).root
    monkeypatch.chdir(root)
    run("update", "past")
    path = root / "translations" / "past" / "en.po"
    po = polib.pofile(str(path))
    for entry, english in zip(po, PAST_EN, strict=True):
        entry.msgstr = english
    po.save(str(path))
    (root / "seeds" / "new.txt").write_text(NEW, encoding="utf-8")
    return root


@pytest.mark.requires_msgfmt
def test_update_pretranslate_update_keeps_everything_and_settles(project: Path) -> None:
    run("update", "new")
    output = run("pretranslate", "new", "--lang", "en")
    assert "1 exact, 1 fuzzy, 1 left untranslated" in output
    path = project / "translations" / "new" / "en.po"
    after_pretranslate = path.read_bytes()

    output = run("update", "new")
    assert "unchanged translations/new/en.po" in output
    assert path.read_bytes() == after_pretranslate

    po = polib.pofile(str(path))
    fuzzy = po[0]
    assert "fuzzy" in fuzzy.flags
    assert fuzzy.previous_msgid.startswith("وأشار البلاغ إلى أن المسؤول البريطاني")
    assert fuzzy.tcomment.startswith("memory: ") and "translations/past/en.po" in fuzzy.tcomment
    assert fuzzy.comment.startswith(PREFIX + "بلاغ → statement")
    assert po[1].msgstr == "The visit ended yesterday." and not po[1].flags
    assert po[2].msgstr == ""

    check = subprocess.run(
        ["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stderr


def test_review_page_of_a_pretranslated_article(project: Path) -> None:
    run("update", "new")
    run("pretranslate", "new", "--lang", "en")
    output = run("report", "new", "--lang", "en", "-o", "review.html")
    assert output.startswith("wrote: review.html (3 units: 1 translated, 1 fuzzy, 1 untranslated;")
    page = (project / "review.html").read_text("utf-8")
    assert 'data-state="fuzzy"' in page and "memory: " in page and "<del>" in page
