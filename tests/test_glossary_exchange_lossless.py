"""Through the command line, PO → TBX/CSV → PO gives back every entry, every spelling and the
file properties (Language, X-Glossary-Role), for every glossary file of the repository, whatever
files are there; and ``tools glossary import -`` reads standard input."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import GLOSSARY_ONLY, build_project
from tools.cli import cli
from tools.glossary.exchange.properties import file_properties
from tools.glossary.read import read_records

ROOT = Path(__file__).resolve().parent.parent
#: Every glossary file the repository holds: the project's and the built-in ones.
GLOSSARIES = sorted(
    {*ROOT.glob("glossary/**/*.po"), *ROOT.glob("tools/glossary/builtin/*/*.po")}
)


def run(*args: str, stdin: bytes | None = None):  # noqa: ANN201
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def entries(path: Path) -> list[tuple]:
    """Everything an entry says, in file order (path and line left out)."""
    return [
        (r.msgid, r.msgstr, r.msgctxt, r.flags, r.comment, r.tcomment) for r in read_records(path)[0]
    ]


def test_the_repository_has_glossaries_to_round_trip() -> None:
    assert any(p.parent.name == "glossary" for p in GLOSSARIES)
    assert len(GLOSSARIES) >= 2


@pytest.mark.parametrize("fmt", ["tbx", "csv"])
@pytest.mark.parametrize("path", GLOSSARIES, ids=[p.relative_to(ROOT).as_posix() for p in GLOSSARIES])
def test_every_repository_glossary_round_trips_through_the_cli(
    path: Path, fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    exported = run("glossary", "export", "--format", fmt, "--glossary", str(path), "-o", f"g.{fmt}")
    assert exported.exit_code == 0, exported.stderr
    imported = run("glossary", "import", f"g.{fmt}", "-o", "back.po")
    assert imported.exit_code == 0, imported.stderr
    back = tmp_path / "back.po"
    assert entries(back) == entries(path)
    assert file_properties(back) == file_properties(path)
    if fmt == "tbx":  # CSV has no place for the header comment
        assert read_records(back)[1].strip() == read_records(path)[1].strip()


def test_two_spellings_of_one_term_in_two_files_both_come_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n'
    build_project(
        tmp_path,
        pyproject=GLOSSARY_ONLY,
        files={
            "glossary/a.po": header + '\nmsgctxt "place"\nmsgid "إيرلندا"\nmsgstr "Ireland"\n',
            "glossary/b.po": header + '"X-Glossary-Role: reference\\n"\n\nmsgctxt "country"\nmsgid "أيرلندا"\nmsgstr "Ireland"\n',
        },
        folders=(),
    )
    for fmt in ("tbx", "csv"):
        assert run("glossary", "export", "--format", fmt, "-o", f"all.{fmt}").exit_code == 0
        one = run("glossary", "import", f"all.{fmt}", "-o", f"one-{fmt}.po")
        assert one.exit_code == 0, one.stderr
        assert {e[0] for e in entries(tmp_path / f"one-{fmt}.po")} == {"إيرلندا", "أيرلندا"}
        assert "different X-Glossary-Role values" in one.stderr
        split = run("glossary", "import", f"all.{fmt}", "-o", f"split-{fmt}/")
        assert split.exit_code == 0, split.stderr
        for name in ("a.po", "b.po"):
            assert entries(tmp_path / f"split-{fmt}" / name) == entries(tmp_path / "glossary" / name)
            assert file_properties(tmp_path / f"split-{fmt}" / name) == file_properties(tmp_path / "glossary" / name)


@pytest.mark.parametrize("fmt", ["tbx", "csv"])
def test_import_dash_reads_standard_input(fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    source = ROOT / "glossary" / "ar-en.po"
    exported = run("glossary", "export", "--format", fmt, "--glossary", str(source))
    assert exported.exit_code == 0
    imported = run("glossary", "import", "-", "--format", fmt, "-o", "back.po", stdin=exported.stdout.encode())
    assert imported.exit_code == 0, imported.stderr
    assert entries(tmp_path / "back.po") == entries(source)
    assert imported.stderr.endswith("from -)\n")


def test_import_dash_needs_a_format_and_an_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    no_format = run("glossary", "import", "-", "-o", "x.po", stdin=b"")
    assert no_format.exit_code == 2 and "pass --format" in no_format.stderr
    no_output = run("glossary", "import", "-", "--format", "csv", stdin=b"")
    assert no_output.exit_code == 2 and "give -o FILE" in no_output.stderr


def test_import_into_one_file_of_two_files_that_disagree_points_to_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    (tmp_path / "glossary").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.tarjuman]\nglossary = ["glossary"]\n', "utf-8")
    for name, note in (("a.po", "one note"), ("b.po", "another note")):
        (tmp_path / "glossary" / name).write_text(
            header + f'\n#. {note}\nmsgctxt "place"\nmsgid "الرباط"\nmsgstr "Rabat"\n', "utf-8"
        )
    assert run("glossary", "export", "--format", "tbx", "-o", "all.tbx").exit_code == 0
    one = run("glossary", "import", "all.tbx", "-o", "one.po")
    assert one.exit_code == 2
    assert "a.po and b.po both define msgctxt 'place' for 'الرباط', differently; import into a folder" in one.stderr
    assert not (tmp_path / "one.po").exists()
    assert run("glossary", "import", "all.tbx", "-o", "back/").exit_code == 0
