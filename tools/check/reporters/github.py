"""GitHub Actions workflow commands: one annotation per finding.

``::error file=path,line=12,title=missing-term::message``. GitHub shows them
on the pull request's diff. Values are escaped as the runner expects (``%``,
CR and LF everywhere; also ``:`` and ``,`` inside properties). ``info`` maps
to ``notice``. A plain summary line follows for the log.
"""

from __future__ import annotations

from tools.check.engine import RunResult
from tools.check.reporters.base import ReportOptions
from tools.check.reporters.text import summary_line
from tools.check.findings import Finding, Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    properties = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in (("file", finding.path), ("line", finding.line), ("title", finding.code))
    )
    return f"::{COMMANDS[finding.severity]} {properties}::{escape_data(finding.message)}"


def render(result: RunResult, options: ReportOptions) -> str:
    lines = [annotation(finding) for finding in result.findings]
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"
