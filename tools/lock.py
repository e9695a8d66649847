"""One writer at a time: an advisory lock on the project folder.

Two ``tools update`` runs on one project would each merge the same old
files and the second rename would silently discard the first's work. The
lock is ``flock`` on the project folder itself, so no lock file is left
behind, and the kernel releases it when the process ends, even when it is
killed: a crash never leaves a stale lock. Editors do not take this lock;
what protects their saves is the comparison made before each replace
(:class:`tools.fileio.ChangedOnDisk`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tools.errors import InputError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory locks, the comparison still protects
    fcntl = None  # type: ignore[assignment]


@contextmanager
def project_lock(root: Path, command: str) -> Iterator[None]:
    """Hold the project's lock for ``command`` or fail at once with a one-line :class:`InputError`."""
    if fcntl is None:
        yield
        return
    fd = os.open(root, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(
                None, f"another `tools {command}` is running on this project; wait for it to finish"
            ) from None
        yield
    finally:
        os.close(fd)  # closing releases the lock
