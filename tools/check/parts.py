"""Splitting the files of a run into tasks for ``--jobs N`` processes, and joining the results.

Files are the natural unit of work, but one large catalogue would keep every
process but one idle. So a file that is a large share of the run is split
into parts: part ``i`` of ``n`` checks the ``i``-th of ``n`` equal runs of
the file's entries, in order. Each part's result holds its entries'
problems, facts and suppressions in entry order, so the parts joined in
order are exactly what checking the whole file gives: the output of
``--jobs N`` is byte for byte the serial output.
"""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tools.check.checks.base import FileFacts

if TYPE_CHECKING:
    from tools.check.engine import FileResult

#: A file smaller than this is never split: reading it again in another
#: process would cost about what its checks do (about 600 entries).
SPLIT_MIN_BYTES = 256 * 1024


@dataclass(frozen=True)
class Part:
    """Entries ``[count * index / parts, count * (index + 1) / parts)`` of the file at ``path``."""

    path: str
    index: int = 0
    parts: int = 1

    def share(self, entries: Sequence[Any]) -> Sequence[Any]:
        """This part's run of ``entries`` (all of them for a whole file)."""
        if self.parts == 1:
            return entries
        total = len(entries)
        return entries[total * self.index // self.parts : total * (self.index + 1) // self.parts]

    def before(self, entries: Sequence[Any]) -> Sequence[Any]:
        """The entries of the file before this part's run (none for a whole file)."""
        return entries[: len(entries) * self.index // self.parts]


def plan(paths: Sequence[str], jobs: int, min_bytes: int | None = None) -> list[Part]:
    """The tasks for ``jobs`` processes: each file whole, or in up to ``jobs`` parts.

    A file gets parts in proportion to its share of the run's bytes,
    rounded up: alone it gets ``jobs`` parts, one of two equal files one.
    Files under ``min_bytes`` (default :data:`SPLIT_MIN_BYTES`) stay whole.
    """
    if jobs <= 1:
        return [Part(path) for path in paths]
    if min_bytes is None:
        min_bytes = SPLIT_MIN_BYTES
    sizes = [_size(path) for path in paths]
    total = sum(sizes) or 1
    tasks: list[Part] = []
    for path, size in zip(paths, sizes):
        count = min(jobs, math.ceil(jobs * size / total)) if size >= min_bytes else 1
        tasks.extend(Part(path, index, count) for index in range(count))
    return tasks


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:  # reading it reports the problem
        return 0


def join(tasks: Sequence[Part], results: Sequence[FileResult]) -> Iterator[FileResult]:
    """One result per file: the results of its parts joined in order."""
    start = 0
    while start < len(tasks):
        end = start + tasks[start].parts
        yield _join(results[start:end])
        start = end


def _join(parts: Sequence[FileResult]) -> FileResult:
    first = parts[0]
    if len(parts) == 1:
        return first
    for part in parts:
        if part.error is not None:
            return part
    facts: dict[str, list[Any]] = {}
    suppressions: dict[tuple[int, str], Any] = {}
    for part in parts:
        for code, file_facts in part.facts:
            facts.setdefault(code, []).extend(file_facts.entries)
        # The segments of one XLIFF unit share its line and notes: one suppression
        # each, as the engine keeps within one part.
        for suppression in part.suppressions:
            suppressions.setdefault((suppression.ref.line, suppression.text), suppression)
    return dataclasses.replace(
        first,
        problems=tuple(problem for part in parts for problem in part.problems),
        facts=tuple((code, FileFacts(first.path, tuple(items))) for code, items in facts.items()),
        suppressions=tuple(suppressions.values()),
    )
