"""``tools stats``: how far each translation is, in units and in source words.

Counts follow ``msgfmt --statistics``: every non-obsolete unit (PO entry
except the header, XLIFF segment, TMX unit) is counted in its
:class:`~tools.units.model.State`: *untranslated* when its translation is
blank (even if it is flagged fuzzy: there is nothing to review), *fuzzy*
when flagged so, *translated* otherwise. Like pocount, each unit also weighs
its number of source words: the words of the Arabic source as :func:`tools.text.arabic.tokenize` reads
them (runs of letters and digits; punctuation is not a word, and a
conjunction و written apart from its word is part of it), which is a fairer
measure of the work left than the number of sentences.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tools.text import arabic
from tools.units.model import State
from tools.units.readers import expand, read_units

#: The states of a unit, in the order they are reported.
STATES = (State.TRANSLATED.value, State.FUZZY.value, State.UNTRANSLATED.value)


@dataclass
class Count:
    """Units and source words in one state."""

    units: int = 0
    words: int = 0

    def add(self, other: Count) -> None:
        self.units += other.units
        self.words += other.words

    def to_dict(self) -> dict[str, int]:
        return {"units": self.units, "words": self.words}


@dataclass
class FileStats:
    """The counts of one PO file (or of several, for the total)."""

    path: str
    counts: dict[str, Count] = field(default_factory=lambda: {state: Count() for state in STATES})

    @property
    def total(self) -> Count:
        total = Count()
        for count in self.counts.values():
            total.add(count)
        return total

    def percent_words(self) -> float:
        """Share of the source words that are translated, 0–100 (100 for an empty file)."""
        total = self.total.words
        return 100.0 if total == 0 else 100.0 * self.counts["translated"].words / total

    def add(self, other: FileStats) -> None:
        for state in STATES:
            self.counts[state].add(other.counts[state])

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            **{state: self.counts[state].to_dict() for state in STATES},
            "total": self.total.to_dict(),
            "translated_words_percent": round(self.percent_words(), 1),
        }


def source_words(text: str) -> int:
    """Number of Arabic (source) words in ``text``."""
    return len(arabic.tokenize(text))


def file_stats(path: Path, name: str) -> FileStats:
    """The counts of the translation file ``path``, reported as ``name``."""
    stats = FileStats(name)
    for unit in read_units(path).live():
        if not unit.source:
            continue
        count = stats.counts[unit.state.value]
        count.units += 1
        count.words += source_words(unit.source)
    return stats


def total_of(files: Iterable[FileStats]) -> FileStats:
    total = FileStats("total")
    for stats in files:
        total.add(stats)
    return total


def translation_files(paths: Iterable[Path]) -> list[Path]:
    """The files named by ``paths``: files as given, folders searched for PO and XLIFF files."""
    return expand(paths)
