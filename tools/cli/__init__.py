"""The ``tools`` command line: a thin click layer over the library.

Commands are declared once, in :data:`COMMANDS`, as ``module:attribute``
strings and imported only when run, so ``tools --help`` stays fast and one
broken command cannot take the others down. Every command module keeps to
parsing options and calling the library; :class:`~tools.errors.TarjumanError`
raised anywhere becomes a one-line message and exit status 2.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

import click

from tools import __version__
from tools.cli.lazy import LazyGroup
from tools.cli.output import guarded_output
from tools.errors import EXIT_USAGE, TarjumanError
from tools.untrusted import one_line

#: Every command of ``tools``: name -> "module:click command object".
COMMANDS: dict[str, str] = {
    "segment": "tools.cli.segment_cmd:segment",
    "update": "tools.cli.update_cmd:update",
    "build": "tools.cli.build_cmd:build",
    "compile": "tools.cli.build_cmd:compile_mo",
    "stats": "tools.cli.stats_cmd:stats",
    "glossary": "tools.cli.glossary_cmd:glossary",
    "check-glossary": "tools.cli.check_cmd:check_glossary",
    "score": "tools.cli.score_cmd:score",
    "report": "tools.cli.report_cmd:report",
    "pretranslate": "tools.cli.pretranslate_cmd:pretranslate",
    "init": "tools.cli.init_cmd:init",
}


class ToolsGroup(LazyGroup):
    """The top-level group: lazy commands, guarded output, and every input or OS error as one line with exit 2."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        with guarded_output():
            return super().main(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TarjumanError as error:
            click.echo(f"tools: error: {error}", err=True)
            ctx.exit(EXIT_USAGE)
        except OSError as error:
            # Disk full, permission denied, a name too long, a symbolic-link
            # loop, a folder where a file belongs: the user's environment,
            # not a bug, so one line naming the file and exit 2.
            click.echo(f"tools: error: {os_error_message(error)}", err=True)
            ctx.exit(EXIT_USAGE)
        except RuntimeError as error:
            # pathlib (before Python 3.13) reports a symbolic-link loop met by
            # Path.resolve() as RuntimeError("Symlink loop from '<path>'").
            loop = _SYMLINK_LOOP.match(str(error))
            if loop is None:
                raise
            click.echo(f"tools: error: {one_line(_shown(loop.group(1)))}: symbolic link loop", err=True)
            ctx.exit(EXIT_USAGE)
        except RecursionError:
            click.echo("tools: error: input nested too deeply to read", err=True)
            ctx.exit(EXIT_USAGE)


_SYMLINK_LOOP = re.compile(r"Symlink loop from '(.*)'$", re.DOTALL)


def os_error_message(error: OSError) -> str:
    """``path: what went wrong``: the path relative to the current folder when inside it, on one line."""
    reason = error.strerror or error.__class__.__name__
    if error.filename is None:
        return one_line(reason)
    return one_line(f"{_shown(error.filename)}: {reason}")


def _shown(filename: object) -> str:
    name = os.fsdecode(filename) if isinstance(filename, (str, bytes, os.PathLike)) else str(filename)
    try:
        relative = Path(name).absolute().relative_to(Path.cwd())
    except (ValueError, OSError):
        return name
    return relative.as_posix()


@click.group(
    cls=ToolsGroup, lazy_commands=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(__version__, prog_name="tarjuman")
def cli() -> None:
    """Terminology QA and PO workflow for Arabic→English news translation."""


def main() -> None:
    """Console-script entry point."""
    sys.exit(cli.main(prog_name="tools"))
