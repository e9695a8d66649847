"""Glossary term checks: approved renderings present, forbidden ones absent.

For each translated form, the Arabic it translates is searched once for
glossary terms (:class:`~tools.glossary.match.arabic.SourceMatcher`, built once per
run). Then:

* ``missing-term``: the term is in the Arabic but none of its approved
  renderings is in the English, as written or as a variant form (see
  :mod:`tools.glossary.match.english`), nor those of another term the same
  words read as (وجدة is Oujda, or و + جدة Jeddah). ``المديرية العامة للأمن الوطني`` →
  "the security directorate" fails; "the DGSN" passes (an approved acronym).
  When an earlier entry of the same article already has an approved
  rendering, the entry is a second reference ("the president" after
  "President Trump"): reported with a note, at the ``second-reference``
  severity (warning by default), never dropped.
* ``term-variant`` (only with ``variants = "report"``): the term is rendered
  by a variant form only ("Secretaries-General" for "Secretary-General").
* ``forbidden-term``: a forbidden rendering of the term is in the English.
  ``كأس العالم`` → "the World Glass" fails. Terms written inside a longer
  term count as in the Arabic too: ``عبد اللطيف حموشي`` → "Mr Hamouchi"
  is a forbidden rendering of the surname term ``حموشي``.
* ``forbidden-anywhere``: a forbidden rendering is in the English although its
  term is not in the Arabic (a calque that crept in from elsewhere). A
  rendering already reported inside a term found in the Arabic is not
  reported again.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Iterator

from tools.check.checks.base import VARIANTS_REPORT, EntryContext, Form, Problem
from tools.glossary.match import forms
from tools.glossary.match.arabic import SourceMatcher
from tools.glossary.match.english import Found, Grade, approved_match, forbidden_present, locate
from tools.glossary.model import Rendering, Term


def _quoted(texts: list[str] | tuple[str, ...]) -> str:
    return ", ".join(f"'{text}'" for text in texts)


def _span(english: str, rendering: Rendering) -> tuple[int, int] | None:
    """Where ``rendering`` first is in ``english``: exactly, else in a variant form."""
    found = locate(english, rendering)
    return found.span if found else None


def missing_term(ctx: EntryContext) -> Iterable[Problem]:
    """A term in the Arabic has none of its approved renderings in the English."""
    if not any(ctx.terms(form.source) for form in ctx.checked_forms):
        return ()  # most sentences hold no term: nothing to run (see tools.check.registry)
    return _missing_terms(ctx)


def _missing_terms(ctx: EntryContext) -> Iterator[Problem]:
    variants = ctx.options.accept_variants
    run = _run(ctx.matcher)
    for form in ctx.checked_forms:
        readings = None  # worked out for the first term missing: most are rendered
        for term in ctx.terms(form.source):
            if not term.approved or run.approved(form.text, term, variants) is not None:
                continue
            if readings is None:
                readings = ctx.readings(form.source)
            others = readings.get(term.key)
            if others and any(run.approved(form.text, other, variants) is not None for other in others):
                continue  # the words read as another term, whose English is there (وجدة: Oujda or و + جدة)
            expected, quoted = run.expected(term)
            seen = ctx.forms_seen(form.source, term.key)
            written = f" (written {seen})" if seen else ""
            message = f"'{term.source}'{written} is not rendered{form.where}; expected {quoted}"
            earlier = _earlier_rendering(ctx, term, variants, run)
            if earlier is None:
                yield Problem(ctx.ref, message, term=term.source, expected=expected, extra=(("form", seen),))
                continue
            line, rendering = earlier
            yield Problem(
                ctx.ref,
                f"{message} (second reference? '{rendering}' is at line {line} of this article)",
                term=term.source,
                expected=expected,
                severity=ctx.options.second_reference,
                extra=(("form", seen), ("second_reference", line)),
            )


def _earlier_rendering(
    ctx: EntryContext, term: Term, variants: bool, run: _Run | None = None
) -> tuple[int, str] | None:
    """The first earlier entry of the article with an approved rendering of ``term``, and which."""
    history = ctx.history
    if not len(history):
        return None
    run = run or _run(ctx.matcher)
    term_key, first_keys = run.first_keys(term, variants)

    def find(text: str) -> str | None:
        found = run.approved(text, term, variants)
        return found.rendering.text if found else None

    return history.first_rendering(term_key, first_keys, find, run.likely)


#: How many :meth:`_Run.approved` answers are remembered before the memo starts again.
APPROVED_MEMO_LIMIT = 1 << 12


class _Run:
    """What the term checks work out once per run (per matcher) about its terms."""

    def __init__(self, terms: tuple[Term, ...]) -> None:
        self._terms = terms
        #: Whether any term has a forbidden rendering (most glossaries forbid little or nothing).
        self.forbidding = any(term.forbidden for term in terms)
        #: ``(term key, variants)`` -> its key in the article history, and the keys
        #: any approved rendering starts with.
        self._first: dict[tuple[str, bool], tuple[str, frozenset[str]]] = {}
        #: Term key -> its approved renderings, and them quoted for a message.
        self._expected: dict[str, tuple[tuple[str, ...], str]] = {}
        self._likely: frozenset[str] | None = None
        #: ``(English, id(term), variants)`` -> the term and :func:`approved_match` of the two.
        self._approved: dict[tuple[str, int, bool], tuple[Term, Found | None]] = {}

    def approved(self, english: str, term: Term, variants: bool) -> Found | None:
        """:func:`approved_match`, remembered: a catalogue repeats its English, and each
        sentence holds the same terms again (the benchmark's repeating catalogue asks
        about 2,700 distinct pairs 63,000 times). Keyed on the term's identity, which
        the value keeps alive; cleared when full, so a catalogue of new texts holds
        at most :data:`APPROVED_MEMO_LIMIT` answers.
        """
        memo = self._approved
        key = (english, id(term), variants)
        known = memo.get(key)
        if known is not None and known[0] is term:
            return known[1]
        if len(memo) >= APPROVED_MEMO_LIMIT:
            memo.clear()
        found = approved_match(english, term, variants)
        memo[key] = (term, found)
        return found

    def expected(self, term: Term) -> tuple[tuple[str, ...], str]:
        """The approved renderings of ``term``, and them quoted ('a', 'b'), worked out once."""
        known = self._expected.get(term.key)
        if known is None:
            texts = tuple(r.text for r in term.approved)
            known = self._expected[term.key] = (texts, _quoted(texts))
        return known

    def first_keys(self, term: Term, variants: bool) -> tuple[str, frozenset[str]]:
        """The term's key in the article history, and the word keys its renderings start with."""
        known = self._first.get((term.key, variants))
        if known is None:
            keys = frozenset(
                key
                for r in term.approved
                for p in (forms.variants(r.text, r.case_insensitive) if variants else (forms.pattern(r.text),))
                if p is not None
                for key in p.keys[:1]
            )
            known = self._first[(term.key, variants)] = (f"{term.key}\x00{variants}", keys)
        return known

    def likely(self) -> frozenset[str]:
        """The keys the approved renderings of every term probably start with (a cheap superset)."""
        if self._likely is None:
            keys = set(forms.form_first_keys())
            for term in self._terms:
                for rendering in term.approved:
                    keys |= forms.likely_first_keys(rendering.text)
            self._likely = frozenset(keys)
        return self._likely


