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


#: A trie node: normalized word -> child node, and ``_END`` -> :class:`_Entry`.
Node = dict[str, object]
#: Where a term may start in a word: (proclitic letters to skip, trie node after the word).
Starts = tuple[tuple[int, Node], ...]
#: A candidate match: (first word, last word, proclitic letters skipped, term).
Candidate = tuple[int, int, int, Term]

#: Distinct words remembered per matcher before the memo is cleared (bounds memory).
MEMO_LIMIT = 1 << 20


class SourceMatcher:
    """Find the terms of a glossary in Arabic texts (see the module docstring)."""

    def __init__(self, terms: Sequence[Term]):
        self.terms = tuple(terms)
        self._root: Node = {}
        #: word -> where terms can start in it; most words of a text start none.
        self._starts: dict[str, Starts] = {}
        for term in self.terms:
            self._add(term)

    def _add(self, term: Term) -> None:
        tokens = arabic.tokenize(term.source)
        if not tokens:
            return  # nothing to match (lint reports it)
        node = self._root
        for token in tokens:
            node = node.setdefault(token.norm, {})  # type: ignore[assignment]
        breaks = frozenset(i for i, t in enumerate(tokens) if i and t.after_break)
        # Two spellings that tokenize alike are one term already (same key),
        # except for punctuation; the first one written wins.
        node.setdefault(_END, _Entry(term, breaks))

    def __len__(self) -> int:
        return len(self.terms)

    def find(self, text: str) -> list[TermMatch]:
        """Every term in ``text``, in text order, spans in the original text."""
        words = arabic.words(text)
        starts = self._word_starts(words.norms)
        if not any(starts):
            return []
        matches = []
        for first, last, prefix_len, term in _select(self._candidates(words, starts)):
            start, end = words.span(first, prefix_len, last)
            matches.append(TermMatch(term, start, end, text[start:end]))
        return matches

    def _word_starts(self, norms: list[str]) -> list[Starts | None]:
        """For each word, where terms can start in it (memoized per distinct word)."""
        memo = self._starts
        starts = list(map(memo.get, norms))
        if None in starts:
            if len(memo) > MEMO_LIMIT:
                memo.clear()
            for index, norm in enumerate(norms):
                if starts[index] is None:
                    starts[index] = memo[norm] = self._starts_in(norm)
        return starts

    def _starts_in(self, word: str) -> Starts:
        """Readings of ``word`` (proclitics removed) that begin a term."""
        root = self._root
        return tuple(
            (reading.prefix_len, root[reading.stem])  # type: ignore[misc]
            for reading in arabic.proclitic_readings(word)
            if reading.stem in root
        )

    def _candidates(self, words: arabic.Words, starts: list[Starts | None]) -> list[Candidate]:
        """Every (first word, last word, proclitic length, term) that matches."""
        found: list[Candidate] = []
        norms = words.norms
        count = len(norms)
        for first, options in enumerate(starts):
            if not options:
                continue
            following = norms[first + 1] if first + 1 < count else None
            for prefix_len, node in options:
                entry = node.get(_END)
                if entry is not None:
                    found.append((first, first, prefix_len, entry.term))  # type: ignore[union-attr]
                if following in node:
                    self._walk(words, first, prefix_len, node, found)
        return found

    @staticmethod
    def _walk(words: arabic.Words, first: int, prefix_len: int, node: Node, found: list[Candidate]) -> None:
        """Follow the trie from ``node`` over the words after ``first``, collecting terms."""
        norms = words.norms
        last, breaks = first + 1, None
        while last < len(norms):
            node = node.get(norms[last])  # type: ignore[assignment]
            if node is None:
                return
            if words.after_break(last):
                breaks = (breaks or set()) | {last - first}
            entry = node.get(_END)
            if entry is not None and (breaks is None or breaks <= entry.breaks):  # type: ignore[union-attr]
                found.append((first, last, prefix_len, entry.term))  # type: ignore[union-attr]
            last += 1


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidates that do not overlap, in text order.

    Longest = most words, then the fewest proclitic letters stripped (the
    most literal reading), then the earliest start.
    """
    if all(a[1] < b[0] for a, b in zip(candidates, candidates[1:])):
        return candidates  # in text order and apart: the common case
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
