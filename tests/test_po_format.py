"""The PO format layer held against GNU msgfmt: what it accepts, what it means, what we write.

* Reader: every case of :mod:`po_corpus` gets the verdict the table gives,
  and the table agrees with ``msgfmt -c`` itself; C escapes mean what msgfmt
  makes of them (checked by decoding the MO file msgfmt writes).
* Writer: a hypothesis round trip over arbitrary Unicode text (every plane,
  controls, line and paragraph separators; no NUL, U+0004 or lone
  surrogates, which no PO file can hold): what we write we read back
  unchanged, ``msgfmt -c`` accepts it, and its MO file holds the same text.
* Compiler: our MO bytes are msgfmt's (``--no-hash``).
"""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from po_corpus import CASES, WHY
from tools.errors import InputError
from tools.units.mo import messages, mo_bytes
from tools.units.po import load_po, read_po_text, render_po, save_po, template_header

from conftest import MSGFMT


def msgfmt(path: Path, *options: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(MSGFMT), *options, str(path)], capture_output=True, check=False)


def mo_pairs(data: bytes) -> dict[bytes, bytes]:
    """Original -> translation of an MO file (little-endian, as both writers make them)."""
    magic, _revision, count, originals, translations = struct.unpack("<5I", data[:20])
    assert magic == 0x950412DE
    pairs = {}
    for index in range(count):
        length, offset = struct.unpack("<2I", data[originals + 8 * index : originals + 8 * index + 8])
        t_length, t_offset = struct.unpack("<2I", data[translations + 8 * index : translations + 8 * index + 8])
        pairs[data[offset : offset + length]] = data[t_offset : t_offset + t_length]
    return pairs


# --- reader: the malformed-input corpus ----------------------------------------------------------------


@pytest.mark.parametrize(("name", "data", "verdict"), CASES, ids=[case[0] for case in CASES])
def test_reader_gives_the_verdict_of_the_table(tmp_path: Path, name: str, data: bytes, verdict: str) -> None:
    path = tmp_path / f"{name}.po"
    path.write_bytes(data)
    if verdict in ("accept", "laxer"):
        load_po(path, allow_empty=True)
        return
    with pytest.raises(InputError) as refused:
        load_po(path, allow_empty=True)
    assert refused.value.path == str(path)
    assert refused.value.line is not None and refused.value.line >= 1
    assert "\n" not in str(refused.value)


@pytest.mark.requires_msgfmt
@pytest.mark.parametrize(("name", "data", "verdict"), CASES, ids=[case[0] for case in CASES])
def test_the_table_says_what_msgfmt_says(tmp_path: Path, name: str, data: bytes, verdict: str) -> None:
    path = tmp_path / f"{name}.po"
    path.write_bytes(data)
    result = msgfmt(path, "-c", "-o", str(tmp_path / "out.mo"))
    assert (result.returncode == 0) == (verdict in ("accept", "stricter")), result.stderr.decode()


def test_every_departure_from_msgfmt_is_explained() -> None:
    assert {name for name, _data, verdict in CASES if verdict in ("stricter", "laxer")} == set(WHY)


# --- reader: escapes ---------------------------------------------------------------------------------

#: String literal body -> the text msgfmt makes of it.
ESCAPES = [
    (r"Home\x70ress \101\a", "Homepress A\a"),
    (r"\a\b\f\n\r\t\v\\\"", "\a\b\f\n\r\t\v\\\""),
    (r"\1010", "A0"),  # octal stops after three digits
    (r"\x4142", "B"),  # hexadecimal takes every digit; the byte is the low 8 bits
    (r"\x41b", "\x1b"),
    (r"\330\247\331\204", "ال"),  # bytes of UTF-8: Arabic alif, lam
    (r"\xe2\x80\xa8", "\u2028"),
    (r"no escape: \u2028 stays", None),  # \u is not a PO escape: refused, as by msgfmt
]


@pytest.mark.parametrize(("body", "expected"), ESCAPES)
def test_c_escapes_mean_what_msgfmt_makes_of_them(tmp_path: Path, body: str, expected: str | None) -> None:
    path = tmp_path / "escapes.po"
    path.write_text(f'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "x"\nmsgstr "{body}"\n', "utf-8")
    if expected is None:
        with pytest.raises(InputError, match="invalid escape sequence"):
            load_po(path)
        return
    assert load_po(path)[0].msgstr == expected
    if MSGFMT is not None:
        assert msgfmt(path, "-o", str(tmp_path / "e.mo")).returncode == 0
        assert mo_pairs((tmp_path / "e.mo").read_bytes())[b"x"] == expected.encode("utf-8")


