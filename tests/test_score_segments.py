"""Reading and aligning what ``tools score`` scores; bad input is an error, exit 2."""

from __future__ import annotations

import random
import shutil
import textwrap
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from tools.cli import cli
from tools.score.segments import load_corpus, read_lines

DATA = Path(__file__).parent / "data" / "score"

HEADER = textwrap.dedent(
    """\
    msgid ""
    msgstr ""
    "Language: en\\n"
    "MIME-Version: 1.0\\n"
    "Content-Type: text/plain; charset=UTF-8\\n"
    "Content-Transfer-Encoding: 8bit\\n"

    """
)


def po(path: Path, *entries: tuple[str | None, str, str, bool]) -> Path:
    """Write a PO file of (msgctxt, msgid, msgstr, fuzzy) entries."""
    parts = [HEADER]
    for context, msgid, msgstr, fuzzy in entries:
        if fuzzy:
            parts.append("#, fuzzy\n")
        if context is not None:
            parts.append(f'msgctxt "{context}"\n')
        parts.append(f'msgid "{msgid}"\nmsgstr "{msgstr}"\n\n')
    path.write_text("".join(parts), "utf-8")
    return path


def test_po_units_align_by_msgid_not_by_position() -> None:
    corpus = load_corpus(DATA / "hyp.po", [DATA / "ref.po"])
    by_source = {s.source: s for s in corpus.segments}
    # hyp.po lists this unit first, ref.po sixth: they still meet.
    vaccine = by_source["أولًا، يهدف الباحثون إلى ابتكار لقاح كامل للفيروس."]
    assert vaccine.hypothesis.startswith("First, researchers aim to develop")
    assert vaccine.references == ("First, researchers aim to build a whole virus vaccine.",)
    # Reference order decides the test set order.
    assert [s.source for s in corpus.segments] == [e.msgid for e in polib.pofile(str(DATA / "ref.po"))]


def test_same_msgid_with_different_msgctxt_are_different_units(tmp_path: Path) -> None:
    ref = po(tmp_path / "ref.po", ("title", "الحمى", "Fever", False), (None, "الحمى", "the fever", False))
    hyp = po(tmp_path / "hyp.po", (None, "الحمى", "a fever", False), ("title", "الحمى", "Fever", False))
    corpus = load_corpus(hyp, [ref])
    assert [(s.hypothesis, s.references[0]) for s in corpus.segments] == [("Fever", "Fever"), ("a fever", "the fever")]


def test_gaps_are_reported_with_counts_and_units() -> None:
    corpus = load_corpus(DATA / "hyp.po", [DATA / "ref.po"])
    gaps = {g.reason: g.keys for g in corpus.gaps}
    assert gaps == {
        "missing from the hypothesis, scored as empty translations": ("يتعافى معظم الأشخاص المصابين بكوفيد-19.",),
        "of the hypothesis not in the reference, not scored": ("ماذا عن الحمى؟",),
        "untranslated or fuzzy in the hypothesis, scored as empty translations": (
            "أكثر عرضين شائعين هما الحمى (88%) والسعال الجاف (68%).",
            "أُبلغت منظمة الصحة العالمية في اليوم نفسه.",
        ),
    }


def test_fuzzy_and_untranslated_hypothesis_units_score_as_empty() -> None:
    corpus = load_corpus(DATA / "hyp.po", [DATA / "ref.po"])
    assert len(corpus.segments) == 7  # every reference unit stays in the test set
    empty = [s.source for s in corpus.segments if s.hypothesis == ""]
    assert len(empty) == 3  # fuzzy, untranslated, missing


def test_unfinished_reference_units_leave_the_test_set(tmp_path: Path) -> None:
    ref = po(tmp_path / "ref.po", (None, "أ", "one", False), (None, "ب", "two?", True), (None, "ج", "", False))
    hyp = po(tmp_path / "hyp.po", (None, "أ", "one", False), (None, "ب", "two", False), (None, "ج", "three", False))
    corpus = load_corpus(hyp, [ref])
    assert [s.key for s in corpus.segments] == ["أ"]
    assert corpus.gaps[0].keys == ("ب", "ج")


def test_shuffling_hypothesis_entries_changes_nothing(tmp_path: Path) -> None:
    entries = [e for e in polib.pofile(str(DATA / "hyp2.po"))]
    random.Random(3).shuffle(entries)
    shuffled = polib.POFile()
    shuffled.metadata = polib.pofile(str(DATA / "hyp2.po")).metadata
    for entry in entries:
        shuffled.append(entry)
    shuffled.save(str(tmp_path / "hyp.po"))
    def aligned(path: Path) -> list[tuple]:
        return [(s.key, s.source, s.hypothesis, s.references) for s in load_corpus(path, [DATA / "ref.po"]).segments]

    assert aligned(tmp_path / "hyp.po") == aligned(DATA / "hyp2.po")


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("a\nb\n", ["a", "b"]),
        ("a\nb", ["a", "b"]),
        ("a \t\r\nb\n\n", ["a", "b", ""]),
        # U+2028 and form feed are not line ends for sacrebleu.
        ("a\u2028b\nc\x0cd\n", ["a\u2028b", "c\x0cd"]),
    ],
)
def test_text_lines_are_read_like_sacrebleu(tmp_path: Path, text: str, lines: list[str]) -> None:
    (tmp_path / "f.txt").write_text(text, "utf-8", newline="")
    assert read_lines(tmp_path / "f.txt") == lines


