"""The ``tools`` command line: a thin click layer over the library.

Commands are declared once, in :data:`COMMANDS`, as ``module:attribute``
strings and imported only when run, so ``tools --help`` stays fast and one
broken command cannot take the others down. Every command module keeps to
parsing options and calling the library; :class:`~tools.errors.TarjumanError`
raised anywhere becomes a one-line message and exit status 2.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from typing import Any

import click

from tools import __version__
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


class LazyGroup(click.Group):
    """A group that imports each command's module on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name in COMMANDS if self._importable(name))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:
                return None
            raise
        command = getattr(module, attribute)
        assert isinstance(command, click.Command), target
        return command

    @staticmethod
    def _importable(name: str) -> bool:
        module_name = COMMANDS[name].split(":")[0]
        return importlib.util.find_spec(module_name) is not None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TarjumanError as error:
            click.echo(f"tools: error: {error}", err=True)
            ctx.exit(EXIT_USAGE)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tarjuman")
def cli() -> None:
    """Terminology QA and PO workflow for Arabic→English news translation."""


def main() -> None:
    """Console-script entry point."""
    sys.exit(cli.main(prog_name="tools"))
