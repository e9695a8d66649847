"""Lint a glossary: problems a terminologist must fix before the terms are trusted.

Each rule is a small function over the whole glossary that yields findings;
:data:`RULES` declares every code once with its default severity and the
function that checks it. Findings point at the line of the entry's
``msgid`` so that editors and CI annotations jump straight to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from tools.check.findings import Finding, Severity
from tools.glossary.match.forms import WORD, is_acronym
from tools.glossary.model import Glossary, GlossaryEntry


@dataclass(frozen=True)
class Rule:
    """A lint rule: its stable code, default severity, what it means, and its check."""

    code: str
    severity: Severity
    summary: str
    check: Callable[[Glossary, Rule], Iterator[Finding]]


def _finding(rule: Rule, entry: GlossaryEntry, message: str, **fields: object) -> Finding:
    return Finding(
        path=entry.path,
        line=entry.line,
        code=rule.code,
        severity=rule.severity,
        message=message,
        msgid=entry.msgid,
        msgctxt=entry.msgctxt,
        term=entry.msgid,
        **fields,  # type: ignore[arg-type]
    )


def _where(entry: GlossaryEntry) -> str:
    return f"{entry.path}:{entry.line}"


def _usable(glossary: Glossary) -> Iterable[GlossaryEntry]:
    return (e for e in glossary.entries if e.usable)


def _by_key(entries: Iterable[GlossaryEntry]) -> dict[str, list[GlossaryEntry]]:
    groups: dict[str, list[GlossaryEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.key, []).append(entry)
    return groups


def check_empty(glossary: Glossary, rule: Rule) -> Iterator[Finding]:
    """An entry without English is not a term; most often a term left half-written."""
    for entry in glossary.entries:
        if not entry.fuzzy and not entry.msgstr.strip():
            yield _finding(rule, entry, "empty msgstr: the entry defines no rendering and is ignored")


def check_fuzzy(glossary: Glossary, rule: Rule) -> Iterator[Finding]:
    """Fuzzy entries are proposals; matching ignores them until someone approves them."""
    for entry in glossary.entries:
        if entry.fuzzy:
            yield _finding(
                rule, entry, f"fuzzy: {entry.msgstr or '(empty)'!r} is not approved yet and is ignored",
                found=entry.msgstr,
            )


def check_unmatchable(glossary: Glossary, rule: Rule) -> Iterator[Finding]:
    """A msgid without any letter or digit can never be found in a text."""
    for entry in glossary.entries:
        if not entry.key or not any(c.isalnum() for c in entry.key):
            yield _finding(rule, entry, "msgid has no letters or digits: the term can never match")


def check_duplicates(glossary: Glossary, rule: Rule) -> Iterator[Finding]:
    """The same entry twice (across files), or the same term and category with the same English.

    Duplicates are harmless to matching but drift apart when one copy is edited.
    """
    seen_entry: dict[tuple[str | None, str], GlossaryEntry] = {}
    seen_rendering: dict[tuple[str, str | None, bool, str], GlossaryEntry] = {}
    for entry in glossary.entries:
        first = seen_entry.setdefault((entry.msgctxt, entry.msgid), entry)
        if first is not entry:
            yield _finding(rule, entry, f"duplicate entry: same msgctxt and msgid as {_where(first)}")
            continue
        if not entry.usable:
            continue
        key = (entry.key, entry.category, entry.forbidden, entry.msgstr.strip().casefold())
        first = seen_rendering.setdefault(key, entry)
        if first is not entry:
            yield _finding(
                rule, entry,
                f"duplicate rendering {entry.msgstr.strip()!r} for this term and category "
                f"(already at {_where(first)})",
                found=entry.msgstr,
            )


def check_conflicts(glossary: Glossary, rule: Rule) -> Iterator[Finding]:
    """Approved renderings that disagree: two preferred ones, or two spellings of one term
    that approve different English (merged, they would silently widen each other)."""
    for group in _by_key(_usable(glossary)).values():
        approved = [e for e in group if not e.forbidden]
        preferred = [e for e in approved if e.preferred]
        for entry in preferred[1:]:
            yield _finding(
                rule, entry,
                f"two preferred renderings for one term: {preferred[0].msgstr!r} "
                f"({_where(preferred[0])}) and {entry.msgstr!r}",
                found=entry.msgstr, expected=(preferred[0].msgstr,),
            )
        yield from _spelling_conflicts(rule, approved)


def _spelling_conflicts(rule: Rule, approved: list[GlossaryEntry]) -> Iterator[Finding]:
    by_spelling: dict[str, set[str]] = {}
    first_entry: dict[str, GlossaryEntry] = {}
    for entry in approved:
        by_spelling.setdefault(entry.msgid, set()).add(entry.msgstr.strip().casefold())
        first_entry.setdefault(entry.msgid, entry)
    spellings = list(by_spelling)
    for other in spellings[1:]:
        if by_spelling[other] != by_spelling[spellings[0]]:
            first, entry = first_entry[spellings[0]], first_entry[other]
            yield _finding(
                rule, entry,
                f"{entry.msgid!r} is the same term as {first.msgid!r} ({_where(first)}) "
                "but approves different English; merge the spellings or align the renderings",
                expected=tuple(sorted(by_spelling[spellings[0]])),
            )


def check_forbidden_approved(glossary: Glossary, rule: Rule) -> Iterator[Finding]:
    """A rendering both approved and forbidden for one term makes every check fail."""
    for group in _by_key(_usable(glossary)).values():
        approved = {e.msgstr.strip().casefold(): e for e in group if not e.forbidden}
        for entry in group:
            twin = approved.get(entry.msgstr.strip().casefold()) if entry.forbidden else None
            if twin is not None:
                yield _finding(
                    rule, entry,
                    f"{entry.msgstr.strip()!r} is forbidden here but approved at {_where(twin)}",
                    found=entry.msgstr,
                )


#: Every lint rule, once: code, default severity, summary, check.
#: English words that are also written as acronyms: where ignoring case used to matter.
ACRONYM_WORDS = frozenset(
    "am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we "
    "aid aids all and are art can cap car do dog due end era far few fit for gas go "
    "had has her him his how ice ill its law let man may men new not now off old one "
    "our out own pan pay per put ran run sad saw say see set she sun tax ten the too "
    "top two use war was way who why win won yes yet you also army arms back best "
    "care case cat cold days deal does done each east fair fire five fly fund gold "
    "good hope just keep kind last left less life like live long made main make many "
    "mass more most move much must name near need next nine none only open over part "
    "past plan play post race rate real rest road role rule safe said same seat "
    "some stay step such sure take than that them then they this time told tour "
    "upon very vote wage want ward ways were what when will with word work year "
    "your about after again cards chair clean daily drive early first hands house "
    "large later legal match means might model north pride radio range rapid seven "
    "south space start state still there these third those three under union until "
    "where which while world would young".split()
)


def check_acronym_case(glossary: Glossary, rule: Rule) -> Iterator[Finding]:
    """A rendering with an acronym that is also an English word (US, WHO, IT) matches it in capitals only.

    Case used to be ignored, so the pronoun "us" satisfied "US". An entry
    whose whole rendering is such an acronym, flagged neither case-sensitive
    nor case-insensitive, now behaves differently: say which is meant.
    """
    for entry in _usable(glossary):
        if entry.case_sensitive or entry.case_insensitive:
            continue
        words = WORD.findall(entry.msgstr)
        # Inside a longer rendering ("US Commerce Department") the other words
        # already rule the pronoun out; only a rendering that is the acronym alone changes.
        acronyms = words if len(words) == 1 and is_acronym(words[0]) and words[0].lower() in ACRONYM_WORDS else []
        if acronyms:
            yield _finding(
                rule, entry,
                f"{entry.msgstr.strip()!r}: {', '.join(repr(a) for a in acronyms)} now matches in "
                f"capitals only ({acronyms[0].lower()!r} no longer counts); flag the entry "
                "'case-insensitive' to match any case, or 'case-sensitive' to make the whole "
                "rendering exact",
                found=entry.msgstr,
            )


RULES: tuple[Rule, ...] = (
    Rule("glossary-empty", Severity.ERROR, "entry with an empty msgstr", check_empty),
    Rule("glossary-duplicate", Severity.WARNING, "entry or rendering defined twice", check_duplicates),
    Rule("glossary-conflict", Severity.ERROR, "approved renderings that disagree", check_conflicts),
    Rule(
        "glossary-forbidden-approved", Severity.ERROR,
        "rendering both forbidden and approved for one term", check_forbidden_approved,
    ),
    Rule("glossary-unmatchable", Severity.ERROR, "msgid that can never match", check_unmatchable),
    Rule("glossary-fuzzy", Severity.INFO, "entry not approved yet", check_fuzzy),
    Rule(
        "glossary-acronym-case", Severity.INFO,
        "acronym rendering that now matches in capitals only", check_acronym_case,
    ),
)


def lint_glossary(glossary: Glossary) -> list[Finding]:
    """All findings of all :data:`RULES`, sorted by file, line and code."""
    findings = [f for rule in RULES for f in rule.check(glossary, rule)]
    return sorted(findings, key=lambda f: (f.path, f.line, f.code, f.message))