# --------------------------------------------------------------------------- bad input


def run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["score", *map(str, args)])
    return result.exit_code, result.stderr


def test_mismatched_segment_counts_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "hyp.txt").write_text("a b\nc d\n", "utf-8")
    (tmp_path / "ref.txt").write_text("a b\n", "utf-8")
    code, err = run(tmp_path / "hyp.txt", "--ref", tmp_path / "ref.txt")
    assert code == 2
    assert "ref.txt: has 1 lines but" in err and "has 2" in err
    assert "Traceback" not in err


def test_source_with_another_line_count_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "hyp.txt").write_text("a b\nc d\n", "utf-8")
    (tmp_path / "src.txt").write_text("أ ب\n", "utf-8")
    code, err = run(tmp_path / "hyp.txt", "--ref", tmp_path / "hyp.txt", "--source", tmp_path / "src.txt")
    assert code == 2 and "src.txt: has 1 lines" in err


@pytest.mark.parametrize("empty", ["", "\n\n", "  \n"])
def test_empty_file_is_an_error(tmp_path: Path, empty: str) -> None:
    (tmp_path / "hyp.txt").write_text(empty, "utf-8")
    (tmp_path / "ref.txt").write_text("a\n", "utf-8")
    code, err = run(tmp_path / "hyp.txt", "--ref", tmp_path / "ref.txt")
    assert code == 2 and "hyp.txt: file is empty" in err


def test_po_without_translations_is_an_error(tmp_path: Path) -> None:
    hyp = po(tmp_path / "hyp.po", (None, "أ", "", False), (None, "ب", "guess", True))
    code, err = run(hyp, "--ref", DATA / "ref.po")
    assert code == 2 and "hyp.po: has no translated entries" in err


@pytest.mark.parametrize(
    "hypothesis",
    [
        "ما مدى ارتفاع الحمى لديك?\nأولًا، يهدف الباحثون.\n",  # the Arabic given as hypothesis
        "The WHO was told.\nhow high is your fever?\n",  # right sentences, wrong lines
    ],
)
def test_hypothesis_without_overlap_is_an_error(tmp_path: Path, hypothesis: str) -> None:
    (tmp_path / "hyp.txt").write_text(hypothesis, "utf-8")
    (tmp_path / "ref.txt").write_text("how high is your fever?\nFirst, researchers aim.\n", "utf-8")
    code, err = run(tmp_path / "hyp.txt", "--ref", tmp_path / "ref.txt")
    assert code == 2 and "shares no word with the reference in any segment" in err


def test_po_hypothesis_with_a_text_reference_of_another_length_names_both_counts(tmp_path: Path) -> None:
    code, err = run(DATA / "hyp.po", "--ref", DATA / "ref.en.txt")
    assert code == 2 and "has 30 lines but tests/data/score/hyp.po has 7 units" in err


def test_text_hypothesis_with_a_po_reference_is_an_error(tmp_path: Path) -> None:
    code, err = run(DATA / "hyp.en.txt", "--ref", DATA / "ref.po")
    assert code == 2 and "a plain-text hypothesis needs plain-text references" in err


def test_source_option_with_po_files_is_an_error() -> None:
    code, err = run(DATA / "hyp.po", "--ref", DATA / "ref.po", "--source", DATA / "src.ar.txt")
    assert code == 2 and "a PO file's source is its msgid" in err


def test_glossary_without_source_for_text_files_is_an_error() -> None:
    code, err = run(DATA / "hyp.en.txt", "--ref", DATA / "ref.en.txt", "--glossary", DATA / "glossary.po")
    assert code == 2 and "--source FILE" in err


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    code, err = run(tmp_path / "nope.po", "--ref", DATA / "ref.po")
    assert code == 2 and "nope.po: no such file" in err


def test_po_syntax_error_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "hyp.po"
    shutil.copy(DATA / "hyp2.po", bad)
    bad.write_text(bad.read_text("utf-8") + 'msgid "x\n', "utf-8")
    code, err = run(bad, "--ref", DATA / "ref.po")
    assert code == 2 and f"{bad}:" in err and "Traceback" not in err


def test_compared_file_gaps_are_reported_too(tmp_path: Path) -> None:
    other = po(tmp_path / "other.po", (None, "ما مدى ارتفاع الحمى لديك؟", "how high is your fever?", False))
    result = CliRunner().invoke(cli, ["score", str(DATA / "hyp2.po"), "--ref", str(DATA / "ref.po"),
                                      "--compare", str(other), "--glossary", str(DATA / "glossary.po")])
    assert result.exit_code == 0, result.output
    assert f"{other}: 6 units missing from the hypothesis, scored as empty translations" in result.stderr


def test_plural_entry_scores_its_first_form(tmp_path: Path) -> None:
    plural = 'msgid "حالة"\nmsgid_plural "حالات"\nmsgstr[0] "{one}"\nmsgstr[1] "{many}"\n'
    header = HEADER.replace('"Language: en\\n"', '"Language: en\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"')
    (tmp_path / "ref.po").write_text(header + plural.format(one="one case", many="cases"), "utf-8")
    (tmp_path / "hyp.po").write_text(header + plural.format(one="a case", many="cases"), "utf-8")
    corpus = load_corpus(tmp_path / "hyp.po", [tmp_path / "ref.po"])
    assert [(s.hypothesis, s.references) for s in corpus.segments] == [("a case", ("one case",))]
