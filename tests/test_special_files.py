"""Only regular files are read: FIFOs and devices are refused at once, content never leaks.

Each case runs the installed ``tools`` as a real process with a time limit,
so a command that would block on a FIFO or read ``/dev/zero`` until memory
runs out fails the test instead of hanging the suite.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import Project, ProjectFactory
from test_errors_one_line import GLOSSARY, SEED

EN = "translations/article/en.po"
#: Commands that read en.po, as a translator or CI runs them.
READERS = [
    ["stats", EN],
    ["check-glossary", EN],
    ["update"],
    ["build", "article"],
    ["compile", "article"],
    ["pretranslate", "article"],
    ["report", "article", "-o", "review.html"],
]


@pytest.fixture
def project(make_project: ProjectFactory) -> Project:
    project = make_project(files={"seeds/article.txt": SEED, "glossary/ar-en.po": GLOSSARY})
    assert project.run("update").exit_code == 0
    project.path(EN).unlink()
    return project


def run(project: Project, args: list[str]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [str(Path(os.sys.executable).with_name("tools")), *args], cwd=project.root,
            capture_output=True, text=True, timeout=30,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"tools {' '.join(args)} hung")


@pytest.mark.parametrize("args", READERS, ids=lambda a: a[0])
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "dev-null"])
def test_special_file_is_refused_without_hanging(project: Project, args: list[str], kind: str) -> None:
    if kind == "fifo":
        os.mkfifo(project.path(EN))
    else:
        project.path(EN).symlink_to("/dev/zero" if kind == "dev-zero" else "/dev/null")
    result = run(project, args)
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    error = [line for line in result.stderr.splitlines() if line.startswith("tools: error:")]
    assert len(error) == 1, result.stderr
    assert "not a regular file" in error[0] or "not a translation file" in error[0] or "no " in error[0], error[0]
    if args[0] in ("stats", "check-glossary"):  # named on the command line: refused, not skipped
        assert "en.po" in error[0] or "/dev/" in error[0], error[0]


@pytest.mark.parametrize("args", [["stats"], ["check-glossary"], ["compile"], ["pretranslate"]])
def test_fifo_found_in_the_translations_folder_is_refused_not_skipped(project: Project, args: list[str]) -> None:
    """A check that silently skips a translation would let CI pass without checking it."""
    os.mkfifo(project.path(EN))
    result = run(project, args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "en.po: not a regular file" in result.stderr


@pytest.mark.parametrize("args", READERS, ids=lambda a: a[0])
def test_symlink_to_a_system_file_does_not_print_its_content(project: Project, args: list[str]) -> None:
    if not Path("/etc/passwd").is_file():
        pytest.skip("no /etc/passwd here")
    first_line = Path("/etc/passwd").read_text(encoding="utf-8", errors="replace").splitlines()[0]
    project.path(EN).symlink_to("/etc/passwd")
    result = run(project, args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert first_line not in result.stdout + result.stderr
    assert first_line.split(":")[1:3] != [] and ":".join(first_line.split(":")[:3]) not in result.stderr


def test_file_over_the_size_cap_is_refused_with_its_size(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    import tools.fileio

    monkeypatch.setattr(tools.fileio, "MAX_INPUT_BYTES", 1000)
    project.write(EN, "# " + "x" * 2000 + "\n")
    result = project.run("stats", EN)
    assert result.exit_code == 2
    assert "too large (2003 bytes, at most 1000 are read)" in result.stderr
