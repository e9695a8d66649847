"""Finding a glossary rendering in English text, and how closely it is there.

Two grades (:class:`Grade`):

* ``EXACT``: the rendering as written, allowing only what does not change a
  word: letter case (acronyms excepted, below), hyphen or space between
  words ("Director-General" = "Director General"), any run of spaces,
  straight or curly apostrophes, a plural ``-s``/``-es`` or possessive
  ``'s`` on the last word, punctuation and brackets around it;
* ``VARIANT``: another form of the same words (:mod:`tools.glossary.match.forms`):
  any word inflected or derived by the Snowball stemmer ("Secretaries-General",
  "sexually assaulted"), the other national spelling ("organisation"), or
  the adjective and demonym forms of a place, party or institution ("North
  Korean", "Welsh", "Republican", "congressional").

Nothing else: "Vice Admiralty" is not "Vice Admiral", "securities" is not
"security services". A rendering written as an acronym of two to five
capitals matches in capitals only ("US" is not "us"), unless the glossary
entry is flagged ``case-insensitive``; a rendering flagged ``exact`` takes no
variant; ``case-sensitive`` makes the whole rendering match case exactly.
Regular expressions are compiled once per rendering; an English text is cut
into word keys once (cached), whatever the number of renderings looked up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from tools.glossary.match import forms
from tools.glossary.match.forms import APOSTROPHES, HYPHENS
from tools.glossary.model import Rendering, Term
#: What may stand between two words of a rendering: spaces or one hyphen.
_GAP = rf"(?:\s+|\s*[{HYPHENS}]\s*)"
#: A possible plural and/or possessive ending of the last word.
_ENDING = rf"(?:e?s)?(?:[{APOSTROPHES}]s)?"
_WORD_CHAR = r"[^\W_]"
_SPLIT = re.compile(rf"\s+|(?<={_WORD_CHAR})[{HYPHENS}](?={_WORD_CHAR})")


@lru_cache(maxsize=1 << 14)
def rendering_pattern(
    rendering: str, case_sensitive: bool = False, case_insensitive: bool = False
) -> re.Pattern[str] | None:
    """The compiled exact pattern for ``rendering``; ``None`` when it has no words.

    Acronym words keep their case (``(?-i:US)``) unless ``case_insensitive``.
    """
    words = [w for w in _SPLIT.split(rendering.strip()) if w]
    if not words:
        return None
    body = _GAP.join(_word_pattern(w, case_insensitive) for w in words)
    # Whole words: no letter or digit may touch the match on either side.
    # The ending only applies when the rendering ends with a letter.
    ending = _ENDING if words[-1][-1].isalpha() else ""
    pattern = rf"(?<!{_WORD_CHAR})(?:{body}){ending}(?!{_WORD_CHAR})"
    return re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)


#: The characters other than ASCII letters that ``re.IGNORECASE`` takes for an ASCII
#: letter (dotted and dotless i, long s, the Kelvin sign), as the letter: see
#: :func:`_probe` (a test checks the list against every code point).
CASE_TWINS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_CASE_TWINS = str.maketrans(CASE_TWINS)
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")


@lru_cache(maxsize=1 << 14)
def _literal(rendering: str) -> str | None:
    """The longest run of ASCII letters and digits of ``rendering``, lowercased; ``None``: none.

    The exact pattern matches it letter for letter, case aside, so an English
    text whose :func:`_probe` lacks it cannot hold the rendering as written:
    neither its pattern nor its search is needed (most renderings asked
    about are absent: the term is missing, or another one is used).
    """
    runs = _ASCII_WORD.findall(rendering)
    return max(runs, key=len).lower() if runs else None


_last_probe: tuple[str, str] = ("", "")


def _probe(english: str) -> str:
    """``english`` lowercased, each :data:`CASE_TWINS` character as its ASCII letter first.

    An ASCII letter or digit keeps its place, so a run of them matched
    case-insensitively in ``english`` is a plain substring here. Worked out
    once for the text asked about many times in a row (every term of a sentence).
    """
    global _last_probe
    last = _last_probe  # one read: the text and its probe always belong together
    if last[0] is english:
        return last[1]
    probe = english.lower() if english.isascii() else english.translate(_CASE_TWINS).lower()
    _last_probe = (english, probe)
    return probe


def _exact_match(english: str, rendering: Rendering) -> re.Match[str] | None:
    """The first match of ``rendering``'s exact pattern in ``english``, skipped when it cannot be there."""
    literal = _literal(rendering.text)
    if literal is not None and literal not in _probe(english):
        return None
    pattern = rendering_pattern(rendering.text, rendering.case_sensitive, rendering.case_insensitive)
    return pattern.search(english) if pattern is not None else None


