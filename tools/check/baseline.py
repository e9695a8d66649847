"""Baselines: adopt the check on an old corpus and fail only on new findings.

A baseline file lists the findings accepted so far, each by a fingerprint
that survives unrelated edits: the file path, the check code, a hash of the
entry's identity (``msgctxt`` and ``msgid``) and the glossary term, but no
line number, so adding an entry above an old finding does not make it new.
Identical fingerprints are counted: if an entry had one number-mismatch and
gains a second, the second is new.

A baseline must shrink as the corpus is fixed, or it hides new problems
behind old counts. An accepted finding that no longer occurs is reported
(``baseline-fixed``, info) at its row of the baseline file, and
``--write-baseline`` drops it. Rows about files or checks that a run did not
cover (a pre-commit run on some files, a disabled check) are neither
reported nor dropped: the run cannot know whether they are fixed.

The file is JSON, sorted and indented so that its diffs can be reviewed::

    {
      "version": 1,
      "findings": [
        {"path": "translations/a/en.po", "code": "missing-term",
         "msgid_hash": "4f1c…", "term": "بلاغ", "count": 1}
      ]
    }
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from tools.errors import InputError
from tools.fileio import read_text, write_if_changed
from tools.check.findings import Finding
from tools.untrusted import json_document

VERSION = 1
Fingerprint = tuple[str, str, str, str]


def msgid_hash(msgid: str, msgctxt: str | None) -> str:
    """SHA-256 (hex, 16 digits) of an entry's identity, written as gettext keys it."""
    key = msgid if msgctxt is None else f"{msgctxt}\x04{msgid}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def fingerprint(finding: Finding) -> Fingerprint:
    """``(path, code, msgid_hash, term)``; no line number (see module docstring)."""
    return (finding.path, finding.code, msgid_hash(finding.msgid, finding.msgctxt), finding.term or "")


def render(findings: Iterable[Finding], kept: Counter[Fingerprint] | None = None) -> str:
    """The baseline file text for ``findings``, plus the ``kept`` rows of an older baseline."""
    counts = Counter(fingerprint(f) for f in findings) + (kept or Counter())
    rows = [
        {"path": path, "code": code, "msgid_hash": digest, "term": term, "count": count}
        for (path, code, digest, term), count in sorted(counts.items())
    ]
    return json_document({"version": VERSION, "findings": rows})


def write(path: Path, findings: Iterable[Finding]) -> bool:
    """Write the baseline atomically; return whether the file changed."""
    return write_if_changed(path, render(findings))


@dataclass(frozen=True)
class Rewrite:
    """What ``--write-baseline`` did: rows recorded, fixed rows pruned, rows outside the run kept."""

    recorded: int
    pruned: int
    kept: int
    changed: bool


def rewrite(path: Path, findings: list[Finding], covered: Callable[[Fingerprint], bool]) -> Rewrite:
    """Record ``findings`` in ``path``, keeping the old rows the run did not ``cover``.

    An old row the run covered and did not find again is fixed: it is pruned.
    """
    old = load(path) if path.exists() else Counter()
    kept = Counter({key: n for key, n in old.items() if not covered(key)})
    pruned = sum(unmatched(findings, old - kept).values())
    changed = write_if_changed(path, render(findings, kept))
    return Rewrite(len(findings), pruned, sum(kept.values()), changed)


def unmatched(findings: Iterable[Finding], baseline: Counter[Fingerprint]) -> Counter[Fingerprint]:
    """The accepted findings that ``findings`` no longer contain (each fingerprint counted)."""
    return baseline - Counter(fingerprint(f) for f in findings)


def row_lines(path: Path) -> dict[Fingerprint, int]:
    """The line of each row of a baseline file, for findings that point at it.

    JSON parsers give no positions, so each row is located by its
    ``msgid_hash`` after the previous row, which holds for any layout of
    the file, written by us or by hand.
    """
    text = read_text(path)
    lines: dict[Fingerprint, int] = {}
    position = 0
    for key, _ in _rows(path, text):
        found = text.find(json.dumps(key[2]), position)
        if found >= 0:
            position = found + 1
        lines.setdefault(key, text.count("\n", 0, max(found, 0)) + 1)
    return lines


def load(path: Path) -> Counter[Fingerprint]:
    """Read a baseline file, or raise :class:`InputError` saying what is wrong."""
    counts: Counter[Fingerprint] = Counter()
    for key, count in _rows(path, read_text(path)):
        counts[key] += count
    return counts


def _rows(path: Path, text: str) -> list[tuple[Fingerprint, int]]:
    """Each row's fingerprint and count, in file order."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(path, f"not a baseline file: invalid JSON ({error.msg})", error.lineno) from None
    except RecursionError:
        raise InputError(path, "not a baseline file: JSON nested too deeply") from None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise InputError(path, f"not a baseline file of version {VERSION}")
    rows = data.get("findings")
    if not isinstance(rows, list):
        raise InputError(path, "not a baseline file: 'findings' must be a list")
    parsed: list[tuple[Fingerprint, int]] = []
    for index, row in enumerate(rows):
        try:
            key = (row["path"], row["code"], row["msgid_hash"], row["term"])
            count = row.get("count", 1)
            if not all(isinstance(k, str) for k in key) or not isinstance(count, int) or count < 1:
                raise TypeError
        except (KeyError, TypeError, AttributeError):
            raise InputError(path, f"baseline finding #{index + 1} is malformed") from None
        parsed.append((key, count))
    return parsed


def subtract(findings: list[Finding], baseline: Counter[Fingerprint]) -> tuple[list[Finding], int]:
    """Findings not covered by the baseline, and how many were covered.

    Findings are consumed in their (sorted) order, so which of several
    identical fingerprints counts as new is deterministic.
    """
    remaining = Counter(baseline)
    new: list[Finding] = []
    for finding in findings:
        key = fingerprint(finding)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            new.append(finding)
    return new, len(findings) - len(new)
