"""``tools glossary add | remove``: change the glossary without editing PO syntax by hand.

Both commands change one glossary file (``--file``, default: the project's
first curated glossary file), lint the whole configured glossary as it
would be, and write only when that brings no new error: the file is
rendered, read back (it must be valid PO, as ``msgfmt -c`` wants) and
replaced atomically.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from collections.abc import Callable
from pathlib import Path

import click
import polib

from tools.check.findings import Finding, Severity
from tools.config import ProjectConfig, load_config
from tools.errors import InputError
from tools.fileio import write_if_changed
from tools.glossary import builtin
from tools.glossary.edit import add_entry, remove_entries
from tools.glossary.lint import lint_glossary
from tools.glossary.load import glossary_files, load_glossary
from tools.glossary.precedence import CURATED, glossary_role
from tools.glossary.write import glossary_metadata
from tools.units.po import checked_text, load_po, po_date, render_po

#: The file a project without any glossary file gets.
DEFAULT_FILE = "ar-en.po"

file_option = click.option(
    "--file",
    "file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Glossary file to change [default: the first curated glossary file of the project].",
)


def target_file(config: ProjectConfig, file: Path | None) -> Path:
    """``--file``, else the first curated file of the configured glossary (never a built-in one)."""
    if file is not None:
        return file
    for configured in config.glossary:
        if builtin.is_spec(configured) or builtin.is_builtin_file(configured):
            continue
        if configured.is_file() and glossary_role(configured) == CURATED:
            return configured
        if configured.is_dir():
            curated = [p for p in sorted(configured.glob("*.po")) if glossary_role(p) == CURATED]
            return curated[0] if curated else configured / DEFAULT_FILE
    raise InputError(config.pyproject, "no glossary folder or file to add to; give --file FILE")


def _read(path: Path) -> polib.POFile:
    if path.exists():
        return load_po(path)
    po = polib.POFile(wrapwidth=78)
    po.metadata = glossary_metadata(f"tarjuman glossary {path.stem}", po_date())
    return po


def _errors(findings: list[Finding]) -> set[tuple[str, str, str | None]]:
    return {(f.code, f.msgid, f.msgctxt) for f in findings if f.severity >= Severity.ERROR}


def _lint_as_if(config: ProjectConfig, target: Path, text: str) -> tuple[list[Finding], list[Finding]]:
    """Lint findings of the configured glossary now, and with ``target`` holding ``text``."""
    files = glossary_files(config.glossary) if config.glossary else []
    resolved = target.resolve()
    with tempfile.TemporaryDirectory() as folder:
        candidate = Path(folder) / target.name
        candidate.write_text(text, "utf-8")
        before_files = [f for f in files if f.resolve() != resolved] + ([target] if target.exists() else [])
        after_files = [f for f in files if f.resolve() != resolved] + [candidate]
        before = lint_glossary(load_glossary(before_files))
        after = lint_glossary(load_glossary(after_files))
        shown = config.relative(target)
        after = [_renamed(f, str(candidate), shown) for f in after]
    return before, after


def _renamed(finding: Finding, old: str, new: str) -> Finding:
    return replace(finding, path=new if finding.path == old else finding.path, message=finding.message.replace(old, new))


def _apply(config: ProjectConfig, target: Path, change: Callable[[polib.POFile], str]) -> None:
    """Change ``target`` with ``change`` (returns the status line), lint, then write or refuse."""
    with config.relative_errors():
        po = _read(target)
        status = change(po)
        text = checked_text(render_po(po), target)
        before, after = _lint_as_if(config, target, text)
    new_errors = [f for f in after if f.severity >= Severity.ERROR and (f.code, f.msgid, f.msgctxt) not in _errors(before)]
    for finding in new_errors:
        click.echo(f"{finding.path}:{finding.line}: {finding.severity.label} {finding.code}: {finding.message}", err=True)
    if new_errors:
        raise InputError(config.relative(target), "not changed: the glossary would not pass lint (see above)")
    old_warnings = {(f.code, f.msgid, f.msgctxt) for f in before}
    for finding in after:
        if finding.severity == Severity.WARNING and (finding.code, finding.msgid, finding.msgctxt) not in old_warnings:
            click.echo(f"{finding.path}:{finding.line}: warning {finding.code}: {finding.message}", err=True)
    changed = write_if_changed(target, text)
    click.echo(status if changed else f"unchanged {config.relative(target)}", err=True)


@click.command("add")
@click.argument("source", metavar="ARABIC")
@click.argument("english")
@click.option("--category", help="Category (agency, title, person, place, ...) [default: the term's, if it has one].")
@click.option("--forbidden", is_flag=True, help="ENGLISH is a rendering that must not be used.")
@click.option("--case-sensitive", is_flag=True, help="ENGLISH must match letter case exactly (acronyms).")
@click.option("--note", help="A note for translators (written as an extracted #. comment).")
@file_option
def add(
    source: str, english: str, category: str | None, forbidden: bool, case_sensitive: bool,
    note: str | None, file: Path | None,
) -> None:
    """Add ENGLISH as an approved (or --forbidden) rendering of the Arabic term ARABIC.

    A further rendering of a term already in the file keeps the file's
    spelling and category and gets a msgctxt label of its own. A rendering
    that contradicts the file (forbidding an approved one, or the reverse)
    is refused; so is a change after which lint would report an error.
    """
    config = load_config()
    with config.relative_errors():
        target = target_file(config, file)
    shown = config.relative(target)

    def change(po: polib.POFile) -> str:
        done = add_entry(
            po, source, english, category=category, forbidden=forbidden, note=note,
            case_sensitive=case_sensitive, where=shown,
        )
        kind = "forbidden" if forbidden else "approved"
        context = f" [{done.entry.msgctxt}]" if done.entry.msgctxt else ""
        spelled = f" (spelled {done.respelled!r} as in the file)" if done.respelled else ""
        return f"added to {shown}: {done.entry.msgid}{context} -> {done.entry.msgstr} ({kind}){spelled}"

    _apply(config, target, change)


@click.command("remove")
@click.argument("source", metavar="ARABIC")
@click.argument("english", required=False)
@file_option
def remove(source: str, english: str | None, file: Path | None) -> None:
    """Remove the rendering ENGLISH of the Arabic term ARABIC (without ENGLISH: the whole term).

    The term is found whatever its spelling (hamza, diacritics). A change
    after which lint would report an error is refused.
    """
    config = load_config()
    with config.relative_errors():
        target = target_file(config, file)
        if not target.exists():
            raise InputError(config.relative(target), "no such file")
    shown = config.relative(target)

    def change(po: polib.POFile) -> str:
        removed = remove_entries(po, source, english, where=shown)
        listed = ", ".join(f"{e.msgstr}" + (f" [{e.msgctxt}]" if e.msgctxt else "") for e in removed)
        return f"removed from {shown}: {removed[0].msgid} -> {listed}"

    _apply(config, target, change)


__all__ = ["add", "remove", "target_file"]
