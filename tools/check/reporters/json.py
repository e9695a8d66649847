"""The JSON report: a stable contract for scripts and dashboards.

``{"version": 1, "findings": [...], "summary": {...}, "files": [...],
"glossaries": [...]}``. Each finding has at least ``path``, ``line`` (the PO
line of the entry's msgid), ``code``, ``severity``, ``message``, ``msgid``,
``msgctxt``, ``term``, ``expected`` (approved renderings) and ``found``;
``summary`` counts findings per severity (``error``, ``warning``, ``info``)
and gives ``total``, ``files``, ``suppressed`` and ``baselined``.
"""

from __future__ import annotations


from tools.check.engine import RunResult
from tools.check.reporters.base import ReportOptions
from tools.untrusted import json_document

VERSION = 1


def render(result: RunResult, options: ReportOptions) -> str:
    document = {
        "version": VERSION,
        "findings": [finding.to_dict() for finding in result.findings],
        "summary": result.summary(),
        "files": list(result.files),
        "glossaries": list(result.glossaries),
    }
    return json_document(document)
