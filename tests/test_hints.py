"""Glossary hints in PO files: refreshed, never duplicated, nothing else touched."""

from __future__ import annotations

import subprocess
import tempfile
import textwrap
from pathlib import Path

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossaries import DGSN_TERMS, glossary_po
from tools.glossary.load import load_glossary
from tools.glossary.match.arabic import SourceMatcher
from tools.workflow.hints import PREFIX, WIDTH, hint_lines, refresh_hints, without_hints
from tools.units.po import load_po, render_po

TERMS = glossary_po(
    "#. Morocco's national police. Full name on first mention, DGSN afterwards.\n"
    "#. source: DGSN website.\n" + DGSN_TERMS
)

ARTICLE = textwrap.dedent(
    """\
    msgid ""
    msgstr ""
    "Language: en\\n"
    "MIME-Version: 1.0\\n"
    "Content-Type: text/plain; charset=UTF-8\\n"
    "Content-Transfer-Encoding: 8bit\\n"
    "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

    # Translator: keep the acronym after the first mention.
    #. Headline of the press release.
    #: seeds/demo.txt:1
    #, fuzzy
    msgid "المديرية العامة للأمن الوطني تستقبل وفدا من المملكة المتحدة"
    msgstr "The DGSN receives a delegation from the UK"

    #: seeds/demo.txt:2
    msgid "ووصل الوفد للمملكة المتحدة و المديرية العامة للأمن الوطني والمديرية العامة للأمن الوطني."
    msgstr ""

    #: seeds/demo.txt:3
    msgid "وانتهت الزيارة أمس."
    msgstr "The visit ended yesterday."
    """
)


def matcher_for(text: str, tmp_path: Path) -> SourceMatcher:
    path = tmp_path / "glossary.po"
    path.write_text(text, encoding="utf-8")
    return SourceMatcher(load_glossary([path]).terms)


def article(tmp_path: Path) -> polib.POFile:
    path = tmp_path / "en.po"
    path.write_text(ARTICLE, encoding="utf-8")
    return load_po(path)


def reload(po: polib.POFile, tmp_path: Path) -> polib.POFile:
    """Write and read back, as the next command would."""
    path = tmp_path / "round.po"
    path.write_text(render_po(po), encoding="utf-8")
    return load_po(path)


def hints_of(entry: polib.POEntry) -> list[str]:
    return [line for line in entry.comment.split("\n") if line.startswith(PREFIX)]


def test_each_term_found_gets_one_hint_in_reading_order(tmp_path: Path) -> None:
    po = article(tmp_path)
    refresh_hints(po, matcher_for(TERMS, tmp_path))
    headline, body, plain = po[0], po[1], po[2]
    assert [h.split(" → ")[0] for h in hints_of(headline)] == [
        PREFIX + "المديرية العامة للأمن الوطني",
        PREFIX + "المملكة المتحدة",
    ]
    # The term occurs twice in the body (with a detached and an attached و): one hint.
    assert [h.split(" → ")[0] for h in hints_of(body)] == [
        PREFIX + "المملكة المتحدة",
        PREFIX + "المديرية العامة للأمن الوطني",
    ]
    assert hints_of(plain) == []


def test_hint_lists_renderings_category_forbidden_and_note_but_not_source(tmp_path: Path) -> None:
    po = article(tmp_path)
    refresh_hints(po, matcher_for(TERMS, tmp_path))
    text = " ".join(line.strip() for line in po[0].comment.split("\n"))
    assert "Directorate General of National Security | DGSN [agency]" in text
    assert "avoid: General Directorate of National Security" in text
    assert "note: Morocco's national police. Full name on first mention, DGSN afterwards." in text
    assert "DGSN website" not in text


