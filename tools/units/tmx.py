"""TMX 1.4 input: translation memories exported by CAT tools and the Translate Toolkit.

A ``<tu>`` holds one ``<tuv>`` per language. The source is the ``<tuv>`` in
the unit's ``srclang`` (the ``<tu>``'s own, else the ``<header>``'s; when
that is ``*all*``, the language asked for); the target is the ``<tuv>`` in
the target language asked for. A memory may hold more languages than the
pair read: other ``<tuv>`` are ignored, and a ``<tu>`` without a source
``<tuv>`` is not a unit of this pair. A ``<tu>`` with a source but no
target ``<tuv>`` is an untranslated unit. TMX has no review state: every
unit with a target is translated. ``<note>`` elements of the ``<tu>`` and of
its ``<tuv>`` are the translator's notes. Inline markup is resolved by
:func:`tools.units.inline.segment_text`; locations are the line of the ``<tu>``.
"""

from __future__ import annotations

from lxml import etree

from tools.errors import InputError
from tools.units.inline import segment_text
from tools.units.model import Document, Location, Unit
from tools.units.languages import same_language
from tools.xmlio import XML_LANG, children, local_name, parse_xml

FORMAT = "tmx"
#: ``srclang`` of a memory whose units may start in any language.
ALL_LANGUAGES = "*all*"


def _language(tuv: etree._Element) -> str:
    # TMX 1.1 wrote ``lang``; 1.4 writes ``xml:lang``.
    return tuv.get(XML_LANG) or tuv.get("lang") or ""


def read_tmx(data: bytes, name: str, source: str, target: str) -> Document:
    """The ``source``→``target`` units of a TMX document; ``name`` is how findings name the file."""
    root = parse_xml(data, name)
    if local_name(root) != "tmx":
        raise InputError(name, f"not a TMX file: root element is <{local_name(root)}>", root.sourceline)
    headers = children(root, "header")
    default = headers[0].get("srclang", "") if headers else ""
    bodies = children(root, "body")
    if not bodies:
        raise InputError(name, "TMX file has no <body>", root.sourceline)
    units: list[Unit] = []
    others: set[str] = set()
    sources: set[str] = set()
    for tu in children(bodies[0], "tu"):
        srclang = tu.get("srclang") or default
        if not srclang or srclang == ALL_LANGUAGES:
            srclang = source
        variants = children(tu, "tuv")
        source_tuv = next((v for v in variants if same_language(_language(v), srclang)), None)
        if source_tuv is None:
            continue
        sources.add(srclang)
        target_tuv = next(
            (v for v in variants if v is not source_tuv and same_language(_language(v), target)), None
        )
        others.update(_language(v) for v in variants if v is not source_tuv)
        units.append(_unit(tu, source_tuv, target_tuv, name))
    return Document(
        name,
        FORMAT,
        tuple(units),
        source_language=_declared(sources, default, source),
        target_language=target if any(same_language(o, target) for o in others) else _first(others),
    )


def _declared(sources: set[str], default: str, asked: str) -> str | None:
    """The source language the memory's units declare (the asked one when it is among them)."""
    if any(same_language(s, asked) for s in sources):
        return asked
    if sources:
        return sorted(sources)[0]
    return None if default in ("", ALL_LANGUAGES) else default


def _first(languages: set[str]) -> str | None:
    return sorted(languages)[0] if languages else None


def _seg(tuv: etree._Element | None) -> str:
    if tuv is None:
        return ""
    segs = children(tuv, "seg")
    return segment_text(segs[0]) if segs else ""


def _unit(tu: etree._Element, source: etree._Element, target: etree._Element | None, name: str) -> Unit:
    notes = [
        line
        for holder in (tu, source, *( [target] if target is not None else []))
        for note in children(holder, "note")
        for line in "".join(note.itertext()).splitlines()
    ]
    return Unit(
        source=_seg(source),
        targets=(_seg(target),),
        location=Location(name, tu.sourceline or 0),
        notes=tuple(notes),
        id=tu.get("tuid"),
    )
