"""Output formats of ``tools check-glossary``: format name -> reporter.

Each reporter is a module with ``render(result, options) -> str``. Adding a
format means adding a module and one line here; the command line offers
exactly these names (plus ``auto``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from tools.check.engine import RunResult
from tools.check.reporters import github, json, junit, sarif, text
from tools.check.reporters.base import ReportOptions

Reporter = Callable[[RunResult, ReportOptions], str]

REPORTERS: dict[str, Reporter] = {
    "text": text.render,
    "json": json.render,
    "sarif": sarif.render,
    "github": github.render,
    "junit": junit.render,
}

#: Formats that can be written piece by piece (see :func:`pieces`).
STREAMING: dict[str, Callable[[RunResult, ReportOptions], Iterable[str]]] = {
    "json": json.stream,
    "sarif": sarif.stream,
}

AUTO = "auto"


def pieces(name: str, result: RunResult, options: ReportOptions) -> Iterable[str]:
    """The report in format ``name`` in pieces: written as they come, a large report
    is never held whole in memory (formats that cannot stream give one piece)."""
    if name in STREAMING:
        return STREAMING[name](result, options)
    return (REPORTERS[name](result, options),)


def resolve_format(name: str) -> str:
    """``auto`` is ``github`` inside GitHub Actions (``GITHUB_ACTIONS=true``), else ``text``."""
    if name != AUTO:
        return name
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
