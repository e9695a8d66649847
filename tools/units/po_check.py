"""What ``msgfmt -c`` checks on whole messages and on the header.

After :mod:`tools.units.po_parse` has read the entries, these checks refuse
what ``msgfmt --check`` refuses, at the line it names: a second definition
of a message (obsolete or not), plural forms numbered other than 0, 1, 2...,
a ``Plural-Forms`` header whose ``nplurals`` is not a positive number or whose
expression is not C or can choose a form that does not exist, a translated
entry with another number of forms than ``nplurals``, and a translation that
begins or ends with a newline where its ``msgid`` does not (or the reverse).
Like ``msgfmt``, the last two are checked only on finished translations:
fuzzy, untranslated and obsolete entries are drafts.

One more refusal is ours: the text must be UTF-8, so a header declaring
another charset is an error rather than a file ``msgfmt`` would compile into
garbled text. The ``CHARSET`` placeholder of a fresh template is accepted.
"""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import polib

from tools.errors import InputError
from tools.units.po_parse import Parsed

_NPLURALS = re.compile(r"nplurals\s*=\s*([^;]*)")
_PLURAL = re.compile(r"plural\s*=\s*([^;]*)")
_CHARSET = re.compile(r"charset\s*=\s*([^\s;]+)", re.I)
_UTF8 = {"utf-8", "utf8"}
_ASCII = {"ascii", "us-ascii", "ansi_x3.4-1968"}
#: The counts on which a plural expression is tried: small ones and a spread of large ones.
_COUNTS = (*range(0, 1001), 10_000, 100_000, 1_000_000, 2**31 - 1)


def build(path: Path, po: polib.POFile, parsed: list[Parsed], text: str) -> polib.POFile:
    """Check ``parsed`` and put its entries and header into ``po``."""
    header_line = _take_header(po, parsed)
    seen: dict[tuple[str | None, str], tuple[int, bool]] = {}
    if header_line is not None:
        seen[(None, "")] = (header_line, False)
    for item in parsed:  # what msgfmt finds while reading, in file order
        _check_unique(path, item, seen)
        if item.forms:
            _check_indexes(path, item)
    plural_at = next((i.msgid_line for i in parsed if i.entry.msgid_plural and not i.entry.obsolete), None)
    nplurals = check_plural_forms(path, po.metadata, header_line, plural_at)
    check_charset(path, po.metadata, header_line, text)
    for item in parsed:  # what msgfmt -c checks on finished translations
        if _finished(item.entry):
            _check_newlines(path, item)
            _check_form_count(path, item, nplurals)
    po.extend(item.entry for item in parsed)
    return po


def _take_header(po: polib.POFile, parsed: list[Parsed]) -> int | None:
    """Move the header entry (``msgid ""`` without context) out of ``parsed`` into ``po``."""
    for position, item in enumerate(parsed):
        entry = item.entry
        if entry.msgid == "" and entry.msgctxt is None and not entry.obsolete:
            del parsed[position]
            po.metadata_is_fuzzy = entry.flags
            po.metadata = metadata_of(entry.msgstr)
            po.header_entry = entry  # the header as written, for MO files (tools.units.mo)
            return item.msgid_line
    return None


def metadata_of(msgstr: str) -> dict[str, str]:
    """Header fields as polib reads them: ``Name: value``, other lines continue the last value."""
    lines = msgstr.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    metadata: dict[str, str] = {}
    key = None
    for line in lines:
        name, colon, value = line.partition(":")
        if colon:
            key = name
            metadata[key] = value.strip()
        elif key is not None:
            metadata[key] += "\n" + line.strip()
    return metadata


def _check_unique(path: Path, item: Parsed, seen: dict[tuple[str | None, str], tuple[int, bool]]) -> None:
    """One definition per msgctxt and msgid, obsolete or not (msgfmt: "duplicate message definition")."""
    key = (item.entry.msgctxt, item.entry.msgid)
    line, obsolete = seen.setdefault(key, (item.msgid_line, item.entry.obsolete))
    if line == item.msgid_line:
        return
    if key == (None, ""):  # type: ignore[comparison-overlap]  # msgctxt is None without context (the stubs say str)
        message = f"second header entry (msgid \"\"; the header is at line {line})"
    elif obsolete != item.entry.obsolete:
        message = f"entry repeats the {'obsolete' if obsolete else 'active'} entry at line {line}"
    else:
        message = f"duplicate entry (first defined at line {line})"
    raise InputError(path, message, item.msgid_line)


