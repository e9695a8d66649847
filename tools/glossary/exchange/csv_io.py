"""CSV export and import of PO glossaries, in the layout Weblate reads.

Weblate (through the Translate Toolkit) reads a CSV whose header names its
columns: ``location, source, target, ID, fuzzy, context,
translator_comments, developer_comments``. We write, in this order::

    source,target,context,developer_comments,translator_comments,flags,file,language,role

``source`` is the Arabic msgid, ``target`` the English msgstr, ``context``
the msgctxt, ``developer_comments`` the ``#.`` comment (definition, notes,
source; Weblate shows it as the string's explanation), ``translator_comments``
the ``#`` comment, and ``flags`` the PO flags joined with ", " (``forbidden``,
``preferred``, ``case-sensitive``, ``fuzzy``), ``file``, ``language`` and
``role`` the name, ``Language`` and ``X-Glossary-Role`` of the glossary file
the entry comes from (CSV has no file header; see
:mod:`tools.glossary.exchange.properties`). Weblate ignores the columns it
does not know; our import reads them, so the round trip PO → CSV → PO is
exact. One row per PO entry, rows of one term
together; every field quoted (values contain commas, quotes, newlines and
Arabic), UTF-8 without a byte-order mark, LF line ends.

On import the header decides: ``source`` and ``target`` are required, the
other columns above are optional, Weblate's ``location`` and ``ID`` are
ignored and ``fuzzy`` (``True``/``False``) adds the fuzzy flag. An unknown
column, a row with the wrong number of fields, an empty source or a bad
flag stops the import with the file and line.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence

from tools.errors import InputError
from tools.glossary.exchange.properties import FIELDS, NAME, Exchanged, terms_by_file
from tools.glossary.model import FLAG_FUZZY
from tools.glossary.write import GlossaryRecord

#: Columns we write, in order.
COLUMNS = (
    "source", "target", "context", "developer_comments", "translator_comments", "flags", "file", "language", "role"
)
#: Columns Weblate writes that carry nothing for a glossary.
IGNORED_COLUMNS = ("location", "id")
#: Weblate's fuzzy column: True adds the fuzzy flag.
FUZZY_COLUMN = "fuzzy"
REQUIRED_COLUMNS = ("source", "target")
#: A PO flag: lowercase word characters and hyphens (no comma, no space).
_FLAG = re.compile(r"^[a-z][a-z0-9-]*$")


def export_csv(records: Sequence[GlossaryRecord], properties: Mapping[str, dict[str, str]] | None = None) -> str:
    """The CSV text for ``records`` (one row per entry, terms grouped).

    ``properties`` maps a record's ``origin`` (its file's name) to the file's properties.
    """
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(COLUMNS)
    for group in terms_by_file(records):
        for record in group:
            writer.writerow(
                [
                    record.msgid,
                    record.msgstr,
                    record.msgctxt if record.msgctxt is not None else "",
                    record.comment,
                    record.tcomment,
                    ", ".join(record.flags),
                    record.origin,
                    *((properties or {}).get(record.origin, {}).get(name, "") for name in FIELDS),
                ]
            )
    return out.getvalue()


def _header(path: str, row: list[str]) -> list[str]:
    names = [name.strip().lower() for name in row]
    known = set(COLUMNS) | set(IGNORED_COLUMNS) | {FUZZY_COLUMN}
    for name in names:
        if name not in known:
            raise InputError(path, f"unknown column {name!r} (known: {', '.join(COLUMNS)})", 1)
    for required in REQUIRED_COLUMNS:
        if required not in names:
            raise InputError(path, f"header has no {required!r} column (expected: {', '.join(COLUMNS)})", 1)
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise InputError(path, f"column {sorted(duplicates)[0]!r} appears twice in the header", 1)
    return names


def _flags(path: str, line: int, text: str) -> tuple[str, ...]:
    flags = tuple(f.strip() for f in text.split(",") if f.strip())
    for flag in flags:
        if not _FLAG.match(flag):
            raise InputError(path, f"invalid flag {flag!r} (lowercase letters, digits and '-')", line)
    return flags


def parse_csv(text: str, path: str) -> list[GlossaryRecord]:
    """Read CSV text (see the module docstring) into glossary records."""
    return read_csv(text, path).records


def read_csv(text: str, path: str) -> Exchanged:
    """Read CSV text into glossary records and the file properties its rows carry."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[GlossaryRecord] = []
    files: list[dict[str, str]] = []
    line = 1
    try:
        header_row = next(reader, None)
        if header_row is None:
            raise InputError(path, "file is empty", 1)
        names = _header(path, header_row)
        line = reader.line_num + 1
        for row in reader:
            start, line = line, reader.line_num + 1
            if not any(field.strip() for field in row):
                continue
            if len(row) != len(names):
                raise InputError(path, f"row has {len(row)} fields, the header has {len(names)}", start)
            fields = dict(zip(names, row))
            records.append(_record(path, start, fields))
            properties = {name: fields[column] for name, column in FIELDS.items() if fields.get(column, "")}
            if fields.get("file", ""):
                properties[NAME] = fields["file"]
            if properties not in files:
                files.append(properties)
    except csv.Error as error:
        raise InputError(path, f"malformed CSV: {error}", reader.line_num or line) from None
    return Exchanged(records, "", files)


def _record(path: str, line: int, row: dict[str, str]) -> GlossaryRecord:
    source = row["source"]
    if not source.strip():
        raise InputError(path, "empty source (the Arabic term)", line)
    flags = _flags(path, line, row.get("flags", ""))
    fuzzy = row.get(FUZZY_COLUMN, "").strip().lower()
    if fuzzy not in ("", "true", "false", "0", "1", "yes", "no"):
        raise InputError(path, f"fuzzy must be True or False, got {row[FUZZY_COLUMN]!r}", line)
    if fuzzy in ("true", "1", "yes") and FLAG_FUZZY not in flags:
        flags += (FLAG_FUZZY,)
    context = row.get("context", "")
    return GlossaryRecord(
        msgid=source,
        msgstr=row["target"],
        msgctxt=context if context != "" else None,
        flags=flags,
        comment=row.get("developer_comments", ""),
        tcomment=row.get("translator_comments", ""),
        path=path,
        line=line,
        origin=row.get("file", ""),
    )


__all__ = ["COLUMNS", "export_csv", "parse_csv", "read_csv"]
