"""File-level properties of a glossary that travel through TBX and CSV.

A glossary PO file says more than its entries: the ``Language`` of its
English and its role (``X-Glossary-Role: reference``, which decides who wins
a term that several files define, see :mod:`tools.glossary.precedence`). An
export that dropped them would bring a reference list back as a curated
one, silently overriding the team's own choices. So each exported file's
properties are written (TBX: a reserved paragraph of the header; CSV: a
column per property on every row) and an import restores them where every
exported file agreed on them.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tools.glossary.write import GlossaryRecord, group_by_term
from tools.units.po import load_po

#: PO header fields that are properties of a glossary file, and their CSV column names.
FIELDS = {"Language": "language", "X-Glossary-Role": "role"}
#: The key naming the file in a file's properties (its name, as records' ``origin``).
NAME = "Name"


@dataclass(frozen=True)
class Exchanged:
    """What an interchange file gives back: entries, header comment and file properties."""

    records: list[GlossaryRecord]
    header: str
    #: One dict per exported file: its :data:`NAME` and :data:`FIELDS`.
    files: list[dict[str, str]] = field(default_factory=list)
    #: Each exported file's own header comment, by name (TBX only).
    headers: dict[str, str] = field(default_factory=dict)

    def of_file(self, name: str) -> dict[str, str]:
        """The properties of the exported file ``name`` (empty when unknown)."""
        return next((props for props in self.files if props.get(NAME) == name), {})

    def properties(self) -> tuple[dict[str, str], list[str]]:
        """The properties every exported file shared, and the names of those they did not."""
        shared: dict[str, str] = {}
        differing: list[str] = []
        for name in FIELDS:
            values = {props.get(name, "") for props in self.files} or {""}
            if len(values) == 1 and "" not in values:
                shared[name] = values.pop()
            elif len(values) > 1:
                differing.append(name)
        return shared, differing


def file_properties(path: str | os.PathLike[str]) -> dict[str, str]:
    """The properties a glossary file's PO header sets (fields of :data:`FIELDS` only)."""
    metadata = load_po(path).metadata
    return {name: metadata[name].strip() for name in FIELDS if metadata.get(name, "").strip()}


def encode(properties: dict[str, str]) -> str:
    """``Name=x.po; Language=en; X-Glossary-Role=reference``: one line, in a fixed order."""
    return "; ".join(f"{name}={properties[name]}" for name in (NAME, *FIELDS) if name in properties)


def terms_by_file(records: Iterable[GlossaryRecord]) -> list[list[GlossaryRecord]]:
    """Records grouped by term within each file, files in order of first appearance.

    One concept (TBX) or run of rows (CSV) per term *of one file*: a term two
    files define stays two groups, so each file comes back in its own order.
    """
    files: dict[str, list[GlossaryRecord]] = {}
    for record in records:
        files.setdefault(record.origin, []).append(record)
    return [group for chunk in files.values() for group in group_by_term(chunk)]


def origin_names(paths: Sequence[Path]) -> dict[Path, str]:
    """A short, distinct name for each glossary file: its file name, with its folder when
    two files share a name (a project's ``countries.po`` and a built-in one)."""
    counts = Counter(path.name for path in paths)
    return {path: path.name if counts[path.name] == 1 else f"{path.parent.name}/{path.name}" for path in paths}


def decode(text: str) -> dict[str, str]:
    """The inverse of :func:`encode`; unknown fields are kept (a newer writer's)."""
    pairs = (part.partition("=") for part in text.split("; ") if part.strip())
    return {name.strip(): value.strip() for name, sep, value in pairs if sep}


__all__ = ["FIELDS", "NAME", "Exchanged", "decode", "encode", "file_properties", "origin_names", "terms_by_file"]
