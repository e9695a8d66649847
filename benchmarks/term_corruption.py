"""Show that term accuracy sees what BLEU and chrF++ barely notice.

Take 200 TICO-19 test sentences (Arabic source, human English reference,
the TICO-19 COVID-19 terminology as glossary; benchmarks/data/tico19/).
Every glossary term in the Arabic has its approved English in the
reference. Make a hypothesis by copying the reference and replacing a
growing share (0, 10, 25, 50, 75, 100 %) of those term renderings with a
wrong but plausible one: the English of another TICO-19 term with the same
number of words and the closest spelling ("COVID-19 crisis" ->
"COVID-19 epidemic", "pneumonia" -> "pandemic"), the same for every occurrence
of a term and never the English of another term of the same sentence, so
only terminology changes and sentence length stays put. The corrupted occurrences are nested (the 25 % set contains the 10 %
set), chosen by a seeded shuffle, so the run is reproducible.

Prints a markdown table and writes docs/term-corruption.png (needs
matplotlib: ``pip install tarjuman[plot]``).

Run: ``.venv/bin/python benchmarks/term_corruption.py``
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.glossary import SourceMatcher, Term, load_glossary  # noqa: E402
from tools.score.segments import Segment, read_lines  # noqa: E402
from tools.score.standard import corpus_scores  # noqa: E402
from tools.score.terms import WINDOWS, rendering_spans, term_scores  # noqa: E402

DATA = Path(__file__).parent / "data" / "tico19"
PLOT = ROOT / "docs" / "term-corruption.png"
RATES = (0, 10, 25, 50, 75, 100)
SEED = 2021


@dataclass(frozen=True)
class Occurrence:
    """An approved term rendering in the reference: segment, character span, term."""

    segment: int
    start: int
    end: int
    term: Term


def occurrences(matcher: SourceMatcher, sources: list[str], references: list[str]) -> list[Occurrence]:
    """Reference spans of the terms found in each source segment, without overlaps."""
    found = []
    for index, (source, reference) in enumerate(zip(sources, references)):
        counts: dict[str, int] = {}
        terms: dict[str, Term] = {}
        for match in matcher.find(source):
            counts[match.term.key] = counts.get(match.term.key, 0) + 1
            terms[match.term.key] = match.term
        taken: list[tuple[int, int]] = []
        for key, term in terms.items():
            for start, end in rendering_spans(reference, term)[: counts[key]]:
                if all(end <= s or e <= start for s, e in taken):
                    taken.append((start, end))
                    found.append(Occurrence(index, start, end, term))
    return found


def _capitals(text: str) -> bool:
    """Acronyms ("SARS") are replaced by acronyms ("MERS"), words by words."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _variant(right: str, other: str) -> bool:
    """Whether ``other`` contains ``right`` or only changes its ending ("vaccine"/"vaccines")."""
    a, b = right.casefold(), other.casefold()
    return a in b or a.startswith(b) or b.startswith(a)


def distractors(found: list[Occurrence]) -> dict[str, str]:
    """A wrong but plausible rendering for every term of ``found``.

    The English of another TICO-19 term with the same number of words (an
    acronym for an acronym), the one spelled most like the right rendering
    ("COVID-19 crisis" -> "COVID-19 epidemic", "pneumonia" -> "pandemic"), so
    a reader could take it for a translator's slip. Never one the glossary
    accepts for the term, nor for a term that shares a sentence with it
    (turning COVID into SARS next to a real SARS would count as right).
    """
    terms = {o.term.key: o.term for o in found}
    neighbours: dict[str, set[str]] = {key: set() for key in terms}
    by_segment: dict[int, set[str]] = {}
    for o in found:
        by_segment.setdefault(o.segment, set()).add(o.term.key)
    for keys in by_segment.values():
        for key in keys:
            neighbours[key] |= keys
    pool = sorted({t.approved[0].text for t in terms.values()})
    chosen = {}
    for key, term in terms.items():
        right = term.approved[0].text
        banned = [terms[k] for k in neighbours[key]]
        allowed = [t for t in pool if not any(rendering_spans(t, b) for b in banned)
                   and not any(_variant(r.text, t) for r in term.approved)]
        alike = [t for t in allowed if len(t.split()) == len(right.split()) and _capitals(t) == _capitals(right)]
        chosen[key] = max(alike or allowed, key=lambda t: SequenceMatcher(None, right.casefold(), t.casefold()).ratio())
    return chosen


