"""Timing shared by the benchmarks: the best wall time of a few runs.

The best of several runs, each after a garbage collection, is the figure
least disturbed by whatever else the machine is doing; every benchmark that
compares two timings takes both with this one function.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any


def best(function: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Best wall time of ``repeat`` runs and the last result."""
    times, result = [], None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result
