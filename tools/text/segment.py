"""Arabic sentence segmentation: the translation units of an article.

A translator works sentence by sentence, so each source line is cut into
sentences, and each sentence becomes one entry of the article's template.

The rules, in order:

* A line break always ends a unit. A line without final punctuation (the
  outlet's name, a headline, a dateline) is a unit of its own; blank lines are
  skipped, but every unit keeps its true 1-based line number. A paragraph or
  line separator inside a line (U+2029, U+2028) also ends a unit.
* A run of terminators (``. ! ? ؟ …`` and runs such as ``?!`` or ``...``),
  with any closing quotes or brackets after it (``» " ” )``), ends a sentence
  when whitespace follows, unless a comma, semicolon or colon comes next
  (``وغيرها... ، و``). The Arabic comma ``،`` and semicolon ``؛`` never end one.
* A single full stop does not end a sentence after an abbreviation: a title
  (``د.`` ``Dr.``), a single letter (an initial, ``ع.`` ``J.``), dotted letters
  (``أ.د.`` ``ص.ب.`` ``U.K.`` ``e.g.``), a word marked as abbreviated with
  tatweel (``صـ.``), or a list number at the start of a line (``1.``). A
  single Latin letter is an initial only before another Latin word
  (``J. K. Rowling``); before Arabic it is a word (``حصل على A.``).
  After a number, though, such a short form is a unit or an era (``1990 م.``,
  ``300 ق.م.``, ``50 د.ك.``): it ends the sentence like any other word.
* Terminators right after an opening bracket are editorial marks, not ends:
  ``(...)`` for words left out of a quotation, ``(!)`` and ``(؟)`` for sic.
* A quotation that ends with a terminator and a closing quote goes on when an
  attributing participle follows (``"...؟" قائلًا``), which cannot begin a
  sentence.
* A full stop between two Arabic words with no space (``الرباط.وأضاف``) is a
  sentence end with the space forgotten, as long as the word before it is not
  a single letter (``ق.م``).
* Numbers (``2.5``, ``1.200``), URLs and e-mail addresses never contain a
  terminator followed by whitespace, so they are never cut.

Each unit is the original text between two boundaries, trimmed of whitespace
and invisible bidi or zero-width marks at its ends, and nothing else.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from tools.text import arabic
from tools.errors import InputError
from tools.fileio import read_text, shown_name

# ---------------------------------------------------------------------------
# Data tables: every abbreviation the rules know, in one place.
# ---------------------------------------------------------------------------

#: Latin abbreviations written with a final full stop that are followed by more
#: of the same sentence (a name, a number), as they appear in Arabic news that
#: quotes English names and titles. Matched case-sensitively, without the dot.
#: Single letters and dotted letters (U.K., e.g.) need no entry: see
#: :func:`_is_abbreviation`. Words that often end a sentence (etc.,
#: Inc., Ltd.) are deliberately absent.
LATIN_ABBREVIATIONS = frozenset(
    {
        # Titles and ranks before a name.
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Sr", "Jr", "St", "Fr", "Rev",
        "Hon", "Pres", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Maj", "Capt",
        "Cmdr", "Adm", "Brig", "Sgt", "Cpl", "Supt", "Insp", "Mt", "Mme", "Mlle",
        # Before a number or a reference.
        "No", "Nos", "Vol", "Fig", "Art", "Ch", "pp", "vs", "cf", "ca", "approx",
        # Month names, in dates such as "Sept. 30".
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec",
    }
)  # fmt: skip

#: Arabic abbreviations of more than one letter written with a full stop and
#: followed by more of the sentence. Single letters (د. دكتور, م. مهندس,
#: أ. أستاذ, ع. in a name) and dotted letters (أ.د. أستاذ دكتور, ص.ب. صندوق
#: بريد) need no entry, and neither do forms marked with tatweel (صـ. مهـ.).
#: إلخ (etc.) is deliberately absent: it usually ends its sentence.
ARABIC_ABBREVIATIONS = frozenset(
    {
        "مج",  # مجلد, volume
        "تح",  # تحقيق, edited by
        "تر",  # ترجمة, translated by
    }
)

#: Words that attribute a quotation when they follow it: circumstantial
#: participles ("...؟" قائلًا, «...» مضيفًا), which cannot begin an Arabic
#: sentence, so a quotation closed by a terminator and a quote goes on when
#: one of them follows. Finite verbs (قال, تساءلت) are deliberately absent:
#: after a closed quotation they as often begin the next sentence. Compared
#: after arabic.normalize, so hamza and tanwin spellings (قائلاً, قائلًا,
#: قائلا) are one entry.
ATTRIBUTION_WORDS = frozenset(
    {
        "قائلا", "قائلة", "مضيفا", "مضيفة", "متسائلا", "متسائلة", "موضحا",
        "موضحة", "مؤكدا", "مؤكدة", "معلقا", "معلقة", "مشيرا", "مشيرة",
    }
)  # fmt: skip

# ---------------------------------------------------------------------------

_TERMINATORS = "".join(sorted(arabic.SENTENCE_TERMINATORS))
_CLOSERS = "".join(sorted(arabic.CLOSING_MARKS))
_INVISIBLE = "".join(sorted(arabic.INVISIBLE_FORMAT))
#: A run of terminators and the closing marks after it (invisible marks may sit between).
_CANDIDATE = re.compile(
    f"[{re.escape(_TERMINATORS)}]+[{re.escape(_CLOSERS)}{_INVISIBLE}]*"
)
#: Letters separated by single full stops: J, U.K, e.g, أ.د, ص.ب.
_LETTER_ABBREVIATION = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")
#: A number in any digits, with decimal or thousands separators: 12, 2.5, 1,200, ١٢٫٥.
_NUMBER = re.compile(r"[^\W_]*\d[\d.,\u066b\u066c]*")
#: One Latin letter (a possible initial).
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
#: Opening quotes and brackets that may precede the word before a full stop.
_OPENERS = "".join(sorted(arabic.OPENING_MARKS))
#: Hard line breaks inside one source line (they end a unit, not a line).
_HARD_BREAKS = "\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"
_HARD_BREAK = re.compile(f"[{_HARD_BREAKS}]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: Whitespace and invisible marks: skipped to find the next word, trimmed from units.
_NEXT_RUN = re.compile(f"[\\s{_INVISIBLE}]*([^\\s{_INVISIBLE}]*)")
_ENDS = re.compile(f"^[\\s{_INVISIBLE}]+|[\\s{_INVISIBLE}]+$")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a source text (a line without final punctuation counts as one): the
    source of one translation unit.

    ``text`` is the original text, trimmed; ``line`` the 1-based source line;
    ``paragraph`` the 0-based index of that line among the non-empty lines.
    """

    text: str
    line: int
    paragraph: int


