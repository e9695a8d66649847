"""Reading what is scored: hypothesis, references and source, aligned by unit.

Two kinds of input, and one mix:

* **translation files** (PO, XLIFF, TMX: anything
  :func:`tools.units.readers.read_units` reads; a PO hypothesis may be scored
  against an XLIFF reference) are aligned by unit, ``(msgctxt, msgid)`` in
  gettext's words, not by position: two catalogues of one article rarely
  list their entries in the same order, and an entry added or removed on one
  side must not shift every later segment. The Arabic source of each unit is
  its ``msgid``. When a file repeats a source, its first unit counts. Units missing on either
  side are not dropped silently: :class:`Alignment` keeps them so the
  command can report counts and the first few.
* **Plain text** files hold one segment per line and are aligned by line
  number, exactly as the ``sacrebleu`` command reads them (lines split on
  ``\\n`` only, trailing whitespace stripped), so our figures equal its
  figures for the same files. The source comes from ``--source``.
* A **PO hypothesis with plain-text references** (a professional
  translation kept as text) is aligned unit by unit: line *k* of each
  reference is unit *k* of the hypothesis. The units' order is the article's
  reading order when the caller knows it (``tools score`` takes it from the
  article's seed, as ``tools build --format lines`` prints it), else the
  order of the PO file's entries. Counts that differ are an error naming
  both, never a silent shift.

What a hypothesis unit that is not translated (untranslated or fuzzy,
:class:`~tools.units.model.State`) counts as: an **empty
translation**. A fuzzy msgstr is a guess that gettext does not ship
(``msgfmt`` leaves it out), so the reader of the published article sees no
translation for that unit; scoring it as empty measures what would be
published and keeps every reference unit in the test set, so two drafts of
one article are always scored on the same segments. Their number is reported.
A *reference* unit without a finished translation cannot serve as a
reference: it is left out of the test set and reported.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from tools.errors import InputError
from tools.fileio import read_text
from tools.units.model import State, Unit
from tools.units.readers import is_translation_file, read_units

#: A word for the overlap check: letters and digits.
_WORD = re.compile(r"[^\W_]+")

#: A unit's identity in a catalogue: ``(msgctxt, msgid)``.
UnitKey = tuple[str | None, str]


@dataclass(frozen=True)
class Segment:
    """One scored unit: its Arabic source (if known), hypothesis and references."""

    key: str
    source: str | None
    hypothesis: str
    references: tuple[str, ...]
    #: Where the unit stands in the hypothesis file (PO: msgid line; text: line
    #: number); ``None`` for a unit the hypothesis does not have.
    line: int | None


@dataclass(frozen=True)
class Gap:
    """Units of one file that could not be scored, and why."""

    path: str
    #: Completes "N units ...": "missing from the hypothesis, scored as empty translations".
    reason: str
    keys: tuple[str, ...]


@dataclass(frozen=True)
class Corpus:
    """The aligned segments of a run plus every unit that was left out or emptied."""

    segments: tuple[Segment, ...]
    hypothesis_path: str
    reference_paths: tuple[str, ...]
    gaps: tuple[Gap, ...] = field(default_factory=tuple)

    @property
    def hypotheses(self) -> list[str]:
        return [s.hypothesis for s in self.segments]

    def references(self) -> list[list[str]]:
        """sacrebleu's layout: one list per reference stream."""
        return [[s.references[i] for s in self.segments] for i in range(len(self.reference_paths))]

    @property
    def sources(self) -> list[str | None]:
        return [s.source for s in self.segments]


