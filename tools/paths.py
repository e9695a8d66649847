"""Which paths a command may read and write: the project's containment rules in one place.

A project is often checked out from someone else's pull request and run in
CI, so names that come from the project itself (article names from the
command line or from ``seeds/*.txt``, folders in ``[tool.tarjuman]``) are
untrusted: they must not lead a command out of the project, and a name with
a line break would corrupt the ``#:`` lines of a template and forge lines of
a CI log. The rules:

* an **article name** is one path component: not empty, not ``.`` or ``..``,
  no ``/`` or ``\\``, no control character or line separator; so
  ``translations/<article>/`` is always a folder directly inside
  ``translations/``;
* a **configured folder** resolves (symbolic links followed) inside the
  project root;
* an **output** given with ``-o`` is the user's explicit choice and may lie
  anywhere, but it never replaces a seed, a template, a translation, a
  glossary or the project's ``pyproject.toml`` unless ``--force`` is given:
  one mistyped ``-o`` would otherwise destroy a translator's work.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from tools.errors import InputError

#: File kinds that hold someone's work wherever they are.
PROTECTED_SUFFIXES = (".po", ".pot")


def is_unsafe_char(char: str) -> bool:
    """Control characters, line and paragraph separators: nothing a file or article name needs."""
    return unicodedata.category(char) in ("Cc", "Zl", "Zp")


def check_article_name(name: str) -> str:
    """``name`` if it is a safe article name (see the module docstring), else :class:`InputError`."""
    if any(is_unsafe_char(c) for c in name):
        raise InputError(None, f"article name {ascii(name)} contains a control character or line break")
    if name in ("", ".", "..") or "/" in name or "\\" in name or os.sep in name:
        raise InputError(None, f"article name {ascii(name)} must be a single file name (no '/', not '..')")
    return name


def is_inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` resolves (symbolic links followed) to ``folder`` or below it."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def check_inside(root: Path, path: Path, what: str, source: str | os.PathLike[str] | None) -> Path:
    """``path`` if it lies inside the project ``root``; else :class:`InputError` about ``what``."""
    if "\x00" in str(path):
        raise InputError(source, f"{what} contains a NUL character")
    if not is_inside(path, root):
        raise InputError(source, f"{what} {ascii(str(path))} is outside the project")
    return path


def check_output(
    path: Path,
    *,
    root: Path,
    protected_folders: Iterable[Path],
    force: bool,
    default: Path | None = None,
) -> Path:
    """``path`` if writing there loses nothing; else :class:`InputError` asking for ``--force``.

    An existing file is protected when it is a PO or POT file anywhere, lies
    in one of ``protected_folders`` (seeds, glossary folders), or is the
    project's pyproject.toml. ``default`` is the file the command writes when
    no ``-o`` is given (a template it regenerates anyway), which stays allowed.
    """
    if force or not os.path.lexists(path):
        return path
    if default is not None and _same_file(path, default):
        return path
    resolved = path.resolve()
    protected = (
        resolved.suffix in PROTECTED_SUFFIXES
        or resolved == (root / "pyproject.toml").resolve()
        or any(is_inside(resolved, folder) for folder in protected_folders)
    )
    if protected:
        raise InputError(path, "refusing to overwrite a seed, template, translation or glossary (use --force)")
    return path


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
