"""Reading XML that users hand us (XLIFF, TMX, TBX) safely and strictly.

Exchange files come from other tools and other people, so the parser
resolves no entities, loads no DTD, touches no network and refuses huge
trees: a ``<!DOCTYPE tmx SYSTEM "tmx14.dtd">`` line (the Translate Toolkit
writes one) is read without fetching anything, and an entity bomb stays a
few bytes. A file that is not well-formed XML is one :class:`InputError`
with the line lxml reports.
"""

from __future__ import annotations

from lxml import etree

from tools.errors import InputError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def parse_xml(data: bytes, path: str) -> etree._Element:
    """The root element of ``data``, parsed without entities, DTDs or network."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        line = error.lineno if error.lineno else None
        raise InputError(path, f"not well-formed XML: {error.msg}", line) from None


def local_name(element: etree._Element) -> str:
    """The tag without its namespace; ``""`` for comments and processing instructions."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]  # "{namespace}name": what etree.QName(tag).localname gives, faster


def children(element: etree._Element, *names: str) -> list[etree._Element]:
    """The child elements of ``element`` whose local name is one of ``names``."""
    return [child for child in element if local_name(child) in names]


def by_name(element: etree._Element) -> dict[str, list[etree._Element]]:
    """The child elements of ``element`` grouped by local name, in document order."""
    grouped: dict[str, list[etree._Element]] = {}
    for child in element:
        grouped.setdefault(local_name(child), []).append(child)
    return grouped


def all_text(element: etree._Element) -> str:
    """All text inside an element, inline markup included."""
    return "".join(element.itertext())
