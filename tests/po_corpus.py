"""Malformed (and borderline well-formed) PO inputs, with GNU msgfmt's verdict.

Each case is a name, the file's bytes and how our reader's verdict relates
to ``msgfmt -c`` (gettext 0.21), the check every PO file of the project must
pass:

``accept`` / ``refuse``
    both accept, or both refuse (we then name a line);
``stricter``
    we refuse a file ``msgfmt -c`` accepts, because msgfmt would silently
    compile something else than the file says (see :data:`WHY`);
``laxer``
    we accept a file ``msgfmt -c`` refuses, where the meaning is not in
    doubt (see :data:`WHY`).

The tests check the table against our reader and, where ``msgfmt`` is
installed, against ``msgfmt -c`` itself, so a wrong expectation cannot hide.
"""

from __future__ import annotations

HEADER = (
    'msgid ""\n'
    'msgstr ""\n'
    '"Project-Id-Version: corpus\\n"\n'
    '"PO-Revision-Date: 2026-01-01 00:00+0000\\n"\n'
    '"Last-Translator: T <t@example.org>\\n"\n'
    '"Language-Team: English <t@example.org>\\n"\n'
    '"Language: en\\n"\n'
    '"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Content-Transfer-Encoding: 8bit\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'
    "\n"
)


def header(**fields: str | None) -> str:
    """The standard header with some fields replaced (value) or removed (None)."""
    lines = HEADER.splitlines(keepends=True)
    out = []
    for line in lines:
        name = line[1:].split(":", 1)[0] if line.startswith('"') else None
        if name in fields:
            value = fields.pop(name)
            if value is not None:
                out.append(f'"{name}: {value}\\n"\n')
        else:
            out.append(line)
    return "".join(out)


def body(text: str) -> bytes:
    """A case made of the standard header followed by ``text``."""
    return (HEADER + text).encode("utf-8")


ENTRY = 'msgid "a"\nmsgstr "b"\n'
PLURAL = 'msgid "one"\nmsgid_plural "many"\n'

