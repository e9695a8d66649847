"""Finding glossary terms in Arabic text.

Terms are stored in a trie keyed by normalized *words* (as
``arabic.tokenize`` splits them), so finding them costs one dictionary lookup
per word of the text and a few more per candidate, whatever the size of the
glossary; a regular expression per term would cost a pass over the text per
term (``benchmarks/matching.py`` measures both). Texts are scanned with
``arabic.scan``, which gives tokenize's words from remembered chunks without
building a token per word, and what each distinct word can start is
remembered, because a catalogue repeats its vocabulary.

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
  over كأس العالم), then the one with fewer proclitic letters, then the one
  that starts first; matches never overlap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tools import arabic
from tools.glossary.model import Term

#: Key of the trie node slot that holds the term ending at that node. No
#: word is empty, so it cannot clash with a word.
_END = ""


class TermMatch:
    """A term found in a text: ``text[start:end]`` is the term as written there.

    The span in the original text is worked out on first use: checking a
    catalogue mostly asks *which* terms an entry has, and mapping normalized
    words back to original offsets costs as much as finding them.
    """

    __slots__ = ("term", "_words", "_first", "_prefix_len", "_last", "_span")

    def __init__(self, term: Term, words: arabic.Scan, first: int, prefix_len: int, last: int):
        self.term = term
        self._words = words
        self._first = first
        self._prefix_len = prefix_len
        self._last = last
        self._span: tuple[int, int] | None = None

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` in the original text, proclitics left out."""
        if self._span is None:
            self._span = self._words.span(self._first, self._prefix_len, self._last)
        return self._span

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]

    @property
    def text(self) -> str:
        """The term as written in the text."""
        start, end = self.span
        return self._words.text[start:end]

    def _key(self) -> tuple[Term, int, int]:
        return (self.term, *self.span)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TermMatch) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"TermMatch(term={self.term.source!r}, start={self.start}, end={self.end}, text={self.text!r})"


@dataclass(frozen=True)
class _Entry:
    """What a trie node ending a term stores."""

    term: Term
    #: Word offsets within the term (1: before its second word) where the term
    #: itself has punctuation (كوفيد-19); the text may break there, nowhere else.
    breaks: frozenset[int]


#: A trie node: normalized word -> child node, and ``_END`` -> the :class:`_Entry`
#: tuple of the terms that end there.
Node = dict[str, object]
#: How terms start at a word: () or (one-word match or None, walks, next words); see
#: :meth:`SourceMatcher._starts_in`.
Starts = tuple[object, ...]
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
        # Spellings that differ only in punctuation (كوفيد 19, كوفيد-19) end at
        # the same node: keep each, the text's own punctuation picks one.
        node[_END] = (*node.get(_END, ()), _Entry(term, breaks))  # type: ignore[misc]

    def __len__(self) -> int:
        return len(self.terms)

    def find(self, text: str) -> list[TermMatch]:
        """Every term in ``text``, in text order, spans in the original text."""
        words = arabic.scan(text)
        starts = self._word_starts(words.norms)
        if not any(starts):
            return []
        return [
            TermMatch(term, words, first, prefix_len, last)
            for first, last, prefix_len, term in _select(self._candidates(words, starts))
        ]

    def nested(self, text: str) -> list[TermMatch]:
        """Terms written inside the terms :meth:`find` reports, in text order.

        :meth:`find` keeps only the longest match (عبد اللطيف حموشي), which is
        right for approved renderings; a check for forbidden renderings also
        needs the terms inside it (حموشي, whose misspelling "Hamouchi" is
        still wrong).
        """
        words = arabic.scan(text)
        starts = self._word_starts(words.norms)
        if not any(starts):
            return []
        candidates = self._candidates(words, starts)
        chosen = _select(candidates)
        taken = set(chosen)
        return [
            TermMatch(term, words, first, prefix_len, last)
            for first, last, prefix_len, term in candidates
            if (first, last, prefix_len, term) not in taken
            and any(a <= first and last <= b for a, b, _p, _t in chosen)
        ]

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
        """How terms can start at ``word``: ``()`` when none can, else
        (one-word match, walks, next words).

        The one-word match is (proclitic length, term) for the reading with
        the fewest proclitic letters that is a whole term, or ``None``; the
        walks are (proclitic length, trie node) for readings that begin
        longer terms, and next words what may follow in any of them.
        Computed once per distinct word, so the scan itself does no lookup
        it can avoid.
        """
        root = self._root
        single: tuple[int, Term] | None = None
        walks: list[tuple[int, Node]] = []
        for reading in arabic.proclitic_readings(word):
            node = root.get(reading.stem)
            if node is None:
                continue
            entries = node.get(_END)
            if entries is not None and (single is None or reading.prefix_len < single[0]):
                single = (reading.prefix_len, entries[0].term)  # type: ignore[index]
            if len(node) > (entries is not None):  # it has words after it
                walks.append((reading.prefix_len, node))
        if not single and not walks:
            return ()
        # Words that can follow, to skip the walks at once when the next word is none of them.
        following = walks[0][1] if len(walks) == 1 else frozenset(w for _p, node in walks for w in node)
        return single, tuple(walks), following

    def _candidates(self, words: arabic.Scan, starts: list[Starts | None]) -> list[Candidate]:
        """Candidates (first word, last word, proclitic length, term), in text order.

        Of several readings that give a term over the same words, only the
        one with the fewest proclitic letters is kept: the others can never
        be selected.
        """
        found: list[Candidate] = []
        norms = words.norms
        count = len(norms)
        for first, start in enumerate(starts):
            if not start:
                continue
            single, walks, nexts = start  # type: ignore[misc]
            if single is not None:
                found.append((first, first, single[0], single[1]))
            if first + 1 >= count or norms[first + 1] not in nexts:
                continue
            after_break = words.after_break  # worked out once, only for texts that get here
            longer: dict[int, Candidate] = {}
            following = norms[first + 1]
            for prefix_len, node in walks:
                last, breaks = first + 1, None
                node = node.get(following)
                while node is not None:
                    if after_break[last]:
                        breaks = (breaks or set()) | {last - first}
                    entry = _allowed(node.get(_END), breaks)  # type: ignore[arg-type]
                    if entry is not None:
                        known = longer.get(last)
                        if known is None or prefix_len < known[2]:
                            longer[last] = (first, last, prefix_len, entry.term)
                    last += 1
                    node = node.get(norms[last]) if last < count else None  # type: ignore[assignment]
            found.extend(longer.values())
        return found


def _allowed(entries: tuple[_Entry, ...] | None, breaks: set[int] | None) -> _Entry | None:
    """The first term ending here whose own punctuation allows the text's breaks."""
    if entries is None:
        return None
    if breaks is None:
        return entries[0]
    return next((entry for entry in entries if breaks <= entry.breaks), None)


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidates that do not overlap, in text order.

    Longest = most words, then the fewest proclitic letters stripped (the
    most literal reading), then the earliest start.
    """
    # Candidates come grouped by first word. When the longest of each group
    # do not overlap one another, they are the answer: every other candidate
    # lies inside the longest of its own group.
    longest: list[Candidate] = []
    for candidate in candidates:
        if longest and longest[-1][0] == candidate[0]:
            known = longest[-1]
            if candidate[1] > known[1] or candidate[1] == known[1] and candidate[2] < known[2]:
                longest[-1] = candidate
        else:
            longest.append(candidate)
    if all(a[1] < b[0] for a, b in zip(longest, longest[1:])):
        return longest
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
