"""Inline suppressions, and remembering which of them were used.

Two ways to silence a finding on one unit, both kept by every gettext tool
and by PO editors (in XLIFF and TMX files, the comment is written as a
``<note>`` of the unit):

* the PO flag ``#, ignore-<code>``, e.g. ``#, ignore-number-mismatch``: every
  finding with that code on the entry;
* a translator comment ``# tarjuman: ignore <code> [<term>]``, e.g.
  ``# tarjuman: ignore missing-term المديرية العامة للأمن الوطني``: with a term,
  only findings about that glossary term (compared after Arabic
  normalization, so spelling variants of the term match); without, every
  finding with the code. Several comment lines may stand on one entry.

A suppression that matches nothing in a run is reported as
``unused-suppression``, so stale ones do not pile up and hide future
problems. A suppression of a check that is disabled in this run is not
reported: it had no chance to match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tools.text.arabic import normalize
from tools.check.checks.base import EntryRef
from tools.check.findings import Finding
from tools.units.model import Unit

FLAG_PREFIX = "ignore-"
_COMMENT = re.compile(r"^\s*tarjuman:\s*ignore\b\s*(?P<code>\S+)?(?:\s+(?P<term>.*?))?\s*$")


@dataclass
class Suppression:
    """One flag or comment on one entry; ``used`` is set when it silences a finding."""

    ref: EntryRef
    code: str
    term: str | None
    text: str
    used: bool = field(default=False, compare=False)

    def matches(self, finding: Finding) -> bool:
        if finding.code != self.code:
            return False
        if self.term is None:
            return True
        return finding.term is not None and normalize(finding.term) == normalize(self.term)


def parse(unit: Unit, ref: EntryRef) -> list[Suppression]:
    """The suppressions written on ``unit``; a comment without a code has code ``""``."""
    return [Suppression(ref, code, term, text) for code, term, text in written(unit)]


def written(unit: Unit) -> list[tuple[str, str | None, str]]:
    """``(code, term, text)`` of every suppression flag and comment on ``unit``, in that order."""
    found: list[tuple[str, str | None, str]] = [
        (flag[len(FLAG_PREFIX) :], None, f"#, {flag}") for flag in unit.flags if flag.startswith(FLAG_PREFIX)
    ]
    for line in unit.notes:
        match = _COMMENT.match(line)
        if match:
            found.append((match["code"] or "", match["term"] or None, f"# {line.strip()}"))
    return found


def is_comment(line: str) -> bool:
    """Whether a translator-comment line is a suppression (not a note for people)."""
    return _COMMENT.match(line) is not None


def apply(
    findings: list[Finding], suppressions: list[Suppression]
) -> tuple[list[Finding], int]:
    """Drop the findings that a suppression on the same entry matches.

    Returns the findings that remain and how many were suppressed, and marks
    the suppressions used.
    """
    by_entry: dict[tuple[str, int], list[Suppression]] = {}
    for suppression in suppressions:
        by_entry.setdefault((suppression.ref.path, suppression.ref.line), []).append(suppression)
    kept: list[Finding] = []
    for finding in findings:
        matching = [s for s in by_entry.get((finding.path, finding.line), []) if s.matches(finding)]
        for suppression in matching:
            suppression.used = True
        if not matching:
            kept.append(finding)
    return kept, len(findings) - len(kept)
