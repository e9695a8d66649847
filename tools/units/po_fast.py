"""A fast PO reader: units straight from the text, piece by piece, with the strict reader as authority.

The strict reader (:mod:`tools.units.po_parse`, :mod:`tools.units.po_check`)
follows every rule of ``msgfmt`` token by token and builds polib entries;
that costs more than polib's own parse. But nearly every PO file in the
world is written by a tool (polib, msgmerge, an editor) in a handful of
shapes: comment lines, ``#|`` lines, then ``msgctxt``/``msgid``/``msgstr``
lines each with one string, continuation lines of one string, a blank line
between entries. One compiled regular expression matches a whole entry of
those shapes, and the units are built from its groups without a token or a
polib object in between.

The reader proves before it trusts: the expressions accept only text that
the strict grammar reads the same way, and every whole-file rule of
``msgfmt -c`` is checked on the units (one definition per msgctxt and msgid,
plural indexes 0, 1, 2..., the header's ``Plural-Forms`` and charset, forms
per ``nplurals``, leading and trailing newlines, no NUL or U+0004). Whatever
it cannot prove (text between two matches, an unusual layout, an escape that
makes raw bytes, a rule broken) sends the whole file to the strict reader,
which then gives the units or the same error as it always did. So the fast
path is never less strict, and its errors are the strict reader's.

Shapes valid for ``msgfmt`` that the fast path leaves to the strict reader
(correct, but the strict reader holds the whole file): a keyword and its
string on two lines, two strings on one line, lines that start with blanks,
``#~``/``#|`` without a space after them, blank lines inside an entry or
between ``#|`` lines and their entry, a header that is not the first entry,
a charset other than UTF-8, numeric escapes of bytes above 0x7F, an empty
``msgid_plural``, and a file without line feeds.

The file is read in pieces of a quarter megabyte and its units are yielded as
they are found, so a check holds one piece and the units not yet checked,
not the file. Units already yielded before a fallback are not yielded again:
the strict reader's units from the same position on follow.
"""

from __future__ import annotations

import codecs
import re
from array import array
from collections.abc import Callable, Generator, Iterator
from itertools import pairwise
from pathlib import Path
from typing import TypeVar

from tools.errors import InputError
from tools.units.model import Location, Unit
from tools.units.po_check import check_plural_forms, metadata_of
from tools.units.po_lex import BLANKS, LexError, decode

_T = TypeVar("_T")

#: How many bytes are read and decoded at a time: small enough to be no memory, large enough to be no time.
#: 64 KiB, not 256: a decoded piece of 256 KiB, freed, raises the C library's
#: threshold for handing large blocks back to the system, and the pieces after
#: it then scatter the heap; checking 50,000 entries peaked 3-5 MB higher, in
#: the same time (reading alone: 0.356 s against 0.360 s).
PIECE = 1 << 16

_S = r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"'  # one string literal on one line
_E = r"[ \t\r\f\v]*\n"  # what may follow it on its line
_P = "(?P=p)"  # the entry's line prefix: "" or "#~ "


def _field(continued: str) -> str:
    """A field's strings: the first on the keyword's line, then whole lines of one string."""
    return f"{_S}{_E}(?:{continued}{_S}{_E})*"


#: A comment line (not ``#~`` or ``#|``, which hold keywords), or a line of blanks.
_COMMENT_OR_BLANK = r"(?:#(?:[^~|\n][^\n]*)?\n|[ \t\r\f\v]*\n)"
_ENTRY = re.compile(
    rf"(?P<comments>{_COMMENT_OR_BLANK}*)"
    r"(?P<previous>(?:#~?\|[^\n]*\n)*)"
    r"(?P<p>(?:#~ )?)"
    rf"(?:msgctxt (?P<ctxt>{_field(_P)}){_P})?"
    rf"msgid (?P<id>{_field(_P)})"
    rf"(?:{_P}msgstr (?P<str>{_field(_P)})"
    rf"|{_P}msgid_plural (?P<plural>{_field(_P)})"
    rf"(?P<forms>(?:{_P}msgstr\[[0-9]+\] {_field(_P)})+))"
    r"(?:[ \t\r\f\v]*\n)*"
)
_PREVIOUS = re.compile(
    rf"(?:#~?\| msgctxt (?P<ctxt>{_field('#~?[|] ')}))?"
    rf"#~?\| msgid (?P<id>{_field('#~?[|] ')})"
    rf"(?:#~?\| msgid_plural (?P<plural>{_field('#~?[|] ')}))?"
)
_FORM = re.compile(rf"(?:#~ )?msgstr\[(?P<index>[0-9]+)\] (?P<strings>{_field('(?:#~ )?')})")
_BODY = re.compile(r'"([^"\\\n]*(?:\\.[^"\\\n]*)*)"')
_NUMERIC_ESCAPE = re.compile(r"\\[0-7x]")
_BAD_ESCAPE = re.compile(r'\\[^abfnrtv"]')
_SIMPLE = re.compile(r'\\([abfnrtv"])')
_SIMPLE_VALUES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", '"': '"'}
_BLANK_LINES = re.compile(r"(?:[ \t\r\f\v]*\n)*")
_COMMENTS_ONLY = re.compile(f"{_COMMENT_OR_BLANK}*")
_CHARSET = re.compile(r"charset\s*=\s*([^\s;]+)", re.I)
_PLURAL = re.compile(r"plural\s*=\s*([^;]*)")
_HEADER_MARKS = (",", ":", ".", "~", "|")


