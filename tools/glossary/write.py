"""Writing glossary PO files: one canonical, stable text for a list of entries.

Imports (TBX, CSV), the UN country names and mined term candidates all end
as a PO glossary that translators edit by hand and that git diffs, so the
text must be the same for the same content, run after run: entries of one
term stay together (in order of the term's first appearance, then in file
order), the header has no date unless the caller passes one, and polib
renders it at the project's wrap width. Every file written here passes
``msgfmt -c`` and is written atomically (:func:`tools.units.po.save_po`).

The unit of interchange is :class:`GlossaryRecord`, one PO entry with
everything a glossary entry can say: Arabic ``msgid``, English ``msgstr``,
``msgctxt`` (category, optionally ``|label``), flags, the extracted
comment (``#.``: definition, notes, source) and the translator comment
(``#``). Unlike :class:`~tools.glossary.model.GlossaryEntry` it keeps the
two kinds of comment apart, which a lossless round trip needs.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polib

from tools import __version__

from tools.text import arabic
from tools.units.languages import display_name
from tools.errors import InputError
from tools.fileio import read_regular_bytes, write_if_changed
from tools.glossary.model import EntryFlags
from tools.units.po import checked_text, plural_forms, po_date, read_po_text, render_po

#: The language of every glossary's msgstr.
TARGET_LANGUAGE = "en"


@dataclass(frozen=True)
class GlossaryRecord(EntryFlags):
    """One glossary entry, exactly as a PO file can hold it."""

    msgid: str
    msgstr: str
    msgctxt: str | None = None
    #: PO flags in file order (``forbidden``, ``preferred``, ``case-sensitive``, ``fuzzy``, ...).
    flags: tuple[str, ...] = ()
    #: Extracted comment (``#.``), lines joined with "\n".
    comment: str = ""
    #: Translator comment (``#``), lines joined with "\n".
    tcomment: str = ""
    #: Where the record was read from, for messages; not written.
    path: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)
    #: The glossary file an exchanged record came from (its name), to write it back there.
    origin: str = field(default="", compare=False)
    #: The forms of a ``msgid_plural`` entry, as read (``msgstr`` is then empty).
    #: Read so that matching can use the first form; never written: a
    #: glossary term has one English rendering.
    msgstr_plural: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The term identity: its normalized words (see :func:`tools.text.arabic.term_key`)."""
        return arabic.term_key(self.msgid)


def group_by_term(records: Iterable[GlossaryRecord]) -> list[list[GlossaryRecord]]:
    """Records grouped by term (normalized msgid), groups in order of first appearance.

    This is the canonical order of every glossary we write, and of the
    concepts in an exported TBX file, so that PO → TBX → PO gives back the
    same bytes.
    """
    groups: dict[str, list[GlossaryRecord]] = {}
    for record in records:
        groups.setdefault(record.key, []).append(record)
    return list(groups.values())


def glossary_metadata(
    project: str, revised: str | None = None, role: str | None = None, language: str | None = None
) -> dict[str, str]:
    """Header fields of a glossary we write; the date only when given (see :func:`write_glossary`).

    ``role="reference"`` marks a reference glossary (:mod:`tools.glossary.precedence`).
    """
    metadata = {"Project-Id-Version": project, "Report-Msgid-Bugs-To": ""}
    if revised:
        metadata["PO-Revision-Date"] = revised
    metadata.update(
        {
            "Last-Translator": "tarjuman",
            "Language-Team": display_name(TARGET_LANGUAGE),
            "Language": language or TARGET_LANGUAGE,
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
            "Plural-Forms": plural_forms(language or TARGET_LANGUAGE),
            "X-Generator": f"tarjuman {__version__}",
        }
    )
    if role:
        metadata["X-Glossary-Role"] = role
    return metadata


