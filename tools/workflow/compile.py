"""``tools compile``: MO files for those who load translations with gettext.

Each ``translations/<article>/<lang>.po`` is compiled to ``<lang>.mo`` next
to it, so no GNU tool is needed at run time. The PO file is read once, by the
strict reader (:func:`tools.units.po.load_po`, which follows ``msgfmt -c``),
and the MO file is made from what it read (:mod:`tools.units.mo`): the same
bytes as ``msgfmt --no-hash``, so fuzzy and untranslated entries are left out,
obsolete ones are not entries at all, and the header is the PO header as
written (a date it cannot parse is no concern of the compiler). A bad file
stops the run before any MO file is written. The MO file is written
atomically and only when its bytes change.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tools.fileio import write_bytes_if_changed
from tools.units.mo import messages, mo_bytes
from tools.units.po import load_po


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
    pairs = messages(load_po(path))
    return mo_bytes(pairs), sum(1 for original, _translation in pairs if original)


def compile_files(paths: list[Path]) -> list[Compiled]:
    """Compile every PO file in ``paths``; all are read and checked before any is written."""
    compiled = [(path, *compile_catalog(path)) for path in paths]
    return [
        Compiled(po, mo_path(po), count, write_bytes_if_changed(mo_path(po), data))
        for po, data, count in compiled
    ]
