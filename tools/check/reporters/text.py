"""The human report: ``path:line: severity code: message``, grouped by file.

Editors and terminals turn ``path:line:`` into a link. Files are separated by
a blank line; a summary line closes the report. Colour is used only when the
command line says so (a terminal, and ``NO_COLOR`` unset).
"""

from __future__ import annotations

from itertools import groupby

import click

from tools.check.engine import RunResult
from tools.check.reporters.base import ReportOptions, plural
from tools.check.findings import Finding, Severity
from tools.untrusted import one_line

COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _line(finding: Finding, color: bool) -> str:
    label = finding.severity.label
    if color:
        label = click.style(label, fg=COLORS[finding.severity], bold=True)
    return f"{one_line(finding.path)}:{finding.line}: {label} {finding.code}: {one_line(finding.message)}"


def summary_line(result: RunResult) -> str:
    """``3 problems (1 error, 2 warnings, 0 info) in 2 files; 1 suppressed``."""
    counts = ", ".join(plural(result.count(s), s.label) for s in sorted(Severity, reverse=True))
    files = plural(len(result.files), "file")
    glossaries = plural(len(result.glossaries), "glossary file")
    head = (
        f"{plural(len(result.findings), 'problem')} ({counts})"
        if result.findings
        else "no problems"
    )
    extras = [
        f"{result.suppressed} suppressed" if result.suppressed else "",
        f"{result.baselined} in the baseline" if result.baselined else "",
    ]
    tail = "".join(f"; {extra}" for extra in extras if extra)
    return f"{head} in {files} and {glossaries}{tail}"


def render(result: RunResult, options: ReportOptions) -> str:
    blocks = [
        "\n".join(_line(f, options.color) for f in group)
        for _, group in groupby(result.findings, key=lambda f: f.path)
    ]
    blocks.append(summary_line(result))
    return "\n\n".join(blocks) + "\n"
