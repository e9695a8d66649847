"""Glossaries shipped inside the package, named ``builtin:<name>`` in configuration.

A team that installs tarjuman from a wheel keeps its translations in its own
repository; the news glossaries (countries, cities, nationalities,
organisations, titles, parties, media) come with the package so that such a
team can write ``glossary = ["glossary", "builtin:news"]`` and get them.
Each built-in glossary is a folder of PO files next to this module; its
name is the folder's name.

A built-in glossary always yields to the project's own files, whatever the
order in the configuration: its role is :data:`~tools.glossary.precedence.BUILTIN`
(see :mod:`tools.glossary.precedence`).

The folders are package data (``[tool.setuptools.package-data]`` in
pyproject.toml), read through ``__file__``: tarjuman is installed as files,
never imported from a zip archive.
"""

from __future__ import annotations

import os
from pathlib import Path

from tools.errors import InputError

#: How configuration and ``--glossary`` name a built-in glossary (the same as
#: :data:`tools.config.BUILTIN_PREFIX`, which must not import this package).
PREFIX = "builtin:"
#: The folder holding one sub-folder per built-in glossary.
ROOT = Path(__file__).resolve().parent


def names() -> list[str]:
    """The built-in glossaries: every sub-folder that holds ``*.po`` files, by name."""
    return sorted(p.name for p in ROOT.iterdir() if p.is_dir() and any(p.glob("*.po")))


def is_spec(value: str | os.PathLike[str]) -> bool:
    """Whether a configured glossary path is a ``builtin:<name>`` reference."""
    return str(value).startswith(PREFIX)


def path_of(spec: str | os.PathLike[str], where: str | os.PathLike[str] | None = None) -> Path:
    """The folder of the built-in glossary ``builtin:<name>``; an unknown name is an input error."""
    name = str(spec)[len(PREFIX) :]
    if name not in names():
        known = ", ".join(PREFIX + n for n in names()) or "none"
        raise InputError(where, f"unknown built-in glossary {str(spec)!r} (built in: {known})")
    return ROOT / name


def is_builtin_file(path: str | os.PathLike[str]) -> bool:
    """Whether a glossary file is one of the package's own (it then yields to the project's files)."""
    return Path(path).resolve().is_relative_to(ROOT)


def spec_of(path: str | os.PathLike[str]) -> str | None:
    """``builtin:<name>`` for a built-in glossary folder, else ``None`` (for listings)."""
    resolved = Path(path).resolve()
    return PREFIX + resolved.name if resolved.parent == ROOT and resolved.name in names() else None


__all__ = ["PREFIX", "ROOT", "is_builtin_file", "is_spec", "names", "path_of", "spec_of"]
