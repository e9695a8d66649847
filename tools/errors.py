"""Errors that end a command with a one-line message instead of a traceback.

Every problem with a user's input (a missing file, bad encoding, a PO syntax
error, a bad configuration value) is raised as :class:`InputError`. The CLI
catches it, prints ``path:line: error: message`` and exits with
:data:`EXIT_USAGE`, so CI logs point at the file to fix.
"""

from __future__ import annotations

from os import PathLike

#: Nothing at or above the failure threshold was found.
EXIT_OK = 0
#: The command ran and found problems (findings, untranslated units, ...).
EXIT_FINDINGS = 1
#: Bad usage, configuration or input: nothing was checked or written.
EXIT_USAGE = 2


class TarjumanError(Exception):
    """Base class for errors that the CLI reports without a traceback."""


class InputError(TarjumanError):
    """A file or value given by the user cannot be used.

    ``path`` and ``line`` locate the problem where known, so that editors and
    CI logs can jump to it.
    """

    def __init__(self, path: str | PathLike[str] | None, message: str, line: int | None = None):
        # ``-`` is standard input; messages name it ``<stdin>``, as compilers do.
        self.path = None if path is None else "<stdin>" if str(path) == "-" else str(path)
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        # Paths and messages quote files anyone may edit: kept on one line
        # (tools.untrusted), so an error cannot forge lines of a CI log.
        from tools.untrusted import one_line

        where = one_line(self.path or "")
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        message = one_line(self.message)
        return f"{where}: {message}" if where else message
