"""Paths stay inside the project, and -o never replaces someone's work without --force.

Article names come from the command line and from seeds/ (anyone's pull
request), so they cannot lead out of translations/. An output given with
-o is the user's explicit choice and may lie anywhere, even outside the
project, but replacing a seed, template, translation, glossary or the
project's pyproject.toml needs --force.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Project, ProjectFactory
from test_errors_one_line import GLOSSARY, SEED, assert_one_line_error


@pytest.fixture
def project(make_project: ProjectFactory) -> Project:
    project = make_project(files={"seeds/article.txt": SEED, "glossary/ar-en.po": GLOSSARY})
    assert project.run("update").exit_code == 0
    po = project.read("translations/article/en.po").replace('msgstr ""\n\n', 'msgstr ""\n\n', 1)
    project.write("translations/article/en.po", po.rstrip("\n").rsplit('msgstr ""', 1)[0] + 'msgstr "Welcome."\n')
    return project


@pytest.mark.parametrize("outside", ["../../../../tmp/outside/victim", "/tmp/outside/victim", "..", "."])
def test_update_of_an_article_outside_the_project_writes_nothing(project: Project, outside: str, tmp_path: Path) -> None:
    before = project.files()
    result = project.run("update", outside)
    assert result.exit_code == 2, result.output
    assert project.files() == before
    assert not Path("/tmp/outside/victim").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["segment", "seeds/article.txt", "-o", "translations/article/en.po"],
        ["segment", "seeds/article.txt", "--format", "lines", "-o", "seeds/article.txt"],
        ["glossary", "export", "--format", "csv", "-o", "glossary/ar-en.po"],
        ["glossary", "suggest", "-o", "glossary/ar-en.po"],
        ["build", "article", "-o", "seeds/article.txt"],
        ["build", "article", "-o", "translations/article/article.pot"],
        ["report", "article", "-o", "translations/article/en.po"],
        ["check-glossary", "-o", "pyproject.toml"],
        ["check-glossary", "-o", "glossary/ar-en.po"],
    ],
    ids=lambda a: " ".join(a),
)
def test_output_never_replaces_work_without_force(project: Project, args: list[str]) -> None:
    before = project.files()
    result = project.run(*args)
    assert_one_line_error(result, args[-1], "--force")
    assert project.files() == before
    forced = project.run(*args, "--force")
    assert forced.exit_code in (0, 1), forced.output


def test_output_outside_the_project_is_an_explicit_choice(project: Project, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "article.txt"
    result = project.run("build", "article", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == "Welcome.\n"


def test_segment_may_rewrite_the_articles_own_template(project: Project) -> None:
    result = project.run("segment", "seeds/article.txt", "-o", "translations/article/article.pot")
    assert result.exit_code == 0, result.output


def test_new_output_files_need_no_force(project: Project) -> None:
    result = project.run("glossary", "export", "--format", "csv", "-o", "exported.csv")
    assert result.exit_code == 0, result.output
    again = project.run("glossary", "export", "--format", "csv", "-o", "exported.csv")
    assert again.exit_code == 0, again.output
