"""TBX export: a PO glossary as TBX-Basic v3 (the mapping is in :mod:`tools.glossary.exchange.tbx`)."""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from tools.errors import InputError
from tools.glossary.exchange.properties import encode, terms_by_file
from tools.xmlio import XML_LANG
from tools.glossary.write import GlossaryRecord
from tools.glossary.exchange.tbx import (
    TBX_NAMESPACE,
    SOURCE_LANGUAGE,
    TARGET_LANGUAGE,
    PREFERRED,
    ADMITTED,
    DEPRECATED,
    NOTE_PREFIX,
    FILE_PREFIX,
    DEFINITION_PREFIX,
    HEADER_KEY,
)


def export_tbx(
    records: Sequence[GlossaryRecord],
    *,
    header: str = "",
    title: str = "tarjuman glossary",
    files: Sequence[dict[str, str]] = (),
) -> bytes:
    """The TBX-Basic document for ``records`` (entries without a msgstr are left out),
    with the properties of each exported glossary file (``files``).

    Raises :class:`InputError` for text XML cannot hold (control characters).
    """
    root = etree.Element(
        f"{{{TBX_NAMESPACE}}}tbx",
        nsmap={None: TBX_NAMESPACE},
        attrib={"type": "TBX-Basic", "style": "dca", XML_LANG: TARGET_LANGUAGE},
    )
    tbx_header = _sub(root, "tbxHeader")
    file_desc = _sub(tbx_header, "fileDesc")
    _sub(_sub(file_desc, "titleStmt"), "title", title)
    source_desc = _sub(file_desc, "sourceDesc")
    _sub(source_desc, "p", header)
    for properties in files:
        own = properties.get(HEADER_KEY, "")
        _sub(source_desc, "p", f"{FILE_PREFIX}{encode(properties)}" + (f"\n{own}" if own else ""))
    several = len(files) > 1
    body = _sub(_sub(root, "text"), "body")
    groups = terms_by_file(r for r in records if r.msgstr)
    if not groups:  # TBX requires at least one conceptEntry
        raise InputError(None, "nothing to export: no glossary entry has an English rendering")
    for number, group in enumerate(groups, start=1):
        _concept(body, f"c{number}", group, several)
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrib: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{TBX_NAMESPACE}}}{tag}", attrib=attrib)
    if text is not None:
        element.text = text
    return element


def _set_text(element: etree._Element, text: str, record: GlossaryRecord) -> None:
    try:
        element.text = text
    except ValueError:
        raise InputError(
            record.path or None, f"text cannot be written as XML (control character): {text!r}", record.line or None
        ) from None


def _preferred_index(group: Sequence[GlossaryRecord]) -> int | None:
    """Index of the preferred rendering: the one flagged ``preferred``, else the first approved.

    A fuzzy entry (not approved yet) is never the preferred term.
    """
    approved = [i for i, r in enumerate(group) if not r.forbidden and not r.fuzzy]
    flagged = [i for i in approved if group[i].preferred]
    if flagged:
        return flagged[0]
    return approved[0] if approved else None


def _split_definition(comment: str) -> tuple[str | None, str]:
    first, _, rest = comment.partition("\n")
    if first.startswith(DEFINITION_PREFIX):
        return first[len(DEFINITION_PREFIX) :], rest
    return None, comment


def _concept(body: etree._Element, ident: str, group: Sequence[GlossaryRecord], several: bool) -> None:
    concept = _sub(body, "conceptEntry", id=ident)
    category = next((r.category for r in group if r.category), None)
    if category:
        _sub(concept, "descrip", category, type="subjectField")
    spellings = list(dict.fromkeys(r.msgid for r in group))
    arabic_section = _sub(concept, "langSec", **{XML_LANG: SOURCE_LANGUAGE})
    for spelling in spellings:
        _set_text(_sub(_sub(arabic_section, "termSec"), "term"), spelling, group[0])
    english = _sub(concept, "langSec", **{XML_LANG: TARGET_LANGUAGE})
    definition, first_comment = _split_definition(group[0].comment)
    if definition is not None:
        _set_text(_sub(english, "descrip", type="definition"), definition, group[0])
    preferred = _preferred_index(group)
    for index, record in enumerate(group):
        comment = first_comment if index == 0 else record.comment
        _term_section(english, record, comment, _status(record, index == preferred), spellings[0], several)


def _status(record: GlossaryRecord, preferred: bool) -> str:
    if record.forbidden:
        return DEPRECATED
    return PREFERRED if preferred else ADMITTED


def _term_section(
    parent: etree._Element, record: GlossaryRecord, comment: str, status: str, first: str, several: bool
) -> None:
    section = _sub(parent, "termSec")
    _set_text(_sub(section, "term"), record.msgstr, record)
    _sub(section, "termNote", status, type="administrativeStatus")
    if comment:
        text = comment if not comment.startswith(NOTE_PREFIX) else f"{NOTE_PREFIX}note={comment}"
        _set_text(_sub(section, "note"), text, record)
    facts = {
        "msgid": record.msgid if record.msgid != first else None,
        "msgctxt": record.msgctxt,
        "flags": ", ".join(record.flags) if record.flags else None,
        "comment": record.tcomment or None,
        "file": record.origin if several and record.origin else None,
    }
    for key, value in facts.items():
        if value is not None:
            _set_text(_sub(section, "note"), f"{NOTE_PREFIX}{key}={value}", record)

__all__ = ["export_tbx"]