def _cased_like(replacement: str, original: str) -> str:
    """Keep a capital at the start of the replaced words (sentence-initial terms)."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def corrupt(references: list[str], chosen: list[Occurrence], wrong: dict[str, str]) -> list[str]:
    """The references with the chosen occurrences replaced, right to left per segment."""
    out = list(references)
    for occ in sorted(chosen, key=lambda o: (o.segment, -o.start)):
        text = out[occ.segment]
        replacement = _cased_like(wrong[occ.term.key], text[occ.start : occ.end])
        out[occ.segment] = text[: occ.start] + replacement + text[occ.end :]
    return out


def measure(matcher: SourceMatcher, sources: list[str], references: list[str]) -> list[dict[str, float]]:
    """One row of figures per corruption rate."""
    found = occurrences(matcher, sources, references)
    order = list(found)
    random.Random(SEED).shuffle(order)
    wrong = distractors(found)
    rows = []
    for rate in RATES:
        chosen = order[: round(len(order) * rate / 100)]
        hypotheses = corrupt(references, chosen, wrong)
        segments = [
            Segment(str(i + 1), s, h, (r,), i + 1)
            for i, (s, h, r) in enumerate(zip(sources, hypotheses, references))
        ]
        standard = {s.metric: s.score for s in corpus_scores(hypotheses, [references])}
        terms = term_scores(matcher, segments)
        rows.append(
            {
                "rate": rate,
                "corrupted": len(chosen),
                "term": terms.exact_match or 0.0,
                **{f"window{w}": terms.window[w] or 0.0 for w in WINDOWS},
                "term_ter": terms.one_minus_term,
                **standard,
            }
        )
    return rows


COLUMNS = (
    ("rate", "corrupted %", "{:.0f}"),
    ("corrupted", "occurrences", "{:d}"),
    ("term", "term accuracy", "{:.1f}"),
    ("window2", "window 2", "{:.1f}"),
    ("window3", "window 3", "{:.1f}"),
    ("term_ter", "1 - TERm", "{:.1f}"),
    ("bleu", "BLEU", "{:.1f}"),
    ("chrf", "chrF++", "{:.1f}"),
    ("ter", "TER", "{:.1f}"),
)


def table(rows: list[dict[str, float]]) -> str:
    lines = ["| " + " | ".join(title for _, title, _ in COLUMNS) + " |"]
    lines.append("|" + "|".join("---:" for _ in COLUMNS) + "|")
    for row in rows:
        lines.append("| " + " | ".join(fmt.format(row[key]) for key, _, fmt in COLUMNS) + " |")
    return "\n".join(lines)


def plot(rows: list[dict[str, float]], path: Path) -> None:
    """Line plot of every metric against the corruption rate (matplotlib, Agg)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rates = [r["rate"] for r in rows]
    fig, ax = plt.subplots(figsize=(7, 4.2), dpi=110)
    for key, label, style in (
        ("term", "term exact-match accuracy", "o-"),
        ("window2", "window overlap (2)", "s--"),
        ("term_ter", "1 - TERm", "^--"),
        ("bleu", "BLEU", "o-"),
        ("chrf", "chrF++", "o-"),
    ):
        ax.plot(rates, [r[key] for r in rows], style, label=label)
    ax.set_xlabel("term renderings replaced by a wrong one (%)")
    ax.set_ylabel("score")
    ax.set_ylim(0, 105)
    ax.set_xticks(rates)
    ax.grid(True, alpha=0.3)
    ax.legend(loc="lower left", fontsize=8)
    ax.set_title("TICO-19 ar→en, 200 sentences: corrupting terms in the reference")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, metadata={"Software": None})
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plot", type=Path, default=PLOT, help="PNG to write (default: %(default)s)")
    parser.add_argument("--no-plot", action="store_true", help="print the table only")
    args = parser.parse_args()
    glossary = load_glossary([DATA / "glossary.po"])
    matcher = SourceMatcher(glossary.terms)
    sources, references = read_lines(DATA / "ar.txt"), read_lines(DATA / "en.txt")
    rows = measure(matcher, sources, references)
    print(f"TICO-19 test sentences: {len(sources)}; glossary terms: {len(glossary.terms)}; "
          f"term occurrences in the reference: {rows[-1]['corrupted']}")
    print()
    print(table(rows))
    if not args.no_plot:
        try:
            plot(rows, args.plot)
        except ImportError:
            sys.exit("matplotlib is needed for the plot: pip install 'tarjuman[plot]' (or use --no-plot)")
        print(f"\nplot: {args.plot.relative_to(ROOT) if args.plot.is_relative_to(ROOT) else args.plot}")


if __name__ == "__main__":
    main()
