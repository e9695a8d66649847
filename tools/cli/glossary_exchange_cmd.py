"""``tools glossary export | import | suggest``: exchange the glossary, mine new terms.

Formats are declared once in :data:`FORMATS` (how to write, how to read,
which file extensions); the commands look them up, never branch on them.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import click

from tools.config import DEFAULT_LANGUAGE, ProjectConfig, load_config
from tools.errors import InputError
from tools.cli.output import checked_output, force_option
from tools.fileio import atomic_write_bytes, decode_utf8, read_input
from tools.glossary.exchange.csv_io import export_csv, read_csv
from tools.glossary.exchange.properties import NAME, Exchanged, file_properties, origin_names
from tools.glossary.exchange.tbx import HEADER_KEY
from tools.glossary.exchange.tbx_read import read_tbx
from tools.glossary.exchange.tbx_write import export_tbx
from tools.glossary.load import glossary_files
from tools.glossary.precedence import ROLE_FIELD
from tools.glossary.read import read_records
from tools.glossary.write import GlossaryRecord, build_po, write_glossary

_Records = list[GlossaryRecord]
#: The file name that stands for standard input.
STDIN = "-"


@dataclass(frozen=True)
class Format:
    """One interchange format: writer, reader and the extensions that name it."""

    write: Callable[[_Records, str, dict[str, dict[str, str]]], bytes]
    read: Callable[[bytes, str], Exchanged]
    extensions: tuple[str, ...]


def _read_csv(data: bytes, path: str) -> Exchanged:
    exchanged = read_csv(decode_utf8(data, path), path)
    return dataclasses.replace(exchanged, header=f"Glossary imported from {Path(path).name}.")


def _write_tbx(records: _Records, header: str, files: dict[str, dict[str, str]]) -> bytes:
    return export_tbx(records, header=header, files=list(files.values()))


#: Every interchange format of ``tools glossary export`` and ``import``.
FORMATS: dict[str, Format] = {
    "tbx": Format(write=_write_tbx, read=read_tbx, extensions=(".tbx", ".xml")),
    "csv": Format(
        write=lambda records, header, files: export_csv(records, files).encode("utf-8"),
        read=_read_csv,
        extensions=(".csv",),
    ),
}


def collect(paths: Sequence[Path]) -> tuple[_Records, str, dict[str, dict[str, str]]]:
    """Every record of every glossary file in ``paths``, their header comments and each
    file's properties (by the path the records name).

    No precedence is applied: which file wins a term is decided when the
    glossary is used, and an exchange that dropped the entries another file
    shadows (إيرلندا in one file, أيرلندا in another) would lose them for good.
    """
    files = glossary_files(paths)
    names = origin_names(files)
    records: _Records = []
    headers: list[str] = []
    properties: dict[str, dict[str, str]] = {}
    for path in files:
        loaded, header = read_records(path)
        records.extend(dataclasses.replace(r, origin=names[path]) for r in loaded)
        if header.strip():
            headers.append(header.strip())
        own = {HEADER_KEY: header} if header else {}
        properties[names[path]] = {NAME: names[path], **file_properties(path), **own}
    return records, "\n\n".join(headers), properties


def _configured(config: ProjectConfig, paths: Sequence[Path]) -> list[Path]:
    return list(paths) if paths else list(config.glossary)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), required=True, help="Interchange format.")
@click.option(
    "--glossary",
    "glossary_paths",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Glossary file or directory (repeatable). Default: the project's glossary.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Output file (default: stdout).")
@force_option
def export(fmt: str, glossary_paths: tuple[Path, ...], output: Path | None, force: bool) -> None:
    """Export the glossary as TBX-Basic or as CSV (Weblate's columns).

    One TBX concept per Arabic term; entries without an English rendering
    are left out of TBX. Every entry of every file is exported, every
    spelling kept, with each file's Language and X-Glossary-Role.
    """
    config = load_config()
    if output is not None:
        checked_output(config, output, force)
    with config.relative_errors():
        records, header, files = collect(_configured(config, glossary_paths))
        data = FORMATS[fmt].write(records, header, files)
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
        return
    atomic_write_bytes(output, data)
    count = sum(1 for r in records if r.msgstr) if fmt == "tbx" else len(records)
    click.echo(f"wrote {config.relative(output)} ({count} entries)", err=True)


def _format_of(path: Path, fmt: str | None) -> str:
    if fmt:
        return fmt
    for name, spec in FORMATS.items():
        if path.suffix.lower() in spec.extensions:
            return name
    if str(path) == STDIN:
        raise InputError(path, "standard input has no extension to tell the format; pass --format")
    raise InputError(path, f"cannot tell the format from the extension {path.suffix!r}; pass --format")


def _read_input(source: Path) -> bytes:
    """The bytes of ``source``; ``-`` is standard input."""
    return read_input(source)


@click.command("import")
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), help="Default: from the file extension.")
@click.option(
    "-o", "--output", type=click.Path(path_type=str),
    help="Glossary to write (default: glossary/<name>.po; required when SOURCE is -); "
    "a folder (DIR/) gets each exported file back under its own name.",
)
@click.option("--force", is_flag=True, help="Replace OUTPUT if it exists.")
def import_(source: Path, fmt: str | None, output: str | None, force: bool) -> None:
    """Import a TBX or CSV glossary (- reads standard input) as a PO glossary file.

    The whole input is read and checked first; a malformed file stops with
    its line (exit 2) and nothing is written. An existing OUTPUT is never
    overwritten without --force (no merge: review the difference with git).
    The Language and X-Glossary-Role the exported files shared come back.
    """
    config = load_config()
    with config.relative_errors():
        name = _format_of(source, fmt)
        if str(source) == STDIN and output is None:
            raise InputError(source, "give -o FILE for a glossary read from standard input")
        exchanged = FORMATS[name].read(_read_input(source), str(source))
        if not exchanged.records:
            raise InputError(source, "no glossary entries found")
        if output is not None and (Path(output).is_dir() or output.endswith(("/", os.sep))):
            written = _import_files(exchanged, Path(output), source, force)
        else:
            target = Path(output) if output else _configured(config, ())[0] / f"{source.stem}.po"
            written = [_import_one(exchanged, target, force)]
    for target, count, differing in written:
        for field_name in differing:
            click.echo(
                f"tools: note: the exported files had different {field_name} values; {config.relative(target)} "
                "has none (import into a folder, -o DIR/, to get each file back)",
                err=True,
            )
        click.echo(f"wrote {config.relative(target)} ({count} entries from {config.relative(source)})", err=True)


_Written = tuple[Path, int, list[str]]


def _import_one(exchanged: Exchanged, target: Path, force: bool) -> _Written:
    """Every entry into one glossary file, with the properties the exported files shared."""
    # The same entry exported from two files (a curated file and a built-in one) is one entry.
    records = list(dict.fromkeys(exchanged.records))
    _refuse_clashes(records)
    _refuse_existing([target], force)
    shared, differing = exchanged.properties()
    write_glossary(
        target, records, header=exchanged.header, project=f"tarjuman glossary {target.stem}",
        role=shared.get(ROLE_FIELD), language=shared.get("Language"),
    )
    return target, len(records), differing


def _import_files(exchanged: Exchanged, folder: Path, source: Path, force: bool) -> list[_Written]:
    """Each exported file back into ``folder``, with its own header and properties."""
    groups: dict[str, _Records] = {}
    for record in exchanged.records:
        groups.setdefault(record.origin or f"{source.stem}.po", []).append(record)
    targets = {name: folder / name for name in groups}
    for name, target in targets.items():
        if not target.resolve().is_relative_to(folder.resolve()):
            raise InputError(source, f"file name {name!r} would be written outside {folder}")
    _refuse_existing(list(targets.values()), force)
    for records in groups.values():  # every file is checked before the first is written
        build_po(records)
    written: list[_Written] = []
    for name, records in groups.items():
        properties = exchanged.of_file(name)
        header = exchanged.headers.get(name, exchanged.header if len(groups) == 1 else "")
        write_glossary(
            targets[name], records, header=header, project=f"tarjuman glossary {targets[name].stem}",
            role=properties.get(ROLE_FIELD), language=properties.get("Language"),
        )
        written.append((targets[name], len(records), []))
    return written


def _refuse_clashes(records: _Records) -> None:
    """Two files' different entries for one msgctxt and msgid cannot share one PO file."""
    seen: dict[tuple[str | None, str], GlossaryRecord] = {}
    for record in records:
        first = seen.setdefault((record.msgctxt, record.msgid), record)
        if first is not record and first.origin and record.origin and first.origin != record.origin:
            raise InputError(
                record.path or None,
                f"{first.origin} and {record.origin} both define msgctxt {record.msgctxt!r} for "
                f"{record.msgid!r}, differently; import into a folder (-o DIR/) to get each file back",
                record.line or None,
            )


def _refuse_existing(targets: list[Path], force: bool) -> None:
    for target in targets:
        if target.exists() and not force:
            raise InputError(target, "exists; pass --force to replace it (nothing was written)")


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
    from tools.glossary.mining.mine import mine_project
    from tools.glossary.mining.output import (
        CANDIDATES_HEADER,
        CANDIDATES_PROJECT,
        candidate_records,
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