def test_lines_end_at_line_feed_only(tmp_path: Path) -> None:
    text = "note\u2028with\u2029every\x85separator\x1cof\x1dunicode\x1e\rand\x0bcontrols\x0c"
    po = read_po_text("x.po", f'msgid "a"\nmsgstr ""\n\n# {text}\nmsgid "{text}"\nmsgstr "{text}"\n')
    assert (po[1].tcomment, po[1].msgid, po[1].msgstr) == (text.rstrip("\x0c"), text, text)


# --- writer: round trip through our reader and msgfmt ---------------------------------------------------

#: Characters a writer gets wrong most often, mixed into arbitrary text.
AWKWARD = [*"\n\r\t\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029\\\"\x07\x08\x1b\x7f\ufeff #~|:,.%[]ـأ\u200f"]
AWKWARD += ["\U0001f600", "\U000e0001", "\\x41", "\\101", '"\n#~ msgid "', "\r\n", " " * 80]
PIECE = st.one_of(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\x04"), st.sampled_from(AWKWARD))
TEXT = st.lists(PIECE, max_size=60).map("".join)


def _like(msgid: str, text: str) -> str:
    """``text`` with msgid's leading and trailing newline, as ``msgfmt -c`` requires of a translation."""
    if not text:
        return text
    core = text.strip("\n") or "x"
    return ("\n" if msgid.startswith("\n") else "") + core + ("\n" if msgid.endswith("\n") else "")


@st.composite
def entries(draw: st.DrawFn) -> polib.POEntry:
    msgid = draw(TEXT.filter(bool))
    context = draw(st.one_of(st.none(), TEXT))
    if draw(st.booleans()):
        return polib.POEntry(msgctxt=context, msgid=msgid, msgstr=_like(msgid, draw(TEXT)))
    plural = _like(msgid, draw(TEXT) or "s")
    first = _like(msgid, draw(TEXT))
    second = _like(msgid, draw(TEXT) or "x") if first else ""
    return polib.POEntry(msgctxt=context, msgid=msgid, msgid_plural=plural, msgstr_plural={0: first, 1: second})


def catalog(items: list[polib.POEntry]) -> polib.POFile:
    po = polib.POFile(wrapwidth=78)
    po.metadata = {**template_header("roundtrip", "2026-01-01 00:00+0000"), "Language": "en"}
    po.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    po.metadata["PO-Revision-Date"] = "2026-01-01 00:00+0000"
    po.metadata["Last-Translator"] = po.metadata["Language-Team"] = "T <t@example.org>"
    po.extend(items)
    return po


def fields(entry: polib.POEntry) -> tuple[object, ...]:
    return (entry.msgctxt, entry.msgid, entry.msgid_plural, entry.msgstr, entry.msgstr_plural)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(entries(), min_size=1, max_size=5, unique_by=lambda e: (e.msgctxt, e.msgid)))
def test_what_we_write_we_and_msgfmt_read_back_unchanged(tmp_path: Path, items: list[polib.POEntry]) -> None:
    po = catalog(items)
    text = render_po(po)
    assert [fields(e) for e in read_po_text("x.po", text)] == [fields(e) for e in items]
    if MSGFMT is None:
        return
    path = tmp_path / "roundtrip.po"
    path.write_text(text, "utf-8")
    result = msgfmt(path, "-c", "--no-hash", "-o", str(tmp_path / "roundtrip.mo"))
    assert result.returncode == 0, result.stderr.decode()
    theirs = (tmp_path / "roundtrip.mo").read_bytes()
    assert mo_pairs(theirs) == dict(messages(load_po(path)))
    assert mo_bytes(messages(load_po(path))) == theirs


@pytest.mark.parametrize("bad", ["\x00", "\x04"])
def test_writer_refuses_text_no_po_file_can_hold_and_leaves_the_file_alone(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "en.po"
    path.write_text("# untouched\n", "utf-8")
    po = catalog([polib.POEntry(msgid="a", msgstr=f"b{bad}c")])
    with pytest.raises(InputError, match="not written: the result would not be valid PO"):
        save_po(po, path)
    assert path.read_text("utf-8") == "# untouched\n"


# --- compiler -------------------------------------------------------------------------------------


@pytest.mark.requires_msgfmt
def test_mo_file_is_byte_for_byte_msgfmts(tmp_path: Path) -> None:
    repository = Path(__file__).resolve().parents[1]
    for path in sorted(repository.glob("translations/*/en.po")) + [repository / "glossary" / "ar-en.po"]:
        out = tmp_path / "msgfmt.mo"
        assert msgfmt(path, "--no-hash", "-o", str(out)).returncode == 0
        assert mo_bytes(messages(load_po(path))) == out.read_bytes(), path
