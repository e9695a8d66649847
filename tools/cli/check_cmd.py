"""``tools check-glossary``: parse options, run :mod:`tools.check`, write the report.

Every option that configuration can also set defaults to "not given", so
``[tool.tarjuman.check]`` shows through unless the option is used.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

import click

from tools.check import baseline as baseline_file
from tools.check import engine
from tools.check.registry import all_checks
from tools.check.reporters import AUTO, REPORTERS, pieces, resolve_format
from tools.check.reporters.base import ReportOptions
from tools.check.settings import FAIL_ON_CHOICES, CliOptions, resolve
from tools.config import load_config
from tools.errors import EXIT_FINDINGS, EXIT_OK
from tools.fileio import atomic_write_text

#: Show a progress bar (on a terminal) from this many files on.
PROGRESS_MIN_FILES = 20


def _progress(items: Iterable[Any], length: int) -> AbstractContextManager[Iterable[Any]]:
    if length >= PROGRESS_MIN_FILES and sys.stderr.isatty():
        return click.progressbar(items, length=length, label="Checking", file=sys.stderr)
    return nullcontext(items)


def _use_color(output: Path | None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _list_checks() -> None:
    checks = all_checks()
    width = max(len(check.code) for check in checks)
    for check in checks:
        click.echo(f"{check.code:{width}}  {check.severity.label:7}  {check.summary}")


@click.command("check-glossary")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--glossary", "glossary", multiple=True, type=click.Path(path_type=Path),
    help="Glossary PO file or directory (repeatable); default: 'glossary' in pyproject.toml.",
)
@click.option(
    "--format", "fmt", type=click.Choice([AUTO, *REPORTERS]), default=AUTO, show_default=True,
    help="Output format; auto is github inside GitHub Actions, else text.",
)
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report to FILE (atomically) instead of stdout.")
@click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES),
              help="Exit 1 when a finding at or above this severity remains [default: error].")
@click.option("--disable", multiple=True, metavar="CODE", help="Do not run check CODE (repeatable).")
@click.option("--severity", multiple=True, metavar="CODE=LEVEL",
              help="Report CODE at LEVEL: info, warning or error (repeatable).")
@click.option("--baseline", type=click.Path(path_type=Path, dir_okay=False),
              help="Ignore findings recorded in this baseline file.")
@click.option("--write-baseline", is_flag=True,
              help="Record every current finding in the --baseline file and exit 0.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Check files in N processes (0: one per CPU); output is the same.")
@click.option("--list-checks", is_flag=True, help="List check codes and default severities, then exit.")
def check_glossary(
    paths: tuple[Path, ...],
    glossary: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    fail_on: str | None,
    disable: tuple[str, ...],
    severity: tuple[str, ...],
    baseline: Path | None,
    write_baseline: bool,
    jobs: int,
    list_checks: bool,
) -> None:
    """Check PO translations against the glossary and lint the glossary.

    PATHS are PO files or directories (default: every PO file under the
    translations folder). Settings come from [tool.tarjuman.check] in
    pyproject.toml; options given here override them.

    \b
    Exit status:
      0  nothing at or above --fail-on was found
      1  something was
      2  bad usage, configuration or unreadable input
    """
    if list_checks:
        _list_checks()
        return
    config = load_config()
    settings = resolve(
        config,
        CliOptions(glossary=glossary, severity=severity, disable=disable, fail_on=fail_on,
                   baseline=baseline),
    )
    if write_baseline and settings.baseline is None:
        raise click.UsageError("--write-baseline needs --baseline FILE (or baseline in pyproject.toml)")
    result = engine.run(
        config, settings, paths,
        jobs=jobs or engine.default_jobs(), progress=_progress, use_baseline=not write_baseline,
    )
    if write_baseline:
        assert settings.baseline is not None
        baseline_file.write(settings.baseline, result.findings)
        click.echo(
            f"{config.relative(settings.baseline)}: recorded {len(result.findings)} finding(s)",
            err=True,
        )
        return
    color = _use_color(output)
    report = pieces(resolve_format(fmt), result, ReportOptions(settings.fail_on, color))
    if output is not None:
        atomic_write_text(output, report)
    else:
        for piece in report:
            click.echo(piece, nl=False, color=color)
    click.get_current_context().exit(EXIT_FINDINGS if result.failing(settings.fail_on) else EXIT_OK)
