"""The PO format layer through the commands a translator runs.

Escapes keep their meaning through ``update`` and ``check-glossary``; a
glossary imported with line separators in it loads again; a seed with a
control character is refused before any template is written; ``compile``
answers every odd file of the issue list with an MO file or one line and
exit status 2, never a traceback.
"""

from __future__ import annotations

import subprocess

import pytest

from conftest import Project, ProjectFactory
from tools.units.po import load_po

ARTICLE = "hammouchi-ahlgren"
EN = f"translations/{ARTICLE}/en.po"
MO = f"translations/{ARTICLE}/en.mo"
from conftest import MSGFMT
HOMEPRESS = 'msgid "هومبريس"\nmsgstr "Homepress"\n'


@pytest.fixture
def project(make_project: ProjectFactory) -> Project:
    return make_project(seeds=[ARTICLE], translations=[ARTICLE], copy=["glossary"])


def with_msgstr(project: Project, body: str) -> None:
    """Give the glossary term's sentence the translation ``body`` (a PO string literal body)."""
    text = project.read(EN)
    assert HOMEPRESS in text
    project.write(EN, text.replace(HOMEPRESS, f'msgid "هومبريس"\nmsgstr "{body}"\n'))


def homepress(project: Project) -> str:
    return next(e.msgstr for e in load_po(project.path(EN)) if e.msgid == "هومبريس")


# --- escapes (octal, hexadecimal, \a) keep their meaning -------------------------------------------


def test_update_keeps_what_escapes_mean(project: Project) -> None:
    with_msgstr(project, r"Home\x70ress \101\a")
    result = project.run("update")
    assert result.exit_code == 0, result.stderr
    assert homepress(project) == "Homepress A\a"
    assert "\\\\x70" not in project.read(EN)  # never written back as literal backslashes
    if MSGFMT is not None:
        subprocess.run([MSGFMT, "-c", "-o", "/dev/null", str(project.path(EN))], check=True)


def test_check_glossary_reads_the_approved_term_behind_escapes(project: Project) -> None:
    with_msgstr(project, r"\110ome\x70ress")  # "Homepress"
    result = project.run("check-glossary", "--format", "json", EN)
    assert result.exit_code == 0, result.stdout
    assert "Homepress" not in result.stdout


# --- files we write, we read: separators in imported glossary text -----------------------------------


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x1c", "\r", "\x0b"])
def test_glossary_imported_with_a_line_separator_loads_again(exchange_project, separator: str) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from tools.cli import cli

    csv = (
        '"source","target","context","developer_comments","translator_comments","flags"\n'
        f'"المديرية{separator}العامة","General{separator}Directorate","","note{separator}one","",""\n'
    )
    (exchange_project / "terms.csv").write_text(csv, "utf-8", newline="")
    runner = CliRunner()
    result = runner.invoke(cli, ["glossary", "import", "terms.csv", "-o", "glossary/terms.po"])
    assert result.exit_code == 0, result.output
    entry = next(e for e in load_po(exchange_project / "glossary" / "terms.po") if e.msgid.startswith("المديرية"))
    assert (entry.msgid, entry.msgstr) == (f"المديرية{separator}العامة", f"General{separator}Directorate")
    found = runner.invoke(cli, ["glossary", "find", "--glossary", "glossary/terms.po", "المديرية"])
    assert found.exit_code in (0, 1), found.output
    assert "Traceback" not in found.output
    if MSGFMT is not None:
        subprocess.run([MSGFMT, "-c", "-o", "/dev/null", "glossary/terms.po"], check=True, cwd=exchange_project)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])  # XML 1.0 forbids U+001C
def test_tbx_glossary_with_a_line_separator_loads_again(exchange_project, separator: str) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from tools.cli import cli

    document = (
        "<tbx><text><body><conceptEntry><descrip type='definition'>note"
        f"{separator}two</descrip><langSec xml:lang='ar'><termSec><term>المديرية{separator}العامة</term>"
        f"</termSec></langSec><langSec xml:lang='en'><termSec><term>General{separator}Directorate</term>"
        "</termSec></langSec></conceptEntry></body></text></tbx>"
    )
    (exchange_project / "terms.tbx").write_text(document, "utf-8")
    result = CliRunner().invoke(cli, ["glossary", "import", "terms.tbx", "-o", "glossary/terms.po"])
    assert result.exit_code == 0, result.output
    entry = next(e for e in load_po(exchange_project / "glossary" / "terms.po") if e.msgid.startswith("المديرية"))
    assert (entry.msgid, entry.msgstr) == (f"المديرية{separator}العامة", f"General{separator}Directorate")
    assert "note" in entry.comment  # the TBX reader folds white space in notes
    lint = CliRunner().invoke(cli, ["glossary", "lint", "--glossary", "glossary/terms.po"])
    assert "Traceback" not in lint.output and lint.exit_code in (0, 1), lint.output


