"""``-`` reads standard input wherever a command reads a file.

Standard input is named ``<stdin>`` in findings, reports and errors; it can
be read once, so a second ``-`` in one command is refused (exit 2, one line).
Each test runs the command line in-process with the input given to it.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner, Result

from conftest import Project, ProjectFactory
from tools.cli import cli

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n'
#: A glossary: one approved and one forbidden rendering of a name.
GLOSSARY = HEADER + (
    'msgctxt "person"\nmsgid "عبد اللطيف حموشي"\nmsgstr "Abdellatif Hammouchi"\n\n'
    '#, forbidden\nmsgctxt "person|misspelling"\nmsgid "عبد اللطيف حموشي"\nmsgstr "Abdellatif Hamouchi"\n'
)
#: A translation using the forbidden spelling on line 6 (the msgid line), with the proclitic و attached.
BAD = HEADER + 'msgid "وقال عبد اللطيف حموشي إن"\nmsgstr "And Abdellatif Hamouchi said that"\n'
GOOD = HEADER + 'msgid "وقال عبد اللطيف حموشي إن"\nmsgstr "And Abdellatif Hammouchi said that"\n'
#: Line 7 ends inside quotes.
MALFORMED = HEADER + 'msgid "قال"\nmsgstr "said\n'
SEED = "العنوان\nالجملة الأولى. الجملة الثانية!\n"
XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a" source-language="ar" target-language="en" datatype="plaintext">
    <body>
      <trans-unit id="1"><source>قال</source><target state="translated">said</target></trans-unit>
      <trans-unit id="2"><source>الجملة الأولى.</source></trans-unit>
    </body>
  </file>
</xliff>
"""


@pytest.fixture
def project(make_project: ProjectFactory) -> Project:
    return make_project(files={"glossary/terms.po": GLOSSARY, "translations/a/en.po": GOOD, "seeds/a.txt": SEED})


