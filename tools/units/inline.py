"""The plain text of an XLIFF or TMX segment with inline markup.

CAT tools wrap formatting and placeholders of the original document in
inline elements. What a reader of the translation sees, and what the checks
must compare, is the text: so the content of paired tags that *wrap text*
(XLIFF 1.2 ``<g>``, ``<mrk>``; XLIFF 2.0 ``<pc>``, ``<mrk>``; TMX ``<hi>``)
is kept, while elements that stand *for* a code are dropped with whatever
native code they carry (``<x/>``, ``<bx/>``, ``<ex/>``, ``<ph>``, ``<bpt>``,
``<ept>``, ``<it>``, ``<ut>``, ``<sc/>``, ``<ec/>``, ``<sm/>``, ``<em/>``).
XLIFF 2.0 ``<cp hex="..."/>`` stands for a character XML cannot hold and
becomes that character.
"""

from __future__ import annotations

from lxml import etree

from tools.xmlio import local_name

#: Inline elements whose content is translatable text.
TEXT_WRAPPERS = frozenset({"g", "mrk", "pc", "hi"})


def segment_text(element: etree._Element) -> str:
    """The text of ``element`` with its inline markup resolved (see the module docstring)."""
    parts: list[str] = [element.text or ""]
    for child in element:
        name = local_name(child)
        if name in TEXT_WRAPPERS:
            parts.append(segment_text(child))
        elif name == "cp":
            parts.append(_code_point(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _code_point(element: etree._Element) -> str:
    try:
        return chr(int(element.get("hex", ""), 16))
    except (ValueError, OverflowError):
        return ""