def segment_text(text: str) -> list[Sentence]:
    """Cut ``text`` into units in document order, duplicates kept (see module docstring)."""
    units: list[Sentence] = []
    paragraph = 0
    for line_no, line in enumerate(_LINE_BREAK.split(text), start=1):
        sentences = split_sentences(line)
        if not sentences:
            continue
        units.extend(Sentence(sentence, line_no, paragraph) for sentence in sentences)
        paragraph += 1
    return units


def segment_file(path: str | os.PathLike[str]) -> list[Sentence]:
    """The units of the UTF-8 file ``path``, read strictly.

    Raises :class:`~tools.errors.InputError` for a missing, unreadable, empty
    or non-UTF-8 file, for one whose only characters are invisible marks, and
    for a control character that is not a space or a line break (see
    :data:`_NOT_TEXT`). ``-`` reads standard input, named ``<stdin>``.
    """
    text = read_text(path)
    name = shown_name(path)
    _refuse_controls(name, text)
    units = segment_text(text)
    if not units:
        raise InputError(name, "no text to translate (only invisible characters)")
    return units


#: Control characters that are not whitespace: NUL, U+0004 and the like are
#: debris of a conversion, not text. NUL and U+0004 cannot even stand in a
#: compiled catalog (msgfmt cuts a string at NUL and refuses U+0004), so the
#: file is refused and the translator told where, rather than guessing.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def _refuse_controls(path: str | os.PathLike[str], text: str) -> None:
    found = _NOT_TEXT.search(text)
    if found is not None:
        line = len(_LINE_BREAK.findall(text, 0, found.start())) + 1
        code = f"U+{ord(found.group()):04X}"
        raise InputError(path, f"control character {code} is not text; remove it from the source", line)


def split_sentences(line: str) -> list[str]:
    """The trimmed, non-empty sentences of one line of text."""
    pieces: list[str] = []
    start = 0
    for end in sentence_ends(line):
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return [trimmed for piece in pieces if (trimmed := _trim(piece))]


def sentence_ends(line: str) -> list[int]:
    """Sorted offsets in ``line`` just past each sentence end that has more text after it."""
    hard = (match.end() for match in _HARD_BREAK.finditer(line))
    return sorted({*hard, *_punctuation_ends(line)})


def _punctuation_ends(line: str) -> Iterator[int]:
    for match in _CANDIDATE.finditer(line):
        end = match.end()
        following = line[end : end + 1]
        if not following or following in _HARD_BREAKS:
            continue
        if following.isspace():
            if _ends_sentence(line, match):
                yield end
        elif _missing_space_after_full_stop(line, match):
            yield end


