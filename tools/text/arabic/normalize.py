"""Normalization: the comparison form of Arabic text, with offsets back to the original.

Comparison must see through orthographic noise (see :mod:`.chars`) while
reports still point at the original characters, so
:func:`normalize_with_offsets` keeps, for each normalized character, the
index of the original character it came from. :func:`fold_fast` is the bulk
form used to scan whole catalogues.
"""

from __future__ import annotations

import re
import unicodedata

from tools.text.arabic.chars import DIGIT_FOLDS, IGNORABLE, LETTER_FOLDS

FOLDS = {**LETTER_FOLDS, **DIGIT_FOLDS}


def _fold_char(char: str) -> str:
    """Normalize one character (NFKC, then folds); "" when ignorable."""
    if char in IGNORABLE:
        return ""
    if char in FOLDS:
        return FOLDS[char]
    folded = unicodedata.normalize("NFKC", char)
    if folded == char:
        return " " if char.isspace() else char
    return "".join(_fold_char(c) for c in folded)


class _FoldTable(dict[int, str]):
    """``ord(char) -> _fold_char(char)``, filled in as characters are met.

    ``str.translate`` looks every character up here at C speed; Python runs
    only for a character seen for the first time. A text has a few dozen
    distinct characters and a catalogue a few hundred, so the table stays
    small. Every character is mapped (also to itself), so that a lookup
    never falls through to ``__missing__`` twice.
    """

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalize ``text`` and map each output character back to its source index.

    Returns ``(normalized, offsets)`` where ``offsets[i]`` is the index in
    ``text`` of the character that produced ``normalized[i]``. Runs of any
    whitespace (including no-break spaces) become one space; leading and
    trailing whitespace is dropped.
    """
    table = _FOLD_TABLE
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        for folded in table[ord(char)]:
            if folded == " " and (not out or out[-1] == " "):
                continue
            out.append(folded)
            offsets.append(index)
    while out and out[-1] == " ":
        out.pop()
        offsets.pop()
    return "".join(out), offsets


#: Distinct chunks remembered by :func:`normalize` before the memo is cleared
#: (bounds memory: a chunk and its normal form take about 200 bytes).
NORMAL_MEMO_LIMIT = 1 << 16
#: Whitespace-separated chunk -> its normal form ("" for a chunk of marks only).
_normal_chunks: dict[str, str] = {}


#: The text split last and its chunks: the matcher's word line and the
#: consistency key both start from the chunks of the same source, one after
#: the other, and splitting costs as much as everything else either does.
_last_split: tuple[str | None, list[str]] = (None, [])


def chunks(text: str) -> list[str]:
    """``text.split()``, done once for the text asked twice in a row (do not modify the list)."""
    global _last_split
    last = _last_split  # one read: the text and its chunks always belong together
    if last[0] is text:
        return last[1]
    split = text.split()
    _last_split = (text, split)
    return split


def normalize(text: str) -> str:
    """The comparison form of Arabic ``text`` (see :func:`normalize_with_offsets`).

    Every fold acts on one character and turns whitespace into whitespace,
    so the normal form of a text is the normal forms of its
    whitespace-separated chunks, one space apart. A catalogue repeats its
    vocabulary: each chunk is normalized once (:func:`normalize_chunk`)
    and remembered.
    """
    memo, split = _normal_chunks, chunks(text)
    try:
        pieces = [memo[chunk] for chunk in split]
    except KeyError:  # a chunk not seen yet
        if len(memo) > NORMAL_MEMO_LIMIT:
            memo.clear()
        pieces = []
        for chunk in split:
            piece = memo.get(chunk)
            if piece is None:
                piece = memo[chunk] = normalize_chunk(chunk)
            pieces.append(piece)
    if "" in pieces:  # a chunk of diacritics or marks only: no word, and no second space
        return " ".join(piece for piece in pieces if piece)
    return " ".join(pieces)


def normalize_chunk(text: str) -> str:
    """:func:`normalize` of any text, without the memo, at C speed.

    Most texts need no NFKC: :func:`fold_fast` deletes and folds, and if the
    result is already NFKC every remaining character is its own fold (a
    character that NFKC changes cannot stand in a normalized string). Only
    whitespace other than single spaces is left to collapse. Other texts go
    through the per-character table.
    """
    return _normal_of_folded(text, fold_fast(text))


def learn_chunk(chunk: str, folded: str) -> None:
    """Remember the normal form of ``chunk`` for :func:`normalize`, given its :func:`fold_fast`.

    The matcher's word line folds every chunk of a source just before the
    consistency key normalizes the same source: with the fold shared, a
    chunk seen for the first time is folded once, and the key finds every
    chunk remembered.
    """
    memo = _normal_chunks
    if chunk not in memo:
        if len(memo) > NORMAL_MEMO_LIMIT:
            memo.clear()
        memo[chunk] = _normal_of_folded(chunk, folded)


def _normal_of_folded(text: str, folded: str) -> str:
    """:func:`normalize_chunk` of ``text``, whose :func:`fold_fast` is ``folded``."""
    if not unicodedata.is_normalized("NFKC", folded):
        return " ".join(text.translate(_FOLD_TABLE).split())
    if "  " in folded or not folded.isprintable() or folded[:1] == " " or folded[-1:] == " ":
        return " ".join(folded.split())
    return folded


#: Arabic-Indic and Persian digits and separators -> ASCII.
_DIGIT_TABLE = str.maketrans(DIGIT_FOLDS)
_FOLDED_DIGIT = re.compile("[" + "".join(sorted(DIGIT_FOLDS)) + "]")


def fold_digits(text: str) -> str:
    """Replace Arabic-Indic and Persian digits and separators by ASCII ones."""
    return text.translate(_DIGIT_TABLE) if _FOLDED_DIGIT.search(text) else text


def strip_ignorable(text: str) -> str:
    """Drop diacritics, tatweel, bidi and zero-width marks, nothing else."""
    return IGNORABLE_CHAR.sub("", text)


# str.translate looks every character up in a dict; on Arabic text it is
# several times slower than str.replace for the folds that occur in almost
# every sentence plus one regular expression for the rare rest.
_FREQUENT_FOLDS = tuple((c, FOLDS[c]) for c in "\u0629\u0623\u0625\u0649\u0622")  # ة أ إ ى آ
_RARE_FOLDS = {c: f for c, f in FOLDS.items() if c not in dict(_FREQUENT_FOLDS)}
_RARE_FOLD = re.compile("[" + "".join(re.escape(c) for c in sorted(_RARE_FOLDS)) + "]")
#: One ignorable character (see :data:`~.chars.IGNORABLE`).
IGNORABLE_CHAR = re.compile("[" + "".join(re.escape(c) for c in sorted(IGNORABLE)) + "]")


def fold_fast(text: str) -> str:
    """Delete :data:`~.chars.IGNORABLE` characters and apply the letter and digit folds."""
    for char, folded in _FREQUENT_FOLDS:
        text = text.replace(char, folded)
    if IGNORABLE_CHAR.search(text):
        text = IGNORABLE_CHAR.sub("", text)
    if _RARE_FOLD.search(text):
        text = _RARE_FOLD.sub(lambda hit: _RARE_FOLDS[hit.group()], text)
    return text
