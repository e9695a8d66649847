"""Arabic orthography: every character table and rule the project relies on.

Real Arabic input is messy. The same word arrives as إستقبال or استقبال, with
or without diacritics (فضلاً / فضلا), stretched with tatweel (الـمغرب), typed
with Persian or Urdu letters (ک ی), as presentation forms or the lam-alef
ligature (ﻻ), with Arabic-Indic digits (٢٠٢٥), or sprinkled with bidi and
zero-width marks copied from a web page. Comparison must see through all of
this while reports still point at the original characters, so
:func:`normalize_with_offsets` keeps, for each normalized character, the index
of the original character it came from.

Words also carry attached proclitics: conjunctions و ف, prepositions ب ك ل,
and the article ال, which merges with ل into لل (ل + المملكة → للمملكة).
:func:`proclitic_readings` lists the ways a word can be read with them
removed; a dictionary lookup decides which reading is a known term.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

#: Harakat, tanwin, shadda, sukun (U+064B–U+0652), the combining maddah and
#: hamza marks (U+0653–U+065F), the superscript (dagger) alef (U+0670) and
#: Quranic annotation signs: dropped before comparing.
DIACRITICS = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + [chr(c) for c in range(0x06E7, 0x06E9)]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
)
TATWEEL = "\u0640"

#: Explicit directional formatting characters. Overrides and isolates can
#: reorder what a reader sees (the "Trojan Source" trick).
BIDI_EMBEDDINGS = frozenset("\u202a\u202b\u202c\u202d\u202e")
BIDI_ISOLATES = frozenset("\u2066\u2067\u2068\u2069")
BIDI_MARKS = frozenset("\u200e\u200f\u061c")
BIDI_CONTROLS = BIDI_EMBEDDINGS | BIDI_ISOLATES | BIDI_MARKS
#: Zero-width characters: space, non-joiner, joiner, word joiner, BOM.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
#: Characters removed before comparison: they carry no letters.
IGNORABLE = DIACRITICS | {TATWEEL} | BIDI_CONTROLS | ZERO_WIDTH

#: Letter folding: hamza-carrying and wasla alef forms to bare alef, alef
#: maqsura to yeh, teh marbuta to heh, and Persian/Urdu forms to Arabic ones.
LETTER_FOLDS = {
    "\u0623": "\u0627",  # أ
    "\u0625": "\u0627",  # إ
    "\u0622": "\u0627",  # آ
    "\u0671": "\u0627",  # ٱ alef wasla
    "\u0672": "\u0627",  # ٲ
    "\u0673": "\u0627",  # ٳ
    "\u0649": "\u064a",  # ى alef maqsura -> ي
    "\u0629": "\u0647",  # ة teh marbuta -> ه
    "\u06a9": "\u0643",  # ک keheh -> ك
    "\u06aa": "\u0643",  # ڪ swash kaf -> ك
    "\u06cc": "\u064a",  # ی Farsi yeh -> ي
    "\u06d2": "\u064a",  # ے yeh barree -> ي
    "\u06c1": "\u0647",  # ہ heh goal -> ه
    "\u06c0": "\u0647",  # ۀ heh with yeh above -> ه
    "\u06d5": "\u0647",  # ە ae -> ه
}

#: Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits to ASCII, and
#: the Arabic decimal and thousands separators to "." and ",".
DIGIT_FOLDS = {
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    "\u066b": ".",
    "\u066c": ",",
}

_FOLDS = {**LETTER_FOLDS, **DIGIT_FOLDS}

#: Sentence and clause punctuation that a term never spans. The hyphen is not
#: among them: it joins the parts of one name (كوفيد-19, سارس-كوف), so a term
#: written with a space matches a text written with a hyphen and back. Dashes
#: (— –) set off clauses and are.
PUNCTUATION = frozenset(".!?؟…,،;؛:«»\"“”„()[]{}<>/\\|—–'’‘*•")

#: Marks that can end a sentence: full stop, ! and ?, the Arabic question
#: mark ؟ (U+061F), the ellipsis … (U+2026), the Urdu/Persian full stop ۔
#: (U+06D4) and the double marks ‼ ⁇ ⁈ ⁉. The Arabic comma ، (U+060C) and
#: semicolon ؛ (U+061B) only separate clauses and are deliberately absent.
SENTENCE_TERMINATORS = frozenset(".!?\u061f\u2026\u06d4\u203c\u2047\u2048\u2049")
#: Closing quotes and brackets that belong to the sentence before them. In
#: Arabic text « opens and » closes in logical order; the straight quotes " '
#: close when they directly follow a terminator. U+FD3E is the ornate
#: parenthesis that closes a Quranic quotation (general category Pe).
CLOSING_MARKS = frozenset("\u00bb\u201d\u2019\"')]}\u203a\ufd3e")
#: Opening quotes and brackets, which may stand before the first word of a
#: sentence or an abbreviation («د. فورد»): « “ ‘ " ' ( [ { ‹ „ and the ornate
#: parenthesis U+FD3F that opens a Quranic quotation (general category Ps).
OPENING_MARKS = frozenset("\u00ab\u201c\u2018\"'([{\u2039\u201e\ufd3f")
ARABIC_COMMA = "\u060c"
ARABIC_SEMICOLON = "\u061b"
#: Characters trimmed from the ends of a sentence besides whitespace: they are
#: invisible and carry no text of their own.
INVISIBLE_FORMAT = BIDI_CONTROLS | ZERO_WIDTH

#: Conjunctions that attach to the next word.
CONJUNCTIONS = ("و", "ف")
#: Prepositions that attach to the next word.
PREPOSITIONS = ("ب", "ك", "ل")
ARTICLE = "ال"
#: A stem left after removing proclitics must keep at least this many letters.
MIN_STEM = 2

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _fold_char(char: str) -> str:
    """Normalize one character (NFKC, then folds); "" when ignorable."""
    if char in IGNORABLE:
        return ""
    if char in _FOLDS:
        return _FOLDS[char]
    folded = unicodedata.normalize("NFKC", char)
    if folded == char:
        return " " if char.isspace() else char
    return "".join(_fold_char(c) for c in folded)


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalize ``text`` and map each output character back to its source index.

    Returns ``(normalized, offsets)`` where ``offsets[i]`` is the index in
    ``text`` of the character that produced ``normalized[i]``. Runs of any
    whitespace (including no-break spaces) become one space; leading and
    trailing whitespace is dropped.
    """
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        for folded in _fold_char(char):
            if folded == " ":
                if not out or out[-1] == " ":
                    continue
            out.append(folded)
            offsets.append(index)
    while out and out[-1] == " ":
        out.pop()
        offsets.pop()
    return "".join(out), offsets


