"""Finding glossary terms in Arabic text.

A text is turned into its word line (``arabic.word_line``: the normalized
words, one space apart, with a break token where punctuation stands), and
every term into the same form. Finding terms is then a multi-pattern
substring search, which an Aho–Corasick automaton (pyahocorasick, in C) runs
in one pass over the line whatever the size of the glossary; Python looks
only at the hits. A term may be found starting inside a word of the text: the
letters before it must then be proclitics. A regular expression per term
would cost a pass over the text per term (``benchmarks/matching.py``
measures both).

What counts as a match, and why:

* both sides are compared in normalized form (``arabic.normalize``): hamza
  forms, diacritics, tatweel, Persian letters, presentation forms, digits
  and invisible marks do not matter;
* the *first* word of a term may carry attached proclitics in the text
  (و ف ب ك ل, the article, ل + ال → لل: للمملكة المغربية matches
  المملكة المغربية); the reported span leaves them out;
* words match whole: المدير العام is not found in المديرية العامة;
* a term never spans sentence or clause punctuation, except where the term
  itself is written with punctuation (a slash, a bracket);
* when candidates overlap, the one with more words wins (كأس العالم للأندية
  over كأس العالم), then the one with fewer proclitic letters, then the one
  that starts first, then the one listed first in the glossary; matches
  never overlap;
* a term is found in its other forms too (feminine, dual, plural, pronoun
  suffixes, construct state: :mod:`tools.glossary.match.arabic_forms`), each
  generated once when the matcher is built and added to the same automaton.
  A form's key may be *open*: its last word is a stem, and the rest of the
  text's word must be one of the endings it allows (the pronoun suffixes),
  so that eleven suffixes times every number need no key each. A construct
  state needs a genitive after it, checked on the words that follow. Over
  the same words, a term as written wins over another term's form.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product
from operator import itemgetter

import ahocorasick

from tools.glossary.match.arabic_forms import is_name
from tools.glossary.model import Term
from tools.text import arabic
from tools.glossary.match.form_keys import form_keys, heh_checked
from tools.glossary.match.key_values import KeyTerm, KeyValue, KeyValues, Prefixes
from tools.text.arabic.inflection import Form


class TermMatch:
    """A term found in a text: ``text[start:end]`` is the term as written there.

    The span in the original text is worked out on first use: checking a
    catalogue mostly asks *which* terms an entry has, and mapping normalized
    words back to original offsets costs as much as finding them.
    """

    __slots__ = ("_found", "_span", "_words", "found", "term")

    def __init__(self, found: Found, words: arabic.Scan, candidates: list[Found] | None = None) -> None:
        #: The matcher's record of this match (see :data:`Found`).
        self.found = found
        self.term = found[6]
        self._words = words
        #: Everything the matcher found in the text, for :attr:`readings`.
        self._found = candidates
        self._span: tuple[int, int] | None = None

    @property
    def form(self) -> Form | None:
        """How the text's words differ from the term as the glossary writes it
        (feminine, plural, pronoun suffix...); ``None``: as written."""
        return self.found[8]

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` in the original text, proclitics left out."""
        if self._span is None:
            words, found = self._words, self.found
            first = words.word_index(found[0])
            self._span = words.span(first, found[3], first + found[7])
        return self._span

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]

    @property
    def readings(self) -> tuple[Term, ...]:
        """Other terms read over the same words (وجدة: Oujda, or و + جدة Jeddah).

        A check may accept the English of any of them. Worked out on use:
        few callers ask, and rarely is there more than one reading.
        """
        return () if self._found is None else _readings(self._found, self.found)

    def describe(self) -> str:
        """``"feminine of وزير الخارجية"``, or the term itself when it is written as such."""
        return self.term.source if self.form is None else f"{self.form.describe()} of {self.term.source}"

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
        form = "" if self.form is None else f", form={self.form.describe()!r}"
        return f"TermMatch(term={self.term.source!r}, start={self.start}, end={self.end}, text={self.text!r}{form})"


