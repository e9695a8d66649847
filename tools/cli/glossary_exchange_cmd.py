"""``tools glossary export | import | suggest``: exchange the glossary, mine new terms.

Formats are declared once in :data:`FORMATS` (how to write, how to read,
which file extensions); the commands look them up, never branch on them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import click

from tools.config import DEFAULT_LANGUAGE, ProjectConfig, load_config
from tools.errors import InputError
from tools.cli.output import checked_output, force_option
from tools.fileio import atomic_write_bytes, decode_utf8, read_regular_bytes, read_text
from tools.glossary.exchange.csv_io import export_csv, parse_csv
from tools.glossary.load import glossary_files
from tools.glossary.precedence import apply_precedence, glossary_role
from tools.glossary.exchange.tbx import export_tbx, parse_tbx
from tools.glossary.write import GlossaryRecord, read_records, write_glossary

_Records = list[GlossaryRecord]


@dataclass(frozen=True)
class Format:
    """One interchange format: writer, reader and the extensions that name it."""

    write: Callable[[_Records, str], bytes]
    read: Callable[[bytes, str], tuple[_Records, str]]
    extensions: tuple[str, ...]


def _read_csv(data: bytes, path: str) -> tuple[_Records, str]:
    return parse_csv(decode_utf8(data, path), path), f"Glossary imported from {Path(path).name}."


#: Every interchange format of ``tools glossary export`` and ``import``.
FORMATS: dict[str, Format] = {
    "tbx": Format(
        write=lambda records, header: export_tbx(records, header=header),
        read=parse_tbx,
        extensions=(".tbx", ".xml"),
    ),
    "csv": Format(
        write=lambda records, header: export_csv(records).encode("utf-8"),
        read=_read_csv,
        extensions=(".csv",),
    ),
}


def _usable(record: GlossaryRecord) -> bool:
    return bool(record.msgstr.strip()) and not record.fuzzy


@dataclass(frozen=True)
class _Precedence:
    """Adapter: a record seen by :func:`apply_precedence` (key + whether it defines the term)."""

    record: GlossaryRecord

    @property
    def key(self) -> str:
        return self.record.key

    @property
    def usable(self) -> bool:
        return _usable(self.record)


def collect(paths: Sequence[Path]) -> tuple[_Records, str]:
    """Records of every glossary file in ``paths`` after precedence, and their header comments."""
    files = glossary_files(paths)
    loaded = [read_records(path) for path in files]
    roles = [glossary_role(path) for path in files]
    resolved = apply_precedence([[_Precedence(r) for r in records] for records, _ in loaded], roles)
    headers = [header.strip() for _, header in loaded if header.strip()]
    return [p.record for p in resolved.kept], "\n\n".join(headers)


def _configured(config: ProjectConfig, paths: Sequence[Path]) -> list[Path]:
    return list(paths) if paths else list(config.glossary)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), required=True, help="Interchange format.")
@click.option(
    "--glossary",
    "glossary_paths",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Glossary file or directory (repeatable; earlier wins). Default: the project's glossary.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Output file (default: stdout).")
@force_option
def export(fmt: str, glossary_paths: tuple[Path, ...], output: Path | None, force: bool) -> None:
    """Export the glossary as TBX-Basic or as CSV (Weblate's columns).

    One TBX concept per Arabic term; entries without an English rendering
    are left out of TBX. Where several files define a term, the first file
    wins (see glossary/README.md).
    """
    config = load_config()
    if output is not None:
        checked_output(config, output, force)
    records, header = collect(_configured(config, glossary_paths))
    data = FORMATS[fmt].write(records, header)
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
        return
    atomic_write_bytes(output, data)
    click.echo(f"wrote {output} ({sum(1 for r in records if r.msgstr)} entries)", err=True)


def _format_of(path: Path, fmt: str | None) -> str:
    if fmt:
        return fmt
    for name, spec in FORMATS.items():
        if path.suffix.lower() in spec.extensions:
            return name
    raise InputError(path, f"cannot tell the format from the extension {path.suffix!r}; pass --format")


@click.command("import")
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), help="Default: from the file extension.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Glossary to write (default: glossary/<name>.po).")
@click.option("--force", is_flag=True, help="Replace OUTPUT if it exists.")
def import_(source: Path, fmt: str | None, output: Path | None, force: bool) -> None:
    """Import a TBX or CSV glossary as a PO glossary file.

    The whole input is read and checked first; a malformed file stops with
    its line (exit 2) and nothing is written. An existing OUTPUT is never
    overwritten without --force (no merge: review the difference with git).
    """
    config = load_config()
    name = _format_of(source, fmt)
    data = read_regular_bytes(source)
    records, header = FORMATS[name].read(data, str(source))
    if not records:
        raise InputError(source, "no glossary entries found")
    target = output or (_configured(config, ())[0] / f"{source.stem}.po")
    if target.exists() and not force:
        raise InputError(target, "exists; pass --force to replace it (nothing was written)")
    write_glossary(target, records, header=header, project=f"tarjuman glossary {target.stem}")
    click.echo(f"wrote {target} ({len(records)} entries from {source})", err=True)


@click.command("suggest")
@click.option("--lang", "language", default=DEFAULT_LANGUAGE, show_default=True, help="Language of the aligned translations.")
@click.option(
    "--glossary",
    "glossary_paths",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Glossary whose terms are not suggested again (repeatable). Default: the project's glossary.",
)
@click.option("--top", type=click.IntRange(min=1), default=100, show_default=True, help="Number of candidates.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Candidates PO file (default: stdout).")
@force_option
def suggest(language: str, glossary_paths: tuple[Path, ...], top: int, output: Path | None, force: bool) -> None:
    """Suggest new glossary terms mined from seeds/*.txt, as fuzzy PO entries.

    Candidates are recurring multiword expressions and title/institution
    patterns not yet in the glossary, ranked by score, each with an English
    rendering proposed from the aligned translations/<article>/<lang>.po
    when the evidence allows. Review them, remove the fuzzy flag, and move
    them into a glossary file.
    """
    from tools.glossary.mining.mine import (
        CANDIDATES_HEADER,
        CANDIDATES_PROJECT,
        candidate_records,
        mine_project,
        render_candidates,
    )

    config = load_config()
    replace = True
    if output is not None:
        try:
            checked_output(config, output, force)
        except InputError:
            replace = False  # refused below unless the file would stay as it is
    candidates = mine_project(config, language, _configured(config, glossary_paths), top=top)
    if output is None:
        click.echo(render_candidates(candidates), nl=False)
        return
    records = candidate_records(candidates)
    changed = write_glossary(output, records, header=CANDIDATES_HEADER, project=CANDIDATES_PROJECT, replace=replace)
    click.echo(f"{'wrote' if changed else 'unchanged'}: {output} ({len(records)} candidates)", err=True)
