"""Word lines: the words of a text in one string, for a compiled term automaton.

A term lookup over a whole catalogue becomes a substring search: each text is
turned into a line of normalized words, and a term is in the text exactly
when its own line is a substring of the text's line (see :func:`word_line`).
"""

from __future__ import annotations

import re
import unicodedata

from tools.text.arabic.normalize import chunks, fold_fast, learn_chunk, normalize
from tools.text.arabic.proclitics import DETACHABLE_CONJUNCTIONS
from tools.text.arabic.words import BREAK_CHARS, WORD_PARTS, Words

#: A word of a normal form, as :func:`~.words.tokenize` reads it.
_NORMAL_WORD = re.compile(r"[^\W_]+")
#: The token that stands for sentence or clause punctuation in a word line
#: (see :func:`word_line`). No word contains it: it is punctuation.
BREAK = "|"
_DOUBLE_BREAK = f"{BREAK} {BREAK}"
#: A detached conjunction in a word line, with a word (not a break) after it.
#: Matches consume the space after the conjunction, so "و و x" joins as
#: tokenize joins it: "وو x" (the joined "وو" is no conjunction).
_DETACHED = re.compile(f" ({'|'.join(DETACHABLE_CONJUNCTIONS)}) (?=[^{re.escape(BREAK)} ])")
_DETACHED_WORDS = tuple(f" {conjunction} " for conjunction in DETACHABLE_CONJUNCTIONS)
#: Distinct chunks remembered before the memo is cleared (bounds memory: a
#: chunk and its piece take about 300 bytes, so at most about 20 MB; a
#: catalogue's vocabulary, clitics included, is mostly far smaller).
CHUNK_MEMO_LIMIT = 1 << 16
#: Whitespace-separated chunk -> its piece of a word line; ``None``: the
#: chunk needs NFKC, which only :class:`Words` handles.
_chunk_memo: dict[str, str | None] = {}


def _chunk_piece(chunk: str) -> str | None:
    """The words of one whitespace-separated chunk (``بالرباط،``) as a piece of a word line.

    Each token followed by a space: its normalized words, and :data:`BREAK`
    wherever punctuation stands before, between or after them. ``None``:
    the chunk needs NFKC. Its normal form is remembered for :func:`normalize`
    on the way, from the same fold.
    """
    folded = fold_fast(chunk)
    learn_chunk(chunk, folded)
    if not unicodedata.is_normalized("NFKC", folded):
        return None
    parts = WORD_PARTS.split(folded)
    tokens: list[str] = []
    for separator, word in zip(parts[0::2], parts[1::2]):
        if BREAK_CHARS.search(separator):
            tokens.append(BREAK)
        tokens.append(word)
    if BREAK_CHARS.search(parts[-1]):
        tokens.append(BREAK)
    return "".join(token + " " for token in tokens)


def word_line(text: str) -> str:
    """The words of ``text`` as :func:`tokenize` sees them, in one string.

    A space before and after every token; the tokens are the normalized
    words and one :data:`BREAK` wherever punctuation separates two words (a
    line may also start or end with one). A term lookup then becomes a
    substring search that a compiled automaton can run:
    ``" المدير العام "`` is in the line exactly when the text has those two
    words with no punctuation between them. A detached و is joined to the
    next word, as :func:`tokenize` joins it. Word ``i`` of the line is
    ``tokenize(text)[i]``.

    A catalogue repeats its vocabulary, so each whitespace-separated chunk is
    normalized once and remembered; a text with a character that needs NFKC
    goes through :class:`Words`.
    """
    split = chunks(text)
    try:
        line = " " + "".join(map(_chunk_memo.get, split))  # type: ignore[arg-type]  # None raises
    except TypeError:  # a chunk not seen yet, or one that needs NFKC
        line = _learn_chunks(text, split)
    while _DOUBLE_BREAK in line:  # punctuation at the end of one chunk and the start of the next
        line = line.replace(_DOUBLE_BREAK, BREAK)
    for detached in _DETACHED_WORDS:
        if detached in line:
            return _DETACHED.sub(r" \1", line)
    return line