#: A key that starts at the term's first letter: any proclitics before it
#: (the term's first word keeps at least ``arabic.MIN_STEM`` letters).
_PLAIN = {prefix: len(prefix) for prefix in arabic.PROCLITIC_PREFIXES}
#: The same for a first word too short to be read after proclitics.
_WHOLE_WORD = {"": 0}
#: A key for ل + ال merged (للمملكه for المملكه) starts at the proclitic ل;
#: only a conjunction may come before it.
_MERGED = {lam[:-1]: len(lam) for lam in arabic.LAM_BEFORE_ARTICLE}
#: The same for a name, or a form that drops the article (سفيرها): no
#: article before it, so ألبينس is never ال + بينس.
_NO_ARTICLE = {p: len(p) for p in arabic.PROCLITIC_PREFIXES if arabic.ARTICLE not in p and not p.endswith("لل")}
#: A term found in a word line: (where its first word begins, minus where it
#: ends, 0 for the term as written or 1 for a form of it, proclitic letters
#: skipped, term order, a sequence number that keeps two forms of one term
#: apart (0 for the term as written), term, words after the first, form).
#: The end is negated so that sorting puts the longest, then the term as
#: written, then the most literal, then the earliest-listed term first among
#: those starting at a word. Positions in the line, not word indexes:
#: counting words costs as much again, and is only needed for the matches
#: whose span is asked for.
Found = tuple[int, int, int, int, int, int, Term, int, Form | None]


