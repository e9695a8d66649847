"""How fast the translation memory answers, and what the similarity bound saves.

A lookup compares the new sentence with every remembered one; the word-level
LCS is quadratic, so :meth:`tools.workflow.memory.TranslationMemory.lookup` first
skips candidates whose cheap upper bound (shared words) is below the best
score so far. This measures lookups against a memory of the 1997 NTREX-128
Arabic sentences, with the bound (the real code) and without it (the
baseline: LCS against every candidate), in the same run, and checks that
both give the same answers.

Queries: 200 sentences of the set with their last word dropped (so there is
no exact match and a close one exists), and the sentences of the longest
document (30) looked up in a memory without that document (no match).

Run: ``.venv/bin/python benchmarks/memory_speed.py``
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).parent))

from tools.workflow.memory import Memory, Suggestion, TranslationMemory, WordReadings, similarity  # noqa: E402
from ntrex import load  # noqa: E402

QUERIES = 200


def memory_of(rows: list[tuple[str, str]]) -> TranslationMemory:
    memories = []
    for index, (_doc, arabic) in enumerate(rows):
        words = WordReadings.of(arabic)
        memories.append(Memory(arabic, f"en {index}", "ntrex", index, words, words.vocabulary()))
    return TranslationMemory(memories)


def without_bound(memory: TranslationMemory, source: str) -> Suggestion | None:
    """The baseline: the same answer as lookup() for a non-exact source, by brute force."""
    words = WordReadings.of(source)
    best: Suggestion | None = None
    for candidate in memory.memories:
        score = similarity(words, candidate.words)
        if score >= memory.threshold and (best is None or score > best.score):
            best = Suggestion(candidate, min(score, 0.999))
    return best


def timed(function, memory, queries) -> tuple[float, list]:
    start = time.perf_counter()
    answers = [function(memory, query) for query in queries]
    return time.perf_counter() - start, answers


def main() -> None:
    rows = load()
    step = len(rows) // QUERIES
    near = [" ".join(rows[i][1].split()[:-1]) for i in range(0, step * QUERIES, step)]
    memory = memory_of(rows)
    cases = {"close match exists": (memory, near)}
    doc = max({d for d, _ in rows}, key=lambda d: sum(1 for r in rows if r[0] == d))
    others = memory_of([r for r in rows if r[0] != doc])
    cases["unrelated document"] = (others, [a for d, a in rows if d == doc][:QUERIES])
    print(f"memory: {len(memory)} sentences; baseline = LCS against every candidate")
    for name, (mem, queries) in cases.items():
        fast, answers = timed(lambda m, q: m.lookup(q), mem, queries)
        slow, expected = timed(without_bound, mem, queries)
        same = [a and (a.memory.line, a.score) for a in answers] == [
            e and (e.memory.line, e.score) for e in expected
        ]
        found = sum(1 for a in answers if a)
        print(
            f"{name:20} {len(queries)} lookups, {found} suggestions: "
            f"{1000 * fast / len(queries):6.2f} ms/lookup, baseline "
            f"{1000 * slow / len(queries):6.2f} ms ({slow / fast:4.1f}x faster); same answers: {same}"
        )


if __name__ == "__main__":
    main()
