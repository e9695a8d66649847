"""The grammar of a PO file, as GNU ``msgfmt`` applies it, building polib objects.

One pass over the tokens of :mod:`tools.units.po_lex` both checks the file
and builds the :class:`polib.POFile` the rest of the code uses, so a file is
parsed once. An entry is::

    comments* [#| msgctxt S+] [#| msgid S+ [#| msgid_plural S+]]
    [msgctxt S+] msgid S+ (msgstr S+ | msgid_plural S+ (msgstr[i] S+)+)

where ``S+`` is one or more strings, possibly on several lines. Comments may
not stand inside an entry, the ``#|`` lines must come right before the entry
they describe, and all lines of an entry carry ``#~`` or none does. Each rule
broken is a :class:`~tools.errors.InputError` at the line ``msgfmt`` names.
The checks ``msgfmt`` makes on whole messages (duplicates, plural indexes,
the context separator) are in :mod:`tools.units.po_check`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polib

from tools.errors import InputError
from tools.units.po_lex import BLANKS, LexError, Lexeme, check_line_ends, decode, line_tokens, string_line

#: States in which a string line continues the field being read.
_CONTINUED = frozenset({"ctxt", "id", "plural", "str"})
#: Comment marks read as tokens: obsolete lines, previous fields.
_MARKED = frozenset({"~", "|"})

#: Where polib keeps each previous field on an entry.
_PREVIOUS = {"msgctxt": "previous_msgctxt", "msgid": "previous_msgid", "msgid_plural": "previous_msgid_plural"}


@dataclass
class _Field:
    """A field being read: its pieces (``str``, or ``bytes`` from escapes) and its first line."""

    line: int
    pieces: list[str | bytes] = field(default_factory=list)

    def text(self, path: Path) -> str:
        """The decoded value; refuses what cannot be a message's text (see below)."""
        try:
            value = "".join(self.pieces)  # type: ignore[arg-type]
        except TypeError:  # bytes from numeric escapes among the pieces
            data = b"".join(p if isinstance(p, bytes) else p.encode("utf-8") for p in self.pieces)
            try:
                value = data.decode("utf-8")
            except UnicodeDecodeError:
                raise InputError(path, "escape sequences make bytes that are not UTF-8", self.line) from None
        if "\x04" in value:
            raise InputError(path, "context separator U+0004 (EOT) within string", self.line)
        if "\x00" in value:
            # msgfmt accepts it and silently cuts the string there: refuse instead.
            raise InputError(path, "NUL character within string (it would end the text there)", self.line)
        return value


@dataclass
class Parsed:
    """A parsed entry with the lines the checks need."""

    entry: polib.POEntry
    msgid_line: int
    #: (index written in the file, line) of each msgstr[n], in file order.
    forms: list[tuple[int, int]]