class SourceMatcher:
    """Find the terms of a glossary in Arabic texts (see the module docstring).

    ``forms=False`` finds each term only as the glossary writes it (the
    matcher before term forms were generated; benchmarks compare the two).
    """

    def __init__(self, terms: Sequence[Term], forms: bool = True):
        self.terms = tuple(terms)
        keys: dict[str, list[KeyTerm]] = {}
        for order, term in enumerate(self.terms):
            for key, prefixes in _term_keys(term):
                keys.setdefault(key, []).append((prefixes, order, term, None))
            if forms:
                for key, prefixes, form_key in form_keys(term, _PLAIN, _NO_ARTICLE, _MERGED):
                    keys.setdefault(key, []).append((prefixes, order, term, form_key))
        self._last: tuple[str, str, list[Found]] | None = None
        #: What each key stands for, by its number: the automaton stores only the number.
        self._values = KeyValues(self.terms, [_key_value(key, key_terms) for key, key_terms in keys.items()])
        self._automaton = _automaton(list(keys))

    def __len__(self) -> int:
        return len(self.terms)

    def __getstate__(self) -> tuple[tuple[Term, ...], str | list[str], KeyValues]:
        """The terms, the automaton's keys and their values: what a copy (the glossary cache, a ``--jobs`` worker) needs.

        Rebuilding the automaton from its keys takes tens of milliseconds
        for 10,000 terms; pyahocorasick's own pickling writes every node of
        the trie and takes several times as long to read back. The keys go
        as one text (a NUL between two): tens of thousands of small strings
        cost the pickler as much memory again as the glossary.
        """
        items = [] if self._automaton is None else sorted(self._automaton.items(), key=itemgetter(1))
        keys = [key for key, _number in items]  # in the order of their numbers
        joined = _KEY_SEPARATOR.join(keys)
        fits = joined.count(_KEY_SEPARATOR) == max(len(keys) - 1, 0)
        return self.terms, joined if fits and keys else keys, self._values

    def __setstate__(self, state: tuple[tuple[Term, ...], str | list[str], KeyValues]) -> None:
        self.terms, keys, self._values = state
        if isinstance(keys, str):
            keys = keys.split(_KEY_SEPARATOR) if keys else []
        if len(keys) != len(self._values):
            raise ValueError("the matcher's keys and values do not match")
        self._last = None
        self._automaton = _automaton(keys)

    def _lookup(self, text: str) -> tuple[str, list[Found]]:
        """The word line of ``text`` and every term over it, for the last text looked up once.

        A check asks :meth:`find` and then :meth:`nested` about the same
        source: the line and the automaton pass are made once for both.
        """
        last = self._last
        if last is not None and last[0] == text:
            return last[1], last[2]
        line = arabic.word_line(text)
        found, heh = self._found(line)
        if heh:  # a form read with a suffix ه that the original text must confirm
            found = heh_checked(found, arabic.Scan(text, line))
        self._last = (text, line, found)
        return line, found

    def find(self, text: str) -> list[TermMatch]:
        """Every term in ``text``, in text order, spans in the original text."""
        line, found = self._lookup(text)
        if not found:
            return []
        words = arabic.Scan(text, line)
        return [TermMatch(chosen, words, found) for chosen in _select(found)] if found else []

    def nested(self, text: str) -> list[TermMatch]:
        """Terms written inside the terms :meth:`find` reports, in text order.

        :meth:`find` keeps only the longest match (عبد اللطيف حموشي), which is
        right for approved renderings; a check for forbidden renderings also
        needs the terms inside it (حموشي, whose misspelling "Hamouchi" is
        still wrong). Of several terms over the same words, the one
        :meth:`find` would prefer is reported.
        """
        line, found = self._lookup(text)
        if len(found) < 2:
            return []  # no term, or one, which find reports: nothing inside another
        words = arabic.Scan(text, line)
        chosen = _select(found)
        spans = [(begin, -minus_end) for begin, minus_end, *_rest in chosen]
        inside: list[tuple[int, int, Found]] = []
        previous: tuple[int, int] | None = None
        for candidate in found:
            begin, end = candidate[0], -candidate[1]
            if (begin, end) == previous:
                continue  # a less preferred term over the same words
            previous = begin, end
            if candidate not in chosen and any(a <= begin and end <= b for a, b in spans):
                inside.append((begin, end, candidate))
        inside.sort(key=lambda item: item[:2])  # text order: the shorter of two starting together first
        return [TermMatch(c, words) for _begin, _end, c in inside]

    def _found(self, line: str) -> tuple[list[Found], bool]:
        """Every term over every run of words of ``line``, sorted (see :data:`Found`).

        And whether a form among them ends in a suffix ه that the original
        text must confirm (:func:`~tools.glossary.match.form_keys.heh_checked`).
        """
        if self._automaton is None:
            return [], False
        found: list[Found] = []
        heh = False
        values = self._values
        for end, number in self._automaton.iter(line):
            length, more_words, key_terms = values[number]
            start = end - length
            if line[start - 1] == " ":
                begin, prefix = start, ""
            else:  # the key starts inside a word: the letters before it must be proclitics
                begin = line.rfind(" ", 0, start) + 1
                prefix = line[begin:start]
            for prefixes, order, term, form_key in key_terms:  # every term with this key; sorting ranks them
                prefix_len = prefixes.get(prefix)
                if prefix_len is None:
                    continue
                if form_key is None:
                    found.append((begin, -end, 0, prefix_len, order, 0, term, more_words, None))
                    continue
                extended = form_key.extend(line, end)
                if extended is not None:
                    last, added, form = extended
                    heh = heh or form.heh
                    found.append((begin, -last, 1, prefix_len, order, len(found), term, more_words + added, form))
        if len(found) > 1:
            found.sort()
        return found, heh


#: Between two keys of the automaton in a pickled matcher (no key has it: PO text cannot).
_KEY_SEPARATOR = "\x00"


def _key_value(key: str, key_terms: list[KeyTerm]) -> KeyValue:
    """What ``key`` stands for (see :data:`~tools.glossary.match.key_values.KeyValue`)."""
    # a closed key ends with the space after its last word; an open one inside it
    more_words = key.count(" ") - key.count(arabic.BREAK) - key.endswith(" ")
    return (len(key) - 1, more_words, tuple(key_terms))


