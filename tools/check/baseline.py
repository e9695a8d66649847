"""Baselines: adopt the check on an old corpus and fail only on new findings.

A baseline file lists the findings accepted so far, each by a fingerprint
that survives unrelated edits: the file path, the check code, a hash of the
entry's identity (``msgctxt`` and ``msgid``) and the glossary term, but no
line number, so adding an entry above an old finding does not make it new.
Identical fingerprints are counted: if an entry had one number-mismatch and
gains a second, the second is new.

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
from collections.abc import Iterable
from pathlib import Path

from tools.errors import InputError
from tools.fileio import read_text, write_if_changed
from tools.check.findings import Finding

VERSION = 1
Fingerprint = tuple[str, str, str, str]


def msgid_hash(msgid: str, msgctxt: str | None) -> str:
    """SHA-256 (hex, 16 digits) of an entry's identity, written as gettext keys it."""
    key = msgid if msgctxt is None else f"{msgctxt}\x04{msgid}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def fingerprint(finding: Finding) -> Fingerprint:
    """``(path, code, msgid_hash, term)``; no line number (see module docstring)."""
    return (finding.path, finding.code, msgid_hash(finding.msgid, finding.msgctxt), finding.term or "")


def render(findings: Iterable[Finding]) -> str:
    """The baseline file text for ``findings``."""
    counts = Counter(fingerprint(f) for f in findings)
    rows = [
        {"path": path, "code": code, "msgid_hash": digest, "term": term, "count": count}
        for (path, code, digest, term), count in sorted(counts.items())
    ]
    return json.dumps({"version": VERSION, "findings": rows}, ensure_ascii=False, indent=2) + "\n"


def write(path: Path, findings: Iterable[Finding]) -> bool:
    """Write the baseline atomically; return whether the file changed."""
    return write_if_changed(path, render(findings))


def load(path: Path) -> Counter[Fingerprint]:
    """Read a baseline file, or raise :class:`InputError` saying what is wrong."""
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as error:
        raise InputError(path, f"not a baseline file: invalid JSON ({error.msg})", error.lineno) from None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise InputError(path, f"not a baseline file of version {VERSION}")
    rows = data.get("findings")
    if not isinstance(rows, list):
        raise InputError(path, "not a baseline file: 'findings' must be a list")
    counts: Counter[Fingerprint] = Counter()
    for index, row in enumerate(rows):
        try:
            key = (row["path"], row["code"], row["msgid_hash"], row["term"])
            count = row.get("count", 1)
            if not all(isinstance(k, str) for k in key) or not isinstance(count, int) or count < 1:
                raise TypeError
        except (KeyError, TypeError, AttributeError):
            raise InputError(path, f"baseline finding #{index + 1} is malformed") from None
        counts[key] += count
    return counts


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
