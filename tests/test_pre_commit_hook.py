"""The pre-commit hook: valid for pre-commit, runs once over the whole project when a PO or
XLIFF file (a translation or a glossary file) or pyproject.toml changes, and the README's rev exists as the package version."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from pre_commit.clientlib import load_manifest

from conftest import GLOSSARY_ONLY, build_project
import tools
from tools.units.readers import READERS, folder_suffixes

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
TOOLS = Path(sys.executable).with_name("tools")


@pytest.fixture(scope="module")
def hook() -> dict:
    [only] = load_manifest(str(MANIFEST))  # pre-commit's own schema: raises on a bad field
    return only


def test_hook_runs_once_over_the_whole_project_serially(hook: dict) -> None:
    assert hook["id"] == "check-glossary"
    assert hook["entry"] == "tools check-glossary"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    assert hook["require_serial"] is True


@pytest.mark.parametrize(
    ("path", "runs"),
    [
        ("translations/hammouchi-ahlgren/en.po", True),
        ("glossary/ar-en.po", True),
        ("glossary/extra/names.po", True),
        ("pyproject.toml", True),
        ("newsroom/pyproject.toml", True),
        ("seeds/hammouchi-ahlgren.txt", False),
        ("translations/hammouchi-ahlgren/hammouchi-ahlgren.pot", False),
        ("translations/hammouchi-ahlgren/en.xlf", True),
        ("translations/hammouchi-ahlgren/en.xliff", True),
        ("translations/desk/EN.XLF", True),
        ("translations/desk/en.PO", True),
        ("memory/past.tmx", False),
        ("translations/hammouchi-ahlgren/en.xlf.orig", False),
        ("README.md", False),
        ("not-pyproject.toml", False),
    ],
)
def test_hook_triggers_on_po_xliff_glossary_and_pyproject_changes(hook: dict, path: str, runs: bool) -> None:
    # pre-commit selects files with re.search on `files`, then drops those `exclude` matches.
    selected = re.search(hook["files"], path) is not None and re.search(hook["exclude"], path) is None
    assert selected is runs


def test_hook_triggers_on_every_file_type_a_project_run_checks_and_no_other(hook: dict) -> None:
    """The trigger follows the table of readers: the types searched in folders (what a project
    run checks) start the hook, in any case; types read only when named (.pot, .tmx) do not."""
    in_folders = set(folder_suffixes())
    assert in_folders, "a project run checks some file type"
    for suffix in {s for reader in READERS for s in reader.suffixes}:
        for name in (f"translations/a/en{suffix}", f"translations/a/en{suffix.upper()}"):
            assert (re.search(hook["files"], name) is not None) is (suffix in in_folders), name


def test_version_is_the_same_everywhere_and_the_readme_rev_names_it() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["version"] == tools.__version__
    readme = (ROOT / "README.md").read_text("utf-8")
    assert f"rev: v{tools.__version__}" in readme
    assert f"rev: v{tools.__version__}" in MANIFEST.read_text("utf-8")


GLOSSARY = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: en\\n"

msgctxt "place"
msgid "الرباط"
msgstr "Rabat"
"""

TRANSLATION = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: en\\n"

msgid "وصل إلى الرباط."
msgstr "He arrived in Rabat."
"""


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_glossary_only_commit_rechecks_the_translations_in_one_run(hook: dict, tmp_path: Path) -> None:
    """A real ``pre-commit run`` with the manifest's selection fields (as a local system hook,
    so that no environment is installed): changing only the glossary re-checks every
    translation, and the many files give one summary."""
    root = tmp_path / "newsroom"
    root.mkdir()
    translations = {f"translations/a{number}/en.po": TRANSLATION for number in range(12)}
    build_project(root, pyproject=GLOSSARY_ONLY, files={"glossary/ar-en.po": GLOSSARY, **translations}, folders=())
    local = {key: hook[key] for key in ("id", "name", "files", "pass_filenames", "require_serial")}
    local.update(entry=f"{TOOLS} check-glossary", language="system")
    config = {"repos": [{"repo": "local", "hooks": [local]}]}
    (root / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), "utf-8")
    _git(root, "init", "-q")
    _git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", ".")
    _git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "start", "--no-verify")
    # Rabat is now forbidden: only the glossary changes.
    (root / "glossary" / "ar-en.po").write_text(
        GLOSSARY.replace('msgstr "Rabat"', 'msgstr "Ar-Ribat"') + '\n#, forbidden\nmsgctxt "place|wrong"\nmsgid "الرباط"\nmsgstr "Rabat"\n',
        "utf-8",
    )
    _git(root, "add", "glossary/ar-en.po")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run"], cwd=root, capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.count("problems (") == 1  # one run, one summary
    assert "24 problems (24 errors, 0 warnings, 0 info) in 12 files" in result.stdout
    for number in range(12):
        assert f"translations/a{number}/en.po:" in result.stdout