def _ends_sentence(line: str, match: re.Match[str]) -> bool:
    """Whether the terminator run ``match``, followed by whitespace, ends a sentence."""
    following = _next_word(line, match.end())
    if following[:1] in _CONTINUATION:
        return False
    if match.start() and line[match.start() - 1] in _OPENING_BRACKETS:
        return False  # an editorial mark: (...) for an omission, (!) or (؟) for sic
    if _closes_quotation(match.group()) and _is_attribution(following):
        return False
    if match.group().rstrip(_CLOSERS + _INVISIBLE) != ".":
        return True
    start, word = _word_before(line, match.start())
    if not word:
        return True
    if _is_abbreviation(word, following):
        return _is_number(_word_before(line, _skip_space_back(line, start))[1])
    # "1. ..." numbers a list item at the start of a line.
    return not (_is_number(word) and _skip_space_back(line, start) == 0)


#: Characters that, as the first thing after a terminator, show that the
#: sentence goes on ("... ، وغيرها", "نعم!: قال").
_CONTINUATION = frozenset({arabic.ARABIC_COMMA, arabic.ARABIC_SEMICOLON, ",", ";", ":"})
#: The opening marks that are brackets, not quotes (a quote before a full stop may close).
_OPENING_BRACKETS = frozenset(
    c for c in arabic.OPENING_MARKS if {"BRACKET", "PARENTHESIS"} & set(unicodedata.name(c).split())
)
#: The closing marks that are quotes (final or neutral punctuation), not brackets.
_QUOTES_CLOSING = frozenset(
    c for c in arabic.CLOSING_MARKS if unicodedata.category(c) in ("Pf", "Po")
)
_ATTRIBUTION = frozenset(arabic.normalize(word) for word in ATTRIBUTION_WORDS)


def _closes_quotation(run: str) -> bool:
    return any(char in _QUOTES_CLOSING for char in run)


def _is_attribution(following: str) -> bool:
    """Whether the word after a closed quotation attributes it (قائلًا, مضيفًا)."""
    words = arabic.tokenize(following)
    return bool(words) and words[0].norm in _ATTRIBUTION


def _is_abbreviation(word: str, following: str = "") -> bool:
    """Whether ``word``, before a full stop and then ``following``, is a short form."""
    bare = word.replace(arabic.TATWEEL, "")
    if _LATIN_LETTER.fullmatch(bare):
        return _LATIN_LETTER.match(following) is not None  # J. K. Rowling, not "A. وقال"
    return (
        word.endswith(arabic.TATWEEL)
        or bool(_LETTER_ABBREVIATION.fullmatch(bare))
        or word in LATIN_ABBREVIATIONS
        or bare in ARABIC_ABBREVIATIONS
    )


def _is_number(word: str) -> bool:
    """Whether ``word`` is a number (after it, a short form is a unit or an era: 1990 م.)."""
    return bool(_NUMBER.fullmatch(word))


def _missing_space_after_full_stop(line: str, match: re.Match[str]) -> bool:
    """A full stop squeezed between two Arabic words ("الرباط.وأضاف") ends a sentence."""
    if match.group() != ".":
        return False
    word = _word_before(line, match.start())[1]
    after = line[match.end() : match.end() + 1]
    return (
        len(word.replace(arabic.TATWEEL, "")) > 1
        and all(arabic.is_arabic_letter(c) or c in arabic.DIACRITICS for c in word)
        and arabic.is_arabic_letter(after)
        and not _is_abbreviation(word)
    )


def _word_before(line: str, end: int) -> tuple[int, str]:
    """Where the run of non-space characters ending at ``end`` starts, and that run cleaned.

    The run loses opening quotes and brackets and invisible marks, so that
    «د. and د. are the same abbreviation. Indexes, not slices: a long line
    must not be copied at every full stop.
    """
    start = end
    while start and not line[start - 1].isspace():
        start -= 1
    word = "".join(c for c in line[start:end] if c not in arabic.INVISIBLE_FORMAT)
    return start, word.lstrip(_OPENERS)


def _skip_space_back(line: str, end: int) -> int:
    """The index after the last non-space character before ``end`` (0 if there is none)."""
    while end and line[end - 1].isspace():
        end -= 1
    return end


def _next_word(line: str, index: int) -> str:
    """The run of visible characters after the whitespace that starts at ``index``."""
    match = _NEXT_RUN.match(line, index)
    return match.group(1) if match else ""



def _trim(text: str) -> str:
    """Strip whitespace and invisible format characters (bidi, zero-width) from both ends."""
    return _ENDS.sub("", text)
