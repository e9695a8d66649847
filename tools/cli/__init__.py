"""The ``tools`` command line: a thin click layer over the library.

Commands are declared once, in :data:`COMMANDS`, as ``module:attribute``
strings and imported only when run, so ``tools --help`` stays fast and one
broken command cannot take the others down. Every command module keeps to
parsing options and calling the library; :class:`~tools.errors.TarjumanError`
raised anywhere becomes a one-line message and exit status 2.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from tools import __version__
from tools.cli.lazy import LazyGroup
from tools.errors import EXIT_USAGE, TarjumanError

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
}


class ToolsGroup(LazyGroup):
    """The top-level group: lazy commands, and input errors as one line with exit 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TarjumanError as error:
            click.echo(f"tools: error: {error}", err=True)
            ctx.exit(EXIT_USAGE)


@click.group(
    cls=ToolsGroup, lazy_commands=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(__version__, prog_name="tarjuman")
def cli() -> None:
    """Terminology QA and PO workflow for Arabic→English news translation."""


def main() -> None:
    """Console-script entry point."""
    sys.exit(cli.main(prog_name="tools"))
