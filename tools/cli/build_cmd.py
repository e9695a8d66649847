"""``tools build`` (the translated article as text) and ``tools compile`` (MO files).

``tools build`` exits with status 1 (:data:`~tools.errors.EXIT_FINDINGS`)
when units are untranslated or fuzzy, not 2: the input was read and checked
completely and the answer is a list of findings, like ``check-glossary``
failing on a finding. Status 2 stays reserved for input that cannot be used
(a missing or broken file), so a script can tell "not finished yet" from
"broken".
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from tools.workflow.build import build_article
from tools.workflow.compile import compile_files
from tools.config import DEFAULT_LANGUAGE, ProjectConfig, load_config
from tools.errors import EXIT_FINDINGS, InputError
from tools.cli.output import checked_output, force_option
from tools.untrusted import one_line
from tools.fileio import write_if_changed


@click.command()
@click.argument("article")
@click.option("--lang", "language", help=f"Language to build [default: the PO file's, else {DEFAULT_LANGUAGE}].")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the text here (atomically) instead of to standard output.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["paragraphs", "lines"]),
    default="paragraphs",
    show_default=True,
    help="paragraphs: one source paragraph per line; lines: one unit per line "
    "(an empty line for a unit without a translation), for tools score.",
)
@click.option(
    "--allow-untranslated",
    is_flag=True,
    help="Build anyway; the Arabic stands in for untranslated and fuzzy units.",
)
@force_option
@click.pass_context
def build(
    ctx: click.Context,
    article: str,
    language: str | None,
    output: Path | None,
    output_format: str,
    allow_untranslated: bool,
    force: bool,
) -> None:
    """Print ARTICLE (its name, seed, folder or PO file) translated: one paragraph (non-empty source line) per line,
    the translations of its sentences joined by a space.

    Untranslated, fuzzy and missing units are listed on standard error as
    FILE:LINE: untranslated: <Arabic> and the build fails with exit status 1,
    writing nothing, unless --allow-untranslated is given (the Arabic then
    stands in; with --format lines the unit's line is left empty).
    """
    config = load_config()
    if output is not None:
        checked_output(config, output, force)
    with config.relative_errors():
        ref = config.article(article)
        built = build_article(config, ref.name, ref.language_or(language, DEFAULT_LANGUAGE))
    for problem in built.problems:
        click.echo(str(problem), err=True)
    if built.problems and not allow_untranslated:
        click.echo(
            f"tools: {len(built.problems)} unit(s) without a finished translation; nothing written "
            "(--allow-untranslated builds anyway)",
            err=True,
        )
        ctx.exit(EXIT_FINDINGS)
    text = built.lines if output_format == "lines" else built.text
    if output is None:
        click.echo(text, nl=False)
        return
    changed = write_if_changed(output, text)
    click.echo(f"{'wrote' if changed else 'unchanged'} {config.relative(output)}", err=True)


def compile_targets(config: ProjectConfig, articles: tuple[str, ...], languages: tuple[str, ...]) -> list[Path]:
    """The PO files to compile: each named article's, or every article's, in each language."""
    if articles:
        refs = [config.article(a) for a in articles]
        paths = [
            config.translation_path(ref.name, lang)
            for ref in refs
            for lang in ([ref.language] if ref.language else languages)
        ]
        for path in paths:
            if not os.path.lexists(path):
                raise InputError(config.relative(path), "no such file; run `tools update` first")
        return paths
    if not config.translations.is_dir():
        return []
    # Anything but a folder: a FIFO or a broken link is refused when read, never silently skipped.
    return sorted(p for lang in languages for p in config.translations.glob(f"*/{lang}.po") if not p.is_dir())


@click.command("compile")
@click.argument("articles", nargs=-1)
@click.option(
    "--lang",
    "languages",
    multiple=True,
    default=(DEFAULT_LANGUAGE,),
    show_default=True,
    metavar="CODE",
    help="Language to compile (repeatable).",
)
def compile_mo(articles: tuple[str, ...], languages: tuple[str, ...]) -> None:
    """Compile the translations of ARTICLES (default: every article) to MO
    files next to them (en.po -> en.mo), for gettext. Fuzzy and untranslated
    entries are left out, as msgfmt does."""
    config = load_config()
    with config.relative_errors():
        results = compile_files(compile_targets(config, articles, languages))
    if not results:
        click.echo("no translations to compile", err=True)
    for result in results:
        verb = "wrote" if result.changed else "unchanged"
        noun = "message" if result.messages == 1 else "messages"
        click.echo(f"{verb} {one_line(config.relative(result.mo))}: {result.messages} {noun}", err=True)
