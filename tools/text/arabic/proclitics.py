"""Proclitics: the conjunctions, prepositions and article that attach to a word.

Words carry attached proclitics: conjunctions و ف, prepositions ب ك ل, and
the article ال, which merges with ل into لل (ل + المملكة → للمملكة).
:func:`proclitic_readings` lists the ways a word can be read with them
removed; a dictionary lookup decides which reading is a known term.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

#: Conjunctions that attach to the next word.
CONJUNCTIONS = ("و", "ف")
#: Prepositions that attach to the next word.
PREPOSITIONS = ("ب", "ك", "ل")
ARTICLE = "ال"
#: A stem left after removing proclitics must keep at least this many letters.
MIN_STEM = 2

#: Conjunctions that many writers (notably in Maghrebi news) type as a word of
#: their own, "و لمراقبة" for "ولمراقبة"; :func:`tokenize` reattaches them.
DETACHABLE_CONJUNCTIONS = ("و",)


@dataclass(frozen=True)
class Reading:
    """One way to read a word: ``prefix_len`` letters of proclitics, then ``stem``."""

    prefix_len: int
    stem: str


def proclitic_readings(word: str) -> list[Reading]:
    """Every reading of normalized ``word`` with attached proclitics removed.

    The word itself always comes first. Then: a conjunction (و ف), a
    preposition (ب ك ل) or both (وب, فل, ...), the article ال after them
    (وبالرباط → رباط), and the merged ل + ال → لل, read back as ال + stem
    (للمملكه → المملكه) or as the bare stem (مملكه). Each stem keeps at least
    :data:`MIN_STEM` letters. Over-generation is harmless: only readings that
    are known terms match.
    """
    readings = [Reading(0, word)]
    seen = {word}

    def add(prefix_len: int, stem: str) -> None:
        if len(stem) >= MIN_STEM and stem not in seen:
            seen.add(stem)
            readings.append(Reading(prefix_len, stem))

    conj_options = [0] + [1 for c in CONJUNCTIONS if word.startswith(c)]
    for conj in conj_options:
        rest = word[conj:]
        add(conj, rest)
        add_without_article(conj, rest, add)
        if rest[:1] in PREPOSITIONS:
            after = rest[1:]
            add(conj + 1, after)
            add_without_article(conj + 1, after, add)
            if rest[0] == "ل" and after.startswith("ل"):
                # ل + ال merged into لل: the article's lam is still in the text.
                add(conj + 1, "ا" + after)
                add(conj + 2, after[1:])
    return readings


def add_without_article(prefix_len: int, rest: str, add: Callable[[int, str], None]) -> None:
    """Offer the reading of ``rest`` without its article ال (البلاغ → بلاغ).

    A glossary term written without the article then also matches its
    definite form; a term written with the article still needs it.
    """
    if rest.startswith(ARTICLE):
        add(prefix_len + len(ARTICLE), rest[len(ARTICLE) :])


#: Every run of proclitic letters that :func:`proclitic_readings` strips from
#: the front of a word, leaving the rest of the word as the stem: a
#: conjunction, then the article, a preposition, a preposition and the article,
#: or the merged لل (للمغرب → مغرب).
PROCLITIC_PREFIXES = frozenset(
    conjunction + rest
    for conjunction in ("", *CONJUNCTIONS)
    for rest in ("", ARTICLE, "لل", *PREPOSITIONS, *(p + ARTICLE for p in PREPOSITIONS))
)
#: The prefixes after which a word read with ل + ال merged keeps the
#: article's lam: للمملكه is ل then (ا)لمملكه, so a term المملكه is found there
#: (the stem is the rest of the word with the alef put back).
LAM_BEFORE_ARTICLE = frozenset(conjunction + "ل" for conjunction in ("", *CONJUNCTIONS))