def normalize(text: str) -> str:
    """The comparison form of Arabic ``text`` (see :func:`normalize_with_offsets`)."""
    return normalize_with_offsets(text)[0]


def fold_digits(text: str) -> str:
    """Replace Arabic-Indic and Persian digits and separators by ASCII ones."""
    return "".join(DIGIT_FOLDS.get(c, c) for c in text)


def strip_ignorable(text: str) -> str:
    """Drop diacritics, tatweel, bidi and zero-width marks, nothing else."""
    return "".join(c for c in text if c not in IGNORABLE)


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


#: Conjunctions that many writers (notably in Maghrebi news) type as a word of
#: their own, "و لمراقبة" for "ولمراقبة"; :func:`tokenize` reattaches them.
DETACHABLE_CONJUNCTIONS = ("و",)


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
        broken = any(c in PUNCTUATION for c in between) or not tokens and pending is None
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

# str.translate looks every character up in a dict; on Arabic text it is
# several times slower than str.replace for the folds that occur in almost
# every sentence plus one regular expression for the rare rest.
_FREQUENT_FOLDS = tuple((c, _FOLDS[c]) for c in "\u0629\u0623\u0625\u0649\u0622")  # ة أ إ ى آ
_RARE_FOLDS = {c: f for c, f in _FOLDS.items() if c not in dict(_FREQUENT_FOLDS)}
_RARE_FOLD = re.compile("[" + "".join(re.escape(c) for c in sorted(_RARE_FOLDS)) + "]")
_IGNORABLE_RUN = re.compile("[" + "".join(re.escape(c) for c in sorted(IGNORABLE)) + "]")
#: Whitespace that normalization drops: leading, trailing, and all but the
#: first character of a run between words.
_DROPPED_SPACE = re.compile(r"^\s+|\s+\Z|(?<=\s)\s+")
_ODD_SPACE = re.compile(r"\s\s+|[^\S ]")
_DETACHABLE = frozenset(DETACHABLE_CONJUNCTIONS)
_WORD_PARTS = re.compile(r"([^\W_]+)")
#: The same split for text without "_", where \w equals [^\W_] and runs faster.
_WORD_PARTS_NO_UNDERSCORE = re.compile(r"(\w+)")
_WORDS = re.compile(r"[^\W_]+")
_WORDS_NO_UNDERSCORE = re.compile(r"\w+")
_BREAK = re.compile("[" + "".join(re.escape(c) for c in sorted(PUNCTUATION)) + "]")


