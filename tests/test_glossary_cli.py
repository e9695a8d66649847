"""``tools glossary find`` and ``tools glossary lint``: output (golden files) and exit status.

Set ``UPDATE_GOLDEN=1`` to rewrite the golden files after an intended change,
then review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import GLOSSARY_ONLY, build_project
from tools.cli import cli
from tools.cli.glossary_cmd import SUBCOMMANDS

DATA = Path(__file__).parent / "data" / "glossary"
GOLDEN = Path(__file__).parent / "golden" / "glossary"
#: Seed article, sentence 1 (Homepress), with its terms written as in the article.
SEED_SENTENCE = (
    "استقبل عبد اللطيف حموشي، المدير العام للأمن الوطني و لمراقبة التراب الوطني، يومه الأربعاء، "
    "نائب الأميرال إدوارد ألغرين، المستشار العسكري الرئيسي البريطاني للشرق الأوسط و شمال إفريقيا، "
    "الذي يجري زيارة عمل للمملكة المغربية."
)


def assert_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    assert text == path.read_text("utf-8")


@pytest.fixture
def in_data(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from the fixture folder so that paths in the output are short and stable."""
    monkeypatch.chdir(DATA)
    return DATA


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def test_find_text(in_data: Path) -> None:
    result = run("glossary", "find", SEED_SENTENCE, "--glossary", "terms.po")
    assert result.exit_code == 0
    assert_golden("find.txt", result.output)


def test_find_json(in_data: Path) -> None:
    result = run("glossary", "find", SEED_SENTENCE, "--glossary", "terms.po", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert all(SEED_SENTENCE[m["start"] : m["end"]] == m["text"] for m in data)
    assert_golden("find.json", result.output)


def test_find_reads_standard_input(in_data: Path) -> None:
    result = run("glossary", "find", "-", "--glossary", "terms.po", stdin="وبالرباط")
    assert result.output.startswith("2-8: الرباط -> الرباط [place]\n")


def test_find_with_several_glossaries(in_data: Path) -> None:
    args = ["glossary", "find", "الأنتربول بالرباط", "--format", "json"]
    result = run(*args, "--glossary", "terms.po", "--glossary", "weblate.po")
    (interpol, rabat) = json.loads(result.output)
    assert interpol["approved"][0]["text"] == "INTERPOL"
    assert [r["path"] for r in rabat["approved"]] == ["tests/data/glossary/terms.po", "tests/data/glossary/weblate.po"]  # relative to the project root


def test_find_nothing(in_data: Path) -> None:
    result = run("glossary", "find", "لا شيء هنا", "--glossary", "terms.po")
    assert (result.exit_code, result.output) == (0, "no glossary terms found\n")


def test_find_uses_the_project_glossary_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_project(tmp_path, pyproject='[tool.tarjuman]\nglossary = ["terms"]\n', files={"terms/ar-en.po": DATA / "terms.po"}, folders=("sub",))
    monkeypatch.chdir(tmp_path / "sub")
    result = run("glossary", "find", "بالرباط", "--format", "json")
    assert json.loads(result.output)[0]["path"] == "terms/ar-en.po"  # relative to the project root, not to the current directory


def test_lint_reports_every_finding_and_fails_on_errors(in_data: Path) -> None:
    result = run("glossary", "lint", "--glossary", "lint.po", "--glossary", "lint-other.po")
    assert result.exit_code == 1
    assert_golden("lint.txt", result.output)


def test_lint_json(in_data: Path) -> None:
    result = run("glossary", "lint", "--glossary", "lint.po", "--format", "json")
    assert result.exit_code == 1
    codes = [f["code"] for f in json.loads(result.output)]
    assert "glossary-empty" in codes and all(c.startswith("glossary-") for c in codes)


def test_lint_passes_with_only_infos(in_data: Path, tmp_path: Path) -> None:
    fuzzy_only = tmp_path / "fuzzy.po"
    fuzzy_only.write_text('#, fuzzy\nmsgid "بلاغ"\nmsgstr "statement"\n', "utf-8")
    result = run("glossary", "lint", "--glossary", str(fuzzy_only))
    assert result.exit_code == 0
    assert result.output == (
        f"{fuzzy_only}:2: info glossary-fuzzy: fuzzy: 'statement' is not approved yet and is ignored\n"
        "0 terms, 1 problem (0 errors, 0 warnings, 1 info)\n"
    )


def test_lint_of_a_glossary_with_one_info_counts_it(in_data: Path) -> None:
    result = run("glossary", "lint", "--glossary", "terms.po")
    # terms.po has one fuzzy entry and nothing else to report.
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert [line.split(": ")[1] for line in lines[:-1]] == ["info glossary-fuzzy"]
    assert lines[-1].endswith(" terms, 1 problem (0 errors, 0 warnings, 1 info)")


def test_lint_of_a_clean_glossary_says_how_many_terms_and_no_problems(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    (tmp_path / "g.po").write_text('msgid "بلاغ"\nmsgstr "statement"\n\nmsgid "الرباط"\nmsgstr "Rabat"\n', "utf-8")
    result = run("glossary", "lint", "--glossary", "g.po")
    assert result.exit_code == 0
    assert (result.stdout, result.stderr) == ("2 terms, no problems\n", "")


def test_lint_names_glossary_files_relative_to_the_project_root(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    build_project(
        tmp_path, pyproject=GLOSSARY_ONLY, files={"glossary/g.po": '#, fuzzy\nmsgid "بلاغ"\nmsgstr "statement"\n'}, folders=("sub",)
    )
    monkeypatch.chdir(tmp_path / "sub")
    result = run("glossary", "lint")
    assert result.stdout.startswith("glossary/g.po:2: info glossary-fuzzy")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(None, "missing.po: no such glossary file or directory", id="missing_file"),
        pytest.param(b'msgid "x"\nmsgstr "y\n', "missing.po:2: unterminated string", id="syntax_error"),
        pytest.param(b'msgid "\xff"\nmsgstr ""\n', "missing.po:1: not valid UTF-8", id="bad_encoding"),
    ],
)
def test_lint_unreadable_glossary_exits_2(tmp_path, monkeypatch, content, message) -> None:
    monkeypatch.chdir(tmp_path)
    if content is not None:
        (tmp_path / "missing.po").write_bytes(content)
    result = CliRunner().invoke(cli, ["glossary", "lint", "--glossary", "missing.po"])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_subcommands_are_declared_in_one_table() -> None:
    result = run("glossary", "--help")
    for name in SUBCOMMANDS:
        assert f"  {name} " in result.output
