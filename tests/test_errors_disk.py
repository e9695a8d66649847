"""Disk full and read-only folders, on a real small file system: one line, exit 2, nothing lost.

Each test mounts a tmpfs of its own (which needs the right to mount: root,
as in the project's CI container; elsewhere the tests are skipped, saying
why), copies a project onto it, fills it up or makes it read-only, and runs
every command that writes. Each must fail in one line naming the file, leave
every file as it was, and leave no temporary file behind.
"""

from __future__ import annotations

import errno
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import Project, ProjectFactory
from test_errors_one_line import GLOSSARY, SEED, assert_one_line_error

#: Every command that writes a file, with the changes that make it write.
WRITERS = [
    ("update", ["update"]),
    ("segment", ["segment", "seeds/article.txt"]),
    ("compile", ["compile"]),
    ("build", ["build", "article", "--allow-untranslated", "-o", "out/article.txt"]),
    ("report", ["report", "article", "-o", "out/review.html"]),
    ("export", ["glossary", "export", "--format", "tbx", "-o", "out/glossary.tbx"]),
    ("import", ["glossary", "import", "terms.csv", "-o", "glossary/imported.po"]),
    ("suggest", ["glossary", "suggest", "-o", "out/candidates.po"]),
    ("check-glossary", ["check-glossary", "-o", "out/report.txt"]),
    ("pretranslate", ["pretranslate", "article"]),
]


def mount_tmpfs(folder: Path, size: str) -> None:
    folder.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({result.stderr.strip() or 'mount failed'}); needs root")


@pytest.fixture
def disk_project(make_project: ProjectFactory, tmp_path: Path) -> Iterator[Project]:
    """A project on a 1 MiB tmpfs, with a changed seed so that every writer has something to write."""
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    memory = GLOSSARY.replace('msgid "السفير"\nmsgstr "ambassador"', f'msgid "{SEED.strip()}"\nmsgstr "Welcome."')
    source = make_project(files={"seeds/article.txt": SEED, "glossary/ar-en.po": GLOSSARY,
                                 "terms.csv": "source,target\nالسفير,ambassador\n",
                                 "translations/other/en.po": memory})
    assert source.run("update").exit_code == 0
    source.write("seeds/article.txt", SEED + "وأشار البلاغ إلى أهمية التعاون الأمني بين البلدين.\n")
    disk = tmp_path / "disk"
    mount_tmpfs(disk, "1m")
    try:
        shutil.copytree(source.root, disk / "project", symlinks=True)
        yield Project(disk / "project", source.monkeypatch)
    finally:
        source.monkeypatch.chdir(tmp_path)
        subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(folder: Path) -> None:
    """Write until the file system says it is full."""
    for name, size in (("filler", 4096), ("filler2", 1)):  # the second takes the last bytes
        with open(folder / name, "wb", buffering=0) as handle:
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError as error:
                assert error.errno == errno.ENOSPC


def contents(project: Project) -> dict[str, bytes]:
    return {p.relative_to(project.root).as_posix(): p.read_bytes()
            for p in sorted(project.root.rglob("*")) if p.is_file() and not p.name.startswith("filler")}


@pytest.mark.parametrize(("name", "args"), WRITERS, ids=[w[0] for w in WRITERS])
def test_disk_full_is_one_line_and_loses_nothing(disk_project: Project, name: str, args: list[str]) -> None:
    before = contents(disk_project)
    fill(disk_project.root)
    result = disk_project.run(*args)
    assert_one_line_error(result, "No space left on device")
    assert contents(disk_project) == before


@pytest.mark.parametrize(("name", "args"), WRITERS, ids=[w[0] for w in WRITERS])
def test_read_only_folder_is_one_line_and_loses_nothing(disk_project: Project, name: str, args: list[str]) -> None:
    before = contents(disk_project)
    remount = subprocess.run(["mount", "-o", "remount,ro", str(disk_project.root.parent)], capture_output=True)
    if remount.returncode != 0:
        pytest.skip("cannot remount the tmpfs read-only")
    result = disk_project.run(*args)
    assert_one_line_error(result, "Read-only file system")
    assert contents(disk_project) == before
