"""``tools score``: sacrebleu metrics plus terminology accuracy of a translation."""

from __future__ import annotations

import contextlib
from pathlib import Path

import click

from tools.config import load_config
from tools.score.report import FORMATTERS, gap_lines
from tools.score.segments import is_po
from tools.workflow.build import reading_order
from tools.score.run import GlossaryChoice
from tools.score.run import score as run_score


@click.command()
@click.argument("hypothesis", type=click.Path(dir_okay=False, path_type=str, allow_dash=True))
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
    stderr. Plain-text files are aligned line by line; HYPOTHESIS - reads a
    plain-text hypothesis from standard input. A PO hypothesis with
    plain-text references is aligned unit by unit: line k of the reference is
    unit k of the article in reading order (as `tools build ARTICLE --format
    lines` prints it; the order of the entries for a PO file outside the
    project's translations)."""
    config = load_config()
    # Files are named in the report and its messages as the library was given
    # them: relative to the project root (absolute outside it), read from there.
    shown = config.relative
    choice = GlossaryChoice(
        tuple(Path(shown(p)) for p in glossaries or config.glossary), explicit=bool(glossaries)
    )
    order = None
    with config.relative_errors():
        if is_po(hypothesis) and not any(is_po(r) for r in references):
            order = reading_order(config, hypothesis)
        hyp, refs = shown(hypothesis), [shown(r) for r in references]
        src = shown(source) if source is not None else None
        second = shown(compare) if compare is not None else None
        with contextlib.chdir(config.root):
            report = run_score(
                hyp, refs, source=src, glossary=choice, per_segment=per_segment, compare=second, order=order
            )
    for line in gap_lines(report):
        click.echo(f"tools score: note: {line}", err=True)
    click.echo(FORMATTERS[output_format](report, width), nl=False)