#: The group of the msgid's strings in :data:`_ENTRY` (its line is the unit's).
_ID = _ENTRY.groupindex["id"]
assert tuple(_ENTRY.groupindex) == ("comments", "previous", "p", "ctxt", "id", "str", "plural", "forms")


def _made(cls: type[_T], fields: dict[str, object]) -> _T:
    """An instance of the frozen dataclass ``cls`` with ``fields`` (every field, in one dict).

    A frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``; for the tens of thousands of units of a large
    file that was a fifth of the reading time. The test suite compares these
    units with ones built the usual way.
    """
    made = object.__new__(cls)
    object.__setattr__(made, "__dict__", fields)
    return made


class Fallback(Exception):
    """The text is not in a shape the fast reader proves; the strict reader decides."""


def _value(region: str, line: int) -> str:
    """The text of a field from its strings (``region``: the lines that hold them)."""
    if region[-2:] == '"\n':  # lines of one string each: cut out the quotes around each line feed
        joined = region[1:-2].replace('"\n"', "")
        if "\n" in joined:  # trailing blanks, carriage returns, "#~ " prefixes
            joined = "".join(_BODY.findall(region))
    else:
        joined = "".join(_BODY.findall(region))
    if "\\" not in joined:
        return joined
    if _NUMERIC_ESCAPE.search(joined) is None:
        return _unescape(joined)
    # A numeric escape may run on into the next string's digits if joined first: decode each string.
    try:
        pieces = [decode(body, line) if "\\" in body else body for body in _BODY.findall(region)]
    except LexError:
        raise Fallback from None
    if not all(isinstance(piece, str) for piece in pieces):
        raise Fallback  # escaped bytes that may join into UTF-8 across pieces: the strict reader's job
    value = "".join(pieces)  # type: ignore[arg-type]
    if "\x00" in value or "\x04" in value:
        raise Fallback
    return value


def _unescape(text: str) -> str:
    """``text`` with its two-character escapes decoded (no numeric ones; see :func:`_value`).

    An escaped backslash is cut out first, so what is left between the cuts
    holds only escapes of one other character.
    """
    if text.count("\\") == text.count('\\"'):  # every backslash escapes a quote: the commonest case
        return text.replace('\\"', '"')
    parts = text.split("\\\\") if "\\\\" in text else [text]
    for index, part in enumerate(parts):
        if "\\" in part:
            if _BAD_ESCAPE.search(part):
                raise Fallback  # msgfmt refuses it; the strict reader says where
            parts[index] = _SIMPLE.sub(_simple, part)
    return "\\".join(parts)


def _simple(match: re.Match[str]) -> str:
    return _SIMPLE_VALUES[match.group(1)]


def _repeats(keys: array[int]) -> bool:
    """Whether a hash occurs twice: a duplicate entry, or (rarely) two keys with one hash."""
    ordered = sorted(keys)
    return any(a == b for a, b in pairwise(ordered))


def _join(old: str, new: str) -> str:
    return f"{old}\n{new}" if old else new


