"""Reading glossary PO files into a :class:`~tools.glossary.model.Glossary`.

Files go through the one glossary reader (:mod:`tools.glossary.read`, on the
project's strict PO reader), so a syntax error or a merge-conflict marker
stops everything with the file and line, and each entry's line is its
``msgid`` line. Beyond that the
loader is lenient on purpose: glossaries are written by hand and exported
from Weblate, with or without ``msgctxt``, with flags we do not use
(``read-only``, ``terminology``), fuzzy or empty entries. Nothing unusual is
an error here; :mod:`tools.glossary.lint` reports what deserves attention.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from tools.text import arabic
from tools.errors import InputError
from tools.fileio import is_stdin
from tools.glossary.model import Glossary, GlossaryEntry, Term
from tools.glossary import builtin
from tools.glossary.match.arabic_forms import FLAG_NO_INFLECTION, declared_forms
from tools.glossary.precedence import apply_precedence
from tools.glossary.read import read_glossary_po
from tools.glossary.write import GlossaryRecord

#: File name pattern of glossary files inside a glossary directory.
GLOSSARY_GLOB = "*.po"


def glossary_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand ``paths``: a directory stands for its ``*.po`` files, sorted by name.

    ``builtin:<name>`` stands for a glossary shipped in the package
    (:mod:`tools.glossary.builtin`), so ``--glossary builtin:news`` works
    like a folder, and ``-`` for a glossary read from standard input.
    """
    files: list[Path] = []
    for raw in paths:
        path = builtin.path_of(raw) if builtin.is_spec(raw) else Path(raw)
        if is_stdin(path):
            files.append(path)
        elif path.is_dir():
            files.extend(sorted(p for p in path.glob(GLOSSARY_GLOB) if not p.is_dir()))
        elif path.exists():
            files.append(path)
        else:
            raise InputError(path, "no such glossary file or directory")
    return files


def read_glossary_file(path: str | os.PathLike[str]) -> tuple[list[GlossaryEntry], str]:
    """One glossary file: its raw entries (obsolete ``#~`` entries left out) and its role.

    The role (curated or reference) decides precedence between files
    (:mod:`tools.glossary.precedence`). Both come from the one parse of
    :func:`tools.glossary.read.read_glossary_po`.
    """
    read = read_glossary_po(path)
    return [_entry(record) for record in read.records], read.role


def _entry(record: GlossaryRecord) -> GlossaryEntry:
    """The record as matching and lint see it: comments joined, first plural form as the rendering."""
    parts = (record.comment.strip(), record.tcomment.strip())
    plural = record.msgstr_plural
    return GlossaryEntry(
        msgid=record.msgid,
        msgstr=plural[0] if plural else record.msgstr,
        # A category (title, agency, name...): a few texts over thousands of entries, kept once each.
        msgctxt=None if record.msgctxt is None else sys.intern(record.msgctxt),
        flags=record.flags,
        note="\n".join(p for p in parts if p),
        path=record.path,
        line=record.line,
        key=arabic.term_key(record.msgid),
    )


def build_terms(entries: Iterable[GlossaryEntry]) -> tuple[Term, ...]:
    """Group usable entries by normalized Arabic into terms, in order of first appearance.

    Why group by the normalized form: the same term is written إستقبال in
    one entry and استقبال in another, or with and without shadda; for
    matching they are one term and their renderings are alternatives.
    """
    groups: dict[str, list[GlossaryEntry]] = {}
    for entry in entries:
        if entry.usable:
            groups.setdefault(entry.key, []).append(entry)
    return tuple(_term(group) for group in groups.values())


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def _term(group: list[GlossaryEntry]) -> Term:
    first = group[0]
    renderings = [e.rendering() for e in group]
    approved = [r for r in renderings if not r.forbidden]
    # Preferred first; sorted() is stable, so file order is kept otherwise.
    approved.sort(key=lambda r: not r.preferred)
    return Term(
        source=first.msgid,
        key=first.key,
        categories=_unique(e.category or "" for e in group),
        approved=tuple(approved),
        forbidden=tuple(r for r in renderings if r.forbidden),
        notes=_unique(e.note for e in group),
        path=first.path,
        line=first.line,
        forms=_unique(form for e in group for form in declared_forms(e.note)),
        inflect=not any(FLAG_NO_INFLECTION in e.flags for e in group),
    )


def load_glossary(paths: Iterable[str | os.PathLike[str]]) -> Glossary:
    """Load every glossary file in ``paths`` (files, or directories of ``*.po``).

    Raises :class:`~tools.errors.InputError` for a missing path or a file
    that is not valid PO. Terms from several files merge by normalized
    Arabic, exactly like entries within one file, except that a reference
    glossary never overrides a curated one (:mod:`tools.glossary.precedence`).
    """
    files = glossary_files(paths)
    # A reference glossary never overrides a curated one (tools.glossary.precedence).
    loaded = [read_glossary_file(path) for path in files]
    entries = list(apply_precedence([entries for entries, _role in loaded], [role for _entries, role in loaded]))
    return Glossary(
        terms=build_terms(entries),
        entries=tuple(entries),
        paths=tuple(str(p) for p in files),
    )


__all__ = ["GLOSSARY_GLOB", "build_terms", "glossary_files", "load_glossary", "read_glossary_file"]
