"""``tools segment``: cut an Arabic article into sentences and write its template."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from tools.cli.output import checked_output, force_option
from tools.errors import InputError
from tools.config import ProjectConfig, load_config
from tools.fileio import STDIN_NAME, is_stdin, write_if_changed
from tools.text.segment import Sentence, segment_file
from tools.workflow.template import write_template


def _write_pot(config: ProjectConfig, source: Path, output: Path | None) -> None:
    """Write the template and say on stderr what happened to it."""
    units = segment_file(source)
    article = output.stem if is_stdin(source) and output is not None else source.stem
    path, changed = write_template(config, article, output, source=source, units=units)
    distinct = len({unit.text for unit in units})
    count = f"{len(units)} units" + (f" ({distinct} distinct)" if distinct != len(units) else "")
    verb = "wrote" if changed else "unchanged"
    click.echo(f"{verb} {config.relative(path)}: {count}", err=True)


def _write_lines(config: ProjectConfig, source: Path, output: Path | None) -> None:
    """Every unit on its own line, an empty line between paragraphs (for reading and diffing)."""
    text = render_lines(segment_file(source))
    if output is None:
        click.echo(text, nl=False)
        return
    changed = write_if_changed(output, text)
    click.echo(f"{'wrote' if changed else 'unchanged'} {config.relative(output)}", err=True)


def render_lines(units: list[Sentence]) -> str:
    """Units in document order, duplicates kept, paragraphs separated by an empty line."""
    lines: list[str] = []
    for index, unit in enumerate(units):
        if index and unit.paragraph != units[index - 1].paragraph:
            lines.append("")
        lines.append(unit.text)
    return "".join(f"{line}\n" for line in lines)


#: Output formats: name -> writer(config, source, output).
FORMATS: dict[str, Callable[[ProjectConfig, Path, Path | None], None]] = {
    "pot": _write_pot,
    "lines": _write_lines,
}


def _article_seed(config: ProjectConfig, source: Path) -> Path:
    """The seed of the article ``source`` names (its name or folder), else ``source`` itself."""
    try:
        return config.seed_path(config.article(str(source)).name)
    except InputError:
        return source


@click.command()
@click.argument("source", type=click.Path(dir_okay=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here instead of translations/<article>/<article>.pot (or stdout for lines).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(list(FORMATS)),
    default="pot",
    show_default=True,
    help="pot: the translation template; lines: one unit per line.",
)
@force_option
def segment(source: Path, output: Path | None, output_format: str, force: bool) -> None:
    """Cut SOURCE (an Arabic article, UTF-8; the name of an article in
    seeds/; or - for standard input, with -o or --format lines) into sentences.

    Writes the article's template, one entry per distinct sentence with its
    source lines as references. A line without final punctuation (outlet,
    headline, dateline) is a unit of its own; blank lines are skipped.
    """
    config = load_config()
    if is_stdin(source):
        if output is None and output_format == "pot":
            raise InputError(STDIN_NAME, "an article on standard input has no name: give -o FILE.pot or --format lines")
    elif not source.is_file():
        source = _article_seed(config, source)
    if output is not None:
        # The article's own template is what segment writes anyway.
        default = config.template_path(source.stem) if output_format == "pot" and not is_stdin(source) else None
        checked_output(config, output, force, default=default)
    with config.relative_errors():
        FORMATS[output_format](config, source, output)
