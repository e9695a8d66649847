"""Status lines (what a command wrote or would write) go to standard error, results (what was
asked for) to standard output, for every command; paths are relative to the project root."""

from __future__ import annotations

import pytest

from conftest import REPO, Project, ProjectFactory

ARTICLE = "hammouchi-ahlgren"
EN = f"translations/{ARTICLE}/en.po"
TRANSLATION = REPO / "tests" / "data" / "check" / "article.po"


@pytest.fixture
def project(make_project: ProjectFactory) -> Project:
    made = make_project(seeds=[ARTICLE], copy=["glossary"], files={EN: TRANSLATION.read_bytes()})
    assert made.run("update").exit_code == 0
    return made


#: Commands that write files, run from seeds/: nothing on stdout, a status line per file on
#: stderr naming it relative to the project root.
WRITERS = [
    (("update", ARTICLE), f"unchanged {EN}"),
    (("segment", f"{ARTICLE}.txt"), f"unchanged translations/{ARTICLE}/{ARTICLE}.pot"),
    (("compile", ARTICLE), f"wrote translations/{ARTICLE}/en.mo: 8 messages"),
    (("build", ARTICLE, "-o", "out.txt"), "wrote seeds/out.txt"),
    (("report", ARTICLE, "-o", "review.html"), "wrote: seeds/review.html"),
    (("pretranslate", ARTICLE), f"unchanged: {EN}"),
    (("glossary", "export", "--format", "csv", "-o", "g.csv"), "wrote seeds/g.csv"),
    (("check-glossary", "--baseline", "b.json", "--write-baseline"), "seeds/b.json: recorded"),
]


@pytest.mark.parametrize(("args", "status"), WRITERS, ids=[" ".join(a[:2]) for a, _ in WRITERS])
def test_status_lines_go_to_stderr(project: Project, args: tuple[str, ...], status: str) -> None:
    result = project.run(*args, cwd=project.path("seeds"))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert status in result.stderr


#: Commands that answer a question: the answer on stdout, nothing on stderr.
READERS = [
    ("build", ARTICLE),
    ("stats",),
    ("check-glossary",),
    ("glossary", "lint"),
    ("glossary", "find", "بلاغ"),
    ("glossary", "export", "--format", "tbx"),
]


@pytest.mark.parametrize("args", READERS, ids=[" ".join(a[:2]) for a in READERS])
def test_results_go_to_stdout(project: Project, args: tuple[str, ...]) -> None:
    result = project.run(*args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()
    assert result.stderr == ""


def test_paths_in_messages_are_relative_to_the_root_from_a_subfolder(project: Project) -> None:
    project.write(EN, project.read(EN) + '\nmsgid "x"\nmsgstr "y"\n\nmsgid "x"\nmsgstr "z"\n')
    for args in (("check-glossary",), ("stats",), ("build", ARTICLE), ("compile",)):
        result = project.run(*args, cwd=project.path("translations"))
        assert result.exit_code == 2, args
        assert result.stderr.startswith(f"tools: error: {EN}:"), (args, result.stderr)