def is_po(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a translation file (PO, XLIFF, TMX) rather than plain text."""
    return is_translation_file(path)


def describe_key(key: UnitKey) -> str:
    """A unit as a human reads it: ``msgctxt|msgid`` shortened to one line."""
    context, msgid = key
    text = " ".join(msgid.split())
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{context}|{text}" if context else text


# --------------------------------------------------------------------------- text


def read_lines(path: str | os.PathLike[str]) -> list[str]:
    """Segments of a plain-text file, read the way the ``sacrebleu`` command reads them.

    sacrebleu iterates over ``\\n``-separated lines and strips trailing
    whitespace; ``str.splitlines`` would also split on U+2028 or form feeds
    and change the segment count.
    """
    text = read_text(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.rstrip() for line in lines]


def _text_corpus(
    hypothesis: Path, references: list[Path], source: Path | None
) -> Corpus:
    hyps = read_lines(hypothesis)
    streams = [read_lines(r) for r in references]
    sources = read_lines(source) if source is not None else None
    for path, lines in zip(references, streams):
        _same_count(hypothesis, len(hyps), path, len(lines))
    if source is not None and sources is not None:
        _same_count(hypothesis, len(hyps), source, len(sources))
    segments = tuple(
        Segment(
            key=str(i + 1),
            source=sources[i] if sources is not None else None,
            hypothesis=hyp,
            references=tuple(lines[i] for lines in streams),
            line=i + 1,
        )
        for i, hyp in enumerate(hyps)
    )
    return Corpus(segments, str(hypothesis), tuple(str(r) for r in references))


def _same_count(first: Path, first_count: int, other: Path, other_count: int) -> None:
    if first_count != other_count:
        raise InputError(
            other,
            f"has {other_count} lines but {first} has {first_count}; plain-text files "
            "are aligned line by line and must have the same number of segments",
        )


# --------------------------------------------------------------------------- PO


def _units(path: Path) -> dict[UnitKey, Unit]:
    """Live (not obsolete) units by ``(msgctxt, msgid)``, the first of a repeated source."""
    units: dict[UnitKey, Unit] = {}
    for unit in read_units(path).live():
        if unit.source:
            units.setdefault(unit.key, unit)
    return units


def _finished(unit: Unit) -> bool:
    return unit.state is State.TRANSLATED


def _po_corpus(hypothesis: Path, references: list[Path]) -> Corpus:
    hyp_units = _units(hypothesis)
    ref_units = [_units(path) for path in references]
    if not any(_finished(e) for e in hyp_units.values()):
        raise InputError(hypothesis, "has no translated entries (all untranslated or fuzzy); nothing to score")
    gaps: list[Gap] = []
    # The first reference decides the order and the test set.
    keys = list(ref_units[0])
    for path, units in zip(references, ref_units):
        unfinished = [k for k in keys if k in units and not _finished(units[k])]
        _gap(gaps, path, "without a finished reference translation (untranslated or fuzzy), not scored", unfinished)
        absent = [k for k in keys if k not in units]
        _gap(gaps, path, "of the first reference missing here, not scored", absent)
        keys = [k for k in keys if k in units and _finished(units[k])]
    if not keys:
        raise InputError(references[0], "has no translated entries shared by every reference; nothing to score")
    missing = [k for k in keys if k not in hyp_units]
    _gap(gaps, hypothesis, "missing from the hypothesis, scored as empty translations", missing)
    extra = [k for k in hyp_units if k not in ref_units[0]]
    _gap(gaps, hypothesis, "of the hypothesis not in the reference, not scored", extra)
    empty = [k for k in keys if k in hyp_units and not _finished(hyp_units[k])]
    _gap(gaps, hypothesis, "untranslated or fuzzy in the hypothesis, scored as empty translations", empty)
    segments = tuple(_po_segment(k, hyp_units.get(k), [u[k] for u in ref_units]) for k in keys)
    return Corpus(segments, str(hypothesis), tuple(str(r) for r in references), tuple(gaps))


def _po_segment(key: UnitKey, hyp: Unit | None, refs: list[Unit]) -> Segment:
    hypothesis = hyp.target if hyp is not None and _finished(hyp) else ""
    return Segment(
        key=describe_key(key),
        source=key[1],
        hypothesis=hypothesis,
        references=tuple(r.target for r in refs),
        line=hyp.location.line if hyp is not None else None,
    )


def _gap(gaps: list[Gap], path: Path, reason: str, keys: list[UnitKey]) -> None:
    if keys:
        gaps.append(Gap(str(path), reason, tuple(describe_key(k) for k in keys)))


def _po_text_corpus(hypothesis: Path, references: list[Path], order: list[UnitKey] | None) -> Corpus:
    """A PO hypothesis against plain-text references, unit *k* against line *k*."""
    hyp_units = _units(hypothesis)
    keys = order if order is not None else list(hyp_units)
    streams = [read_lines(r) for r in references]
    for path, lines in zip(references, streams):
        if len(lines) != len(keys):
            raise InputError(
                path,
                f"has {len(lines)} lines but {hypothesis} has {len(keys)} units; a plain-text reference "
                "is aligned with a PO hypothesis unit by unit, one line per unit in reading order "
                "(`tools build ARTICLE --format lines` prints the units that way)",
            )
    gaps: list[Gap] = []
    _gap(gaps, hypothesis, "missing from the hypothesis, scored as empty translations",
         [k for k in dict.fromkeys(keys) if k not in hyp_units])
    _gap(gaps, hypothesis, "untranslated or fuzzy in the hypothesis, scored as empty translations",
         [k for k in dict.fromkeys(keys) if k in hyp_units and not _finished(hyp_units[k])])
    segments = tuple(
        Segment(
            key=describe_key(key),
            source=key[1],
            hypothesis=hyp_units[key].target if key in hyp_units and _finished(hyp_units[key]) else "",
            references=tuple(lines[i] for lines in streams),
            line=hyp_units[key].location.line if key in hyp_units else None,
        )
        for i, key in enumerate(keys)
    )
    return Corpus(segments, str(hypothesis), tuple(str(r) for r in references), tuple(gaps))


# --------------------------------------------------------------------------- entry point


def load_corpus(
    hypothesis: str | os.PathLike[str],
    references: list[str] | list[Path],
    source: str | os.PathLike[str] | None = None,
    order: list[UnitKey] | None = None,
) -> Corpus:
    """Read and align the files of one run (see the module docstring).

    ``order`` is the reading order of a PO hypothesis's units, duplicates
    kept, for plain-text references (default: the order of its entries).

    Raises :class:`InputError` for mixed formats, segment-count mismatches,
    empty files, a catalogue with no translations, and a ``--source`` given
    with PO files (their source is the msgid).
    """
    hyp = Path(hypothesis)
    refs = [Path(r) for r in references]
    if not refs:
        raise InputError(None, "give at least one reference with --ref")
    formats = {is_po(p) for p in refs}
    if len(formats) > 1:
        raise InputError(refs[0], "the references must all be PO files or all plain text")
    if is_po(hyp) and not any(formats):
        if source is not None:
            raise InputError(source, "--source is for plain-text hypotheses; a PO file's source is its msgid")
        corpus = _po_text_corpus(hyp, refs, order)
    elif not is_po(hyp) and all(formats):
        raise InputError(
            hyp, "a plain-text hypothesis needs plain-text references; score the PO file itself against the PO reference"
        )
    elif is_po(hyp):
        if source is not None:
            raise InputError(source, "--source is for plain-text files; a PO file's source is its msgid")
        corpus = _po_corpus(hyp, refs)
    else:
        corpus = _text_corpus(hyp, refs, Path(source) if source is not None else None)
    if not any(s.hypothesis.strip() for s in corpus.segments):
        raise InputError(hyp, "every hypothesis segment is empty; nothing to score")
    if not any(_shares_a_word(s) for s in corpus.segments):
        raise InputError(
            hyp,
            "shares no word with the reference in any segment; check that the files belong "
            "together (same article, same order, English on both sides)",
        )
    return corpus


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _shares_a_word(segment: Segment) -> bool:
    """Whether the hypothesis has a word (letters or digits, any case) of a reference.

    Punctuation does not count: an Arabic hypothesis ending in "." against an
    English reference is still the wrong file.
    """
    words = _words(segment.hypothesis)
    return any(words & _words(ref) for ref in segment.references)
