"""Sentence-boundary accuracy and speed of ``tools.text.segment`` against gold Arabic news.

Run from anywhere:  .venv/bin/python benchmarks/segmentation.py [--show-errors [N]]

Each gold document (benchmarks/data/ntrex128, benchmarks/data/ud_arabic_pud) is
rebuilt as an article: the gold sentences of a paragraph are joined with one
space, except that a sentence without final punctuation (a headline, a
subheading) ends its line, as it would in a real article. A boundary is the
character offset where a sentence starts (all but the first of a document).
Every system's segments are mapped to the same offsets, so precision, recall
and F1 are comparable. The baselines are ICU's sentence BreakIterator (PyICU)
and pysbd; both are in the ``bench`` extra and are skipped with a clear message
when missing. Speed is the best of several timed passes over each dataset,
given as a ratio to ICU's time measured in the same run (the systems take
turns in every pass).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from tools.text.arabic import INVISIBLE_FORMAT
from tools.text.segment import segment_text

DATA = Path(__file__).resolve().parent / "data"
DATASETS = {
    "NTREX-128": DATA / "ntrex128" / "ntrex128_ar_docs.jsonl",
    "UD Arabic-PUD": DATA / "ud_arabic_pud" / "ar_pud_gold_segmentation.jsonl",
}
#: How the gold data marks a complete sentence: final punctuation, then closing
#: quotes or brackets. Deliberately independent of tools.text.segment's tables.
FINAL_PUNCTUATION = re.compile(r"[.!?\u061f\u2026][\"'\u00bb\u201d\u2019)\]]*$")
TIMING_PASSES = 7
BASELINE = "ICU"

Segmenter = Callable[[str], list[str]]


@dataclass(frozen=True)
class Document:
    doc_id: str
    text: str
    boundaries: frozenset[int]


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def build_document(doc_id: str, paragraphs: list[list[str]]) -> Document:
    """The article text of one gold document and the offsets where its sentences start."""
    text = ""
    boundaries: set[int] = set()
    for paragraph in paragraphs:
        line_ends = True  # a new paragraph starts on a new line
        for sentence in (s.strip() for s in paragraph):
            if not sentence:
                continue
            if text:
                text += "\n" if line_ends else " "
                boundaries.add(len(text))
            text += sentence
            line_ends = not FINAL_PUNCTUATION.search(sentence)
    return Document(doc_id, text, frozenset(boundaries))


def load_documents(path: Path) -> list[Document]:
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [build_document(row["doc_id"], row["paragraphs"]) for row in rows]


def _visible_start(text: str, index: int) -> int:
    """Move ``index`` past whitespace and invisible marks to where a sentence's text begins."""
    while index < len(text) and (text[index].isspace() or text[index] in INVISIBLE_FORMAT):
        index += 1
    return index


def boundaries_of(text: str, segments: Iterable[str]) -> set[int]:
    """Offsets where the 2nd, 3rd, ... segment starts, found in order in ``text``."""
    found: set[int] = set()
    cursor = 0
    for segment in segments:
        piece = segment.strip()
        if not piece:
            continue
        start = text.find(piece, cursor)
        if start < 0:
            raise ValueError(f"segment not found in its document: {piece[:40]!r}")
        if cursor:
            found.add(_visible_start(text, start))
        cursor = start + len(piece)
    return found


# --- the systems ------------------------------------------------------------


def ours() -> Segmenter:
    return lambda text: [unit.text for unit in segment_text(text)]


def icu_segmenter() -> Segmenter:
    import icu  # type: ignore[import-not-found]

    breaker = icu.BreakIterator.createSentenceInstance(icu.Locale("ar"))

    def segment(text: str) -> list[str]:
        utf16 = icu.UnicodeString(text)
        breaker.setText(utf16)
        offsets = [0, *breaker]
        # ICU counts UTF-16 code units; slicing the UnicodeString keeps that right.
        return [str(utf16[a:b]) for a, b in zip(offsets, offsets[1:])]

    return segment


def pysbd_segmenter() -> Segmenter:
    import pysbd  # type: ignore[import-not-found]

    segmenter = pysbd.Segmenter(language="ar", clean=False)
    return segmenter.segment


