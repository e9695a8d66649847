"""Every check of ``tools check-glossary``, declared once.

A :class:`Check` has a stable kebab-case ``code`` (used in configuration,
suppressions, baselines and every output format), a default severity, a
one-line summary and a longer description (both shown by ``--list-checks``
and written as SARIF rule descriptions), and the function that finds it. The
engine runs what is declared here and nothing else; nothing is discovered by
introspection.

Scopes:

* ``entry``: ``run(ctx: EntryContext) -> Iterable[Problem]``, for each PO entry;
* ``corpus``: ``collect(ctx) -> fact | None`` for each entry (in the worker that
  reads the file), then ``run(files: Sequence[FileFacts])`` once per run;
* ``engine``: findings the engine itself makes (unused suppressions);
* ``glossary``: findings of :func:`tools.glossary.lint.lint_glossary`, whose
  codes all start with ``glossary-``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from tools.check.checks import consistency, invisible, numbers, status, terms
from tools.check.findings import Severity
from tools.glossary import lint

ENTRY = "entry"
CORPUS = "corpus"
ENGINE = "engine"
GLOSSARY = "glossary"

#: Prefix of every glossary lint code.
GLOSSARY_PREFIX = "glossary-"


@dataclass(frozen=True)
class Check:
    """One rule: its identity, default severity, documentation and implementation."""

    code: str
    severity: Severity
    summary: str
    description: str
    scope: str
    run: Callable[..., Any] | None = None
    collect: Callable[..., Any] | None = None


CHECKS: tuple[Check, ...] = (
    Check(
        "missing-term",
        Severity.ERROR,
        "A glossary term in the Arabic has none of its approved renderings in the English.",
        "The source contains a glossary term (matched after Arabic normalization, with "
        "attached proclitics such as و ب ل ال), but the translation contains none of the "
        "renderings the glossary approves for it, as written or in a variant form. When an "
        "earlier entry of the same article has one, the finding is a second reference, with a "
        "note, at the second-reference severity (warning unless configured).",
        ENTRY,
        terms.missing_term,
    ),
    Check(
        "term-variant",
        Severity.INFO,
        "A glossary term is rendered by a variant form of its approved English (only with "
        "variants = \"report\").",
        "The translation has an inflected or derived form, the other national spelling, or "
        "the adjective or demonym form of an approved rendering ('Secretaries-General', "
        "'organisation', 'North Korean'), not the rendering as written. Accepted silently by "
        "default; reported as info when [tool.tarjuman.check] variants = \"report\".",
        ENTRY,
        terms.term_variant,
    ),
    Check(
        "forbidden-term",
        Severity.ERROR,
        "A forbidden rendering of a glossary term in the Arabic is in the English.",
        "The glossary marks some renderings of a term as forbidden (calques, misspellings, "
        "wrong names). One of them is in the translation of a source that contains the term.",
        ENTRY,
        terms.forbidden_term,
    ),
    Check(
        "forbidden-anywhere",
        Severity.WARNING,
        "A forbidden rendering is in the English although its term is not in the Arabic.",
        "A rendering that the glossary forbids for some term appears in a translation whose "
        "source does not contain that term: usually a calque carried over from elsewhere.",
        ENTRY,
        terms.forbidden_anywhere,
    ),
    Check(
        "inconsistent-translation",
        Severity.WARNING,
        "The same source is translated differently, or a term's variants are mixed in one "
        "article.",
        "Either the same Arabic sentence (after normalization) has different translations in "
        "two places of the files checked together, or one article renders a glossary term "
        "that has a preferred rendering with different approved variants.",
        CORPUS,
        consistency.inconsistent_translation,
        consistency.collect,
    ),
    Check(
        "number-mismatch",
        Severity.ERROR,
        "A number written in digits in the Arabic is missing from the English.",
        "Numbers in the source (Western, Arabic-Indic or Persian digits, decimals, years) must "
        "appear in the translation, in digits or in words. 1200, 1,200 and 1.200 are the same "
        "number; so are 3.5, 3,5 and ٣٫٥; 3 is 'three', 93 is '93rd', 1 is 'type I', and "
        "110 مليارات is '110 billion' or '$110bn'.",
        ENTRY,
        numbers.number_mismatch,
    ),
    Check(
        "number-added",
        Severity.WARNING,
        "A number written in digits in the English is not in the Arabic.",
        "The translation states a number (a year, a count, an amount) that the source states "
        "nowhere, in digits or in words. A number inside an approved rendering of a term of "
        "the source ('COVID-19') does not count.",
        ENTRY,
        numbers.number_added,
    ),
    Check(
        "invisible-char",
        Severity.WARNING,
        "A control, zero-width or bidi character in the translation that the source does not "
        "have.",
        "Invisible characters copied from Arabic text break search and rendering. Bidi "
        "embeddings, overrides (U+202A-U+202E) and isolates (U+2066-U+2069) can reorder what "
        "a reviewer sees and are reported as errors.",
        ENTRY,
        invisible.invisible_char,
    ),
    Check(
        "untranslated",
        Severity.INFO,
        "The entry (or one of its plural forms) is not translated.",
        "Untranslated entries are not checked for terms or numbers.",
        ENTRY,
        status.untranslated,
    ),
    Check(
        "fuzzy",
        Severity.INFO,
        "The entry is marked fuzzy and needs review.",
        "Fuzzy translations are not used by gettext and are not checked for terms or numbers.",
        ENTRY,
        status.fuzzy,
    ),
    Check(
        "unused-suppression",
        Severity.WARNING,
        "A suppression comment or flag matched no finding.",
        "An '#, ignore-<code>' flag or a '# tarjuman: ignore <code> [<term>]' comment that "
        "suppressed nothing in this run: the problem was fixed, or the code or term is wrong. "
        "Remove it so that it cannot hide a future problem.",
        ENGINE,
    ),
)


def glossary_checks() -> tuple[Check, ...]:
    """The glossary lint rules, declared by the glossary package itself."""
    return tuple(
        Check(
            rule.code,
            rule.severity,
            f"Glossary: {rule.summary}.",
            " ".join((rule.check.__doc__ or rule.summary).split()),
            GLOSSARY,
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
