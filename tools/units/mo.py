"""MO files, written as GNU ``msgfmt --no-hash`` writes them.

The MO format is a table of NUL-terminated byte strings sorted by original;
we write it ourselves from the entries :func:`tools.units.po.load_po` read,
so the catalog says exactly what the strict reader read (babel's own PO
reader would read the file a second time, with other rules, and rewrites the
header). What goes in is what ``msgfmt`` puts in: the header (even when
fuzzy, and without its ``POT-Creation-Date``) and every active entry that is not fuzzy and whose first translation
is not empty; a context is joined to its msgid with U+0004, plural forms with
NUL. The output is byte for byte that of ``msgfmt --no-hash`` (the hash table
is an optional speed-up for C readers; Python's gettext does not use it).
"""

from __future__ import annotations

import struct

import polib

#: The magic number of an MO file, written little-endian.
MAGIC = 0x950412DE
_HEADER_SIZE = 28


def messages(po: polib.POFile) -> list[tuple[bytes, bytes]]:
    """The (original, translation) byte pairs ``msgfmt`` would put in the MO file of ``po``."""
    pairs = []
    header = getattr(po, "header_entry", None)
    if header is not None and header.msgstr:
        pairs.append((b"", _mo_header(header.msgstr).encode("utf-8")))
    for entry in po:
        if entry.obsolete or "fuzzy" in entry.flags:
            continue
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
            if not forms or not forms[0]:
                continue
            original, translation = f"{entry.msgid}\0{entry.msgid_plural}", "\0".join(forms)
        else:
            if not entry.msgstr:
                continue
            original, translation = entry.msgid, entry.msgstr
        if entry.msgctxt is not None:
            original = f"{entry.msgctxt}\x04{original}"
        pairs.append((original.encode("utf-8"), translation.encode("utf-8")))
    return sorted(pairs)


def _mo_header(msgstr: str) -> str:
    """The header as msgfmt stores it: without ``POT-Creation-Date``, so a new template alone changes no MO file."""
    lines = msgstr.split("\n")
    return "\n".join(line for line in lines if not line.startswith("POT-Creation-Date:"))


def mo_bytes(pairs: list[tuple[bytes, bytes]]) -> bytes:
    """An MO file (revision 0, no hash table) holding ``pairs``, sorted by original."""
    pairs = sorted(pairs)
    count = len(pairs)
    originals_at = _HEADER_SIZE
    translations_at = originals_at + 8 * count
    strings_at = translations_at + 8 * count
    header = struct.pack("<7I", MAGIC, 0, count, originals_at, translations_at, 0, strings_at)
    tables: list[bytes] = [b"", b""]
    strings = bytearray()
    offset = strings_at
    for column, index in ((0, 0), (1, 1)):
        table = bytearray()
        for pair in pairs:
            text = pair[index]
            table += struct.pack("<2I", len(text), offset)
            strings += text + b"\0"
            offset += len(text) + 1
        tables[column] = bytes(table)
    return header + tables[0] + tables[1] + bytes(strings)
