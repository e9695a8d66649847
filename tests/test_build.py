"""tools build (the article in English) and tools compile (MO files for gettext)."""

from __future__ import annotations

import gettext
import subprocess
from pathlib import Path

import polib
import pytest

from conftest import REPO, Project, ProjectFactory
from tools.workflow.build import quote

ARTICLE = "hammouchi-ahlgren"
EN = f"translations/{ARTICLE}/en.po"
MO = f"translations/{ARTICLE}/en.mo"
#: A clean English translation of the seed article (see tests/data/check/README.md).
TRANSLATION = REPO / "tests" / "data" / "check" / "article.po"
GOLDEN = REPO / "tests" / "golden" / f"{ARTICLE}.en.txt"


@pytest.fixture
def translated(make_project: ProjectFactory) -> Project:
    return make_project(seeds=[ARTICLE], files={EN: TRANSLATION.read_bytes()})


def set_entry(project: Project, msgid_start: str, msgstr: str | None = None, fuzzy: bool = False) -> polib.POEntry:
    """Change the entry whose msgid starts with ``msgid_start``; return it as it was."""
    po = polib.pofile(str(project.path(EN)), wrapwidth=78)
    entry = next(e for e in po if e.msgid.startswith(msgid_start))
    before = polib.POEntry(msgid=entry.msgid, msgstr=entry.msgstr)
    if msgstr is not None:
        entry.msgstr = msgstr
    if fuzzy:
        entry.flags.append("fuzzy")
    po.save(str(project.path(EN)))
    return before


def msgid_line(project: Project, msgid: str) -> int:
    lines = project.read(EN).splitlines()
    first = msgid.split(" ")[0]
    return next(i for i, line in enumerate(lines, 1) if line.startswith("msgid") and first in (line + lines[i]))


# --- build ------------------------------------------------------------------------------------


def test_build_matches_golden_file(translated: Project) -> None:
    result = translated.run("build", ARTICLE)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == GOLDEN.read_text(encoding="utf-8")
    assert result.stderr == ""


def test_one_line_per_non_empty_source_line_and_units_joined_by_a_space(make_project: ProjectFactory) -> None:
    source = "\nالعنوان\nالجملة الأولى. الجملة الثانية!\n\nالجملة الثالثة؟"
    po = "\n".join(
        f'msgid "{ar}"\nmsgstr "{en}"\n'
        for ar, en in [("العنوان", "Title"), ("الجملة الأولى.", "First."), ("الجملة الثانية!", "Second!"),
                       ("الجملة الثالثة؟", "Third?")]
    )  # fmt: skip
    project = make_project(files={"seeds/a.txt": source, "translations/a/en.po": po})
    result = project.run("build", "a")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Title\nFirst. Second!\nThird?\n"


def test_repeated_sentence_is_printed_at_each_place_and_reported_once(make_project: ProjectFactory) -> None:
    project = make_project(
        files={
            "seeds/a.txt": "نعم.\nقال لا. نعم.",
            "translations/a/en.po": 'msgid "نعم."\nmsgstr ""\n\nmsgid "قال لا."\nmsgstr "He said no."\n',
        }
    )
    result = project.run("build", "a", "--allow-untranslated")
    assert result.stdout == "نعم.\nHe said no. نعم.\n"
    assert result.stderr == "translations/a/en.po:1: untranslated: نعم.\n"


def test_untranslated_and_fuzzy_units_fail_the_build_with_their_lines(translated: Project) -> None:
    outlet = set_entry(translated, "هومبريس", msgstr="")
    statement = set_entry(translated, "وأشار البلاغ", fuzzy=True)
    output = translated.path("out/article.txt")
    result = translated.run("build", ARTICLE, "-o", str(output))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{EN}:{msgid_line(translated, outlet.msgid)}: untranslated: هومبريس",
        f"{EN}:{msgid_line(translated, statement.msgid)}: fuzzy: {quote(statement.msgid)}",
        "tools: 2 unit(s) without a finished translation; nothing written (--allow-untranslated builds anyway)",
    ]
    assert not output.exists()


def test_allow_untranslated_lets_the_arabic_stand_in(translated: Project) -> None:
    outlet = set_entry(translated, "هومبريس", msgstr="")
    statement = set_entry(translated, "وأشار البلاغ", fuzzy=True)
    result = translated.run("build", ARTICLE, "--allow-untranslated")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "هومبريس"
    assert lines[6] == statement.msgid  # the fuzzy English is a guess: not printed
    assert lines[1:6] == GOLDEN.read_text(encoding="utf-8").splitlines()[1:6]
    assert "untranslated: هومبريس" in result.stderr and outlet.msgstr == "Homepress"


