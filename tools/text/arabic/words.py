"""Words of a text: normalized, with their spans in the original.

:func:`tokenize` is exact and walks a text character by character;
:class:`Words` gives the same words, breaks and spans at C speed for whole
catalogues and computes a span only when asked for one.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from tools.text.arabic.chars import DIACRITICS, PUNCTUATION, TATWEEL
from tools.text.arabic.normalize import IGNORABLE_CHAR, fold_fast, normalize_with_offsets
from tools.text.arabic.proclitics import DETACHABLE_CONJUNCTIONS

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Token:
    """A word of a text: its normalized form and where it stands in the original.

    ``offsets[i]`` is the original index of ``norm[i]``; ``start``/``end``
    delimit the original characters (``text[start:end]``).
    """

    norm: str
    start: int
    end: int
    offsets: tuple[int, ...]
    #: Whether sentence or clause punctuation separates this token from the previous one.
    after_break: bool


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into words (letters and digits), normalized, with original spans.

    A detached conjunction (``و`` followed by a space) is joined to the next
    word, so "و لمراقبة التراب" and "ولمراقبة التراب" give the same tokens.
    """
    norm, offsets = normalize_with_offsets(text)
    tokens: list[Token] = []
    previous_end = 0
    pending: Token | None = None
    for match in _WORD.finditer(norm):
        between = norm[previous_end : match.start()]
        broken = any(c in PUNCTUATION for c in between) or (not tokens and pending is None)
        word_offsets = tuple(offsets[match.start() : match.end()])
        token = Token(
            match.group(), word_offsets[0], _original_end(text, word_offsets[-1]), word_offsets, broken
        )
        previous_end = match.end()
        if pending is not None:
            if not broken:
                token = Token(
                    pending.norm + token.norm,
                    pending.start,
                    token.end,
                    pending.offsets + token.offsets,
                    pending.after_break,
                )
            else:
                tokens.append(pending)
            pending = None
        if token.norm in DETACHABLE_CONJUNCTIONS:
            pending = token
            continue
        tokens.append(token)
    if pending is not None:
        tokens.append(pending)
    return tokens


def _original_end(text: str, last_index: int) -> int:
    """End of a word in the original: past its last letter and any marks after it."""
    end = last_index + 1
    while end < len(text) and (text[end] in DIACRITICS or text[end] == TATWEEL):
        end += 1
    return end


# --- Bulk access to the words of many texts ----------------------------------
#
# tokenize() walks a text character by character and builds a Token per word:
# exact, and too slow to run over every entry of a large catalogue. words()
# gives the same words, breaks and spans, but normalizes with str.translate
# and regular expressions and computes a span only when asked for one. It
# falls back to tokenize() for the rare text that needs NFKC (presentation
# forms, ligatures, compatibility characters).

#: Whitespace that normalization drops: leading, trailing, and all but the
#: first character of a run between words.
_DROPPED_SPACE = re.compile(r"^\s+|\s+\Z|(?<=\s)\s+")
_ODD_SPACE = re.compile(r"\s\s+|[^\S ]")
_DETACHABLE = frozenset(DETACHABLE_CONJUNCTIONS)
#: A text split into separators and words, alternating.
WORD_PARTS = re.compile(r"([^\W_]+)")
#: The same split for text without "_", where \w equals [^\W_] and runs faster.
_WORD_PARTS_NO_UNDERSCORE = re.compile(r"(\w+)")
_WORDS = re.compile(r"[^\W_]+")
_WORDS_NO_UNDERSCORE = re.compile(r"\w+")
#: One character of sentence or clause punctuation.
BREAK_CHARS = re.compile("[" + "".join(re.escape(c) for c in sorted(PUNCTUATION)) + "]")


class _Deletions:
    """Maps indexes of a string with some characters deleted back to the original."""

    __slots__ = ("shifts",)

    def __init__(self, deleted: list[int]):
        # The i-th deletion happens before kept index deleted[i] - i.
        self.shifts = [index - i for i, index in enumerate(deleted)]

    def __call__(self, kept_index: int) -> int:
        return kept_index + bisect_right(self.shifts, kept_index)


