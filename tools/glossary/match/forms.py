"""English word forms that still say the same term: the bounded tolerance of the matcher.

A rendering and a translation are compared word by word on *word keys*:

1. letters casefolded, apostrophes made straight, a possessive ``'s`` dropped;
2. British spelling made American (``organisation`` → ``organization``,
   ``defence`` → ``defense``, ``programme`` → ``program``), from breame's list
   of 1,700 British/American pairs plus the regular ``-ise``/``-isation``
   words the list lacks (``denuclearisation``);
3. irregular plurals made singular (``children``, ``women``, ``crises``,
   ``analyses``), which no stemmer sees;
4. the Snowball (Porter2) English stem, through PyStemmer:
   ``Secretaries`` and ``Secretary`` → ``secretari``, ``assaulted`` →
   ``assault``, ``sexually`` → ``sexual``.

So every word of a rendering may be inflected, wherever it stands
("Secretaries-General", "Ministers of Foreign Affairs"), and either national
spelling is accepted. Words must still follow one another with only spaces or
a hyphen between them, so "securities" alone is never "security services".
The stem is Porter2's, which keeps "Admiralty" (``admiralti``) apart from
"Admiral" (``admir``).

Words written as acronyms (two to five capitals, ``US``, ``WHO``, ``DGSN``)
keep their case: ``US`` in a rendering needs ``US`` (or ``U.S.``) in the
text, never the pronoun "us", unless the entry is flagged ``case-insensitive``.

Places, parties and institutions also match their adjective and demonym
forms from ``data/demonyms.tsv`` ("North Korea" → "North Korean",
"Republican Party" → "Republican", "Congress" → "congressional"), when the
rendering is the whole name, not a phrase that contains it.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import Stemmer
from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

#: Characters typed for an apostrophe: straight, curly, modifier letter, prime.
APOSTROPHES = "'\u2019\u2018\u02bc\u2032"
#: Characters that join compound words: hyphen-minus, hyphen, non-breaking hyphen.
HYPHENS = "-\u2010\u2011"
_APOSTROPHE_FOLD = str.maketrans({c: "'" for c in APOSTROPHES})
#: A word: letters or digits, with inner apostrophes (d'Ivoire, O'Neill), or an acronym
#: written with full stops (U.S., U.K.), which is read as the acronym (US, UK).
WORD = re.compile(rf"(?<![^\W_])(?:[A-Z]\.){{2,5}}(?![^\W_])|[^\W_]+(?:[{APOSTROPHES}][^\W_]+)*")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_ACRONYM_ENDING = re.compile(r"[A-Z]{2,5}e?s")
#: British -ise words not in breame's list, made -ize: denuclearise, denuclearisation.
_ISE = re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations|er|ers)$")
#: Prefixes written with a hyphen or solid: co-operation = cooperation.
_JOINED_PREFIXES = frozenset({"co", "re", "pre", "non", "anti", "counter", "inter", "multi", "semi", "mid"})

# Without PyStemmer's own cache of 10,000 words: :func:`word_key` remembers the words a
# catalogue repeats, so the stemmer sees mostly words new to both memos, the case where
# PyStemmer says its cache only costs. On u50000's English: 0.87 -> 0.77 s, 2 MB less.
_STEMMER = Stemmer.Stemmer("english", 0)


def _undotted(word: str) -> str:
    """``U.S.`` -> ``US``: an acronym written with full stops is the acronym."""
    return word.replace(".", "") if word.endswith(".") else word


def is_acronym(word: str) -> bool:
    """Two to five capitals: ``US``, ``WHO``, ``DGSN``; not ``I``, not ``Us``."""
    return _ACRONYM.fullmatch(word) is not None


# A small memo: the words of a catalogue reach this through :func:`word_key`, whose own
# memo keeps the result; a larger one only doubled the memory of every new word.
@lru_cache(maxsize=1 << 12)
def normal_form(word: str) -> str:
    """The word casefolded, without possessive, singular if irregular, in American spelling."""
    # Each pattern is tried only where the letters it needs are (an -s; an "is"): every
    # new word of a catalogue comes here once, and most need neither.
    word = _undotted(word)
    if word[-1:] == "s" and _ACRONYM_ENDING.fullmatch(word):
        word = word.rstrip("es")  # NGOs, DGSNes: the stemmer keeps an -s after no vowel
    folded = word.translate(_APOSTROPHE_FOLD).casefold()
    if folded.endswith("'s"):
        folded = folded[:-2]
    folded = _singular(folded)
    american: str | None = BRITISH_ENGLISH_SPELLINGS.get(folded)
    if american is None:
        american = _ISE.sub(r"iz\1", folded) if len(folded) >= 7 and "is" in folded else folded
    return american


# 16,384 words: on 50,000 entries with a new word in every translation (56,326
# distinct words, 1.29 million lookups) 65,536 saved 11 lookups and held 7 MB more.
@lru_cache(maxsize=1 << 14)
def word_key(word: str) -> str:
    """The key two words share when one may be a form of the other (see module docstring)."""
    stem: str = _STEMMER.stemWord(normal_form(word))
    return stem


#: What may differ at the end of two words with one stem for one to be a form of the other:
#: inflections (assault/assaulted, secretary/secretaries), -ly (sexual/sexually) and -eer
#: (Brexit/Brexiteers). Not the derivations that change the meaning, which Snowball also
#: strips: nation/national, president/presidency, execution/executive, relative/relativity.
FORM_ENDINGS = frozenset({"", "s", "es", "e", "ed", "d", "ing", "y", "ies", "ied", "ly", "eer", "eers"})


@lru_cache(maxsize=1 << 16)
def related(one: str, other: str) -> bool:
    """Whether two normal forms with one stem differ only by :data:`FORM_ENDINGS`."""
    if one == other:
        return True
    common = 0
    for a, b in zip(one, other):
        if a != b:
            break
        common += 1
    return one[common:] in FORM_ENDINGS and other[common:] in FORM_ENDINGS


#: Irregular plurals the stemmer cannot see: children, women (-men by rule), crises.
_IRREGULAR = {
    "children": "child", "people": "person", "mice": "mouse", "feet": "foot", "teeth": "tooth",
    "geese": "goose", "criteria": "criterion", "phenomena": "phenomenon",
    **{f"{stem}ses": f"{stem}sis" for stem in (
        "cri", "analy", "diagno", "progno", "the", "hypothe", "synop", "oa", "empha", "synthe",
        "parenthe", "neuro", "psycho", "metasta", "paraly", "dialy", "ellip",
    )},
}


def _singular(word: str) -> str:
    """``children`` -> ``child``, ``women`` -> ``woman``, ``crises`` -> ``crisis``, else the word."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("men") and len(word) > 4 and word not in ("omen", "abdomen", "specimen", "regimen"):
        return word[:-3] + "man"
    return word