def _word_pattern(word: str, case_insensitive: bool) -> str:
    """A word of the rendering: any apostrophe matches every apostrophe; acronyms keep case."""
    body = "".join(f"[{APOSTROPHES}]" if c in APOSTROPHES else re.escape(c) for c in word)
    if forms.is_acronym(word) and not case_insensitive:
        return f"(?-i:{body})"
    return body


class Grade(Enum):
    """How a rendering is present: as written, or as another form of the same words."""

    EXACT = "exact"
    VARIANT = "variant"


@dataclass(frozen=True)
class Found:
    """An approved rendering found in a text, how, and where."""

    rendering: Rendering
    grade: Grade
    span: tuple[int, int]

    @property
    def text(self) -> str:
        return self.rendering.text


class _Text:
    """An English text cut into word keys once, with the positions of each key."""

    def __init__(self, text: str) -> None:
        self.tokens = forms.tokens(text)
        self.index: dict[str, list[int]] = {}
        for position, token in enumerate(self.tokens):
            self.index.setdefault(token.key, []).append(position)

    def spans(self, rendering: Rendering) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        for wanted in forms.variants(rendering.text, rendering.case_insensitive):
            found.extend(forms.find(self.tokens, self.index, wanted))
        return sorted(found)


# As :func:`~.forms.text_keys`: a memo for the English a catalogue repeats; a cut text
# with its tokens takes about 4 KB, which a catalogue of new texts only fills.
@lru_cache(maxsize=1 << 10)
def _text(english: str) -> _Text:
    return _Text(english)


def _variant_spans(english: str, rendering: Rendering) -> list[tuple[int, int]]:
    """Variant spans of ``rendering``; the text is only cut into tokens when its words allow one."""
    keys = forms.text_keys(english)
    wanted = forms.variants(rendering.text, rendering.case_insensitive)
    if not any(keys.issuperset(p.keys) for p in wanted):
        return []
    return _text(english).spans(rendering)


def _exact(english: str, rendering: Rendering) -> re.Pattern[str] | None:
    return rendering_pattern(rendering.text, rendering.case_sensitive, rendering.case_insensitive)


def _variants_allowed(rendering: Rendering, variants: bool) -> bool:
    return variants and not rendering.exact and not rendering.case_sensitive


def find_rendering(english: str, rendering: str, case_sensitive: bool = False) -> tuple[int, int] | None:
    """The span of the first exact occurrence of ``rendering`` in ``english``, or ``None``."""
    pattern = rendering_pattern(rendering, case_sensitive)
    if pattern is None:
        return None
    match = pattern.search(english)
    return match.span() if match else None


def locate(english: str, rendering: Rendering, variants: bool = True) -> Found | None:
    """Where ``rendering`` first is in ``english``: exactly, else (if allowed) as a variant."""
    pattern = _exact(english, rendering)
    if pattern is None:
        return None
    match = pattern.search(english)
    if match:
        return Found(rendering, Grade.EXACT, match.span())
    if _variants_allowed(rendering, variants):
        spans = _variant_spans(english, rendering)
        if spans:
            return Found(rendering, Grade.VARIANT, min(spans))
    return None


