"""Untrusted text on its way to a terminal or a CI log.

Glossary renderings, translations, messages quoting them and file names all
come from files that anyone may change in a pull request. Printed raw, a
line break inside one of them starts a new line of the log, and GitHub's
runner executes any stdout line that starts with ``::`` (after leading
spaces) as a workflow command: a forged ``::error file=README.md::`` or a
``::add-mask::``. So every text output goes through two steps:

* :func:`one_line` where an untrusted string is put into a line: every
  character that some reader takes as a line break (LF, CR, VT, FF, the
  file/group/record separators, NEL, U+2028, U+2029) and every other control
  character (ESC would drive the terminal) is shown as an escape
  (``\\n``, ``\\x1b``, ``\\u2028``), so the string stays on its line and the
  reader still sees what is there;
* :func:`guard_lines` on the whole output: a line that would start with
  ``::`` is prefixed with a backslash. Only the GitHub reporter, whose
  lines are meant to be commands (and escapes its data itself), skips it.
"""

from __future__ import annotations

import json
import re

#: Characters shown as an escape: C0 and C1 controls except TAB, DEL, and the
#: Unicode line and paragraph separators.
_UNSAFE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = {"\n": "\\n", "\r": "\\r"}
    if char in named:
        return named[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: object) -> str:
    """``text`` (converted with ``str``) with line breaks and controls escaped; see the module docstring."""
    return _UNSAFE.sub(_escape, str(text))


def guard_lines(text: str) -> str:
    """``text`` with a backslash before every line that would start with ``::`` (spaces ignored).

    Lines are split as the runner reads them and as ``str.splitlines`` does,
    so no reader sees a line starting with ``::``.
    """
    if "::" not in text:
        return text
    parts = re.split(r"(\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])", text)
    for index in range(0, len(parts), 2):
        if parts[index].lstrip().startswith("::"):
            parts[index] = "\\" + parts[index]
    return "".join(parts)


#: Characters JSON allows raw in a string that some reader takes as a line
#: break (NEL, U+2028, U+2029) or as a control (C1, DEL).
_JSON_RAW_BREAKS = re.compile("[\x7f-\x9f\u2028\u2029]")


def json_document(document: object, indent: int = 2) -> str:
    """``document`` as JSON (non-ASCII letters kept) with every line break escaped.

    ``json.dumps`` escapes C0 controls but writes NEL, U+2028 and U+2029 raw;
    a log reader would break the line there, and :func:`guard_lines` would
    then put a backslash inside a JSON string. Escaped, they stay text.
    """
    return escape_json_breaks(json.dumps(document, ensure_ascii=False, indent=indent)) + "\n"


def escape_json_breaks(text: str) -> str:
    """JSON ``text`` with NEL, U+2028, U+2029, DEL and C1 controls written as ``\\uXXXX``.

    Character by character, so a document written in pieces can be escaped piece by piece.
    """
    return _JSON_RAW_BREAKS.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


#: What XML 1.0 forbids even as a character reference: controls other than
#: TAB, LF and CR, surrogates, U+FFFE and U+FFFF.
_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: object) -> str:
    """``text`` with the characters XML forbids shown as escapes (``\\x1b``), so every parser reads the report."""
    return _XML_FORBIDDEN.sub(_escape, str(text))
