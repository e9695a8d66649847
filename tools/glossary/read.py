"""Reading one glossary PO file: the one reader behind loading, listing and export.

Loading for matching (:mod:`tools.glossary.load`) and export to CSV or TBX
(:mod:`tools.glossary.exchange`) need the same facts of each entry, so they
come from one parse here: the strict reader (:func:`tools.units.po.load_po`)
stops on a syntax error or a merge-conflict marker with the file and line,
obsolete ``#~`` entries are left out, flags are trimmed, and every entry
keeps its ``msgid`` line for messages. What each consumer makes of a record
(a :class:`~tools.glossary.model.GlossaryEntry` for matching, the record
itself for export) is decided by that consumer.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import polib

from tools.errors import InputError
from tools.fileio import shown_name
from tools.glossary import builtin
from tools.glossary.precedence import BUILTIN, role_of
from tools.glossary.write import GlossaryRecord
from tools.units.po import load_po


@dataclass(frozen=True)
class GlossaryPo:
    """Everything one parse of a glossary file gives."""

    #: Its entries in file order, obsolete ones left out.
    records: list[GlossaryRecord]
    #: The header comment (``# ...`` lines before the header entry).
    header: str
    #: curated, reference or builtin: its precedence (:mod:`tools.glossary.precedence`).
    role: str


def read_glossary_po(path: str | os.PathLike[str]) -> GlossaryPo:
    """Parse the glossary file ``path`` once (a glossary of tens of thousands of terms takes seconds)."""
    po = load_po(path)
    where = shown_name(path)
    records = [_record(entry, where) for entry in po if not entry.obsolete]
    role = BUILTIN if builtin.is_builtin_file(path) else role_of(po.metadata)
    return GlossaryPo(records, po.header, role)


def _record(entry: polib.POEntry, where: str) -> GlossaryRecord:
    # Most entries have no flag and no plural: skip building those tuples (a
    # large glossary has tens of thousands of entries).
    flags = entry.flags
    return GlossaryRecord(
        msgid=entry.msgid,
        msgstr=entry.msgstr,
        msgctxt=entry.msgctxt,
        flags=tuple(f.strip() for f in flags if f.strip()) if flags else (),
        comment=entry.comment,
        tcomment=entry.tcomment,
        path=where,
        line=entry.linenum or 0,  # load_po gives every entry its msgid line
        msgstr_plural=_forms(entry) if entry.msgid_plural else (),
    )


def _forms(entry: polib.POEntry) -> tuple[str, ...]:
    """The plural forms of a ``msgid_plural`` entry by index (a missing index reads as empty)."""
    forms = entry.msgstr_plural
    if not entry.msgid_plural or not forms:
        return ()
    return tuple(forms.get(n, "") for n in range(max(int(k) for k in forms) + 1))


def read_records(path: str | os.PathLike[str]) -> tuple[list[GlossaryRecord], str]:
    """The records of a glossary to exchange (CSV, TBX) and its header comment.

    Stricter than loading for matching: a msgid of only whitespace cannot
    be exported as a term, so it is refused with its line.
    """
    read = read_glossary_po(path)
    for record in read.records:
        if record.msgid and not record.msgid.strip():
            raise InputError(path, "msgid is only whitespace", record.line)
    return read.records, read.header


__all__ = ["GlossaryPo", "read_glossary_po", "read_records"]
