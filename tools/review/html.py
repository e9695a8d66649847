"""HTML view of a :class:`tools.review.model.Review`: one self-contained, offline page.

The page must open anywhere, from a CI artifact or an e-mail attachment,
with no network: no external fonts, scripts, styles or images, and a
Content-Security-Policy that forbids loading anything but the inline styles.
It has no script at all. Every piece of text from a PO file or an article is
escaped with :func:`html.escape`, so a sentence containing ``<script>`` is
shown as text, never run.

Markup lives in templates (the page's skeleton and style sheet are package
data, ``page.html`` and ``page.css``, next to this module); the functions
only fill them.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from importlib import resources
from string import Template

from tools.check.findings import Finding, Severity
from tools.units.languages import display_name
from tools.review.model import Mark, Review, Row, TermUse, approved_title, changed_words

#: Term colours: light enough for black text, distinct side by side, and
#: repeated in order when an article holds more terms than colours.
PALETTE = (
    "#fde68a",
    "#bfdbfe",
    "#bbf7d0",
    "#fbcfe8",
    "#ddd6fe",
    "#fed7aa",
    "#a5f3fc",
    "#d9f99d",
    "#fecaca",
    "#c7d2fe",
    "#99f6e4",
    "#f5d0fe",
    "#fef08a",
    "#bae6fd",
    "#e9d5ff",
    "#ffe4e6",
)

STATE_LABELS = {
    "translated": "translated",
    "fuzzy": "fuzzy",
    "untranslated": "untranslated",
    "missing": "not in the PO file",
}

def _package_text(name: str) -> str:
    return resources.files("tools.review").joinpath(name).read_text(encoding="utf-8")


#: The page's style sheet (package data); ``$term_colours`` is filled per page.
CSS = _package_text("page.css")

#: The page skeleton (package data), a :class:`string.Template`.
PAGE = Template(_package_text("page.html"))

PROGRESS_CARD = Template(
    '<div class="card progress"><h2>Progress</h2>\n'
    '<div class="big">$word_percent <span class="of">of the words</span></div>\n'
    '<p class="measure">$words of $total_words Arabic words and $units of $total_units units ($unit_percent) '
    "translated, counted as <code>tools stats</code> counts them</p>\n"
    '<div class="bar" role="img" aria-label="$done of $total units translated">$bar</div>\n'
    '<ul class="counts">$counts</ul></div>'
)

FINDINGS_CARD = Template("""<div class="card findings-summary"><h2>check-glossary findings</h2>
<div class="big">$total</div>
<ul class="counts">$counts</ul></div>""")

TERMS_CARD = Template("""<div class="card terms-summary"><h2>Glossary terms</h2>
<div class="big">$count</div>
<ul class="counts"><li>in $occurrences of $total</li><li>$forbidden used</li></ul></div>""")

LEGEND = Template("""<details class="terms" open><summary>Glossary terms in this article, in order of first use ($count)</summary>
<ul class="legend">$items</ul></details>""")

PARAGRAPH = Template("""<section class="paragraph" id="p$number" aria-label="Paragraph $number">
$units
</section>
<div class="paragraph-gap" aria-hidden="true"></div>""")

UNIT = Template("""<div class="unit $state$error_class" id="u$number" data-state="$state">
<div class="num"><a href="#u$number" title="PO line $po_line">$number</a></div>
<div class="en" dir="ltr" lang="$language">$badge$english$note$findings</div>
<div class="ar" dir="rtl" lang="ar">$arabic$previous</div>
</div>""")

BAR_SEGMENT = Template('<span class="$state" style="width:$width%"></span>')
STATE_COUNT = Template('<li><span class="dot $state"></span>$count $label</li>')
SEVERITY_COUNT = Template('<li><span class="sev $severity">$count</span> $label</li>')
LEGEND_ITEM = Template(
    '<li class="t$number" title="$title"><span class="ar" lang="ar" dir="rtl">$source</span>'
    ' → $rendering<span class="uses">×$units</span></li>'
)
LOOSE_FINDINGS = Template(
    '<section class="card loose"><h2>Findings outside the article\'s units</h2>$findings</section>'
)
FINDING = Template(
    '<li class="finding $severity" data-code="$code"><code>$code</code>$message</li>'
)
FINDINGS = Template('<ul class="findings">$items</ul>')
EMPTY = Template('<span class="empty">$label</span>')
BADGE = Template('<span class="badge $state">$label</span>')
MARK = Template('<mark class="$classes" title="$title">$text</mark>')
REVISION = Template("<br>revised $revision")
NOTE = Template('<p class="note">$note</p>')
PREVIOUS = Template(
    '<p class="previous"><span class="label" dir="ltr" lang="en">translated for:</span> $words</p>'
)
GONE = Template("<del>$word</del>")
SUPPRESSED = Template(
    '<p class="suppressed"><span class="label">suppressed</span> <code>$code</code>$term</p>'
)
SUPPRESSED_TERM = Template(' for <span lang="ar" dir="rtl">$term</span>')


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """``1 unit``, ``2 units``: English plurals for the page's counts."""
    return f"{number} {singular if number == 1 else plural or singular + 's'}"



def render(review: Review) -> str:
    """The complete HTML page for ``review``."""
    name = display_name(review.language)
    return PAGE.substitute(
        article=escape(review.article),
        language=escape(review.language),
        language_name=escape(name),
        css=CSS.replace("$term_colours", term_colours(len(review.terms))),
        seed_path=escape(review.seed_path),
        po_path=escape(review.po_path),
        revision=REVISION.substitute(revision=escape(review.revision)) if review.revision else "",
        progress_card=progress_card(review),
        findings_card=findings_card(review),
        terms_card=terms_card(review),
        legend=legend(review.terms),
        loose_findings=loose_findings(review.other_findings),
        paragraphs="\n".join(
            paragraph(i, rows, review.language) for i, rows in enumerate(review.paragraphs, 1)
        ),
    )


