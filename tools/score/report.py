"""Formatting a :class:`~tools.score.run.ScoreReport`: text or JSON, nothing else.

The sacrebleu lines of the text output are produced by sacrebleu's own
``Score.format`` and are byte-identical to ``sacrebleu -f text -w WIDTH``;
the sacrebleu objects of the JSON output are the objects ``sacrebleu -f
json`` prints. Our terminology figures are rounded to the same width.
Reports of left-out units (:func:`gap_lines`) go to stderr, so stdout stays
machine-readable.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from tools.score.run import ScoreReport, SegmentRow
from tools.score.standard import BOOTSTRAP_SAMPLES, SEED, SIGNIFICANCE
from tools.score.terms import TERM_WEIGHT, WINDOWS, TermScores
from tools.untrusted import json_document

#: How many left-out units a message names before "...".
SHOWN_UNITS = 3
CITATION = (
    "Alam et al. (2021), On the Evaluation of Machine Translation for Terminology Consistency"
)


def _number(value: float | None, width: int) -> str:
    return "n/a" if value is None else f"{value:.{width}f}"


def _rounded(value: float | None, width: int) -> float | None:
    return None if value is None else float(f"{value:.{width}f}")


def gap_lines(report: ScoreReport) -> list[str]:
    """One line per group of left-out or emptied units: file, count, reason, first few."""
    lines = []
    gaps = report.corpus.gaps + (report.compared.gaps if report.compared is not None else ())
    for gap in gaps:
        shown = "; ".join(gap.keys[:SHOWN_UNITS])
        more = f"; ... ({len(gap.keys) - SHOWN_UNITS} more)" if len(gap.keys) > SHOWN_UNITS else ""
        units = "unit" if len(gap.keys) == 1 else "units"
        lines.append(f"{gap.path}: {len(gap.keys)} {units} {gap.reason}: {shown}{more}")
    if report.terms_skipped:
        lines.append(f"terminology metrics not computed: {report.terms_skipped}")
    return lines


# --------------------------------------------------------------------------- text


def _term_lines(terms: TermScores, paths: tuple[str, ...], width: int) -> list[str]:
    lines = [f"Terminology ({CITATION}; glossary: {', '.join(paths)}, {terms.glossary_terms} terms):"]
    lines.append(
        f"  term exact-match accuracy = {_number(terms.exact_match, width)} "
        f"({terms.found}/{terms.expected} term occurrences)"
    )
    for size in WINDOWS:
        lines.append(f"  window overlap, window {size} = {_number(terms.window[size], width)}")
    lines.append(f"  1 - TERm (term words weigh {TERM_WEIGHT:g}) = {_number(terms.one_minus_term, width)}")
    return lines


def _segment_table(report: ScoreReport, width: int) -> list[str]:
    names = [s.name for s in report.standard]
    with_terms = report.terms is not None
    header = ["segment", "line", *names, *(["terms", "missing terms"] if with_terms else [])]
    body = [_segment_cells(row, report, width)[: len(header)] for row in report.rows or []]
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
    right = set(range(1, 2 + len(names) + 1))  # numbers are right-aligned
    out = []
    for cells in [header, *body]:
        padded = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))]
        out.append("  ".join(padded).rstrip())
    return out


def _segment_cells(row: SegmentRow, report: ScoreReport, width: int) -> list[str]:
    terms = "" if row.terms_expected is None else f"{row.terms_found}/{row.terms_expected}"
    key = row.key if len(row.key) <= 40 else row.key[:37] + "..."
    return [
        key,
        "-" if row.line is None else str(row.line),
        *(f"{row.scores[s.metric]:.{width}f}" for s in report.standard),
        terms,
        ", ".join(row.missing),
    ]


def _comparison_lines(report: ScoreReport, width: int) -> list[str]:
    assert report.compared is not None  # called only when there is a comparison
    lines = [
        f"Paired bootstrap resampling (sacrebleu --paired-bs, {BOOTSTRAP_SAMPLES} resamples, "
        f"seed {SEED}): {report.corpus.hypothesis_path} (baseline) vs {report.compared.hypothesis_path}"
    ]
    for c in report.comparison or []:
        verdict = "significant" if c.significant else "not significant"
        lines.append(
            f"  {c.name:<8} {c.baseline:.{width}f} -> {c.system:.{width}f}  "
            f"p = {c.p_value:.4f}  {verdict} (p < {SIGNIFICANCE} needed)"
        )
    return lines


def _aligned_on_equals(lines: list[str]) -> list[str]:
    """Right-align the part before " = ", as the sacrebleu command prints several metrics."""
    cut = [line.index("=") - 1 for line in lines]
    widest = max(cut)
    return [line[:c].rjust(widest) + line[c:] for c, line in zip(cut, lines)]


def render_text(report: ScoreReport, width: int) -> str:
    lines = _aligned_on_equals([s.raw.format(width=width, signature=s.signature) for s in report.standard])
    if report.terms is not None:
        lines += _term_lines(report.terms, report.glossary_paths, width)
    if report.rows is not None:
        lines += ["", *_segment_table(report, width)]
    if report.comparison is not None:
        lines += ["", *_comparison_lines(report, width)]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- json


def _terms_json(terms: TermScores | None, report: ScoreReport, width: int) -> dict[str, Any] | None:
    if terms is None:
        return None
    return {
        "citation": CITATION,
        "glossary": list(report.glossary_paths),
        "glossary_terms": terms.glossary_terms,
        "exact_match": _rounded(terms.exact_match, width),
        "found": terms.found,
        "expected": terms.expected,
        "window_overlap": {str(size): _rounded(terms.window[size], width) for size in WINDOWS},
        "one_minus_term": _rounded(terms.one_minus_term, width),
        "term_weight": TERM_WEIGHT,
    }


def _row_json(row: SegmentRow, width: int) -> dict[str, Any]:
    return {
        "segment": row.key,
        "line": row.line,
        "scores": {k: _rounded(v, width) for k, v in row.scores.items()},
        "terms_found": row.terms_found,
        "terms_expected": row.terms_expected,
        "missing_terms": list(row.missing),
        "window_overlap": None if row.window is None else {
            str(size): _rounded(None if value is None else 100 * value, width) for size, value in row.window.items()
        },
        "one_minus_term": None if row.term_ter is None else _rounded(100 * (1 - row.term_ter), width),
    }


def _comparison_json(report: ScoreReport, width: int) -> dict[str, Any] | None:
    if report.comparison is None or report.compared is None:
        return None
    return {
        "baseline": report.corpus.hypothesis_path,
        "system": report.compared.hypothesis_path,
        "test": "paired bootstrap resampling",
        "resamples": BOOTSTRAP_SAMPLES,
        "seed": int(SEED),
        "threshold": SIGNIFICANCE,
        "metrics": [
            {
                "name": c.name,
                "signature": c.signature,
                "baseline": _rounded(c.baseline, width),
                "system": _rounded(c.system, width),
                "p_value": round(c.p_value, 4),
                "significant": c.significant,
            }
            for c in report.comparison
        ],
    }


def render_json(report: ScoreReport, width: int) -> str:
    corpus = report.corpus
    data: dict[str, Any] = {
        "hypothesis": corpus.hypothesis_path,
        "references": list(corpus.reference_paths),
        "segments": len(corpus.segments),
        "scores": [json.loads(s.raw.format(width=width, signature=s.signature, is_json=True)) for s in report.standard],
        "terminology": _terms_json(report.terms, report, width),
        "terminology_skipped": report.terms_skipped,
        "left_out": [
            {"path": g.path, "reason": g.reason, "count": len(g.keys), "units": list(g.keys)}
            for g in corpus.gaps + (report.compared.gaps if report.compared is not None else ())
        ],
    }
    if report.rows is not None:
        data["per_segment"] = [_row_json(r, width) for r in report.rows]
    if report.comparison is not None:
        data["comparison"] = _comparison_json(report, width)
    return json_document(data, indent=1)


#: Output formats of ``tools score --format``.
FORMATTERS: dict[str, Callable[[ScoreReport, int], str]] = {
    "text": render_text,
    "json": render_json,
}
