"""Terminology metrics of Alam et al. (2021), for Arabic→English.

Md Mahfuz ibn Alam, Antonios Anastasopoulos, Laurent Besacier, James Cross,
Matthias Gallé, Philipp Koehn, Vassilina Nikoulina. 2021. "On the Evaluation
of Machine Translation for Terminology Consistency". arXiv:2106.11891.

The paper's script reads terms annotated by hand in both the source and the
reference. We find them instead: the glossary's :class:`SourceMatcher` finds
each term in the Arabic source (normalized, with attached proclitics), and
the glossary's :func:`find_rendering` finds its approved English renderings
in the hypothesis and the reference (case, hyphens, plural and possessive
endings tolerated). Three metrics, all as percentages:

* **exact-match accuracy**: of the term occurrences in the source, the
  share whose approved rendering is in the hypothesis. A term found twice in
  the source needs two occurrences in the hypothesis, and one English
  occurrence counts for one source occurrence only.
* **window overlap** (windows 2 and 3): is the term in the right *place*?
  For a term whose rendering is in both hypothesis and reference, take up to
  ``w`` words left and ``w`` words right of it (punctuation skipped) on both
  sides; the score of a (reference, hypothesis) occurrence pair is the
  share of the reference window's words also in the hypothesis window
  (each counted once). Pairs are matched one-to-one, best score first. A
  segment scores the mean over its matched pairs, 0 when the reference has
  the term but the hypothesis has it nowhere; the corpus score is the mean
  over segments whose reference has a term.
* **1 - TERm**: TER where an edit of a reference term word costs 2 instead
  of 1 (:mod:`tools.score.weighted_ter`), per segment, averaged over all
  segments, reported as ``100 * (1 - mean TERm)``.

Window overlap and TERm read the *first* reference only, as in the paper.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from tools.glossary import SourceMatcher, Term, TermMatch, find_rendering
from tools.score.segments import Segment
from tools.score.weighted_ter import weighted_ter

#: The window sizes of the paper.
WINDOWS = (2, 3)
#: Edit cost of a reference term word in TERm (the paper's setting).
TERM_WEIGHT = 2.0

#: English words (with inner apostrophes or hyphens: "Morocco's", "COVID-19")
#: and single other characters (punctuation, symbols).
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*|\S")

Span = tuple[int, int]
#: Terms of one source segment by key: the term and how each occurrence is written.
Groups = dict[str, tuple[Term, list[str]]]


@dataclass(frozen=True)
class EnglishToken:
    text: str
    start: int
    end: int

    @property
    def is_punctuation(self) -> bool:
        """Punctuation and symbols are not context words (the paper skips them)."""
        return all(unicodedata.category(c)[0] in "PS" for c in self.text)


def tokenize(text: str) -> list[EnglishToken]:
    """English words and punctuation with their character spans."""
    return [EnglishToken(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def rendering_spans(english: str, term: Term) -> list[Span]:
    """Every occurrence of an approved rendering of ``term`` in ``english``, in text order.

    Renderings are tried in the glossary's order (preferred first); an
    occurrence that overlaps one already found is the same occurrence
    ("Director General" inside "Director General of National Security").
    """
    spans: list[Span] = []
    for rendering in term.approved:
        offset = 0
        while offset < len(english):
            found = find_rendering(english[offset:], rendering.text, rendering.case_sensitive)
            if found is None:
                break
            span = (offset + found[0], offset + found[1])
            if not any(span[0] < e and s < span[1] for s, e in spans):
                spans.append(span)
            offset = max(span[1], span[0] + 1)
    return sorted(spans)


@dataclass(frozen=True)
class SegmentTerms:
    """Terminology figures of one segment."""

    #: Source term occurrences whose approved rendering is in the hypothesis.
    found: int
    #: Term occurrences in the source (terms with at least one approved rendering).
    expected: int
    #: Arabic terms (as written in the source) not rendered as approved, one per miss.
    missing: tuple[str, ...]
    #: Window size -> overlap in [0, 1]; ``None`` when the reference has none of the terms.
    window: dict[int, float | None]
    #: TERm of the segment (0 is perfect).
    term_ter: float


@dataclass(frozen=True)
class TermScores:
    """Corpus-level terminology metrics (percentages) and their per-segment parts."""

    found: int
    expected: int
    #: ``None`` when the source has no glossary term at all.
    exact_match: float | None
    window: dict[int, float | None]
    one_minus_term: float
    segments: tuple[SegmentTerms, ...]
    glossary_terms: int


def _grouped(matches: Sequence[TermMatch]) -> Groups:
    """Source matches by term key (terms without an approved rendering cannot be checked)."""
    groups: Groups = {}
    for match in matches:
        if match.term.approved:
            groups.setdefault(match.term.key, (match.term, []))[1].append(match.text)
    return groups


def _context(tokens: Sequence[EnglishToken], span: Span, size: int) -> list[str]:
    """Up to ``size`` non-punctuation words on each side of ``span``."""
    inside = [i for i, t in enumerate(tokens) if t.start < span[1] and span[0] < t.end]
    if not inside:
        return []
    left = [t.text for t in reversed(tokens[: inside[0]]) if not t.is_punctuation][:size]
    right = [t.text for t in tokens[inside[-1] + 1 :] if not t.is_punctuation][:size]
    return left + right


def _pair_score(ref_words: list[str], hyp_words: list[str]) -> float:
    """Share of the reference window's words found in the hypothesis window, each used once."""
    if not ref_words:
        return 0.0
    available = Counter(hyp_words)
    hits = 0
    for word in ref_words:
        if available[word] > 0:
            available[word] -= 1
            hits += 1
    return hits / len(ref_words)


