"""``tools compile``: MO files for those who load translations with gettext.

Each ``translations/<article>/<lang>.po`` is compiled to ``<lang>.mo`` next
to it with babel (``read_po`` then ``write_mo``), so no GNU tool is needed at
run time. As with ``msgfmt``, only finished translations go in: fuzzy and
untranslated entries are left out, and obsolete ones are not entries at all.

The PO file is first read with :func:`tools.units.po.load_po`, which is strict
(babel would accept an unterminated string or a merge-conflict marker and
compile garbage); a bad file stops the run before any MO file is written.
The MO file is written atomically and only when its bytes change.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime, UTC
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from tools.fileio import write_bytes_if_changed
from tools.units.po import load_po

#: The creation date given to a PO file without one: babel would put the
#: current time into the MO header, and a second run would change the file.
UNKNOWN_DATE = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Compiled:
    """One MO file written (or found up to date) and how many messages it holds."""

    po: Path
    mo: Path
    messages: int
    changed: bool


def mo_path(po: Path) -> Path:
    """Where the MO file of ``po`` goes: next to it, ``en.po`` -> ``en.mo``."""
    return po.with_suffix(".mo")


def compile_catalog(path: Path) -> tuple[bytes, int]:
    """The MO bytes of the PO file ``path`` and the number of translations in them."""
    checked = load_po(path)
    with path.open("rb") as handle:
        catalog = read_po(handle, abort_invalid=True)
    if "POT-Creation-Date" not in checked.metadata:
        catalog.creation_date = _revision_date(catalog)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue(), _count(catalog)


def _revision_date(catalog: Catalog) -> datetime:
    date = catalog.revision_date
    return date if isinstance(date, datetime) else UNKNOWN_DATE


def _count(catalog: Catalog) -> int:
    """Messages that go into the MO file (the header is not one)."""
    return sum(1 for message in catalog if message.id and message.string and not message.fuzzy)


def compile_files(paths: list[Path]) -> list[Compiled]:
    """Compile every PO file in ``paths``; all are read and checked before any is written."""
    compiled = [(path, *compile_catalog(path)) for path in paths]
    return [
        Compiled(po, mo_path(po), count, write_bytes_if_changed(mo_path(po), data))
        for po, data, count in compiled
    ]