def _fold_fast(text: str) -> str:
    """Delete :data:`IGNORABLE` characters and apply the letter and digit folds."""
    for char, folded in _FREQUENT_FOLDS:
        text = text.replace(char, folded)
    if _IGNORABLE_RUN.search(text):
        text = _IGNORABLE_RUN.sub("", text)
    if _RARE_FOLD.search(text):
        text = _RARE_FOLD.sub(lambda hit: _RARE_FOLDS[hit.group()], text)
    return text


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
        "text", "norms", "_collapsed", "_split", "_members", "_folded", "_deletions", "_positions",
        "_shifts", "_tokens",
    )

    def __init__(self, text: str):
        self.text = text
        self._tokens: list[Token] | None = None
        self._members: list[tuple[int, ...]] | None = None
        self._positions: list[int] | None = None
        folded = _fold_fast(text)
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
            pattern = _WORD_PARTS if "_" in self._collapsed else _WORD_PARTS_NO_UNDERSCORE
            self._split = pattern.split(self._collapsed)
        return self._split

    def _sep_breaks(self, word: int) -> bool:
        """Whether punctuation stands before raw word ``word`` (the first one always)."""
        parts = self._split if self._split is not None else self._parts
        separator = parts[2 * word]
        return word == 0 or (separator != " " and _BREAK.search(separator) is not None)

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
        deleted = [hit.start() for hit in _IGNORABLE_RUN.finditer(self.text)] if self._deletions else []
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


def term_key(text: str) -> str:
    """The identity of a glossary term: its normalized words, one space apart.

    Spellings that differ only in orthography (إستقبال / استقبال), in
    punctuation or spacing between words (كوفيد-19 / كوفيد 19) or in a
    detached conjunction are one term, just as the English side takes
    "Director-General" and "Director General" for one rendering.
    """
    return " ".join(token for token in word_line(text).split() if token != BREAK)


def words(text: str) -> Words:
    """The words of ``text`` for fast scanning (see :class:`Words`)."""
    return Words(text)


#: The token that stands for sentence or clause punctuation in a word line
#: (see :func:`word_line`). No word contains it: it is punctuation.
BREAK = "|"
_DOUBLE_BREAK = f"{BREAK} {BREAK}"
#: A detached conjunction in a word line, with a word (not a break) after it.
#: Matches consume the space after the conjunction, so "و و x" joins as
#: tokenize joins it: "وو x" (the joined "وو" is no conjunction).
_DETACHED = re.compile(f" ({'|'.join(DETACHABLE_CONJUNCTIONS)}) (?=[^{re.escape(BREAK)} ])")
_DETACHED_WORDS = tuple(f" {conjunction} " for conjunction in DETACHABLE_CONJUNCTIONS)
#: Distinct chunks remembered before the memo is cleared (bounds memory).
CHUNK_MEMO_LIMIT = 1 << 20
#: Whitespace-separated chunk -> its piece of a word line; ``None``: the
#: chunk needs NFKC, which only :class:`Words` handles.
_chunk_memo: dict[str, str | None] = {}


