"""The run-wide facts stay small, and the texts a finding quotes are read again from the file.

``inconsistent-translation`` needs, for every translated entry of every file,
what identifies its source and its translation until the run ends; it keeps
digests of them (:class:`~tools.check.checks.base.FileFacts`) and reads the
few texts its messages quote from the files again. These tests check that
the messages are the ones whole texts gave (across files, within a file, a
reference in standard input, one file split across processes), that nothing
but digests is kept for ordinary entries, and that a file changed in the
meantime is an error rather than a message about text that is not there.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import Project, ProjectFactory
from tools.check import parts
from tools.check.checks import consistency
from tools.check.checks.base import EntryFacts, EntryRef, FileFacts, VariantUse
from tools.cli import cli
from tools.units.model import Location, Unit

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n'
GLOSSARY = HEADER + 'msgid "المغرب"\nmsgstr "Morocco"\n'
SOURCE = "زار الوفد المغرب أمس."
#: The same sentence with a hamza variant and a diacritic: the same source.
VARIANT = "زار الوفد المغربَ أمس."


def article(*entries: tuple[str, str]) -> str:
    return HEADER + "\n".join(f'msgid "{msgid}"\nmsgstr "{msgstr}"\n' for msgid, msgstr in entries)


def filler(start: int, count: int) -> list[tuple[str, str]]:
    return [(f"جملة رقم {n} عن المغرب.", f"Sentence {n} about Morocco.") for n in range(start, start + count)]


@pytest.fixture
def project(make_project: ProjectFactory) -> Project:
    first = article(*filler(0, 3), (SOURCE, "The delegation visited Morocco yesterday."), *filler(3, 2))
    second = article((VARIANT, "The delegation went to Morocco yesterday."), *filler(9, 1))
    return make_project(
        files={"glossary/terms.po": GLOSSARY, "translations/a/en.po": first, "translations/b/en.po": second}
    )


def findings(project: Project, *args: str, stdin: str | None = None) -> list[dict[str, object]]:
    project.monkeypatch.chdir(project.root)
    result = CliRunner().invoke(cli, ["check-glossary", "--format", "json", *args], input=stdin)
    assert result.exit_code in (0, 1), result.output
    return [f for f in json.loads(result.stdout)["findings"] if f["code"] == "inconsistent-translation"]


EXPECTED = {
    "path": "translations/b/en.po",
    "line": 6,
    "msgid": VARIANT,
    "message": "same source translated differently at translations/a/en.po:15"
    " ('The delegation visited Morocco yesterday.')",
    "expected": ["The delegation visited Morocco yesterday."],
    "found": "The delegation went to Morocco yesterday.",
}


def test_the_reference_and_the_later_entry_are_quoted_from_their_files(project: Project) -> None:
    (finding,) = findings(project)
    assert {key: finding[key] for key in EXPECTED} == EXPECTED


def test_a_split_file_quotes_the_same(project: Project) -> None:
    project.monkeypatch.setattr(parts, "SPLIT_MIN_BYTES", 0)
    serial = findings(project)
    assert findings(project, "--jobs", "2") == serial


def test_a_reference_in_standard_input_is_kept_whole(project: Project) -> None:
    """Standard input cannot be read twice: its facts keep their texts."""
    stdin = (project.root / "translations/a/en.po").read_text("utf-8")
    stdin += f'\nmsgid "{VARIANT}"\nmsgstr "Another rendering."\n'
    (finding,) = findings(project, "-", stdin=stdin)
    line = stdin.count("\n", 0, stdin.rindex("msgid")) + 1
    assert (finding["path"], finding["line"], finding["found"]) == ("<stdin>", line, "Another rendering.")
    assert finding["message"] == EXPECTED["message"].replace("translations/a/en.po", "<stdin>")


def test_within_one_file(project: Project) -> None:
    path = project.root / "translations/a/en.po"
    text = path.read_text("utf-8") + f'\nmsgid "{VARIANT}"\nmsgstr "Another rendering."\n'
    path.write_text(text, "utf-8")
    line = text.count("\n", 0, text.rindex("msgid")) + 1
    found = {(f["path"], f["line"]) for f in findings(project)}
    assert found == {("translations/a/en.po", line), ("translations/b/en.po", 6)}


def test_a_file_changed_before_its_texts_are_read_again_is_an_error(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = consistency.stream_units

    def edited(path: str, name: str) -> object:
        for unit in real(path, name):
            yield Unit(unit.source, ("Edited meanwhile.",), unit.location) if unit.source == SOURCE else unit

    monkeypatch.setattr(consistency, "stream_units", edited)
    project.monkeypatch.chdir(project.root)
    result = CliRunner().invoke(cli, ["check-glossary"])
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("translations/a/en.po: changed while it was being checked; check it again")


def facts(ref: EntryRef, translation: str, variants: tuple[VariantUse, ...] = ()) -> EntryFacts:
    return EntryFacts(ref, (ref.msgctxt, consistency.source_key(ref.msgid)), (translation,), variants)


def test_ordinary_entries_keep_digests_only() -> None:
    file_facts = FileFacts("a.po", "a.po")
    use = VariantUse("k", "مراكش", "Marrakech", ("Marrakesh",))
    file_facts.add(facts(EntryRef("a.po", 5, SOURCE, None), "x " * 100), 0)
    file_facts.add(facts(EntryRef("a.po", 9, VARIANT, "ctx"), "y", (use,)), 1)
    assert len(file_facts) == 2
    assert list(file_facts.kept) == [1]  # only the entry with a term variant keeps its texts
    assert len(file_facts.keys) == len(file_facts.translations) == 32
    copy = pickle.loads(pickle.dumps(file_facts))
    assert (copy.path, copy.source, list(copy.lines), list(copy.ordinals)) == ("a.po", "a.po", [5, 9], [0, 1])
    assert copy.keys == file_facts.keys and copy.kept == file_facts.kept


def test_context_and_translation_tell_keys_apart() -> None:
    file_facts = FileFacts("a.po")
    for context in (None, "", "ctx"):
        file_facts.add(facts(EntryRef("a.po", 1, SOURCE, context), "a"), 0)
    file_facts.add(facts(EntryRef("a.po", 1, VARIANT, None), "a b"), 1)
    keys = {file_facts.key(i) for i in range(len(file_facts))}
    assert len(keys) == 3  # no context, empty context, "ctx"; the variant spelling is the first key
    assert file_facts.translation(0) == file_facts.translation(1) != file_facts.translation(3)
    assert len(file_facts.kept) == 4  # no file to read again: every entry kept whole


def test_units_read_again_give_the_collected_facts(tmp_path: Path) -> None:
    unit = Unit(SOURCE, ("One  form", "two"), Location("a.po", 3), source_plural="ج", context="c")
    again = consistency.unit_facts(EntryRef("a.po", 3, SOURCE, "c"), unit)
    assert again.translation == ("One form", "two")
    assert again.key == ("c", consistency.source_key(VARIANT))
