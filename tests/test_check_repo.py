"""The repository's own translation and glossary: clean as committed, and errors injected into a copy are caught.

Whatever the English of translations/hammouchi-ahlgren/en.po says, a
translation that passes must contain the only approved rendering of some
terms ("World Cup", "Vice Admiral") and every year of the source, so the
injections below replace exactly those and expect exactly one kind of
finding each.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from check_project import CheckProject, entries
from tools.check import engine
from tools.check.settings import CliOptions, resolve
from tools.config import load_config
from tools.check.findings import Severity
from tools.units.po import load_po, render_po

REPO = Path(__file__).resolve().parent.parent
TRANSLATION = "translations/hammouchi-ahlgren/en.po"


def test_repository_translation_has_no_findings() -> None:
    config = load_config(REPO)
    result = engine.run(config, resolve(config, CliOptions()), [REPO / TRANSLATION])
    assert [f for f in result.findings if f.path == TRANSLATION] == []
    assert result.failing(Severity.ERROR) == []
    assert result.files == (TRANSLATION,)


def test_every_repository_translation_passes_together() -> None:
    """The whole corpus, as CI runs it: consistency across articles included."""
    config = load_config(REPO)
    result = engine.run(config, resolve(config, CliOptions()), jobs=2)
    assert [f for f in result.findings if f.path.startswith("translations/")] == []
    assert TRANSLATION in result.files and len(result.files) >= 4


@pytest.fixture
def copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CheckProject:
    """A project holding copies of the repository's translation and glossary."""
    root = tmp_path / "project"
    root.mkdir()
    monkeypatch.chdir(root)
    project = CheckProject(root)
    shutil.copy(REPO / TRANSLATION, root / "translations/hammouchi-ahlgren/en.po")
    (root / "glossary" / "ar-en.po").unlink()
    for glossary in sorted((REPO / "glossary").glob("*.po")):
        shutil.copy(glossary, root / "glossary" / glossary.name)
    return project


def _change(project: CheckProject, arabic: str, old: str, new: str) -> int:
    """Replace ``old`` by ``new`` in the translation of the entry whose msgid has ``arabic``."""
    path = project.path()
    po = load_po(path)
    (entry,) = [e for e in po if arabic in e.msgid]
    assert old in entry.msgstr, f"{old!r} not in {entry.msgstr!r}"
    entry.msgstr = entry.msgstr.replace(old, new, 1)
    path.write_text(render_po(po), "utf-8")
    (changed,) = [e for e in entries(path) if arabic in e.msgid]
    return changed.linenum


def _translation_findings(project: CheckProject) -> list[tuple[str, int, str | None]]:
    return [t for t in project.check().triples() if not t[0].startswith("glossary-")]


def test_copy_is_clean(copy: CheckProject) -> None:
    assert _translation_findings(copy) == []


@pytest.mark.parametrize(
    ("arabic", "old", "new", "code", "term"),
    [
        ("كأس العالم 2030", "World Cup", "World Glass", "forbidden-term", "كأس العالم"),
        ("نائب الأميرال", "Vice Admiral", "Deputy Admiral", "forbidden-term", "نائب الأميرال"),
        ("في سنة 2028", "2028", "2029", "number-mismatch", None),
        ("سيمون مارتان", "Simon Martin", "Simon Martan", "forbidden-term", "سيمون مارتان"),
    ],
    ids=["calque", "rank-calque", "year", "misspelt-name"],
)
def test_injected_error_in_the_repository_translation(copy: CheckProject, arabic, old, new, code, term) -> None:
    line = _change(copy, arabic, old, new)
    found = _translation_findings(copy)
    assert (code, line, term) in found
    assert {c for c, _, _ in found} <= {code, "missing-term", "number-added"}
    assert all(at == line for _, at, _ in found)


def test_bidi_override_injected_into_the_repository_translation(copy: CheckProject) -> None:
    line = _change(copy, "هومبريس", "Homepress", "\u202eHomepress")
    (finding,) = [f for f in copy.check().json()["findings"] if f["code"] == "invisible-char"]
    assert (finding["line"], finding["severity"], finding["found"]) == (line, "error", "U+202E")