class Words:
    """The words of ``text`` as :func:`tokenize` sees them, cheap to build.

    ``norms[i]`` equals ``tokenize(text)[i].norm``; :meth:`after_break`,
    :meth:`start` and :meth:`end` give the token's ``after_break``,
    ``offsets[k]`` and ``end``, computed on demand. Use it to scan many texts
    for few matches (glossary terms in a whole catalogue).
    """

    __slots__ = (
        "_collapsed",
        "_deletions",
        "_folded",
        "_members",
        "_positions",
        "_shifts",
        "_split",
        "_tokens",
        "norms",
        "text",
    )

    def __init__(self, text: str):
        self.text = text
        self._tokens: list[Token] | None = None
        self._members: list[tuple[int, ...]] | None = None
        self._positions: list[int] | None = None
        folded = fold_fast(text)
        collapsed = folded
        if "  " in folded or not folded.isprintable():  # tabs, no-break spaces, runs
            collapsed = _ODD_SPACE.sub(" ", folded)
        collapsed = collapsed.strip(" ")
        if not unicodedata.is_normalized("NFKC", collapsed):
            self._tokens = tokenize(text)
            self.norms = [t.norm for t in self._tokens]
            return
        # Kept only when whitespace was dropped, to map offsets back through it.
        self._folded = folded if len(collapsed) != len(folded) else None
        # Folding maps one character to one, except ignorable ones, which it deletes.
        self._deletions = len(folded) != len(text)
        # Only the words are needed to look terms up; the separators between
        # them (for breaks and spans) are split out on demand, see _parts.
        self._collapsed = collapsed
        self._split: list[str] | None = None
        self.norms = (_WORDS if "_" in collapsed else _WORDS_NO_UNDERSCORE).findall(collapsed)
        if not _DETACHABLE.isdisjoint(self.norms):
            self._join_conjunctions()

    @property
    def _parts(self) -> list[str]:
        """Separators and raw words alternating: ``re.split`` of the normalized text."""
        if self._split is None:
            pattern = WORD_PARTS if "_" in self._collapsed else _WORD_PARTS_NO_UNDERSCORE
            self._split = pattern.split(self._collapsed)
        return self._split

    def _sep_breaks(self, word: int) -> bool:
        """Whether punctuation stands before raw word ``word`` (the first one always)."""
        parts = self._split if self._split is not None else self._parts
        separator = parts[2 * word]
        return word == 0 or (separator != " " and BREAK_CHARS.search(separator) is not None)

    def _join_conjunctions(self) -> None:
        """Join a detached و to the next word, exactly as :func:`tokenize` does."""
        words = self.norms
        norms: list[str] = []
        members: list[tuple[int, ...]] = []
        pending: int | None = None
        for index, word in enumerate(words):
            if pending is not None:
                if not self._sep_breaks(index):
                    norms.append(words[pending] + word)
                    members.append((pending, index))
                    pending = None
                    continue
                norms.append(words[pending])
                members.append((pending,))
                pending = None
            if word in DETACHABLE_CONJUNCTIONS:
                pending = index
                continue
            norms.append(word)
            members.append((index,))
        if pending is not None:
            norms.append(words[pending])
            members.append((pending,))
        self.norms = norms
        self._members = members

    def __len__(self) -> int:
        return len(self.norms)

    def _raw_words(self, index: int) -> tuple[int, ...]:
        """The raw (before joining) words that make token ``index``."""
        return (index,) if self._members is None else self._members[index]

    def after_break(self, index: int) -> bool:
        """``tokenize(text)[index].after_break``."""
        if self._tokens is not None:
            return self._tokens[index].after_break
        return self._sep_breaks(index if self._members is None else self._members[index][0])

    def _original(self, word: int, char: int) -> int:
        """Original index of character ``char`` of raw word ``word``."""
        if self._positions is None:
            # Start of every part (separator, word, separator, ...) in the normalized text.
            self._positions = [0, *accumulate(map(len, self._parts))]
            self._shifts = self._mapping()
        index = self._positions[2 * word + 1] + char
        shifts = self._shifts
        return index if shifts is None else index + bisect_right(shifts, index)

    def _mapping(self) -> list[int] | None:
        """Shifts that map a normalized index back to the original (``None``: the same).

        Normalization deletes characters (ignorable ones, then surplus
        whitespace of the folded text); folds replace one character by one.
        So the k-th normalized character is the k-th original character not
        deleted, found by bisecting ``deleted[i] - i`` (see :class:`_Deletions`).
        """
        deleted = [hit.start() for hit in IGNORABLE_CHAR.finditer(self.text)] if self._deletions else []
        folded = self._folded
        if folded:
            undelete = _Deletions(deleted)
            spaces = (undelete(i) for run in _DROPPED_SPACE.finditer(folded) for i in range(*run.span()))
            deleted = sorted([*deleted, *spaces])
        return _Deletions(deleted).shifts if deleted else None

    def start(self, index: int, prefix_len: int = 0) -> int:
        """``tokenize(text)[index].offsets[prefix_len]``: where the word (after a prefix) begins."""
        if self._tokens is not None:
            return self._tokens[index].offsets[prefix_len]
        raw = self._raw_words(index)
        if len(raw) == 2 and prefix_len >= 1:  # a joined conjunction is one letter
            return self._original(raw[1], prefix_len - 1)
        return self._original(raw[0], prefix_len)

    def span(self, first: int, prefix_len: int, last: int) -> tuple[int, int]:
        """Original span from token ``first`` (after ``prefix_len`` letters) to the end of ``last``.

        The same as ``(start(first, prefix_len), end(last))``, in one call:
        it runs once per match over a whole catalogue.
        """
        if self._tokens is not None or self._members is not None:
            return self.start(first, prefix_len), self.end(last)
        original = self._original
        end = original(last, len(self.norms[last]) - 1) + 1
        text = self.text
        if end < len(text) and (text[end] in DIACRITICS or text[end] == TATWEEL):
            end = _original_end(text, end - 1)
        return original(first, prefix_len), end

    def end(self, index: int) -> int:
        """``tokenize(text)[index].end``: past the word's last letter and its marks."""
        if self._tokens is not None:
            return self._tokens[index].end
        last = self._raw_words(index)[-1]
        return _original_end(self.text, self._original(last, len(self._parts[2 * last + 1]) - 1))


def words(text: str) -> Words:
    """The words of ``text`` for fast scanning (see :class:`Words`)."""
    return Words(text)
