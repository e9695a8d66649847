"""The JSON report: a stable contract for scripts and dashboards.

``{"version": 1, "findings": [...], "summary": {...}, "files": [...],
"glossaries": [...]}``. Each finding has at least ``path``, ``line`` (the PO
line of the entry's msgid), ``code``, ``severity``, ``message``, ``msgid``,
``msgctxt``, ``term``, ``expected`` (approved renderings) and ``found``;
``summary`` counts findings per severity (``error``, ``warning``, ``info``)
and gives ``total``, ``files``, ``suppressed`` and ``baselined``.

The text is exactly ``json.dumps(document, ensure_ascii=False, indent=2)``,
written by :func:`indented` because the standard library's indented encoder
is pure Python: on a catalogue with tens of thousands of findings it cost as
much as checking.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring
from typing import Any

from tools.check.engine import RunResult
from tools.check.reporters.base import ReportOptions

VERSION = 1
INDENT = "  "


def render(result: RunResult, options: ReportOptions) -> str:
    document = {
        "version": VERSION,
        "findings": [finding.to_dict() for finding in result.findings],
        "summary": result.summary(),
        "files": list(result.files),
        "glossaries": list(result.glossaries),
    }
    return "".join(indented(document)) + "\n"


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
        separator = "{" + inner
        for key, item in value.items():
            yield separator + encode_basestring(key) + ": "
            yield from indented(item, level + 1)
            separator = "," + inner
        yield "\n" + INDENT * level + "}"
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
