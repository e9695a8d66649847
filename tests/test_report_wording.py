"""Review page wording: plurals, no state repeated as a finding, progress in units and words as
``tools stats`` counts them, suppressions shown as what they are."""

from __future__ import annotations

import json
import re
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner
from report_project import make_project

from tools.cli import cli
from tools.units.po import render_po

MISSING_TERM = "المديرية العامة للأمن الوطني"


def _page(root: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(root)
    result = CliRunner().invoke(cli, ["report", "demo", "-o", "review.html"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return (root / "review.html").read_text("utf-8")


def _text(html: str) -> str:
    """The page's words, tags removed and spaces collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _edit(po_path: Path, index: int, change) -> None:  # noqa: ANN001
    po = polib.pofile(str(po_path), wrapwidth=78)
    change([e for e in po if e.msgid][index])
    po_path.write_text(render_po(po), encoding="utf-8")


def test_counts_have_english_plurals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_project(tmp_path)
    text = _text(_page(tmp_path, monkeypatch))
    assert "1 forbidden rendering used" in text
    assert "renderings used" not in text.replace("1 forbidden rendering used", "")
    assert "in 3 of 4 units" in text
    for severity in ("error", "warning"):
        count, word = re.search(rf"\b(\d+) ({severity}s?)\b", text).groups()  # type: ignore[union-attr]
        assert word == (severity if count == "1" else severity + "s")


def test_an_untranslated_unit_does_not_say_untranslated_twice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_project(tmp_path)
    text = _text(_page(tmp_path, monkeypatch))
    assert "untranslated not translated" not in text
    assert "not translated" not in text
    assert "fuzzy translation needs review" not in text  # the unit's fuzzy badge says it


def test_progress_is_stated_in_units_and_words_like_tools_stats(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_project(tmp_path)
    text = _text(_page(tmp_path, monkeypatch))
    stats = CliRunner().invoke(cli, ["stats", "--format", "json"], catch_exceptions=False)
    total = json.loads(stats.stdout)["total"]
    words, units = total["translated"]["words"], total["translated"]["units"]
    all_words = sum(total[s]["words"] for s in ("translated", "fuzzy", "untranslated"))
    all_units = sum(total[s]["units"] for s in ("translated", "fuzzy", "untranslated"))
    assert f"{words} of {all_words} Arabic words and {units} of {all_units} units" in text
    assert f"{100 * words / all_words:.0f}% of the words" in text
    assert f"({100 * units / all_units:.0f}%)" in text


def test_suppressions_are_shown_as_suppressions_not_raw_comments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    po_path = make_project(tmp_path)

    def suppress(entry: polib.POEntry) -> None:
        entry.flags.append("ignore-forbidden-term")
        entry.tcomment = f"tarjuman: ignore missing-term {MISSING_TERM}\nchecked with the desk"

    _edit(po_path, 1, suppress)
    html = _page(tmp_path, monkeypatch)
    text = _text(html)
    assert "suppressed forbidden-term" in text
    assert f"suppressed missing-term for {MISSING_TERM}" in text
    notes = " ".join(re.findall(r'<p class="note">(.*?)</p>', html, re.S))
    assert "checked with the desk" in notes  # an ordinary note stays a note
    assert "tarjuman:" not in notes and "ignore-" not in _text(html.split("<style>")[0] + html.split("</style>")[-1])
