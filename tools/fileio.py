"""Reading user files strictly and writing every file atomically.

A translator's PO file must never be left half-written: a crash, a full disk
or Ctrl-C during a write leaves the old file in place, because we write to a
temporary file in the same directory and rename it over the target
(``os.replace`` is atomic on POSIX and Windows).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from tools.errors import InputError


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of ``path``, or :class:`InputError` saying why they cannot be read."""
    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, expected a file") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror}") from None


def read_text(path: str | os.PathLike[str], *, allow_empty: bool = False) -> str:
    """Return the UTF-8 text of ``path`` or raise :class:`InputError`.

    A leading byte-order mark is dropped; invalid UTF-8 is reported as in
    :func:`decode_utf8`.
    """
    path = Path(path)
    text = decode_utf8(read_bytes(path), path)
    if not allow_empty and not text.strip():
        raise InputError(path, "file is empty")
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


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step (temp file + rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp_name, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically (see :func:`atomic_write_bytes`)."""
    atomic_write_bytes(path, text.encode("utf-8"))


def write_bytes_if_changed(path: str | os.PathLike[str], data: bytes) -> bool:
    """Write ``data`` atomically unless the file already holds exactly it.

    Returns whether the file changed. Keeping unchanged files untouched makes
    a second run of any command a no-op, down to the modification time.
    """
    path = Path(path)
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    atomic_write_bytes(path, data)
    return True


def write_if_changed(path: str | os.PathLike[str], text: str) -> bool:
    """The text form of :func:`write_bytes_if_changed` (UTF-8)."""
    return write_bytes_if_changed(path, text.encode("utf-8"))