_RUNS: weakref.WeakKeyDictionary[SourceMatcher, _Run] = weakref.WeakKeyDictionary()
#: The matcher asked last (weakly) and its :class:`_Run`: every entry of a run asks.
_last_run: tuple[weakref.ref[SourceMatcher] | None, _Run | None] = (None, None)


def _run(matcher: SourceMatcher) -> _Run:
    global _last_run
    ref, run = _last_run
    if ref is not None and run is not None and ref() is matcher:
        return run
    run = _RUNS.get(matcher)
    if run is None:
        run = _RUNS[matcher] = _Run(matcher.terms)
    _last_run = (weakref.ref(matcher), run)
    return run


def term_variant(ctx: EntryContext) -> Iterable[Problem]:
    """A term rendered only by a variant form of an approved rendering (``variants = "report"``)."""
    if ctx.options.variants != VARIANTS_REPORT:
        return ()
    return _variants_used(ctx)


def _variants_used(ctx: EntryContext) -> Iterator[Problem]:
    for form in ctx.checked_forms:
        for term in ctx.terms(form.source):
            found = approved_match(form.text, term)
            if found is None or found.grade is not Grade.VARIANT:
                continue
            start, end = found.span
            yield Problem(
                ctx.ref,
                f"'{term.source}' is rendered{form.where} by '{form.text[start:end]}', a variant of "
                f"'{found.rendering.text}'",
                term=term.source,
                expected=(found.rendering.text,),
                found=form.text[start:end],
            )


