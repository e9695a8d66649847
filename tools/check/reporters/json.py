"""The JSON report: a stable contract for scripts and dashboards.

``{"version": 1, "findings": [...], "summary": {...}, "files": [...],
"glossaries": [...]}``. Each finding has at least ``path``, ``line`` (the PO
line of the entry's msgid), ``code``, ``severity``, ``message``, ``msgid``,
``msgctxt``, ``term``, ``expected`` (approved renderings) and ``found``;
``summary`` counts findings per severity (``error``, ``warning``, ``info``)
and gives ``total``, ``files``, ``suppressed`` and ``baselined``.

The text is exactly :func:`tools.untrusted.json_document` of the document
(``json.dumps(document, ensure_ascii=False, indent=2)`` with the characters
some readers take for line breaks escaped), written in pieces by
:func:`indented` because the standard library's indented encoder is pure
Python and builds the whole text: on a catalogue with tens of thousands of
findings it cost as much as checking.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from json.encoder import encode_basestring
from typing import Any

from tools.check.engine import RunResult
from tools.check.findings import Finding
from tools.check.reporters.base import ReportOptions
from tools.untrusted import escape_json_breaks

VERSION = 1
INDENT = "  "
#: Characters per piece that :func:`stream` yields.
PIECE = 1 << 16


#: The keys :meth:`Finding.to_dict` writes before a finding's ``extra`` ones.
_FINDING_KEYS = ("path", "line", "code", "severity", "message", "msgid", "msgctxt", "term", "expected", "found")


def _finding_writer(level: int) -> Callable[[Finding], str | None]:
    """A function giving ``_member(finding.to_dict(), level)`` for a common finding, else ``None``.

    One format string and the C string encoder per finding instead of a dict
    and a generic walk: on 37,000 findings the generic walk took 0.48 s and this
    0.27 s. A finding whose fields are not plain (an ``extra`` key that
    shadows a field, a value other than text or a whole number) is left to
    the generic path, which says what JSON it is.
    """
    inner = "\n" + INDENT * (level + 1)
    close = "\n" + INDENT * level + "}"
    list_inner = "\n" + INDENT * (level + 2)
    list_close = "\n" + INDENT * (level + 1) + "]"
    list_join = "," + list_inner
    template = "{" + ",".join(inner + encode_basestring(name) + ": %s" for name in _FINDING_KEYS)
    encode = encode_basestring

    def value(item: object) -> str | None:
        """Text, a whole number or ``None`` as JSON; ``None`` for anything else (a bool too)."""
        if type(item) is str:
            return encode(item)
        if item is None:
            return "null"
        if type(item) is int:
            return int.__repr__(item)
        return None

    def write(finding: Finding) -> str | None:
        msgctxt, term, found, expected = finding.msgctxt, finding.term, finding.found, finding.expected
        if (
            type(finding.path) is not str or type(finding.line) is not int or type(finding.code) is not str
            or type(finding.message) is not str or type(finding.msgid) is not str
            or type(expected) is not tuple
        ):
            return None
        if not all(type(text) is str for text in expected):
            return None
        shown = (value(msgctxt), value(term), value(found))
        if None in shown:
            return None
        text = template % (
            encode(finding.path),
            int.__repr__(finding.line),
            encode(finding.code),
            encode(finding.severity.label),
            encode(finding.message),
            encode(finding.msgid),
            shown[0],
            shown[1],
            "[" + list_inner + list_join.join(map(encode, expected)) + list_close if expected else "[]",
            shown[2],
        )
        if finding.extra:
            more = []
            for key, item in finding.extra:
                written = value(item)
                if type(key) is not str or key in _FINDING_KEYS or written is None:
                    return None
                more.append(inner + encode(key) + ": " + written)
            if len({key for key, _item in finding.extra}) != len(finding.extra):
                return None
            text += "," + ",".join(more)
        return text + close

    return write


class _Findings:
    """The findings of the report, written one at a time while the report is written.

    A report of 100,000 findings held as dicts, or as one string, would take
    more memory than the checks themselves.
    """

    def __init__(self, findings: Sequence[Finding]):
        self.findings = findings

    def pieces(self, level: int) -> Iterator[str]:
        """The pieces of ``indented([f.to_dict() for f in findings], level)``."""
        if not self.findings:
            yield "[]"
            return
        write = _finding_writer(level + 1)
        inner = "\n" + INDENT * (level + 1)
        separator = "[" + inner
        for finding in self.findings:
            text = write(finding)
            if text is None:
                text = _member(finding.to_dict(), level + 1)
            yield separator + text
            separator = "," + inner
        yield "\n" + INDENT * level + "]"


def render(result: RunResult, options: ReportOptions) -> str:
    return "".join(stream(result, options))


def stream(result: RunResult, options: ReportOptions) -> Iterator[str]:
    """The report in pieces of about :data:`PIECE` characters, to write as they come."""
    document = {
        "version": VERSION,
        "findings": _Findings(result.findings),
        "summary": result.summary(),
        "files": list(result.files),
        "glossaries": list(result.glossaries),
    }
    yield from escaped_pieces(_document(document))


def escaped_pieces(pieces: Iterable[str]) -> Iterator[str]:
    """``pieces`` joined into pieces of about :data:`PIECE` characters, line breaks escaped, ending in a newline.

    What :func:`tools.untrusted.json_document` gives for the whole text, a
    piece at a time: the escape is character by character, so escaping
    each piece is escaping the whole.
    """
    batch: list[str] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= PIECE:
            yield escape_json_breaks("".join(batch))
            batch, size = [], 0
    batch.append("\n")
    yield escape_json_breaks("".join(batch))


def _document(document: dict[str, Any]) -> Iterator[str]:
    """The pieces of :func:`indented` of the report's top object, its findings one by one."""
    separator = "{\n" + INDENT
    for key, value in document.items():
        yield separator + encode_basestring(key) + ": "
        if isinstance(value, _Findings):
            yield from value.pieces(1)
        else:
            yield _member(value, 1)
        separator = ",\n" + INDENT
    yield "\n}"


