"""SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.

Rules come from the check registry (every check, found or not, so rule
indexes are stable between runs), with its summary and description. Each
result carries the file (relative to ``%SRCROOT%``, the project root), the
line, and a partial fingerprint from :mod:`tools.check.baseline`, so code
scanning tracks a finding across edits as the baseline does.

A run stopped by unreadable input still writes a report (:func:`render_error`):
no results, the error as a tool execution notification and
``executionSuccessful: false``, so an upload step after the check shows the
real error in code scanning instead of failing on a missing file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import PurePosixPath
from urllib.parse import quote

from tools import __version__
from tools.check.baseline import fingerprint
from tools.check.engine import RunResult
from tools.check.registry import Check, all_checks
from tools.errors import EXIT_USAGE, InputError
from tools.check.reporters.base import ReportOptions
from tools.untrusted import json_document
from tools.check.findings import Finding, Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def rule_name(code: str) -> str:
    """``missing-term`` -> ``MissingTerm`` (SARIF rule names are identifiers)."""
    return "".join(part.capitalize() for part in re.split(r"[-_]", code))


def _rule(check: Check) -> dict[str, object]:
    return {
        "id": check.code,
        "name": rule_name(check.code),
        "shortDescription": {"text": check.summary},
        "fullDescription": {"text": check.description},
        "defaultConfiguration": {"level": LEVELS[check.severity]},
    }


def artifact_location(path: str) -> dict[str, str]:
    """Where a file is, as SARIF wants it: a URI reference, percent-encoded (RFC 3986).

    A project path is relative to ``%SRCROOT%``, with every character that is
    not unreserved or ``/`` encoded (``x#y%z/en.po`` -> ``x%23y%25z/en.po``;
    non-ASCII as UTF-8 octets), so a ``#`` does not start a fragment and a
    ``:`` cannot look like a scheme. A file outside the project gets a
    ``file:`` URI.
    """
    if PurePosixPath(path).is_absolute():
        return {"uri": "file://" + quote(path, safe="/")}
    return {"uri": quote(path, safe="/"), "uriBaseId": "%SRCROOT%"}


def _result(finding: Finding, index: dict[str, int]) -> dict[str, object]:
    digest = hashlib.sha256("\x00".join(fingerprint(finding)).encode("utf-8")).hexdigest()
    result: dict[str, object] = {
        "ruleId": finding.code,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact_location(finding.path),
                    "region": {"startLine": finding.line},
                }
            }
        ],
        "partialFingerprints": {"tarjumanFinding/v1": digest},
    }
    if finding.code in index:
        result["ruleIndex"] = index[finding.code]
    return result


def render(result: RunResult, options: ReportOptions) -> str:
    index = {check.code: i for i, check in enumerate(result.checks)}
    results = [_result(finding, index) for finding in result.findings]
    return _document(result.checks, results, {"executionSuccessful": True})


def render_error(error: InputError) -> str:
    """The report of a run that unreadable input stopped: the error, no results."""
    notification: dict[str, object] = {"level": "error", "message": {"text": str(error)}}
    if error.path:
        location: dict[str, object] = {"artifactLocation": artifact_location(error.path)}
        if error.line is not None:
            location["region"] = {"startLine": error.line}
        notification["locations"] = [{"physicalLocation": location}]
    invocation = {"executionSuccessful": False, "exitCode": EXIT_USAGE, "toolExecutionNotifications": [notification]}
    return _document(all_checks(), [], invocation)


def _document(checks: Sequence[Check], results: list[dict[str, object]], invocation: dict[str, object]) -> str:
    document = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "tarjuman",
                        "version": __version__,
                        "rules": [_rule(check) for check in checks],
                    }
                },
                "invocations": [invocation],
                "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "project root"}}},
                "results": results,
            }
        ],
    }
    return json_document(document)
