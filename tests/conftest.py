"""Shared fixtures: a throw-away tarjuman project built from the repository's own files.

Use the ``make_project`` factory in any test that runs a command on a
project::

    def test_something(make_project):
        project = make_project(seeds=["hammouchi-ahlgren"], translations=["syria-ready-for-refugees"])
        result = project.run("update")
        assert result.exit_code == 0, result.stderr
        assert project.path("translations/hammouchi-ahlgren/en.po").is_file()

The project lives in ``tmp_path / "project"`` with a ``pyproject.toml``
holding a ``[tool.tarjuman]`` table, copies of the chosen ``seeds/*.txt``
and ``translations/<article>/`` folders, and any extra files given as text
or bytes. The current directory is set to a sibling folder *outside* the
project, so a test passes only if the command finds its project through
``load_config(project.root)`` or by path, never by accident of the cwd; use
``project.run(..., cwd=project.root)`` to run a command from inside the
project as a user would. ``SOURCE_DATE_EPOCH`` is fixed, so dates written
into files are reproducible.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import settings

from tools.cli import cli
from tools.config import ProjectConfig, load_config
from tools.glossary.cache import CACHE_ENV

# Speed is measured in benchmarks, never by a test: no property fails for being
# slow on a loaded machine. Under CI the examples are derived from each test,
# so a run is reproducible and a failure shows again on a developer's machine
# with CI=true.
settings.register_profile("tarjuman", deadline=None)
settings.register_profile("ci", parent=settings.get_profile("tarjuman"), derandomize=True, database=None)
settings.load_profile("ci" if os.environ.get("CI") else "tarjuman")

REPO = Path(__file__).resolve().parents[1]
#: 2026-01-01 00:00 UTC: the date written into files by tests that use the factory.
EPOCH = "1767225600"
#: The console script of the project's virtualenv (next to the running interpreter).
TOOLS = Path(sys.executable).with_name("tools")

PYPROJECT = """\
[project]
name = "newsroom"

[tool.tarjuman]
seeds = "seeds"
translations = "translations"
glossary = ["glossary"]
"""

#: The ``pyproject.toml`` of a project that has only a glossary folder.
GLOSSARY_ONLY = '[tool.tarjuman]\nglossary = ["glossary"]\n'


@dataclass(frozen=True)
class Snapshot:
    """A file's bytes and modification time, to prove that a command wrote nothing."""

    data: bytes | None
    mtime_ns: int | None


