"""The wheel carries the built-in glossaries: build it, install it in a fresh venv, check a project with it.

What a team outside this repository does: install tarjuman from a wheel,
write ``glossary = ["glossary", "builtin:news"]`` and check its own
translations. The fresh environment gets only the wheel; the dependencies
(polib, babel, ...) come from the test environment's site-packages through a
``.pth`` line, which does not bring this repository's editable install with
it (that is a ``.pth`` file of its own, not read from an added path), so the
``tools`` that runs is the one in the wheel.
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from conftest import build_project
ROOT = Path(__file__).resolve().parent.parent

PO_HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n'
TRANSLATION = PO_HEADER + (
    'msgid "وقال وزير الخارجية الأمريكي إن موسكو ترفض ذلك."\n'
    'msgstr "The US Foreign Minister said Moscow rejects this."\n\n'
    'msgid "وأعلن المغرب ذلك."\n'
    'msgstr "Al-Maghrib announced it."\n'
)
OWN_GLOSSARY = PO_HEADER + 'msgctxt "place"\nmsgid "المغرب"\nmsgstr "Al-Maghrib"\n'


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel built from this checkout; returns its ``bin`` folder."""
    base = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(base / "dist"), str(ROOT)],
        capture_output=True, text=True,
    )
    assert build.returncode == 0, build.stderr
    [wheel] = (base / "dist").glob("tarjuman-*.whl")
    venv.EnvBuilder(with_pip=False).create(base / "venv")
    python = base / "venv" / "bin" / "python"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
        capture_output=True, text=True,
    )
    assert install.returncode == 0, install.stderr
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True, check=True).stdout.strip()
    (Path(purelib) / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", "utf-8")
    return base / "venv" / "bin"


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    return build_project(
        tmp_path,
        pyproject='[tool.tarjuman]\nglossary = ["glossary", "builtin:news"]\n',
        files={"glossary/house.po": OWN_GLOSSARY, "translations/statement/en.po": TRANSLATION},
        folders=(),
    )


def _run(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bin_dir / "tools"), *args], cwd=cwd, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})


def test_the_installed_package_is_the_wheel(installed: Path, project: Path) -> None:
    where = subprocess.run([str(installed / "python"), "-c", "import tools; print(tools.__file__)"], cwd=project, capture_output=True, text=True, check=True)
    assert "site-packages" in where.stdout and str(ROOT) not in where.stdout


def test_check_uses_the_built_in_news_glossary(installed: Path, project: Path) -> None:
    result = _run(installed, project, "check-glossary", "--format", "json")
    assert result.returncode == 1, result.stderr
    findings = {(f["code"], f["term"]) for f in json.loads(result.stdout)["findings"]}
    # from builtin:news, installed with the wheel: the US title and its forbidden calque
    assert ("missing-term", "وزير الخارجية الأمريكي") in findings
    assert ("forbidden-term", "وزير الخارجية الأمريكي") in findings
    # the project's own glossary wins over the built-in one for المغرب
    assert not any(term == "المغرب" for _code, term in findings)


def test_list_shows_what_is_built_in(installed: Path, project: Path) -> None:
    result = _run(installed, project, "glossary", "list")
    assert result.returncode == 0, result.stderr
    assert "builtin:news (configured): 8 files" in result.stdout
    assert "countries.po" in result.stdout and "site-packages" not in result.stdout