_BEFORE_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")
_PREFIXED = re.compile(
    rf"(?<![^\W_])({'|'.join(sorted(_JOINED_PREFIXES))})[{HYPHENS}]([^\W_]+)", re.IGNORECASE
)


#: :data:`WORD` for a text with no "_" and no dotted capitals (U.S.): then ``\w`` is
#: ``[^\W_]`` and the acronym branch cannot match, and this runs in two thirds of the time.
_PLAIN_WORD = re.compile(rf"\w+(?:[{APOSTROPHES}]\w+)*")
_DOTTED_CAPITALS = re.compile(r"[A-Z]\.[A-Z]\.")
_HYPHEN = re.compile(f"[{HYPHENS}]")


def words_of(text: str) -> list[str]:
    """``WORD.findall(text)``, by the plainer pattern where it finds the same words."""
    if "_" in text or _DOTTED_CAPITALS.search(text):
        return WORD.findall(text)
    return _PLAIN_WORD.findall(text)


# A memo for the English a catalogue repeats (a few hundred renderings of its sentences
# at most, in practice); where every text is new it only holds memory, 600 bytes a text.
@lru_cache(maxsize=1 << 10)
def text_keys(text: str) -> frozenset[str]:
    """Every word key of ``text``, hyphenated prefixes also joined: a cheap filter before :func:`tokens`.

    Every English text of a catalogue is asked (second references, variant
    forms, forbidden renderings): the prefix and apostrophe rules run only
    where the text has a hyphen or an apostrophe at all.
    """
    words = set(words_of(text))
    keys = set(map(word_key, words))
    if _HYPHEN.search(text):
        keys.update(word_key(a + b) for a, b in _PREFIXED.findall(text))
    # An exact rendering matches up to an apostrophe ("DGSN" in "DGSN'sa"), which
    # joins the text's word into one: the part before it is a key too.
    if _BEFORE_APOSTROPHE.search(text):
        keys.update(
            word_key(_BEFORE_APOSTROPHE.split(word, 1)[0]) for word in words if _BEFORE_APOSTROPHE.search(word)
        )
    return frozenset(keys)


@dataclass(frozen=True)
class Token:
    """A word of an English text: its span, its key and whether it is written in capitals."""

    start: int
    end: int
    key: str
    capitals: bool
    #: Whether only spaces or one hyphen separate it from the word before.
    joined: bool
    #: :func:`normal_form` of the word.
    form: str = ""


