"""Reading user files strictly and writing every file atomically.

A translator's PO file must never be left half-written: a crash, a full disk
or Ctrl-C during a write leaves the old file in place, because we write to a
temporary file in the same directory and rename it over the target
(``os.replace`` is atomic on POSIX and Windows).
"""

from __future__ import annotations

import os
import sys
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from tools.errors import InputError


#: Largest file any command reads (256 MiB): far above any article, glossary
#: or PO file, low enough that a wrong path cannot exhaust memory.
MAX_INPUT_BYTES = 256 * 1024 * 1024


def read_regular_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the regular file ``path``, or :class:`InputError`.

    Only regular files are read: a FIFO would block the command forever and
    ``/dev/zero`` would fill memory, so the file is opened without blocking
    and checked with ``fstat`` (the same file that is then read, so a swap
    in between cannot fool the check) before a byte is read. Files over
    :data:`MAX_INPUT_BYTES` are refused with their size. Other OS errors
    (permissions, a symbolic-link loop, a name too long) propagate as
    :class:`OSError` for the command line to report in one line.
    """
    return b"".join(regular_chunks(path, MAX_INPUT_BYTES + 1))


def regular_chunks(path: str | os.PathLike[str], size: int = 1 << 20) -> Iterator[bytes]:
    """The bytes of the regular file ``path`` in pieces of ``size``, checked as :func:`read_regular_bytes` says.

    For readers that work through a large file piece by piece instead of
    holding all of it. The checks are made when the first piece is asked for.
    """
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, expected a file") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(path, "is a directory, expected a file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, "not a regular file (a FIFO, socket or device); refusing to read it")
        if info.st_size > MAX_INPUT_BYTES:
            raise InputError(path, f"too large ({info.st_size} bytes, at most {MAX_INPUT_BYTES} are read)")
    except BaseException:
        os.close(fd)
        raise
    total = 0
    with os.fdopen(fd, "rb") as handle:
        while piece := handle.read(size):
            total += len(piece)
            if total > MAX_INPUT_BYTES:  # grew while being read
                raise InputError(path, f"too large (more than {MAX_INPUT_BYTES} bytes)")
            yield piece


#: The file name that stands for standard input.
STDIN = "-"
#: How messages, findings and reports name standard input.
STDIN_NAME = "<stdin>"

#: The standard input stream already read, if any: a stream can be read only
#: once, so a second ``-`` in one command must be refused, not read as empty.
_stdin_taken: object | None = None


def is_stdin(path: str | os.PathLike[str] | None) -> bool:
    """Whether ``path`` is ``-``, which names standard input."""
    return path is not None and str(path) == STDIN


def shown_name(path: str | os.PathLike[str]) -> str:
    """``path`` as given, or ``<stdin>`` for ``-``."""
    return STDIN_NAME if is_stdin(path) else str(path)


def read_stdin() -> bytes:
    """Standard input, up to :data:`MAX_INPUT_BYTES` (more is refused, as for a file).

    Refuses a second read of the same stream: a command given ``-`` twice
    (``--ref - --glossary -``) would otherwise see an empty second file.
    """
    global _stdin_taken
    stream = sys.stdin.buffer
    if stream is _stdin_taken:
        raise InputError(STDIN_NAME, "standard input can be read only once: give - for one file only")
    _stdin_taken = stream
    data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(STDIN_NAME, f"standard input is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB")
    return data


def read_input(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a file a command reads: ``-`` is standard input, anything else a regular file.

    Every input goes through here (or :func:`read_text`), so ``-`` works for
    every command and every option that names a file to read.
    """
    return read_stdin() if is_stdin(path) else read_regular_bytes(path)


