"""PO input and output: strict reading, stable atomic writing, headers.

Reading follows GNU ``msgfmt``: :mod:`tools.units.po_lex` cuts the file into
tokens (lines end at ``\n`` only; every C escape msgfmt knows is decoded),
:mod:`tools.units.po_parse` applies the grammar and builds polib entries, and
:mod:`tools.units.po_check` makes the checks of ``msgfmt -c`` on whole
messages and on the header. The file is read once; the first error stops
everything with its file and line. Each entry's ``linenum`` is the line of its
``msgid``, which is what editors and CI annotations need.

Writing uses polib's serializer, whose output the reader accepts; every file
is read back before it replaces anything, so a text that cannot be written as
PO (a NUL or U+0004 in it) is refused instead of written wrong.
"""

from __future__ import annotations

import os
from datetime import datetime, UTC
from pathlib import Path

import polib

from tools import __version__
from tools.errors import InputError
from tools.fileio import ANYTHING, Expected, read_text, shown_name, write_if_changed
from tools.units.po_check import build
from tools.units.po_parse import parse

#: Width at which we wrap msgid/msgstr lines; the same on every write so a
#: second run reproduces the file byte for byte.
WRAP_WIDTH = 78


def read_po_text(path: str | os.PathLike[str], text: str) -> polib.POFile:
    """The catalog in ``text``, checked as ``msgfmt -c`` checks it; ``path`` names it in errors."""
    path = Path(path)
    po, parsed = parse(path, text)
    po = build(path, po, parsed, text)
    po.wrapwidth = WRAP_WIDTH
    return po


def load_po(path: str | os.PathLike[str], *, allow_empty: bool = False) -> polib.POFile:
    """Read a PO or POT file strictly (see module docstring).

    Sets ``entry.linenum`` to the line of the entry's ``msgid`` and
    ``po.fpath`` to ``path``; ``-`` reads standard input, named ``<stdin>``.
    """
    return read_po_text(shown_name(path), read_text(path, allow_empty=allow_empty))


def render_po(po: polib.POFile) -> str:
    """The exact text we write for ``po``: polib's rendering plus a final newline."""
    po.wrapwidth = WRAP_WIDTH
    text = str(po)
    return text if text.endswith("\n") else text + "\n"


def save_po(po: polib.POFile, path: str | os.PathLike[str], *, expect: Expected = ANYTHING) -> bool:
    """Write ``po`` atomically; return whether the file changed on disk.

    The text is read back first (see :func:`checked_text`): a file we write
    must be one we, and ``msgfmt``, can read. ``expect``: the bytes read
    earlier, which the file must still hold (:func:`tools.fileio.atomic_write_bytes`).
    """
    return write_if_changed(path, checked_text(render_po(po), path), expect=expect)


def checked_text(text: str, path: str | os.PathLike[str]) -> str:
    """``text`` if it reads back as a valid PO file, else :class:`InputError` naming ``path``."""
    try:
        read_po_text(path, text)
    except InputError as error:
        raise InputError(path, f"not written: the result would not be valid PO ({error.message})") from None
    return text


def now() -> datetime:
    """The current time, or ``SOURCE_DATE_EPOCH`` when set (reproducible builds and tests)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None:
        try:
            return datetime.fromtimestamp(int(epoch), tz=UTC)
        except ValueError:
            raise InputError(None, f"SOURCE_DATE_EPOCH must be an integer, got {epoch!r}") from None
    return datetime.now(UTC).astimezone()


def po_date(moment: datetime | None = None) -> str:
    """A PO header date such as ``2026-11-29 04:37+0000``, formatted by babel."""
    from babel.dates import format_datetime  # here: reading a PO file needs no babel

    moment = moment or now()
    return format_datetime(moment, "yyyy-MM-dd HH:mmZ", locale="en")


def plural_forms(language: str) -> str:
    """The ``Plural-Forms`` header value for ``language`` from babel's CLDR data."""
    from babel import UnknownLocaleError  # here: reading a PO file needs no babel
    from babel.messages.plurals import get_plural

    try:
        if not language.strip():
            raise ValueError(language)  # babel would answer with its default locale's rule
        return get_plural(language).plural_forms
    except (ValueError, UnknownLocaleError):  # babel raises the latter for "zz"
        raise InputError(None, f"unknown language code {language!r}") from None


def template_header(project: str, created: str | None = None) -> dict[str, str]:
    """Header fields of a fresh template (POT) for ``project``."""
    return {
        "Project-Id-Version": project,
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": created or po_date(),
        "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
        "Last-Translator": "FULL NAME <EMAIL@ADDRESS>",
        "Language-Team": "LANGUAGE <LL@li.org>",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Generated-By": f"tarjuman {__version__}",
    }
