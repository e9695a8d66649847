"""PO input and output: strict reading, stable atomic writing, headers.

polib is forgiving: it silently accepts an unterminated string or a stray
line, and its ``linenum`` points at an entry's first comment. Translators need
the opposite, so :func:`load_po` first checks the file line by line (the
grammar of GNU gettext's PO format) and reports the exact line of the first
error, refuses merge-conflict markers and duplicate entries, and only then
hands the text to polib. After loading, every entry's ``linenum`` is the line
of its ``msgid`` keyword, which is what editors and CI annotations need.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import polib
from babel import UnknownLocaleError
from babel.dates import format_datetime
from babel.messages.plurals import get_plural

from tools import __version__
from tools.errors import InputError
from tools.fileio import read_text, write_if_changed

#: Width at which we wrap msgid/msgstr lines; the same on every write so a
#: second run reproduces the file byte for byte.
WRAP_WIDTH = 78

_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)(?=[\s\"])\s*(.*)$")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"\s*$')
_ESCAPE = re.compile(r"\\(?:[\\\"ntrabfv?']|[0-7]{1,3}|x[0-9A-Fa-f]+)")
_CONFLICT = re.compile(r"^(<{7}|={7}|>{7})(?:\s|$)")


@dataclass(frozen=True)
class EntryPosition:
    """Where an entry stands in its file: the line of its ``msgid``."""

    msgctxt: str | None
    msgid: str
    line: int
    obsolete: bool


def _unescape(body: str) -> str:
    """Decode the C escapes allowed inside a PO string literal."""
    return polib.unescape(body)


def _parse_string(path: Path, line_no: int, text: str) -> str:
    match = _STRING.match(text)
    if not match:
        if text.startswith('"'):
            raise InputError(path, "unterminated string or text after the closing quote", line_no)
        raise InputError(path, f"expected a quoted string, found {text[:20]!r}", line_no)
    body = match.group(1)
    leftover = _ESCAPE.sub("", body)
    if "\\" in leftover:
        raise InputError(path, "invalid escape sequence in string", line_no)
    return _unescape(body)


#: What may follow "#" on a comment line: nothing, a space (translator comment),
#: or the mark of an extracted comment, reference, flags or previous msgid.
_COMMENT_MARKS = ("", " ", "\t", ".", ":", ",", "|")


def _same_kind(path: Path, line_no: int, current: dict[str, object], obsolete: bool) -> None:
    """An entry is obsolete (``#~``) on all its lines or on none (msgfmt: "inconsistent use of #~")."""
    if current and bool(current.get("obsolete")) != obsolete:
        raise InputError(path, "inconsistent use of #~ (obsolete and active lines in one entry)", line_no)


def scan_po(path: str | os.PathLike[str], text: str) -> list[EntryPosition]:
    """Check PO syntax line by line; return every entry with its msgid line.

    Raises :class:`InputError` at the first line that breaks the grammar,
    at a merge-conflict marker, or at a second definition of an entry.
    """
    path = Path(path)
    positions: list[EntryPosition] = []
    seen: dict[tuple[bool, str | None, str], int] = {}
    state = "start"  # start | ctxt | id | plural | str
    current: dict[str, object] = {}
    last_field: str | None = None

    def finish(line_no: int) -> None:
        nonlocal current, state, last_field
        if not current:
            return
        if "msgstr" not in current:
            raise InputError(path, "entry has a msgid but no msgstr", int(current["line"]))
        key = (bool(current["obsolete"]), current.get("msgctxt"), str(current["msgid"]))
        if key in seen:
            raise InputError(
                path, f"duplicate entry (first defined at line {seen[key]})", int(current["line"])
            )
        # msgfmt also refuses an obsolete entry that repeats an active one.
        twin = (not key[0], key[1], key[2])
        if twin in seen:
            raise InputError(
                path,
                f"entry repeats the {'active' if key[0] else 'obsolete'} entry at line {seen[twin]}",
                int(current["line"]),
            )
        seen[key] = int(current["line"])
        positions.append(
            EntryPosition(
                current.get("msgctxt"),  # type: ignore[arg-type]
                str(current["msgid"]),
                int(current["line"]),
                bool(current["obsolete"]),
            )
        )
        current = {}
        state = "start"
        last_field = None

    for line_no, raw in enumerate(text.splitlines(), start=1):
        if _CONFLICT.match(raw):
            raise InputError(path, "merge-conflict marker; resolve the conflict first", line_no)
        line = raw.strip()
        obsolete = False
        if line.startswith("#~"):
            obsolete = True
            line = line[2:].strip()
            if line.startswith("|"):
                continue  # previous msgid of an obsolete entry
        elif line.startswith("#") or not line:
            if line.startswith("#") and state in ("ctxt", "id", "plural"):
                raise InputError(path, "comment inside an entry (msgstr missing before it)", line_no)
            if line[1:2] not in _COMMENT_MARKS:
                raise InputError(path, "a comment needs a space after '#'", line_no)
            if state == "str" and current:  # a comment or a blank line ends an entry
                finish(line_no)
            continue
        if not line:
            continue
        if line.startswith('"'):
            if last_field is None:
                raise InputError(path, "string continuation without a keyword before it", line_no)
            _same_kind(path, line_no, current, obsolete)
            value = _parse_string(path, line_no, line)
            current[last_field] = str(current[last_field]) + value
            continue
        match = _KEYWORD.match(line)
        if not match:
            raise InputError(path, f"unexpected text {line[:30]!r}", line_no)
        keyword, _index, rest = match.groups()
        value = _parse_string(path, line_no, rest)
        if keyword != "msgctxt" and state in ("ctxt", "id", "plural"):
            _same_kind(path, line_no, current, obsolete)
        if keyword == "msgctxt":
            if state != "start":
                finish(line_no)
            current = {"msgctxt": value, "obsolete": obsolete}
            state, last_field = "ctxt", "msgctxt"
        elif keyword == "msgid":
            if state == "str" or state == "id" or state == "plural":
                if state != "str":
                    raise InputError(path, "msgid without msgstr before it", line_no)
                finish(line_no)
            if state == "start":
                current = {"obsolete": obsolete}
            current.update({"msgid": value, "line": line_no})
            state, last_field = "id", "msgid"
        elif keyword == "msgid_plural":
            if state != "id":
                raise InputError(path, "msgid_plural must follow msgid", line_no)
            current["msgid_plural"] = value
            state, last_field = "plural", "msgid_plural"
        else:
            if state not in ("id", "plural", "str"):
                raise InputError(path, f"{keyword} without a msgid before it", line_no)
            if keyword == "msgstr" and state == "str":
                raise InputError(path, "second msgstr in one entry", line_no)
            if ("msgid_plural" in current) != keyword.startswith("msgstr["):
                needs = "msgstr[0], msgstr[1], ..." if "msgid_plural" in current else "a msgid_plural"
                raise InputError(path, f"{keyword} here needs {needs}", line_no)
            _same_kind(path, line_no, current, obsolete)
            field = keyword
            current.setdefault("msgstr", "")
            current[field] = value
            state, last_field = "str", field
    if current:
        if state in ("id", "plural", "ctxt"):
            raise InputError(path, "file ends inside an entry (msgstr missing)", len(text.splitlines()))
        finish(len(text.splitlines()))
    return positions


def load_po(path: str | os.PathLike[str], *, allow_empty: bool = False) -> polib.POFile:
    """Read a PO or POT file strictly (see module docstring).

    Sets ``entry.linenum`` to the line of the entry's ``msgid`` and
    ``po.fpath`` to ``path``.
    """
    path = Path(path)
    text = read_text(path, allow_empty=allow_empty)
    positions = scan_po(path, text)
    try:
        po = polib.pofile(text, wrapwidth=WRAP_WIDTH)
    except (OSError, ValueError) as error:  # polib's own syntax errors
        where = re.search(r"\(line (\d+)\)", str(error))
        raise InputError(path, f"cannot parse: {error}", int(where.group(1)) if where else None) from None
    lines = {(p.obsolete, p.msgctxt, p.msgid): p.line for p in positions}
    previous = obsolete_previous(path, text)
    for entry in po:
        entry.linenum = lines.get((bool(entry.obsolete), entry.msgctxt, entry.msgid), entry.linenum)
        if entry.obsolete and entry.linenum in previous:
            fields = previous[entry.linenum]
            entry.previous_msgctxt = fields.get("msgctxt")
            entry.previous_msgid = fields.get("msgid")
            entry.previous_msgid_plural = fields.get("msgid_plural")
    po.fpath = str(path)
    return po


_PREVIOUS = re.compile(r"(msgctxt|msgid_plural|msgid)\s+(.*)$")


def obsolete_previous(path: Path, text: str) -> dict[int, dict[str, str]]:
    """The previous msgid (``#~| msgid``, with ``msgctxt`` and ``msgid_plural``) of obsolete entries.

    polib writes these lines but does not read them back, so without this a
    fuzzy entry that became obsolete would lose the text its translation was
    made for, and come back without it when the sentence returns. Keyed by the
    line of the obsolete entry's ``msgid``.
    """
    found: dict[int, dict[str, str]] = {}
    pending: dict[str, str] = {}
    field: str | None = None
    for line_no, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if line.startswith("#~|"):
            rest = line[3:].strip()
            match = _PREVIOUS.match(rest)
            if match:
                field = match.group(1)
                pending[field] = _parse_string(path, line_no, match.group(2))
            elif rest.startswith('"') and field is not None:
                pending[field] += _parse_string(path, line_no, rest)
            else:
                raise InputError(path, "#~| line without msgctxt, msgid or a string continuation", line_no)
        elif line.startswith("#~") and re.match(r"msgid\s", line[2:].strip()):
            if pending:
                found[line_no] = pending
            pending, field = {}, None
        elif not line:
            pending, field = {}, None
    return found


def render_po(po: polib.POFile) -> str:
    """The exact text we write for ``po``: polib's rendering plus a final newline."""
    po.wrapwidth = WRAP_WIDTH
    text = str(po)
    return text if text.endswith("\n") else text + "\n"


def save_po(po: polib.POFile, path: str | os.PathLike[str]) -> bool:
    """Write ``po`` atomically; return whether the file changed on disk."""
    return write_if_changed(path, render_po(po))


def now() -> datetime:
    """The current time, or ``SOURCE_DATE_EPOCH`` when set (reproducible builds and tests)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None:
        try:
            return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
        except ValueError:
            raise InputError(None, f"SOURCE_DATE_EPOCH must be an integer, got {epoch!r}") from None
    return datetime.now(timezone.utc).astimezone()


def po_date(moment: datetime | None = None) -> str:
    """A PO header date such as ``2026-11-29 04:37+0000``, formatted by babel."""
    moment = moment or now()
    return format_datetime(moment, "yyyy-MM-dd HH:mmZ", locale="en")


def plural_forms(language: str) -> str:
    """The ``Plural-Forms`` header value for ``language`` from babel's CLDR data."""
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


def source_header(po: polib.POFile, name: str) -> str | None:
    """Value of header field ``name`` or ``None``."""
    return po.metadata.get(name)


