"""The built glossary kept on disk between runs: terms, Arabic matcher and lint findings.

Why: building a 10,000-term glossary (parsing its PO file, generating the
forms of every term, building the automaton, linting it) costs about a
second of CPU, the same work on every run, while the glossary changes far
less often than the translations checked against it. Read back, the same
objects take about a tenth of that.

What makes an entry valid is its name: a SHA-256 over the cache format,
the package version and its own source files (editing the code of a
checkout invalidates it), the Python version, and for every glossary file
the name it was given by, where it is and its bytes. A changed byte, an
added or reordered file, another version: another name, so a stale entry
is never read. Entries not used for a while are removed (the newest
:data:`KEEP` stay).

Where: ``$TARJUMAN_CACHE_DIR``, else ``$XDG_CACHE_HOME/tarjuman``, else
``~/.cache/tarjuman``; ``TARJUMAN_CACHE_DIR=""`` (or ``--no-cache``) turns it
off. Never inside the project by default: an entry is a pickle, and reading
a pickle runs code, so it must come from a folder only the user writes to,
not from one that a cloned repository could ship.

Safe by construction: an entry is written to a temporary file in the
folder and renamed into place, so a reader sees a whole entry or none and
two runs writing at once leave one whole entry; each entry carries the
SHA-256 of its content, and one that is truncated, altered or unreadable is
ignored and rebuilt, as is one that another user owns or could have
changed (the folder is made for the user alone, entries are written for the
user alone). A cache that cannot be written (a read-only home, a full disk)
only costs the time it would have saved.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO

import tools
from tools.check.findings import Finding
from tools.errors import InputError
from tools.fileio import is_stdin, read_regular_bytes
from tools.glossary.lint import lint_glossary
from tools.glossary.load import load_glossary
from tools.glossary.match.arabic import SourceMatcher
from tools.glossary.model import Glossary

#: Environment variable naming the cache folder ("" turns the cache off).
CACHE_ENV = "TARJUMAN_CACHE_DIR"
#: Bumped when what an entry holds changes shape.
FORMAT = 2
#: Entries kept: the most recently used; older ones are removed when one is written.
KEEP = 8
_MAGIC = b"tarjuman-glossary-cache\n"
_DIGEST = 32  # bytes of a SHA-256
_PREFIX = "glossary-"
_SUFFIX = ".pickle"
#: Written in the folder so that backup tools skip it (https://bford.info/cachedir/).
_TAG = "CACHEDIR.TAG"
_TAG_TEXT = "Signature: 8a477f597d28d172789f06886806bc55\n# tarjuman's glossary cache; safe to delete.\n"


@dataclass(frozen=True)
class BuiltGlossary:
    """What a check needs from its glossary files before reading a translation."""

    glossary: Glossary
    matcher: SourceMatcher
    #: ``lint_glossary(glossary)``: configured severities and paths are applied by the engine.
    lint: tuple[Finding, ...]


def default_dir() -> Path | None:
    """The cache folder this process uses (see the module docstring); ``None``: no cache."""
    value = os.environ.get(CACHE_ENV)
    if value is not None:
        return Path(value) if value.strip() else None
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if base:
        return Path(base) / "tarjuman"
    try:
        return Path.home() / ".cache" / "tarjuman"
    except RuntimeError:  # no home folder to put it in
        return None


def build(files: Sequence[Path]) -> BuiltGlossary:
    """Load, build and lint the glossary ``files`` (expanded: no directories)."""
    glossary = load_glossary(files)
    return BuiltGlossary(glossary, SourceMatcher(glossary.terms), tuple(lint_glossary(glossary)))


def load(files: Sequence[Path], directory: Path | None) -> BuiltGlossary:
    """:func:`build` of ``files``, read from the cache in ``directory`` when an entry is there.

    Errors in the glossary files are raised as by :func:`build` (an entry
    exists only for files that loaded). Without a folder, for standard
    input or a file that is not a regular file, nothing is cached.
    """
    key = None if directory is None else _key(files)
    if key is None or directory is None:
        return build(files)
    path = directory / f"{_PREFIX}{key}{_SUFFIX}"
    built = _read(path)
    if built is None and _built_apart(files, directory, path):
        built = _read(path)
    if built is None:
        built = build(files)
        _write(directory, path, built)
    return built


def _built_apart(files: Sequence[Path], directory: Path, path: Path) -> bool:
    """Build and store the entry at ``path`` in a child process; whether it is there now.

    Why: building a large glossary makes and drops tens of megabytes of
    short-lived objects (every form of every term, the pickler's memo). Made
    in this process, they leave its heap scattered for the rest of the run,
    and the check's own memory comes on top: 50,000 entries checked against
    10,000 terms peaked at 114 MB on a first run, 100 MB on the next. Made
    in a child, they go with it, and this process reads the entry back as
    every later run does (the child peaks at about 80 MB, while this process
    holds its 27).

    Only on Linux, where a fork is cheap and safe before any thread or
    subprocess is started. Anywhere else, and whenever the child fails (an
    error in a glossary file, a folder that cannot be written), the caller
    builds in this process as before, which also reports the error.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        child = os.fork()
    except OSError:
        return False
    if child == 0:  # the child: build, store, leave without running this process's exit handlers
        status = 1
        try:
            _write(directory, path, build(files))
            status = 0 if path.is_file() else 1
        finally:
            os._exit(status)
    _pid, status = os.waitpid(child, 0)
    return os.waitstatus_to_exitcode(status) == 0


def _key(files: Sequence[Path]) -> str | None:
    """The entry name for ``files``; ``None`` when one of them cannot be cached."""
    digest = hashlib.sha256()
    for part in (str(FORMAT), tools.__version__, sys.version, _code_fingerprint()):
        digest.update(part.encode() + b"\0")
    for file in files:
        if is_stdin(file):
            return None
        try:  # never blocks on a FIFO, never reads a device: the loader reports those
            content = read_regular_bytes(file)
        except (InputError, OSError):
            return None
        for part in (str(file), os.path.realpath(file)):
            digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(hashlib.sha256(content).digest())
    return digest.hexdigest()


@cache
def _code_fingerprint() -> str:
    """A digest of the package's own files (source, data): a checkout whose code changed builds anew."""
    root = Path(tools.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if "__pycache__" not in p.parts and p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _read(path: Path) -> BuiltGlossary | None:
    """The entry at ``path``; ``None`` when absent, unreadable or not exactly what was written.

    Read as a stream (the file is never held whole in memory) while its
    digest is computed; the objects are kept only if the digest of
    everything after the header, to the end of the file, is the one written.
    """
    try:
        with open(path, "rb") as handle:
            if not _own(os.fstat(handle.fileno())) or handle.read(len(_MAGIC)) != _MAGIC:
                return None
            expected = handle.read(_DIGEST)
            reader = _Digesting(handle)
            try:
                with _collector_paused():
                    built = pickle.load(reader)
            except Exception:  # any failure to read back means: build anew
                return None
            reader.read()  # anything after the pickle counts too
    except OSError:
        return None
    if reader.digest.digest() != expected or not isinstance(built, BuiltGlossary):
        return None
    _touch(path)
    return built


def _own(info: os.stat_result) -> bool:
    """Whether an entry was written by this user and only this user may change it.

    A cache folder pointed somewhere others may write (``TARJUMAN_CACHE_DIR=/tmp/x``)
    must not let them plant a pickle: they cannot make a file that is ours.
    """
    getuid = getattr(os, "getuid", None)
    if getuid is None:  # Windows: the folder's access control decides
        return True
    return info.st_uid == getuid() and not info.st_mode & 0o022


def _write(directory: Path, path: Path, built: BuiltGlossary) -> None:
    """Store ``built`` at ``path`` atomically, then remove old entries; failures are ignored."""
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        tag = directory / _TAG
        if not tag.exists():
            _replace(tag, lambda handle: handle.write(_TAG_TEXT.encode()))
        _replace(path, lambda handle: _dump(built, handle))
        _prune(directory, keep=path)
    except (OSError, pickle.PicklingError, RecursionError):
        pass


def _dump(built: BuiltGlossary, handle: BinaryIO) -> None:
    """The entry: the header, then the pickle written as it is made, then its digest in the header."""
    handle.write(_MAGIC + bytes(_DIGEST))
    writer = _Digesting(handle)
    pickle.dump(built, writer, protocol=pickle.HIGHEST_PROTOCOL)
    handle.seek(len(_MAGIC))
    handle.write(writer.digest.digest())


def _replace(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write a temporary file beside ``path`` with ``write``, then rename it over ``path``."""
    fd, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class _Digesting:
    """A file's reads or writes, with the SHA-256 of every byte that went through."""

    def __init__(self, handle: BinaryIO):
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.digest.update(data)
        return data

    def readline(self) -> bytes:
        data = self.handle.readline()
        self.digest.update(data)
        return data

    def readinto(self, buffer: memoryview) -> int:
        count: int = self.handle.readinto(buffer)  # type: ignore[attr-defined]
        self.digest.update(buffer[:count])
        return count

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.handle.write(data)


def _prune(directory: Path, keep: Path) -> None:
    """Remove all but the :data:`KEEP` most recently used entries (never ``keep``)."""
    entries = []
    for candidate in directory.glob(f"{_PREFIX}*{_SUFFIX}"):
        try:
            entries.append((candidate.stat().st_mtime, candidate))
        except OSError:
            continue  # removed meanwhile by another run
    entries.sort(reverse=True)
    for _mtime, old in entries[KEEP:]:
        if old != keep:
            old.unlink(missing_ok=True)


def _touch(path: Path) -> None:
    """Mark the entry used now, so that pruning keeps it."""
    with suppress(OSError):
        os.utime(path)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cycle collector off while an entry is read: it would walk the growing object graph
    again and again (half the time of reading a 10,000-term entry), and unpickling makes no
    garbage for it to find."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


__all__ = ["CACHE_ENV", "BuiltGlossary", "build", "default_dir", "load"]