def indented(value: Any, level: int = 0) -> Iterator[str]:
    """The pieces of ``json.dumps(value, ensure_ascii=False, indent=2)``.

    Strings, numbers, booleans, ``None``, lists, tuples and dicts with
    string keys; anything else is left to :func:`json.dumps` (which raises
    where it would have raised).
    """
    if isinstance(value, str):
        yield encode_basestring(value)
    elif value is None:
        yield "null"
    elif type(value) is int:
        yield int.__repr__(value)
    elif isinstance(value, dict) and all(isinstance(key, str) for key in value):
        if not value:
            yield "{}"
            return
        inner = "\n" + INDENT * (level + 1)
        members = [encode_basestring(key) + ": " + _member(item, level + 1) for key, item in value.items()]
        yield "{" + inner + ("," + inner).join(members) + "\n" + INDENT * level + "}"
    elif isinstance(value, (list, tuple)):
        if not value:
            yield "[]"
            return
        inner = "\n" + INDENT * (level + 1)
        separator = "[" + inner
        for item in value:
            yield separator
            yield from indented(item, level + 1)
            separator = "," + inner
        yield "\n" + INDENT * level + "]"
    else:  # numbers, booleans, None: short, and exactly as json writes them
        yield json.dumps(value, ensure_ascii=False)


def _member(value: Any, level: int) -> str:
    """:func:`indented` of a dict's value, in one string; the common ones (a finding's) directly."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if type(value) is int:
        return int.__repr__(value)
    if type(value) is list and all(isinstance(item, str) for item in value):
        if not value:
            return "[]"
        inner = "\n" + INDENT * (level + 1)
        return "[" + inner + ("," + inner).join(map(encode_basestring, value)) + "\n" + INDENT * level + "]"
    return "".join(indented(value, level))
