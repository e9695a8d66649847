"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure).

One ``<testcase>`` per file checked (translations and glossaries). A file
fails when it has findings at or above ``--fail-on``; the ``<failure>``
lists them, one per line, as the text report does. Findings below the
threshold go to ``<system-out>`` so they are visible without failing.
File names and messages are kept on one line and free of the characters XML
forbids (:mod:`tools.untrusted`), so every parser reads the report.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from tools.check.engine import RunResult
from tools.check.reporters.base import ReportOptions, plural
from tools.check.findings import Finding
from tools.untrusted import one_line, xml_text

SUITE = "tarjuman check-glossary"


def _line(finding: Finding) -> str:
    return f"{one_line(finding.path)}:{finding.line}: {finding.severity.label} {finding.code}: {one_line(finding.message)}"


def render(result: RunResult, options: ReportOptions) -> str:
    failing = set(map(id, result.failing(options.fail_on)))
    files = list(dict.fromkeys([*result.glossaries, *result.files]))
    by_file: dict[str, list[Finding]] = {path: [] for path in files}
    for finding in result.findings:
        by_file.setdefault(finding.path, []).append(finding)
    suite = ET.Element("testsuite", name=SUITE, tests=str(len(by_file)))
    failures = 0
    for path, findings in by_file.items():
        case = ET.SubElement(suite, "testcase", classname=SUITE, name=xml_text(one_line(path)))
        bad = [f for f in findings if id(f) in failing]
        if bad:
            failures += 1
            failure = ET.SubElement(
                case, "failure", type=bad[0].code, message=plural(len(bad), "problem")
            )
            failure.text = xml_text("\n".join(_line(f) for f in bad))
        rest = [f for f in findings if id(f) not in failing]
        if rest:
            ET.SubElement(case, "system-out").text = xml_text("\n".join(_line(f) for f in rest))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    root = ET.Element("testsuites", name=SUITE, tests=suite.get("tests", "0"), failures=str(failures))
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