def tokens(text: str) -> list[Token]:
    """The words of ``text`` as :class:`Token`; a hyphenated prefix joins its word (co-operation)."""
    out: list[Token] = []
    words: list[str] = []
    for match in WORD.finditer(text):
        word, start = match.group(), match.start()
        gap = text[out[-1].end:start] if out else None
        if gap is not None and len(gap) == 1 and gap in HYPHENS and words[-1].casefold() in _JOINED_PREFIXES:
            joined_to = out.pop()
            word, start, joined = words.pop() + word, joined_to.start, joined_to.joined
        else:
            joined = gap is not None and _joinable(gap)
        bare = _undotted(word)
        capitals = _ACRONYM.fullmatch(bare) is not None or _ACRONYM_ENDING.fullmatch(bare) is not None
        out.append(Token(start, match.end(), word_key(word), capitals, joined, normal_form(word)))
        words.append(word)
    return out


def _joinable(gap: str) -> bool:
    """Only spaces, or one hyphen with optional spaces: words of one phrase."""
    stripped = gap.strip()
    return stripped == "" or (len(stripped) == 1 and stripped in HYPHENS)


@dataclass(frozen=True)
class Pattern:
    """A sequence of word keys to find; ``capitals[i]``: word i must be in capitals."""

    keys: tuple[str, ...]
    capitals: tuple[bool, ...]
    #: :func:`normal_form` of each word.
    forms: tuple[str, ...] = ()


@lru_cache(maxsize=1 << 14)
def pattern(rendering: str, case_insensitive: bool = False) -> Pattern | None:
    """The word keys of ``rendering``; acronyms keep their capitals unless ``case_insensitive``."""
    words = tokens(rendering)
    if not words:
        return None
    capitals = tuple(t.capitals and not case_insensitive for t in words)
    return Pattern(tuple(t.key for t in words), capitals, tuple(t.form for t in words))


# --- adjective and demonym forms -----------------------------------------------------


@cache
def forms_table() -> dict[tuple[str, ...], tuple[Pattern, ...]]:
    """Name word keys -> the patterns of its adjective and demonym forms (``demonyms.tsv``)."""
    table: dict[tuple[str, ...], dict[tuple[tuple[str, ...], tuple[str, ...]], Pattern]] = {}
    for row in demonym_rows():
        found = [pattern(form, True) for form in (*row["adjectives"], *row["demonyms"])]
        shapes = {(p.keys, p.forms): p for p in found if p is not None}
        for name in row["names"]:
            own = pattern(name, True)
            if own is not None and shapes:
                others = {k: p for k, p in shapes.items() if k != (own.keys, own.forms)}
                table.setdefault(own.keys, {}).update(others)
    return {name: tuple(shapes[k] for k in sorted(shapes)) for name, shapes in table.items()}


@cache
def demonym_rows() -> tuple[dict[str, tuple[str, ...] | str], ...]:
    """The rows of ``data/demonyms.tsv`` with ``;``-separated cells split."""
    text = resources.files("tools.glossary").joinpath("data/demonyms.tsv").read_text("utf-8")
    rows = []
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        rows.append({
            "code": row["code"],
            "kind": row["kind"],
            **{k: tuple(v for v in row[k].split(";") if v) for k in ("names", "adjectives", "demonyms")},
        })
    return tuple(rows)


@lru_cache(maxsize=1 << 14)
def variants(rendering: str, case_insensitive: bool = False) -> tuple[Pattern, ...]:
    """The patterns that count as ``rendering``: its own words, then its adjective forms."""
    own = pattern(rendering, case_insensitive)
    if own is None:
        return ()
    out = [own]
    out.extend(forms_table().get(own.keys, ()))
    return tuple(out)


def likely_first_keys(rendering: str) -> set[str]:
    """The key that :func:`pattern` gives the first word of ``rendering``, without cutting it into tokens.

    The first word, and the first two joined when the first is a prefix
    (co-operation). Cheap, for indexing a whole glossary's worth; a caller
    that must be exact checks against :func:`variants` (see
    :func:`form_first_keys` for the adjective forms).
    """
    words = WORD.findall(rendering)[:2]
    if not words:
        return set()
    keys = {word_key(words[0])}
    if len(words) == 2 and words[0].casefold() in _JOINED_PREFIXES:
        keys.add(word_key(words[0] + words[1]))
    return keys


@cache
def form_first_keys() -> frozenset[str]:
    """The first word keys of every adjective and demonym form (:func:`forms_table`)."""
    return frozenset(p.keys[0] for patterns in forms_table().values() for p in patterns)


def find(text_tokens: list[Token], index: dict[str, list[int]], wanted: Pattern) -> Iterator[tuple[int, int]]:
    """Spans in the text where ``wanted``'s words follow one another."""
    size = len(wanted.keys)
    for first in index.get(wanted.keys[0], ()):
        if first + size > len(text_tokens):
            continue
        run = text_tokens[first:first + size]
        if (
            all(t.key == k for t, k in zip(run, wanted.keys))
            and all(t.capitals or not caps for t, caps in zip(run, wanted.capitals))
            and all(t.joined for t in run[1:])
            and all(related(t.form, f) for t, f in zip(run, wanted.forms))
        ):
            yield run[0].start, run[-1].end
