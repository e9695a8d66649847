"""Adding and removing glossary entries without hand-editing PO syntax.

A translator who meets a new term should not have to know that a second
rendering of a term needs its own ``msgctxt`` label, that a forbidden
rendering is a flag, or how a PO string is quoted. :func:`add_entry` writes
the entry as glossary/README.md describes it:

* a new term gets ``msgctxt`` = its category (or none);
* a further rendering of a term the file already has keeps the file's
  spelling of the term (one spelling per term) and its category, and gets
  the first free label: ``<category>|forbidden`` for a forbidden rendering,
  ``|acronym`` for an all-capitals one, else ``|variant``; ``-2``, ``-3`` ...
  when taken;
* the entry goes right after the term's other entries, so a term stays
  together in the file.

A rendering the file already approves (or forbids) is not added twice, and
one that would contradict it (forbidding an approved rendering, approving a
forbidden one) is refused: the translator removes the old entry first, on
purpose. Matching is by normalized Arabic (:func:`tools.text.arabic.term_key`),
so إيرلندا and أيرلندا, or a spelling with diacritics, find the same term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import polib

from tools.errors import InputError
from tools.glossary.model import CONTEXT_SEPARATOR, FLAG_CASE_SENSITIVE, FLAG_FORBIDDEN
from tools.text import arabic

#: An English rendering that is an acronym: capitals and digits (DGSN, UNHCR, G20, U.N.).
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.&-]*[A-Z0-9.]$")
#: The category of a further rendering of a term that has none.
DEFAULT_CATEGORY = "term"


@dataclass(frozen=True)
class Addition:
    """What :func:`add_entry` did: the entry (new or already there) and whether it is new."""

    entry: polib.POEntry
    added: bool
    #: The file's spelling of the term, when it differs from the one given.
    respelled: str | None = None


def _term_entries(po: polib.POFile, key: str) -> list[polib.POEntry]:
    return [e for e in po if not e.obsolete and e.msgid and arabic.term_key(e.msgid) == key]


def _one_line(value: str, what: str) -> str:
    text = " ".join(value.split())
    if not text:
        raise InputError(None, f"the {what} is empty")
    return text


def _same_rendering(entry: polib.POEntry, english: str) -> bool:
    return " ".join(entry.msgstr.split()).casefold() == english.casefold()


def _category(entries: list[polib.POEntry]) -> str | None:
    for entry in entries:
        if entry.msgctxt:
            category = entry.msgctxt.split(CONTEXT_SEPARATOR, 1)[0].strip()
            if category:
                return category
    return None


def _free_context(po: polib.POFile, msgid: str, category: str | None, label: str) -> str | None:
    """The first ``msgctxt`` not used with ``msgid``: the category itself, then labels."""
    used = {e.msgctxt for e in po if not e.obsolete and e.msgid == msgid}
    if category not in used:
        return category
    stem = f"{category or DEFAULT_CATEGORY}{CONTEXT_SEPARATOR}{label}"
    candidate, number = stem, 2
    while candidate in used:
        candidate, number = f"{stem}-{number}", number + 1
    return candidate


def _label(english: str, forbidden: bool) -> str:
    if forbidden:
        return "forbidden"
    return "acronym" if _ACRONYM.match(english) else "variant"


def add_entry(
    po: polib.POFile,
    source: str,
    english: str,
    *,
    category: str | None = None,
    forbidden: bool = False,
    note: str | None = None,
    case_sensitive: bool = False,
    where: str | None = None,
) -> Addition:
    """Add ``english`` as an approved (or ``forbidden``) rendering of ``source`` to ``po``.

    Raises :class:`InputError` (naming ``where`` and the line of the entry in
    the way) for a rendering that contradicts one the file has.
    """
    source = _one_line(source, "Arabic term")
    english = _one_line(english, "English rendering")
    category = _one_line(category, "category") if category is not None else None
    if category and CONTEXT_SEPARATOR in category:
        raise InputError(None, f"a category cannot contain {CONTEXT_SEPARATOR!r}: {category!r}")
    entries = _term_entries(po, arabic.term_key(source))
    for entry in entries:
        if _same_rendering(entry, english):
            if (FLAG_FORBIDDEN in entry.flags) == forbidden:
                return Addition(entry, added=False)
            state = "forbidden" if FLAG_FORBIDDEN in entry.flags else "approved"
            raise InputError(
                where,
                f"{entry.msgstr!r} is already {state} for {entry.msgid!r}; remove that entry first "
                f"(tools glossary remove {entry.msgid!r} {entry.msgstr!r}) if it is wrong",
                entry.linenum,
            )
    msgid = entries[0].msgid if entries else source
    category = category or _category(entries)
    flags = [FLAG_FORBIDDEN] if forbidden else []
    if case_sensitive:
        flags.append(FLAG_CASE_SENSITIVE)
    entry = polib.POEntry(msgid=msgid, msgstr=english, flags=flags, comment=(note or "").strip())
    context = _free_context(po, msgid, category, _label(english, forbidden))
    if context is not None:
        entry.msgctxt = context
    position = po.index(entries[-1]) + 1 if entries else len(po)
    po.insert(position, entry)
    return Addition(entry, added=True, respelled=msgid if msgid != source else None)


def remove_entries(po: polib.POFile, source: str, english: str | None, where: str | None = None) -> list[polib.POEntry]:
    """Remove the rendering ``english`` of ``source`` (every rendering when ``None``); return them.

    Raises :class:`InputError` when nothing matches, listing what the file has.
    """
    source = _one_line(source, "Arabic term")
    entries = _term_entries(po, arabic.term_key(source))
    if not entries:
        raise InputError(where, f"no entry for {source!r}")
    chosen = entries if english is None else [e for e in entries if _same_rendering(e, _one_line(english, "English rendering"))]
    if not chosen:
        renderings = ", ".join(repr(e.msgstr) for e in entries)
        raise InputError(where, f"{source!r} has no rendering {english!r} (it has {renderings})")
    for entry in chosen:
        po.remove(entry)
    return chosen


__all__ = ["Addition", "add_entry", "remove_entries"]
