"""Translation memory: reuse the translations of past articles in a new one.

News agencies repeat themselves. A press release from the same directorate
opens and closes with the same formulae (وأشار البلاغ إلى أن ..., ومن جانبه،
أكد ...), and two reports of the same speech share whole sentences. A
translator should not type those twice, but should also never get a
near-miss passed off as a finished translation. So:

* an **exact** match (the same sentence after :func:`tools.text.arabic.normalize`,
  which sees through diacritics, hamza forms, tatweel, digits and invisible
  marks) is copied as a translation;
* a **close** match (token similarity at or above :data:`FUZZY_THRESHOLD`)
  is copied as *fuzzy*, with a translator comment naming the file, the line
  and the similarity, and the memory's Arabic as the previous msgid
  (``#| msgid``), so editors show the difference to revise;
* an entry that already has a translation, or is already fuzzy, is never
  touched.

Similarity is computed over words, not characters: a changed name or number
costs one word, not a share of letters proportional to its length. Two words
are the same when they are equal or when one reading of each without its
proclitics (و ف ب ك ل and the article, :func:`tools.text.arabic.proclitic_readings`)
coincides, so والمديرية and المديرية, or بلاغ and البلاغ, count as one word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import polib

from tools.text import arabic
from tools.units.model import State, Unit, is_blank

#: Lowest similarity offered as a fuzzy match. Measured on the 1997 NTREX-128
#: Arabic sentences (benchmarks/memory_threshold.py): a sentence's best match
#: in the other 122 news documents scores 0.20 at the median, 0.50 at the 99th
#: percentile and reaches 0.60 for only 10 sentences (0.5%), and every one of
#: those pairs reports the same event in other words (the Macedonian
#: referendum, "five days to one of the most important elections"). Just below,
#: at 0.57, sit coincidences of short sentences (إنه أمر طبيعي / إنه أمر مؤسف
#: جدًا). A sentence of 10 words with 2 words changed scores 0.80, so 0.60
#: still offers a formula whose names, numbers or a clause changed.
FUZZY_THRESHOLD = 0.6

#: Readings without proclitics shorter than this are too ambiguous to equate
#: two words (بها and لها both leave the pronoun ها).
MIN_SHARED_STEM = 3


@dataclass(frozen=True)
class WordReadings:
    """A sentence as words; each word is the set of its readings."""

    readings: tuple[frozenset[str], ...]

    @classmethod
    def of(cls, text: str) -> WordReadings:
        return cls(tuple(word_readings(t.norm) for t in arabic.tokenize(text)))

    def vocabulary(self) -> frozenset[str]:
        return frozenset().union(*self.readings) if self.readings else frozenset()


def word_readings(word: str) -> frozenset[str]:
    """The word itself plus its readings without proclitics (long enough stems only)."""
    stems = {r.stem for r in arabic.proclitic_readings(word) if len(r.stem) >= MIN_SHARED_STEM}
    return frozenset(stems | {word})


def similarity(a: WordReadings, b: WordReadings) -> float:
    """Dice coefficient over the longest common word subsequence, in [0, 1].

    ``2 * LCS / (len(a) + len(b))``, the ratio difflib uses, but over words
    that match through their readings (see the module docstring). Word order
    matters: the same words in another order are a different sentence.
    """
    total = len(a.readings) + len(b.readings)
    if total == 0:
        return 1.0
    previous = [0] * (len(b.readings) + 1)
    for word_a in a.readings:
        current = [0]
        for j, word_b in enumerate(b.readings):
            if word_a & word_b:
                current.append(previous[j] + 1)
            else:
                current.append(max(previous[j + 1], current[j]))
        previous = current
    return 2 * previous[-1] / total


def similarity_bound(a: WordReadings, b: WordReadings, b_vocabulary: frozenset[str]) -> float:
    """A cheap upper bound of :func:`similarity`: words of ``a`` that ``b`` has at all."""
    total = len(a.readings) + len(b.readings)
    if total == 0:
        return 1.0
    shared = sum(1 for word in a.readings if word & b_vocabulary)
    return 2 * min(shared, len(b.readings)) / total


@dataclass(frozen=True)
class Memory:
    """One translated entry of a past article."""

    source: str
    target: str
    path: str
    line: int
    words: WordReadings
    vocabulary: frozenset[str]


@dataclass(frozen=True)
class Suggestion:
    """What the memory offers for one untranslated entry."""

    memory: Memory
    score: float
    #: How many different translations the memory holds for the exact source.
    variants: int = 1

    @property
    def exact(self) -> bool:
        return self.score >= 1.0 and self.variants == 1

    @property
    def percent(self) -> int:
        """The score as a whole percentage, rounded down (99.6% is not 100%)."""
        return int(self.score * 100)

    def comment(self) -> str:
        """The translator comment that records where the suggestion came from."""
        where = f"{self.memory.path}:{self.memory.line}"
        if self.score >= 1.0 and self.variants > 1:
            variants = f"{self.variants} different translations"
            return f"memory: same source, {variants}; this one from {where}"
        if self.exact:
            return f"memory: exact match from {where}"
        return f"memory: {self.percent}% match from {where}"


class TranslationMemory:
    """Translated entries of PO files, searchable by normalized source."""

    def __init__(self, memories: list[Memory], threshold: float = FUZZY_THRESHOLD):
        self.memories = memories
        self.threshold = threshold
        self._by_norm: dict[str, list[Memory]] = {}
        for memory in memories:
            self._by_norm.setdefault(arabic.normalize(memory.source), []).append(memory)

    def __len__(self) -> int:
        return len(self.memories)

    def lookup(self, source: str) -> Suggestion | None:
        """The best suggestion for ``source``, or None below the threshold."""
        same = self._by_norm.get(arabic.normalize(source))
        if same:
            variants = Counter(m.target for m in same)
            # The most frequent translation; ties go to the first file in order.
            best = max(same, key=lambda m: (variants[m.target], -same.index(m)))
            return Suggestion(best, 1.0, len(variants))
        return self._closest(WordReadings.of(source))

    def _closest(self, words: WordReadings) -> Suggestion | None:
        best: Suggestion | None = None
        for memory in self.memories:
            floor = best.score if best else self.threshold
            if similarity_bound(words, memory.words, memory.vocabulary) < floor:
                continue
            score = similarity(words, memory.words)
            if score >= floor and (best is None or score > best.score):
                best = Suggestion(memory, min(score, 0.999))
        return best


def remembered(units: Iterable[Unit], name: str) -> list[Memory]:
    """The units worth remembering: translated (not fuzzy, not blank), singular.

    ``units`` may come from any translation file: PO files of past articles,
    an XLIFF file or a TMX memory exported by a CAT tool.
    """
    found = []
    for unit in units:
        if unit.state is not State.TRANSLATED or unit.is_plural or not unit.source:
            continue
        words = WordReadings.of(unit.source)
        found.append(
            Memory(unit.source, unit.target, name, unit.location.line, words, words.vocabulary())
        )
    return found


@dataclass
class FillResult:
    """Counts of one pretranslation run over one PO file."""

    path: str
    exact: int = 0
    fuzzy: int = 0
    untranslated_before: int = 0
    total: int = 0

    @property
    def filled(self) -> int:
        return self.exact + self.fuzzy

    @property
    def left(self) -> int:
        return self.untranslated_before - self.filled

    def summary(self) -> str:
        return (
            f"{self.path}: {self.exact} exact, {self.fuzzy} fuzzy, "
            f"{self.left} left untranslated (of {self.untranslated_before} untranslated, "
            f"{self.total} entries)"
        )


def fillable(entry: polib.POEntry) -> bool:
    """Whether pretranslation may write into ``entry``: empty and not fuzzy."""
    return (
        not entry.obsolete
        and bool(entry.msgid)
        and not entry.msgid_plural
        and is_blank(entry.msgstr)
        and "fuzzy" not in entry.flags
    )


def pretranslate(po: polib.POFile, memory: TranslationMemory, path: str) -> FillResult:
    """Fill the empty entries of ``po`` in place from ``memory``; return the counts."""
    result = FillResult(path)
    for entry in po:
        if entry.obsolete or not entry.msgid:
            continue
        result.total += 1
        if not fillable(entry):
            continue
        result.untranslated_before += 1
        suggestion = memory.lookup(entry.msgid)
        if suggestion is None:
            continue
        apply(entry, suggestion)
        if suggestion.exact:
            result.exact += 1
        else:
            result.fuzzy += 1
    return result


def apply(entry: polib.POEntry, suggestion: Suggestion) -> None:
    """Write ``suggestion`` into ``entry``: translation, provenance, fuzzy flag."""
    entry.msgstr = suggestion.memory.target
    comment = suggestion.comment()
    entry.tcomment = f"{entry.tcomment}\n{comment}" if entry.tcomment else comment
    if not suggestion.exact:
        if "fuzzy" not in entry.flags:
            entry.flags.append("fuzzy")
        if suggestion.memory.source != entry.msgid:
            entry.previous_msgid = suggestion.memory.source
