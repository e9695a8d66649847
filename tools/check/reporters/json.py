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
from collections.abc import Iterator, Sequence
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


class _Dicts:
    """The findings as JSON objects, made one at a time while the report is written.

    A report of 100,000 findings held as dicts would take more memory than
    the checks themselves.
    """

    def __init__(self, findings: Sequence[Finding]):
        self.findings = findings

    def __len__(self) -> int:
        return len(self.findings)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (finding.to_dict() for finding in self.findings)


def render(result: RunResult, options: ReportOptions) -> str:
    return "".join(stream(result, options))


def stream(result: RunResult, options: ReportOptions) -> Iterator[str]:
    """The report in pieces of about :data:`PIECE` characters, to write as they come."""
    document = {
        "version": VERSION,
        "findings": _Dicts(result.findings),
        "summary": result.summary(),
        "files": list(result.files),
        "glossaries": list(result.glossaries),
    }
    batch: list[str] = []
    size = 0
    for piece in indented(document):
        batch.append(piece)
        size += len(piece)
        if size >= PIECE:
            yield escape_json_breaks("".join(batch))
            batch, size = [], 0
    batch.append("\n")
    yield escape_json_breaks("".join(batch))


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
    elif isinstance(value, (list, tuple, _Dicts)):
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
