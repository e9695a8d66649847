"""One scoring run: read and align the files, compute every metric, keep it as data.

The result, :class:`ScoreReport`, is plain data; :mod:`tools.score.report`
only formats it, so the text table, the JSON and the tests all see the same
numbers.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from tools.errors import InputError
from tools.glossary import Glossary, SourceMatcher, load_glossary
from tools.score.segments import Corpus, UnitKey, load_corpus
from tools.score.standard import (
    Comparison,
    StandardScore,
    corpus_scores,
    paired_bootstrap,
    sentence_scores,
)
from tools.score.terms import TermScores, term_scores


@dataclass(frozen=True)
class SegmentRow:
    """The per-segment table's row: sentence-level sacrebleu scores and term counts."""

    key: str
    line: int | None
    scores: dict[str, float]
    terms_found: int | None
    terms_expected: int | None
    missing: tuple[str, ...]
    #: The segment's window overlap (0-1, ``None`` without a reference term) and TERm.
    window: dict[int, float | None] | None
    term_ter: float | None


@dataclass(frozen=True)
class ScoreReport:
    corpus: Corpus
    standard: list[StandardScore]
    terms: TermScores | None
    #: Why terminology metrics were not computed, when they were not.
    terms_skipped: str | None
    glossary_paths: tuple[str, ...]
    rows: list[SegmentRow] | None
    comparison: list[Comparison] | None
    #: The second hypothesis of ``--compare``, aligned like the first.
    compared: Corpus | None


@dataclass(frozen=True)
class GlossaryChoice:
    """The glossary paths of a run and whether the user named them."""

    paths: tuple[Path, ...]
    explicit: bool


def _glossary(choice: GlossaryChoice) -> Glossary | None:
    """The glossary, or ``None`` when the default location holds none."""
    paths = choice.paths
    if not choice.explicit:
        paths = tuple(p for p in paths if p.exists())
        if not paths:
            return None
    glossary = load_glossary(paths)
    if not glossary.terms and choice.explicit:
        raise InputError(paths[0], "glossary has no usable terms")
    return glossary


def _terms(corpus: Corpus, choice: GlossaryChoice) -> tuple[TermScores | None, str | None, tuple[str, ...]]:
    if any(s.source is None for s in corpus.segments):
        if choice.explicit:
            raise InputError(None, "terminology metrics need the Arabic source: pass --source FILE for plain-text files")
        return None, "no Arabic source (plain-text files need --source FILE)", ()
    glossary = _glossary(choice)
    if glossary is None or not glossary.terms:
        return None, "no glossary found (pass --glossary PATH)", ()
    matcher = SourceMatcher(glossary.terms)
    return term_scores(matcher, corpus.segments), None, glossary.paths


def _rows(corpus: Corpus, terms: TermScores | None) -> list[SegmentRow]:
    rows = []
    for index, segment in enumerate(corpus.segments):
        part = terms.segments[index] if terms is not None else None
        rows.append(
            SegmentRow(
                key=segment.key,
                line=segment.line,
                scores=sentence_scores(segment.hypothesis, list(segment.references)),
                terms_found=part.found if part else None,
                terms_expected=part.expected if part else None,
                missing=part.missing if part else (),
                window=part.window if part else None,
                term_ter=part.term_ter if part else None,
            )
        )
    return rows


def _second(corpus: Corpus, other: str | os.PathLike[str], order: list[UnitKey] | None) -> Corpus:
    """The second hypothesis, aligned on the same reference units as the first
    (PO: the reference's units; text: its lines). Only the sacrebleu metrics
    are compared, so it needs no source."""
    return load_corpus(other, list(corpus.reference_paths), order=order)


def _comparison(corpus: Corpus, second: Corpus) -> list[Comparison]:
    """Paired bootstrap of the second hypothesis against the first."""
    names = (f"Baseline: {corpus.hypothesis_path}", second.hypothesis_path)
    return paired_bootstrap(corpus.hypotheses, second.hypotheses, corpus.references(), names)


def score(
    hypothesis: str | os.PathLike[str],
    references: list[str],
    *,
    source: str | os.PathLike[str] | None,
    glossary: GlossaryChoice,
    per_segment: bool = False,
    compare: str | os.PathLike[str] | None = None,
    order: list[UnitKey] | None = None,
) -> ScoreReport:
    """Everything ``tools score`` reports, as data (``order``: see :func:`load_corpus`)."""
    corpus = load_corpus(hypothesis, references, source, order)
    standard = corpus_scores(corpus.hypotheses, corpus.references())
    terms, skipped, paths = _terms(corpus, glossary)
    second = _second(corpus, compare, order) if compare is not None else None
    return ScoreReport(
        corpus=corpus,
        standard=standard,
        terms=terms,
        terms_skipped=skipped,
        glossary_paths=paths,
        rows=_rows(corpus, terms) if per_segment else None,
        comparison=_comparison(corpus, second) if second is not None else None,
        compared=second,
    )
