"""Ranking candidates: C-value over nested n-grams, a bonus for patterns, or raw frequency.

The formula and why it fits news text are in :mod:`tools.glossary.mining.mine`.
"""

from __future__ import annotations

import math
from collections import defaultdict

from tools.glossary.mining.candidates import MIN_FREQUENCY, NgramCounter, NgramStats

PATTERN_BONUS = 2.0


def c_values(stats: dict[str, NgramStats], counter: NgramCounter) -> dict[str, float]:
    """C-value of every n-gram, with the largest container frequency (see the module docstring)."""
    containing: dict[str, list[int]] = defaultdict(list)
    for info in stats.values():
        if info.frequency < MIN_FREQUENCY:
            continue  # only candidate terms count as containers (Frantzi et al.)
        words = info.words
        seen: set[str] = set()
        for i in range(len(words)):
            for j in range(i + 2, len(words) + 1):
                if j - i == len(words):
                    continue
                sub = counter.key(words[i:j])
                if sub in stats and sub not in seen:
                    seen.add(sub)
                    containing[sub].append(info.frequency)
    values = {}
    for key, info in stats.items():
        longer = containing.get(key, [])
        nested = max(longer) if longer else 0.0
        values[key] = math.log2(len(info.words)) * (info.frequency - nested)
    return values


def cvalue_score(c_value: float, info: NgramStats) -> float:
    if not info.pattern:
        return c_value
    return c_value + (PATTERN_BONUS if info.whole_chain else PATTERN_BONUS / 2)


def frequency_score(c_value: float, info: NgramStats) -> float:
    return float(info.frequency)


#: Ranking functions: the documented score, and raw frequency as a baseline for benchmarks.
SCORERS = {"c-value": cvalue_score, "frequency": frequency_score}