def test_sentence_missing_from_an_old_po_file_is_reported_at_its_source_line(translated: Project) -> None:
    text = translated.read(f"seeds/{ARTICLE}.txt")
    translated.write(f"seeds/{ARTICLE}.txt", text.replace("هومبريس", "هسبريس"))
    result = translated.run("build", ARTICLE)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"seeds/{ARTICLE}.txt:2: not in {EN} (run `tools update`): هسبريس"
    )


def test_output_file_is_written_atomically_and_only_when_it_changes(translated: Project) -> None:
    output = translated.path("out/article.en.txt")
    first = translated.run("build", ARTICLE, "-o", str(output))
    assert first.exit_code == 0 and first.stdout == ""
    assert first.stderr == "wrote out/article.en.txt\n"
    assert output.read_text(encoding="utf-8") == GOLDEN.read_text(encoding="utf-8")
    mtime = output.stat().st_mtime_ns
    assert translated.run("build", ARTICLE, "-o", str(output)).stderr == "unchanged out/article.en.txt\n"
    assert output.stat().st_mtime_ns == mtime
    assert [p.name for p in output.parent.iterdir()] == ["article.en.txt"]  # no temporary file left


def test_build_without_translation_file_is_a_usage_error(make_project: ProjectFactory) -> None:
    project = make_project(seeds=[ARTICLE])
    result = project.run("build", ARTICLE)
    assert result.exit_code == 2
    assert result.stderr == f"tools: error: {EN}: no en translation of '{ARTICLE}'; run `tools update` first\n"


# --- compile -----------------------------------------------------------------------------------


def msgfmt_catalog(po: Path, tmp: Path) -> gettext.GNUTranslations:
    out = tmp / "msgfmt.mo"
    subprocess.run(["msgfmt", "-o", str(out), str(po)], check=True)
    with out.open("rb") as handle:
        return gettext.GNUTranslations(handle)


def load_mo(path: Path) -> gettext.GNUTranslations:
    with path.open("rb") as handle:
        return gettext.GNUTranslations(handle)


def messages(translations: gettext.GNUTranslations) -> dict[object, str]:
    """The translations of an MO file without its header (which each compiler writes its own way)."""
    return {k: v for k, v in translations._catalog.items() if k != ""}  # type: ignore[attr-defined]


@pytest.mark.requires_msgfmt
def test_compiled_mo_says_what_msgfmt_says(translated: Project, tmp_path: Path) -> None:
    set_entry(translated, "هومبريس", msgstr="")
    statement = set_entry(translated, "وأشار البلاغ", fuzzy=True)
    result = translated.run("compile")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"wrote {MO}: 6 messages\n"
    ours = load_mo(translated.path(MO))
    reference = msgfmt_catalog(translated.path(EN), tmp_path)
    assert messages(ours) == messages(reference)
    assert len(messages(ours)) == 6
    assert ours.gettext(statement.msgid) == statement.msgid  # fuzzy: left out, like msgfmt
    assert ours.gettext("هومبريس") == "هومبريس"  # untranslated: left out
    assert ours.info()["language"] == reference.info()["language"] == "en"
    assert ours.info()["plural-forms"] == reference.info()["plural-forms"]
    assert ours.ngettext("x", "xs", 2) == reference.ngettext("x", "xs", 2) == "xs"


def test_every_translated_unit_comes_back_through_gettext(translated: Project) -> None:
    translated.run("compile", ARTICLE, "--lang", "en")
    mo = load_mo(translated.path(MO))
    for entry in polib.pofile(str(translated.path(EN))):
        assert mo.gettext(entry.msgid) == entry.msgstr


def test_second_compile_changes_nothing(translated: Project) -> None:
    translated.run("compile")
    before = translated.snapshot(MO)
    result = translated.run("compile")
    assert result.stderr == f"unchanged {MO}: 8 messages\n"
    assert translated.snapshot(MO) == before


def test_mo_header_is_the_po_header_without_creation_date(make_project: ProjectFactory) -> None:
    """As msgfmt stores it: no date is invented, so a second run writes the same bytes."""
    po = (
        'msgid ""\nmsgstr ""\n"POT-Creation-Date: 2026-01-01 00:00+0000\\n"\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "نعم"\nmsgstr "yes"\n'
    )
    project = make_project(files={"translations/a/en.po": po})
    project.run("compile")
    catalog = load_mo(project.path("translations/a/en.mo"))
    assert catalog._catalog[""] == "Content-Type: text/plain; charset=UTF-8\n"  # type: ignore[attr-defined]
    assert project.run("compile").stderr == "unchanged translations/a/en.mo: 1 message\n"


def test_compile_of_an_article_without_translation_is_a_usage_error(make_project: ProjectFactory) -> None:
    project = make_project(seeds=[ARTICLE])
    result = project.run("compile", ARTICLE)
    assert result.exit_code == 2
    assert result.stderr == f"tools: error: {EN}: no such file; run `tools update` first\n"
