"""English proposals: the n-gram of the aligned translations that co-occurs with a candidate.

How a proposal is chosen, and when none is, is described in
:mod:`tools.glossary.mining.mine`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from tools.glossary.mining.candidates import AlignedUnit

MAX_ENGLISH_WORDS = 9
MIN_EVIDENCE = 2
#: English n-grams tied on score whose relative positions differ by less than this are a tie.
POSITION_MARGIN = 0.1

ENGLISH_FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for from with and or as is was are were be been being that this "
    "these those which who whom whose it its his her their our your my he she they we you i "
    "has have had will would can could should may might must not but also said says than then "
    "there here into over under about after before during while if so such".split()
)
_ENGLISH_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
_ENGLISH_BREAK = re.compile(r"[.,;:!?()\[\]\"“”«»—–]")


def english_ngrams(text: str) -> dict[str, tuple[str, float]]:
    """Lower-cased English n-grams of ``text`` (within clauses) -> first surface form and
    relative position (index of its first word / number of words)."""
    grams: dict[str, tuple[str, float]] = {}
    clauses = [_ENGLISH_WORD.findall(clause) for clause in _ENGLISH_BREAK.split(text)]
    total = max(1, sum(len(words) for words in clauses))
    offset = 0
    for words in clauses:
        lowered = [w.lower() for w in words]
        for i in range(len(words)):
            if lowered[i] in ENGLISH_FUNCTION_WORDS:
                continue
            for j in range(i + 1, min(i + MAX_ENGLISH_WORDS, len(words)) + 1):
                if lowered[j - 1] in ENGLISH_FUNCTION_WORDS:
                    continue
                grams.setdefault(" ".join(lowered[i:j]), (" ".join(words[i:j]), (offset + i) / total))
        offset += len(words)
    return grams


class EnglishIndex:
    """English n-grams per aligned unit and their unit frequencies, for Dice."""

    def __init__(self, units: Sequence[AlignedUnit]):
        self.grams: dict[int, dict[str, tuple[str, float]]] = {}
        self.df: Counter[str] = Counter()
        for index, unit in enumerate(units):
            if unit.english:
                grams = english_ngrams(unit.english)
                self.grams[index] = grams
                self.df.update(grams.keys())

    def propose(self, positions: dict[int, float], arabic_words: int) -> tuple[str | None, str]:
        """The best English n-gram for a candidate, and the evidence.

        Score: Dice × length fit, the fit being the shorter word count over
        the longer one (the English n-gram's words other than function words
        such as "of", against the Arabic candidate's words): with a
        handful of sentences every word of them has a high Dice, and a term
        of three Arabic words is rarely one English word. ``positions`` maps
        each unit the candidate occurs in to its relative position there;
        ties (units that share a whole sentence) go to the most co-occurring
        n-gram, then to the nearest relative position: news translation
        keeps the order of a sentence's parts more often than not.
        """
        aligned = [u for u in sorted(positions) if u in self.grams]
        if not aligned:
            return None, "no aligned English translation"
        counts: Counter[str] = Counter()
        distance: dict[str, float] = defaultdict(float)
        for unit in aligned:
            for gram, (_, where) in self.grams[unit].items():
                counts[gram] += 1
                distance[gram] += abs(where - positions[unit])

        def rank(gram: str) -> tuple[float, int, float, str]:
            dice = 2 * counts[gram] / (len(aligned) + self.df[gram])
            n = max(1, sum(1 for w in gram.split() if w not in ENGLISH_FUNCTION_WORDS))
            fit = min(n, arabic_words) / max(n, arabic_words)
            return (round(dice * fit, 6), counts[gram], -distance[gram] / counts[gram], gram)

        best = max(counts, key=rank)
        dice = 2 * counts[best] / (len(aligned) + self.df[best])
        together = counts[best]
        detail = f"{together} of {len(aligned)} aligned unit(s), Dice {dice:.2f}"
        if together < MIN_EVIDENCE:
            return None, f"best English {self._surface(best, aligned)!r} in only {detail}: too little evidence"
        score, count, place, _ = rank(best)
        rivals = sum(1 for gram in counts if rank(gram)[:2] == (score, count) and rank(gram)[2] >= place - POSITION_MARGIN)
        if rivals > 1:
            # Units that share a whole sentence make all its n-grams equal; when
            # not even the position in the sentence tells them apart, nothing
            # is proposed.
            return None, f"{rivals} English n-grams tie at {detail}: ambiguous"
        return self._surface(best, aligned), detail

    def _surface(self, gram: str, units: Sequence[int]) -> str:
        forms = Counter(self.grams[u][gram][0] for u in units if gram in self.grams[u])
        return forms.most_common(1)[0][0]
