"""What the Arabic matcher's automaton keys stand for, packed into arrays.

Each key of :class:`~tools.glossary.match.arabic.SourceMatcher`'s automaton
stands for its length, the words after its first, and the glossary terms
written with it (:data:`KeyValue`). Kept as tuples of tuples, the values of a
10,000-term glossary's 37,596 keys took about 11 MB, as much as the
automaton itself, and most keys are never hit by a given catalogue. Here the
automaton stores only a key's number; the values are kept in columns of
numbers, and a key's value is built as a tuple the first time a text hits it,
then kept for the next hit. A catalogue hits a small part of a large
glossary's keys.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import Any

from tools.glossary.match.form_keys import FormKey
from tools.glossary.model import Term

#: Letters the text may write before a key in the same word -> how many
#: letters of the word are proclitics then.
Prefixes = dict[str, int]
#: A glossary term under one key of the automaton: (prefixes it allows, term
#: order, term, the form's checks or ``None`` for the term as written).
KeyTerm = tuple[Prefixes, int, Term, FormKey | None]
#: What a key stands for: (key length - 1, words after the first, every term
#: with that key as a :data:`KeyTerm`, in glossary order).
KeyValue = tuple[int, int, tuple[KeyTerm, ...]]


class KeyValues:
    """The :data:`KeyValue` of every key, by the key's number, built on first use.

    A term's order is its index in ``terms``, so a key term is stored as
    that number, the number of its prefix table and its form's checks.
    """

    __slots__ = ("_built", "_ends", "_form_keys", "_kinds", "_lengths", "_more_words", "_orders", "_tables", "_terms")

    def __init__(self, terms: Sequence[Term], values: Sequence[tuple[int, int, Sequence[KeyTerm]]]) -> None:
        self._terms = tuple(terms)
        self._lengths = array("i")
        self._more_words = array("i")
        #: Where each key's terms end in the columns below (they start where the previous key's end).
        self._ends = array("i")
        self._kinds = array("B")
        self._orders = array("i")
        self._form_keys: list[FormKey | None] = []
        tables: dict[tuple[tuple[str, int], ...], int] = {}
        prefix_tables: list[Prefixes] = []
        for length, more_words, key_terms in values:
            self._lengths.append(length)
            self._more_words.append(more_words)
            for prefixes, order, term, form_key in key_terms:
                if self._terms[order] is not term:
                    raise ValueError(f"term order {order} is not the term's index")
                content = tuple(sorted(prefixes.items()))
                if content not in tables:
                    tables[content] = len(prefix_tables)
                    prefix_tables.append(prefixes)
                self._kinds.append(tables[content])
                self._orders.append(order)
                self._form_keys.append(form_key)
            self._ends.append(len(self._orders))
        self._tables = tuple(prefix_tables)
        self._built: list[KeyValue | None] = [None] * len(self._lengths)

    def __len__(self) -> int:
        return len(self._lengths)

    def __getitem__(self, number: int) -> KeyValue:
        """The value of key ``number``, built and kept on first use."""
        value = self._built[number]
        if value is None:
            value = self._built[number] = self._build(number)
        return value

    def _build(self, number: int) -> KeyValue:
        start = self._ends[number - 1] if number else 0
        tables, kinds, orders, terms, form_keys = self._tables, self._kinds, self._orders, self._terms, self._form_keys
        key_terms = tuple(
            (tables[kinds[j]], orders[j], terms[orders[j]], form_keys[j]) for j in range(start, self._ends[number])
        )
        return self._lengths[number], self._more_words[number], key_terms

    def __getstate__(self) -> tuple[Any, ...]:
        """The columns, not the values built so far: a copy starts with none built."""
        return (
            self._terms, self._lengths, self._more_words, self._ends,
            self._kinds, self._orders, self._form_keys, self._tables,
        )

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        (
            self._terms, self._lengths, self._more_words, self._ends,
            self._kinds, self._orders, self._form_keys, self._tables,
        ) = state
        self._built = [None] * len(self._lengths)
