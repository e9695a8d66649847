"""CSV export and import of PO glossaries in Weblate's column layout (tools.glossary.exchange.csv_io)."""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from tools.cli import cli
from tools.errors import InputError
from tools.glossary.exchange.csv_io import COLUMNS, export_csv, parse_csv
from tools.glossary.read import read_records
from tools.glossary.write import GlossaryRecord

DATA = Path(__file__).parent / "data" / "glossary_exchange"
GOLDEN = Path(__file__).parent / "golden" / "glossary_exchange"


@pytest.fixture(scope="module")
def sample() -> list[GlossaryRecord]:
    return read_records(DATA / "sample.po")[0]


def test_export_matches_golden_file(sample: list[GlossaryRecord]) -> None:
    assert export_csv(sample) == (GOLDEN / "sample.csv").read_text("utf-8")


def test_header_names_weblate_columns_in_order(sample: list[GlossaryRecord]) -> None:
    first_line = export_csv(sample).split("\n", 1)[0]
    assert first_line == (
        '"source","target","context","developer_comments","translator_comments","flags","file","language","role"'
    )
    assert COLUMNS[:3] == ("source", "target", "context")


def test_awkward_values_survive_csv_quoting() -> None:
    record = GlossaryRecord(
        msgid="لا\u200cسيما \u200fالأمن",  # ZWNJ and RLM inside the Arabic
        msgstr='the "so-called", notably\nsecurity',
        msgctxt="concept|with,comma",
        flags=("forbidden", "case-sensitive"),
        comment='line one, with "quotes"\nline two',
        tcomment="translator's note",
    )
    text = export_csv([record])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == [record.msgid, record.msgstr, record.msgctxt, record.comment, record.tcomment, "forbidden, case-sensitive", "", "", ""]
    assert parse_csv(text, "x.csv") == [record]


def test_import_restores_every_entry(sample: list[GlossaryRecord]) -> None:
    assert parse_csv(export_csv(sample), "sample.csv") == sample


def test_import_of_a_weblate_export_with_its_extra_columns() -> None:
    text = (
        '"location","source","target","id","fuzzy","context","translator_comments","developer_comments"\n'
        '"","الرباط","Rabat","","False","place","","Capital of Morocco."\n'
        '"","بلاغ","statement","","True","","",""\n'
    )
    records = parse_csv(text, "weblate.csv")
    assert records == [
        GlossaryRecord("الرباط", "Rabat", "place", (), "Capital of Morocco.", ""),
        GlossaryRecord("بلاغ", "statement", None, ("fuzzy",), "", ""),
    ]
    assert [r.line for r in records] == [2, 3]


def test_line_numbers_count_quoted_newlines() -> None:
    text = '"source","target"\n"بلاغ","a\nb"\n"","x"\n'
    with pytest.raises(InputError) as error:
        parse_csv(text, "g.csv")
    assert (error.value.line, error.value.message) == (4, "empty source (the Arabic term)")


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ('"source","colour"\n', "unknown column 'colour'", 1),
        ('"source","context"\n', "header has no 'target' column", 1),
        ('"source","target","source"\n', "column 'source' appears twice", 1),
        ('"source","target"\n"بلاغ","statement","extra"\n', "row has 3 fields, the header has 2", 2),
        ('"source","target"\n"بلاغ","statement"\n" ","x"\n', "empty source", 3),
        ('"source","target","flags"\n"بلاغ","statement","forbidden, Not A Flag"\n', "invalid flag 'Not A Flag'", 2),
        ('"source","target","fuzzy"\n"بلاغ","statement","maybe"\n', "fuzzy must be True or False", 2),
        # the quote opened on line 2 is never closed: reported where the row starts
        ('"source","target"\n"بلاغ","unterminated\n', "malformed CSV", 2),
    ],
    ids=["unknown-column", "no-target", "repeated-column", "extra-field", "empty-source", "bad-flag", "bad-fuzzy", "open-quote"],
)
def test_malformed_csv_is_refused_with_line(text: str, message: str, line: int) -> None:
    with pytest.raises(InputError) as error:
        parse_csv(text, "bad.csv")
    assert message in error.value.message
    assert (error.value.path, error.value.line) == ("bad.csv", line)


def test_empty_csv_is_refused() -> None:
    with pytest.raises(InputError, match="file is empty"):
        parse_csv("", "empty.csv")


@pytest.fixture
def project(exchange_project: Path) -> Path:
    return exchange_project


def test_cli_csv_round_trip_and_msgfmt(project: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["glossary", "export", "--format", "csv", "-o", "terms.csv"]).exit_code == 0
    result = runner.invoke(cli, ["glossary", "import", "terms.csv", "-o", "back.po"])
    assert result.exit_code == 0, result.output
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", "back.po"], check=True, capture_output=True)
    assert read_records(project / "back.po")[0] == read_records(project / "glossary" / "sample.po")[0]


def test_cli_import_of_duplicate_entries_writes_nothing(project: Path) -> None:
    (project / "dup.csv").write_text('"source","target","context"\n"بلاغ","a","x"\n"بلاغ","b","x"\n', "utf-8")
    result = CliRunner().invoke(cli, ["glossary", "import", "dup.csv"])
    assert result.exit_code == 2
    assert "dup.csv:3: two entries for msgid 'بلاغ' with msgctxt 'x'" in result.output
    assert not (project / "glossary" / "dup.po").exists()


def test_cli_import_of_invalid_utf8_is_refused(project: Path) -> None:
    (project / "latin1.csv").write_bytes('"source","target"\n"caf\xe9","x"\n'.encode("latin-1"))
    result = CliRunner().invoke(cli, ["glossary", "import", "latin1.csv"])
    assert result.exit_code == 2
    assert "latin1.csv:2: not valid UTF-8" in result.output


def test_cli_import_needs_a_known_extension_or_format(project: Path) -> None:
    (project / "terms.txt").write_text('"source","target"\n"بلاغ","statement"\n', "utf-8")
    result = CliRunner().invoke(cli, ["glossary", "import", "terms.txt"])
    assert result.exit_code == 2 and "pass --format" in result.output
    assert CliRunner().invoke(cli, ["glossary", "import", "terms.txt", "--format", "csv"]).exit_code == 0
