"""Finding glossary terms in Arabic text.

Terms are stored in a trie keyed by normalized *words* (``arabic.tokenize``),
so finding them costs one dictionary lookup per word of the text and a few
more per candidate, whatever the size of the glossary; a regular expression
per term would cost a pass over the text per term.

What counts as a match, and why:

* both sides are compared in normalized form (``arabic.normalize``): hamza
  forms, diacritics, tatweel, Persian letters, presentation forms, digits
  and invisible marks do not matter;
* the *first* word of a term may carry attached proclitics in the text
  (و ف ب ك ل, the article, ل + ال → لل: للمملكة المغربية matches
  المملكة المغربية); the reported span leaves them out;
* words match whole: المدير العام is not found in المديرية العامة;
* a term never spans sentence or clause punctuation;
* when candidates overlap, the one with more words wins (كأس العالم للأندية
  over كأس العالم), then the one that starts first; matches never overlap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from tools import arabic
from tools.glossary.model import Term

#: Key of the trie node slot that holds the term ending at that node. No
#: word is empty, so it cannot clash with a word.
_END = ""


@dataclass(frozen=True)
class TermMatch:
    """A term found in a text: ``text[start:end]`` is the term as written there."""

    term: Term
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Entry:
    """What a trie node ending a term stores."""

    term: Term
    #: Positions (1-based word index) where the term itself has punctuation
    #: between words; the text may break there too, nowhere else.
    breaks: frozenset[int]


@lru_cache(maxsize=1 << 17)
def _readings(word: str) -> tuple[arabic.Reading, ...]:
    """Proclitic readings of a normalized word, cached: a text repeats its words."""
    return tuple(arabic.proclitic_readings(word))


class SourceMatcher:
    """Find the terms of a glossary in Arabic texts (see the module docstring)."""

    def __init__(self, terms: Sequence[Term]):
        self.terms = tuple(terms)
        self._root: dict[str, dict] = {}
        for term in self.terms:
            self._add(term)

    def _add(self, term: Term) -> None:
        tokens = arabic.tokenize(term.source)
        if not tokens:
            return  # nothing to match (lint reports it)
        node = self._root
        for token in tokens:
            node = node.setdefault(token.norm, {})
        breaks = frozenset(i for i, t in enumerate(tokens) if i and t.after_break)
        # Two spellings that tokenize alike are one term already (same key),
        # except for punctuation; the first one written wins.
        node.setdefault(_END, _Entry(term, breaks))  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self.terms)

    def find(self, text: str) -> list[TermMatch]:
        """Every term in ``text``, in text order, spans in the original text."""
        tokens = arabic.tokenize(text)
        chosen = _select(self._candidates(tokens))
        matches = []
        for first, last, prefix_len, term in chosen:
            start = tokens[first].offsets[prefix_len]
            end = tokens[last].end
            matches.append(TermMatch(term, start, end, text[start:end]))
        return matches

    def _candidates(self, tokens: list[arabic.Token]) -> list[tuple[int, int, int, Term]]:
        """All (first token, last token, proclitic length, term) that match."""
        found = []
        count = len(tokens)
        for first, token in enumerate(tokens):
            for reading in _readings(token.norm):
                node = self._root.get(reading.stem)
                last = first
                while node is not None:
                    entry = node.get(_END)
                    if entry is not None and self._breaks_ok(tokens, first, last, entry):
                        found.append((first, last, reading.prefix_len, entry.term))
                    last += 1
                    if last >= count:
                        break
                    node = node.get(tokens[last].norm)
        return found

    @staticmethod
    def _breaks_ok(tokens: list[arabic.Token], first: int, last: int, entry: _Entry) -> bool:
        return all(
            not tokens[i].after_break or (i - first) in entry.breaks for i in range(first + 1, last + 1)
        )


def _select(candidates: list[tuple[int, int, int, Term]]) -> list[tuple[int, int, int, Term]]:
    """Keep the longest candidates that do not overlap, in text order.

    Longest = most words, then the fewest proclitic letters stripped (the
    most literal reading), then the earliest start.
    """
    ranked = sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: set[int] = set()
    chosen = []
    for candidate in ranked:
        words = range(candidate[0], candidate[1] + 1)
        if taken.isdisjoint(words):
            taken.update(words)
            chosen.append(candidate)
    chosen.sort(key=lambda c: c[0])
    return chosen
