"""What every reporter receives: the run's result and how to present it.

Reporters are views: each turns the same :class:`~tools.check.engine.RunResult`
into one format and decides nothing about what was found.
"""

from __future__ import annotations

from dataclasses import dataclass

from tools.check.findings import Severity


@dataclass(frozen=True)
class ReportOptions:
    """Presentation choices made by the command line."""

    #: The failure threshold (``None``: never fail); JUnit marks failures with it.
    fail_on: Severity | None = Severity.ERROR
    #: Whether the text report may use ANSI colours.
    color: bool = False


def plural(count: int, word: str) -> str:
    """``1 error``, ``2 errors``; ``info`` does not take an s."""
    if count == 1 or word == "info":
        return f"{count} {word}"
    return f"{count} {word}s"