def _chunk_piece(chunk: str) -> str | None:
    """The words of one whitespace-separated chunk (``بالرباط،``) as a piece of a word line.

    Each token followed by a space: its normalized words, and :data:`BREAK`
    wherever punctuation stands before, between or after them. ``None``:
    the chunk needs NFKC.
    """
    folded = _fold_fast(chunk)
    if not unicodedata.is_normalized("NFKC", folded):
        return None
    parts = _WORD_PARTS.split(folded)
    tokens: list[str] = []
    for separator, word in zip(parts[0::2], parts[1::2]):
        if _BREAK.search(separator):
            tokens.append(BREAK)
        tokens.append(word)
    if _BREAK.search(parts[-1]):
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
    try:
        line = " " + "".join(map(_chunk_memo.get, text.split()))
    except TypeError:  # a chunk not seen yet, or one that needs NFKC
        line = _learn_chunks(text)
    while _DOUBLE_BREAK in line:  # punctuation at the end of one chunk and the start of the next
        line = line.replace(_DOUBLE_BREAK, BREAK)
    for detached in _DETACHED_WORDS:
        if detached in line:
            return _DETACHED.sub(r" \1", line)
    return line


def _learn_chunks(text: str) -> str:
    """:func:`word_line` for a text with chunks not seen yet: normalize and remember them."""
    memo = _chunk_memo
    if len(memo) > CHUNK_MEMO_LIMIT:
        memo.clear()
    pieces = []
    for chunk in text.split():
        if chunk not in memo:
            memo[chunk] = _chunk_piece(chunk)
        piece = memo[chunk]
        if piece is None:  # the chunk needs NFKC
            return _line_of_words(Words(text))
        pieces.append(piece)
    return " " + "".join(pieces)


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

    __slots__ = ("text", "line", "_words")

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


_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def has_arabic(text: str) -> bool:
    """Whether ``text`` contains any Arabic-script character."""
    return bool(_ARABIC_LETTER.search(text))


def is_arabic_letter(char: str) -> bool:
    """Whether ``char`` is one Arabic-script letter (not a digit, mark or punctuation)."""
    return len(char) == 1 and char.isalpha() and has_arabic(char)


# --- Words that shape terms: function words, title and institution heads ---
#
# Term mining (tools.glossary.mining) needs to know which words never begin
# or end a term (prepositions, pronouns, particles), and which nouns head the
# idafa chains of titles and institutions (وزير الخارجية, المديرية العامة
# للأمن الوطني) or stand before a person's name (السفير, نائب الأميرال).
# Listed in ordinary spelling and stored normalized.

FUNCTION_WORDS = frozenset(
    normalize(word)
    for word in (
        "في من على إلى الى عن مع أن إن أنه إنه بأن كان كانت يكون تكون قد لقد لا لم لن ما ماذا "
        "هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين هو هي هم هما نحن أنا أنت "
        "كما لكن ثم أو أم بل حتى إذا اذا لو كل بعض غير بين عند عندما منذ خلال حول بعد قبل "
        "أمام دون ضد نحو لدى عبر وفق حيث أي أيضا فقط هناك هنا يضيف وقال قال أكد أوضح أشار "
        "وأضاف أضاف وأكد وأوضح وأشار فيما بما مما عما كذا لاسيما سيما إطار ذاته نفسه"
    ).split()
)

#: Nouns that head a title before or after a person's name.
TITLE_HEADS = frozenset(
    normalize(word)
    for word in (
        "وزير الوزير وزيرة رئيس الرئيس رئيسة نائب مدير المدير مديرة المديرة سفير السفير "
        "سفيرة المستشار مستشار الأمين أمين قائد القائد الجنرال العقيد اللواء الفريق "
        "الأميرال أميرال العميد الملك الأمير ولي الناطق المتحدث ضابط الضابط والي عامل "
        "محافظ المحافظ عمدة النائب الملحق ملحق المبعوث مبعوث المفوض مفوض الممثل ممثل"
    ).split()
)

#: Nouns that head the name of an institution, a body or an event.
INSTITUTION_HEADS = frozenset(
    normalize(word)
    for word in (
        "وزارة الوزارة المديرية مديرية الإدارة إدارة مجلس المجلس منظمة المنظمة هيئة الهيئة "
        "اللجنة لجنة الجمعية جمعية الأمم المحكمة محكمة شرطة الشرطة قوات القوات الجيش جيش "
        "جهاز الجهاز وكالة الوكالة الاتحاد اتحاد البرلمان الحكومة حكومة مكتب المكتب "
        "السفارة سفارة القنصلية مصالح المصالح المصلحة مصلحة مؤسسة المؤسسة البنك بنك "
        "كأس الدورة دورة مؤتمر المؤتمر قمة القمة جامعة الجامعة مركز المركز"
    ).split()
)
