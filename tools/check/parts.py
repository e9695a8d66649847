"""Splitting the files of a run into tasks for ``--jobs N`` processes, and joining the results.

Files are the natural unit of work, but one large catalogue would keep every
process but one idle. So a file that is a large share of the run is split
into parts: part ``i`` of ``n`` checks the units that start in the ``i``-th
of ``n`` runs of the file's lines, in order. Lines, not a count of units,
because a part then knows its share without reading the whole file first:
it reads the units before its run only for the article's history, and stops
at the end of its run (the last part reads to the end of the file, so an
error anywhere in it is reported). That reading costs a later part time the
first does not spend, so the runs are not equal: each later run is shorter
by what its part spends reading the lines before it (see :func:`boundary`). Each part's result holds its
entries' findings, facts and suppressions in entry order, so the parts
joined in order are exactly what checking the whole file gives: the output
of ``--jobs N`` is byte for byte the serial output.
"""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tools.check.checks.base import FileFacts
from tools.fileio import regular_chunks

if TYPE_CHECKING:
    from tools.check.engine import FileResult

#: A file smaller than this is never split: reading it again in another
#: process would cost about what its checks do (about 600 entries).
SPLIT_MIN_BYTES = 256 * 1024
#: What reading a unit only for the history costs, as a share of checking it.
#: Measured on the 50,000-entry benchmark catalogue: reading and remembering
#: about 10 µs an entry, checking (reading included) 45 µs with 100 terms and
#: 73 µs with 10,000.
PRE_READ_SHARE = 0.2


@dataclass(frozen=True)
class Part:
    """The ``index``-th of ``parts`` runs of lines of the file at ``path`` (see :meth:`lines`)."""

    path: str
    index: int = 0
    parts: int = 1

    def lines(self) -> tuple[int, int | None]:
        """The first line of this part's run and the first line after it (``None``: the end of the file).

        Units are in the part whose run holds their line (a PO entry's
        ``msgid``, an XLIFF unit's element): the segments of one XLIFF unit
        stay together.
        """
        if self.parts == 1:
            return 0, None
        total = count_lines(self.path)
        first = 0 if self.index == 0 else 1 + int(total * boundary(self.index, self.parts))
        end = None if self.index == self.parts - 1 else 1 + int(total * boundary(self.index + 1, self.parts))
        return first, end


def boundary(index: int, parts: int, pre_read: float = PRE_READ_SHARE) -> float:
    """Where part ``index`` of ``parts`` starts, as a share of the file's lines.

    Part ``i`` reads the lines before its run (at ``pre_read`` the cost of
    checking them) and checks its run, so for every part to take the same
    time ``T``, its run is ``T`` less what it spends reading first:
    ``b[i+1] = b[i] + T - pre_read * b[i]``, with ``b[0] = 0`` and ``b[parts] = 1``.
    With two parts and the default share, the first checks 56 % of the lines.
    """
    keep = 1.0 - pre_read
    # b[i] = T * (1 + keep + ... + keep ** (i - 1)): a geometric sum, T from b[parts] = 1
    return sum(keep**k for k in range(index)) / sum(keep**k for k in range(parts))


def count_lines(path: str) -> int:
    """The lines of the file ``path`` (line feeds, plus one), read a piece at a time."""
    return 1 + sum(piece.count(b"\n") for piece in regular_chunks(path))


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
    facts: dict[str, FileFacts] = {}
    suppressions: dict[tuple[int, str], Any] = {}
    for part in parts:
        for code, file_facts in part.facts:
            if code in facts:
                facts[code].extend(file_facts)
            else:
                facts[code] = file_facts
        # The segments of one XLIFF unit share its line and notes: one suppression
        # each, as the engine keeps within one part.
        for suppression in part.suppressions:
            suppressions.setdefault((suppression.ref.line, suppression.text), suppression)
    return dataclasses.replace(
        first,
        findings=tuple(finding for part in parts for finding in part.findings),
        facts=tuple(facts.items()),
        suppressions=tuple(suppressions.values()),
    )