class _Parser:
    """The state machine of one file; see the module docstring for the grammar."""

    def __init__(self, path: Path):
        self.path = path
        self.po = polib.POFile(wrapwidth=78)
        self.po.fpath = str(path)
        self.parsed: list[Parsed] = []
        self.in_header_comments = True
        self.msgstr: Lexeme | None = None  # a msgstr keyword waiting for its [n] or string
        self.line = 0  # the line of the last token
        self.before_msgstr = 0  # the line of the token before the pending msgstr
        self._reset()

    def _reset(self) -> None:
        self.entry = polib.POEntry()
        self.fields: dict[str, _Field] = {}
        self.forms: list[tuple[int, _Field]] = []
        self.last: str | None = None  # the field the next string continues
        self.state = "comments"  # comments | previous | ctxt | id | plural | str
        self.obsolete: bool | None = None
        self.previous_done = False

    def error(self, message: str, line: int) -> InputError:
        return InputError(self.path, message, line)

    # --- tokens -----------------------------------------------------------------------------

    def feed(self, token: Lexeme) -> None:
        try:
            self._feed(token)
        finally:
            self.line = token.line

    def _feed(self, token: Lexeme) -> None:
        if self.msgstr is not None:
            keyword, self.msgstr = self.msgstr, None
            if token.kind == "index" and token.obsolete == keyword.obsolete and not token.previous:
                self._msgstr(keyword, int(token.value))
                return
            self._msgstr(keyword, None)
        if token.kind == "keyword" and token.value == "msgstr" and not token.previous:
            self._same_kind(token)
            self.msgstr, self.before_msgstr = token, self.line
            return
        if token.kind == "comment":
            self.comment(str(token.value), token.line)
        elif token.previous:
            self._previous(token)
        elif token.kind == "keyword":
            self._keyword(token)
        elif token.kind == "string":
            self._string(token)
        else:
            raise self.error("'[n]' only follows msgstr", token.line)

    def comment(self, text: str, line: int) -> None:
        """A comment line; ``text`` follows the ``#``."""
        self.line = line
        if self.state == "str":
            self._finish()
        elif self.state != "comments":
            raise self.error(self._missing("comment inside an entry (msgstr missing before it)"), line)
        mark = text[:1]
        if self.in_header_comments and mark not in (",", ":", ".", "~", "|"):
            self.po.header = _join(self.po.header, text[1:] if mark == " " else text)
            return
        self.in_header_comments = False
        entry = self.entry
        if mark == ",":
            if text[1:].strip(BLANKS):
                entry.flags += [flag.strip() for flag in text[1:].split(",")]
        elif mark == ":":
            entry.occurrences += [_occurrence(ref) for ref in _words(text[1:])]
        elif mark == ".":
            if text[1:].strip(BLANKS):
                entry.comment = _join(entry.comment, text[2:] if text[1:2] == " " else text[1:])
        else:
            entry.tcomment = _join(entry.tcomment, text[1:] if mark == " " else text)

    def _previous(self, token: Lexeme) -> None:
        self.in_header_comments = False
        if self.state == "str":
            self._finish()
        if self.state not in ("comments", "previous") or self.previous_done:
            raise self.error("'#|' lines must come right before the entry's msgctxt or msgid", token.line)
        self.state = "previous"
        if token.kind == "string":
            if self.last is None or not self.last.startswith("previous_"):
                raise self.error("'#|' string without a keyword before it", token.line)
            self.fields[self.last].pieces.append(token.value)  # type: ignore[arg-type]
            return
        name = str(token.value)
        if token.kind != "keyword" or name not in _PREVIOUS:
            raise self.error("'#|' lines hold only msgctxt, msgid or msgid_plural", token.line)
        key = _PREVIOUS[name]
        order = list(_PREVIOUS.values())
        if key in self.fields or any(order.index(k) > order.index(key) for k in self.fields if k in order):
            raise self.error(f"'#| {name}' out of order or repeated", token.line)
        if name == "msgid_plural" and "previous_msgid" not in self.fields:
            raise self.error("'#| msgid_plural' must follow '#| msgid'", token.line)
        self.fields[key] = _Field(token.line)
        self.last = key

    def _keyword(self, token: Lexeme) -> None:
        name = str(token.value)
        self.in_header_comments = False
        if name == "domain":
            raise self.error("'domain' directives are not supported (one domain per file)", token.line)
        if self.state == "str" and name in ("msgctxt", "msgid"):
            self._finish()
        if self.state == "previous":
            if "previous_msgid" not in self.fields:
                raise self.error("'#| msgctxt' without '#| msgid' after it", token.line)
            if name not in ("msgctxt", "msgid"):
                raise self.error("'#|' lines must come right before the entry's msgctxt or msgid", token.line)
            self.previous_done = True
        self._same_kind(token)
        getattr(self, f"_{name}")(token)

    def _msgctxt(self, token: Lexeme) -> None:
        if self.state not in ("comments", "previous"):
            raise self.error(self._missing("msgctxt inside an entry (msgstr missing before it)"), token.line)
        self._open("msgctxt", token.line, "ctxt")

    def _msgid(self, token: Lexeme) -> None:
        if self.state not in ("comments", "previous", "ctxt"):
            raise self.error(self._missing("msgid without msgstr before it"), token.line)
        self._open("msgid", token.line, "id")

    def _msgid_plural(self, token: Lexeme) -> None:
        if self.state != "id":
            what = "two msgid_plural in one entry" if self.state == "plural" else "msgid_plural must follow msgid"
            raise self.error(what, token.line)
        self._open("msgid_plural", token.line, "plural")

    def _msgstr(self, token: Lexeme, index: int | None) -> None:
        if self.state not in ("id", "plural", "str"):
            raise self.error("msgstr without a msgid before it", token.line)
        plural = "msgid_plural" in self.fields
        indexed = index is not None
        if self.state == "str" and not (plural and indexed):
            apart = token.line > self.before_msgstr + 1  # after a blank line: it starts something new
            raise self.error("msgstr without a msgid before it" if apart else "second msgstr in one entry", token.line)
        if plural and not indexed:
            raise self.error("msgstr here needs msgstr[0], msgstr[1], ...", token.line)
        if indexed and not plural:
            raise self.error(f"msgstr[{index}] here needs a msgid_plural", token.line)
        if plural:
            form = _Field(token.line)
            self.forms.append((index, form))  # type: ignore[arg-type]
            self.fields[f"msgstr[{len(self.forms) - 1}]"] = form
            self.last = f"msgstr[{len(self.forms) - 1}]"
        else:
            self.fields["msgstr"] = _Field(token.line)
            self.last = "msgstr"
        self.state = "str"

    def _open(self, name: str, line: int, state: str) -> None:
        self.fields[name] = _Field(line)
        self.last = name
        self.state = state

    def _string(self, token: Lexeme) -> None:
        if self.last is None or self.last.startswith("previous_") or self.state in ("comments", "previous"):
            raise self.error("string continuation without a keyword before it", token.line)
        self._same_kind(token)
        self.fields[self.last].pieces.append(token.value)  # type: ignore[arg-type]

    def _same_kind(self, token: Lexeme) -> None:
        """All lines of an entry carry ``#~`` or none does (msgfmt: "inconsistent use of #~")."""
        if self.obsolete is None:
            self.obsolete = token.obsolete
        elif self.obsolete != token.obsolete:
            raise self.error("inconsistent use of #~ (obsolete and active lines in one entry)", token.line)

    def _missing(self, otherwise: str) -> str:
        if self.state == "previous":
            return "'#|' lines must come right before the entry's msgctxt or msgid"
        if self.state == "ctxt":
            return "msgctxt without a msgid after it"
        return otherwise

    # --- entries ----------------------------------------------------------------------------

    def _finish(self) -> None:
        entry = self.entry
        fields = self.fields
        for name, value in fields.items():
            if not value.pieces:
                shown = name.split("[")[0].replace("previous_", "#| ")
                raise self.error(f"{shown} has no string after it", value.line)
        text = {name: value.text(self.path) for name, value in fields.items()}
        entry.msgid = text["msgid"]
        entry.msgctxt = text.get("msgctxt")  # type: ignore[assignment]  # None: no context (the stubs say str)
        entry.obsolete = bool(self.obsolete)
        for name in _PREVIOUS.values():
            if name in text:
                setattr(entry, name, text[name])
        if "msgid_plural" in text:
            entry.msgid_plural = text["msgid_plural"]
            entry.msgstr_plural = {index: text[f"msgstr[{n}]"] for n, (index, _f) in enumerate(self.forms)}
        else:
            entry.msgstr = text["msgstr"]
        entry.linenum = fields["msgid"].line
        self.parsed.append(Parsed(entry, fields["msgid"].line, [(i, form.line) for i, form in self.forms]))
        self._reset()

    def end(self, last_line: int) -> None:
        if self.msgstr is not None:
            keyword, self.msgstr = self.msgstr, None
            self._msgstr(keyword, None)
        if self.state == "str":
            self._finish()
        elif self.state not in ("comments",):
            line = self.fields[self.last].line if self.last in self.fields else last_line
            raise self.error("file ends inside an entry (msgstr missing)", line)
        elif self.obsolete is None and (self.fields or self.state == "previous"):
            raise self.error("file ends after '#|' lines without their entry", last_line)


