"""The fast PO reader gives exactly the strict reader's units, or exactly its error.

:mod:`tools.units.po_fast` reads the common shapes of PO files with one
regular expression and sends everything else to the strict reader. Whatever
the input, the two must agree: the same units (every field, the msgid line
included) and the same target language, or the same error at the same line.
The inputs: generated PO texts (hypothesis: escapes, plurals, contexts,
obsolete entries, previous msgids, flags, comments of every kind, headers
with and without plural rules, CRLF), the same texts broken by a line
deleted, repeated or inserted, every case of :mod:`po_corpus`, every PO and
POT file of the repository and of ``tests/data``, and each of them read in
pieces so small that every boundary falls somewhere.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from po_corpus import CASES
from tools.errors import InputError
from tools.units.po_fast import FastPo
from tools.units.readers import po_reader, read_po_strictly

REPO = Path(__file__).resolve().parents[1]
WHERE = "t.po"


def strict(data: bytes) -> object:
    try:
        document = read_po_strictly(data, WHERE, WHERE)
    except InputError as error:
        return ("error", error.path, error.line, error.message)
    return (document.target_language, document.units)


def fast(data: bytes, piece: int | None = None) -> tuple[object, FastPo]:
    reader = po_reader(WHERE, WHERE, data)
    if piece is not None:
        view = memoryview(data)
        reader = FastPo(
            WHERE, WHERE, lambda: (view[i : i + piece] for i in range(0, len(view), piece)), lambda: data,
            reader._strict,
        )
    try:
        units = tuple(reader)
    except InputError as error:
        return ("error", error.path, error.line, error.message), reader
    return (reader.language, units), reader


def assert_same(data: bytes, piece: int | None = None) -> FastPo:
    expected = strict(data)
    got, reader = fast(data, piece)
    assert got == expected
    return reader


# --- generated PO texts -------------------------------------------------------------------

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى"
TEXT = st.text(
    alphabet=st.sampled_from(
        list(ARABIC) + list("abc XYZ019.,:;!?'") + ['"', "\\", "\n", "\t", "\r", "\u2028", "\u064e", "\u0640", "#"]
    ),
    max_size=40,
)
#: Characters written as a numeric escape (octal or hexadecimal) now and then.
NUMERIC = {"A": ("\\101", "\\x41"), "0": ("\\60", "\\x30"), "\n": ("\\12", "\\xa")}


def escaped(text: str, draw: st.DrawFn) -> str:
    out = []
    for char in text:
        if char in NUMERIC and draw(st.integers(0, 4)) == 0:
            out.append(draw(st.sampled_from(NUMERIC[char])))
        elif char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append(draw(st.sampled_from(["\\t", "\t"])))
        elif char == "\r":
            out.append("\\r")
        else:
            out.append(char)
    return "".join(out)


def field(draw: st.DrawFn, keyword: str, text: str, prefix: str) -> list[str]:
    """``keyword "..."`` lines: one string, or wrapped over continuation lines at escape boundaries."""
    pieces = [escaped(part, draw) for part in split(draw, text)]
    if len(pieces) > 1 and draw(st.booleans()):
        pieces.insert(0, "")
    blanks = draw(st.sampled_from(["", "", "", " ", "\t"]))
    lines = [f'{prefix}{keyword} "{pieces[0]}"{blanks}']
    lines += [f'{prefix}"{piece}"' for piece in pieces[1:]]
    return lines


def split(draw: st.DrawFn, text: str) -> list[str]:
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=3))))
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in pairwise(bounds)] or [""]


@st.composite
def entries(draw: st.DrawFn, index: int) -> list[str]:
    obsolete = draw(st.integers(0, 5)) == 0
    prefix = "#~ " if obsolete else ""
    lines = []
    for _ in range(draw(st.integers(0, 2))):
        lines.append("#" + draw(st.sampled_from([" ", "", "\t"])) + draw(st.text(alphabet="ab \u2028\r", max_size=6)))
    for _ in range(draw(st.integers(0, 1))):
        lines.append("#." + draw(st.sampled_from([" ", ""])) + draw(st.text(alphabet="cd ", max_size=6)))
    for _ in range(draw(st.integers(0, 1))):
        lines.append("#: seeds/a.txt:" + str(draw(st.integers(1, 9))))
    if draw(st.booleans()):
        lines.append("#, " + ", ".join(draw(st.lists(st.sampled_from(["fuzzy", "c-format", "", " x "]), max_size=3))))
    if lines and draw(st.integers(0, 4)) == 0:  # blank lines mean nothing to msgfmt, even among comments
        lines.insert(draw(st.integers(1, len(lines))), draw(st.sampled_from(["", " ", "\t"])))
    plural = draw(st.integers(0, 4)) == 0
    if draw(st.integers(0, 3)) == 0:
        mark = draw(st.sampled_from(["#| ", "#~| "]))
        if draw(st.booleans()):
            lines += field(draw, "msgctxt", draw(TEXT), mark)
        lines += field(draw, "msgid", draw(TEXT), mark)
        if draw(st.booleans()):
            lines += field(draw, "msgid_plural", draw(TEXT), mark)
    if draw(st.integers(0, 3)) == 0:
        lines += field(draw, "msgctxt", draw(TEXT), prefix)
    # Mostly distinct msgids, so that most texts are valid; now and then a repeat or an edge.
    msgid = draw(TEXT) + f" {index}" if draw(st.integers(0, 19)) else draw(st.sampled_from(["", "\n", "x\n", "a"]))
    lines += field(draw, "msgid", msgid, prefix)
    if plural:
        lines += field(draw, "msgid_plural", draw(TEXT), prefix)
        for index in range(draw(st.sampled_from([2, 2, 2, 1, 3]))):
            lines += field(draw, f"msgstr[{index}]", draw(TEXT), prefix)
    else:
        msgstr = draw(TEXT) if draw(st.integers(0, 9)) else draw(st.sampled_from(["", "\n", "x\n"]))
        lines += field(draw, "msgstr", msgstr, prefix)
    return lines


GOOD_HEADER = ['msgid ""', 'msgstr ""', '"Language: en\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"',
               '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"']
HEADERS = [
    None,
    *[GOOD_HEADER] * 8,
    ['#, fuzzy', 'msgid ""', 'msgstr "Plural-Forms: nplurals=3; plural=n%3;\\n"'],
    ['# Title', '#', 'msgid ""', 'msgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"'],
    ['msgid ""', 'msgstr "Plural-Forms: nplurals=2;\\nLanguage: ar\\n"'],
    ['msgid ""', 'msgstr ""', '"Plural-Forms: nplurals=x; plural=0;\\n"'],
]
JUNK = ['msgstr "x"', '#| msgid "y"', '"more"', "<<<<<<< HEAD", 'domain "d"', '  msgid "s"', '#~ msgid "q"',
        "", "# note", 'msgid "a"', 'msgstr[1] "z"', 'msgid"tight" msgstr "t"', "#,fuzzy", '"\\q"']


@st.composite
def po_texts(draw: st.DrawFn) -> bytes:
    lines: list[str] = list(draw(st.sampled_from(HEADERS)) or [])
    if lines and draw(st.booleans()):
        lines.insert(0, "# SOME DESCRIPTIVE TITLE.")
    for index in range(draw(st.integers(0, 6))):
        entry = draw(entries(index))
        if lines:
            lines += [""] * draw(st.sampled_from([1, 1, 1, 0, 2]))
        lines += entry
    if draw(st.integers(0, 5)) == 0:  # comments after the last entry belong to no entry
        lines += ["", draw(st.sampled_from(["# end", "#, fuzzy", "#. x", "#: a.txt:1", "#~ msgid \"x\""]))]
    mutation = draw(st.integers(0, 11))
    if lines and mutation == 0:
        del lines[draw(st.integers(0, len(lines) - 1))]
    elif lines and mutation == 1:
        at = draw(st.integers(0, len(lines) - 1))
        lines.insert(at, lines[at])
    elif mutation == 2:
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(JUNK)))
    end = draw(st.sampled_from(["\n", "\n", "\r\n"]))
    text = end.join(lines) + draw(st.sampled_from([end, "", end + end]))
    return text.encode("utf-8")


@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow])
@given(po_texts())
def test_generated_texts_read_as_the_strict_reader_reads_them(data: bytes) -> None:
    assert_same(data)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(po_texts(), st.integers(1, 64))
def test_reading_in_small_pieces_changes_nothing(data: bytes, piece: int) -> None:
    assert_same(data, piece)


# --- known files and known bad inputs -------------------------------------------------------

def po_files() -> list[Path]:
    """The PO and POT files of the repository, not copies an install or a build left beside them."""
    skip = {".venv", ".git", "build"}
    return sorted(
        p for p in REPO.rglob("*.po*") if p.suffix in (".po", ".pot") and not skip & set(p.relative_to(REPO).parts)
    )


@pytest.mark.parametrize("path", po_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_po_file_of_the_repository_reads_fast_and_the_same(path: Path) -> None:
    data = path.read_bytes()
    reader = assert_same(data)
    assert not reader.fell_back, "a file we wrote is in a shape the fast reader does not prove"
    assert_same(data, 4096)


@pytest.mark.parametrize(("name", "data", "_verdict"), CASES, ids=[case[0] for case in CASES])
def test_every_malformed_case_gives_the_strict_verdict(name: str, data: bytes, _verdict: str) -> None:
    assert_same(data)
    assert_same(data, 3)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("entries_without_blank_lines", 'msgid "a"\nmsgstr "b"\nmsgid "c"\nmsgstr "d"\n'),
        ("crlf_everywhere", '# n\r\n#, fuzzy\r\nmsgid "a"\r\nmsgstr "b"\r\n\r\nmsgid "c"\r\nmsgstr "d"\r\n'),
        ("header_comment_then_translator_comment", '# title\n#: a.txt:1\n# note\nmsgid "a"\nmsgstr "b"\n'),
        ("obsolete_with_previous", '#, fuzzy\n#~| msgid "old"\n#~ msgid "a"\n#~ msgstr "b"\n'),
        ("escaped_backslash_before_n", 'msgid "a\\\\n\\\\\\"b"\nmsgstr "c\\t\\"d\\\\"\n'),
        ("numeric_escape_at_string_end", 'msgid "\\1"\n"23"\nmsgstr "x"\n'),
        ("arabic_in_escaped_bytes", 'msgid "\\xd8\\xa7"\nmsgstr "alif"\n'),
        ("last_line_without_newline", 'msgid "a"\nmsgstr "b"'),
        ("only_comments", "# just a comment\n"),
        ("empty", ""),
        ("duplicate", 'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n'),
        ("blank_line_inside_an_entry", 'msgid "a"\n\nmsgstr "b"\n'),
        ("trailing_comment", 'msgid "a"\nmsgstr "b"\n\n# end\n'),
        ("comment_parted_from_its_entry", 'msgid "a"\nmsgstr "b"\n\n# note\n\n#, fuzzy\n\nmsgid "c"\nmsgstr "d"\n'),
        ("title_parted_from_header", '# Title\n\nmsgid ""\nmsgstr "Language: en\\n"\n\n# n\nmsgid "a"\nmsgstr "b"\n'),
        # Blank lines mean nothing to msgfmt: a string after them continues the entry before.
        ("continuation_after_blank_line", 'msgid "a"\nmsgstr "b"\n\n"c"\n\nmsgid "d"\nmsgstr "e"\n'),
        ("obsolete_continuation_after_blank_line", '#~ msgid "a"\n#~ msgstr ""\n\n#~ "\\60"\n'),
        ("plural_form_after_blank_line", 'msgid "a"\nmsgid_plural "b"\nmsgstr[0] "x"\n\nmsgstr[1] "y"\n'),
    ],
)
def test_edge_shapes(name: str, text: str) -> None:
    data = text.encode("utf-8")
    assert_same(data)
    for piece in (1, 2, 5):
        assert_same(data, piece)


def test_common_shapes_need_no_fallback() -> None:
    """The shapes our writer and msgmerge write are read by the fast path itself."""
    text = (
        '# Title\n#\n#, fuzzy\nmsgid ""\nmsgstr ""\n"Language: en\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        '#. extracted\n#: a.txt:1 b.txt:2\n#, fuzzy, c-format\n#| msgctxt "c"\n#| msgid "old"\n'
        'msgctxt "c"\nmsgid ""\n"long \\"quoted\\" "\n"text\\n"\nmsgstr "x\\n"\n\n'
        'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "a"\nmsgstr[1] "b"\n\n'
        '#~ msgid "gone"\n#~ msgstr ""\n#~ "still here"\n'
    )
    reader = assert_same(text.encode("utf-8"))
    assert not reader.fell_back
    assert reader.language == "en"
    # Blank lines after comments, and comments after the last entry, as hand-edited files have them.
    edited = text.replace("#. extracted\n", "#. extracted\n\n") + "\n# the end\n"
    for piece in (None, 7):
        assert not assert_same(edited.encode("utf-8"), piece).fell_back


def test_a_byte_order_mark_split_across_pieces_is_still_dropped() -> None:
    data = b"\xef\xbb\xbf" + b'msgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr "d"\n'
    for piece in (1, 2, 4):
        assert not assert_same(data, piece).fell_back
