"""Output formats of ``tools check-glossary``: format name -> reporter.

Each reporter is a module with ``render(result, options) -> str``. Adding a
format means adding a module and one line here; the command line offers
exactly these names (plus ``auto``).
"""

from __future__ import annotations

import os
from collections.abc import Callable

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

AUTO = "auto"


def resolve_format(name: str) -> str:
    """``auto`` is ``github`` inside GitHub Actions (``GITHUB_ACTIONS=true``), else ``text``."""
    if name != AUTO:
        return name
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
