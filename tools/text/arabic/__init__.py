"""Arabic orthography: every character table and rule the project relies on.

Split by concern: :mod:`.chars` (the character tables), :mod:`.normalize`
(the comparison form, with offsets back to the original), :mod:`.proclitics`
(conjunctions, prepositions and the article attached to a word),
:mod:`.words` (the words of a text and their spans) and :mod:`.line` (word
lines for the compiled term automaton). The names below are the package's
public surface: ``from tools.text import arabic`` then ``arabic.normalize``.
"""

from tools.text.arabic.chars import (
    ARABIC_COMMA,
    ARABIC_SEMICOLON,
    BIDI_CONTROLS,
    BIDI_EMBEDDINGS,
    BIDI_ISOLATES,
    BIDI_MARKS,
    CLOSING_MARKS,
    DIACRITICS,
    DIGIT_FOLDS,
    IGNORABLE,
    INVISIBLE_FORMAT,
    LETTER_FOLDS,
    OPENING_MARKS,
    PUNCTUATION,
    SENTENCE_TERMINATORS,
    TATWEEL,
    ZERO_WIDTH,
    has_arabic,
    is_arabic_letter,
)
from tools.text.arabic.line import BREAK, Scan, scan, term_key, word_line
from tools.text.arabic.normalize import fold_digits, normalize, normalize_with_offsets, strip_ignorable
from tools.text.arabic.proclitics import (
    ARTICLE,
    CONJUNCTIONS,
    DETACHABLE_CONJUNCTIONS,
    LAM_BEFORE_ARTICLE,
    MIN_STEM,
    PREPOSITIONS,
    PROCLITIC_PREFIXES,
    Reading,
    add_without_article,
    proclitic_readings,
)
from tools.text.arabic.words import Token, Words, tokenize, words

__all__ = [
    "ARABIC_COMMA",
    "ARABIC_SEMICOLON",
    "ARTICLE",
    "BIDI_CONTROLS",
    "BIDI_EMBEDDINGS",
    "BIDI_ISOLATES",
    "BIDI_MARKS",
    "BREAK",
    "CLOSING_MARKS",
    "CONJUNCTIONS",
    "DETACHABLE_CONJUNCTIONS",
    "DIACRITICS",
    "DIGIT_FOLDS",
    "IGNORABLE",
    "INVISIBLE_FORMAT",
    "LAM_BEFORE_ARTICLE",
    "LETTER_FOLDS",
    "MIN_STEM",
    "OPENING_MARKS",
    "PREPOSITIONS",
    "PROCLITIC_PREFIXES",
    "PUNCTUATION",
    "SENTENCE_TERMINATORS",
    "TATWEEL",
    "ZERO_WIDTH",
    "Reading",
    "Scan",
    "Token",
    "Words",
    "add_without_article",
    "fold_digits",
    "has_arabic",
    "is_arabic_letter",
    "normalize",
    "normalize_with_offsets",
    "proclitic_readings",
    "scan",
    "strip_ignorable",
    "term_key",
    "tokenize",
    "word_line",
    "words",
]
