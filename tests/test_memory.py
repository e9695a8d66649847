"""Translation memory and ``tools pretranslate``: exact, fuzzy, never overwrite."""

from __future__ import annotations

import subprocess
import textwrap
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from conftest import build_project
from tools.cli import cli
from tools.workflow.memory import FUZZY_THRESHOLD, WordReadings, similarity

HEADER = textwrap.dedent(
    """\
    msgid ""
    msgstr ""
    "Project-Id-Version: {article}\\n"
    "Language: en\\n"
    "MIME-Version: 1.0\\n"
    "Content-Type: text/plain; charset=UTF-8\\n"
    "Content-Transfer-Encoding: 8bit\\n"
    "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

    """
)

FORMULA = (
    "وأشار البلاغ إلى أن المسؤول البريطاني أشاد بالدور المهم الذي تنهض به مصالح الأمن المغربية."
)
FORMULA_EN = (
    "The statement noted that the British official praised the important role played "
    "by the Moroccan security services."
)
# The same formula about another official: one word changed.
FORMULA_VARIANT = (
    "وأشار البلاغ إلى أن المسؤول الفرنسي أشاد بالدور المهم الذي تنهض به مصالح الأمن المغربية."
)
MEETING = "استقبل المدير العام للأمن الوطني السفير البريطاني بالرباط."
MEETING_EN = "The Director General of National Security received the British ambassador in Rabat."
UNRELATED = "أصبحت المياه النظيفة نادرة في المدينة."


def po_text(article: str, entries: list[tuple[str, str, str]]) -> str:
    """A PO file: entries are (msgid, msgstr, extra lines before msgid)."""
    parts = [HEADER.format(article=article)]
    for index, (msgid, msgstr, extra) in enumerate(entries, start=1):
        parts.append(
            f'{extra}#: seeds/{article}.txt:{index}\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n\n'
        )
    return "".join(parts).rstrip("\n") + "\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    pyproject = '[tool.tarjuman]\nseeds = "seeds"\ntranslations = "translations"\nglossary = ["glossary"]\n'
    past = po_text("past", [(FORMULA, FORMULA_EN, ""), (MEETING, MEETING_EN, "")])
    build_project(tmp_path, pyproject=pyproject, files={"translations/past/en.po": past}, folders=())
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write_new(project: Path, entries: list[tuple[str, str, str]]) -> Path:
    path = project / "translations" / "new" / "en.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(po_text("new", entries), encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["pretranslate", *args])
    return result.exit_code, result.output


def entry(path: Path, msgid: str) -> polib.POEntry:
    found = polib.pofile(str(path)).find(msgid)
    assert found is not None
    return found


def test_exact_match_is_copied_as_translated_with_its_source(project: Path) -> None:
    new = write_new(project, [(MEETING, "", "")])
    code, output = run("new", "--lang", "en")
    assert code == 0, output
    filled = entry(new, MEETING)
    assert filled.msgstr == MEETING_EN
    assert "fuzzy" not in filled.flags
    assert filled.tcomment == "memory: exact match from translations/past/en.po:15"
    assert "1 exact, 0 fuzzy" in output


@pytest.mark.parametrize(
    "spelling",
    [
        pytest.param("استقبل المدير العام للأمن الوطني السفير البريطاني بالرباط.", id="identical"),
        pytest.param("اسْتَقْبَلَ المديرُ العامُّ للأمن الوطني السفيرَ البريطاني بالرباط.", id="diacritics"),
        pytest.param(
            "استقبل المدير العام للامن الوطني السفير البريطاني بالرباط.", id="hamza-dropped"
        ),
        pytest.param("استقبل المـديـر العام للأمن الوطني السفير البريطاني بالرباط.", id="tatweel"),
        pytest.param(
            "استقبل المدير العام للأمن الوطني\u200f السفير البريطاني بالرباط.", id="bidi-mark"
        ),
    ],
)
def test_exact_match_sees_through_arabic_spelling_variants(project: Path, spelling: str) -> None:
    new = write_new(project, [(spelling, "", "")])
    run("new")
    filled = entry(new, spelling)
    assert filled.msgstr == MEETING_EN
    assert "fuzzy" not in filled.flags


def test_close_match_is_fuzzy_with_comment_and_previous_msgid(project: Path) -> None:
    new = write_new(project, [(FORMULA_VARIANT, "", "")])
    code, output = run("new")
    assert code == 0, output
    filled = entry(new, FORMULA_VARIANT)
    assert filled.msgstr == FORMULA_EN
    assert "fuzzy" in filled.flags
    assert filled.previous_msgid == FORMULA
    assert filled.tcomment.startswith("memory: ")
    assert filled.tcomment.endswith("% match from translations/past/en.po:11")
    percent = int(filled.tcomment.split("%")[0].removeprefix("memory: "))
    assert FUZZY_THRESHOLD * 100 <= percent < 100
    assert "0 exact, 1 fuzzy" in output


def test_unrelated_sentence_is_left_untranslated(project: Path) -> None:
    new = write_new(project, [(UNRELATED, "", "")])
    run("new")
    filled = entry(new, UNRELATED)
    assert filled.msgstr == ""
    assert not filled.flags and not filled.tcomment


@pytest.mark.parametrize(
    ("msgstr", "extra"),
    [
        pytest.param("My own translation.", "", id="translated"),
        pytest.param("A draft to revise.", "#, fuzzy\n", id="fuzzy"),
        pytest.param("", "#, fuzzy\n", id="fuzzy-empty"),
    ],
)
def test_never_overwrites_translated_or_fuzzy_entries(
    project: Path, msgstr: str, extra: str
) -> None:
    new = write_new(project, [(MEETING, msgstr, "# translator's note\n" + extra)])
    before = new.read_bytes()
    code, output = run("new")
    assert code == 0, output
    assert new.read_bytes() == before
    assert "unchanged" in output


