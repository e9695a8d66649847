"""The bilingual review page: what a reviewer needs to judge one translation.

A reviewer reads the Arabic and the English side by side, unit by unit, in
the article's reading order, and wants to see at a glance which glossary terms
each sentence holds, whether the English uses the approved rendering, what
``check-glossary`` found, and what is still untranslated or fuzzy.

This module gathers that into plain data (:class:`Review`); the markup lives
in :mod:`tools.review.html`, which only formats it. Term spans come from the
same matchers the checks use: :class:`~tools.glossary.match.arabic.SourceMatcher`
in the Arabic and :func:`~tools.glossary.match.english.find_all` in the
English, so the page and the check never disagree about where a term is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import polib

from tools.check import suppress
from tools.config import ProjectConfig
from tools.workflow.stats import source_words
from tools.check.findings import Finding, Severity
from tools.glossary.model import Term
from tools.glossary.match.arabic import SourceMatcher
from tools.glossary.match.english import find_all, forbidden_present
from tools.units.model import State, Unit
from tools.units.po import load_po
from tools.units.readers import po_document
from tools.text.segment import Sentence, segment_file


@dataclass(frozen=True)
class Mark:
    """A highlighted span of one column: a glossary term or a forbidden rendering."""

    start: int
    end: int
    #: Index of the term in :attr:`Review.terms`: the same colour in both columns.
    term: int
    title: str
    forbidden: bool = False


@dataclass(frozen=True)
class Row:
    """One unit of the article as the reviewer sees it."""

    number: int
    paragraph: int
    arabic: str
    english: str
    #: "translated", "fuzzy", "untranslated" or "missing" (not in the PO file yet).
    state: str
    po_line: int | None
    arabic_marks: tuple[Mark, ...] = ()
    english_marks: tuple[Mark, ...] = ()
    findings: tuple[Finding, ...] = ()
    #: The translator comment (``# ``) of the entry: notes, where a suggestion came from.
    note: str = ""
    #: For a fuzzy unit, the source its translation was made for (``#| msgid``).
    previous: str = ""
    #: The suppressions written on the entry (flag or comment): ``(code, term)``.
    suppressions: tuple[tuple[str, str | None], ...] = ()


@dataclass(frozen=True)
class TermUse:
    """A glossary term that occurs in the article, for the legend."""

    term: Term
    rendering: str
    units: int


@dataclass(frozen=True)
class Progress:
    """Finished and total units and source words (see :meth:`Review.progress_counts`)."""

    units: int
    total_units: int
    words: int
    total_words: int

    @staticmethod
    def percent(part: int, whole: int) -> str:
        """``87%``, rounded as ``tools stats`` rounds its "done" column; 100% for nothing to do."""
        return "100%" if whole == 0 else f"{100 * part / whole:.0f}%"


@dataclass(frozen=True)
class Review:
    """Everything the review page shows; no markup."""

    article: str
    language: str
    po_path: str
    seed_path: str
    rows: tuple[Row, ...]
    terms: tuple[TermUse, ...]
    #: Findings that belong to no unit (the header, obsolete entries).
    other_findings: tuple[Finding, ...] = ()
    revision: str = ""

    @property
    def states(self) -> Counter[str]:
        return Counter(row.state for row in self.rows)

    @property
    def progress(self) -> float:
        """Share of units with a finished (not fuzzy) translation."""
        return self.states["translated"] / len(self.rows) if self.rows else 1.0

    def progress_counts(self) -> Progress:
        """Finished units and their Arabic words, counted as ``tools stats`` counts them:
        each distinct sentence once (a repeated sentence is one PO entry), words of the
        Arabic source."""
        distinct = {row.arabic: row for row in self.rows}.values()
        done = [row for row in distinct if row.state == "translated"]
        return Progress(
            len(done), len(distinct), sum(source_words(r.arabic) for r in done),
            sum(source_words(r.arabic) for r in distinct),
        )

    @property
    def severities(self) -> dict[Severity, int]:
        counts = Counter(f.severity for row in self.rows for f in row.findings)
        counts.update(f.severity for f in self.other_findings)
        return {severity: counts[severity] for severity in sorted(Severity, reverse=True)}

    @property
    def paragraphs(self) -> list[list[Row]]:
        grouped: dict[int, list[Row]] = {}
        for row in self.rows:
            grouped.setdefault(row.paragraph, []).append(row)
        return [grouped[key] for key in sorted(grouped)]


#: The review state of a sentence that has no unit in the PO file yet.
MISSING = "missing"


def state_of(unit: Unit | None) -> str:
    """The review state of a unit (:class:`~tools.units.model.State`), or ``missing``."""
    return MISSING if unit is None else unit.state.value


def primary_rendering(term: Term) -> str:
    """The rendering shown on hover: the preferred one, else the first approved one."""
    preferred = term.preferred or (term.approved[0] if term.approved else None)
    return preferred.text if preferred else ""


def approved_title(term: Term) -> str:
    """Hover text: the Arabic term and every approved rendering."""
    renderings = (
        " | ".join(dict.fromkeys(r.text for r in term.approved)) or "(no approved rendering)"
    )
    return f"{term.source} → {renderings}"


class _TermIndex:
    """Gives each term met in the article a stable number (its colour)."""

    def __init__(self) -> None:
        self.order: dict[str, int] = {}
        self.terms: list[Term] = []
        self.units: Counter[int] = Counter()

    def number(self, term: Term) -> int:
        if term.key not in self.order:
            self.order[term.key] = len(self.terms)
            self.terms.append(term)
        return self.order[term.key]


def english_marks(english: str, terms: Sequence[tuple[int, Term]]) -> list[Mark]:
    """Spans of approved (and forbidden) renderings in the English, no overlaps.

    Every approved rendering of each term is looked for, so that "DGSN" is
    highlighted as well as the full name; a forbidden rendering is marked as
    such. Where spans overlap, the longer one wins.
    """
    found: list[Mark] = []
    for number, term in terms:
        for rendering in term.approved:
            found.extend(
                Mark(start, end, number, approved_title(term))
                for start, end in find_all(english, rendering)
            )
        for rendering in forbidden_present(english, term):
            title = f"avoid “{rendering.text}” for {term.source}; use {primary_rendering(term)}"
            found.extend(
                Mark(start, end, number, title, forbidden=True)
                for start, end in find_all(english, rendering)
            )
    return without_overlaps(found)


def without_overlaps(marks: list[Mark]) -> list[Mark]:
    """Keep the longest of overlapping marks (then the earliest), sorted by position."""
    kept: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mark.end <= k.start or mark.start >= k.end for k in kept):
            kept.append(mark)
    return sorted(kept, key=lambda m: m.start)


def finding_key(finding: Finding) -> tuple[str | None, str]:
    return (finding.msgctxt, finding.msgid)


@dataclass
class ReviewBuilder:
    """Turns units, a PO file, glossary terms and findings into a :class:`Review`."""

    matcher: SourceMatcher
    findings: Sequence[Finding] = ()
    index: _TermIndex = field(default_factory=_TermIndex)

    def build(
        self,
        article: str,
        language: str,
        po: polib.POFile,
        units: Sequence[Sentence],
        po_path: str,
        seed_path: str,
    ) -> Review:
        entries = {unit.source: unit for unit in po_document(po, po_path).live()}
        by_entry: dict[tuple[str | None, str], list[Finding]] = {}
        for finding in self.findings:
            by_entry.setdefault(finding_key(finding), []).append(finding)
        shown: set[tuple[str | None, str]] = set()
        rows = []
        for number, unit in enumerate(units, start=1):
            entry = entries.get(unit.text)
            key = entry.key if entry is not None else (None, unit.text)
            # A sentence repeated in the article is one entry: show its findings once.
            unit_findings = (
                () if key in shown else tuple(sorted(by_entry.get(key, ()), key=_finding_order))
            )
            shown.add(key)
            rows.append(self._row(number, unit, entry, unit_findings))
        other = tuple(f for key, group in by_entry.items() if key not in shown for f in group)
        return Review(
            article=article,
            language=language,
            po_path=po_path,
            seed_path=seed_path,
            rows=tuple(rows),
            terms=tuple(
                TermUse(term, primary_rendering(term), self.index.units[i])
                for i, term in enumerate(self.index.terms)
            ),
            other_findings=tuple(sorted(other, key=_finding_order)),
            revision=revision_date(po),
        )

    def _row(
        self, number: int, unit: Sentence, entry: Unit | None, findings: tuple[Finding, ...]
    ) -> Row:
        arabic: list[Mark] = []
        met: dict[int, Term] = {}
        for match in self.matcher.find(unit.text):
            term_number = self.index.number(match.term)
            met[term_number] = match.term
            title = approved_title(match.term)
            if match.form is not None:  # say why these words are the term: "feminine of وزير الخارجية"
                title = f"{match.text}: {match.describe()}\n{title}"
            arabic.append(Mark(match.start, match.end, term_number, title))
        for term_number in met:
            self.index.units[term_number] += 1
        english = entry.target if entry is not None else ""
        return Row(
            number=number,
            paragraph=unit.paragraph,
            arabic=unit.text,
            english=english,
            state=state_of(entry),
            po_line=entry.location.line if entry is not None else None,
            arabic_marks=tuple(arabic),
            english_marks=tuple(english_marks(english, list(met.items()))) if english else (),
            findings=findings,
            note="\n".join(n for n in entry.notes if not suppress.is_comment(n)) if entry is not None else "",
            suppressions=tuple((code, term) for code, term, _ in suppress.written(entry)) if entry is not None else (),
            previous=(entry.previous_source or "") if entry is not None and entry.state is State.FUZZY else "",
        )


def changed_words(previous: str, current: str) -> list[tuple[str, bool]]:
    """``previous`` as (word, gone) pairs: gone when the word is not in ``current`` there.

    A fuzzy translation was made for the previous source; showing which of
    its words changed tells the reviewer what the English must follow. Words
    are compared as written, separated by whitespace.
    """
    old, new = previous.split(), current.split()
    keep: set[int] = set()
    for block in SequenceMatcher(a=old, b=new, autojunk=False).get_matching_blocks():
        keep.update(range(block.a, block.a + block.size))
    return [(word, index not in keep) for index, word in enumerate(old)]


def revision_date(po: polib.POFile) -> str:
    """The PO-Revision-Date, or "" while it is still gettext's placeholder."""
    value = po.metadata.get("PO-Revision-Date", "")
    return "" if value.startswith("YEAR") else value


