"""How `tools build` and `tools glossary suggest` grow with their input.

`tools build` must be linear in the number of untranslated units and
`tools glossary suggest` must not grow with the cube of a glossary term's
word count. Each line builds an input of size n and of size 4n in the same
run; "ratio" is time(4n) / time(n): about 4 for a linear algorithm, 16 for a
quadratic one, 64 for a cubic one. Peak memory comes from tracemalloc.
The old algorithms run as baselines in the same run: the list-membership
dedup of the build's problems, and every piece of a glossary term.

    .venv/bin/python benchmarks/scale.py
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tools.config import load_config  # noqa: E402
from tools.glossary.mining.candidates import MAX_WORDS, FirstWordReader as _Reader, known_keys  # noqa: E402
from tools.workflow.build import build_article  # noqa: E402
from tools.workflow.update import update_project  # noqa: E402
from collections import Counter  # noqa: E402

WORDS = "استقبل المدير العام للأمن الوطني السفير البريطاني بالرباط وأشار البلاغ إلى أهمية التعاون".split()


def sentence(index: int) -> str:
    """A distinct Arabic sentence for every index (the index spelled with Arabic words)."""
    digits = [WORDS[int(d)] for d in str(index)]
    return " ".join(["استقبل", *digits, "بالرباط."])


def build_project(root: Path, units: int) -> None:
    (root / "pyproject.toml").write_text("[tool.tarjuman]\n", encoding="utf-8")
    (root / "seeds").mkdir()
    lines = (sentence(i) for i in range(units))
    (root / "seeds" / "article.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    update_project(load_config(root))


def time_build(units: int, baseline: bool) -> tuple[float, float, int]:
    """The build's time, and the time the old list-membership dedup takes on the same problems."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        build_project(root, units)
        config = load_config(root)
        start = time.perf_counter()
        built = build_article(config, "article", "en")
        elapsed = time.perf_counter() - start
    if not baseline:
        return elapsed, 0.0, len(built.problems)
    start = time.perf_counter()
    old: list[object] = []
    for problem in built.problems:  # what the build did before: a list membership test per unit
        if problem not in old:
            old.append(problem)
    return elapsed, time.perf_counter() - start, len(built.problems)


def time_known_keys(words: int, unbounded: bool = False) -> tuple[float, int]:
    """Pieces of one glossary term; ``unbounded``: every piece, as before (the cubic baseline)."""
    term = " ".join(WORDS[i % len(WORDS)] + str(i) for i in range(words))
    reader = _Reader(Counter())
    limit = words if unbounded else MAX_WORDS
    times = []
    for _ in range(5):  # best of 5: the small cases take milliseconds
        start = time.perf_counter()
        known_keys([term], reader, max_words=limit)
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    keys = known_keys([term], reader, max_words=limit)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del keys
    return min(times), peak


def main() -> None:
    print("| measure | n | time(n) s | time(4n) s | ratio | note |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for n in (2000, 8000):
        baseline = n == 2000  # the quadratic baseline takes minutes beyond this
        small, old_small, problems = time_build(n, baseline)
        large, old_large, problems_large = time_build(4 * n, baseline)
        print(f"| tools build, untranslated units | {n} | {small:.2f} | {large:.2f} | {large / small:.1f} | "
              f"{problems} and {problems_large} problems |")
        if baseline:
            print(f"| baseline: the old list dedup alone | {n} | {old_small:.2f} | {old_large:.2f} | "
                  f"{old_large / old_small:.1f} | same problems, same run |")
    for n in (50, 200):  # 4n = 800 words: the case that took 1 GB
        small, _ = time_known_keys(n)
        large, peak = time_known_keys(4 * n)
        print(f"| glossary suggest, words in one glossary term | {n} | {small:.4f} | {large:.4f} | "
              f"{large / small:.1f} | peak memory at 4n: {peak / 1e6:.1f} MB |")
    small, _ = time_known_keys(50, unbounded=True)  # 200 words already; 800 took 1 GB
    large, peak = time_known_keys(200, unbounded=True)
    print(f"| baseline: every piece of the term (old) | 50 | {small:.4f} | {large:.4f} | "
          f"{large / small:.1f} | peak memory at 4n: {peak / 1e6:.1f} MB |")


if __name__ == "__main__":
    main()
