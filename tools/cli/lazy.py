"""A click group whose commands are imported on first use.

Every group of ``tools`` (the top level and ``tools glossary``) declares its
commands once, as a mapping of name to ``"module:attribute"``. Modules load
only when their command runs, so ``--help`` stays fast and one command's
import error cannot take the others down.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

import click


class LazyGroup(click.Group):
    """A group built from ``lazy_commands``: name -> "module:click command object"."""

    def __init__(self, *args: Any, lazy_commands: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = lazy_commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name in self.lazy_commands if self._module_exists(name))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = self.lazy_commands.get(cmd_name)
        if target is None or not self._module_exists(cmd_name):
            return None
        module_name, attribute = target.split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        assert isinstance(command, click.Command), target
        return command

    def _module_exists(self, name: str) -> bool:
        return importlib.util.find_spec(self.lazy_commands[name].split(":")[0]) is not None