def term_colours(count: int) -> str:
    """One CSS class per term number, cycling through :data:`PALETTE`."""
    return "\n".join(f".t{i} {{ background: {PALETTE[i % len(PALETTE)]}; }}" for i in range(count))


def progress_card(review: Review) -> str:
    total = len(review.rows)
    states = review.states
    bar = "".join(
        BAR_SEGMENT.substitute(state=state, width=f"{100 * states[state] / total:.2f}")
        for state in STATE_LABELS
        if states[state] and total
    )
    counts = "".join(
        STATE_COUNT.substitute(state=state, count=states[state], label=label)
        for state, label in STATE_LABELS.items()
        if states[state] or state != "missing"
    )
    measured = review.progress_counts()
    return PROGRESS_CARD.substitute(
        word_percent=measured.percent(measured.words, measured.total_words),
        words=measured.words,
        total_words=measured.total_words,
        units=measured.units,
        total_units=measured.total_units,
        unit_percent=measured.percent(measured.units, measured.total_units),
        done=states["translated"],
        total=total,
        bar=bar,
        counts=counts,
    )


def findings_card(review: Review) -> str:
    counts = review.severities
    items = "".join(
        SEVERITY_COUNT.substitute(
            severity=severity.label, count=count, label=severity.label if severity is Severity.INFO or count == 1
            else severity.label + "s",
        )
        for severity, count in counts.items()
    )
    return FINDINGS_CARD.substitute(total=sum(counts.values()), counts=items)


def terms_card(review: Review) -> str:
    with_terms = sum(1 for row in review.rows if row.arabic_marks)
    forbidden = sum(1 for row in review.rows for mark in row.english_marks if mark.forbidden)
    return TERMS_CARD.substitute(
        count=len(review.terms),
        occurrences=with_terms,
        total=counted(len(review.rows), "unit"),
        forbidden=counted(forbidden, "forbidden rendering"),
    )


def legend(terms: Sequence[TermUse]) -> str:
    if not terms:
        return ""
    items = "".join(
        LEGEND_ITEM.substitute(
            number=i,
            title=escape(approved_title(use.term)),
            source=escape(use.term.source),
            rendering=escape(use.rendering),
            units=use.units,
        )
        for i, use in enumerate(terms)
    )
    return LEGEND.substitute(count=len(terms), items=items)


def loose_findings(findings: Sequence[Finding]) -> str:
    return LOOSE_FINDINGS.substitute(findings=finding_list(findings)) if findings else ""


def paragraph(number: int, rows: Sequence[Row], language: str) -> str:
    return PARAGRAPH.substitute(number=number, units="\n".join(unit(row, language) for row in rows))


def unit(row: Row, language: str) -> str:
    label = escape(STATE_LABELS[row.state])
    if row.english:
        english = highlighted(row.english, row.english_marks)
    else:
        english = EMPTY.substitute(label=label)
    return UNIT.substitute(
        state=row.state,
        error_class=" has-error" if any(f.severity is Severity.ERROR for f in row.findings) else "",
        number=row.number,
        po_line=row.po_line if row.po_line is not None else "none",
        language=escape(language),
        badge=BADGE.substitute(state=row.state, label=label) if row.state == "fuzzy" else "",
        english=english,
        note=(NOTE.substitute(note=escape(row.note)) if row.note else "") + suppressed(row),
        findings=finding_list(told) if (told := _not_the_state(row)) else "",
        arabic=highlighted(row.arabic, row.arabic_marks),
        previous=previous_source(row),
    )


def _not_the_state(row: Row) -> list[Finding]:
    """The unit's findings, less the one that repeats its state ("untranslated", "fuzzy"):
    the unit already shows it, and "untranslated: not translated" says nothing more."""
    return [f for f in row.findings if f.code != row.state]


def suppressed(row: Row) -> str:
    """Each suppression on the unit, as what it is: a check switched off here, for a term."""
    return "".join(
        SUPPRESSED.substitute(
            code=escape(code or "(no check named)"),
            term=SUPPRESSED_TERM.substitute(term=escape(term)) if term else "",
        )
        for code, term in row.suppressions
    )


def previous_source(row: Row) -> str:
    """The source a fuzzy translation was made for, its changed words struck out."""
    if not row.previous:
        return ""
    words = " ".join(
        GONE.substitute(word=escape(word)) if gone else escape(word)
        for word, gone in changed_words(row.previous, row.arabic)
    )
    return PREVIOUS.substitute(words=words)


def finding_list(findings: Sequence[Finding]) -> str:
    items = "".join(
        FINDING.substitute(
            severity=f.severity.label, code=escape(f.code), message=escape(f.message)
        )
        for f in findings
    )
    return FINDINGS.substitute(items=items)


def highlighted(text: str, marks: Sequence[Mark]) -> str:
    """``text`` escaped, with each mark wrapped in a coloured ``<mark>``."""
    out: list[str] = []
    position = 0
    for mark in sorted(marks, key=lambda m: m.start):
        if mark.start < position:
            continue
        out.append(escape(text[position : mark.start]))
        out.append(
            MARK.substitute(
                classes=f"term t{mark.term}" + (" forbidden" if mark.forbidden else ""),
                title=escape(mark.title),
                text=escape(text[mark.start : mark.end]),
            )
        )
        position = mark.end
    out.append(escape(text[position:]))
    return "".join(out)
