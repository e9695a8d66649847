"""``tools stats``: translated, fuzzy and untranslated units and source words per PO file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from tools.config import load_config
from tools.errors import InputError
from tools.fileio import is_stdin, shown_name
from tools.workflow.stats import STATES, FileStats, file_stats, total_of, translation_files
from tools.untrusted import json_document, one_line

_COLUMNS = (*STATES, "total")


def _cell(stats: FileStats, column: str) -> str:
    count = stats.total if column == "total" else stats.counts[column]
    return f"{count.units} ({count.words} w)"


def render_text(files: list[FileStats], total: FileStats) -> str:
    """A table: one row per file and a total row; cells are ``units (words w)``."""
    rows = [["file", *_COLUMNS, "done"]]
    for stats in [*files, total]:
        rows.append([one_line(stats.path), *(_cell(stats, c) for c in _COLUMNS), f"{stats.percent_words():.0f}%"])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths)))
        for row in rows
    ]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def render_json(files: list[FileStats], total: FileStats) -> str:
    data = {"files": [f.to_dict() for f in files], "total": total.to_dict()}
    return json_document(data)


#: Output formats: name -> renderer(files, total).
FORMATS: dict[str, Callable[[list[FileStats], FileStats], str]] = {
    "text": render_text,
    "json": render_json,
}


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format", "output_format", type=click.Choice(list(FORMATS)), default="text", show_default=True
)
def stats(paths: tuple[Path, ...], output_format: str) -> None:
    """Count translated, fuzzy and untranslated units (and their Arabic words)
    in each translation file of PATHS (PO, XLIFF or TMX files, or folders
    searched for PO and XLIFF files; - reads one from standard input;
    default: every PO file under translations/), and in total. Words are the source (Arabic) words of each unit."""
    config = load_config()
    with config.relative_errors():
        roots = [p if is_stdin(p) else p.resolve() for p in paths] or [config.translations]
        files = translation_files(roots)
        if not files:
            raise InputError(", ".join(config.relative(p) for p in roots), "no PO files found")
        results = [file_stats(path, shown_name(path) if is_stdin(path) else config.relative(path)) for path in files]
    click.echo(FORMATS[output_format](results, total_of(results)), nl=False)
