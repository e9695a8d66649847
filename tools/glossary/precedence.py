"""Which glossary decides a term that several glossary files define.

The project ships a curated glossary (``glossary/ar-en.po``, written for
its articles) next to *reference* glossaries such as the UN country names
of ``builtin:news``. Both may define one Arabic term: المملكة
المغربية, or إيرلندا / أيرلندا (one term: the spellings normalize alike).
Merging their renderings would let a reference list widen what the curated
glossary approves (or bring back what it forbids), and lint would report
the two files' different choices as conflicts that nobody can resolve.

The rule, in this one place:

* a glossary file is a **reference** glossary when its PO header says
  ``X-Glossary-Role: reference``; every other file is **curated**;
* curated files merge with each other by normalized Arabic, as entries of
  one file do: their renderings are alternatives and lint sees them all;
* a reference glossary only *adds* terms: for a term that a curated file
  defines, its entries are shadowed (left out of matching and lint);
* among reference glossaries, the first in ``[tool.tarjuman] glossary``
  order (a directory: its ``*.po`` in name order) that defines a term owns it;
* a **built-in** glossary (a file shipped in the package, ``builtin:news``)
  ranks below every file of the project, curated or reference, whatever
  the configured order: a team's own list of country names wins over the
  shipped one. Among built-in files the first in order owns a term.

"Defines" means an approved or forbidden entry; a fuzzy or empty entry (a
candidate waiting for review) claims nothing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Protocol, TypeVar

from tools.glossary.builtin import is_builtin_file
from tools.units.po import load_po

#: PO header field that marks a reference glossary, and its value.
ROLE_FIELD = "X-Glossary-Role"
REFERENCE = "reference"
CURATED = "curated"
#: The role of a file shipped in the package (never written in a header:
#: the loader gives it by where the file is, see :mod:`tools.glossary.builtin`).
BUILTIN = "builtin"
#: Lower wins: who owns a term that several roles define.
_RANK = {CURATED: 0, REFERENCE: 1, BUILTIN: 2}


class _Entry(Protocol):
    @property
    def key(self) -> str: ...

    @property
    def usable(self) -> bool: ...


E = TypeVar("E", bound=_Entry)


def glossary_role(path: str | os.PathLike[str]) -> str:
    """:data:`BUILTIN` for a file of the package, :data:`REFERENCE` when the header says so, else :data:`CURATED`."""
    if is_builtin_file(path):
        return BUILTIN
    return role_of(load_po(path, allow_empty=True).metadata)


def role_of(metadata: Mapping[str, str]) -> str:
    """The role a PO header gives its glossary (for a file already parsed)."""
    value = metadata.get(ROLE_FIELD, "").strip().lower()
    return REFERENCE if value == REFERENCE else CURATED


def apply_precedence(per_file: Sequence[Sequence[E]], roles: Sequence[str]) -> tuple[E, ...]:
    """The entries that take part, in file order (the rule of the module docstring): a
    reference or built-in file's entries of a term that a curated or earlier file defines
    are left out."""
    owner: dict[str, tuple[int, int]] = {}  # key -> (rank, file index); curated files all share rank 0
    for index, (entries, role) in enumerate(zip(per_file, roles)):
        rank = _RANK.get(role, 0)
        for entry in entries:
            if entry.usable and (entry.key not in owner or rank < owner[entry.key][0]):
                owner[entry.key] = (rank, index)
    kept: list[E] = []
    for index, (entries, role) in enumerate(zip(per_file, roles)):
        rank = _RANK.get(role, 0)
        kept.extend(
            entry for entry in entries if rank == 0 or owner.get(entry.key, (rank, index)) == (rank, index)
        )
    return tuple(kept)


__all__ = ["BUILTIN", "CURATED", "REFERENCE", "ROLE_FIELD", "apply_precedence", "glossary_role", "role_of"]