def _join(old: str, new: str) -> str:
    return f"{old}\n{new}" if old else new


def _words(text: str) -> list[str]:
    if text.isascii():
        return text.split()
    for blank in BLANKS[1:]:
        text = text.replace(blank, " ")
    return [word for word in text.split(" ") if word]


def _occurrence(ref: str) -> tuple[str, str]:
    """``file:line`` as polib keeps it: the line part only when it is digits."""
    name, _colon, line = ref.rpartition(":")
    return (name, line) if _colon and line.isdigit() else (ref, "")


def parse(path: Path, text: str) -> tuple[polib.POFile, list[Parsed]]:
    """The entries of ``text`` (``path`` names it in errors), header included, in file order.

    Returns the still empty :class:`polib.POFile` (with ``header`` set) and
    the entries; :func:`tools.units.po_check.build` checks and fills it.
    """
    parser = _Parser(path)
    feed = parser.feed
    try:
        check_line_ends(text)
        for number, line in enumerate(text.split("\n"), start=1):
            # Fast paths for the two commonest lines; every other line goes through the tokens.
            first = line[:1]
            if first == '"' and parser.msgstr is None and parser.obsolete is False and parser.state in _CONTINUED:
                body, last = string_line(line), parser.last
                if body is not None and last is not None:
                    parser.fields[last].pieces.append(decode(body, number) if "\\" in body else body)
                    parser.line = number
                    continue
            elif first == "#" and line[1:2] not in _MARKED and parser.msgstr is None:
                parser.comment(line[1:].rstrip(BLANKS), number)
                continue
            for token in line_tokens(line, number):
                feed(token)
    except LexError as error:
        raise InputError(path, error.message, error.line) from None
    parser.end(text.count("\n") + 1)
    return parser.po, parser.parsed
