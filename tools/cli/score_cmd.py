"""``tools score``: sacrebleu metrics plus terminology accuracy of a translation."""

from __future__ import annotations

from pathlib import Path

import click

from tools.config import load_config
from tools.score.report import FORMATTERS, gap_lines
from tools.score.run import GlossaryChoice
from tools.score.run import score as run_score


def _near(path: Path) -> Path:
    """``path`` relative to the current directory when inside it: reports name files as users type them."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


@click.command()
@click.argument("hypothesis", type=click.Path(dir_okay=False, path_type=str))
@click.option("--ref", "references", multiple=True, required=True, type=click.Path(dir_okay=False, path_type=str),
              help="Reference translation (PO, XLIFF, TMX or text); repeat for several references.")
@click.option("--source", type=click.Path(dir_okay=False, path_type=str),
              help="Arabic source, one segment per line, for plain-text files (a PO file's source is its msgid).")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path),
              help="Glossary PO file or directory (repeatable). Default: the project's glossary paths.")
@click.option("--per-segment", is_flag=True, help="Add a table of sentence-level scores and term counts.")
@click.option("--compare", type=click.Path(dir_okay=False, path_type=str),
              help="Second hypothesis: paired bootstrap resampling against HYPOTHESIS (p < 0.05, seed 12345).")
@click.option("--format", "output_format", type=click.Choice(sorted(FORMATTERS)), default="text", show_default=True)
@click.option("--width", "-w", default=1, show_default=True, type=click.IntRange(0, 10),
              help="Decimals, as sacrebleu's --width.")
def score(
    hypothesis: str,
    references: tuple[str, ...],
    source: str | None,
    glossaries: tuple[Path, ...],
    per_segment: bool,
    compare: str | None,
    output_format: str,
    width: int,
) -> None:
    """Score HYPOTHESIS against --ref: corpus BLEU, chrF++ and TER (sacrebleu,
    with signatures; the same figures as the sacrebleu command) and terminology
    metrics with the project glossary: term exact-match accuracy, window
    overlap (windows 2 and 3) and 1 - TERm, as defined by Alam et al. (2021),
    "On the Evaluation of Machine Translation for Terminology Consistency"
    (arXiv:2106.11891).

    PO files are aligned by msgctxt+msgid; untranslated or fuzzy hypothesis
    units count as empty translations; units left out or emptied are listed on
    stderr. Plain-text files are aligned line by line."""
    if glossaries:
        choice = GlossaryChoice(tuple(glossaries), explicit=True)
    else:
        choice = GlossaryChoice(tuple(_near(p) for p in load_config().glossary), explicit=False)
    report = run_score(
        hypothesis,
        list(references),
        source=source,
        glossary=choice,
        per_segment=per_segment,
        compare=compare,
    )
    for line in gap_lines(report):
        click.echo(f"tools score: note: {line}", err=True)
    click.echo(FORMATTERS[output_format](report, width), nl=False)
