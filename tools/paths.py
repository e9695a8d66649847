"""Paths relative to the project root: how they are shown, and which article a path names.

Every message, report and reference names a file the same way wherever the
command was started: relative to the project root (the folder of the
``pyproject.toml`` that holds ``[tool.tarjuman]``), with ``/`` separators, so
a CI log, a SARIF report and a translator's terminal agree and an editor can
jump to the file. Only a file outside the project is shown absolute, because
a relative path climbing out of the root (``../../x``) names nothing useful.

Commands that take an ARTICLE accept what a user has at hand: the article's
name, its seed (``seeds/<article>.txt``), its folder
(``translations/<article>/``) or one of its files
(``translations/<article>/<lang>.po`` or ``<article>.pot``), typed relative
to the current directory as a shell completes it.

Containment. A project is often checked out from someone else's pull
request and run in CI, so names that come from the project itself (article
names from the command line or from ``seeds/*.txt``, folders in
``[tool.tarjuman]``) are untrusted: they must not lead a command out of the
project, and a name with a line break would corrupt the ``#:`` lines of a
template and forge lines of a CI log. The rules:

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
from dataclasses import dataclass
from pathlib import Path

from tools.errors import InputError

#: The suffixes that make an ARTICLE argument a path rather than a name.
ARTICLE_SUFFIXES = (".txt", ".po", ".pot")
#: File kinds that hold someone's work wherever they are.
PROTECTED_SUFFIXES = (".po", ".pot")


def absolute(path: str | os.PathLike[str], base: Path | None = None) -> Path:
    """``path`` made absolute against ``base`` (default: the current directory), symlinks resolved."""
    path = Path(path).expanduser()
    if not path.is_absolute():
        path = (base or Path.cwd()) / path
    return path.resolve()


def is_inside(path: str | os.PathLike[str], root: Path) -> bool:
    """Whether ``path`` (relative paths against the current directory) lies in ``root`` or is it."""
    return absolute(path).is_relative_to(absolute(root))


def display(path: str | os.PathLike[str], root: Path) -> str:
    """``path`` as messages show it: relative to ``root`` inside it, absolute outside.

    A relative ``path`` is taken from the current directory, as the user
    typed it. ``-`` (standard input or output) stays ``-``, and ``<stdin>``
    (how standard input is named once read) stays ``<stdin>``.
    """
    if str(path) in ("-", "<stdin>"):
        return str(path)
    full = absolute(path)
    base = absolute(root)
    if full == base:
        return "."
    if full.is_relative_to(base):
        return full.relative_to(base).as_posix()
    return str(full)


@dataclass(frozen=True)
class ArticleRef:
    """An article named on the command line: its name, and the language its PO file names."""

    name: str
    language: str | None = None

    def language_or(self, option: str | None, default: str) -> str:
        """The language to use: ``--lang`` if given, else the PO file's, else ``default``.

        A PO file and a ``--lang`` that disagree are refused rather than one
        silently winning.
        """
        if option and self.language and option != self.language:
            raise InputError(
                None, f"{self.name}: the file given is the {self.language!r} translation but --lang is {option!r}"
            )
        return option or self.language or default


def looks_like_path(value: str) -> bool:
    """Whether an ARTICLE argument is a path (has a separator or a file suffix) rather than a name."""
    return (
        "/" in value
        or os.sep in value
        or value in (".", "..")
        or value.lower().endswith(ARTICLE_SUFFIXES)
    )


def article_ref(value: str, seeds: Path, translations: Path) -> ArticleRef:
    """The article that ``value`` names: a name, a seed, an article folder or a PO/POT file.

    Paths need not exist (a new seed, a PO file not created yet): what the
    path says is enough. A path elsewhere is refused with the forms accepted.
    """
    seeds, translations = absolute(seeds), absolute(translations)
    if not looks_like_path(value) and not _only_a_path(value, seeds, translations):
        return ArticleRef(_checked_name(value))
    path = absolute(value)
    if path.parent == seeds and path.suffix.lower() == ".txt":
        return ArticleRef(path.stem)
    if path.is_relative_to(translations) and path != translations:
        parts = path.relative_to(translations).parts
        if len(parts) == 1 and path.suffix.lower() not in (".po", ".pot"):
            return ArticleRef(parts[0])
        if len(parts) == 2:
            return _article_file(parts[0], Path(parts[1]), value)
    raise InputError(
        value,
        "not an article: give its name, its seed (seeds/<article>.txt), its folder "
        "(translations/<article>/) or its PO file (translations/<article>/<lang>.po)",
    )


def _only_a_path(value: str, seeds: Path, translations: Path) -> bool:
    """A bare word that names an existing file or folder here and no article (``translations``)."""
    known = (seeds / f"{value}.txt").exists() or (translations / value).exists()
    return not known and Path(value).exists()


def _article_file(name: str, file: Path, value: str) -> ArticleRef:
    suffix = file.suffix.lower()
    if suffix == ".po":
        return ArticleRef(name, file.stem)
    if suffix == ".pot" and file.stem == name:
        return ArticleRef(name)
    raise InputError(value, f"not a file of article {name!r}: expected <lang>.po or {name}.pot")


def _checked_name(value: str) -> str:
    if not value.strip():
        raise InputError(None, "an article name cannot be empty")
    return check_article_name(value)


def is_unsafe_char(char: str) -> bool:
    """Control characters, line and paragraph separators: nothing a file or article name needs."""
    return unicodedata.category(char) in ("Cc", "Zl", "Zp")


def check_article_name(name: str) -> str:
    """``name`` if it is a safe article name (see the module docstring), else :class:`InputError`."""
    if any(is_unsafe_char(c) for c in name):
        raise InputError(None, f"article name {name!a} contains a control character or line break")
    if name in ("", ".", "..") or "/" in name or "\\" in name or os.sep in name:
        raise InputError(None, f"article name {name!a} must be a single file name (no '/', not '..')")
    return name


def check_inside(root: Path, path: Path, what: str, source: str | os.PathLike[str] | None) -> Path:
    """``path`` if it lies inside the project ``root``; else :class:`InputError` about ``what``."""
    if "\x00" in str(path):
        raise InputError(source, f"{what} contains a NUL character")
    if not is_inside(path, root):
        raise InputError(source, f"{what} {str(path)!a} is outside the project")
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
