"""What ``tools glossary list`` shows: the configured glossary sources and the built-in glossaries.

Plain data, so that the text and JSON formats only format. Term counts are
approved terms of each file read alone (spellings that normalize alike are
one term), the number a user compares with a glossary's documentation.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tools.glossary import builtin
from tools.glossary.load import build_terms, glossary_files, read_glossary_file


@dataclass(frozen=True)
class GlossaryFile:
    """One PO glossary file: name, approved terms, first line of its header comment."""

    path: Path
    terms: int
    description: str


@dataclass(frozen=True)
class Source:
    """One entry of the configuration (a folder, a file or ``builtin:<name>``) and its files."""

    name: str
    path: Path
    builtin: bool
    files: tuple[GlossaryFile, ...]

    @property
    def terms(self) -> int:
        return sum(f.terms for f in self.files)


def _describe(path: Path) -> GlossaryFile:
    entries, _role = read_glossary_file(path)
    header = path.read_text("utf-8").split('msgid ""', 1)[0]
    first = next((line[1:].strip() for line in header.splitlines() if line.startswith("#") and line[1:].strip()), "")
    return GlossaryFile(path, sum(1 for t in build_terms(entries) if t.approved), first)


def source(path: str | os.PathLike[str], name: str | None = None) -> Source:
    """A configured path (or a built-in folder) with its files described."""
    path = Path(path)
    spec = builtin.spec_of(path) if path.is_dir() else None
    files = tuple(_describe(p) for p in glossary_files([path])) if path.exists() else ()
    return Source(spec or name or str(path), path, spec is not None, files)


def configured(paths: Iterable[Path], shown: Iterable[str]) -> list[Source]:
    """The project's glossary sources in configuration order; ``shown`` are their names for people."""
    return [source(path, name) for path, name in zip(paths, shown)]


def built_in() -> list[Source]:
    """Every glossary shipped in the package."""
    return [source(builtin.path_of(builtin.PREFIX + name)) for name in builtin.names()]


__all__ = ["GlossaryFile", "Source", "built_in", "configured", "source"]
