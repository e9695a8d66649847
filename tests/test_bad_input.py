"""Bad input to update, build, compile and stats: one clear line, exit status 2, nothing written.

Each broken PO file of :data:`BAD_PO` is put in place of a translation and
every command that reads translations is run on it through the command line.
The message must name the file (and the line where there is one), the exit
status must be 2, there must be no traceback, and no file of the project may
change: not the PO file, and not the template or MO file the command would
otherwise have written (bytes and modification time are compared).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Project, ProjectFactory
from tools.errors import InputError
from tools.fileio import read_text
from tools.units.po import load_po, plural_forms

ARTICLE = "hammouchi-ahlgren"
EN = f"translations/{ARTICLE}/en.po"

HEADER = (
    'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
)  # lines 1-4, then a blank line 5: the first entry starts at line 6
GOOD = 'msgid "هومبريس"\nmsgstr "Homepress"\n'

#: name -> (content of the PO file, expected message after "tools: error: <EN>").
BAD_PO: dict[str, tuple[bytes, str]] = {
    "empty-file": (b"", ": file is empty"),
    "only-whitespace": (b"\n  \n", ": file is empty"),
    "not-utf8": ((HEADER + 'msgid "a"\nmsgstr "').encode() + b"caf\xe9\"\n", ":7: not valid UTF-8 (byte 0xe9)"),
    "utf16": ((HEADER + GOOD).encode("utf-16"), ":1: not valid UTF-8 (byte 0xff)"),
    "unterminated-string": (
        (HEADER + 'msgid "هومبريس\nmsgstr ""\n').encode(),
        ":6: unterminated string (the line ends inside quotes)",
    ),
    "text-after-closing-quote": ((HEADER + 'msgid "a" x\nmsgstr ""\n').encode(), ":6: unknown keyword 'x'"),
    "stray-text": ((HEADER + GOOD + "\nthis is not PO\n").encode(), ":9: unknown keyword 'this'"),
    "msgid-without-msgstr": (
        (HEADER + 'msgid "a"\n\nmsgid "b"\nmsgstr ""\n').encode(),
        ":8: msgid without msgstr before it",
    ),
    "file-ends-after-msgid": ((HEADER + 'msgid "a"\n').encode(), ":6: file ends inside an entry (msgstr missing)"),
    "msgstr-without-msgid": ((HEADER + 'msgstr "b"\n').encode(), ":6: msgstr without a msgid before it"),
    "continuation-without-keyword": (
        (HEADER + GOOD + '# note\n"stray"\n').encode(),
        ":9: string continuation without a keyword before it",
    ),
    "invalid-escape": (
        (HEADER + 'msgid "a"\nmsgstr "b\\?"\n').encode(),
        ":7: invalid escape sequence \\? (msgfmt knows \\a \\b \\f \\n \\r \\t \\v \\\\ \\\" \\ooo \\xhh)",
    ),
    "nul-escape": ((HEADER + 'msgid "a"\nmsgstr "b\\0"\n').encode(), ":7: NUL character within string (it would end the text there)"),
    "context-separator": ((HEADER + 'msgid "a\x04b"\nmsgstr ""\n').encode(), ":6: context separator U+0004 (EOT) within string"),
    "escapes-not-utf8": ((HEADER + 'msgid "a"\nmsgstr "\\330"\n').encode(), ":7: escape sequences make bytes that are not UTF-8"),
    "cr-only-line-ends": ((HEADER + GOOD).replace("\n", "\r").encode(), ":1: line breaks are carriage returns only (CR); convert them to LF or CRLF"),
    "previous-garbage": ((HEADER + "#| garbage\n" + GOOD).encode(), ":6: unknown keyword 'garbage'"),
    "obsolete-previous-garbage": (
        (HEADER + GOOD + '\n#~| msgid\n#~ msgid "b"\n#~ msgstr ""\n').encode(),
        ":9: #| msgid has no string after it",
    ),
    "duplicate-plural-form": (
        (HEADER + 'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\nmsgstr[0] "c"\n').encode(),
        ":9: plural form msgstr[0] where msgstr[1] belongs",
    ),
    "comment-between-msgid-and-msgstr": (
        (HEADER + 'msgid "a"\n# note\nmsgstr "b"\n').encode(),
        ":7: comment inside an entry (msgstr missing before it)",
    ),
    "second-msgstr": (
        (HEADER + 'msgid "a"\nmsgstr "b"\nmsgstr "c"\n').encode(),
        ":8: second msgstr in one entry",
    ),
    "plural-without-index": (
        (HEADER + 'msgid "a"\nmsgid_plural "as"\nmsgstr "b"\n').encode(),
        ":8: msgstr here needs msgstr[0], msgstr[1], ...",
    ),
    "index-without-plural": (
        (HEADER + 'msgid "a"\nmsgstr[0] "b"\n').encode(),
        ":7: msgstr[0] here needs a msgid_plural",
    ),
    "obsolete-mark-on-half-an-entry": (
        (HEADER + 'msgid "a"\n#~ msgstr "b"\n').encode(),
        ":7: inconsistent use of #~ (obsolete and active lines in one entry)",
    ),
    "merge-conflict": (
        (HEADER + "<<<<<<< HEAD\n" + GOOD + "=======\n" + GOOD.replace("Homepress", "Homepres") + ">>>>>>> b\n").encode(),
        ":6: merge-conflict marker; resolve the conflict first",
    ),
    "conflict-marker-alone": ((HEADER + GOOD + "=======\n").encode(), ":8: merge-conflict marker; resolve the conflict first"),
    "duplicate-entry": ((HEADER + GOOD + "\n" + GOOD).encode(), ":9: duplicate entry (first defined at line 6)"),
    "obsolete-twin-of-active-entry": (
        (HEADER + GOOD + '\n#~ msgid "هومبريس"\n#~ msgstr "Homepress"\n').encode(),
        ":9: entry repeats the active entry at line 6",
    ),
}

#: Commands that read the translation: name -> arguments.
COMMANDS: dict[str, list[str]] = {
    "update": ["update"],
    "update-article": ["update", ARTICLE],
    "build": ["build", ARTICLE, "-o", "english.txt"],
    "compile": ["compile"],
    "stats": ["stats"],
    "stats-path": ["stats", EN],
}


@pytest.fixture
def project(make_project: ProjectFactory) -> Project:
    return make_project(seeds=[ARTICLE])


def assert_refused(project: Project, args: list[str], message: str) -> None:
    before = project.files()
    result = project.run(*args)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == f"tools: error: {message}\n"
    assert "Traceback" not in result.output
    assert project.files() == before  # nothing written, nothing touched


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("case", list(BAD_PO))
def test_bad_po_file_is_refused_with_one_line_and_nothing_written(project: Project, case: str, command: str) -> None:
    content, message = BAD_PO[case]
    project.write(EN, content)
    assert_refused(project, COMMANDS[command], EN + message)


@pytest.mark.parametrize("case", ["stray-text", "merge-conflict", "duplicate-entry"])
def test_a_bad_second_language_stops_update_before_the_good_one_is_written(project: Project, case: str) -> None:
    project.run("update")
    project.write(f"translations/{ARTICLE}/fr.po", BAD_PO[case][0])
    project.write(f"seeds/{ARTICLE}.txt", project.read(f"seeds/{ARTICLE}.txt").replace("هومبريس", "هسبريس"))
    assert_refused(project, ["update"], f"translations/{ARTICLE}/fr.po" + BAD_PO[case][1])


# --- bad sources and names -------------------------------------------------------------------------

BAD_SEED: dict[str, tuple[bytes | None, str]] = {
    "missing": (None, ": no such file"),
    "empty": (b"", ": file is empty"),
    "not-utf8": ("سطر\n".encode() + b"\xd8\n", ":2: not valid UTF-8 (byte 0xd8)"),
    "only-invisible-marks": ("\u200f\u200e\n".encode(), ": no text to translate (only invisible characters)"),
}


@pytest.mark.parametrize("command", [["update", "article"], ["build", "article"]])
@pytest.mark.parametrize("case", list(BAD_SEED))
def test_bad_seed_is_refused(make_project: ProjectFactory, case: str, command: list[str]) -> None:
    content, message = BAD_SEED[case]
    files: dict[str, str | bytes] = {"translations/article/en.po": HEADER + GOOD}
    if content is not None:
        files["seeds/article.txt"] = content
    project = make_project(files=files)
    assert_refused(project, command, "seeds/article.txt" + message)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["stats", "translations/none.po"], "translations/none.po: no such file"),
        (["stats", "seeds"], "seeds: no PO files found"),
        (["update", "--lang", "xx-nonsense"], "unknown language code 'xx-nonsense' (expected e.g. en, fr, pt_BR)"),
        (["update", "nowhere"], "seeds/nowhere.txt: no such file"),
        (["compile", "nowhere"], "translations/nowhere/en.po: no such file; run `tools update` first"),
    ],
    ids=["stats-missing-file", "stats-folder-without-po", "unknown-language", "unknown-article", "compile-unknown"],
)
def test_missing_files_and_bad_names(project: Project, args: list[str], message: str) -> None:
    assert_refused(project, args, message)


def test_po_file_named_after_no_language_is_refused(project: Project) -> None:
    project.write(f"translations/{ARTICLE}/notes.po", HEADER + GOOD)
    assert_refused(
        project,
        ["update"],
        f"translations/{ARTICLE}/notes.po: unknown language code 'notes' (expected e.g. en, fr, pt_BR)",
    )


def test_real_process_reports_one_line_and_exit_2(project: Project) -> None:
    project.write(EN, BAD_PO["merge-conflict"][0])
    before = project.files()
    result = project.run_script("update")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"tools: error: {EN}:6: merge-conflict marker; resolve the conflict first\n"
    assert project.files() == before


# --- the library functions behind the messages ----------------------------------------------------------


def test_read_text_refuses_a_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory, expected a file"):
        read_text(tmp_path)


def test_read_text_drops_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffهسبريس".encode())
    assert read_text(path) == "هسبريس"


def test_load_po_accepts_an_empty_template_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "empty.pot"
    path.write_text("", encoding="utf-8")
    assert len(load_po(path, allow_empty=True)) == 0
    with pytest.raises(InputError, match="file is empty"):
        load_po(path)


def test_load_po_sets_each_entrys_line_to_its_msgid(tmp_path: Path) -> None:
    path = tmp_path / "lines.po"
    path.write_text(HEADER + "# note\n#, fuzzy\n" + GOOD, encoding="utf-8")
    assert load_po(path)[0].linenum == 8


@pytest.mark.parametrize("code", ["zz", "qq", "de-DE", ""])
def test_unknown_language_codes_are_input_errors(code: str) -> None:
    with pytest.raises(InputError, match="unknown language code"):
        plural_forms(code)