def read_text(path: str | os.PathLike[str], *, allow_empty: bool = False) -> str:
    """Return the UTF-8 text of ``path`` or raise :class:`InputError`.

    Only regular files are read (:func:`read_regular_bytes`), and ``-``,
    which names standard input: a user who types it asks for a pipe. A
    leading byte-order mark is dropped; invalid UTF-8 is reported as in
    :func:`decode_utf8`. Errors name standard input ``<stdin>``.
    """
    name = shown_name(path)
    text = decode_utf8(read_input(path), name)
    if not allow_empty and not text.strip():
        raise InputError(name, "standard input is empty" if is_stdin(path) else "file is empty")
    return text


def decode_utf8(data: bytes, path: str | os.PathLike[str]) -> str:
    """``data`` decoded as UTF-8 without a byte-order mark, or :class:`InputError`.

    Invalid UTF-8 is reported with the line of the first bad byte, so the
    user can find it.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(path, f"not valid UTF-8 (byte 0x{data[error.start]:02x})", line) from None
    return text.removeprefix("\ufeff")


class _Anything:
    """The default ``expect`` of the writers: replace whatever is there."""

    def __repr__(self) -> str:
        return "ANYTHING"


#: ``expect=ANYTHING``: the writer does not care what the file held before.
ANYTHING = _Anything()
Expected = bytes | None | _Anything


class ChangedOnDisk(InputError):
    """The file no longer holds what the command read: someone else saved it meanwhile."""


def write_target(path: str | os.PathLike[str]) -> Path:
    """Where writing ``path`` must go: the file a symbolic link points to, else ``path``.

    Renaming a temporary file over a symbolic link would replace the link by a
    regular file, cutting the project off from the file it shares; the new
    content belongs in the target, replaced atomically there.
    """
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def current_bytes(path: str | os.PathLike[str]) -> bytes | None:
    """The bytes of ``path`` now, or ``None`` when there is no such file."""
    try:
        return read_regular_bytes(path)
    except InputError:
        if not os.path.lexists(path):
            return None
        raise


def atomic_write_bytes(
    path: str | os.PathLike[str], data: bytes | Iterable[bytes], *, expect: Expected = ANYTHING
) -> None:
    """Replace ``path`` with ``data`` (bytes, or pieces written as they come) in one step (temp file + rename).

    With ``expect`` (the bytes read earlier, ``None`` for "did not exist"),
    the file is compared again after the new content is safely on disk and
    just before the rename, and :class:`ChangedOnDisk` is raised, leaving the
    file as it is, if it changed in between: an editor's save made while the
    command ran is never overwritten. The window left is the rename itself.
    """
    path = write_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in (data,) if isinstance(data, bytes) else data:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp_name, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)
        if not isinstance(expect, _Anything) and current_bytes(path) != expect:
            raise ChangedOnDisk(
                path, "changed on disk while this command ran (saved by an editor?); left as it is, run the command again"
            )
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def atomic_write_text(path: str | os.PathLike[str], text: str | Iterable[str]) -> None:
    """Write ``text`` (or its pieces) as UTF-8 to ``path`` atomically (see :func:`atomic_write_bytes`)."""
    if isinstance(text, str):
        atomic_write_bytes(path, text.encode("utf-8"))
    else:
        atomic_write_bytes(path, (piece.encode("utf-8") for piece in text))


def write_bytes_if_changed(path: str | os.PathLike[str], data: bytes, *, expect: Expected = ANYTHING) -> bool:
    """Write ``data`` atomically unless the file already holds exactly it.

    Returns whether the file changed. Keeping unchanged files untouched makes
    a second run of any command a no-op, down to the modification time.
    ``expect`` is passed on to :func:`atomic_write_bytes`.
    """
    path = Path(path)
    try:
        if read_regular_bytes(path) == data:
            return False
    except (OSError, InputError):
        pass
    atomic_write_bytes(path, data, expect=expect)
    return True


def write_if_changed(path: str | os.PathLike[str], text: str, *, expect: Expected = ANYTHING) -> bool:
    """The text form of :func:`write_bytes_if_changed` (UTF-8)."""
    return write_bytes_if_changed(path, text.encode("utf-8"), expect=expect)
