"""``tools segment`` through click, in a throw-away project."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from conftest import REPO, ProjectFactory
from tools.cli import cli
from tools.units.po import load_po

SEED = REPO / "seeds" / "hammouchi-ahlgren.txt"
GOLDEN = REPO / "tests" / "golden" / "hammouchi-ahlgren.pot"

PYPROJECT = """\
[project]
name = "newsroom"

[tool.tarjuman]
seeds = "articles"
translations = "po"
"""


@pytest.fixture
def project(make_project: ProjectFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project whose seeds and translations folders are not the defaults; commands run from its root."""
    project = make_project(pyproject=PYPROJECT, files={f"articles/{SEED.name}": SEED.read_bytes()})
    for default in ("seeds", "translations"):
        project.path(default).rmdir()  # only the configured folders exist
    monkeypatch.chdir(project.root)
    return project.root


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["segment", *args], catch_exceptions=False)


def test_writes_template_under_configured_translations(project: Path) -> None:
    result = run("articles/hammouchi-ahlgren.txt")
    assert result.exit_code == 0, result.output
    pot = project / "po" / "hammouchi-ahlgren" / "hammouchi-ahlgren.pot"
    assert result.stderr == "wrote po/hammouchi-ahlgren/hammouchi-ahlgren.pot: 8 units\n"
    assert result.stdout == ""
    expected = GOLDEN.read_text(encoding="utf-8").replace("seeds/", "articles/")
    assert pot.read_text(encoding="utf-8") == expected


def test_second_run_reports_unchanged(project: Path) -> None:
    run("articles/hammouchi-ahlgren.txt")
    result = run("articles/hammouchi-ahlgren.txt")
    assert result.exit_code == 0
    assert result.stderr == "unchanged po/hammouchi-ahlgren/hammouchi-ahlgren.pot: 8 units\n"


def test_from_a_subfolder_references_stay_relative_to_project_root(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project / "articles")
    result = run("hammouchi-ahlgren.txt")
    assert result.exit_code == 0, result.output
    po = load_po(project / "po" / "hammouchi-ahlgren" / "hammouchi-ahlgren.pot")
    assert po[0].occurrences == [("articles/hammouchi-ahlgren.txt", "2")]


def test_output_option_writes_elsewhere(project: Path) -> None:
    result = run("articles/hammouchi-ahlgren.txt", "-o", "out/template.pot")
    assert result.exit_code == 0, result.output
    assert result.stderr == "wrote out/template.pot: 8 units\n"
    assert len(load_po(project / "out" / "template.pot")) == 8
    assert not (project / "po").exists()


def test_duplicates_are_counted_in_summary(project: Path) -> None:
    (project / "articles" / "d.txt").write_text("شكرا. شكرا.\nمرحبا.", encoding="utf-8")
    result = run("articles/d.txt")
    assert result.stderr == "wrote po/d/d.pot: 3 units (2 distinct)\n"


def test_lines_format_prints_units_with_paragraph_breaks(project: Path) -> None:
    source = project / "articles" / "short.txt"
    source.write_text("\nهسبريس\n\nشكرا. قال الوزير، مرحبا.\nشكرا.\n", encoding="utf-8")
    result = run("articles/short.txt", "--format", "lines")
    assert result.exit_code == 0, result.output
    assert result.stdout == "هسبريس\n\nشكرا.\nقال الوزير، مرحبا.\n\nشكرا.\n"
    assert not (project / "po").exists()


def test_lines_format_of_seed_has_eight_units(project: Path) -> None:
    result = run("articles/hammouchi-ahlgren.txt", "--format", "lines")
    lines = result.stdout.split("\n")
    assert [line for line in lines if line][0] == "هومبريس"
    assert len([line for line in lines if line]) == 8
    assert lines.count("") == 8  # seven paragraph breaks and the final newline


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("absent.txt", None, "no such file"),
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"\n \n", "file is empty"),
        ("invisible.txt", "\u200f\u200b".encode(), "no text to translate"),
        ("latin1.txt", "خبر.\n".encode() + b"caf\xe9", "not valid UTF-8"),
    ],
    ids=["missing", "empty", "blank", "invisible-only", "not-utf8"],
)
@pytest.mark.parametrize("output_format", ["pot", "lines"])
def test_bad_input_exits_2_and_writes_nothing(
    project: Path, name: str, content: bytes | None, message: str, output_format: str
) -> None:
    if content is not None:
        (project / "articles" / name).write_bytes(content)
    result = run(f"articles/{name}", "--format", output_format)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"tools: error: articles/{name}")
    assert message in result.stderr
    assert result.stdout == ""
    assert not (project / "po").exists()


def test_directory_as_source_exits_2(project: Path) -> None:
    result = run("articles")
    assert result.exit_code == 2
    assert "is a directory" in result.stderr


def test_unknown_format_is_a_usage_error(project: Path) -> None:
    result = run("articles/hammouchi-ahlgren.txt", "--format", "xml")
    assert result.exit_code == 2
    assert not (project / "po").exists()


def test_lines_format_with_output_option_writes_the_file(project: Path) -> None:
    (project / "articles" / "s.txt").write_text("عنوان\nجملة. أخرى.", encoding="utf-8")
    result = run("articles/s.txt", "--format", "lines", "-o", "s.lines")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == "wrote s.lines\n"
    assert (project / "s.lines").read_text(encoding="utf-8") == "عنوان\n\nجملة.\nأخرى.\n"
