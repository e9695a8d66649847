"""The article template (POT): golden output, gettext validity, stability."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import polib
import pytest

from conftest import EPOCH, REPO, ProjectFactory
from tools.config import load_config
from tools.errors import InputError
from tools.units.po import load_po
from tools.text.segment import Sentence, segment_text
from tools.workflow.template import build_template, write_template

SEED = REPO / "seeds" / "hammouchi-ahlgren.txt"
GOLDEN = REPO / "tests" / "golden" / "hammouchi-ahlgren.pot"
ARTICLE = "hammouchi-ahlgren"


@pytest.fixture
def project(make_project: ProjectFactory) -> Path:
    """A project with the seed article; the cwd is elsewhere to prove nothing depends on it."""
    project = make_project(seeds=[ARTICLE])
    project.path("translations").rmdir()  # so a test can tell that nothing was written
    return project.root


def write(project: Path) -> tuple[Path, bool]:
    return write_template(load_config(project), ARTICLE)


def test_template_matches_golden_file(project: Path) -> None:
    path, changed = write(project)
    assert changed
    assert path == project / "translations" / ARTICLE / f"{ARTICLE}.pot"
    assert path.read_text(encoding="utf-8") == GOLDEN.read_text(encoding="utf-8")


@pytest.mark.requires_msgfmt
def test_template_passes_msgfmt_check(project: Path) -> None:
    path, _ = write(project)
    result = subprocess.run(
        ["msgfmt", "-c", "-o", os.devnull, str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr


def test_template_has_one_entry_per_seed_unit_with_line_references(project: Path) -> None:
    path, _ = write(project)
    po = load_po(path)
    assert len(po) == 8
    assert po[0].msgid == "هومبريس"
    assert [e.occurrences for e in po] == [
        [("seeds/hammouchi-ahlgren.txt", str(line))] for line in range(2, 10)
    ]
    assert all(e.msgstr == "" for e in po)


def test_template_header(project: Path) -> None:
    po = load_po(write(project)[0])
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert po.metadata["Content-Transfer-Encoding"] == "8bit"
    assert po.metadata["Project-Id-Version"] == ARTICLE
    assert po.metadata["POT-Creation-Date"] == "2026-01-01 00:00+0000"


def test_second_run_changes_no_byte_and_keeps_mtime(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = write(project)
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(EPOCH) + 86400))  # a day later
    assert write(project) == (path, False)
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime


def test_changed_article_gets_new_creation_date(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = write(project)
    seed = project / "seeds" / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8") + "\nجملة جديدة.", encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(EPOCH) + 86400))
    assert write(project) == (path, True)
    po = load_po(path)
    assert po.metadata["POT-Creation-Date"] == "2026-01-02 00:00+0000"
    assert po[-1].occurrences == [("seeds/hammouchi-ahlgren.txt", "10")]


def test_identical_sentences_share_one_entry_with_all_references() -> None:
    units = segment_text("العنوان\nشكرا. مرحبا.\n\nشكرا.")
    po = build_template("a", units, "seeds/a.txt")
    assert [(e.msgid, e.occurrences) for e in po] == [
        ("العنوان", [("seeds/a.txt", "1")]),
        ("شكرا.", [("seeds/a.txt", "2"), ("seeds/a.txt", "4")]),
        ("مرحبا.", [("seeds/a.txt", "2")]),
    ]


def test_previous_template_with_other_entries_does_not_keep_its_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    previous = polib.POFile()
    previous.metadata = {"POT-Creation-Date": "2020-01-01 00:00+0000"}
    previous.append(polib.POEntry(msgid="قديم.", msgstr="", occurrences=[("seeds/a.txt", "1")]))
    po = build_template("a", [Sentence("جديد.", 1, 0)], "seeds/a.txt", previous)
    assert po.metadata["POT-Creation-Date"] == "2026-01-01 00:00+0000"


def test_output_elsewhere(project: Path) -> None:
    target = project / "out" / "x.pot"
    path, changed = write_template(load_config(project), ARTICLE, target)
    assert (path, changed) == (target, True)
    assert not (project / "translations").exists()


def test_unreadable_old_template_is_replaced(project: Path) -> None:
    target = project / "translations" / ARTICLE / f"{ARTICLE}.pot"
    target.parent.mkdir(parents=True)
    target.write_text('msgid "unterminated\n', encoding="utf-8")
    assert write(project) == (target, True)
    assert target.read_text(encoding="utf-8") == GOLDEN.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b" \n\t\n", "empty"),
        ("\u200b\u200f\n\ufeff".encode(), "no text"),
        (b"\xd8\xa7\xff", "UTF-8"),
    ],
    ids=["empty", "whitespace-only", "invisible-only", "not-utf8"],
)
def test_bad_source_raises_and_writes_nothing(project: Path, content: bytes, message: str) -> None:
    (project / "seeds" / SEED.name).write_bytes(content)
    with pytest.raises(InputError, match=message):
        write(project)
    assert not (project / "translations").exists()


def test_missing_source_raises(project: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        write_template(load_config(project), "absent")
