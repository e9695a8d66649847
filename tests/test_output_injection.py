"""No untrusted string can forge a line of a CI log, in any output format of any command.

GitHub's runner executes every stdout line that starts with ``::`` (leading
spaces ignored) as a workflow command. The payloads go where anyone can put
them in a pull request: a glossary rendering, a translation, an article's
folder name. Every command that shows them must keep each on its line, and
only the GitHub reporter may write ``::`` commands (its data escaped per
GitHub's rules). JUnit reports must parse; SARIF URIs must be percent-encoded.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from urllib.parse import unquote

import polib
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tools.check.reporters.github import escape_data, escape_property
from tools.cli import cli

TERM = "السفير"
SENTENCE = "استقبل المدير العام السفير البريطاني بالرباط."
#: Everything a runner or a terminal could take as the start of a new line, and the command marker.
TRICKS = ["::", "::error file=README.md,line=1::forged", "\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d",
          "\x1e", "\x85", "\u2028", "\u2029", "\x1b[2J", "%", ",", ":", " ", "\t", "%0A"]
payloads = st.lists(st.one_of(st.sampled_from(TRICKS), st.text(max_size=4)), min_size=1, max_size=6).map("".join)
names = payloads.map(lambda s: s.replace("/", "_").replace("\x00", "_")).filter(
    lambda s: s not in ("", ".", "..") and len(s.encode("utf-8", "surrogatepass")) < 200
    and not any(0xD800 <= ord(c) <= 0xDFFF for c in s)
)
#: A line the GitHub reporter writes on purpose: command, escaped properties, escaped data.
GITHUB_LINE = re.compile(r"::(error|warning|notice) file=[^\r\n:,]*,line=\d+,title=[a-z-]+::[^\r\n]*")
COMMANDS = [
    ["check-glossary", "--format", "text"],
    ["check-glossary", "--format", "json"],
    ["check-glossary", "--format", "sarif"],
    ["check-glossary", "--format", "junit"],
    ["check-glossary", "--format", "github"],
    ["glossary", "find", SENTENCE],
    ["glossary", "lint"],
    ["stats"],
]


def po_text(entries: list[tuple[str, str]], fuzzy: bool = False) -> str:
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en",
                   "Plural-Forms": "nplurals=2; plural=(n != 1);"}
    for msgid, msgstr in entries:
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr, flags=["fuzzy"] if fuzzy else []))
    return str(po) + "\n"


def project(root: Path, rendering: str, translation: str, folder: str) -> None:
    (root / "pyproject.toml").write_text("[tool.tarjuman]\n", encoding="utf-8")
    (root / "glossary").mkdir()
    (root / "glossary" / "ar-en.po").write_text(po_text([(TERM, rendering), ("البلاغ", "the statement")]), "utf-8")
    article = root / "translations" / folder
    article.mkdir(parents=True)
    (article / "en.po").write_text(po_text([(SENTENCE, translation)]), "utf-8")


def lines(text: str) -> list[str]:
    """Lines as any reader may split them: str.splitlines knows every Unicode line break."""
    return text.splitlines()


def check_output(args: list[str], stdout: str, stderr: str) -> None:
    github = args[-1] == "github"
    for line in lines(stderr) + ([] if github else lines(stdout)):
        assert not line.lstrip().startswith("::"), (args, line)
    if github:
        for line in stdout.split("\n"):
            if line.lstrip().startswith("::"):
                assert GITHUB_LINE.fullmatch(line), line
    if args[-1] == "junit" and stdout:
        etree.fromstring(stdout.encode("utf-8"))
    if args[-1] == "sarif" and stdout:
        for run in json.loads(stdout)["runs"]:
            for result in run["results"]:
                location = result["locations"][0]["physicalLocation"]["artifactLocation"]
                assert re.fullmatch(r"[A-Za-z0-9\-._~/%]*", location["uri"]), location["uri"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rendering=payloads, translation=payloads, folder=names)
def test_no_output_line_starts_with_a_workflow_command_unless_the_github_reporter_wrote_it(
    rendering: str, translation: str, folder: str
) -> None:
    with tempfile.TemporaryDirectory() as directory, pytest.MonkeyPatch.context() as patch:
        root = Path(directory)
        try:
            project(root, rendering, translation, folder)
        except OSError:  # a name this file system refuses
            return
        patch.chdir(root)
        for args in COMMANDS:
            result = CliRunner().invoke(cli, args, catch_exceptions=False)
            check_output(args, result.stdout, result.stderr)


@pytest.mark.parametrize(
    ("args", "field"),
    [(["check-glossary", "--format", "text"], "rendering"), (["glossary", "find", SENTENCE], "rendering"),
     (["check-glossary", "--format", "text"], "folder"), (["check-glossary", "--format", "junit"], "folder"),
     (["stats"], "folder"), (["check-glossary", "--format", "sarif"], "folder")],
)
def test_forged_annotation_in_a_rendering_or_a_file_name_stays_on_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], field: str
) -> None:
    forged = "x\n::error file=README.md,line=1::forged\x1b\x01"
    values = {"rendering": "ambassador", "translation": "He met the envoy.", "folder": "article"}
    values[field] = forged
    project(tmp_path, values["rendering"], values["translation"], values["folder"])
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert "forged" in result.output  # shown, but on its line
    check_output(args, result.stdout, result.stderr)


def test_sarif_uri_is_percent_encoded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project(tmp_path, "ambassador", "He met the envoy.", "x#y%z é")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check-glossary", "--format", "sarif"], catch_exceptions=False)
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in json.loads(result.stdout)["runs"][0]["results"]]
    assert "translations/x%23y%25z%20%C3%A9/en.po" in uris
    assert unquote(uris[0]) == "translations/x#y%z é/en.po"


def test_junit_report_with_control_characters_parses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project(tmp_path, "amb\x01ass\x1bador\x0b\ufffe", "He met the envoy.", "art\x02icle")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check-glossary", "--format", "junit"], catch_exceptions=False)
    tree = etree.fromstring(result.stdout.encode("utf-8"))
    assert "amb\\x01ass\\x1bador" in etree.tostring(tree, encoding="unicode")


@pytest.mark.parametrize("text", ["a%b", "a\r\nb", "::x", "a:b,c", "%0A"])
def test_github_escapes_follow_the_runner_rules(text: str) -> None:
    assert "\n" not in escape_data(text) and "\r" not in escape_data(text)
    assert unquote(escape_data(text)) == text
    assert ":" not in escape_property(text) and "," not in escape_property(text)
    assert unquote(escape_property(text)) == text


@pytest.mark.parametrize("args", [["stats"], ["compile"]])
def test_discovered_file_names_with_line_breaks_stay_on_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    project(tmp_path, "ambassador", "He met the envoy.", "x\nREADME.md:1: error missing-term: forged")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert not any(line.startswith("README.md:1") for line in result.output.splitlines()), result.output


@pytest.mark.parametrize(
    "args",
    [["glossary", "find", SENTENCE, "--format", "json"], ["glossary", "lint", "--format", "json"],
     ["glossary", "list", "--format", "json"], ["stats", "--format", "json"],
     ["check-glossary", "--format", "json"]],
)
@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_json_outputs_escape_unicode_line_breaks_so_the_line_guard_never_lands_in_a_string(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], separator: str
) -> None:
    forged = f"ambassador{separator}::error file=README.md,line=1::forged"
    project(tmp_path, forged, "He met the envoy.", f"art{separator}::icle")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    json.loads(result.stdout)  # a backslash put inside a string would break the document
    assert separator not in result.stdout
    check_output(args, result.stdout, result.stderr)
