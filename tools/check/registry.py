"""Every check of ``tools check-glossary``, declared once.

A check has a stable kebab-case ``code`` (used in configuration,
suppressions, baselines and every output format), a default severity, a
one-line summary (shown by ``--list-checks``, written as the SARIF rule's
short description and as the row of the README's table of checks) and a
longer description (the SARIF full description), and the function that finds
it. The engine runs what is declared here and nothing else; nothing is
discovered by introspection.

The kind of declaration says how the engine runs it, with exact signatures:

* :class:`EntryCheck`: ``run(ctx: EntryContext) -> Iterable[Problem]``, for
  each translation unit; a check returns an empty tuple straight away where
  it has nothing to look at (most checks in most units), so that no
  generator is made and run for nothing;
* :class:`CorpusCheck`: ``collect(ctx) -> EntryFacts | None`` for each unit
  (in the worker that reads the file), then ``run(files: Sequence[FileFacts])``
  once per run;
* :class:`EngineCheck`: findings the engine itself makes (unused
  suppressions, fixed baseline rows);
* :class:`GlossaryCheck`: a rule of :mod:`tools.glossary.lint` (codes
  ``glossary-*``), declared with its summary in ``lint.RULES`` and run by
  :func:`tools.glossary.lint.lint_glossary`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from tools.check.checks import consistency, invisible, numbers, status, terms
from tools.check.checks.base import EntryContext, EntryFacts, FileFacts, Problem
from tools.check.findings import Severity
from tools.glossary import lint

ENTRY = "entry"
CORPUS = "corpus"
ENGINE = "engine"
GLOSSARY = "glossary"

#: What an entry check is: one unit in, its problems out.
EntryRun = Callable[[EntryContext], Iterable[Problem]]
#: What a corpus check collects from one unit (``None``: nothing to remember).
Collect = Callable[[EntryContext], EntryFacts | None]
#: What a corpus check does with the facts of every file of the run.
CorpusRun = Callable[[Sequence[FileFacts]], Iterable[Problem]]


@dataclass(frozen=True)
class Check:
    """What every check declares: identity, default severity and documentation."""

    code: str
    severity: Severity
    summary: str
    description: str
    #: How the engine runs it (one of ENTRY, CORPUS, ENGINE, GLOSSARY).
    scope: ClassVar[str] = ENGINE


@dataclass(frozen=True)
class EntryCheck(Check):
    """A check of one unit at a time."""

    run: EntryRun
    scope: ClassVar[str] = ENTRY


@dataclass(frozen=True)
class CorpusCheck(Check):
    """A check over every file of the run: facts collected per unit, judged once."""

    collect: Collect
    run: CorpusRun
    scope: ClassVar[str] = CORPUS


@dataclass(frozen=True)
class EngineCheck(Check):
    """Findings the engine makes itself; declared here for their code and documentation."""

    scope: ClassVar[str] = ENGINE


@dataclass(frozen=True)
class GlossaryCheck(Check):
    """A glossary lint rule, run by :func:`tools.glossary.lint.lint_glossary`."""

    rule: lint.Rule
    scope: ClassVar[str] = GLOSSARY


CHECKS: tuple[Check, ...] = (
    EntryCheck(
        "missing-term",
        Severity.ERROR,
        "A glossary term in the Arabic has none of its approved renderings in the English.",
        "The source contains a glossary term (matched after Arabic normalization, with "
        "attached proclitics such as و ب ل ال), but the translation contains none of the "
        "renderings the glossary approves for it, as written or in a variant form. When an "
        "earlier entry of the same article has one, the finding is a second reference, with a "
        "note, at the second-reference severity (warning unless configured).",
        terms.missing_term,
    ),
    EntryCheck(
        "term-variant",
        Severity.INFO,
        "A glossary term is rendered by a variant form of its approved English (only with "
        "variants = \"report\").",
        "The translation has an inflected or derived form, the other national spelling, or "
        "the adjective or demonym form of an approved rendering ('Secretaries-General', "
        "'organisation', 'North Korean'), not the rendering as written. Accepted silently by "
        "default; reported as info when [tool.tarjuman.check] variants = \"report\".",
        terms.term_variant,
    ),
    EntryCheck(
        "forbidden-term",
        Severity.ERROR,
        "A forbidden rendering of a glossary term in the Arabic is in the English.",
        "The glossary marks some renderings of a term as forbidden (calques, misspellings, "
        "wrong names). One of them is in the translation of a source that contains the term.",
        terms.forbidden_term,
    ),
    EntryCheck(
        "forbidden-anywhere",
        Severity.WARNING,
        "A forbidden rendering is in the English although its term is not in the Arabic.",
        "A rendering that the glossary forbids for some term appears in a translation whose "
        "source does not contain that term: usually a calque carried over from elsewhere.",
        terms.forbidden_anywhere,
    ),
    CorpusCheck(
        "inconsistent-translation",
        Severity.WARNING,
        "The same source is translated differently, or a term's variants are mixed in one "
        "article.",
        "Either the same Arabic sentence (after normalization) has different translations in "
        "two places of the files checked together, or one article renders a glossary term "
        "that has a preferred rendering with different approved variants.",
        collect=consistency.collect,
        run=consistency.inconsistent_translation,
    ),
    EntryCheck(
        "number-mismatch",
        Severity.ERROR,
        "A number written in digits in the Arabic is missing from the English.",
        "Numbers in the source (Western, Arabic-Indic or Persian digits, decimals, years) must "
        "appear in the translation, in digits or in words. 1200, 1,200 and 1.200 are the same "
        "number; so are 3.5, 3,5 and ٣٫٥; 3 is 'three', 93 is '93rd', 1 is 'type I', and "
        "110 مليارات is '110 billion' or '$110bn'.",
        numbers.number_mismatch,
    ),
    EntryCheck(
        "number-added",
        Severity.WARNING,
        "A number written in digits in the English is not in the Arabic.",
        "The translation states a number (a year, a count, an amount) that the source states "
        "nowhere, in digits or in words. A number inside an approved rendering of a term of "
        "the source ('COVID-19') does not count.",
        numbers.number_added,
    ),
    EntryCheck(
        "invisible-char",
        Severity.WARNING,
        "A control, zero-width or bidi character in the translation that the source does not "
        "have.",
        "Invisible characters copied from Arabic text break search and rendering. Bidi "
        "embeddings, overrides (U+202A-U+202E) and isolates (U+2066-U+2069) can reorder what "
        "a reviewer sees and are reported as errors.",
        invisible.invisible_char,
    ),
    EntryCheck(
        "untranslated",
        Severity.INFO,
        "The entry (or one of its plural forms) is not translated.",
        "Untranslated entries are not checked for terms or numbers.",
        status.untranslated,
    ),
    EntryCheck(
        "fuzzy",
        Severity.INFO,
        "The entry is marked fuzzy and needs review.",
        "Fuzzy translations are not used by gettext and are not checked for terms or numbers.",
        status.fuzzy,
    ),
    EngineCheck(
        "unused-suppression",
        Severity.WARNING,
        "A suppression comment or flag matched no finding.",
        "An '#, ignore-<code>' flag or a '# tarjuman: ignore <code> [<term>]' comment that "
        "suppressed nothing in this run: the problem was fixed, or the code or term is wrong. "
        "Remove it so that it cannot hide a future problem.",
    ),
    EngineCheck(
        "baseline-fixed",
        Severity.INFO,
        "A finding accepted in the baseline no longer occurs.",
        "A row of the baseline file (--baseline) matched no finding of a file and check that "
        "this run covered: the problem was fixed. Run with --write-baseline to remove it, so "
        "that the baseline keeps shrinking and cannot hide a new problem of the same kind.",
    ),
)


def glossary_checks() -> tuple[GlossaryCheck, ...]:
    """The glossary lint rules, declared by the glossary package itself."""
    return tuple(
        GlossaryCheck(
            rule.code,
            rule.severity,
            f"Glossary: {rule.summary}.",
            " ".join((rule.check.__doc__ or rule.summary).split()),
            rule,
        )
        for rule in lint.RULES
    )


@cache
def all_checks() -> tuple[Check, ...]:
    """Every check, ours then the glossary lint rules, in a stable order."""
    return CHECKS + glossary_checks()


@cache
def by_code() -> dict[str, Check]:
    """Every check by its code (do not modify the returned dict)."""
    return {check.code: check for check in all_checks()}


def markdown_table() -> str:
    """The README's table of checks: code, default severity and summary of every check."""
    rows = ["| code | default | summary |", "| --- | --- | --- |"]
    rows.extend(
        f"| `{check.code}` | {check.severity.label} | {check.summary.replace('|', chr(92) + '|')} |"
        for check in all_checks()
    )
    return "\n".join(rows) + "\n"
