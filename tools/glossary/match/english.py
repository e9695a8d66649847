"""Finding a glossary rendering in English text.

An approved rendering counts as present when the translation contains it as
whole words, allowing only the variation that does not change the term:

* letter case, unless the rendering is flagged ``case-sensitive``;
* hyphen or space between words ("Director-General" = "Director General"),
  and any run of spaces, including no-break spaces;
* straight or curly apostrophes (Côte d'Ivoire = Côte d’Ivoire);
* a plural ``-s``/``-es`` or a possessive ``'s`` on the last word
  ("security services'", "Morocco's");
* surrounding punctuation and brackets ("(DGSN)").

Nothing else: "Vice Admiralty" does not contain "Vice Admiral". One regular
expression is compiled per rendering and cached, so checking a catalogue
against a glossary compiles each rendering once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from tools.glossary.model import Rendering, Term

#: Characters typed for an apostrophe: straight, curly, modifier letter, prime.
APOSTROPHES = "'\u2019\u2018\u02bc\u2032"
#: Characters that join compound words: hyphen-minus, hyphen, non-breaking hyphen.
HYPHENS = "-\u2010\u2011"
#: What may stand between two words of a rendering: spaces or one hyphen.
_GAP = rf"(?:\s+|\s*[{HYPHENS}]\s*)"
#: A possible plural and/or possessive ending of the last word.
_ENDING = rf"(?:e?s)?(?:[{APOSTROPHES}]s)?"
_WORD_CHAR = r"[^\W_]"
_SPLIT = re.compile(rf"\s+|(?<={_WORD_CHAR})[{HYPHENS}](?={_WORD_CHAR})")


def _word_pattern(word: str) -> str:
    """A word of the rendering, with any apostrophe in it matching every apostrophe."""
    return "".join(f"[{APOSTROPHES}]" if c in APOSTROPHES else re.escape(c) for c in word)


@lru_cache(maxsize=1 << 14)
def rendering_pattern(rendering: str, case_sensitive: bool = False) -> re.Pattern[str] | None:
    """The compiled pattern for ``rendering``; ``None`` when it has no words."""
    words = [w for w in _SPLIT.split(rendering.strip()) if w]
    if not words:
        return None
    body = _GAP.join(_word_pattern(w) for w in words)
    # Whole words: no letter or digit may touch the match on either side.
    # The ending only applies when the rendering ends with a letter.
    ending = _ENDING if words[-1][-1].isalpha() else ""
    pattern = rf"(?<!{_WORD_CHAR})(?:{body}){ending}(?!{_WORD_CHAR})"
    return re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)


def find_rendering(english: str, rendering: str, case_sensitive: bool = False) -> tuple[int, int] | None:
    """The span of the first occurrence of ``rendering`` in ``english``, or ``None``."""
    pattern = rendering_pattern(rendering, case_sensitive)
    if pattern is None:
        return None
    match = pattern.search(english)
    return match.span() if match else None


def find_all(english: str, rendering: Rendering) -> list[tuple[int, int]]:
    """Every non-overlapping span of ``rendering`` in ``english``."""
    pattern = rendering_pattern(rendering.text, rendering.case_sensitive)
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(english)]


def approved_present(english: str, term: Term) -> Rendering | None:
    """The first approved rendering of ``term`` (preferred first) found in ``english``."""
    for rendering in term.approved:
        if find_rendering(english, rendering.text, rendering.case_sensitive) is not None:
            return rendering
    return None


def forbidden_present(english: str, term: Term) -> list[Rendering]:
    """The forbidden renderings of ``term`` used in ``english``.

    An occurrence inside an approved rendering does not count: when
    "Security" were forbidden for a term whose approved rendering is
    "National Security", a correct translation must not be reported.
    """
    if not term.forbidden:  # most terms: nothing to look for
        return []
    approved = [span for r in term.approved for span in find_all(english, r)]
    used = []
    for rendering in term.forbidden:
        for start, end in find_all(english, rendering):
            if not any(a <= start and end <= b for a, b in approved):
                used.append(rendering)
                break
    return used


_TEXT_WORD = re.compile(r"[^\W_]+")


def _first_word(rendering: str) -> str:
    """The first run of letters or digits of a rendering, casefolded."""
    match = _TEXT_WORD.search(rendering)
    return match.group().casefold() if match else ""


class ForbiddenIndex:
    """Which terms may have a forbidden rendering in an English text.

    Every occurrence of a rendering contains its first word as a word of the
    text (case, hyphens and apostrophes vary; a plural or possessive ending
    may follow a one-word rendering), so looking the words of the text up
    here finds the candidates in time proportional to the text, not to the
    glossary. The exact test is :func:`forbidden_present`.
    """

    def __init__(self, terms: Sequence[Term]):
        self._by_word: dict[str, list[tuple[int, Term]]] = {}
        for position, term in enumerate(terms):
            for word in {_first_word(r.text) for r in term.forbidden} - {""}:
                self._by_word.setdefault(word, []).append((position, term))

    def candidates(self, english: str) -> list[Term]:
        """Terms whose forbidden renderings may be in ``english``, in glossary order."""
        if not self._by_word:  # a glossary without forbidden renderings
            return []
        words = set(_TEXT_WORD.findall(english.casefold()))
        words |= {w[:-1] for w in words if w.endswith("s")}
        words |= {w[:-2] for w in words if w.endswith("es")}
        found = {position: term for w in words for position, term in self._by_word.get(w, ())}
        return [found[position] for position in sorted(found)]
