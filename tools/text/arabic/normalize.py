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
            if folded == " " and (not out or out[-1] == " "):
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
