"""``invisible-char``: control, zero-width and bidi characters in a translation.

Text copied from Arabic web pages carries marks that no reader sees: a
right-to-left mark, a zero-width non-joiner, a BOM. In English they break
search, spelling checkers and sometimes rendering. Bidi embeddings and
overrides (U+202A–U+202E) and isolates (U+2066–U+2069) are worse: they can
reorder what a reviewer sees (the "Trojan Source" trick), so they are
reported as errors; every other invisible character as a warning.

A character is explained, and not reported, when the Arabic source of the
same form contains it too (an Arabic name quoted with its own ZWNJ). Tabs and
newlines are ordinary text (``msgfmt -c`` already compares newlines).
The character tables are those of :mod:`tools.text.arabic`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from tools.text.arabic import BIDI_EMBEDDINGS, BIDI_ISOLATES, BIDI_MARKS, ZERO_WIDTH
from tools.check.checks.base import EntryContext, Problem
from tools.check.findings import Severity

#: Characters that can reorder displayed text: always an error.
REORDERING = BIDI_EMBEDDINGS | BIDI_ISOLATES
_ORDINARY = frozenset("\n\t")


@lru_cache(maxsize=1 << 12)
def is_invisible(char: str) -> bool:
    """Whether ``char`` is a control, format (zero-width, bidi) or line/paragraph separator."""
    if char in BIDI_MARKS or char in ZERO_WIDTH or char in REORDERING:
        return True
    return char not in _ORDINARY and unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")


def describe(char: str) -> str:
    """``U+200B ZERO WIDTH SPACE``; control characters have no name, only a code."""
    code = f"U+{ord(char):04X}"
    name = unicodedata.name(char, "")
    return f"{code} {name}" if name else f"{code} (control character)"


def invisible_chars(text: str) -> list[tuple[str, int, int]]:
    """``(char, first column, count)`` of each distinct invisible character of ``text``, in order.

    Every invisible character is unprintable, and most translations are
    printable throughout (one C-speed test); otherwise only the distinct
    characters of the text are classified, and each is located and counted
    by ``str.index`` and ``str.count``, not by a Python loop over the text.
    """
    if text.isprintable():
        return []
    found = [(text.index(char) + 1, char) for char in set(text) if is_invisible(char)]
    return [(char, column, text.count(char)) for column, char in sorted(found)]


def invisible_char(ctx: EntryContext) -> Iterable[Problem]:
    """Each distinct unexplained invisible character of each form, once, at its first column."""
    if all(form.text.isprintable() for form in ctx.filled_forms):
        return ()  # every invisible character is unprintable: nothing to run
    return _invisible(ctx)


def _invisible(ctx: EntryContext) -> Iterator[Problem]:
    for form in ctx.filled_forms:
        for char, column, count in invisible_chars(form.text):
            if char in form.source:
                continue
            times = f" ({count} times)" if count > 1 else ""
            risk = " (can reorder the displayed text)" if char in REORDERING else ""
            yield Problem(
                ctx.ref,
                f"invisible character {describe(char)}{risk}{form.where} at column {column}"
                f" of the translation{times}, not in the source",
                found=f"U+{ord(char):04X}",
                severity=Severity.ERROR if char in REORDERING else None,
                extra=(("msgstr_column", column),),
            )