def find_all(english: str, rendering: Rendering, variants: bool = True) -> list[tuple[int, int]]:
    """Every span of ``rendering`` in ``english``, exact or variant, overlaps merged (longest kept)."""
    pattern = _exact(english, rendering)
    if pattern is None:
        return []
    spans = [m.span() for m in pattern.finditer(english)]
    if _variants_allowed(rendering, variants):
        spans.extend(_variant_spans(english, rendering))
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


def approved_match(english: str, term: Term, variants: bool = True) -> Found | None:
    """The best approved rendering of ``term`` in ``english``: any exact one first, then a variant."""
    for rendering in term.approved:  # locate(english, rendering, variants=False), asked for every term found
        match = _exact_match(english, rendering)
        if match:
            return Found(rendering, Grade.EXACT, match.span())
    if variants:
        for rendering in term.approved:
            if not _variants_allowed(rendering, True):
                continue
            for span in _variant_spans(english, rendering):
                if not _inside_forbidden(english, term, span):
                    return Found(rendering, Grade.VARIANT, span)
    return None


def _inside_forbidden(english: str, term: Term, span: tuple[int, int]) -> bool:
    """Whether ``span`` lies inside a forbidden rendering of ``term``.

    "Moroccan" is an adjective form of the approved "Morocco", but in "the
    Moroccan Kingdom" (forbidden) it is part of the calque, not a rendering.
    """
    start, end = span
    return any(
        s <= start and end <= e for r in term.forbidden for s, e in find_all(english, r, variants=False)
    )


def approved_present(english: str, term: Term, variants: bool = True) -> Rendering | None:
    """The approved rendering of ``term`` (exact first, preferred first) found in ``english``."""
    found = approved_match(english, term, variants)
    return found.rendering if found else None


def forbidden_present(english: str, term: Term, variants: bool = True) -> list[Rendering]:
    """The forbidden renderings of ``term`` used in ``english``, in any form.

    An occurrence inside an approved rendering does not count: when
    "Security" were forbidden for a term whose approved rendering is
    "National Security", a correct translation must not be reported.
    """
    found = [(r, find_all(english, r, variants)) for r in term.forbidden]
    if not any(spans for _, spans in found):
        return []
    approved = [span for r in term.approved for span in find_all(english, r, variants)]
    used = []
    for rendering, spans in found:
        if any(not any(a <= start and end <= b for a, b in approved) for start, end in spans):
            used.append(rendering)
    return used


_TEXT_WORD = re.compile(r"[^\W_]+")


def _first_keys(rendering: Rendering) -> set[str]:
    """The keys a text must contain for ``rendering`` to be there in any form."""
    keys = {p.keys[0] for p in forms.variants(rendering.text, rendering.case_insensitive)}
    first = _TEXT_WORD.search(rendering.text)
    if first:
        keys.add(forms.word_key(first.group()))
    return keys


class ForbiddenIndex:
    """Which terms may have a forbidden rendering in an English text.

    Every occurrence of a rendering, in any form, contains the word key of
    its first word (or of its adjective form's first word), so looking the
    keys of the text up here finds the candidates in time proportional to
    the text, not to the glossary. The exact test is :func:`forbidden_present`.
    """

    def __init__(self, terms: Sequence[Term]):
        self._by_key: dict[str, list[tuple[int, Term]]] = {}
        for position, term in enumerate(terms):
            keys: set[str] = set()
            for rendering in term.forbidden:
                keys |= _first_keys(rendering)
            for key in keys:
                self._by_key.setdefault(key, []).append((position, term))

    def __bool__(self) -> bool:
        """Whether any forbidden rendering can be found at all (most glossaries forbid little)."""
        return bool(self._by_key)

    def candidates(self, english: str) -> list[Term]:
        """Terms whose forbidden renderings may be in ``english``, in glossary order."""
        if not self._by_key:
            return []
        keys = forms.text_keys(english)
        found = {position: term for k in keys for position, term in self._by_key.get(k, ())}
        return [found[position] for position in sorted(found)]
