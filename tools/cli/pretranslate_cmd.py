"""``tools pretranslate``: fill untranslated entries from past articles' translations."""

from __future__ import annotations

from pathlib import Path

import click

from tools.fileio import current_bytes
from tools.config import DEFAULT_LANGUAGE, ProjectConfig, load_config
from tools.errors import InputError
from tools.workflow.memory import Memory, TranslationMemory, remembered
from tools.workflow.memory import pretranslate as fill
from tools.units.po import load_po, save_po
from tools.units.readers import po_document, read_units


def translation_files(config: ProjectConfig, language: str) -> list[Path]:
    """Every ``translations/<article>/<language>.po``, sorted by article."""
    if not config.translations.is_dir():
        return []
    return sorted(p for p in config.translations.glob(f"*/{language}.po") if not p.is_dir())


def targets(config: ProjectConfig, article: str | None, language: str) -> list[Path]:
    """The PO files to fill: one article's, or every article's."""
    if article is None:
        return translation_files(config, language)
    path = config.translation_path(article, language)
    if not path.is_file():
        raise InputError(
            config.relative(path),
            f"no {language} translation of {article!r}; run `tools update` first",
        )
    return [path]


def _remembered_file(config: ProjectConfig, file: Path, language: str) -> list[Memory]:
    """The translations a ``--memory`` file offers, named relative to the project."""
    name = config.relative(file.resolve())
    return remembered(read_units(file, name, target=language), name)


@click.command()
@click.argument("article", required=False)
@click.option(
    "--lang",
    "language",
    help=f"Language of the PO files [default: the PO file's, else {DEFAULT_LANGUAGE}].",
)
@click.option("--dry-run", is_flag=True, help="Count what would be filled; write nothing.")
@click.option(
    "--memory",
    "memories",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also use the translations of FILE: a TMX memory, an XLIFF or PO file (repeatable).",
)
def pretranslate(
    article: str | None, language: str | None, dry_run: bool, memories: tuple[Path, ...]
) -> None:
    """Fill untranslated entries of ARTICLE (its name, seed, folder or PO file;
    default: every article) from the other articles' translations and any
    --memory files: exact matches as translated, close ones as fuzzy with a
    comment naming their source. Existing translations and fuzzy entries are
    never changed. When the same source has several translations, the most
    frequent wins, and of equally frequent ones the first: the articles'
    before the --memory files'."""
    config = load_config()
    with config.relative_errors():
        ref = config.article(article) if article is not None else None
        language = ref.language_or(language, DEFAULT_LANGUAGE) if ref else language or DEFAULT_LANGUAGE
        every = translation_files(config, language)
        paths = targets(config, ref.name if ref else None, language)
        # Read every file first: a bad one stops the run before anything is written.
        # The bytes read are kept: an editor's save made meanwhile is not overwritten.
        snapshots = {path.resolve(): current_bytes(path) for path in paths}
        catalogs = {path.resolve(): load_po(path, allow_empty=True) for path in [*every, *paths]}
        extra = [m for file in memories for m in _remembered_file(config, file, language)]
    if not paths:
        click.echo(f"no {config.relative(config.translations)}/*/{language}.po files to fill", err=True)
    # The memory is what the files held before this run, whatever order they are filled in.
    kept = {
        path: remembered(po_document(po, config.relative(path)), config.relative(path))
        for path, po in catalogs.items()
    }
    for path in paths:
        sources = [other for other in kept if other != path.resolve()]
        memory = TranslationMemory([m for other in sources for m in kept[other]] + extra)
        po = catalogs[path.resolve()]
        result = fill(po, memory, config.relative(path))
        # An untouched file is not rewritten: the translator's formatting stays.
        changed = not dry_run and result.filled > 0 and save_po(po, path, expect=snapshots[path.resolve()])
        verb = "would fill" if dry_run else ("filled" if changed else "unchanged")
        count = len(sources) + len(memories)
        files = "file" if count == 1 else "files"
        click.echo(
            f"{verb}: {result.summary()}; "
            f"memory: {len(memory)} translations from {count} {files}",
            err=True,
        )