def run(project: Project, *args: str, stdin: str | bytes) -> Result:
    project.monkeypatch.chdir(project.root)
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def one_error(result: Result) -> str:
    """The single error line of a refused command (exit 2, no traceback)."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_check_glossary_reads_a_po_file_from_stdin_and_names_it(project: Project) -> None:
    result = run(project, "check-glossary", "-", stdin=BAD)
    assert result.exit_code == 1
    assert "<stdin>:6: error forbidden-term:" in result.stdout
    assert run(project, "check-glossary", "-", stdin=GOOD).exit_code == 0


def test_check_glossary_reads_xliff_from_stdin_by_its_content(project: Project) -> None:
    result = run(project, "stats", "-", "--format", "json", stdin=XLIFF)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["files"][0]["path"] == "<stdin>"
    assert json.loads(result.stdout)["total"]["untranslated"]["units"] == 1


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("json", '"path": "<stdin>"'),
        ("github", "::error file=<stdin>,line=6,title=forbidden-term::"),
        ("junit", "&lt;stdin&gt;:6: error forbidden-term"),
        ("text", "<stdin>:6: error forbidden-term"),
    ],
)
def test_every_reporter_names_stdin(project: Project, fmt: str, expected: str) -> None:
    result = run(project, "check-glossary", "-", "--format", fmt, stdin=BAD)
    assert result.exit_code == 1, result.stderr
    assert expected in result.stdout


def test_sarif_names_stdin_with_a_valid_uri_and_its_line(project: Project) -> None:
    result = run(project, "check-glossary", "-", "--format", "sarif", stdin=BAD)
    assert result.exit_code == 1, result.stderr
    located = [
        loc["physicalLocation"]
        for r in json.loads(result.stdout)["runs"][0]["results"]
        if r["ruleId"] == "forbidden-term"
        for loc in r["locations"]
    ]
    assert located and all(p["artifactLocation"]["uri"] == "%3Cstdin%3E" for p in located)
    assert {p["region"]["startLine"] for p in located} == {6}


def test_malformed_po_on_stdin_is_one_line_with_its_line_number(project: Project) -> None:
    for args in (["check-glossary", "-"], ["stats", "-"], ["check-glossary", "--glossary", "-"]):
        line = one_error(run(project, *args, stdin=MALFORMED))
        assert line.startswith("tools: error: <stdin>:7: "), line


def test_malformed_po_on_stdin_still_gives_a_sarif_file(project: Project) -> None:
    result = run(project, "check-glossary", "-", "--format", "sarif", "-o", "out.sarif", stdin=MALFORMED)
    assert one_error(result).startswith("tools: error: <stdin>:7: ")
    sarif = json.loads((project.root / "out.sarif").read_text("utf-8"))
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is False


def test_invalid_utf8_on_stdin_names_stdin_and_the_line(project: Project) -> None:
    line = one_error(run(project, "check-glossary", "-", stdin=HEADER.encode() + b'msgid "\xff"\nmsgstr ""\n'))
    assert line.startswith("tools: error: <stdin>:6: not valid UTF-8"), line


def test_empty_stdin_is_refused(project: Project) -> None:
    assert one_error(run(project, "stats", "-", stdin="")) == "tools: error: <stdin>: standard input is empty"


def test_stats_reads_stdin_beside_files(project: Project) -> None:
    result = run(project, "stats", "translations/a/en.po", "-", stdin=BAD)
    assert result.exit_code == 0, result.stderr
    rows = [line.split()[0] for line in result.stdout.splitlines()]
    assert rows == ["file", "translations/a/en.po", "<stdin>", "total"]


def test_glossary_option_reads_a_glossary_from_stdin(project: Project) -> None:
    project.write("glossary/terms.po", HEADER)  # the configured glossary knows nothing
    assert run(project, "check-glossary", "translations/a/en.po", stdin="").exit_code == 0
    project.write("translations/a/en.po", BAD)
    result = run(project, "check-glossary", "translations/a/en.po", "--glossary", "-", stdin=GLOSSARY)
    assert result.exit_code == 1, result.stderr
    assert "translations/a/en.po:6: error forbidden-term:" in result.stdout
    assert "1 glossary file" in result.stdout


def test_glossary_problems_on_stdin_are_named_stdin(project: Project) -> None:
    # An entry with an empty msgstr is a lint finding of the glossary itself.
    empty = GLOSSARY + '\nmsgid "وزير"\nmsgstr ""\n'
    result = run(project, "check-glossary", "translations/a/en.po", "--glossary", "-", "--format", "json", stdin=empty)
    found = {(f["path"], f["line"], f["code"]) for f in json.loads(result.stdout)["findings"]}
    assert ("<stdin>", 15, "glossary-empty") in found, result.stdout


def test_glossary_find_uses_a_glossary_from_stdin(project: Project) -> None:
    result = run(project, "glossary", "find", "وقال عبد اللطيف حموشي", "--glossary", "-", stdin=GLOSSARY)
    assert result.exit_code == 0, result.stderr
    assert "Abdellatif Hammouchi" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["check-glossary", "-", "--glossary", "-"],
        ["check-glossary", "-", "-"],
        ["stats", "-", "-"],
        ["score", "-", "--ref", "-"],
        ["glossary", "find", "-", "--glossary", "-"],
    ],
)
def test_two_stdin_arguments_are_refused(project: Project, args: list[str]) -> None:
    line = one_error(run(project, *args, stdin=GLOSSARY))
    assert line == "tools: error: <stdin>: standard input can be read only once: give - for one file only"


def test_segment_lines_from_stdin(project: Project) -> None:
    result = run(project, "segment", "-", "--format", "lines", stdin=SEED)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "العنوان\n\nالجملة الأولى.\nالجملة الثانية!\n"


def test_segment_from_stdin_writes_a_template_given_by_o(project: Project) -> None:
    result = run(project, "segment", "-", "-o", "b.pot", stdin=SEED)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "wrote b.pot: 3 units\n"
    template = project.read("b.pot")
    assert "#: <stdin>:2" in template and '"Project-Id-Version: b\\n"' in template


def test_segment_from_stdin_without_a_name_is_refused(project: Project) -> None:
    line = one_error(run(project, "segment", "-", stdin=SEED))
    assert line == (
        "tools: error: <stdin>: an article on standard input has no name: give -o FILE.pot or --format lines"
    )
    assert not (project.root / "translations" / "-").exists()


def test_segment_names_stdin_in_its_errors(project: Project) -> None:
    line = one_error(run(project, "segment", "-", "--format", "lines", stdin="قال\x00 لا.\n"))
    assert line.startswith("tools: error: <stdin>:1"), line


def test_score_reads_the_reference_from_stdin(project: Project) -> None:
    project.write("hyp.txt", "the cat sat on the mat\n")
    result = run(project, "score", "hyp.txt", "--ref", "-", "--format", "json", stdin="the cat sat on the mat\n")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["scores"][0]["score"] == pytest.approx(100.0)


def test_score_po_hypothesis_against_a_reference_on_stdin_counts_lines(project: Project) -> None:
    line = one_error(run(project, "score", "translations/a/en.po", "--ref", "-", stdin="one\ntwo\n"))
    assert line.startswith("tools: error: <stdin>: has 2 lines but translations/a/en.po has "), line


def test_stdin_is_refused_over_the_size_cap(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tools.fileio.MAX_INPUT_BYTES", 10)
    line = one_error(run(project, "stats", "-", stdin=GOOD))
    assert line.startswith("tools: error: <stdin>: standard input is larger than"), line


def test_xliff_root_tells_xliff_from_tmx_on_stdin() -> None:
    from tools.units.readers import sniff

    assert sniff(b"\xef\xbb\xbf  " + XLIFF.encode()).format == "xliff"
    assert sniff(b'<?xml version="1.0"?>\n<tmx version="1.4"></tmx>').format == "tmx"
    assert sniff(GOOD.encode()).format == "po"
    assert ET.fromstring(XLIFF.split("\n", 1)[1]) is not None