def build_po(
    records: Sequence[GlossaryRecord],
    *,
    header: str = "",
    metadata: dict[str, str] | None = None,
) -> polib.POFile:
    """A :class:`polib.POFile` for ``records`` in canonical order (see :func:`group_by_term`).

    Raises :class:`InputError` when two records would be the same PO entry
    (same msgctxt and msgid): gettext refuses such a file.
    """
    po = polib.POFile(wrapwidth=78)
    po.header = header
    po.metadata = dict(metadata or glossary_metadata("tarjuman glossary"))
    seen: dict[tuple[str | None, str], GlossaryRecord] = {}
    for group in group_by_term(records):
        for record in group:
            first = seen.setdefault((record.msgctxt, record.msgid), record)
            if first is not record:
                where = f"{first.path}:{first.line}" if first.path else "an earlier entry"
                raise InputError(
                    record.path or None,
                    f"two entries for msgid {record.msgid!r} with msgctxt {record.msgctxt!r} "
                    f"(also at {where}); give each a distinct msgctxt label",
                    record.line or None,
                )
            _check(record)
            po.append(_entry(record))
    return po


def _check(record: GlossaryRecord) -> None:
    """Refuse what gettext refuses: an empty msgid (the header's) or unbalanced newlines."""
    where = (record.path or None, record.line or None)
    if not record.msgid.strip():
        raise InputError(where[0], "empty Arabic term (msgid)", where[1])
    for end, test in (("begin", str.startswith), ("end", str.endswith)):
        if record.msgstr and test(record.msgid, "\n") != test(record.msgstr, "\n"):
            raise InputError(
                where[0], f"msgid and msgstr must both {end} with a newline or neither (msgfmt -c)", where[1]
            )


def _entry(record: GlossaryRecord) -> polib.POEntry:
    entry = polib.POEntry(
        msgid=record.msgid,
        msgstr=record.msgstr,
        comment=record.comment,
        tcomment=record.tcomment,
        flags=list(record.flags),
    )
    if record.msgctxt is not None:
        entry.msgctxt = record.msgctxt
    return entry


def render_glossary(
    records: Sequence[GlossaryRecord],
    *,
    header: str = "",
    metadata: dict[str, str] | None = None,
) -> str:
    """The exact text of the glossary file for ``records``."""
    return render_po(build_po(records, header=header, metadata=metadata))


def write_glossary(
    path: str | os.PathLike[str],
    records: Sequence[GlossaryRecord],
    *,
    header: str = "",
    project: str,
    revised: str | None = None,
    role: str | None = None,
    language: str | None = None,
    replace: bool = True,
) -> bool:
    """Write the glossary atomically; return whether the file changed.

    ``PO-Revision-Date`` is ``revised`` (default: now), but when the file
    already holds exactly this glossary under an older date, it is left
    alone: a second run changes no byte. The whole text is built (and
    checked) before the file is touched, so a bad record never leaves half
    a glossary behind. With ``replace=False`` an existing file that would
    change is refused (:class:`InputError` asking for ``--force``), while one
    that already holds this glossary is fine: nothing would be lost.
    """
    path = Path(path)
    previous = _previous_date(path)
    if previous is not None:
        same = render_glossary(records, header=header, metadata=glossary_metadata(project, previous, role, language))
        if _current_text(path) == same:
            return False
    if not replace and os.path.lexists(path):
        raise InputError(path, "refusing to overwrite a seed, template, translation or glossary (use --force)")
    text = render_glossary(
        records, header=header, metadata=glossary_metadata(project, revised or po_date(), role, language)
    )
    return write_if_changed(path, checked_text(text, path))


def _current_text(path: Path) -> str | None:
    try:
        return read_regular_bytes(path).decode("utf-8")
    except (OSError, InputError, UnicodeDecodeError):
        return None


def _previous_date(path: Path) -> str | None:
    text = _current_text(path)
    if text is None:
        return None
    try:
        return read_po_text(path, text).metadata.get("PO-Revision-Date")
    except InputError:
        return None


__all__ = [
    "TARGET_LANGUAGE",
    "GlossaryRecord",
    "build_po",
    "glossary_metadata",
    "group_by_term",
    "render_glossary",
    "write_glossary",
]