#: Every system, in table order: name -> (factory, package that provides it).
SYSTEMS: dict[str, tuple[Callable[[], Segmenter], str | None]] = {
    "tools.text.segment": (ours, None),
    "ICU": (icu_segmenter, "PyICU"),
    "pysbd": (pysbd_segmenter, "pysbd"),
}


def available_systems() -> dict[str, Segmenter]:
    systems: dict[str, Segmenter] = {}
    for name, (factory, package) in SYSTEMS.items():
        try:
            systems[name] = factory()
        except ImportError:
            print(
                f"note: {name} skipped: {package} is not installed "
                f"(install the bench extra: .venv/bin/pip install -e '.[bench]')",
                file=sys.stderr,
            )
    return systems


# --- measuring --------------------------------------------------------------


@dataclass
class Result:
    score: Score
    seconds: float
    errors: list[tuple[str, str, Document, int]]  # (kind, system, document, offset)


def evaluate(name: str, segment: Segmenter, documents: list[Document], seconds: float) -> Result:
    score = Score()
    errors: list[tuple[str, str, Document, int]] = []
    for document in documents:
        predicted = boundaries_of(document.text, segment(document.text))
        gold = document.boundaries
        score.true_positives += len(predicted & gold)
        score.false_positives += len(predicted - gold)
        score.false_negatives += len(gold - predicted)
        errors += [("missed", name, document, offset) for offset in sorted(gold - predicted)]
        errors += [("extra", name, document, offset) for offset in sorted(predicted - gold)]
    return Result(score, seconds, errors)


def best_times(systems: dict[str, Segmenter], documents: list[Document]) -> dict[str, float]:
    """Each system's best time over the dataset. The systems take turns in every pass,
    so that a busy machine slows them all alike and the ratios stay fair."""
    best = dict.fromkeys(systems, float("inf"))
    for _ in range(TIMING_PASSES):
        for name, segment in systems.items():
            started = time.perf_counter()
            for document in documents:
                segment(document.text)
            best[name] = min(best[name], time.perf_counter() - started)
    return best


def format_table(results: dict[str, dict[str, Result]], sizes: dict[str, tuple[int, int]]) -> str:
    lines = [
        "| dataset | system | precision | recall | F1 | time (ms) | time vs ICU |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for dataset, by_system in results.items():
        baseline = by_system.get(BASELINE)
        docs, gold = sizes[dataset]
        for name, result in by_system.items():
            ratio = f"{result.seconds / baseline.seconds:.2f}×" if baseline else "n/a"
            s = result.score
            lines.append(
                f"| {dataset} ({docs} docs, {gold} boundaries) | {name} | {s.precision:.4f} "
                f"| {s.recall:.4f} | {s.f1:.4f} | {result.seconds * 1000:.1f} | {ratio} |"
            )
    return "\n".join(lines)


def show_errors(results: dict[str, dict[str, Result]], system: str, limit: int) -> None:
    for dataset, by_system in results.items():
        result = by_system.get(system)
        if result is None:
            continue
        print(f"\n{system} on {dataset}: first {limit} of {len(result.errors)} errors")
        for kind, _name, document, offset in result.errors[:limit]:
            before = document.text[max(0, offset - 50) : offset].replace("\n", "⏎")
            after = document.text[offset : offset + 30].replace("\n", "⏎")
            print(f"  {kind:6} {document.doc_id}: …{before}‖{after}…")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--show-errors", nargs="?", type=int, const=15, default=0, metavar="N",
        help="print the first N missed and extra boundaries (default 15)",
    )  # fmt: skip
    parser.add_argument(
        "--system", default="tools.text.segment", choices=list(SYSTEMS),
        help="whose errors --show-errors prints",
    )  # fmt: skip
    args = parser.parse_args(argv)

    systems = available_systems()
    results: dict[str, dict[str, Result]] = {}
    sizes: dict[str, tuple[int, int]] = {}
    for dataset, path in DATASETS.items():
        documents = load_documents(path)
        sizes[dataset] = (len(documents), sum(len(d.boundaries) for d in documents))
        seconds = best_times(systems, documents)
        results[dataset] = {
            name: evaluate(name, segment, documents, seconds[name])
            for name, segment in systems.items()
        }
    if BASELINE not in systems:
        print(f"note: no {BASELINE} in this run, so no speed ratios", file=sys.stderr)
    print(format_table(results, sizes))
    if args.show_errors:
        show_errors(results, args.system, args.show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