#: name, file bytes, msgfmt's verdict ("accept", "refuse" or "stricter").
CASES: list[tuple[str, bytes, str]] = [
    # line endings and encoding
    ("crlf_line_endings", body(ENTRY + 'msgid "c"\nmsgstr "d"\n').replace(b"\n", b"\r\n"), "accept"),
    ("cr_only_line_endings", body(ENTRY + 'msgid "c"\nmsgstr "d"\n').replace(b"\n", b"\r"), "stricter"),
    ("byte_order_mark", b"\xef\xbb\xbf" + body(ENTRY), "laxer"),
    ("invalid_utf8_byte", body('msgid "a"\nmsgstr "b\xff"\n'.replace("\xff", "@")).replace(b"@", b"\xff"), "refuse"),
    ("line_separators_in_strings", body('msgid "a\u2028b\u2029c\x85d\x1ce"\nmsgstr "x\u2028y"\n'), "accept"),
    ("raw_controls_in_strings", body('msgid "a\x01\x07\x0b\x0c\x1b\x7fb"\nmsgstr "x\ry\tz"\n'), "accept"),
    ("raw_nul_in_msgstr", body('msgid "a"\nmsgstr "b\x00c"\n'), "stricter"),
    ("raw_eot_in_msgid", body('msgid "a\x04b"\nmsgstr "c"\n'), "refuse"),
    # escapes
    ("all_c_escapes", body('msgid "\\a\\b\\f\\n\\r\\t\\v\\\\\\"\\101\\x41\\x4e"\nmsgstr "\\x70\\1010"\n'), "accept"),
    ("escape_question_mark", body('msgid "a"\nmsgstr "b\\?"\n'), "refuse"),
    ("escape_single_quote", body('msgid "a"\nmsgstr "b\\\'"\n'), "refuse"),
    ("escape_unknown_letter", body('msgid "a"\nmsgstr "b\\e"\n'), "refuse"),
    ("escape_unicode", body('msgid "a"\nmsgstr "b\\u0041"\n'), "refuse"),
    ("escape_hex_without_digits", body('msgid "a"\nmsgstr "b\\xg"\n'), "refuse"),
    ("escape_eight_is_not_octal", body('msgid "a"\nmsgstr "b\\8"\n'), "refuse"),
    ("escape_octal_nul", body('msgid "a"\nmsgstr "b\\0c"\n'), "stricter"),
    ("escape_hex_nul", body('msgid "a"\nmsgstr "b\\x00 c"\n'), "stricter"),
    ("escape_octal_overflow_nul", body('msgid "a"\nmsgstr "b\\400c"\n'), "stricter"),
    ("escape_eot", body('msgid "a"\nmsgstr "b\\004"\n'), "refuse"),
    ("escape_bytes_not_utf8", body('msgid "a"\nmsgstr "b\\377"\n'), "stricter"),
    ("escape_bytes_of_utf8", body('msgid "a"\nmsgstr "\\xe2\\x80\\xa8 \\330\\247"\n'), "accept"),
    ("escape_utf8_split_over_lines", body('msgid "a"\nmsgstr ""\n"\\xd8"\n"\\xa7"\n'), "accept"),
    ("backslash_at_end_of_line", body('msgid "a"\nmsgstr "b\\\n'), "refuse"),
    # strings and tokens
    ("unterminated_string", body('msgid "a\nmsgstr "b"\n'), "refuse"),
    ("text_after_string", body('msgid "a" x\nmsgstr "b"\n'), "refuse"),
    ("unescaped_quote", body('msgid "a"b"\nmsgstr "b"\n'), "refuse"),
    ("two_strings_on_one_line", body('msgid "a" "b"\nmsgstr "c"\n'), "accept"),
    ("string_on_next_line", body('msgid\n"a"\nmsgstr\n"b"\n'), "accept"),
    ("keyword_glued_to_string", body('msgid"a"\nmsgstr"b"\n'), "accept"),
    ("tab_before_string", body('msgid\t"a"\nmsgstr\t"b"\n'), "accept"),
    ("indented_keywords", body('  msgid "a"\n\tmsgstr "b"\n'), "accept"),
    ("no_break_space_before_string", body('msgid\u00a0"a"\nmsgstr "b"\n'), "refuse"),
    ("line_separator_before_keyword", body('\u2028msgid "a"\nmsgstr "b"\n'), "refuse"),
    ("form_feed_line", body(ENTRY + "\f\n" + 'msgid "c"\nmsgstr "d"\n'), "accept"),
    ("unknown_keyword", body('msgfoo "a"\n' + ENTRY), "refuse"),
    ("uppercase_keyword", body('MSGID "a"\nmsgstr "b"\n'), "refuse"),
    ("string_without_keyword", body('"a"\n' + ENTRY), "accept"),
    ("bare_word", body(ENTRY + "garbage\n"), "refuse"),
    ("comment_after_a_token", body('msgid "a" # note\nmsgstr "b"\n'), "refuse"),
    ("carriage_return_in_comment", body("# a\rb\n" + ENTRY), "accept"),
    ("merge_conflict_markers", body("<<<<<<< HEAD\n" + ENTRY + "=======\n" + 'msgid "a"\nmsgstr "c"\n' + ">>>>>>> other\n"), "refuse"),
    ("domain_directive", body('domain "other"\n' + ENTRY), "refuse"),
    # comments
    ("comment_without_space", body("#x comment\n" + ENTRY), "accept"),
    ("comment_kinds", body("# t\n#. e\n#: f.c:1 g.c\n#, fuzzy, c-format\n#| msgid \"z\"\n" + ENTRY), "accept"),
    ("previous_garbage", body("#| garbage\n" + ENTRY), "refuse"),
    ("previous_keyword_without_string", body("#| msgid\n" + ENTRY), "refuse"),
    ("previous_unterminated", body('#| msgid "z\n' + ENTRY), "refuse"),
    ("previous_msgstr", body('#| msgstr "z"\n' + ENTRY), "refuse"),
    ("previous_bad_escape", body('#| msgid "z\\q"\n' + ENTRY), "refuse"),
    ("obsolete_previous", body(ENTRY + '\n#~| msgid "old"\n#~ msgid "c"\n#~ msgstr "d"\n'), "accept"),
    ("obsolete_previous_garbage", body(ENTRY + "\n#~| garbage\n#~ msgid \"c\"\n#~ msgstr \"d\"\n"), "refuse"),
    ("obsolete_garbage", body(ENTRY + "\n#~ garbage\n"), "refuse"),
    ("obsolete_empty_marker", body(ENTRY + "\n#~\n"), "accept"),
    ("nul_in_comment", body("# a\x00b\n" + ENTRY), "accept"),
    ("comment_between_msgid_and_msgstr", body('msgid "a"\n# c\nmsgstr "b"\n'), "refuse"),
    ("comment_inside_msgstr_lines", body('msgid "a"\nmsgstr "b"\n# c\n"d"\n'), "refuse"),
    ("blank_line_between_msgid_and_msgstr", body('msgid "a"\n\nmsgstr "b"\n'), "accept"),
    # entry structure
    ("duplicate_entry", body(ENTRY + "\n" + ENTRY), "refuse"),
    ("same_msgid_other_context", body(ENTRY + '\nmsgctxt "k"\n' + ENTRY), "accept"),
    ("empty_context_is_a_context", body(ENTRY + '\nmsgctxt ""\n' + ENTRY), "accept"),
    ("obsolete_repeats_active", body(ENTRY + '\n#~ msgid "a"\n#~ msgstr "b"\n'), "refuse"),
    ("obsolete_twice", body('#~ msgid "a"\n#~ msgstr "b"\n\n#~ msgid "a"\n#~ msgstr "c"\n'), "refuse"),
    ("second_header", body(ENTRY + '\nmsgid ""\nmsgstr "x"\n'), "refuse"),
    ("msgid_without_msgstr", body('msgid "a"\n\nmsgid "c"\nmsgstr "d"\n'), "refuse"),
    ("msgstr_without_msgid", body('msgstr "b"\n'), "refuse"),
    ("file_ends_after_msgid", body('msgid "a"\n'), "refuse"),
    ("second_msgstr", body('msgid "a"\nmsgstr "b"\nmsgstr "c"\n'), "refuse"),
    ("msgctxt_without_msgid", body('msgctxt "k"\n\n' + ENTRY), "accept"),
    ("two_msgctxt", body('msgctxt "k"\nmsgctxt "l"\n' + ENTRY), "refuse"),
    ("msgctxt_after_msgid", body('msgid "a"\nmsgctxt "k"\nmsgstr "b"\n'), "refuse"),
    ("msgid_plural_twice", body(PLURAL + 'msgid_plural "x"\nmsgstr[0] "a"\nmsgstr[1] "b"\n'), "refuse"),
    ("inconsistent_obsolete", body('#~ msgid "a"\nmsgstr "b"\n'), "refuse"),
    ("obsolete_entry", body(ENTRY + '\n#~ msgid "c"\n#~ msgstr "d"\n'), "accept"),
    ("eot_in_msgctxt", body('msgctxt "k\\004"\n' + ENTRY), "refuse"),
    # plurals
    ("plural_entry", body(PLURAL + 'msgstr[0] "a"\nmsgstr[1] "b"\n'), "accept"),
    ("plural_with_plain_msgstr", body(PLURAL + 'msgstr "a"\n'), "refuse"),
    ("msgstr_index_without_plural", body('msgid "a"\nmsgstr[0] "b"\n'), "refuse"),
    ("duplicate_msgstr_index", body(PLURAL + 'msgstr[0] "a"\nmsgstr[0] "b"\nmsgstr[1] "c"\n'), "refuse"),
    ("msgstr_index_out_of_order", body(PLURAL + 'msgstr[1] "a"\nmsgstr[0] "b"\n'), "refuse"),
    ("msgstr_index_gap", body(PLURAL + 'msgstr[0] "a"\nmsgstr[2] "b"\n'), "refuse"),
    ("more_forms_than_nplurals", body(PLURAL + 'msgstr[0] "a"\nmsgstr[1] "b"\nmsgstr[2] "c"\n'), "refuse"),
    ("fewer_forms_than_nplurals", body(PLURAL + 'msgstr[0] "a"\n'), "refuse"),
    ("fuzzy_more_forms_than_nplurals", body("#, fuzzy\n" + PLURAL + 'msgstr[0] "a"\nmsgstr[1] "b"\nmsgstr[2] "c"\n'), "accept"),
    ("msgstr_index_with_spaces", body(PLURAL + 'msgstr[ 0 ] "a"\nmsgstr [1] "b"\n'), "accept"),
    ("msgstr_index_negative", body(PLURAL + 'msgstr[-1] "a"\n'), "refuse"),
    ("msgstr_index_letter", body(PLURAL + 'msgstr[x] "a"\n'), "refuse"),
    ("msgstr_index_huge", body(PLURAL + 'msgstr[0] "a"\nmsgstr[99999999999999999999] "b"\n'), "refuse"),
    ("obsolete_plural", body(ENTRY + '\n#~ msgid "one"\n#~ msgid_plural "many"\n#~ msgstr[0] "a"\n#~ msgstr[1] "b"\n'), "accept"),
    # header
    ("no_header", ENTRY.encode(), "laxer"),
    ("empty_file", b"", "laxer"),
    ("only_comments", b"# nothing here\n", "laxer"),
    ("fuzzy_header", ("#, fuzzy\n" + HEADER + ENTRY).encode(), "accept"),
    ("nplurals_not_a_number", (header(**{"Plural-Forms": "nplurals=abc; plural=(n != 1);"}) + PLURAL + 'msgstr[0] "a"\nmsgstr[1] "b"\n').encode(), "refuse"),
    ("nplurals_zero", (header(**{"Plural-Forms": "nplurals=0; plural=0;"}) + ENTRY).encode(), "refuse"),
    ("plural_expression_missing", (header(**{"Plural-Forms": "nplurals=2;"}) + ENTRY).encode(), "accept"),
    ("plural_expression_broken", (header(**{"Plural-Forms": "nplurals=2; plural=n+;"}) + ENTRY).encode(), "refuse"),
    ("plural_expression_unknown_variable", (header(**{"Plural-Forms": "nplurals=2; plural=(m != 1);"}) + ENTRY).encode(), "refuse"),
    ("plural_forms_missing_with_plural_entry", (header(**{"Plural-Forms": None}) + PLURAL + 'msgstr[0] "a"\nmsgstr[1] "b"\n').encode(), "refuse"),
    ("revision_date_garbage", (header(**{"PO-Revision-Date": "garbage"}) + ENTRY).encode(), "accept"),
    ("charset_placeholder", (header(**{"Content-Type": "text/plain; charset=CHARSET"}) + 'msgid "a"\nmsgstr ""\n').encode(), "accept"),
    ("charset_unknown", (header(**{"Content-Type": "text/plain; charset=FOO-42"}) + ENTRY).encode(), "stricter"),
    ("charset_latin1", (header(**{"Content-Type": "text/plain; charset=ISO-8859-1"}) + ENTRY).encode(), "stricter"),
    ("content_type_missing", (header(**{"Content-Type": None}) + ENTRY).encode(), "accept"),
    ("header_line_without_colon", (header(**{"Language": "en\\nnonsense"}) + ENTRY).encode(), "accept"),
]

#: Why we part from ``msgfmt -c`` on the ``stricter`` and ``laxer`` cases.
WHY: dict[str, str] = {
    "cr_only_line_endings": "msgfmt reads a CR-only file as one line, so a comment hides every entry after it",
    "raw_nul_in_msgstr": "msgfmt cuts the string at the NUL without a word",
    "escape_octal_nul": "msgfmt cuts the string at the NUL without a word",
    "escape_hex_nul": "msgfmt cuts the string at the NUL without a word",
    "escape_octal_overflow_nul": "\\400 is byte 0: msgfmt cuts the string there",
    "escape_bytes_not_utf8": "the escaped bytes are not UTF-8 text; msgfmt copies them into the catalog",
    "charset_unknown": "we read and write UTF-8 only; msgfmt would compile the bytes under another name",
    "charset_latin1": "the bytes are UTF-8 but the header says ISO-8859-1: msgfmt would garble every non-ASCII letter",
    "byte_order_mark": "a UTF-8 byte-order mark means nothing else; we skip it (and never write one)",
    "no_header": "hand-written glossaries may have no header; files we write always have one",
    "empty_file": "an empty catalog is read as empty where a command allows it; files we write have a header",
    "only_comments": "a catalog with no message is read as empty; files we write have a header",
}