def _comments(block: str, state: FastPo) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The notes, extracted comments and flags of the comment lines before one entry.

    Read as the strict parser reads them, including the file's header
    comment: the ``#`` lines that open the file, before any other kind of
    comment or keyword, belong to no entry.
    """
    tcomment = ""
    extracted: list[str] = []  # never empty strings, so joining them is the strict reader's _join
    flags: list[str] = []
    for raw in block.split("\n")[:-1]:
        if (raw[1:2] == ":" and not state.in_header_comments) or raw[:1] != "#":
            continue  # references (not part of a unit) and blank lines
        text = raw[1:].rstrip(BLANKS)
        mark = text[:1]
        if state.in_header_comments:
            if mark not in _HEADER_MARKS:
                continue  # the file's header comment, not the entry's
            state.in_header_comments = False
        if mark == ".":
            rest = text[1:]
            if rest.strip(BLANKS):
                extracted.append(rest[1:] if rest[:1] == " " else rest)
        elif mark == ",":
            if text[1:].strip(BLANKS):
                flags += [flag.strip() for flag in text[1:].split(",")]
        elif mark != ":":
            tcomment = _join(tcomment, text[1:] if mark == " " else text)
    return (
        tuple(tcomment.splitlines()) if tcomment else (),
        tuple("\n".join(extracted).splitlines()) if extracted else (),
        tuple(flags),
    )


class FastPo:
    """The units of one PO file, read fast where proven (see the module docstring).

    ``pieces()`` gives the file's bytes in order; ``whole()`` all of them
    again for the strict reader; ``strict(data)`` reads them strictly,
    returning the target language and the units. ``where`` names the file in
    errors, ``name`` in the units' locations. After iterating,
    ``language`` is the header's ``Language`` (``None`` when it has none).
    """

    def __init__(
        self,
        where: str,
        name: str,
        pieces: Callable[[], Iterator[bytes | memoryview]],
        whole: Callable[[], bytes],
        strict: Callable[[bytes], tuple[str | None, tuple[Unit, ...]]],
    ) -> None:
        self.where = where
        self.name = name
        self._pieces = pieces
        self._whole = whole
        self._strict = strict
        self.language: str | None = None
        #: Whether the last read went through the strict reader (for tests and benchmarks).
        self.fell_back = False

    def __iter__(self) -> Iterator[Unit]:
        done = 0
        try:
            for unit in self._fast():
                done += 1
                yield unit
        except Fallback:
            self.fell_back = True
            self.language, units = self._strict(self._whole())
            yield from units[done:]

    # --- the fast path --------------------------------------------------------------------

    def _fast(self) -> Iterator[Unit]:
        self.fell_back = False
        self.in_header_comments = True
        self.entries = 0
        self.pending: Unit | None = None  # the last entry's unit, until the next entry shows it is whole
        self.keys = array("q")  # hashes of (msgctxt, msgid): duplicates are looked for at the end
        self.nplurals: int | None = None
        self.plural_rule = False
        decoder = codecs.getincrementaldecoder("utf-8")()
        rest, line, first, newline = "", 1, True, False
        for piece in self._pieces():
            try:
                text = rest + decoder.decode(piece)
            except UnicodeDecodeError:
                raise Fallback from None
            if first and text:  # the byte-order mark, once decoded (a piece may end inside it)
                text, first = text.removeprefix("\ufeff"), False
            cut = max(text.rfind("\n\n"), text.rfind("\n\r\n"))
            if cut < 0:
                rest = text
                continue
            cut = text.index("\n", cut + 1) + 1
            newline = True
            stop = yield from self._region(text[:cut], line)
            line += text.count("\n", 0, stop)
            rest = text[stop:]
        try:
            text = rest + decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise Fallback from None
        if first:
            text = text.removeprefix("\ufeff")
        if "\n" not in text and not newline:
            raise Fallback  # one line, or carriage returns only: the strict reader's rules
        if text and not text.endswith("\n"):
            text += "\n"
        yield from self._region(text, line)  # comments after the last entry belong to none
        if not self.entries or _repeats(self.keys):
            raise Fallback  # an empty file, only comments, or a possible duplicate
        if self.pending is not None:
            yield self.pending

    def _region(self, text: str, line: int) -> Generator[Unit, None, int]:
        """The units of ``text``, whole lines starting at line ``line``, which must be entries only.

        Returns where the entries end: before comment lines that no entry
        follows yet (a blank line parted them from it), which the next
        piece's entry takes.
        """
        if "\x00" in text or "\x04" in text:
            raise Fallback
        match_entry = _ENTRY.match
        position = _BLANK_LINES.match(text).end()  # type: ignore[union-attr]
        counted = 0
        end = len(text)
        while position < end:
            match = match_entry(text, position)
            if match is None:
                if _COMMENTS_ONLY.fullmatch(text, position) is None:
                    raise Fallback
                return position
            start = match.start(_ID)
            line += text.count("\n", counted, start)
            counted = start
            # This entry's start ends the one before, whose unit is now final:
            # a string (or a msgstr[n]) after blank lines would have continued it.
            if self.pending is not None:
                yield self.pending
            self.pending = self._unit(match.groups(), line)
            position = match.end()
        return end

    def _unit(self, groups: tuple[str | None, ...], line: int) -> Unit | None:
        comment_block, previous, prefix, ctxt, msgid, msgstr, plural, forms = groups
        obsolete = prefix != ""
        if comment_block and (comment_block[:2] != "#:" or comment_block.count("\n") != 1):
            notes, comments, flags = _comments(comment_block, self)
        else:  # none, or only a reference (what a catalogue of one source file has)
            notes = comments = flags = ()
        self.in_header_comments = False
        previous_source = self._previous(previous, line) if previous else None
        context = _value(ctxt, line) if ctxt is not None else None
        source = _value(msgid, line)  # type: ignore[arg-type]  # the expression always has it
        self.keys.append(hash((context, source)))
        self.entries += 1
        targets: tuple[str, ...]
        if plural is None:
            source_plural = None
            targets = (_value(msgstr, line),)  # type: ignore[arg-type]  # msgstr, or the plural branch
        else:
            source_plural = _value(plural, line)
            if not source_plural:
                raise Fallback  # an empty msgid_plural makes polib's entry singular
            targets = self._forms(forms, line)  # type: ignore[arg-type]
        if not source and context is None and not obsolete:
            self._header(targets, line, plural is not None)
            return None
        if not obsolete:
            self._check_message(source, source_plural, targets, flags)
        if not source:
            return None  # not a unit (polib's entries without msgid are left out)
        return _made(
            Unit,
            {
                "source": source,
                "targets": targets,
                "location": _made(Location, {"path": self.name, "line": line}),
                "source_plural": source_plural,
                "context": context,
                "notes": notes,
                "comments": comments,
                "flags": flags,
                "obsolete": obsolete,
                "previous_source": previous_source,
                "id": None,
            },
        )

    def _previous(self, block: str, line: int) -> str | None:
        found = _PREVIOUS.fullmatch(block)
        if found is None:
            raise Fallback
        for name in ("ctxt", "plural"):
            if found.group(name) is not None:
                _value(found.group(name), line)  # refused as the strict reader refuses it
        return _value(found.group("id"), line) or None

    def _forms(self, block: str, line: int) -> tuple[str, ...]:
        targets = []
        for expected, form in enumerate(_FORM.finditer(block)):
            if int(form.group("index")) != expected:
                raise Fallback
            targets.append(_value(form.group("strings"), line))
        return tuple(targets)

    def _header(self, targets: tuple[str, ...], line: int, plural: bool) -> None:
        """The header entry: only as the file's first entry, with rules the fast path can prove."""
        if self.entries != 1 or plural:
            raise Fallback
        metadata = metadata_of(targets[0])
        charset = _CHARSET.search(metadata.get("Content-Type", ""))
        if charset is not None and charset.group(1).lower() not in ("utf-8", "utf8", "charset"):
            raise Fallback
        try:
            self.nplurals = check_plural_forms(Path(self.where), metadata, line, None)
        except InputError:
            raise Fallback from None
        self.plural_rule = _PLURAL.search(metadata.get("Plural-Forms", "")) is not None
        self.language = metadata.get("Language") or None

    def _check_message(
        self, source: str, source_plural: str | None, targets: tuple[str, ...], flags: tuple[str, ...]
    ) -> None:
        """``msgfmt -c`` on an active message: the plural rule, and on finished ones forms and newlines."""
        if source_plural is not None and not self.plural_rule:
            raise Fallback
        if "fuzzy" in flags or targets[0] == "":
            return
        if source_plural is not None and len(targets) != self.nplurals:
            raise Fallback
        starts, ends = source[:1] == "\n", source[-1:] == "\n"
        others = targets if source_plural is None else (source_plural, *targets)
        for text in others:
            if (text[:1] == "\n") != starts or (text[-1:] == "\n") != ends:
                raise Fallback
