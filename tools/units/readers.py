"""The table of readers: which file types hold translation units, and how to read each.

Every command that reads translations (check, stats, score, pretranslate's
memory) asks :func:`read_units` and receives a
:class:`~tools.units.model.Document`; none of them knows a file format.
The file type is told by the name's ending, as translators' tools tell it:

=========================  =======================================================
``.po``, ``.pot``          gettext, read strictly by :func:`tools.units.po.load_po`
``.xlf``, ``.xliff``       XLIFF 1.2 or 2.x (:mod:`tools.units.xliff`)
``.tmx``                   TMX 1.4 (:mod:`tools.units.tmx`)
=========================  =======================================================

``-`` reads standard input, which has no name to tell its type: it is PO
unless it starts with XML (then TMX or XLIFF by its root element).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import polib

from tools.errors import InputError
from tools.fileio import STDIN_NAME, decode_utf8, is_stdin, read_input, regular_chunks
from tools.units.languages import SOURCE, TARGET, expect_pair
from tools.units.model import Document, Location, Unit
from tools.units.po import read_po_text
from tools.units.po_fast import PIECE, FastPo


@dataclass(frozen=True)
class Reader:
    """How to read one file type: ``read(data, where, name, source, target) -> Document``.

    ``data`` is the file's bytes, ``where`` names the file in errors and
    ``name`` in the document's locations.
    """

    format: str
    suffixes: tuple[str, ...]
    read: Callable[[bytes, str, str, str, str], Document]
    #: Whether a folder given on the command line is searched for this type.
    in_folders: bool = True


def po_document(po: polib.POFile, name: str) -> Document:
    """The units of a loaded PO file; the header entry is not a unit."""
    units = tuple(po_unit(entry, name) for entry in po if entry.msgid)
    language = po.metadata.get("Language") or None
    return Document(name, "po", units, source_language=None, target_language=language)


def po_unit(entry: polib.POEntry, name: str) -> Unit:
    """One PO entry as a unit (plural forms in ``msgstr[n]`` order)."""
    if entry.msgid_plural:
        targets = tuple(text for _, text in sorted(entry.msgstr_plural.items()))
    else:
        targets = (entry.msgstr,)
    return Unit(
        source=entry.msgid,
        targets=targets,
        location=Location(name, entry.linenum or 0),
        source_plural=entry.msgid_plural or None,
        context=entry.msgctxt,
        notes=tuple((entry.tcomment or "").splitlines()),
        comments=tuple((entry.comment or "").splitlines()),
        flags=tuple(entry.flags),
        obsolete=bool(entry.obsolete),
        previous_source=entry.previous_msgid or None,
    )


def read_po_strictly(data: bytes, where: str, name: str) -> Document:
    """The units of a PO file by the strict reader alone (the fast one's authority)."""
    text = decode_utf8(data, where)
    if not text.strip():
        raise InputError(where, "standard input is empty" if where == STDIN_NAME else "file is empty")
    return po_document(read_po_text(where, text), name)


def po_reader(where: str, name: str, data: bytes | None = None) -> FastPo:
    """The fast reader of a PO file (:mod:`tools.units.po_fast`): ``data`` if given, else the file ``where``."""

    def strict(whole: bytes) -> tuple[str | None, tuple[Unit, ...]]:
        document = read_po_strictly(whole, where, name)
        return document.target_language, document.units

    if data is None:
        return FastPo(where, name, lambda: regular_chunks(where, PIECE), lambda: read_input(where), strict)
    view = memoryview(data)
    pieces = lambda: (view[start : start + PIECE] for start in range(0, len(view), PIECE))  # noqa: E731
    return FastPo(where, name, pieces, lambda: data, strict)


def _read_po(data: bytes, where: str, name: str, source: str, target: str) -> Document:
    reader = po_reader(where, name, data)
    units = tuple(reader)
    return Document(name, "po", units, source_language=None, target_language=reader.language)


# The XML readers are imported when an XML file is read: lxml costs a PO-only
# run (the common one) about 6 MB of memory and 7 ms of start-up.


def _read_xliff(data: bytes, where: str, name: str, source: str, target: str) -> Document:
    from tools.units.xliff import read_xliff

    return read_xliff(data, name)


def _read_tmx(data: bytes, where: str, name: str, source: str, target: str) -> Document:
    from tools.units.tmx import read_tmx

    return read_tmx(data, name, source, target)


#: Every file type we read, the first one being the project's own.
READERS: tuple[Reader, ...] = (
    Reader("po", (".po",), _read_po),
    Reader("pot", (".pot",), _read_po, in_folders=False),
    Reader("xliff", (".xlf", ".xliff"), _read_xliff),
    Reader("tmx", (".tmx",), _read_tmx, in_folders=False),
)


def sniff(data: bytes) -> Reader:
    """The reader for nameless input (standard input): XML is TMX or XLIFF by its root, else PO."""
    head = data[:4096].removeprefix(b"\xef\xbb\xbf").lstrip()
    if not head.startswith(b"<"):
        return READERS[0]
    return next(r for r in READERS if r.format == ("tmx" if b"<tmx" in head else "xliff"))


def reader_for(path: str | os.PathLike[str]) -> Reader | None:
    """The reader of ``path``'s file type, or ``None`` for a type we do not read."""
    suffix = Path(path).suffix.lower()
    return next((r for r in READERS if suffix in r.suffixes), None)


def is_translation_file(path: str | os.PathLike[str]) -> bool:
    return reader_for(path) is not None


def _locate(path: Path, name: str | None) -> tuple[Reader, str, str, bytes | None]:
    """The reader of ``path``, its name in errors and in locations, and its bytes if already read.

    Standard input is read here (its content tells its type); a file is
    read by the caller, whole or in pieces.
    """
    if is_stdin(path):
        data = read_input(path)
        shown = name if name is not None and not is_stdin(name) else STDIN_NAME
        return sniff(data), STDIN_NAME, shown, data
    shown = name if name is not None else str(path)
    found = reader_for(path)
    if found is None:
        known = ", ".join(s for r in READERS for s in r.suffixes)
        raise InputError(shown, f"not a translation file we read (file types: {known})")
    return found, str(path), shown, None


def read_units(
    path: str | os.PathLike[str],
    name: str | None = None,
    *,
    source: str = SOURCE,
    target: str = TARGET,
) -> Document:
    """The units of ``path`` (named ``name`` in messages and locations).

    XLIFF and TMX files must declare the ``source`` → ``target`` pair (see
    :func:`tools.units.languages.expect_pair`); a PO file is taken as it is.
    Raises :class:`InputError` for a file type we do not read. ``-`` reads
    standard input (see :func:`sniff`), named ``<stdin>``.
    """
    reader, where, shown, data = _locate(Path(path), name)
    document = reader.read(read_input(where) if data is None else data, where, shown, source, target)
    if reader.format in ("xliff", "tmx"):
        expect_pair(document, source, target)
    return document


def stream_units(
    path: str | os.PathLike[str],
    name: str | None = None,
    *,
    source: str = SOURCE,
    target: str = TARGET,
) -> Iterator[Unit]:
    """The units of ``path`` as :func:`read_units` gives them, one at a time.

    A PO file is read piece by piece (:mod:`tools.units.po_fast`), so a
    caller that lets each unit go holds about one piece of the file, not all
    of its units (standard input is read whole first, as it can be read only
    once). XLIFF and TMX are read as :func:`read_units` reads them. A file
    that cannot be read raises :class:`InputError` on the first unit asked
    for, or at the unit where the reading found the problem.
    """
    reader, where, shown, data = _locate(Path(path), name)
    if reader.format in ("po", "pot"):
        yield from po_reader(where, shown, data)
        return
    document = reader.read(read_input(where) if data is None else data, where, shown, source, target)
    expect_pair(document, source, target)
    yield from document.units


def folder_suffixes() -> tuple[str, ...]:
    """The file endings searched for in folders: ``.po`` and XLIFF."""
    return tuple(s for r in READERS if r.in_folders for s in r.suffixes)


def translation_files_in(folder: Path) -> list[Path]:
    """The translation files under ``folder``, sorted (see :func:`folder_suffixes`)."""
    suffixes = folder_suffixes()
    # Everything but a folder is listed, not only regular files: a broken or
    # looping symbolic link, a FIFO or a device named *.po is then refused by
    # the reader in one line, instead of a check that silently passes.
    return sorted(
        p for p in folder.rglob("*") if not p.is_dir() and p.suffix.lower() in suffixes
    )


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders searched; each file once, in order."""
    found: list[Path] = []
    for path in paths:
        found.extend(translation_files_in(path) if path.is_dir() else [path])
    # ``-`` is kept each time it is given: standard input is read once, and a
    # second ``-`` must be refused rather than silently dropped.
    unique = list(dict.fromkeys(found))
    return unique + [p for p in found if is_stdin(p)][1:]
