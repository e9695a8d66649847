"""``number-mismatch`` and ``number-added``: the numbers of the Arabic and the English agree.

``number-mismatch`` (error): a number written in digits in the Arabic has no
reading in common with anything the English states, in digits, words,
ordinals, Roman numerals or with a scale word (see :mod:`tools.text.numerals`):
زار 3 وزراء = "Three ministers visited"; ``110 مليارات`` = "110 billion";
``النوع 1`` = "type I"; ``الدورة 93`` = "the 93rd session".

``number-added`` (warning): a number written in digits in the English that the
Arabic states nowhere, in digits or in words ("in 2019" where the Arabic has
no year). A number inside an approved rendering of a term found in the Arabic
("COVID-19" for كوفيد) is part of the term, and digits glued to a letter ("R0",
"H1N1") name a thing: neither is an added fact.

Each distinct number is reported once per form; a number that one side
repeats need only appear once on the other.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from tools.text import numerals
from tools.check.checks.base import EntryContext, Form, Problem
from tools.glossary.match.english import find_all


def number_mismatch(ctx: EntryContext) -> Iterable[Problem]:
    """A number of the Arabic has no reading in common with any number of the English."""
    if not any(numerals.arabic_numbers(form.source) for form in ctx.checked_forms):
        return ()  # most sentences have no digits: nothing to run (see tools.check.registry)
    return _mismatches(ctx)


def _mismatches(ctx: EntryContext) -> Iterator[Problem]:
    for form in ctx.checked_forms:
        source = numerals.arabic_numbers(form.source)
        if not source:
            continue
        digits = numerals.english_digit_readings(form.text)
        unexplained = [(token, values) for token, values in source.items() if values.isdisjoint(digits)]
        if not unexplained:
            continue
        english = numerals.english_readings(form.text)
        for token, values in unexplained:
            if values.isdisjoint(english):
                yield Problem(
                    ctx.ref,
                    f"number {token} of the source is missing from the translation{form.where}",
                    found=token,
                )


def number_added(ctx: EntryContext) -> Iterable[Problem]:
    """A number in digits in the English that the Arabic does not state."""
    if not any(numerals.english_digit_numbers(form.text) for form in ctx.checked_forms):
        return ()
    return _added(ctx)


def _added(ctx: EntryContext) -> Iterator[Problem]:
    for form in ctx.checked_forms:
        added = list(_unexplained(form))
        if not added:
            continue
        inside_terms = _term_spans(ctx, form)
        reported: set[str] = set()
        for token, start, end in added:
            if token in reported or any(s <= start and end <= e for s, e in inside_terms):
                continue
            reported.add(token)
            yield Problem(
                ctx.ref,
                f"number {token} of the translation{form.where} is not in the source",
                found=token,
            )


def _unexplained(form: Form) -> Iterator[tuple[str, int, int]]:
    """English digit numbers with no reading among the Arabic's digits and number words."""
    english = list(numerals.english_digit_numbers(form.text))
    if not english:
        return
    source = numerals.union(numerals.arabic_numbers(form.source).values())
    left = [
        (token, start, end, values)
        for token, start, end, values in english
        if values.isdisjoint(source) and not _in_a_code(form.text, start)
    ]
    if not left:
        return
    source |= numerals.arabic_word_values(form.source)
    for token, start, end, values in left:
        if values.isdisjoint(source):
            yield token, start, end


def _in_a_code(text: str, start: int) -> bool:
    """Digits glued to a letter (R0, B0AT1, H1N1, Table1) name a thing; they state no quantity."""
    return start > 0 and text[start - 1].isalpha()


def _term_spans(ctx: EntryContext, form: Form) -> list[tuple[int, int]]:
    """Where the approved renderings of the terms in the Arabic are in the English."""
    return [span for term in ctx.terms(form.source) for r in term.approved for span in find_all(form.text, r)]
