"""``tools check-glossary``: parse options, run :mod:`tools.check`, write the report.

Every option that configuration can also set defaults to "not given", so
``[tool.tarjuman.check]`` shows through unless the option is used.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

import click

from tools.check import baseline as baseline_file
from tools.check import engine
from tools.check.registry import all_checks
from tools.check.reporters import AUTO, REPORTERS, pieces, resolve_format
from tools.check.reporters.base import ReportOptions
from tools.check.settings import FAIL_ON_CHOICES, CliOptions, resolve
from tools.check.reporters import sarif
from tools.glossary import cache as glossary_cache
from tools.cli.output import checked_output, force_option, raw_echo
from tools.config import ProjectConfig, load_config
from tools.errors import EXIT_FINDINGS, EXIT_OK, InputError
from tools.fileio import atomic_write_text

#: Show a progress bar (on a terminal) from this many files on.
PROGRESS_MIN_FILES = 20


def _progress(items: Iterable[Any], length: int) -> AbstractContextManager[Iterable[Any]]:
    if length >= PROGRESS_MIN_FILES and sys.stderr.isatty():
        return click.progressbar(items, length=length, label="Checking", file=sys.stderr)
    return nullcontext(items)


#: Allocations between two collections of the youngest generation while checking
#: (Python's default: 700). A check allocates millions of short-lived objects and
#: frees them by reference counting; with the default, the cycle collector ran
#: thousands of times and walked the glossary and the file's entries again and
#: again: 0.5 s of 3.9 s on 50,000 entries with 100 terms, 1.0 s of 7.5 s with
#: 10,000 terms, for no memory returned (peak RSS the same with it off).
FEWER_COLLECTIONS = 50_000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the check with the cycle collector's youngest threshold at :data:`FEWER_COLLECTIONS`, then restore it."""
    before = gc.get_threshold()
    gc.set_threshold(FEWER_COLLECTIONS, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


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
@click.option("--no-cache", is_flag=True,
              help="Build the glossary anew instead of reading it from the cache (see TARJUMAN_CACHE_DIR).")
@click.option("--list-checks", is_flag=True, help="List check codes and default severities, then exit.")
@force_option
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
    no_cache: bool,
    list_checks: bool,
    force: bool,
) -> None:
    """Check translations against the glossary and lint the glossary.

    PATHS are PO, XLIFF (.xlf, .xliff) or TMX (.tmx) files, or directories
    searched for PO and XLIFF files (default: every PO file under the
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
    try:
        config = load_config()
        if output is not None:
            checked_output(config, output, force)
        with config.relative_errors():
            settings = resolve(
                config,
                CliOptions(glossary=glossary, severity=severity, disable=disable, fail_on=fail_on,
                           baseline=baseline),
            )
            if write_baseline and settings.baseline is None:
                raise click.UsageError("--write-baseline needs --baseline FILE (or baseline in pyproject.toml)")
            if not write_baseline:
                _require_baseline(config, settings.baseline, given=baseline is not None)
            with _fewer_collections():
                result = engine.run(
                    config, settings, paths,
                    jobs=jobs or engine.default_jobs(), progress=_progress, use_baseline=not write_baseline,
                    cache_dir=None if no_cache else glossary_cache.default_dir(),
                )
    except InputError as error:
        if resolve_format(fmt) == "sarif" and not write_baseline:
            # Code scanning uploads the file next: give it the error, not a missing file.
            _emit(sarif.render_error(error), output, color=False)
        raise
    if write_baseline:
        assert settings.baseline is not None
        _write_baseline(config, settings.baseline, result)
        return
    color = _use_color(output)
    report_format = resolve_format(fmt)
    report = pieces(report_format, result, ReportOptions(settings.fail_on, color))
    _emit(report, output, color, commands=report_format == "github")
    click.get_current_context().exit(EXIT_FINDINGS if result.failing(settings.fail_on) else EXIT_OK)


def _emit(report: str | Iterable[str], output: Path | None, color: bool, *, commands: bool = False) -> None:
    """The report (whole, or in pieces written as they come) to ``output`` (atomically) or to standard output.

    ``commands``: the report is GitHub workflow commands on purpose (its data
    escaped by the reporter), so it bypasses the guard on ``::`` lines.
    """
    if output is not None:
        atomic_write_text(output, report)
    elif commands:
        raw_echo(report if isinstance(report, str) else "".join(report))
    else:
        for piece in (report,) if isinstance(report, str) else report:
            click.echo(piece, nl=False, color=color)


def _require_baseline(config: ProjectConfig, path: Path | None, given: bool) -> None:
    """A baseline that is configured but not created yet: say how to create it."""
    if path is None or path.exists():
        return
    command = f"tools check-glossary --baseline {path} --write-baseline" if given else (
        "tools check-glossary --write-baseline"
    )
    raise InputError(
        config.relative(path),
        f"no such baseline file; record today's findings in it with `{command}`, then commit it",
    )


def _write_baseline(config: ProjectConfig, path: Path, result: engine.RunResult) -> None:
    """Record the findings; rows of files and checks this run did not cover stay."""
    done = baseline_file.rewrite(path, list(result.findings), result.covers)
    details = [f"pruned {done.pruned} fixed"] if done.pruned else []
    if done.kept:
        details.append(f"kept {done.kept} of files or checks not in this run")
    more = f" ({', '.join(details)})" if details else ""
    click.echo(f"{config.relative(path)}: recorded {done.recorded} finding(s){more}", err=True)
