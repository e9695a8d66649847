"""Every OS or configuration error of every command: one line naming the file, exit status 2.

A traceback ends with exit status 1, which CI reads as "findings"; a user
needs the file to fix. Each case is real (a directory where a file belongs,
a symbolic-link loop, a name longer than the file system allows, a broken
pyproject.toml); disk full and read-only folders, which need a file system
of their own, are in test_errors_disk.py.
"""

from __future__ import annotations

import json

import pytest

from conftest import Project, ProjectFactory

SEED = "استقبل المدير العام السفير البريطاني بالرباط.\n"

#: One invocation of each of the 12 commands, valid in the project below.
COMMANDS = [
    ["segment", "seeds/article.txt"],
    ["update"],
    ["build", "article", "--allow-untranslated"],
    ["compile"],
    ["stats"],
    ["glossary", "find", "السفير"],
    ["glossary", "lint"],
    ["glossary", "export", "--format", "csv"],
    ["glossary", "import", "terms.csv", "-o", "glossary/new.po"],
    ["glossary", "suggest"],
    ["check-glossary"],
    ["score", "hyp.txt", "--ref", "ref.txt"],
    ["report", "article", "-o", "review.html"],
    ["pretranslate", "article"],
]
GLOSSARY = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: en\\n"

msgid "السفير"
msgstr "ambassador"
"""


@pytest.fixture
def project(make_project: ProjectFactory) -> Project:
    project = make_project(
        files={
            "seeds/article.txt": SEED,
            "glossary/ar-en.po": GLOSSARY,
            "terms.csv": "source,target\nالسفير,ambassador\n",
            "hyp.txt": "The director received the ambassador.\n",
            "ref.txt": "The director general received the ambassador.\n",
        }
    )
    assert project.run("update").exit_code == 0
    return project


def assert_one_line_error(result, *needles: str) -> None:  # noqa: ANN001
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("tools: error: ")]
    assert len(lines) == 1 and result.stderr.endswith(lines[0] + "\n"), result.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:2]))
@pytest.mark.parametrize(
    ("pyproject", "needle"),
    [
        ('tool = "x"\n', "pyproject.toml"),
        ('[tool.tarjuman]\ntranslations = "pyproject.toml"\n', "expected a folder"),
        ('[tool.tarjuman]\ntranslation = "translations"\n', "unknown key 'translation'"),
        ('[tool.tarjuman]\nseeds = "../../etc"\n', "outside the project"),
        ('[tool.tarjuman]\nseeds = "se\\u0000eds"\n', "NUL"),
        ('[tool.tarjuman]\nglossary = ["/"]\n', "outside the project"),
    ],
    ids=["tool-not-a-table", "folder-is-a-file", "unknown-key", "folder-outside", "nul", "glossary-outside"],
)
def test_configuration_error_is_one_line_for_every_command(
    project: Project, args: list[str], pyproject: str, needle: str
) -> None:
    project.write("pyproject.toml", pyproject)
    result = project.run(*args)
    assert_one_line_error(result, needle)


@pytest.mark.parametrize(
    ("setup", "args", "needle"),
    [
        ("pot-is-a-directory", ["update"], "article.pot"),
        ("po-is-a-directory", ["stats"], None),  # a folder named en.po is no translation file
        ("symlink-loop", ["stats"], "en.po"),
        ("symlink-loop", ["update"], "en.po"),
        ("symlink-loop", ["check-glossary"], "en.po"),
        ("name-too-long", ["update", "a" * 300], "File name too long"),
        ("name-too-long", ["build", "a" * 300], "File name too long"),
        ("name-too-long", ["segment", "seeds/" + "a" * 300 + ".txt"], "File name too long"),
        ("output-in-missing-folder", ["check-glossary", "-o", "nowhere/x/report.txt"], None),
        ("output-under-a-file", ["glossary", "export", "--format", "csv", "-o", "terms.csv/x.csv"], "terms.csv"),
        ("output-under-a-file", ["check-glossary", "-o", "terms.csv/x.txt"], "terms.csv"),
        ("output-under-a-file", ["report", "article", "-o", "terms.csv/x.html"], "terms.csv"),
        ("output-under-a-file", ["build", "article", "--allow-untranslated", "-o", "terms.csv/x.txt"], "terms.csv"),
    ],
)
def test_os_error_is_one_line_naming_the_file(project: Project, setup: str, args: list[str], needle: str | None) -> None:
    en = project.path("translations/article/en.po")
    if setup == "pot-is-a-directory":
        project.path("translations/article/article.pot").unlink()
        project.path("translations/article/article.pot").mkdir()
    elif setup == "po-is-a-directory":
        en.unlink()
        en.mkdir()
    elif setup == "symlink-loop":
        en.unlink()
        en.symlink_to(en)
    result = project.run(*args)
    if setup == "output-in-missing-folder":  # a new folder is made: not an error at all
        assert result.exit_code in (0, 1), result.output
        return
    assert_one_line_error(result, *([needle] if needle else []))


@pytest.mark.parametrize("baseline", ["../outside.json", "/tmp/outside.json"])
def test_configured_baseline_outside_the_project_is_refused_before_writing(project: Project, baseline: str) -> None:
    project.write("pyproject.toml", f'[tool.tarjuman]\n[tool.tarjuman.check]\nbaseline = "{baseline}"\n')
    result = project.run("check-glossary", "--write-baseline")
    assert_one_line_error(result, "baseline", "outside the project")
    assert not (project.root.parent / "outside.json").exists()


def test_deeply_nested_baseline_is_one_line(project: Project) -> None:
    project.write("baseline.json", "[" * 100_000 + "]" * 100_000)
    result = project.run("check-glossary", "--baseline", "baseline.json")
    assert_one_line_error(result, "baseline.json")


def test_unknown_key_under_the_project_table_is_named_like_those_under_check(project: Project) -> None:
    project.write("pyproject.toml", '[tool.tarjuman]\nglosary = ["glossary"]\n')
    result = project.run("check-glossary")
    assert_one_line_error(result, "pyproject.toml", "[tool.tarjuman] unknown key 'glosary'")
    json.dumps(result.stderr)
