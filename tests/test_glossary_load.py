"""Loading glossary PO files: hand-written, Weblate exports, directories, bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tools.text import arabic
from tools.errors import InputError
from tools.glossary import Glossary, load_glossary

DATA = Path(__file__).parent / "data" / "glossary"
PROJECT_GLOSSARY = Path(__file__).parents[1] / "glossary"


def by_source(glossary: Glossary) -> dict[str, object]:
    return {t.source: t for t in glossary.terms}


def test_entries_sharing_a_msgid_are_one_term_with_alternatives() -> None:
    terms = by_source(load_glossary([DATA / "terms.po"]))
    kingdom = terms["المملكة المغربية"]
    assert [r.text for r in kingdom.approved] == ["Morocco", "Kingdom of Morocco"]
    assert [r.text for r in kingdom.forbidden] == ["Moroccan Kingdom"]
    assert kingdom.categories == ("place",)
    assert kingdom.preferred is not None and kingdom.preferred.text == "Morocco"
    assert kingdom.key == arabic.normalize("المملكة المغربية")
    assert kingdom.notes == ("The country's official name.",)


def test_rendering_remembers_file_line_context_and_flags() -> None:
    glossary = load_glossary([DATA / "terms.po"])
    dgsn = by_source(glossary)["المديرية العامة للأمن الوطني"]
    acronym = dgsn.approved[1]
    assert (acronym.text, acronym.msgctxt, acronym.case_sensitive) == ("DGSN", "agency|acronym", True)
    assert acronym.path == str(DATA / "terms.po")
    lines = (DATA / "terms.po").read_text("utf-8").splitlines()
    assert lines[acronym.line - 2] == 'msgctxt "agency|acronym"'
    assert lines[acronym.line - 1] == 'msgid "المديرية العامة للأمن الوطني"'
    assert dgsn.case_sensitive


def test_preferred_is_the_only_approved_rendering_when_not_flagged() -> None:
    terms = by_source(load_glossary([DATA / "terms.po"]))
    assert terms["الرباط"].preferred.text == "Rabat"
    assert terms["منظمة الصحة العالمية"].preferred is None


def test_fuzzy_and_empty_entries_are_kept_for_lint_but_are_not_terms() -> None:
    glossary = load_glossary([DATA / "weblate.po"])
    sources = {t.source for t in glossary.terms}
    assert "أطر عليا" not in sources and "بلاغ" not in sources
    assert {e.msgid for e in glossary.entries} >= {"أطر عليا", "بلاغ"}


def test_weblate_export_loads_as_is() -> None:
    glossary = load_glossary([DATA / "weblate.po"])
    terms = by_source(glossary)
    assert terms["الرباط"].categories == ()
    assert terms["الرباط"].notes == ("Capital of Morocco.",)
    assert [r.text for r in terms["الأنتربول"].approved] == ["INTERPOL"]
    only_forbidden = terms["منظمة الأنتربول"]
    assert only_forbidden.approved == () and only_forbidden.preferred is None
    assert [r.text for r in only_forbidden.forbidden] == ["Interpol Organization"]
    assert "الجمعية العامة" not in {e.msgid for e in glossary.entries}  # obsolete


def test_two_spellings_of_one_term_merge(tmp_path: Path) -> None:
    (tmp_path / "a.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "إستقبال"\nmsgstr "reception"\n\nmsgid "استقبال"\nmsgstr "welcome"\n',
        "utf-8",
    )
    (term,) = load_glossary([tmp_path / "a.po"]).terms
    assert term.source == "إستقبال"
    assert [r.text for r in term.approved] == ["reception", "welcome"]


def test_directory_means_its_po_files_sorted(tmp_path: Path) -> None:
    shutil.copy(DATA / "weblate.po", tmp_path / "b.po")
    shutil.copy(DATA / "terms.po", tmp_path / "a.po")
    (tmp_path / "notes.txt").write_text("not a glossary", "utf-8")
    glossary = load_glossary([tmp_path])
    assert glossary.paths == (str(tmp_path / "a.po"), str(tmp_path / "b.po"))
    rabat = by_source(glossary)["الرباط"]
    assert rabat.path == str(tmp_path / "a.po")
    assert [r.path for r in rabat.approved] == [str(tmp_path / "a.po"), str(tmp_path / "b.po")]


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such glossary"):
        load_glossary([tmp_path / "missing.po"])


def test_syntax_error_reports_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.po"
    bad.write_text('msgid "الرباط"\nmsgstr "Rabat\n', "utf-8")
    with pytest.raises(InputError) as error:
        load_glossary([bad])
    assert (error.value.path, error.value.line) == (str(bad), 2)


def test_conflict_marker_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.po"
    bad.write_text('<<<<<<< HEAD\nmsgid "الرباط"\nmsgstr "Rabat"\n', "utf-8")
    with pytest.raises(InputError, match="merge-conflict"):
        load_glossary([bad])


def test_project_glossary_loads() -> None:
    glossary = load_glossary([PROJECT_GLOSSARY])
    assert glossary.terms
    assert all(t.key == arabic.term_key(t.source) for t in glossary.terms)


ONE_PARSE = (
    '# Desk glossary.\nmsgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n"X-Glossary-Role: reference\\n"\n\n'
    '#. Morocco\'s national police.\n# checked with the desk\n#,  forbidden , preferred\n'
    'msgctxt "organization"\nmsgid "الأمن الوطني"\nmsgstr "National Security"\n\n'
    'msgid "وفد"\nmsgid_plural "وفود"\nmsgstr[0] "delegation"\nmsgstr[1] "delegations"\n\n'
    '#~ msgid "قديم"\n#~ msgstr "old"\n'
)


def test_loading_and_export_read_the_same_entries_from_one_parse(tmp_path: Path) -> None:
    """Matching and export see one set of entries: same order, lines, context and trimmed flags;
    obsolete entries left out; a plural entry is matched by its first form and exported as written."""
    from tools.glossary.load import read_glossary_file
    from tools.glossary.read import read_records

    path = tmp_path / "desk.po"
    path.write_text(ONE_PARSE, "utf-8")
    entries, role = read_glossary_file(path)
    records, header = read_records(path)
    assert (role, header) == ("reference", "Desk glossary.")
    assert [(e.msgid, e.msgctxt, e.flags, e.line) for e in entries] == [
        (r.msgid, r.msgctxt, r.flags, r.line) for r in records
    ] == [("الأمن الوطني", "organization", ("forbidden", "preferred"), 12), ("وفد", None, (), 15)]
    assert entries[0].note == "Morocco's national police.\nchecked with the desk"
    assert (records[0].comment, records[0].tcomment) == ("Morocco's national police.", "checked with the desk")
    assert [e.msgstr for e in entries] == ["National Security", "delegation"]
    assert [(r.msgstr, r.msgstr_plural) for r in records] == [
        ("National Security", ()),
        ("", ("delegation", "delegations")),
    ]
