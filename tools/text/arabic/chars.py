"""Arabic character tables: what is a diacritic, a bidi mark, punctuation, a letter.

Real Arabic input is messy. The same word arrives as إستقبال or استقبال, with
or without diacritics (فضلاً / فضلا), stretched with tatweel (الـمغرب), typed
with Persian or Urdu letters (ک ی), with Arabic-Indic digits (٢٠٢٥), or
sprinkled with bidi and zero-width marks copied from a web page. The tables
here name each of these phenomena once; :mod:`.normalize` applies them.
"""

from __future__ import annotations

import re

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

_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def has_arabic(text: str) -> bool:
    """Whether ``text`` contains any Arabic-script character."""
    return bool(_ARABIC_LETTER.search(text))


def is_arabic_letter(char: str) -> bool:
    """Whether ``char`` is one Arabic-script letter (not a digit, mark or punctuation)."""
    return len(char) == 1 and char.isalpha() and has_arabic(char)