def _finding_order(finding: Finding) -> tuple[int, str, str]:
    return (-int(finding.severity), finding.code, finding.message)


FindingSource = Callable[[ProjectConfig, Path], Sequence[Finding]]


def build_review(
    config: ProjectConfig,
    article: str,
    language: str,
    terms: Sequence[Term],
    findings_for: FindingSource,
) -> Review:
    """Read the article's seed and PO file and gather the review (see :class:`ReviewBuilder`)."""
    seed = config.seed_path(article)
    po_path = config.translation_path(article, language)
    units = segment_file(seed)
    po = load_po(po_path, allow_empty=True)
    findings = findings_for(config, po_path)
    builder = ReviewBuilder(SourceMatcher(terms), findings)
    return builder.build(
        article, language, po, units, config.relative(po_path), config.relative(seed)
    )


def glossary_findings(config: ProjectConfig, po_path: Path) -> list[Finding]:
    """What ``tools check-glossary`` reports for ``po_path``, with the project's settings.

    The same engine, the same ``[tool.tarjuman.check]`` severities,
    suppressions and baseline as the command, so the page shows exactly what
    CI reports; glossary lint findings (about the glossary, not this
    translation) are left out.
    """
    from tools.check import engine
    from tools.check.settings import CliOptions, resolve

    result = engine.run(config, resolve(config, CliOptions()), [po_path])
    path = config.relative(po_path)
    return [finding for finding in result.findings if finding.path == path]
