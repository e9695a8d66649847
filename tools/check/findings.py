"""Findings: the plain records that checks produce and reporters format.

A finding knows where it is (file, PO line of the entry's msgid), what rule
produced it (a stable kebab-case ``code``), how bad it is and what it is
about. It knows nothing about output formats; reporters are views of a list
of findings, as in sqlfluff.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import IntEnum
from operator import attrgetter
from typing import Any


class Severity(IntEnum):
    """Ordered severities: ``--fail-on`` compares with ``>=``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        """``"error"`` -> :attr:`ERROR`; raises ``ValueError`` for unknown names."""
        try:
            return cls[value.strip().upper()]
        except KeyError:
            names = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of: {names})") from None


@dataclass(frozen=True, order=True, slots=True)
class Finding:
    """One problem found in one place.

    ``term`` is the glossary msgid for term findings; ``expected`` the
    approved renderings that were looked for; ``found`` the offending text
    (a forbidden rendering, an invisible character's name, a number).
    """

    path: str
    line: int
    code: str
    severity: Severity
    message: str
    msgid: str = ""
    msgctxt: str | None = None
    term: str | None = None
    expected: tuple[str, ...] = ()
    found: str | None = None
    extra: tuple[tuple[str, Any], ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict; the keys are a public contract (see README).

        Written out rather than ``dataclasses.asdict``, which deep-copies
        every value: a report can hold tens of thousands of findings.
        """
        data = {
            "path": self.path,
            "line": self.line,
            "code": self.code,
            "severity": self.severity.label,
            "message": self.message,
            "msgid": self.msgid,
            "msgctxt": self.msgctxt,
            "term": self.term,
            "expected": list(self.expected),
            "found": self.found,
        }
        data.update(self.extra)
        return data


#: ``sorted(findings, key=SORT_KEY)`` is ``sorted(findings)``: the compared
#: fields in order, read at C speed instead of a tuple built by ``__lt__`` per
#: comparison (a run can sort tens of thousands of findings, twice).
SORT_KEY = attrgetter(*(f.name for f in fields(Finding) if f.compare))
