"""HTML view of a :class:`tools.review.model.Review`: one self-contained, offline page.

The page must open anywhere, from a CI artifact or an e-mail attachment,
with no network: no external fonts, scripts, styles or images, and a
Content-Security-Policy that forbids loading anything but the inline styles.
It has no script at all. Every piece of text from a PO file or an article is
escaped with :func:`html.escape`, so a sentence containing ``<script>`` is
shown as text, never run.

Markup lives in the templates below; the functions only fill them.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from string import Template

from tools.check.findings import Finding, Severity
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

CSS = """
:root { --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --paper: #ffffff;
  --wash: #f8fafc; --accent: #1d4ed8; --error: #b91c1c; --warning: #b45309; --info: #2563eb; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--wash); color: var(--ink);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.page { max-width: 1320px; margin: 0 auto; padding: 28px 32px 48px; }
header.top { display: flex; flex-wrap: wrap; align-items: flex-end; justify-content: space-between;
  gap: 12px 32px; border-bottom: 2px solid var(--ink); padding-bottom: 14px; margin-bottom: 18px; }
header.top h1 { margin: 0; font-size: 24px; letter-spacing: -0.01em; }
header.top .kicker { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .08em; }
header.top .files { color: var(--muted); font-size: 13px; text-align: right; }
header.top code { font-size: 12.5px; }
.summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 14px; margin-bottom: 18px; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.card h2 { margin: 0 0 6px; font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
.card .big { font-size: 26px; font-weight: 650; }
.bar { display: flex; height: 8px; border-radius: 4px; overflow: hidden; background: var(--line); margin: 8px 0 6px; }
.bar span { display: block; height: 100%; }
.bar .translated, .dot.translated { background: #16a34a; }
.bar .fuzzy, .dot.fuzzy { background: #f59e0b; }
.bar .untranslated, .dot.untranslated { background: #d1d5db; }
.bar .missing, .dot.missing { background: #9ca3af; }
.counts { list-style: none; margin: 0; padding: 0; font-size: 13px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 4px 14px; }
.dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 5px; }
.sev { font-weight: 650; }
.sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); }
details.terms { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; margin-bottom: 18px; }
details.terms summary { cursor: pointer; font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: 5px; margin: 10px 0 2px; padding: 0; list-style: none; }
.legend li { font-size: 12.5px; line-height: 1.5; border-radius: 4px; padding: 1px 7px; border: 1px solid rgba(0,0,0,.06); }
.legend .ar { font-family: "Noto Naskh Arabic", "Amiri", "Scheherazade New", "Geeza Pro", "Traditional Arabic", serif; font-size: 14px; }
.legend .uses { color: var(--muted); font-size: 11px; margin-left: 3px; }
.columns { display: grid; grid-template-columns: 44px 1fr 1fr; gap: 0; }
.colhead { position: sticky; top: 0; z-index: 1; background: var(--ink); color: #fff; font-size: 12px;
  text-transform: uppercase; letter-spacing: .08em; padding: 8px 14px; }
.colhead.ar-head { text-align: right; }
.paragraph { display: contents; }
.paragraph-gap { grid-column: 1 / -1; height: 14px; }
.unit { display: contents; }
.unit > div { background: var(--paper); border-bottom: 1px solid var(--line); padding: 10px 14px; }
.num { color: var(--muted); font-size: 12px; text-align: right; padding-right: 6px !important; border-left: 4px solid transparent; }
.num a { color: inherit; text-decoration: none; }
.unit.fuzzy .num { border-left-color: #f59e0b; }
.unit.untranslated .num, .unit.missing .num { border-left-color: #9ca3af; }
.unit.has-error .num { border-left-color: var(--error); }
.en { font-family: Georgia, "Times New Roman", serif; font-size: 16px; }
.ar { font-family: "Noto Naskh Arabic", "Amiri", "Scheherazade New", "Geeza Pro", "Traditional Arabic", serif;
  font-size: 19px; line-height: 1.8; text-align: right; border-left: 1px dashed var(--line); }
.badge { display: inline-block; font: 600 11px/1.6 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .05em;
  border-radius: 3px; padding: 0 6px; margin-right: 6px; vertical-align: 2px; }
.badge.fuzzy { background: #fef3c7; color: #92400e; }
.badge.untranslated, .badge.missing { background: #f3f4f6; color: #4b5563; }
.empty { color: var(--muted); font-style: italic; font-family: system-ui, sans-serif; font-size: 14px; }
mark.term { color: inherit; border-radius: 3px; padding: 0 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.term.forbidden { background: #fee2e2 !important; text-decoration: underline wavy var(--error); text-underline-offset: 3px; }
$term_colours
ul.findings { list-style: none; margin: 8px 0 0; padding: 0; font: 13px/1.45 system-ui, sans-serif; }
ul.findings li { margin: 3px 0; padding: 3px 8px; border-radius: 4px; background: #f9fafb; border-left: 3px solid var(--line); }
ul.findings li.error { border-left-color: var(--error); background: #fef2f2; }
ul.findings li.warning { border-left-color: var(--warning); background: #fffbeb; }
ul.findings li.info { border-left-color: var(--info); background: #eff6ff; }
ul.findings code { font-weight: 600; margin-right: 6px; }
.loose { margin-top: 18px; }
p.previous { margin: 6px 0 0; color: var(--muted); font-size: 15px; line-height: 1.7; }
p.previous .label { font: 11px/1 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .05em; margin-left: 6px; }
p.previous del { color: var(--error); text-decoration-thickness: 1.5px; }
p.note { margin: 6px 0 0; color: var(--muted); font: 12.5px/1.45 system-ui, sans-serif; white-space: pre-line; }
footer { margin-top: 24px; color: var(--muted); font-size: 12px; }
@media (max-width: 800px) { .columns { grid-template-columns: 36px 1fr; } .ar { grid-column: 2; border-left: 0; } }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { background: #fff; font-size: 10.5pt; }
  .page { max-width: none; padding: 0; }
  .colhead { position: static; background: #fff; color: var(--ink); border-bottom: 1.5px solid var(--ink); }
  .card { border-color: #bbb; }
  .unit > div { break-inside: avoid; }
  mark.term, .bar span, .dot, ul.findings li { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
"""

PAGE = Template("""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tarjuman">
<title>Review: $article ($language)</title>
<style>$css</style>
</head>
<body>
<div class="page">
<header class="top">
<div><div class="kicker">Bilingual review · Arabic → $language_name</div><h1>$article</h1></div>
<div class="files">source <code>$seed_path</code><br>translation <code>$po_path</code>$revision</div>
</header>
<section class="summary" aria-label="Summary">
$progress_card
$findings_card
$terms_card
</section>
$legend
$loose_findings
<main class="columns" aria-label="Article">
<div class="colhead">#</div>
<div class="colhead en-head">$language_name</div>
<div class="colhead ar-head" dir="rtl" lang="ar">العربية</div>
$paragraphs
</main>
<footer>
Highlighted: glossary terms, in the same colour in both columns; hover over one for its
approved renderings. Red wavy underline: a forbidden rendering. Bar left of a unit: red, a
finding of severity error; amber, fuzzy; grey, untranslated. Numbers link to the unit; hover
over one for its line in the PO file.
</footer>
</div>
</body>
</html>
""")

PROGRESS_CARD = Template("""<div class="card progress"><h2>Progress</h2>
<div class="big">$percent%</div>
<div class="bar" role="img" aria-label="$done of $total units translated">$bar</div>
<ul class="counts">$counts</ul></div>""")

FINDINGS_CARD = Template("""<div class="card findings-summary"><h2>check-glossary findings</h2>
<div class="big">$total</div>
<ul class="counts">$counts</ul></div>""")

TERMS_CARD = Template("""<div class="card terms-summary"><h2>Glossary terms</h2>
<div class="big">$count</div>
<ul class="counts"><li>in $occurrences of $total units</li><li>$forbidden forbidden renderings used</li></ul></div>""")

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
SEVERITY_COUNT = Template('<li><span class="sev $severity">$count</span> $severity</li>')
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

LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "de": "German"}


def render(review: Review) -> str:
    """The complete HTML page for ``review``."""
    name = LANGUAGE_NAMES.get(review.language, review.language)
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
    return PROGRESS_CARD.substitute(
        percent=int(review.progress * 100),
        done=states["translated"],
        total=total,
        bar=bar,
        counts=counts,
    )


def findings_card(review: Review) -> str:
    counts = review.severities
    items = "".join(
        SEVERITY_COUNT.substitute(severity=severity.label, count=count)
        for severity, count in counts.items()
    )
    return FINDINGS_CARD.substitute(total=sum(counts.values()), counts=items)


def terms_card(review: Review) -> str:
    with_terms = sum(1 for row in review.rows if row.arabic_marks)
    forbidden = sum(1 for row in review.rows for mark in row.english_marks if mark.forbidden)
    return TERMS_CARD.substitute(
        count=len(review.terms), occurrences=with_terms, total=len(review.rows), forbidden=forbidden
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
        note=NOTE.substitute(note=escape(row.note)) if row.note else "",
        findings=finding_list(row.findings) if row.findings else "",
        arabic=highlighted(row.arabic, row.arabic_marks),
        previous=previous_source(row),
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