def _check_indexes(path: Path, item: Parsed) -> None:
    for expected, (index, line) in enumerate(item.forms):
        if index != expected:
            raise InputError(path, f"plural form msgstr[{index}] where msgstr[{expected}] belongs", line)


def _finished(entry: polib.POEntry) -> bool:
    """A translation msgfmt checks: active, not fuzzy, not the header, first form not empty."""
    if entry.obsolete or "fuzzy" in entry.flags:
        return False
    first = entry.msgstr_plural.get(0, "") if entry.msgid_plural else entry.msgstr
    return first != ""


def _check_newlines(path: Path, item: Parsed) -> None:
    entry = item.entry
    others = [("msgid_plural", entry.msgid_plural)] if entry.msgid_plural else []
    if entry.msgid_plural:
        others += [(f"msgstr[{i}]", text) for i, text in sorted(entry.msgstr_plural.items())]
    else:
        others.append(("msgstr", entry.msgstr))
    for name, text in others:
        for where, test in (("begin", str.startswith), ("end", str.endswith)):
            if test(entry.msgid, "\n") != test(text, "\n"):
                message = f"msgid and {name} do not both {where} with a newline (\\n)"
                raise InputError(path, message, item.msgid_line)


def _check_form_count(path: Path, item: Parsed, nplurals: int | None) -> None:
    entry = item.entry
    if entry.msgid_plural and nplurals is not None and len(entry.msgstr_plural) != nplurals:
        count = len(entry.msgstr_plural)
        forms = "form" if count == 1 else "forms"
        raise InputError(path, f"{count} plural {forms} where the header's Plural-Forms says nplurals={nplurals}", item.msgid_line)


def check_plural_forms(path: Path, metadata: dict[str, str], line: int | None, plural_at: int | None) -> int | None:
    """``nplurals`` of a valid ``Plural-Forms`` header, ``None`` when there is none.

    ``plural_at``: the msgid line of the first active plural entry, if any
    (plural entries need the header's rule).
    """
    value = metadata.get("Plural-Forms")
    if value is None:
        if plural_at is not None:
            raise InputError(path, "plural forms used but the header has no Plural-Forms", plural_at)
        return None
    count, expression = _NPLURALS.search(value), _PLURAL.search(value)
    if count is None or not count.group(1).strip().isdigit() or int(count.group(1)) < 1:
        shown = count.group(1).strip() if count else "missing"
        raise InputError(path, f"Plural-Forms: nplurals must be a positive whole number, found {shown[:20]!r}", line)
    nplurals = int(count.group(1))
    if expression is None:
        if plural_at is not None:
            raise InputError(path, "Plural-Forms has no plural=EXPRESSION for the plural forms used", plural_at)
        return nplurals
    _check_expression(path, expression.group(1).strip(), nplurals, line)
    return nplurals


def _check_expression(path: Path, expression: str, nplurals: int, line: int | None) -> None:
    try:
        choose = gettext.c2py(expression)
    except (ValueError, RecursionError):
        raise InputError(path, f"Plural-Forms: plural={expression[:40]!r} is not a valid C expression of n", line) from None
    try:
        largest = max(choose(n) for n in _COUNTS)
    except (ZeroDivisionError, RecursionError):
        raise InputError(path, f"Plural-Forms: plural={expression[:40]!r} divides by zero", line) from None
    if largest >= nplurals or min(choose(n) for n in _COUNTS) < 0:
        raise InputError(path, f"Plural-Forms: plural expression can choose form {largest} but nplurals={nplurals}", line)


def check_charset(path: Path, metadata: dict[str, str], line: int | None, text: str) -> None:
    found = _CHARSET.search(metadata.get("Content-Type", ""))
    if found is None:
        return
    charset = found.group(1).lower()
    if charset in _UTF8 or charset == "charset" or (charset in _ASCII and text.isascii()):
        return
    raise InputError(
        path,
        f"charset {found.group(1)[:30]!r} in Content-Type: only UTF-8 is supported "
        "(convert with: msgconv --to-code=UTF-8)",
        line,
    )
