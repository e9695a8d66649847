"""Show that term accuracy sees what BLEU and chrF++ barely notice.

Take 200 TICO-19 test sentences (Arabic source, human English reference,
the TICO-19 COVID-19 terminology as glossary; benchmarks/data/tico19/).
Every glossary term in the Arabic has its approved English in the
reference. Make a hypothesis by copying the reference and replacing a
growing share (0, 10, 25, 50, 75, 100 %) of those term renderings with a
wrong but plausible one: the English of another TICO-19 term with the same
number of words and the closest spelling ("coronavirus disease" ->
"coronavirus outbreak"), the same for every occurrence of a term, so only
terminology changes and sentence length stays put. The corrupted occurrences are nested (the 25 % set contains the 10 %
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


def _variant(right: str, other: str) -> bool:
    """Whether ``other`` contains ``right`` or only changes its ending ("vaccine"/"vaccines")."""
    a, b = right.casefold(), other.casefold()
    return a in b or a.startswith(b) or b.startswith(a)


def distractors(terms: list[Term]) -> dict[str, str]:
    """A wrong but plausible rendering for every term.

    The English of another TICO-19 term with the same number of words, the
    one spelled most like the right rendering ("coronavirus disease" ->
    "coronavirus outbreak"), so a reader could take it for a translator's
    slip; never one that the glossary would accept for the term.
    """
    pool = sorted({t.approved[0].text for t in terms})
    chosen = {}
    for term in terms:
        right = term.approved[0].text
        words = len(right.split())
        candidates = [
            text for text in pool
            if len(text.split()) == words and not rendering_spans(text, term)
            and not any(_variant(r.text, text) for r in term.approved)
        ]
        candidates = candidates or [t for t in pool if not rendering_spans(t, term)]
        chosen[term.key] = max(candidates, key=lambda t: SequenceMatcher(None, right.casefold(), t.casefold()).ratio())
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
    wrong = distractors([o.term for o in found])
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
