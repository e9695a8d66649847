"""The tokens of a PO file, read as GNU ``msgfmt`` reads them.

``msgfmt`` does not read a PO file line by line: it reads tokens (keywords,
quoted strings, ``[n]``) separated by blanks, and comments that run to the
end of the line. So ``msgid`` may stand on one line and its string on the
next, two strings may share a line, and a carriage return is a blank. This
module follows that, with one rule on what a line is: only ``\\n`` ends one.
Every other separator (U+2028, U+2029, U+0085, U+001C...) is text inside a
string and an error outside one, as it is for ``msgfmt``.

Strings are decoded with every C escape ``msgfmt`` decodes (``\\a \\b \\f
\\n \\r \\t \\v \\\\ \\"``, octal ``\\ooo``, hexadecimal ``\\xhh...``) and no
other: ``msgfmt`` refuses ``\\?``, ``\\'`` and ``\\u``, so we do too. A
numeric escape stands for a byte, as in C, so ``"\\xd8\\xa7"`` is the UTF-8 of
one Arabic letter; the bytes of a whole field must then be valid UTF-8.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

#: What ``msgfmt`` skips between tokens (the newline ends comments and lines).
BLANKS = " \t\r\f\v"

KEYWORDS = frozenset({"msgctxt", "msgid", "msgid_plural", "msgstr", "domain"})

#: The usual line: an optional keyword (with an optional ``[n]``) and one string.
_SIMPLE = re.compile(
    r'(?:(msgctxt|msgid_plural|msgid|msgstr)(?:\[([0-9]+)\])?[ \t\r\f\v]*)?'
    r'"([^"\\]*(?:\\.[^"\\]*)*)"[ \t\r\f\v]*$'
)
_TOKEN = re.compile(
    r'(?P<blank>[ \t\r\f\v]+)'
    r'|"(?P<string>[^"\\]*(?:\\.[^"\\]*)*)"'
    r"|(?P<word>[A-Za-z_$][A-Za-z0-9_$]*)"
    r"|\[[ \t\r\f\v]*(?P<index>[0-9]+)[ \t\r\f\v]*\]"
)
_CONFLICT = re.compile(r"(<{7}|={7}|>{7})(?:[ \t\r]|$)")
_ESCAPE = re.compile(r'\\(?:([abfnrtv\\"])|([0-7]{1,3})|x([0-9A-Fa-f]+)|(.?))', re.S)
_SIMPLE_ESCAPES = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92, '"': 34}


class LexError(ValueError):
    """A token ``msgfmt`` would not accept; ``line`` is 1-based."""

    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.message = message
        self.line = line


class Lexeme(NamedTuple):
    """One token: ``kind`` is keyword, string, index or comment.

    ``value`` is the keyword, the decoded string (``str``, or ``bytes`` when
    numeric escapes made bytes that only form text together with the next
    pieces), the index, or the comment text after ``#``. ``obsolete`` marks
    tokens after ``#~``; ``previous`` marks tokens after ``#|`` or ``#~|``.
    """

    kind: str
    value: str | bytes | int
    line: int
    obsolete: bool = False
    previous: bool = False


def decode(body: str, line: int) -> str | bytes:
    """The value of a string literal's ``body`` (between its quotes).

    Returns ``str`` unless a numeric escape makes a byte above 0x7F; then
    the value is ``bytes`` (UTF-8 of the literal text plus the escaped bytes).
    """
    if "\\" not in body:
        return body
    raw = False

    def byte(match: re.Match[str]) -> str:
        nonlocal raw
        simple, octal, hexa, other = match.groups()
        if simple is not None:
            return chr(_SIMPLE_ESCAPES[simple])
        if other is not None:
            shown = repr(other)[1:-1] if other else "end of line"
            raise LexError(f"invalid escape sequence \\{shown} (msgfmt knows \\a \\b \\f \\n \\r \\t \\v \\\\ \\\" \\ooo \\xhh)", line)
        value = int(octal, 8) if octal is not None else int(hexa, 16)
        value &= 0xFF  # C semantics: the escape names one byte
        if value > 0x7F:
            raw = True
        return chr(value)

    text = _ESCAPE.sub(byte, body)
    if not raw:
        return text
    # Escaped bytes above 0x7F: redo at byte level so they join with their neighbours.
    return _ESCAPE.sub(lambda m: _byte_value(m), body.encode("utf-8").decode("latin-1")).encode("latin-1")


def _byte_value(match: re.Match[str]) -> str:
    """One escape as a latin-1 character standing for its byte (see :func:`decode`)."""
    simple, octal, hexa, _other = match.groups()
    if simple is not None:
        return chr(_SIMPLE_ESCAPES[simple])
    return chr((int(octal, 8) if octal is not None else int(hexa, 16)) & 0xFF)


def check_line_ends(text: str) -> None:
    """Refuse carriage returns without any line feed (classic Mac line ends).

    msgfmt reads such a file as a single line, where the first comment hides
    every entry after it.
    """
    if "\r" in text and "\n" not in text:
        raise LexError("line breaks are carriage returns only (CR); convert them to LF or CRLF", 1)


_STRING_LINE = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"[ \t\r\f\v]*$')


def string_line(line: str) -> str | None:
    """The body of a line that is one string and nothing else, undecoded; else None."""
    match = _STRING_LINE.match(line)
    return None if match is None else match.group(1)


def line_tokens(line: str, number: int) -> Iterator[Lexeme]:
    """The tokens of line ``number`` (1-based), which holds no line feed."""
    stripped = line.lstrip(BLANKS) if line[:1] in BLANKS else line
    if not stripped:
        return
    first = stripped[0]
    if first == "m" or first == '"':
        simple = _SIMPLE.match(stripped)
        if simple is not None:
            keyword, index, body = simple.groups()
            if keyword is not None:
                yield Lexeme("keyword", keyword, number)
                if index is not None:
                    yield Lexeme("index", int(index), number)
            yield Lexeme("string", decode(body, number) if "\\" in body else body, number)
            return
    if _CONFLICT.match(line):
        raise LexError("merge-conflict marker; resolve the conflict first", number)
    if stripped.startswith("#~"):
        rest = stripped[2:]
        previous = rest.startswith("|")
        yield from _scan(rest[1:] if previous else rest, number, obsolete=True, previous=previous)
    elif stripped.startswith("#|"):
        yield from _scan(stripped[2:], number, obsolete=False, previous=True)
    elif stripped.startswith("#"):
        yield Lexeme("comment", stripped[1:].rstrip(BLANKS), number)
    else:
        yield from _scan(stripped, number, obsolete=False, previous=False)


def _scan(line: str, number: int, *, obsolete: bool, previous: bool) -> Iterator[Lexeme]:
    """The tokens of one line (or of the rest of a ``#~`` / ``#|`` line)."""
    position = 0
    while position < len(line):
        match = _TOKEN.match(line, position)
        if match is None:
            yield _bad(line, position, number)
            return
        position = match.end()
        kind = match.lastgroup
        if kind == "blank":
            continue
        if kind == "string":
            yield Lexeme("string", decode(match.group("string"), number), number, obsolete, previous)
        elif kind == "index":
            yield Lexeme("index", int(match.group("index")), number, obsolete, previous)
        else:
            word = match.group("word")
            if word not in KEYWORDS:
                raise LexError(f"unknown keyword {word[:30]!r}", number)
            yield Lexeme("keyword", word, number, obsolete, previous)


def _bad(line: str, position: int, number: int) -> Lexeme:
    char = line[position]
    if char == '"':
        raise LexError("unterminated string (the line ends inside quotes)", number)
    if char == "#":
        raise LexError("a comment must start its line", number)
    if char.isprintable() and not char.isspace():
        raise LexError(f"unexpected {char!r}", number)
    raise LexError(f"unexpected character U+{ord(char):04X} outside a string", number)
