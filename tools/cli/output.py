"""Every line ``tools`` prints goes through :func:`tools.untrusted.guard_lines`.

Untrusted strings are flattened onto their line where messages are built
(:func:`tools.untrusted.one_line`); this module is the second, central step:
while a command runs, standard output and standard error are wrapped so
that no line reaching a CI log starts with ``::``, whatever command, message
or click usage error printed it. The GitHub reporter alone writes workflow
commands, through :func:`raw_echo`.

It also holds what every ``-o`` shares: ``--force`` and the check that an
output does not replace a seed, template, translation or glossary.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import click

from tools.config import ProjectConfig
from tools.paths import check_output
from tools.untrusted import guard_lines

_LINE_BREAKS = ("\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


class GuardedStream:
    """A text stream that passes everything through :func:`guard_lines`.

    It remembers whether the last write ended a line, so that a line written
    in two pieces is judged by its real start.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.at_line_start = True

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError("text stream")  # click probes with b"" to find binary streams
        if not text:
            return 0
        guarded = guard_lines(text if self.at_line_start else "x" + text)
        guarded = guarded if self.at_line_start else guarded[1:]
        self.at_line_start = text.endswith(_LINE_BREAKS)
        self.stream.write(guarded)
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


@contextmanager
def guarded_output() -> Iterator[None]:
    """Wrap ``sys.stdout`` and ``sys.stderr`` for the duration of a command."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = GuardedStream(sys.stdout), GuardedStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def raw_echo(text: str) -> None:
    """Write ``text`` to standard output unguarded: only for output that must hold ``::`` commands."""
    stream = sys.stdout
    raw = stream.stream if isinstance(stream, GuardedStream) else stream
    raw.write(text)
    raw.flush()


#: ``--force`` of every command with ``-o``: the one way to replace a file that holds someone's work.
force_option = click.option(
    "--force",
    is_flag=True,
    help="Let -o replace a seed, template, translation (.po/.pot) or glossary file.",
)


def checked_output(config: ProjectConfig, output: Path, force: bool, default: Path | None = None) -> Path:
    """``output`` unless writing it would replace someone's work without ``--force`` (:func:`tools.paths.check_output`)."""
    return check_output(
        output, root=config.root, protected_folders=(config.seeds, *config.glossary), force=force, default=default
    )