@pytest.mark.requires_msgfmt
def test_second_run_changes_no_byte_and_output_passes_msgfmt(project: Path) -> None:
    new = write_new(project, [(MEETING, "", ""), (FORMULA_VARIANT, "", ""), (UNRELATED, "", "")])
    run("new")
    first = new.read_bytes()
    code, output = run("new")
    assert code == 0
    assert new.read_bytes() == first
    assert "unchanged" in output
    check = subprocess.run(
        ["msgfmt", "-c", "-o", "/dev/null", str(new)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stderr


def test_dry_run_counts_and_writes_nothing(project: Path) -> None:
    new = write_new(project, [(MEETING, "", ""), (FORMULA_VARIANT, "", "")])
    before = new.read_bytes()
    code, output = run("new", "--dry-run")
    assert code == 0
    assert new.read_bytes() == before
    assert (
        "would fill: translations/new/en.po: 1 exact, 1 fuzzy, 0 left untranslated (of 2 untranslated, 2 entries); memory: 2 translations from 1 file"
        in output
    )


def test_conflicting_memories_give_fuzzy_not_translated(project: Path) -> None:
    other = project / "translations" / "other" / "en.po"
    other.parent.mkdir(parents=True)
    other.write_text(po_text("other", [(MEETING, "A different rendering.", "")]), encoding="utf-8")
    new = write_new(project, [(MEETING, "", "")])
    run("new")
    filled = entry(new, MEETING)
    assert "fuzzy" in filled.flags
    assert "2 different translations" in " ".join(filled.tcomment.split())


def test_fuzzy_memories_are_not_reused(project: Path) -> None:
    past = project / "translations" / "past" / "en.po"
    past.write_text(po_text("past", [(MEETING, MEETING_EN, "#, fuzzy\n")]), encoding="utf-8")
    new = write_new(project, [(MEETING, "", "")])
    run("new")
    assert entry(new, MEETING).msgstr == ""


def test_bad_memory_file_stops_before_writing(project: Path) -> None:
    (project / "translations" / "past" / "en.po").write_text(
        'msgid "x"\nmsgstr "unterminated\n', encoding="utf-8"
    )
    new = write_new(project, [(MEETING, "", "")])
    before = new.read_bytes()
    code, output = run("new")
    assert code == 2
    assert "translations/past/en.po:2" in output
    assert new.read_bytes() == before


def test_missing_article_is_an_input_error(project: Path) -> None:
    code, output = run("nothing-here")
    assert code == 2
    assert "run `tools update` first" in output


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("المديرية العامة", "والمديرية العامة", id="attached-conjunction-wa"),
        pytest.param("المديرية العامة", "و المديرية العامة", id="detached-conjunction-wa"),
        pytest.param("البلاغ الرسمي", "بلاغ الرسمي", id="article-dropped"),
        pytest.param("المملكة المتحدة", "للمملكة المتحدة", id="lil-article-merged"),
        pytest.param("الرباط اليوم", "بالرباط اليوم", id="attached-preposition-bi"),
    ],
)
def test_similarity_reads_words_through_proclitics(a: str, b: str) -> None:
    assert similarity(WordReadings.of(a), WordReadings.of(b)) == 1.0


def test_similarity_does_not_equate_words_sharing_only_a_short_pronoun() -> None:
    # بها and لها both leave ها after the preposition: not the same word.
    assert similarity(WordReadings.of("قام بها"), WordReadings.of("قام لها")) == 0.5


def test_similarity_counts_words_not_letters() -> None:
    base = WordReadings.of("قال وزير الخارجية إن الوضع مستقر")
    long_name = WordReadings.of("قال وزير الخارجية والمغتربين إن الوضع مستقر")
    assert similarity(base, long_name) == pytest.approx(12 / 13)


arabic_words = st.lists(
    st.sampled_from(
        [
            "وزير",
            "الوزير",
            "والوزير",
            "الخارجية",
            "للأمم",
            "المتحدة",
            "قال",
            "إن",
            "2025",
            "بها",
            "لها",
        ]
    ),
    max_size=12,
)


@given(arabic_words, arabic_words)
def test_similarity_is_symmetric_bounded_and_one_on_itself(a: list[str], b: list[str]) -> None:
    words_a, words_b = WordReadings.of(" ".join(a)), WordReadings.of(" ".join(b))
    assert similarity(words_a, words_b) == similarity(words_b, words_a)
    assert 0.0 <= similarity(words_a, words_b) <= 1.0
    assert similarity(words_a, words_a) == 1.0


def test_without_article_fills_every_translation_then_changes_nothing(project: Path) -> None:
    new = write_new(project, [(MEETING, "", ""), (UNRELATED, "", "")])
    other = project / "translations" / "other" / "en.po"
    other.parent.mkdir(parents=True)
    other.write_text(po_text("other", [(FORMULA_VARIANT, "", "")]), encoding="utf-8")
    code, output = run("--lang", "en")
    assert code == 0, output
    assert entry(new, MEETING).msgstr == MEETING_EN
    assert entry(other, FORMULA_VARIANT).msgstr == FORMULA_EN
    assert output.count("filled: ") == 2
    snapshot = {p: p.read_bytes() for p in (new, other)}
    code, output = run("--lang", "en")
    assert {p: p.read_bytes() for p in (new, other)} == snapshot
    assert "filled: " not in output
