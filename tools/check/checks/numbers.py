"""``number-mismatch``: every number written in digits in the Arabic is in the English.

What counts as a number: a run of digits, Western (2025) or Arabic-Indic
(٢٠٢٥) or Persian (۲۰۲۵), folded by :func:`tools.text.arabic.fold_digits`, with
inner separators ``.`` ``,`` and the Arabic ٫ ٬. Numbers written in words
(الثالثة والتسعين, "ninety-third") are not compared.

A number can be read more than one way, and each side matches if any
reading agrees:

* ``1200``, ``1,200``, ``1.200`` and ``١٬٢٠٠`` are all 1200: a separator
  followed by groups of exactly three digits may be a thousands separator;
* ``3.5``, ``3,5`` and ``٣٫٥`` are all 3.5: a single separator may be a
  decimal point (so ``1,200`` is also read as 1.2, which is harmless);
* ``1,234.5`` and ``1.234,5``: the last of two different separators is the
  decimal point;
* leading zeros do not matter (``07`` = ``7``);
* anything else (``1.2.3``, ``29.11.2026``) must appear exactly as written.

Each distinct missing number is reported once per form; a number that the
Arabic repeats need only appear once in the English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from tools.text.arabic import fold_digits
from tools.check.checks.base import EntryContext, Problem

_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
_SEPARATOR = re.compile(r"[.,]")


@lru_cache(maxsize=1 << 14)
def readings(token: str) -> frozenset[Decimal | str]:
    """Every value that the digit string ``token`` can stand for (see module docstring).

    Remembered: a catalogue repeats its numbers (years, small counts), and
    each reading builds ``Decimal`` values.
    """
    parts = _SEPARATOR.split(token)
    seps = _SEPARATOR.findall(token)
    if not seps:
        return frozenset({Decimal(token)})
    values: set[Decimal | str] = set()
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


def numbers(text: str) -> list[str]:
    """The numbers in ``text`` as written (digits folded to ASCII), in order, distinct."""
    found = _NUMBER.findall(fold_digits(text))
    return list(dict.fromkeys(found)) if len(found) > 1 else found


def number_mismatch(ctx: EntryContext) -> Iterator[Problem]:
    """A number of the Arabic has no reading in common with any number of the English."""
    for form in ctx.checked_forms:
        source_numbers = numbers(form.source)
        if not source_numbers:
            continue
        english: set[Decimal | str] = set()
        for token in numbers(form.text):
            english |= readings(token)
        for token in source_numbers:
            if readings(token).isdisjoint(english):
                yield Problem(
                    ctx.ref,
                    f"number {token} of the source is missing from the translation{form.where}",
                    found=token,
                )
