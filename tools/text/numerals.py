"""The numbers a sentence states, read the way a news sub-editor reads them.

``number-mismatch`` and ``number-added`` compare *values*, not strings. Each
number written in a text has one or more readings (a :class:`~decimal.Decimal`,
or the string itself when it is not a plain number, like ``1.2.3``), and two
numbers agree when they share a reading. What is read:

* digits, Western, Arabic-Indic or Persian, with ``.`` ``,`` ``٫`` ``٬``
  inside: ``1,200`` = ``1.200`` = ``١٬٢٠٠`` = 1200; ``3,5`` = ``٣٫٥`` = 3.5
  (see :func:`readings`);
* a scale word after the digits, in either language: ``110 مليارات`` and
  "110 billion", "$110bn" are 110 and 110,000,000,000; ``3 آلاف`` and
  "3,000" agree. The bare digits stay a reading, so "110 billion" also
  agrees with an Arabic ``110`` whose scale word the translator moved;
* ordinal suffixes: "93rd", "1st" are 93 and 1;
* English number words, through text2num: "three", "twenty-one",
  "one hundred and ten", "seven point five", "ninety-third";
* Roman numerals: "type II", "World War II"; a lone "I" only after a
  lowercase word that is not a function word ("type I", never "then I");
* a two-digit year after a four-digit one: "2019-20" also reads 2020;
* Arabic number words (ثلاثة, عشرين, خمسة وعشرون, مئة, ألفين), so that
  an English "3" for ثلاثة is not a number the English added.

Which English numbers the English *adds* is narrower: only those written in
digits (a sub-editor spells out one to nine and never means to add a fact
by it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import lru_cache

from text_to_num import alpha2digit

from tools.text.arabic import DIGIT_FOLDS

#: ``fold_digits`` as one ``str.translate`` table: numbers are read in every entry.
_FOLD = str.maketrans(DIGIT_FOLDS)
#: Any character the table changes. ``str.translate`` looks every character of
#: an Arabic text up in the table; one regex search first is several times faster
#: for the many texts with nothing to fold.
_FOLDABLE = re.compile("[" + "".join(sorted(DIGIT_FOLDS)) + "]")
#: Any digit, Western, Arabic-Indic or Persian: most sentences have none, and
#: one search for it spares them the whole reading.
_ANY_DIGIT_FORM = re.compile("[0-9" + "".join(sorted(c for c in DIGIT_FOLDS if c.isdigit())) + "]")


def fold_digits(text: str) -> str:
    """Arabic-Indic and Persian digits and separators as ASCII; an Arabic comma between digits too (30،000)."""
    folded = text.translate(_FOLD) if _FOLDABLE.search(text) else text
    return _ARABIC_COMMA.sub(",", folded) if "\u060c" in folded else folded

Reading = Decimal | str

DIGITS = r"[0-9]+(?:[.,][0-9]+)*"
_SEPARATOR = re.compile(r"[.,]")
_ARABIC_COMMA = re.compile(r"(?<=[0-9])\u060c(?=[0-9]{3}(?![0-9]))")
_WORD_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")
_ANY_DIGIT = re.compile(r"[0-9]")
_SPACE_GROUPED = re.compile(r"(?<![0-9.,])[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+(?![0-9])")
_CLOCK = re.compile(r"(?<![0-9])([01]?[0-9]|2[0-3]):([0-5][0-9])(?![0-9])")
_TIME = re.compile(r"([01]?[0-9]|2[0-3])[.:]([0-5][0-9])")
_NUMBER = re.compile(DIGITS)

#: English scale words and the newsroom abbreviations written after digits.
ENGLISH_SCALES = {
    "hundred": 10**2, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12, "trn": 10**12,
}
#: Arabic scale words with their plurals (singular, accusative, plural).
ARABIC_SCALES = {
    **dict.fromkeys(("مئة", "مائة", "مئات"), 10**2),
    **dict.fromkeys(("الف", "الفا", "الاف", "الوف"), 10**3),
    **dict.fromkeys(("مليون", "مليونا", "ملايين"), 10**6),
    **dict.fromkeys(("مليار", "مليارا", "مليارات", "بليون", "بلايين"), 10**9),
    **dict.fromkeys(("تريليون", "تريليونا", "تريليونات", "ترليون"), 10**12),
}
#: Their duals, which say "two" by themselves: مليوني دولار = $2 million.
ARABIC_DUAL_SCALES = {
    **dict.fromkeys(("مئتان", "مئتين", "مائتان", "مائتين", "مئتي", "مائتي"), 10**2),
    **dict.fromkeys(("الفان", "الفين", "الفي"), 10**3),
    **dict.fromkeys(("مليونان", "مليونين", "مليوني"), 10**6),
    **dict.fromkeys(("ملياران", "مليارين", "ملياري"), 10**9),
}
#: Fractions written as words: النصف is "half" and "50 per cent".
ARABIC_FRACTIONS = {"نصف": (Decimal("0.5"), Decimal(50)), "ربع": (Decimal("0.25"), Decimal(25))}
_ENGLISH_SCALE = re.compile(
    rf"({DIGITS})[\s\u00a0-]*({'|'.join(sorted(ENGLISH_SCALES, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
_ORDINAL = re.compile(rf"\b({DIGITS})(?:st|nd|rd|th)\b", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"\b((?:1[0-9]|20)[0-9]{2})\s*[-\u2013/]\s*([0-9]{2})\b")
_ROMAN = re.compile(r"(?<![\w])([IVXLCDM]{1,7})(?![\w]|-[A-Za-z0-9])")
_ROMAN_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_LETTER = re.compile(r"[A-Za-z]")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)(?:[\s\u00a0]+|-)$")
#: Words after which "I" is the pronoun, not the numeral one.
_PRONOUN_CONTEXT = frozenset(
    "and but or nor so then that when if as because where what which who whom than "
    "said says say think thought know knew believe hope wish since while until before after "
    "unless though although how why whether once now yet because".split()
)

#: Arabic number words (after :func:`_arabic_word` normalization) and their values.
ARABIC_WORDS: dict[str, int] = {}
for _value, _forms in {
    1: "واحد واحدة احد احدى", 2: "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي",
    3: "ثلاث ثلاثة", 4: "اربع اربعة", 5: "خمس خمسة", 6: "ست ستة", 7: "سبع سبعة",
    8: "ثمان ثماني ثمانية", 9: "تسع تسعة", 10: "عشر عشرة",
    20: "عشرون عشرين", 30: "ثلاثون ثلاثين", 40: "اربعون اربعين", 50: "خمسون خمسين",
    60: "ستون ستين", 70: "سبعون سبعين", 80: "ثمانون ثمانين", 90: "تسعون تسعين",
    100: "مئة مائة", 1000: "الف",
}.items():
    for _form in _forms.split():
        ARABIC_WORDS[_form] = _value
#: Ordinals (الثالث, الثالثة, الحادي): the tens of 93rd (الثالثة والتسعين) are cardinal.
for _value, _forms in {
    1: "اول اولى حادي حادية", 2: "ثاني ثانية ثان", 3: "ثالث ثالثة", 4: "رابع رابعة",
    5: "خامس خامسة", 6: "سادس سادسة", 7: "سابع سابعة", 8: "ثامن ثامنة", 9: "تاسع تاسعة",
    10: "عاشر عاشرة",
}.items():
    for _form in _forms.split():
        ARABIC_WORDS[_form] = _value
#: Decades (ثمانينيات القرن العشرين: the 1980s): the tens, and the years of the last two centuries.
ARABIC_DECADES = {
    f"{stem}ينيات": tens
    for stem, tens in (("عشر", 20), ("ثلاث", 30), ("اربع", 40), ("خمس", 50), ("ست", 60),
                       ("سبع", 70), ("ثمان", 80), ("تسع", 90))
}
_NUMBER_WORDS = frozenset(ARABIC_WORDS).union(ARABIC_SCALES, ARABIC_DUAL_SCALES, ARABIC_DECADES, ARABIC_FRACTIONS)
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671]+")
#: Diacritics and tatweel, dropped before reading a number word (ثانٍ).
_MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670]")
_ALEFS = str.maketrans("أإآٱ", "اااا")


@lru_cache(maxsize=1 << 12)
def readings(token: str) -> frozenset[Reading]:
    """Every value that the digit string ``token`` can stand for.

    A separator followed by groups of exactly three digits may group
    thousands; a single separator may be a decimal point (so ``1,200`` is
    also 1.2, which is harmless); with two different separators the last is
    the decimal point. Anything else (``1.2.3``) is only equal to itself.
    """
    parts = _SEPARATOR.split(token)
    seps = _SEPARATOR.findall(token)
    if not seps:
        return frozenset({Decimal(token)})
    values: set[Reading] = set()
    if len(set(seps)) == 1:
        if _thousands_groups(parts):
            values.add(Decimal("".join(parts)))
        if len(parts) == 2:
            values.add(Decimal(f"{parts[0]}.{parts[1]}"))
    elif seps.count(seps[-1]) == 1 and _thousands_groups(parts[:-1]):
        values.add(Decimal(f"{''.join(parts[:-1])}.{parts[-1]}"))
    return frozenset(values) or frozenset({token})


def _thousands_groups(parts: list[str]) -> bool:
    """``["1", "234", "567"]``: a lead of 1–3 digits, then groups of exactly three."""
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def _scaled(token: str, scale: int) -> set[Reading]:
    return {r * scale for r in readings(token) if isinstance(r, Decimal)}


def numbers(text: str) -> list[str]:
    """The numbers written in digits in ``text`` (folded to ASCII), in order, distinct."""
    return list(dict.fromkeys(_NUMBER.findall(fold_digits(text))))


# --- Arabic ------------------------------------------------------------------------


@lru_cache(maxsize=1 << 14)
def _arabic_word(word: str) -> str:
    """A word without hamza on alef and without its و / ب / ال prefix, for number lookups."""
    word = word.translate(_ALEFS)
    if word.endswith("ا") and word[:-1] in _NUMBER_WORDS:
        word = word[:-1]  # the accusative alef of tanwin: واحدًا, ثلاثا
    for prefix in ("وال", "بال", "ال", "و", "ب"):
        if word.startswith(prefix) and word[len(prefix):] in _NUMBER_WORDS:
            return word[len(prefix):]
    return word


@lru_cache(maxsize=1 << 10)
def arabic_numbers(text: str) -> dict[str, frozenset[Reading]]:
    """The digit numbers of an Arabic text with their readings, scale words applied (do not modify).

    ``110 مليارات`` -> ``{"110": {110, 110000000000}}``.
    """
    if not _ANY_DIGIT_FORM.search(text):
        return {}
    folded = fold_digits(text)
    found: dict[str, set[Reading]] = {}
    for match in _NUMBER.finditer(folded):
        values = found.setdefault(match.group(), set())
        values |= readings(match.group())
        after = _ARABIC_WORD.match(folded, _skip_space(folded, match.end()))
        if after:
            scale = ARABIC_SCALES.get(_arabic_word(after.group()))
            if scale:
                values |= _scaled(match.group(), scale)
    return {token: frozenset(values) for token, values in found.items()}


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def arabic_word_values(text: str) -> set[Reading]:
    """Values of Arabic number words: ثلاثة 3, خمسة وعشرون 25 (and 5, 20), مليون 1000000."""
    words = [_arabic_word(w) for w in _ARABIC_WORD.findall(_MARKS.sub("", text))]
    values: set[Reading] = set()
    previous: int | None = None
    for word in words:
        if word == "و":
            continue  # و typed apart: الثالثة و التسعين
        if word in ARABIC_DUAL_SCALES:
            values.update((Decimal(2), Decimal(2 * ARABIC_DUAL_SCALES[word])))
            previous = None
            continue
        if word in ARABIC_FRACTIONS:
            values.update(ARABIC_FRACTIONS[word])
            previous = None
            continue
        if word in ARABIC_DECADES:
            tens = ARABIC_DECADES[word]
            values.update(Decimal(tens + base) for base in (0, 1900, 2000))
            previous = None
            continue
        value = ARABIC_WORDS.get(word) or ARABIC_SCALES.get(word)
        if value is None:
            previous = None
            continue
        values.add(Decimal(value))
        if previous is not None and previous < 10 <= value < 100:
            values.add(Decimal(previous + value))  # خمسة وعشرون
        if previous is not None and value >= 100 and previous < value:
            values.add(Decimal(previous * value))  # ثلاثة آلاف
        previous = value
    return values


# --- English -----------------------------------------------------------------------


@lru_cache(maxsize=1 << 12)
def english_digit_readings(text: str) -> frozenset[Reading]:
    """What the English states in digits, with scale words and short year ranges: the cheap part."""
    values: set[Reading] = set()
    for _, _, _, found in english_digit_numbers(text):
        values |= found
    return frozenset(values)


@lru_cache(maxsize=1 << 12)
def english_readings(text: str) -> frozenset[Reading]:
    """Every value the English states in digits, scale words, ordinals, words or Roman numerals."""
    folded = fold_digits(text)
    values = set(english_digit_readings(folded))
    values.update(_roman_values(folded))
    values |= _word_values(folded)
    return frozenset(values)


def _word_values(text: str) -> set[Reading]:
    """Numbers written in words, read by text2num ("three" -> 3, "ninety-third" -> 93rd).

    ``threshold=0`` reads every number word, "one" and "first" included: a
    pronoun "one" can only make an Arabic 1 agree, never hide another number.
    """
    if not _LETTER.search(text):
        return set()
    values: set[Reading] = set()
    # "six-month": text2num reads "twenty-one" but not a number word hyphened to a noun.
    texts = {text, _WORD_HYPHEN.sub(" ", text)}
    for variant in texts:
        for token in _NUMBER.findall(alpha2digit(variant, "en", threshold=0)):
            values |= readings(token)
    return values


def _roman_values(text: str) -> Iterator[Reading]:
    for match in _ROMAN.finditer(text):
        value = roman_value(match.group(1))
        if value is None:
            continue
        if match.group(1) == "I" and not _numeral_i(text, match.start()):
            continue
        yield Decimal(value)


def _numeral_i(text: str, start: int) -> bool:
    """Whether the "I" at ``start`` is a numeral: after a lowercase content word ("type I")."""
    before = _WORD_BEFORE.search(text[:start])
    if before is None:
        return False
    word = before.group(1)
    return word.islower() and word not in _PRONOUN_CONTEXT


def roman_value(numeral: str) -> int | None:
    """The value of a well-formed Roman numeral (``XIV`` -> 14), else ``None`` (``IIII``, ``MIX`` ok)."""
    total = 0
    for here, after in zip(numeral, numeral[1:] + " "):
        value = _ROMAN_VALUE[here]
        total += -value if after != " " and _ROMAN_VALUE[after] > value else value
    return total if total > 0 and _to_roman(total) == numeral else None


def _to_roman(value: int) -> str:
    pairs = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = []
    for number, letters in pairs:
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)


@lru_cache(maxsize=1 << 10)
def english_digit_numbers(text: str) -> tuple[tuple[str, int, int, frozenset[Reading]], ...]:
    """Numbers the English writes in digits: (token, start, end, readings with scale words)."""
    if not _ANY_DIGIT_FORM.search(text):
        return ()  # most sentences: one search, no fold
    folded = fold_digits(text)
    if not _ANY_DIGIT.search(folded):
        return ()
    return tuple(_digit_numbers(folded))


def _digit_numbers(folded: str) -> Iterator[tuple[str, int, int, frozenset[Reading]]]:
    scaled = {m.start(1): _scaled(m.group(1), ENGLISH_SCALES[m.group(2).lower()])
              for m in _ENGLISH_SCALE.finditer(folded)}
    years = _year_ranges(folded)
    grouped = _space_groups(folded)
    minutes = _clock_minutes(folded)
    for match in _NUMBER.finditer(folded):
        token = match.group()
        values = set(readings(token)) | scaled.get(match.start(), set()) | grouped.get(match.start(), set())
        if match.start() in years:
            values.add(years[match.start()])
        time = _TIME.fullmatch(token)
        if time:  # 5.30pm = 5:30, which the Arabic writes as two numbers
            values.update((Decimal(time.group(1)), Decimal(time.group(2))))
        if match.start() in minutes:  # the 00 of 04:00 says nothing the hour does not
            values.add(minutes[match.start()])
        yield token, match.start(), match.end(), frozenset(values)


# The patterns below start with a lookbehind or a word boundary, which the regular
# expression engine tries at every character of the text; each needs a character (a
# colon, a dash or slash, a digit-space-digit) that most texts with digits lack, and a
# search for that alone is several times cheaper (less than half the time in all).
_RANGE_MARKS = ("-", "\u2013", "/")
_GROUP_GAP = re.compile(r"[0-9][ \u00a0\u202f][0-9]")


def _year_ranges(folded: str) -> dict[int, Decimal]:
    """``2019-20``: the start of ``20`` -> 2020 (:data:`_YEAR_RANGE`)."""
    if not any(mark in folded for mark in _RANGE_MARKS):
        return {}
    return {m.start(2): Decimal(m.group(1)[:2] + m.group(2)) for m in _YEAR_RANGE.finditer(folded)}


def _clock_minutes(folded: str) -> dict[int, Decimal]:
    """``04:00``: the start of ``00`` -> 0 (:data:`_CLOCK`)."""
    if ":" not in folded:
        return {}
    return {m.start(2): Decimal(m.group(1)) for m in _CLOCK.finditer(folded)}


def _space_groups(folded: str) -> dict[int, set[Reading]]:
    """``116 123`` (a number grouped by spaces) -> the whole value, for each of its groups."""
    out: dict[int, set[Reading]] = {}
    if not _GROUP_GAP.search(folded):
        return out
    for match in _SPACE_GROUPED.finditer(folded):
        value = Decimal(re.sub(r"\s", "", match.group()))
        for part in _NUMBER.finditer(match.group()):
            out.setdefault(match.start() + part.start(), set()).add(value)
    return out


def union(sets: Iterable[frozenset[Reading]]) -> set[Reading]:
    out: set[Reading] = set()
    for s in sets:
        out |= s
    return out