def _window_overlap(groups: Groups, hyp: str, ref: str, size: int) -> float | None:
    """The segment's window overlap (see module docstring); ``None`` without a reference term."""
    hyp_tokens, ref_tokens = tokenize(hyp), tokenize(ref)
    total, matched, has_reference = 0.0, 0, False
    for term, occurrences in groups.values():
        ref_spans = rendering_spans(ref, term)[: len(occurrences)]
        if not ref_spans:
            continue
        has_reference = True
        hyp_spans = rendering_spans(hyp, term)
        pairs = [
            (_pair_score(_context(ref_tokens, r, size), _context(hyp_tokens, h, size)), j, k)
            for j, r in enumerate(ref_spans)
            for k, h in enumerate(hyp_spans)
        ]
        pairs.sort(key=lambda p: -p[0])  # stable: ties keep reference, then hypothesis order
        used_ref: set[int] = set()
        used_hyp: set[int] = set()
        for score, j, k in pairs:
            if j not in used_ref and k not in used_hyp:
                used_ref.add(j)
                used_hyp.add(k)
                total += score
                matched += 1
    if not has_reference:
        return None
    return total / matched if matched else 0.0


def _term_ter(groups: Groups, hyp: str, ref: str) -> float:
    """TERm of one segment: reference words inside a source term's rendering weigh double."""
    ref_tokens = tokenize(ref)
    spans = [s for term, occ in groups.values() for s in rendering_spans(ref, term)[: len(occ)]]
    weights = [
        TERM_WEIGHT if any(t.start < e and s < t.end for s, e in spans) else 1.0 for t in ref_tokens
    ]
    # TER compares lowercased words, as sacrebleu's TER does by default.
    hyp_words = [t.text.lower() for t in tokenize(hyp)]
    ref_words = [t.text.lower() for t in ref_tokens]
    return weighted_ter(hyp_words, ref_words, weights)


def _claim(spans: list[Span], wanted: int, used: list[Span]) -> int:
    """Take up to ``wanted`` of ``spans`` not yet used by another term; return how many.

    One English occurrence renders one source occurrence: when كورونا and
    فيروس كورونا are both glossary terms rendered "coronavirus", a single
    "coronavirus" in the translation satisfies only one of them (the paper's
    script keeps the same list of used positions).
    """
    taken = 0
    for span in spans:
        if taken == wanted:
            break
        if all(span[1] <= s or e <= span[0] for s, e in used):
            used.append(span)
            taken += 1
    return taken


def segment_terms(matcher: SourceMatcher, segment: Segment) -> SegmentTerms:
    """All terminology figures of one segment (first reference)."""
    groups = _grouped(matcher.find(segment.source or ""))
    hyp, ref = segment.hypothesis, segment.references[0]
    found, expected, missing = 0, 0, []
    used: list[Span] = []
    for term, occurrences in groups.values():
        hits = _claim(rendering_spans(hyp, term), len(occurrences), used)
        found += hits
        expected += len(occurrences)
        missing.extend(occurrences[hits:])
    return SegmentTerms(
        found=found,
        expected=expected,
        missing=tuple(missing),
        window={size: _window_overlap(groups, hyp, ref, size) for size in WINDOWS},
        term_ter=_term_ter(groups, hyp, ref),
    )


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def term_scores(matcher: SourceMatcher, segments: Sequence[Segment]) -> TermScores:
    """Corpus terminology metrics over ``segments`` (each needs its Arabic source)."""
    parts = tuple(segment_terms(matcher, s) for s in segments)
    found = sum(p.found for p in parts)
    expected = sum(p.expected for p in parts)
    window = {}
    for size in WINDOWS:
        scores = [p.window[size] for p in parts if p.window[size] is not None]
        mean = _mean(scores)  # type: ignore[arg-type]
        window[size] = None if mean is None else 100 * mean
    mean_ter = _mean([p.term_ter for p in parts]) or 0.0
    return TermScores(
        found=found,
        expected=expected,
        exact_match=100 * found / expected if expected else None,
        window=window,
        one_minus_term=100 * (1 - mean_ter),
        segments=parts,
        glossary_terms=len(matcher),
    )
