"""XLIFF 1.2 and 2.x input: the units that CAT tools (Trados, memoQ, Phrase, Okapi) exchange.

Read with lxml (:mod:`tools.xmlio`: no entities, no DTD, no network). One
:class:`~tools.units.model.Unit` per *segment*, because a segment is what a
PO entry is here, one sentence:

* XLIFF 1.2 ``<trans-unit>``: one unit, unless it carries a segmented
  ``<seg-source>`` (Okapi, Trados): then one unit per ``<mrk mtype="seg">``,
  its target the ``<mrk>`` of the same ``mid`` in ``<target>``. A
  ``<group restype="x-gettext-plurals">`` (the Translate Toolkit's po2xliff)
  is one plural unit. The po2xliff header unit
  (``restype="x-gettext-domain-header"``) and units with ``translate="no"``
  are not units to check.
* XLIFF 2.x ``<unit>``: one unit per ``<segment>``; ``<ignorable>`` is
  whitespace between segments.

State. 1.2: a ``state`` of ``new``, ``needs-translation`` or any
``needs-*`` on a non-empty target means the text is not confirmed: fuzzy.
``translated``, ``final``, ``signed-off`` or no ``state`` mean translated.
2.x: ``initial`` (given explicitly) on a non-empty target is fuzzy;
``translated``, ``reviewed``, ``final`` or none are translated. An absent or
blank ``<target>`` is untranslated whatever the state says.

Notes: a 1.2 ``<note from="developer">`` is a comment for the translator;
every other note (and every 2.x note) is the translator's, so
``tarjuman: ignore <code> [<term>]`` written in one suppresses findings.
Inline markup is resolved by :func:`tools.units.inline.segment_text`.

Location: the line of the ``<trans-unit>`` (1.2) or ``<unit>`` (2.x), also
for each of its segments, because notes (and so suppressions) belong to the
whole unit: a note that silences a finding in one segment must not be
reported unused by the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from tools.errors import InputError
from tools.units.inline import segment_text
from tools.units.model import FUZZY, Document, Location, Unit
from tools.xmlio import by_name, children, local_name, parse_xml

FORMAT = "xliff"

#: 1.2 target states whose text is not (yet) a confirmed translation.
UNCONFIRMED_1 = frozenset(
    {
        "new",
        "needs-translation",
        "needs-adaptation",
        "needs-l10n",
        "needs-review-adaptation",
        "needs-review-l10n",
        "needs-review-translation",
    }
)
#: 2.x segment states whose text is not (yet) a confirmed translation.
UNCONFIRMED_2 = frozenset({"initial"})
PLURAL_GROUP = "x-gettext-plurals"
HEADER_UNIT = "x-gettext-domain-header"


@dataclass(frozen=True)
class _Segment:
    """One segment before it becomes a unit."""

    source: str
    target: str | None
    state: str | None
    line: int
    id: str | None


def read_xliff(data: bytes, name: str) -> Document:
    """The units of an XLIFF 1.2 or 2.x document; ``name`` is how findings name the file."""
    root = parse_xml(data, name)
    if local_name(root) != "xliff":
        raise InputError(name, f"not an XLIFF file: root element is <{local_name(root)}>", root.sourceline)
    version = root.get("version", "")
    if version.startswith("2"):
        return _read_2(root, name)
    if version.startswith("1") or not version:
        return _read_1(root, name)
    raise InputError(name, f"unknown XLIFF version {version!r} (1.2 and 2.x are read)", root.sourceline)


# --------------------------------------------------------------------------- XLIFF 1.2


def _read_1(root: etree._Element, name: str) -> Document:
    files = children(root, "file")
    if not files:
        raise InputError(name, "XLIFF file has no <file> element", root.sourceline)
    units: list[Unit] = []
    for file in files:
        for body in children(file, "body"):
            _walk_1(body, name, units)
    return Document(
        name,
        FORMAT,
        tuple(units),
        source_language=_same(files, "source-language", name),
        target_language=_same(files, "target-language", name),
    )


def _same(files: list[etree._Element], attribute: str, name: str) -> str | None:
    """The one value of ``attribute`` over every ``<file>`` (a mix is refused)."""
    values = {f.get(attribute) for f in files if f.get(attribute)}
    if len(values) > 1:
        raise InputError(name, f"<file> elements declare different {attribute}s: {', '.join(sorted(v for v in values if v))}")
    return values.pop() if values else None


def _walk_1(parent: etree._Element, name: str, units: list[Unit]) -> None:
    for element in parent:
        kind = local_name(element)
        if kind == "group":
            if element.get("restype") == PLURAL_GROUP:
                plural = _plural_1(element, name)
                if plural is not None:
                    units.append(plural)
            else:
                _walk_1(element, name, units)
        elif kind == "trans-unit":
            if element.get("translate") == "no" or element.get("restype") == HEADER_UNIT:
                continue
            units.extend(_units_1(element, name))


def _notes_1(parts: dict[str, list[etree._Element]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(translator notes, developer comments) of a 1.2 unit, one string per line."""
    notes: list[str] = []
    comments: list[str] = []
    for note in parts.get("note", ()):
        lines = "".join(note.itertext()).splitlines()
        (comments if note.get("from") == "developer" else notes).extend(lines)
    return tuple(notes), tuple(comments)


