"""Measure where unrelated news sentences fall on the translation-memory scale.

Why: a fuzzy threshold is only useful if sentences that have nothing to do
with each other stay below it. For every NTREX-128 Arabic sentence we find
its best match among the sentences of *other* documents (123 news stories
from different outlets and days) with :func:`tools.workflow.memory.similarity`, and
print the distribution of those best scores plus the closest pairs, so the
pairs just above and just below :data:`tools.workflow.memory.FUZZY_THRESHOLD` can be
read by a person.

Candidates are the 50 sentences sharing the most words (readings shared by
fewer than 300 sentences), which keeps the run to seconds; a pair with few
shared words cannot score high anyway.

Run: ``.venv/bin/python benchmarks/memory_threshold.py``
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).parent))

from tools.workflow.memory import FUZZY_THRESHOLD, WordReadings, similarity  # noqa: E402
from ntrex import load  # noqa: E402

CANDIDATES = 50
COMMON = 300


def best_matches(rows: list[tuple[str, str]]) -> list[tuple[float, int, int]]:
    words = [WordReadings.of(arabic) for _, arabic in rows]
    vocabularies = [w.vocabulary() for w in words]
    index: dict[str, set[int]] = defaultdict(set)
    for i, vocabulary in enumerate(vocabularies):
        for reading in vocabulary:
            index[reading].add(i)
    best = []
    for i, sentence in enumerate(words):
        shared: Counter[int] = Counter()
        for reading in sorted(vocabularies[i]):  # sorted: ties among candidates break the same every run
            if len(index[reading]) < COMMON:
                shared.update(index[reading])
        score, partner = 0.0, -1
        for j, _ in shared.most_common(CANDIDATES):
            if rows[j][0] != rows[i][0]:
                s = similarity(sentence, words[j])
                if s > score:
                    score, partner = s, j
        best.append((score, i, partner))
    return best


def main() -> None:
    rows = load()
    best = best_matches(rows)
    scores = sorted(score for score, _, _ in best)
    print(f"{len(rows)} sentences, {len({d for d, _ in rows})} documents")
    print("best match in another document, percentiles:")
    for q in (0.50, 0.90, 0.95, 0.99, 0.995, 1.0):
        print(f"  {q:6.1%}  {scores[min(len(scores) - 1, int(q * len(scores)))]:.3f}")
    above = sum(1 for s in scores if s >= FUZZY_THRESHOLD)
    print(f"sentences with a match >= {FUZZY_THRESHOLD}: {above} ({above / len(scores):.1%})")
    print("closest pairs (each pair once):")
    seen = set()
    for score, i, j in sorted(best, reverse=True):
        if score < 0.5 or (j, i) in seen:
            continue
        seen.add((i, j))
        print(f"  {score:.3f}  {rows[i][1][:70]}\n         {rows[j][1][:70]}")


if __name__ == "__main__":
    main()