def _learn_chunks(text: str, split: list[str]) -> str:
    """:func:`word_line` for a text with chunks not seen yet: normalize and remember them."""
    memo = _chunk_memo
    if len(memo) > CHUNK_MEMO_LIMIT:
        memo.clear()
    pieces = []
    for chunk in split:
        if chunk not in memo:
            memo[chunk] = _chunk_piece(chunk)
        piece = memo[chunk]
        if piece is None:  # the chunk needs NFKC
            return _line_of_normal(normalize(text))
        pieces.append(piece)
    return " " + "".join(pieces)


def _line_of_normal(norm: str) -> str:
    """The word line of a text from its normal form: :func:`_line_of_words` without the offsets.

    A text with a character that needs NFKC cannot be put together from
    remembered chunks; :class:`Words` would read it with
    :func:`~.words.tokenize`, which maps every character back to the
    original, while a word line needs only the words and where punctuation
    stands. This is tokenize's reading of the normal form (a detached
    conjunction joined to the next word unless punctuation stands between).
    """
    tokens: list[str] = []
    pending: str | None = None  # a detached conjunction waiting for its word
    pending_break = False
    previous_end = 0
    for match in _NORMAL_WORD.finditer(norm):
        broken = not (tokens or pending is not None) or BREAK_CHARS.search(norm, previous_end, match.start()) is not None
        word = match.group()
        previous_end = match.end()
        if pending is not None:
            if broken:
                _append(tokens, pending, pending_break)
            else:
                word, broken = pending + word, pending_break
            pending = None
        if word in DETACHABLE_CONJUNCTIONS:
            pending, pending_break = word, broken
            continue
        _append(tokens, word, broken)
    if pending is not None:
        _append(tokens, pending, pending_break)
    return " " + "".join(token + " " for token in tokens)


def _append(tokens: list[str], word: str, after_break: bool) -> None:
    """Add a word to a word line's tokens, with a break before it where punctuation stands."""
    if tokens and after_break:
        tokens.append(BREAK)
    tokens.append(word)


def _line_of_words(words: Words) -> str:
    """A word line built from :class:`Words` (texts that need NFKC)."""
    tokens: list[str] = []
    for index, norm in enumerate(words.norms):
        if index and words.after_break(index):
            tokens.append(BREAK)
        tokens.append(norm)
    return " " + "".join(token + " " for token in tokens)


class Scan:
    """A text ready for a term lookup: its :func:`word_line`, and spans on demand.

    Word ``i`` of the line is ``tokenize(text)[i]``; :meth:`span` maps words
    back to the original text, building the full :class:`Words` only then
    (most texts of a catalogue hold no term at all).
    """

    __slots__ = ("_words", "line", "text")

    def __init__(self, text: str, line: str | None = None):
        self.text = text
        self.line = word_line(text) if line is None else line
        self._words: Words | None = None

    @property
    def norms(self) -> list[str]:
        """The normalized words (``tokenize(text)[i].norm``)."""
        return [token for token in self.line.split() if token != BREAK]

    @property
    def after_break(self) -> list[bool]:
        """For each word, whether punctuation stands before it (the first word: always)."""
        breaks: list[bool] = []
        pending = True
        for token in self.line.split():
            if token == BREAK:
                pending = True
            else:
                breaks.append(pending)
                pending = False
        return breaks

    def word_index(self, position: int) -> int:
        """The index of the word that begins at ``position`` of the line.

        The spaces before it, less the line's leading one and one for each
        break token.
        """
        line = self.line
        return line.count(" ", 1, position) - line.count(BREAK, 0, position)

    @property
    def words(self) -> Words:
        """The full :class:`Words` of the text, built on first use."""
        if self._words is None:
            self._words = Words(self.text)
        return self._words

    def span(self, first: int, prefix_len: int, last: int) -> tuple[int, int]:
        """See :meth:`Words.span`."""
        return self.words.span(first, prefix_len, last)


def scan(text: str) -> Scan:
    """The words of ``text`` for a term lookup (see :class:`Scan`)."""
    return Scan(text)


def term_key(text: str) -> str:
    """The identity of a glossary term: its normalized words, one space apart.

    Spellings that differ only in orthography (إستقبال / استقبال), in
    punctuation or spacing between words (كوفيد-19 / كوفيد 19) or in a
    detached conjunction are one term, just as the English side takes
    "Director-General" and "Director General" for one rendering.
    """
    return " ".join(token for token in word_line(text).split() if token != BREAK)