def _segments_1(unit: etree._Element, parts: dict[str, list[etree._Element]], name: str) -> list[_Segment]:
    sources = parts.get("source")
    if not sources:
        raise InputError(name, "<trans-unit> has no <source>", unit.sourceline)
    targets = parts.get("target")
    target = targets[0] if targets else None
    state = target.get("state") if target is not None else None
    seg_sources = parts.get("seg-source")
    marks = _seg_marks(seg_sources[0]) if seg_sources else []
    if not marks:
        text = segment_text(target) if target is not None else None
        return [_Segment(segment_text(sources[0]), text, state, unit.sourceline or 0, unit.get("id"))]
    target_marks = {m.get("mid"): m for m in _seg_marks(target)} if target is not None else {}
    segments = []
    for mark in marks:
        found = target_marks.get(mark.get("mid"))
        segments.append(
            _Segment(
                segment_text(mark),
                segment_text(found) if found is not None else None,
                state,
                unit.sourceline or 0,
                f"{unit.get('id')}#{mark.get('mid')}",
            )
        )
    return segments


def _seg_marks(element: etree._Element) -> list[etree._Element]:
    return [m for m in element.iter() if local_name(m) == "mrk" and m.get("mtype") == "seg"]


def _units_1(element: etree._Element, name: str) -> list[Unit]:
    parts = by_name(element)
    notes, comments = _notes_1(parts)
    return [
        _unit(segment, name, notes, comments, UNCONFIRMED_1)
        for segment in _segments_1(element, parts, name)
    ]


def _plural_1(group: etree._Element, name: str) -> Unit | None:
    """A po2xliff plural group: forms ``id[0]``, ``id[1]``, ... as one plural unit."""
    members = [(unit, by_name(unit)) for unit in children(group, "trans-unit")]
    forms = [segment for unit, parts in members for segment in _segments_1(unit, parts, name)]
    if not forms:
        return None
    first = forms[0]
    notes, comments = _notes_1(members[0][1])
    fuzzy = any(_unconfirmed(form, UNCONFIRMED_1) for form in forms)
    return Unit(
        source=first.source,
        targets=tuple(form.target or "" for form in forms),
        location=Location(name, first.line),
        source_plural=forms[1].source if len(forms) > 1 else first.source,
        notes=notes,
        comments=comments,
        flags=(FUZZY,) if fuzzy else (),
        id=group.get("id"),
    )


# --------------------------------------------------------------------------- XLIFF 2.x


def _read_2(root: etree._Element, name: str) -> Document:
    units: list[Unit] = []
    for unit in (e for e in root.iter() if local_name(e) == "unit"):
        if unit.get("translate") == "no":
            continue
        notes = tuple(
            line
            for holder in children(unit, "notes")
            for note in children(holder, "note")
            for line in "".join(note.itertext()).splitlines()
        )
        for segment in children(unit, "segment"):
            if segment.get("translate") == "no":
                continue
            sources = children(segment, "source")
            if not sources:
                raise InputError(name, "<segment> has no <source>", segment.sourceline)
            targets = children(segment, "target")
            parsed = _Segment(
                segment_text(sources[0]),
                segment_text(targets[0]) if targets else None,
                segment.get("state"),
                unit.sourceline or 0,
                f"{unit.get('id')}#{segment.get('id')}" if segment.get("id") else unit.get("id"),
            )
            units.append(_unit(parsed, name, notes, (), UNCONFIRMED_2))
    return Document(
        name,
        FORMAT,
        tuple(units),
        source_language=root.get("srcLang"),
        target_language=root.get("trgLang"),
    )


# --------------------------------------------------------------------------- both


def _unconfirmed(segment: _Segment, unconfirmed: frozenset[str]) -> bool:
    return bool(segment.target and segment.target.strip()) and segment.state in unconfirmed


def _unit(
    segment: _Segment,
    name: str,
    notes: tuple[str, ...],
    comments: tuple[str, ...],
    unconfirmed: frozenset[str],
) -> Unit:
    return Unit(
        source=segment.source,
        targets=(segment.target or "",),
        location=Location(name, segment.line),
        notes=notes,
        comments=comments,
        flags=(FUZZY,) if _unconfirmed(segment, unconfirmed) else (),
        id=segment.id,
    )