def test_hints_fit_the_line_so_polib_never_rewraps_them(tmp_path: Path) -> None:
    po = article(tmp_path)
    refresh_hints(po, matcher_for(TERMS, tmp_path))
    assert all(len(line) <= WIDTH for line in po[0].comment.split("\n"))
    assert reload(po, tmp_path)[0].comment == po[0].comment


def test_translator_comments_flags_translations_and_other_comments_untouched(
    tmp_path: Path,
) -> None:
    po = article(tmp_path)
    before = [(e.tcomment, list(e.flags), e.msgstr, e.occurrences) for e in po]
    refresh_hints(po, matcher_for(TERMS, tmp_path))
    assert [(e.tcomment, list(e.flags), e.msgstr, e.occurrences) for e in po] == before
    assert po[0].comment.split("\n")[0] == "Headline of the press release."


def test_second_refresh_changes_no_byte(tmp_path: Path) -> None:
    matcher = matcher_for(TERMS, tmp_path)
    po = article(tmp_path)
    refresh_hints(po, matcher)
    first = render_po(po)
    again = reload(po, tmp_path)
    assert refresh_hints(again, matcher) == 0
    assert render_po(again) == first


def test_term_removed_from_glossary_disappears_from_hints(tmp_path: Path) -> None:
    po = article(tmp_path)
    refresh_hints(po, matcher_for(TERMS, tmp_path))
    po = reload(po, tmp_path)
    without_country = TERMS.split('msgctxt "country"')[0]
    changed = refresh_hints(po, matcher_for(without_country, tmp_path))
    assert changed == 2
    assert all("المملكة المتحدة →" not in line for e in po for line in hints_of(e))
    assert [h.split(" → ")[0] for h in hints_of(po[0])] == [PREFIX + "المديرية العامة للأمن الوطني"]
    assert po[0].comment.split("\n")[0] == "Headline of the press release."


def test_changed_rendering_replaces_the_old_hint(tmp_path: Path) -> None:
    po = article(tmp_path)
    refresh_hints(po, matcher_for(TERMS, tmp_path))
    po = reload(po, tmp_path)
    refresh_hints(po, matcher_for(TERMS.replace('"United Kingdom"', '"UK"'), tmp_path))
    hints = [h for h in hints_of(po[0]) if "المملكة المتحدة" in h]
    assert hints == [PREFIX + "المملكة المتحدة → UK [country]"]


def test_only_our_lines_are_recognised_as_hints() -> None:
    comment = "Headline.\nglossary: old → Old\n  continued\nlater note"
    assert without_hints(comment) == ["Headline.", "later note"]


def test_long_hint_wraps_with_continuation_marker(tmp_path: Path) -> None:
    matcher = matcher_for(TERMS, tmp_path)
    term = matcher.find("المديرية العامة للأمن الوطني")[0].term
    lines = hint_lines(term)
    assert len(lines) > 1
    assert lines[0].startswith(PREFIX)
    assert all(line.startswith("  ") for line in lines[1:])


@pytest.mark.requires_msgfmt
def test_po_with_hints_passes_msgfmt(tmp_path: Path) -> None:
    po = article(tmp_path)
    refresh_hints(po, matcher_for(TERMS, tmp_path))
    path = tmp_path / "checked.po"
    path.write_text(render_po(po), encoding="utf-8")
    result = subprocess.run(
        ["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


other_lines = st.lists(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=30)
    .map(str.strip)
    .filter(lambda line: line and not line.startswith(PREFIX.strip())),
    max_size=4,
)


@settings(max_examples=60, deadline=None)
@given(other_lines)
def test_refresh_keeps_other_comments_in_order_and_is_idempotent(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp_path = Path(folder)
        matcher = matcher_for(TERMS, tmp_path)
        po = article(tmp_path)
        po[0].comment = "\n".join(lines)
        refresh_hints(po, matcher)
        again = reload(po, tmp_path)
        assert refresh_hints(again, matcher) == 0
        assert without_hints(again[0].comment) == lines
        assert len(hints_of(again[0])) == 2
