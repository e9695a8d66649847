"""``tools init``: the folders, settings, hook and CI job of a new translation project.

A team starting out needs the layout the commands expect (``seeds/``,
``translations/``, ``glossary/``), the ``[tool.tarjuman]`` settings, the
pre-commit hook and a CI job that checks every push and shows the findings
in code scanning. :func:`plan` says what each file would become;
:func:`apply` writes what is missing and never replaces anything:

* a file that exists is kept as it is, and said so;
* an existing ``pyproject.toml`` gets the ``[tool.tarjuman]`` table appended
  as text, so the user's content, comments and layout stay byte for byte;
  the result is parsed with :mod:`tomllib` before it is written, and every
  table the file had must come back unchanged. A file that already has the
  table is left alone.

The pre-commit entry is a local hook with the fields of the repository's
``.pre-commit-hooks.yaml`` (a test keeps them in step), so it works with
tarjuman installed in the environment and no repository URL to fill in.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from tools import __version__
from tools.errors import InputError
from tools.glossary import builtin
from tools.fileio import atomic_write_text
from tools.glossary.write import glossary_metadata, render_glossary
from tools.units.po import po_date

#: The project's glossary, then every glossary shipped with tarjuman (which yield to it).
GLOSSARIES = ", ".join(f'"{g}"' for g in ["glossary", *(builtin.PREFIX + name for name in builtin.names())])

PYPROJECT_SECTION = f"""
[tool.tarjuman]
# Where the Arabic articles, their translations and the glossary live; the
# built-in glossaries (builtin:...) yield to the project's own files.
seeds = "seeds"
translations = "translations"
glossary = [{GLOSSARIES}]

[tool.tarjuman.check]
fail-on = "error"
"""

PYPROJECT_NEW = "# Settings of the translation project (tarjuman).\n" + PYPROJECT_SECTION

GLOSSARY_HEADER = """\
Glossary: the approved English for the Arabic terms of this project.
Add a term with `tools glossary add ARABIC ENGLISH --category CATEGORY`, or
write the entries by hand, like this example (remove the leading "# " and
the indentation to use it):

  #. The national police of Morocco.
  msgctxt "agency"
  msgid "المديرية العامة للأمن الوطني"
  msgstr "Directorate General of National Security"

  #, forbidden
  msgctxt "agency|calque"
  msgid "المديرية العامة للأمن الوطني"
  msgstr "General Administration of National Security"

One entry per English rendering; further renderings of a term need a label
after "|" in msgctxt; flags: forbidden, preferred, case-sensitive, fuzzy."""

#: The hook of ``.pre-commit-hooks.yaml``, as a local hook of the project.
HOOK_FIELDS = {
    "id": "check-glossary",
    "name": "check translations against the glossary",
    "entry": "tools check-glossary",
    "files": r"'((?i:\.(po|xlf|xliff))|(^|/)pyproject\.toml)$'",
    "pass_filenames": "false",
    "require_serial": "true",
}

PRE_COMMIT = (
    "# pre-commit: check the translations against the glossary before each commit.\n"
    "# Uses the tools installed in this environment; to pin a release instead:\n"
    "#   - repo: <URL of the tarjuman repository>\n"
    f"#     rev: v{__version__}\n"
    "#     hooks: [{id: check-glossary}]\n"
    "repos:\n"
    "  - repo: local\n"
    "    hooks:\n"
    f"      - id: {HOOK_FIELDS['id']}\n"
    + "".join(f"        {key}: {value}\n" for key, value in HOOK_FIELDS.items() if key != "id")
    + "        language: system\n"
)

WORKFLOW = f"""\
# Check every push and pull request against the glossary; findings appear in
# code scanning (Security tab) and as a failed job.
name: glossary
on: [push, pull_request]
permissions:
  contents: read
  security-events: write
jobs:
  check-glossary:
    runs-on: ubuntu-latest
    env:
      # How to install tarjuman: a requirement pip understands (an index name
      # or "tarjuman @ git+<URL of the tarjuman repository>@v{__version__}").
      TARJUMAN: "tarjuman=={__version__}"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install "$TARJUMAN"
      - name: check-glossary
        run: tools check-glossary --format sarif -o check-glossary.sarif
      - name: upload the findings to code scanning
        if: always()
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: check-glossary.sarif
          category: check-glossary
"""


@dataclass(frozen=True)
class Step:
    """One file of the new project: what it is and what ``apply`` does with it."""

    path: Path
    #: "create", "add section", "keep" (exists) or "folder".
    action: str
    text: str = ""


def _pyproject(path: Path) -> Step:
    if not path.exists():
        return Step(path, "create", PYPROJECT_NEW)
    old = path.read_text("utf-8")
    try:
        before = tomllib.loads(old)
    except tomllib.TOMLDecodeError as error:
        raise InputError(path, f"invalid TOML: {error}; nothing was written") from None
    if "tarjuman" in before.get("tool", {}):
        return Step(path, "keep")
    text = old + ("" if old.endswith("\n") or not old else "\n") + PYPROJECT_SECTION
    try:
        after = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        after = None
    # Appending a table must leave every other setting as it was (an inline `tool = {...}`
    # table, say, cannot be extended): then the user adds it by hand.
    if after is None or _without_tarjuman(after) != before:
        raise InputError(path, "[tool.tarjuman] cannot be appended to this file; add it by hand (nothing was written)")
    return Step(path, "add section", text)


def _without_tarjuman(data: dict[str, object]) -> dict[str, object]:
    tool = dict(data.get("tool", {}))  # type: ignore[call-overload]
    tool.pop("tarjuman", None)
    rest = {key: value for key, value in data.items() if key != "tool"}
    return {**rest, "tool": tool} if tool else rest


def _file(path: Path, text: str) -> Step:
    return Step(path, "keep" if path.exists() else "create", text)


def glossary_text() -> str:
    """The new project's glossary file: a header with a commented example, no entry yet."""
    metadata = glossary_metadata("glossary", po_date())
    return render_glossary([], header=GLOSSARY_HEADER, metadata=metadata)


def plan(root: Path) -> list[Step]:
    """What ``tools init`` would do in ``root``, file by file, without writing anything."""
    if root.exists() and not root.is_dir():
        raise InputError(root, "exists and is not a folder")
    folders = [Step(root / name, "keep" if (root / name).exists() else "folder") for name in ("seeds", "translations")]
    return [
        *folders,
        _file(root / "glossary" / "ar-en.po", glossary_text()),
        _pyproject(root / "pyproject.toml"),
        _file(root / ".pre-commit-config.yaml", PRE_COMMIT),
        _file(root / ".github" / "workflows" / "check-glossary.yml", WORKFLOW),
    ]


def apply(steps: list[Step]) -> None:
    """Carry the plan out: folders made, files written atomically, nothing replaced."""
    for step in steps:
        if step.action == "folder":
            step.path.mkdir(parents=True, exist_ok=True)
        elif step.action in ("create", "add section"):
            atomic_write_text(step.path, step.text)


__all__ = ["PRE_COMMIT", "WORKFLOW", "Step", "apply", "glossary_text", "plan"]