def forbidden_term(ctx: EntryContext) -> Iterable[Problem]:
    """A forbidden rendering of a term in the Arabic (or of a term inside it) is in the English.

    A forbidden rendering of an inner term that lies inside an English span
    of its outer term is not reported again ("Hamouchi" inside the
    already reported "Abdellatif Hamouchi").
    """
    if not ctx.checked_forms or not _run(ctx.matcher).forbidding:
        return ()  # most glossaries forbid little or nothing: no entry needs its inner terms
    return _forbidden_terms(ctx)


def _forbidden_terms(ctx: EntryContext) -> Iterator[Problem]:
    for form in ctx.checked_forms:
        for term in ctx.terms(form.source):
            if term.forbidden:
                for rendering in forbidden_present(form.text, term):
                    yield _forbidden(ctx, form, term, rendering, "is a forbidden rendering of")
        covered = _lazy_covered_spans(ctx, form)
        for term in ctx.nested_terms(form.source):
            if term.forbidden:
                for rendering in _uncovered(form.text, forbidden_present(form.text, term), covered):
                    yield _forbidden(ctx, form, term, rendering, "is a forbidden rendering of")


def forbidden_anywhere(ctx: EntryContext) -> Iterable[Problem]:
    """A forbidden rendering is in the English where its term is not in the Arabic."""
    if not ctx.checked_forms or not ctx.forbidden_index:
        return ()
    return _forbidden_anywhere(ctx)


def _forbidden_anywhere(ctx: EntryContext) -> Iterator[Problem]:
    for form in ctx.checked_forms:
        candidates = ctx.forbidden_index.candidates(form.text)
        if not candidates:
            continue  # the usual case: the terms of the Arabic need not be looked at
        present = {term.key for term in ctx.terms(form.source)}
        present |= {term.key for term in ctx.nested_terms(form.source)}
        covered = _lazy_covered_spans(ctx, form)
        for term in candidates:
            if term.key in present:
                continue
            for rendering in _uncovered(form.text, forbidden_present(form.text, term), covered):
                yield _forbidden(
                    ctx, form, term, rendering, "is a forbidden rendering (not in the source) of"
                )


def _uncovered(
    english: str, renderings: list[Rendering], covered: Callable[[], list[tuple[int, int]]]
) -> Iterator[Rendering]:
    """The renderings whose place in ``english`` is not inside a ``covered()`` span."""
    for rendering in renderings:
        span = _span(english, rendering)
        if span is None or not any(s <= span[0] and span[1] <= e for s, e in covered()):
            yield rendering


def _lazy_covered_spans(ctx: EntryContext, form: Form) -> Callable[[], list[tuple[int, int]]]:
    """:func:`_covered_spans`, worked out on first use: most forms have no forbidden rendering."""
    spans: list[list[tuple[int, int]]] = []

    def covered() -> list[tuple[int, int]]:
        if not spans:
            spans.append(_covered_spans(ctx, form))
        return spans[0]

    return covered



def _covered_spans(ctx: EntryContext, form: Form) -> list[tuple[int, int]]:
    """English spans already accounted for by terms that are in the Arabic.

    Inside them, a shorter forbidden rendering of another term is part of a
    longer phrase that ``forbidden-term`` or the approved rendering explains:
    "Hamouchi" inside the reported "Abdellatif Hamouchi".
    """
    spans: list[tuple[int, int]] = []
    for term in ctx.terms(form.source):
        for rendering in (*term.approved, *term.forbidden):
            span = _span(form.text, rendering)
            if span is not None:
                spans.append(span)
    return spans


def _forbidden(
    ctx: EntryContext, form: Form, term: Term, rendering: Rendering, what: str
) -> Problem:
    approved = tuple(r.text for r in term.approved)
    advice = f"; use {_quoted(approved)}" if approved else ""
    seen = ctx.forms_seen(form.source, term.key)
    written = f" (written {seen})" if seen else ""
    return Problem(
        ctx.ref,
        f"'{rendering.text}'{form.where} {what} '{term.source}'{written}{advice}",
        term=term.source,
        expected=approved,
        found=rendering.text,
        extra=(("form", seen),),
    )
