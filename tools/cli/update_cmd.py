"""``tools update``: re-segment the articles and merge their templates into the translations."""

from __future__ import annotations

import click

from tools.config import ProjectConfig, load_config
from tools.workflow.hints import glossary_hints
from tools.workflow.update import ArticleUpdate, update_project
from tools.untrusted import one_line


def _lines(config: ProjectConfig, outcome: ArticleUpdate) -> list[str]:
    """One line for the template and one per translation, as printed."""
    verb = "wrote" if outcome.template_changed else "unchanged"
    lines = [f"{verb} {one_line(config.relative(outcome.template))}"]
    for translation in outcome.translations:
        verb = "created" if translation.created else ("updated" if translation.changed else "unchanged")
        lines.append(f"{verb} {one_line(config.relative(translation.path))}: {translation.report.summary()}")
    return lines


@click.command()
@click.argument("articles", nargs=-1)
@click.option(
    "--lang",
    "languages",
    multiple=True,
    metavar="CODE",
    help="Also create ARTICLE's translation into this language (repeatable). "
    "en and the languages that already have a file are always updated.",
)
def update(articles: tuple[str, ...], languages: tuple[str, ...]) -> None:
    """Re-segment ARTICLES (default: every seeds/*.txt), rewrite each template
    and merge it into every translations/<article>/<lang>.po. An ARTICLE is
    its name, its seed, its folder or one of its PO files.

    Unchanged sentences keep their translation; a changed one keeps the old
    translation marked fuzzy with the old text as previous msgid; a removed
    one becomes obsolete (#~), and comes back if the sentence does. Every
    input is checked before anything is written; a second run changes nothing.
    """
    config = load_config()
    with config.relative_errors():
        names = tuple(config.article(value).name for value in articles)
        outcomes = update_project(config, names, languages, processors=glossary_hints(config))
    for outcome in outcomes:
        for line in _lines(config, outcome):
            click.echo(line, err=True)
