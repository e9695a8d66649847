"""``tools report``: the bilingual review page of one article's translation."""

from __future__ import annotations

from pathlib import Path

import click

from tools.config import DEFAULT_LANGUAGE, load_config
from tools.cli.output import checked_output, force_option
from tools.fileio import write_if_changed
from tools.glossary.load import load_glossary
from tools.review.model import Review, build_review, glossary_findings
from tools.review.html import render


@click.command()
@click.argument("article")
@click.option(
    "--lang",
    "language",
    help=f"Language of the translation [default: the PO file's, else {DEFAULT_LANGUAGE}].",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="HTML file to write (written atomically; left untouched when unchanged).",
)
@force_option
def report(article: str, language: str | None, output: Path, force: bool) -> None:
    """Write a self-contained HTML page that shows ARTICLE's (its name, seed,
    folder or PO file) Arabic and its
    translation side by side, with glossary terms highlighted, check-glossary
    findings on their units, and progress on top."""
    config = load_config()
    checked_output(config, output, force)
    with config.relative_errors():
        ref = config.article(article)
        glossary = load_glossary(config.glossary)
        review = build_review(
            config, ref.name, ref.language_or(language, DEFAULT_LANGUAGE), glossary.terms, glossary_findings
        )
    changed = write_if_changed(output, render(review))
    click.echo(
        f"{'wrote' if changed else 'unchanged'}: {config.relative(output)} ({summary(review)})",
        err=True,
    )


def summary(review: Review) -> str:
    """The counts printed after writing the page."""
    states = review.states
    return (
        f"{counted(len(review.rows), 'unit')}: {states['translated']} translated, "
        f"{states['fuzzy']} fuzzy, {states['untranslated'] + states['missing']} untranslated; "
        f"{counted(sum(review.severities.values()), 'finding')}; "
        f"{counted(len(review.terms), 'glossary term')}"
    )


def counted(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
