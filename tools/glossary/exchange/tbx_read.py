"""TBX import: TBX v3 or v2 (``martif``) into glossary records (the mapping is in
:mod:`tools.glossary.exchange.tbx`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from tools.errors import InputError
from tools.glossary.exchange.properties import NAME, Exchanged, decode
from tools.xmlio import XML_LANG, all_text, children, local_name, parse_xml
from tools.glossary.model import CONTEXT_SEPARATOR, FLAG_FORBIDDEN, FLAG_PREFERRED
from tools.glossary.write import GlossaryRecord
from tools.glossary.exchange.tbx import (
    SOURCE_LANGUAGE,
    TARGET_LANGUAGE,
    PREFERRED,
    FORBIDDEN_STATUSES,
    KNOWN_STATUSES,
    STATUS_LABELS,
    NOTE_PREFIX,
    FILE_PREFIX,
    DEFINITION_PREFIX,
    NOTE_KEYS,
)


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


__all__ = ["parse_tbx", "read_tbx"]