def test_second_import_of_a_glossary_with_a_line_separator_changes_no_byte(
    exchange_project, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from click.testing import CliRunner

    from tools.cli import cli

    (exchange_project / "terms.csv").write_text('"source","target"\n"المديرية\u2028العامة","General Directorate"\n', "utf-8")
    args = ["glossary", "import", "terms.csv", "-o", "glossary/terms.po", "--force"]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert CliRunner().invoke(cli, args).exit_code == 0
    first = (exchange_project / "glossary" / "terms.po").read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1798761600")  # a year later: the date stays, nothing changed
    assert CliRunner().invoke(cli, args).exit_code == 0
    assert (exchange_project / "glossary" / "terms.po").read_bytes() == first


def test_glossary_import_refuses_a_nul_and_writes_nothing(exchange_project) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from tools.cli import cli

    (exchange_project / "terms.csv").write_text('"source","target"\n"بلاغ","state\x00ment"\n', "utf-8")
    result = CliRunner().invoke(cli, ["glossary", "import", "terms.csv", "-o", "glossary/terms.po"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "not written" in result.stderr
    assert not (exchange_project / "glossary" / "terms.po").exists()


# --- control characters in a seed -------------------------------------------------------------------


@pytest.mark.parametrize(("line", "code"), [("\x00", "U+0000"), ("قال\x04", "U+0004"), ("\x1b[31mخبر", "U+001B")])
@pytest.mark.parametrize("command", [["update"], ["segment", f"seeds/{ARTICLE}.txt"]])
def test_seed_with_a_control_character_is_refused_before_anything_is_written(
    make_project: ProjectFactory, line: str, code: str, command: list[str]
) -> None:
    project = make_project(seeds=[ARTICLE])
    seed = f"seeds/{ARTICLE}.txt"
    project.write(seed, project.read(seed).replace("\n", f"\n{line}\n", 1))
    before = project.files()
    result = project.run(*command)
    assert result.exit_code == 2, result.output
    assert result.stderr == f"tools: error: {seed}:2: control character {code} is not text; remove it from the source\n"
    assert project.files() == before


# --- compile: odd files -------------------------------------------------------------------------------

HEADER = (
    'msgid ""\nmsgstr ""\n"Project-Id-Version: x\\n"\n"PO-Revision-Date: {date}\\n"\n"Language: en\\n"\n'
    '"Content-Type: text/plain; charset={charset}\\n"\n"Plural-Forms: {plural}\\n"\n\n'
)
PLURAL = "nplurals=2; plural=(n != 1);"


def po_text(body: str, date: str = "2026-01-01 00:00+0000", charset: str = "UTF-8", plural: str = PLURAL) -> str:
    return HEADER.format(date=date, charset=charset, plural=plural) + body


GOOD = 'msgid "نعم"\nmsgstr "yes"\n'
COMPILES = {
    "byte-order-mark": "\ufeff" + po_text(GOOD),
    "obsolete-previous-msgid": po_text(GOOD + '\n#~| msgid "لا شيء"\n#~ msgid "لا"\n#~ msgstr "no"\n'),
    "revision-date-garbage": po_text(GOOD, date="garbage"),
    "crlf": po_text(GOOD).replace("\n", "\r\n"),
}
REFUSED = {
    "charset-unknown": (po_text(GOOD, charset="FOO-42"), ":1: charset 'FOO-42' in Content-Type: only UTF-8 is supported"),
    "charset-wrong": (po_text(GOOD, charset="ISO-8859-6"), ":1: charset 'ISO-8859-6' in Content-Type: only UTF-8 is supported"),
    "more-forms-than-nplurals": (
        po_text('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[1] "y"\nmsgstr[2] "z"\n'),
        ":9: 3 plural forms where the header's Plural-Forms says nplurals=2",
    ),
    "nplurals-abc": (
        po_text(GOOD, plural="nplurals=abc; plural=(n != 1);"),
        ":1: Plural-Forms: nplurals must be a positive whole number, found 'abc'",
    ),
}


@pytest.mark.parametrize("case", list(COMPILES))
def test_compile_accepts_what_msgfmt_compiles(make_project: ProjectFactory, case: str) -> None:
    project = make_project(files={EN: COMPILES[case]})
    result = project.run("compile")
    assert result.exit_code == 0, result.output
    assert result.stderr == f"wrote {MO}: 1 message\n"
    if MSGFMT is not None and case != "byte-order-mark":  # msgfmt 0.21 calls a BOM a syntax error
        reference = project.path("msgfmt.mo")
        subprocess.run([MSGFMT, "--no-hash", "-o", str(reference), str(project.path(EN))], check=True)
        assert project.path(MO).read_bytes() == reference.read_bytes()


@pytest.mark.parametrize("case", list(REFUSED))
def test_compile_refuses_with_one_line_and_writes_nothing(make_project: ProjectFactory, case: str) -> None:
    text, message = REFUSED[case]
    project = make_project(files={EN: text})
    before = project.files()
    result = project.run("compile")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"tools: error: {EN}{message}")
    assert result.stderr.count("\n") == 1
    assert project.files() == before
