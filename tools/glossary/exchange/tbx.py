"""TBX (ISO 30042, TermBase eXchange) export and import of PO glossaries.

What we write: ISO 30042:2019 (TBX v3), dialect TBX-Basic, DCA style:
``<tbx type="TBX-Basic" style="dca" xml:lang="en"
xmlns="urn:iso:std:iso:30042:ed-2">``. Why v3 and not the 2008 ``martif``
form: it is the edition in force, its structure names the levels
(``conceptEntry`` / ``langSec`` / ``termSec``), and TBX-Basic v3 is the
dialect terminology tools exchange today. We read both: v3 files in any
namespace and TBX v2 ``martif`` files (``termEntry`` / ``langSet`` /
``tig`` or ``ntig``), as Weblate and the Translate Toolkit export them.

The mapping (one ``conceptEntry`` per term, i.e. per normalized Arabic msgid):

====================================  ==========================================
PO glossary                           TBX-Basic
====================================  ==========================================
category (msgctxt before ``|``)       ``<descrip type="subjectField">`` of the concept
each Arabic spelling (msgid)          ``<termSec>`` in ``<langSec xml:lang="ar">``
each English msgstr                   ``<termSec>`` in ``<langSec xml:lang="en">``
preferred rendering (the one flagged  ``administrativeStatus`` ``preferredTerm-admn-sts``
``preferred``, else the first
approved one)
other approved renderings             ``admittedTerm-admn-sts``
``forbidden`` renderings              ``deprecatedTerm-admn-sts``
first line ``definition: ...`` of     ``<descrip type="definition">`` in the English ``langSec``
the term's first ``#.`` comment
``#.`` comment of an entry            ``<note>`` of its English ``termSec``
PO header comment                     ``<p>`` of ``tbxHeader/fileDesc/sourceDesc``
each file's name, ``Language``,      ``<p>tarjuman:file=Name=x.po; Language=en;
``X-Glossary-Role`` and header        X-Glossary-Role=reference</p>`` there, one per
comment                               file, its header comment on the next lines
the file of an entry (several files)  ``tarjuman:file=<name>`` note of its ``termSec``
====================================  ==========================================

TBX-Basic has no data category for a gettext context label, for
case-sensitivity or for a translator comment, so those travel in ``<note>``
elements of the English ``termSec`` with a reserved prefix, one per fact:
``tarjuman:msgctxt=<msgctxt>``, ``tarjuman:flags=<flag>, <flag>`` (all PO
flags, in order), ``tarjuman:msgid=<spelling>`` (when the entry's Arabic
spelling is not the concept's first one) and ``tarjuman:comment=<text>``
(the ``#`` translator comment). A free note that itself starts with
``tarjuman:`` is written as ``tarjuman:note=<text>``, so the convention is
unambiguous. Other tools show these as plain notes; on import they restore
the entry exactly, and without them (a TBX from elsewhere) the flags come
from ``administrativeStatus`` and the msgctxt from ``subjectField`` plus a
label per status.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml import etree

from tools.errors import InputError
from tools.glossary.exchange.properties import NAME, Exchanged, decode, encode, terms_by_file
from tools.xmlio import XML_LANG, all_text, children, local_name, parse_xml
from tools.glossary.model import CONTEXT_SEPARATOR, FLAG_FORBIDDEN, FLAG_PREFERRED
from tools.glossary.write import GlossaryRecord

#: Namespace of ISO 30042:2019 (TBX v3), written on export.
TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
SOURCE_LANGUAGE = "ar"
TARGET_LANGUAGE = "en"

PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
DEPRECATED = "deprecatedTerm-admn-sts"
SUPERSEDED = "supersededTerm-admn-sts"
#: administrativeStatus values that mean "do not use" (TBX-Basic allows these four).
FORBIDDEN_STATUSES = frozenset({DEPRECATED, SUPERSEDED})
KNOWN_STATUSES = frozenset({PREFERRED, ADMITTED}) | FORBIDDEN_STATUSES
#: msgctxt label given to an imported rendering without a tarjuman:msgctxt note.
STATUS_LABELS = {PREFERRED: "preferred", ADMITTED: "admitted", DEPRECATED: "deprecated", SUPERSEDED: "superseded"}

NOTE_PREFIX = "tarjuman:"
#: A header paragraph holding one exported file's properties.
FILE_PREFIX = "tarjuman:file="
DEFINITION_PREFIX = "definition: "
#: The keys of the reserved notes, in the order they are written.
NOTE_KEYS = ("msgid", "msgctxt", "flags", "comment", "file", "note")
#: Where an exported file's own header comment is kept among its properties.
HEADER_KEY = "header"


# --------------------------------------------------------------------------- export


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


# --------------------------------------------------------------------------- import

#: Element names of TBX v3 and their TBX v2 (martif) equivalents.
CONCEPT_TAGS = ("conceptEntry", "termEntry")
LANGUAGE_TAGS = ("langSec", "langSet")
TERM_TAGS = ("termSec", "tig", "ntig")


@dataclass
class _TermInfo:
    """One termSec (or tig) as read: the term and what is said about it."""

    text: str
    line: int
    status: str | None = None
    notes: list[str] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)


@dataclass
class _Concept:
    line: int
    subject: str | None = None
    definitions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    arabic: list[_TermInfo] = field(default_factory=list)
    english: list[_TermInfo] = field(default_factory=list)


def parse_tbx(data: bytes, path: str) -> tuple[list[GlossaryRecord], str]:
    """Read a TBX document into glossary records and the header comment (see :func:`read_tbx`)."""
    exchanged = read_tbx(data, path)
    return exchanged.records, exchanged.header


def read_tbx(data: bytes, path: str) -> Exchanged:
    """Read a TBX document into glossary records, the header comment and file properties.

    Raises :class:`InputError` with the file and line of the first problem:
    not XML, not TBX, a concept without Arabic or English, an empty term,
    an unknown ``administrativeStatus`` or reserved note.
    """
    root = parse_xml(data, path)
    if local_name(root) not in ("tbx", "martif"):
        raise InputError(path, f"not a TBX file: root element is <{local_name(root)}>, expected <tbx> or <martif>", root.sourceline)
    bodies = [e for e in root.iter() if local_name(e) == "body"]
    if not bodies:
        raise InputError(path, "TBX file has no <text><body>", root.sourceline)
    concepts = [_read_concept(e, path) for e in bodies[0] if local_name(e) in CONCEPT_TAGS]
    records: list[GlossaryRecord] = []
    used: set[tuple[str | None, str]] = set()  # (msgctxt, msgid) pairs given out so far
    for concept in concepts:
        records.extend(_records(concept, path, used))
    paragraphs = _header_paragraphs(root)
    header = "\n".join(p for p in paragraphs if not p.startswith(FILE_PREFIX))
    files, headers = [], {}
    for paragraph in (p[len(FILE_PREFIX) :] for p in paragraphs if p.startswith(FILE_PREFIX)):
        first, _, own = paragraph.partition("\n")
        properties = decode(first)
        files.append(properties)
        headers[properties.get(NAME, "")] = own
    return Exchanged(records, header, files, headers)


def _header_paragraphs(root: etree._Element) -> list[str]:
    for element in root.iter():
        if local_name(element) == "sourceDesc":
            return [all_text(p) for p in children(element, "p")]
    return []


def _read_concept(element: etree._Element, path: str) -> _Concept:
    concept = _Concept(line=element.sourceline or 0)
    _read_aux(element, concept, path)
    for section in children(element, *LANGUAGE_TAGS):
        language = section.get(XML_LANG) or section.get("lang") or ""
        _read_aux(section, concept, path)
        terms = [_read_term(t, path) for t in children(section, *TERM_TAGS)]
        base = language.lower().split("-")[0]
        if base == SOURCE_LANGUAGE:
            concept.arabic.extend(terms)
        elif base == TARGET_LANGUAGE:
            concept.english.extend(terms)
    if not concept.arabic:
        raise InputError(path, f"<{local_name(element)}> has no Arabic (xml:lang=\"ar\") term", concept.line)
    return concept


def _read_aux(element: etree._Element, concept: _Concept, path: str) -> None:
    """Concept- or language-level subject field, definitions and notes."""
    for child in element:
        name = local_name(child)
        if name == "descripGrp":
            _read_aux(child, concept, path)
        elif name == "descrip" and child.get("type") == "subjectField":
            concept.subject = concept.subject or all_text(child).strip() or None
        elif name == "descrip" and child.get("type") == "definition":
            concept.definitions.append(" ".join(all_text(child).split()))
        elif name == "note":
            concept.notes.append(all_text(child))


def _read_term(element: etree._Element, path: str) -> _TermInfo:
    holder = element
    if local_name(element) == "ntig":
        groups = children(element, "termGrp")
        holder = groups[0] if groups else element
    terms = children(holder, "term")
    if not terms or not all_text(terms[0]).strip():
        raise InputError(path, f"<{local_name(element)}> has an empty or missing <term>", element.sourceline)
    info = _TermInfo(text=all_text(terms[0]), line=element.sourceline or 0)
    for child in holder.iter():
        name = local_name(child)
        if name == "termNote" and child.get("type") == "administrativeStatus":
            status = all_text(child).strip()
            if status not in KNOWN_STATUSES:
                allowed = ", ".join(sorted(KNOWN_STATUSES))
                raise InputError(path, f"unknown administrativeStatus {status!r} (expected one of: {allowed})", child.sourceline)
            info.status = status
        elif name == "note":
            _read_note(all_text(child), info, path, child.sourceline)
    return info


def _read_note(text: str, info: _TermInfo, path: str, line: int | None) -> None:
    if not text.startswith(NOTE_PREFIX):
        info.notes.append(text)
        return
    key, sep, value = text[len(NOTE_PREFIX) :].partition("=")
    if not sep or key not in NOTE_KEYS:
        raise InputError(path, f"unknown reserved note {text[:40]!r} (keys: {', '.join(NOTE_KEYS)})", line)
    if key == "note":
        info.notes.append(value)
    elif key in info.facts:
        raise InputError(path, f"reserved note {key!r} given twice for one term", line)
    else:
        info.facts[key] = value


def _records(concept: _Concept, path: str, used: set[tuple[str | None, str]]) -> list[GlossaryRecord]:
    """The PO entries of one concept (see the module docstring for the mapping).

    ``used`` holds the (msgctxt, msgid) pairs of earlier concepts, so that two
    concepts of a foreign file with the same Arabic term (homonyms) get
    distinct msgctxt labels instead of clashing.
    """
    first_arabic = concept.arabic[0].text
    tagged = any(term.facts for term in concept.english)
    spellings = [first_arabic] if tagged else list(dict.fromkeys(t.text for t in concept.arabic))
    records: list[GlossaryRecord] = []
    for spelling in spellings:
        approved_seen = False
        for index, term in enumerate(concept.english):
            msgid = term.facts.get("msgid", spelling)
            flags = _flags(term, approved_seen, tagged)
            approved_seen = approved_seen or FLAG_FORBIDDEN not in flags
            if tagged:  # our own export: an absent fact is an absent msgctxt
                msgctxt = term.facts.get("msgctxt")
            else:
                msgctxt = _context(concept, term, msgid, used)
            used.add((msgctxt, msgid))
            comment = "\n".join(term.notes)
            if index == 0 and concept.definitions:
                lead = "\n".join(DEFINITION_PREFIX + d for d in concept.definitions)
                comment = f"{lead}\n{comment}" if comment else lead
            if index == 0 and concept.notes:
                comment = "\n".join(filter(None, [comment, *concept.notes]))
            records.append(
                GlossaryRecord(
                    msgid=msgid,
                    msgstr=term.text,
                    msgctxt=msgctxt,
                    flags=flags,
                    comment=comment,
                    tcomment=term.facts.get("comment", ""),
                    path=path,
                    line=term.line,
                    origin=term.facts.get("file", ""),
                )
            )
        if not concept.english:
            msgctxt = _context(concept, None, spelling, used)
            used.add((msgctxt, spelling))
            records.append(GlossaryRecord(spelling, "", msgctxt, (), "\n".join(concept.notes), "", path, concept.line))
    return records


def _flags(term: _TermInfo, approved_seen: bool, tagged: bool) -> tuple[str, ...]:
    """PO flags: the exported list in our own files, else from the administrative status."""
    if tagged:
        return tuple(f.strip() for f in term.facts.get("flags", "").split(",") if f.strip())
    if term.status in FORBIDDEN_STATUSES:
        return (FLAG_FORBIDDEN,)
    if term.status == PREFERRED and approved_seen:
        return (FLAG_PREFERRED,)  # not first: the flag says what the order cannot
    return ()


def _context(concept: _Concept, term: _TermInfo | None, msgid: str, used: set[tuple[str | None, str]]) -> str | None:
    """A msgctxt for an entry from a TBX without tarjuman notes: unique per msgid.

    The first entry of a term gets the subject field alone (or no msgctxt);
    later ones ``<subject>|<status label>``, numbered when repeated.
    """
    base = concept.subject
    if (base, msgid) not in used:
        return base
    label = STATUS_LABELS.get(term.status or "", "variant") if term else "variant"
    stem = f"{base or 'term'}{CONTEXT_SEPARATOR}{label}"
    candidate, number = stem, 2
    while (candidate, msgid) in used:
        candidate, number = f"{stem}-{number}", number + 1
    return candidate


__all__ = ["TBX_NAMESPACE", "export_tbx", "parse_tbx", "read_tbx"]