def _automaton(keys: Sequence[str]) -> ahocorasick.Automaton | None:
    """The Aho–Corasick automaton of ``keys``, each standing for its number; ``None`` when there is none."""
    if not keys:
        return None
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for number, key in enumerate(keys):
        automaton.add_word(key, number)
    automaton.make_automaton()
    return automaton


def _readings(found: list[Found], chosen: Found) -> tuple[Term, ...]:
    """Other terms as written over exactly the words of ``chosen`` (another way to read them).

    Only terms as written: a form of another term over the same words
    (لقاحات, the plural of the term لقاح, where the glossary also has the
    term لقاحات) is the same reading, not another one.
    """
    terms: dict[str, Term] = {}
    for candidate in found:
        same_words = candidate[0] == chosen[0] and candidate[1] == chosen[1] and candidate[2] == 0
        if same_words and candidate[6].key != chosen[6].key:
            terms.setdefault(candidate[6].key, candidate[6])
    return tuple(terms.values())


def _term_keys(term: Term) -> list[tuple[str, Prefixes]]:
    """The automaton keys of ``term``, each with the proclitic prefixes it allows.

    A key is the term's word line without its leading space (see
    :func:`arabic.word_line`), so it may start inside a word of the text,
    after proclitics. Where the term itself has punctuation between two
    words (a slash, a bracket), the text may have it or not: one key for
    each choice. A term with the article also gets a key with لل for its ال,
    for the texts that merge ل + ال (للمملكة المغربية); that key starts at
    the proclitic ل, so a definite term written as usual does not hit it.
    A name takes no article in front (ألبينس is not ال + بينس).
    """
    # The runs of words between the term's own punctuation: المدير العام / الأمن الوطني.
    runs = [run.strip() for run in arabic.word_line(term.source).split(arabic.BREAK)]
    runs = [run for run in runs if run]  # punctuation before the first word or after the last
    if not runs:
        return []  # nothing to match (lint reports it)
    first = runs[0].split(" ", 1)[0]
    prefixes = _prefixes(first, is_name(term))
    keys = []
    for separators in product((" ", f" {arabic.BREAK} "), repeat=len(runs) - 1):
        key = runs[0] + "".join(separator + run for separator, run in zip(separators, runs[1:])) + " "
        keys.append((key, prefixes))
        if first.startswith(arabic.ARTICLE):
            keys.append(("ل" + key[1:], _MERGED))
    return keys


def _prefixes(first: str, name: bool) -> Prefixes:
    """The proclitics a key whose first word is ``first`` allows."""
    if len(first) < arabic.MIN_STEM:
        return _WHOLE_WORD
    return _NO_ARTICLE if name else _PLAIN


def _select(found: list[Found]) -> list[Found]:
    """Keep the longest terms that do not overlap, in text order.

    Longest = most words, then the term as written before a form of a term,
    then the fewest proclitic letters stripped (the most literal reading),
    then the earliest start, then the earliest in the glossary.
    """
    # ``found`` is sorted: the first of those starting at a word is the best
    # of them. When these do not overlap one another, they are the answer:
    # every other term lies inside the best of its own first word.
    if len(found) == 1:
        return found
    best: list[Found] = []
    begin = end = -1
    for candidate in found:
        if candidate[0] != begin:
            begin = candidate[0]
            if begin <= end:  # overlaps the best of the word before
                return _select_overlapping(found)
            end = -candidate[1]
            best.append(candidate)
    return best


def _select_overlapping(found: list[Found]) -> list[Found]:
    """:func:`_select` when terms starting at different words overlap: longest first."""
    ranked = sorted(found, key=lambda c: (-c[7], c[2], c[3], c[0], c[4]))
    chosen: list[Found] = []
    for candidate in ranked:
        begin, end = candidate[0], -candidate[1]
        for other in chosen:
            if begin <= -other[1] and other[0] <= end:
                break  # overlaps a term already chosen
        else:
            chosen.append(candidate)
    chosen.sort()
    return chosen