@dataclass
class Project:
    """A temporary project folder and helpers to read, write and run commands in it."""

    root: Path
    monkeypatch: pytest.MonkeyPatch

    def path(self, relative: str) -> Path:
        return self.root / relative

    def read(self, relative: str) -> str:
        return self.path(relative).read_text(encoding="utf-8")

    def write(self, relative: str, content: str | bytes) -> Path:
        """Create or replace a file (parents made); ``str`` is written as UTF-8 without newline changes."""
        path = self.path(relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path.write_bytes(data)
        return path

    def config(self) -> ProjectConfig:
        return load_config(self.root)

    def snapshot(self, relative: str) -> Snapshot:
        path = self.path(relative)
        if not path.exists():
            return Snapshot(None, None)
        return Snapshot(path.read_bytes(), path.stat().st_mtime_ns)

    def files(self) -> dict[str, Snapshot]:
        """Every file of the project by relative path (to assert that nothing at all changed)."""
        return {
            p.relative_to(self.root).as_posix(): self.snapshot(p.relative_to(self.root).as_posix())
            for p in sorted(self.root.rglob("*"))
            if p.is_file()
        }

    def run(self, *args: str, cwd: Path | None = None) -> Result:
        """Run ``tools ARGS`` in-process (stdout and stderr kept apart) from the project root."""
        self.monkeypatch.chdir(cwd or self.root)
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    def run_script(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run the installed ``tools`` console script as a real process in the project root."""
        env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
        return subprocess.run(
            [str(TOOLS), *args], cwd=self.root, capture_output=True, text=True, env=env, check=False
        )


ProjectFactory = Callable[..., Project]


def build_project(
    root: Path,
    *,
    seeds: Iterable[str] = (),
    translations: Iterable[str] = (),
    copy: Iterable[str] = (),
    files: Mapping[str, str | bytes | Path] | None = None,
    pyproject: str = PYPROJECT,
    folders: Iterable[str] = ("seeds", "translations"),
) -> Path:
    """Write a project into the existing folder ``root``; the one builder every test project goes through.

    ``folders`` are made empty first; ``seeds``, ``translations`` and ``copy``
    are copied from the repository (see :func:`make_project`); ``files`` maps
    a relative path to its text, bytes or a :class:`~pathlib.Path` whose bytes
    are copied. Returns ``root``.
    """
    (root / "pyproject.toml").write_bytes(pyproject.encode("utf-8"))
    for folder in folders:
        (root / folder).mkdir(parents=True, exist_ok=True)
    for article in seeds:
        shutil.copy(REPO / "seeds" / f"{article}.txt", root / "seeds" / f"{article}.txt")
    for article in translations:
        shutil.copytree(
            REPO / "translations" / article,
            root / "translations" / article,
            ignore=shutil.ignore_patterns("*.mo", ".*"),
        )
    for relative in copy:
        source, target = REPO / relative, root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, dirs_exist_ok=True)
        else:
            shutil.copy(source, target)
    for relative, content in (files or {}).items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Path):
            content = content.read_bytes()
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return root


@pytest.fixture
def make_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ProjectFactory:
    """Factory of :class:`Project` (see the module docstring).

    Arguments (all keyword-only):

    * ``seeds``: names of articles in the repository's ``seeds/`` to copy;
    * ``translations``: names of articles whose ``translations/<article>/``
      folder to copy (template and PO files);
    * ``copy``: more repository paths (files or folders, e.g. ``"glossary"``)
      to copy to the same place in the project;
    * ``files``: more files, relative path -> text, bytes or a ``Path`` to copy
      (written last, so they can replace copied ones);
    * ``pyproject``: the ``pyproject.toml`` text (default: a ``[tool.tarjuman]``
      table with seeds, translations and glossary).
    """

    def factory(
        *,
        seeds: Iterable[str] = (),
        translations: Iterable[str] = (),
        copy: Iterable[str] = (),
        files: Mapping[str, str | bytes | Path] | None = None,
        pyproject: str = PYPROJECT,
    ) -> Project:
        root = tmp_path / "project"
        root.mkdir()
        build_project(root, seeds=seeds, translations=translations, copy=copy, files=files, pyproject=pyproject)
        monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        monkeypatch.chdir(elsewhere)
        return Project(root, monkeypatch)

    return factory


def load_benchmark(name: str):  # noqa: ANN201 (a module)
    """Import ``benchmarks/<name>.py`` as module ``name``, for tests of a benchmark's claims.

    Registered in ``sys.modules`` first: its dataclasses look their module up there.
    """
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def exchange_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project whose only glossary is ``tests/data/glossary_exchange/sample.po``; cwd inside it."""
    build_project(
        tmp_path,
        pyproject=GLOSSARY_ONLY,
        files={"glossary/sample.po": REPO / "tests" / "data" / "glossary_exchange" / "sample.po"},
        folders=(),
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path



#: GNU gettext's msgfmt, which the tests compare our PO and MO files with.
MSGFMT = shutil.which("msgfmt")


def pytest_configure(config: pytest.Config) -> None:
    """Commands run by the tests keep their glossary cache in a folder of this session.

    Never the user's own cache; shared by the tests, so that reports are made
    both from glossaries built anew and from glossaries read back.
    """
    folder = Path(tempfile.mkdtemp(prefix="tarjuman-cache-"))
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))
    os.environ[CACHE_ENV] = str(folder)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the tests marked ``requires_msgfmt`` where GNU gettext is not installed (CI installs it)."""
    if MSGFMT is not None:
        return
    skip = pytest.mark.skip(reason="GNU gettext msgfmt is not installed")
    for item in items:
        if item.get_closest_marker("requires_msgfmt"):
            item.add_marker(skip)
