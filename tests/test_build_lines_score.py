"""tools build --format lines (one unit per line) and tools score of a PO file against a text reference."""

from __future__ import annotations

import json

import pytest

from conftest import REPO, Project, ProjectFactory

#: A headline, a paragraph of two sentences, and the first sentence repeated later.
SEED = "العنوان\nالجملة الأولى. الجملة الثانية!\n\nقال لا. الجملة الأولى."
PO = "\n".join(
    f'msgid "{ar}"\nmsgstr "{en}"\n'
    for ar, en in [("العنوان", "Title"), ("الجملة الأولى.", "First sentence."),
                   ("الجملة الثانية!", "Second one!"), ("قال لا.", "He said no.")]
)  # fmt: skip
LINES = "Title\nFirst sentence.\nSecond one!\nHe said no.\nFirst sentence.\n"


@pytest.fixture
def project(make_project: ProjectFactory) -> Project:
    return make_project(files={"seeds/a.txt": SEED, "translations/a/en.po": PO})


def test_build_lines_prints_one_unit_per_line_in_reading_order_with_repeats(project: Project) -> None:
    result = project.run("build", "a", "--format", "lines")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == LINES


def test_build_lines_keeps_an_empty_line_for_an_untranslated_unit(project: Project) -> None:
    project.write("translations/a/en.po", PO.replace('msgstr "Second one!"', 'msgstr ""'))
    refused = project.run("build", "a", "--format", "lines")
    assert refused.exit_code == 1 and refused.stdout == ""
    result = project.run("build", "a", "--format", "lines", "--allow-untranslated")
    assert result.exit_code == 0
    assert result.stdout == LINES.replace("Second one!", "")
    assert len(result.stdout.splitlines()) == 5


def test_build_lines_puts_a_translation_with_a_line_break_on_one_line(project: Project) -> None:
    project.write("translations/a/en.po", PO.replace('msgstr "Title"', 'msgstr "The\\ntitle"'))
    result = project.run("build", "a", "--format", "lines", "-o", "out.txt")
    assert result.exit_code == 0, result.stderr
    assert project.read("out.txt").splitlines()[0] == "The title"
    assert result.stderr == "wrote out.txt\n"


def test_score_po_hypothesis_against_a_text_reference_aligned_by_unit(project: Project) -> None:
    project.write("ref.txt", LINES)
    result = project.run("score", "translations/a/en.po", "--ref", "ref.txt", "--format", "json")
    assert result.exit_code == 0, result.stderr
    scores = {s["name"]: s["score"] for s in json.loads(result.stdout)["scores"]}
    assert scores["BLEU"] == pytest.approx(100.0)


def test_score_po_against_text_counts_untranslated_units_as_empty(project: Project) -> None:
    project.write("translations/a/en.po", PO.replace('msgstr "He said no."', 'msgstr ""'))
    project.write("ref.txt", LINES)
    result = project.run("score", "translations/a/en.po", "--ref", "ref.txt", "--per-segment", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert "1 unit untranslated or fuzzy in the hypothesis, scored as empty translations: قال لا." in result.stderr
    rows = json.loads(result.stdout)["per_segment"]
    assert [row["segment"] for row in rows] == ["العنوان", "الجملة الأولى.", "الجملة الثانية!", "قال لا.", "الجملة الأولى."]


def test_score_po_against_text_with_another_line_count_names_both_counts(project: Project) -> None:
    project.write("ref.txt", "Title\nFirst sentence.\n")
    result = project.run("score", "translations/a/en.po", "--ref", "ref.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "tools: error: ref.txt: has 2 lines but translations/a/en.po has 5 units; "
    )
    assert "--format lines" in result.stderr


def test_score_po_outside_the_project_is_aligned_by_entry_order(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(REPO)
    from click.testing import CliRunner

    from tools.cli import cli

    hyp = REPO / "tests" / "data" / "score" / "hyp.po"
    ref = tmp_path / "ref.txt"
    import polib

    entries = [e for e in polib.pofile(str(REPO / "tests/data/score/ref.po")) if e.msgid and not e.obsolete]
    ref.write_text("\n".join(e.msgstr for e in entries) + "\nan extra line\n", encoding="utf-8")
    units = [e for e in polib.pofile(str(hyp)) if e.msgid and not e.obsolete]
    result = CliRunner().invoke(cli, ["score", str(hyp), "--ref", str(ref)])
    assert result.exit_code == 2
    assert f"has {len(entries) + 1} lines but tests/data/score/hyp.po has {len(units)} units" in result.stderr
    assert result.stderr.startswith(f"tools: error: {ref}: ")  # outside the project: absolute


def test_mixed_po_and_text_references_are_refused(project: Project) -> None:
    project.write("ref.txt", LINES)
    result = project.run("score", "translations/a/en.po", "--ref", "ref.txt", "--ref", "translations/a/en.po")
    assert result.exit_code == 2
    assert "references must all be PO files or all plain text" in result.stderr


def test_score_reads_a_text_hypothesis_from_standard_input(project: Project) -> None:
    """`tools build a --format lines | tools score - --ref ref.txt`."""
    from click.testing import CliRunner

    from tools.cli import cli

    project.write("ref.txt", LINES)
    lines = project.run("build", "a", "--format", "lines").stdout
    result = CliRunner().invoke(cli, ["score", "-", "--ref", "ref.txt", "--format", "json"], input=lines)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["hypothesis"] == "-"
    assert json.loads(result.stdout)["scores"][0]["score"] == pytest.approx(100.0)
    empty = CliRunner().invoke(cli, ["score", "-", "--ref", "ref.txt"], input="")
    assert empty.exit_code == 2 and empty.stderr == "tools: error: <stdin>: standard input is empty\n"
