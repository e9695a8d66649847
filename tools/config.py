"""Project layout and settings: defaults < ``[tool.tarjuman]`` in pyproject.toml < CLI.

Commands find the project by walking up from the current directory to the
first ``pyproject.toml`` that has a ``[tool.tarjuman]`` table (or, failing
that, any ``pyproject.toml``); paths in the table are relative to it. Without
one, the current directory is the project root and the defaults apply.
Sections for single commands (``[tool.tarjuman.check]``, ...) are kept in
:attr:`ProjectConfig.table` for the command that owns them to validate.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.errors import InputError
from tools.paths import ArticleRef, article_ref, check_article_name, check_inside, display

DEFAULT_SEEDS = "seeds"
DEFAULT_TRANSLATIONS = "translations"
DEFAULT_GLOSSARY = ("glossary",)
DEFAULT_LANGUAGE = "en"
#: Keys of ``[tool.tarjuman]`` itself; sub-tables (``check``, ...) are validated by their command.
PATH_KEYS = ("seeds", "translations", "glossary")
SECTIONS = ("check",)


@dataclass(frozen=True)
class ProjectConfig:
    """Where a project's files live, resolved to absolute paths."""

    root: Path
    seeds: Path
    translations: Path
    glossary: tuple[Path, ...]
    table: dict[str, Any] = field(default_factory=dict)
    pyproject: Path | None = None

    def section(self, name: str) -> dict[str, Any]:
        """The sub-table ``[tool.tarjuman.<name>]``, validated to be a table."""
        value = self.table.get(name, {})
        if not isinstance(value, dict):
            raise InputError(self.pyproject, f"[tool.tarjuman] {name} must be a table")
        return value

    def relative(self, path: str | os.PathLike[str]) -> str:
        """``path`` as messages show it: relative to the project root inside it, absolute outside."""
        return display(path, self.root)

    def article(self, value: str) -> ArticleRef:
        """The article an ARTICLE argument names: its name, seed, folder or PO file."""
        return article_ref(value, self.seeds, self.translations)

    @contextmanager
    def relative_errors(self) -> Iterator[None]:
        """Report an :class:`InputError` about a file inside the project by its relative path.

        Library functions name files as they were given (often absolute);
        messages read better, and match CI annotations, relative to the root.
        """
        try:
            yield
        except InputError as error:
            if error.path is None or error.path in ("-", "<stdin>") or getattr(error, "rooted", False):
                raise
            raise self.rooted_error(error) from None

    def rooted_error(self, error: InputError) -> InputError:
        """``error`` naming its file relative to the root, marked so that it is not made relative twice
        (a root-relative path read again from a sub-folder would name another file)."""
        rooted = InputError(self.relative(error.path) if error.path else None, error.message, error.line)
        rooted.rooted = True  # type: ignore[attr-defined]
        return rooted

    def article_dir(self, article: str) -> Path:
        """The folder holding an article's template and translations (the name is checked)."""
        return self.translations / check_article_name(article)

    def template_path(self, article: str) -> Path:
        return self.article_dir(article) / f"{article}.pot"

    def translation_path(self, article: str, language: str) -> Path:
        return self.article_dir(article) / f"{language}.po"

    def seed_path(self, article: str) -> Path:
        return self.seeds / f"{check_article_name(article)}.txt"

    def articles(self) -> list[str]:
        """Names of the articles in ``seeds/`` (every ``*.txt``), sorted."""
        if not self.seeds.is_dir():
            return []
        return sorted(p.stem for p in self.seeds.glob("*.txt") if p.is_file())


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml with a [tool.tarjuman] table, else the nearest one."""
    first: Path | None = None
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            first = first or candidate
            try:
                if "tarjuman" in tomllib.loads(candidate.read_text("utf-8")).get("tool", {}):
                    return candidate
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
                continue
    return first


def _read_table(pyproject: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(pyproject.read_text("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise InputError(pyproject, f"invalid TOML: {error}") from None
    except (UnicodeDecodeError, OSError) as error:
        raise InputError(pyproject, f"cannot read: {error}") from None
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise InputError(pyproject, "tool must be a table ([tool.tarjuman] cannot be read)")
    table = tool.get("tarjuman", {})
    if not isinstance(table, dict):
        raise InputError(pyproject, "[tool.tarjuman] must be a table")
    unknown = sorted(set(table) - {*PATH_KEYS, *SECTIONS})
    if unknown:
        known = ", ".join((*PATH_KEYS, *SECTIONS))
        raise InputError(pyproject, f"[tool.tarjuman] unknown key {unknown[0]!r} (known: {known})")
    return table


def _folder(root: Path, pyproject: Path | None, key: str, value: str) -> Path:
    """``root / value``, checked to be inside the project and not a file."""
    path = check_inside(root, root / value, f"[tool.tarjuman] {key}", pyproject)
    if path.exists() and not path.is_dir() and not (key == "glossary" and path.suffix == ".po"):
        raise InputError(pyproject, f"[tool.tarjuman] {key} = {value!a} is a file, expected a folder")
    return path


#: How a configuration names a glossary shipped in the package (``builtin:news``).
BUILTIN_PREFIX = "builtin:"


def _builtin_glossary(value: str, pyproject: Path | None) -> Path:
    """The folder of a built-in glossary; imported only by a project that names one.

    Why lazily: ``tools.glossary`` loads the matcher and PO machinery, which
    commands that never read a glossary (segment, stats) should not pay for.
    """
    from tools.glossary import builtin

    return builtin.path_of(value, pyproject)


def _path_list(pyproject: Path | None, key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise InputError(pyproject, f"[tool.tarjuman] {key} must be a path or a list of paths")


def load_config(start: Path | None = None) -> ProjectConfig:
    """Find and read the project configuration starting at ``start`` (default: cwd)."""
    start = (start or Path.cwd()).resolve()
    pyproject = find_pyproject(start)
    root = pyproject.parent if pyproject else start
    table = _read_table(pyproject) if pyproject else {}

    def one_path(key: str, default: str) -> Path:
        value = table.get(key, default)
        if not isinstance(value, str):
            raise InputError(pyproject, f"[tool.tarjuman] {key} must be a path")
        return _folder(root, pyproject, key, value)

    glossary = _path_list(pyproject, "glossary", table.get("glossary", list(DEFAULT_GLOSSARY)))
    return ProjectConfig(
        root=root,
        seeds=one_path("seeds", DEFAULT_SEEDS),
        translations=one_path("translations", DEFAULT_TRANSLATIONS),
        glossary=tuple(
            _builtin_glossary(g, pyproject) if g.startswith(BUILTIN_PREFIX) else _folder(root, pyproject, "glossary", g)
            for g in glossary
        ),
        table=table,
        pyproject=pyproject,
    )
