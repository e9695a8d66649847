"""tools update: templates and translations of every article, nothing lost, nothing rewritten twice."""

from __future__ import annotations

import functools
import os
import subprocess
import tempfile
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EPOCH, PYPROJECT, REPO, Project, ProjectFactory
from tools.config import ProjectConfig, load_config
from tools.glossary.load import load_glossary
from tools.glossary.match.arabic import SourceMatcher
from tools.workflow.hints import refresh_entry
from tools.units.po import load_po, plural_forms
from tools.workflow.update import update_project

ARTICLE = "hammouchi-ahlgren"
EN = f"translations/{ARTICLE}/en.po"
POT = f"translations/{ARTICLE}/{ARTICLE}.pot"
SEED = f"seeds/{ARTICLE}.txt"
TRANSLATED = ("long-lartin-prison-disorder", "syria-occupying-forces", "syria-ready-for-refugees")


def msgfmt_check(path: Path) -> None:
    result = subprocess.run(["msgfmt", "-c", "-o", os.devnull, str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr, result.stderr


def translate_all(path: Path, prefix: str = "EN") -> dict[str, str]:
    """Give every active entry a distinct translation; return msgid -> msgstr."""
    po = load_po(path)
    for index, entry in enumerate(e for e in po if not e.obsolete):
        entry.msgstr = f"{prefix} {index}"
    po.save(str(path))
    return {e.msgid: e.msgstr for e in po if not e.obsolete}


@pytest.fixture
def seeded(make_project: ProjectFactory) -> Project:
    return make_project(seeds=[ARTICLE])


# --- creating and re-running ------------------------------------------------------------------


@pytest.mark.requires_msgfmt
def test_first_run_writes_template_and_english_translation(seeded: Project) -> None:
    result = seeded.run("update")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (
        f"wrote {POT}\ncreated {EN}: 0 kept, 0 fuzzy, 8 new, 0 obsolete\n"
    )
    po = load_po(seeded.path(EN))
    assert [e.msgid for e in po] == [e.msgid for e in load_po(seeded.path(POT))]
    assert po.metadata["Language"] == "en"
    assert po.metadata["Plural-Forms"] == plural_forms("en")
    assert po.metadata["PO-Revision-Date"] == "2026-01-01 00:00+0000"
    msgfmt_check(seeded.path(EN))


def test_second_run_changes_no_byte(seeded: Project) -> None:
    seeded.run("update")
    translate_all(seeded.path(EN))
    seeded.run("update")  # normalizes the formatting of the hand-edited file
    before = seeded.files()
    result = seeded.run("update")
    assert result.exit_code == 0
    assert seeded.files() == before
    assert result.stderr.count("unchanged") == 2


def test_translated_repository_files_are_a_fixed_point(make_project: ProjectFactory) -> None:
    """The committed translations carry glossary hints, so update them with the hints processor."""
    # The repository's own glossary setting: its folder and the built-in news glossaries.
    pyproject = PYPROJECT.replace('glossary = ["glossary"]', 'glossary = ["glossary", "builtin:news"]')
    project = make_project(seeds=TRANSLATED, translations=TRANSLATED, copy=["glossary"], pyproject=pyproject)
    config = project.config()
    matcher = SourceMatcher(load_glossary(config.glossary).terms)
    before = project.files()
    outcomes = update_project(config, processors=[functools.partial(refresh_entry, matcher=matcher)])
    assert project.files() == before
    assert [t.report.summary() for o in outcomes for t in o.translations] == [
        "11 kept, 0 fuzzy, 0 new, 0 obsolete",
        "17 kept, 0 fuzzy, 0 new, 0 obsolete",
        "10 kept, 0 fuzzy, 0 new, 0 obsolete",
    ]


@pytest.mark.requires_msgfmt
def test_lang_option_creates_other_languages_with_babel_plural_forms(seeded: Project) -> None:
    result = seeded.run("update", "--lang", "fr", "--lang", "ar")
    assert result.exit_code == 0, result.stderr
    for code in ("ar", "en", "fr"):
        po = load_po(seeded.path(f"translations/{ARTICLE}/{code}.po"))
        assert po.metadata["Language"] == code
        assert po.metadata["Plural-Forms"] == plural_forms(code)
        msgfmt_check(seeded.path(f"translations/{ARTICLE}/{code}.po"))
    assert plural_forms("ar").startswith("nplurals=6;")
    # Languages that have a file are updated without being asked for again.
    assert f"unchanged translations/{ARTICLE}/fr.po" in seeded.run("update").stderr


def test_unknown_language_is_an_input_error(seeded: Project) -> None:
    result = seeded.run("update", "--lang", "zz")
    assert result.exit_code == 2
    assert result.stderr == "tools: error: unknown language code 'zz' (expected e.g. en, fr, pt_BR)\n"
    assert not seeded.path("translations").joinpath(ARTICLE).exists()


def test_only_the_named_article_is_updated(make_project: ProjectFactory) -> None:
    project = make_project(seeds=[ARTICLE, "syria-ready-for-refugees"])
    assert project.run("update", ARTICLE).exit_code == 0
    assert project.path(EN).is_file()
    assert not project.path("translations/syria-ready-for-refugees").exists()


# --- merging real edits of the seed -------------------------------------------------------------


def edit_seed(project: Project, old: str, new: str) -> None:
    text = project.read(SEED)
    assert old in text
    project.write(SEED, text.replace(old, new))


@pytest.mark.requires_msgfmt
def test_editing_the_seed_keeps_every_translation(seeded: Project) -> None:
    seeded.run("update")
    before = translate_all(seeded.path(EN))
    outlet = "هومبريس"
    last = [m for m in before if m.startswith("ومن جانبه")][0]
    changed = [m for m in before if m.startswith("وأشار البلاغ")][0]
    edit_seed(seeded, changed, changed.replace("البريطاني", "الإنجليزي"))  # a changed sentence
    edit_seed(seeded, "\n" + last, "")  # a removed sentence (the last line)
    edit_seed(seeded, outlet, "هسبريس")  # the outlet's name corrected
    result = seeded.run("update")
    assert result.exit_code == 0, result.stderr
    assert f"updated {EN}: 5 kept, 2 fuzzy, 0 new, 1 obsolete" in result.stderr
    po = load_po(seeded.path(EN))
    fuzzy = {e.previous_msgid: e for e in po if e.fuzzy}
    assert fuzzy[changed].msgstr == before[changed]
    assert fuzzy[outlet].msgid == "هسبريس" and fuzzy[outlet].msgstr == before[outlet]
    assert [(e.msgid, e.msgstr) for e in po.obsolete_entries()] == [(last, before[last])]
    msgfmt_check(seeded.path(EN))
    # Putting the sentence back revives it.
    edit_seed(seeded, changed.replace("البريطاني", "الإنجليزي"), changed + "\n" + last)
    seeded.run("update")
    po = load_po(seeded.path(EN))
    assert po.find(last).msgstr == before[last] and not po.find(last).fuzzy
    assert po.obsolete_entries() == []


def test_hamza_fix_in_the_seed_keeps_the_translation(seeded: Project) -> None:
    seeded.run("update")
    before = translate_all(seeded.path(EN))
    sentence = [m for m in before if "الإستقبال" in m][0]
    edit_seed(seeded, "الإستقبال", "الاستقبال")  # hamza under alef removed: a spelling fix
    result = seeded.run("update")
    assert "8 kept (1 respelled), 0 fuzzy, 0 new, 0 obsolete" in result.stderr
    fixed = load_po(seeded.path(EN)).find(sentence.replace("الإستقبال", "الاستقبال"))
    assert fixed.msgstr == before[sentence] and not fixed.fuzzy


def test_revision_date_changes_only_when_content_changes(seeded: Project) -> None:
    seeded.run("update")
    translate_all(seeded.path(EN))
    seeded.monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(EPOCH) + 86400))
    seeded.run("update")  # only reformats the hand-edited file: the content is the same
    assert load_po(seeded.path(EN)).metadata["PO-Revision-Date"] == "2026-01-01 00:00+0000"
    edit_seed(seeded, "هومبريس", "هسبريس")
    seeded.run("update")
    assert load_po(seeded.path(EN)).metadata["PO-Revision-Date"] == "2026-01-02 00:00+0000"


def test_file_wrapped_by_another_editor_is_reformatted_without_a_new_revision_date(seeded: Project) -> None:
    seeded.run("update")
    translate_all(seeded.path(EN))
    seeded.run("update")
    formatted = seeded.read(EN)
    po = polib.pofile(str(seeded.path(EN)), wrapwidth=40)
    po.save(str(seeded.path(EN)))
    assert seeded.read(EN) != formatted
    seeded.monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(EPOCH) + 86400))
    seeded.run("update")
    assert seeded.read(EN) == formatted


def test_header_fields_of_the_translator_are_kept(seeded: Project) -> None:
    seeded.run("update")
    po = load_po(seeded.path(EN))
    po.metadata["Last-Translator"] = "Salma Idrissi <salma@example.org>"
    po.metadata["Language"] = "en_GB"  # wrong for en.po: the file name decides
    po.save(str(seeded.path(EN)))
    seeded.run("update")
    po = load_po(seeded.path(EN))
    assert po.metadata["Last-Translator"] == "Salma Idrissi <salma@example.org>"
    assert po.metadata["Language"] == "en"


# --- the extension point: entry processors --------------------------------------------------------


def add_length_hint(entry: polib.POEntry, label: str) -> None:
    """A processor as glossary hints will be one: an extracted comment rebuilt on every run."""
    entry.comment = f"{label}: {len(entry.msgid.split())} words"


def test_entry_processors_run_on_every_active_entry_and_stay_idempotent(seeded: Project) -> None:
    config = load_config(seeded.root)
    process = functools.partial(add_length_hint, label="length")
    update_project(config, processors=[process])
    po = load_po(seeded.path(EN))
    assert all(e.comment.startswith("length: ") for e in po)
    assert load_po(seeded.path(POT))[0].comment == ""  # the template is not touched
    outcome = update_project(config, processors=[process])
    assert not outcome[0].translations[0].changed
    # Without the processor its comments are gone: they come from the template.
    update_project(config)
    assert all(e.comment == "" for e in load_po(seeded.path(EN)))


# --- properties: edits of a source never lose a translation --------------------------------------

WORDS = (
    "استقبل", "المدير", "العام", "للأمن", "الوطني", "السفير", "البريطاني", "بالرباط", "وأشار",
    "البلاغ", "إلى", "أن", "المسؤول", "أشاد", "بالدور", "المهم", "مصالح", "المغربية", "اللقاء",
    "الثنائي", "التعاون", "الأمني", "الإرهاب", "مكافحة", "الخبرات", "تبادل", "زيارة", "عمل",
)  # fmt: skip

sentences = st.lists(st.sampled_from(WORDS), min_size=3, max_size=9).map(lambda words: " ".join(words) + ".")


@st.composite
def edit(draw: st.DrawFn, source: list[str]) -> list[str]:
    """One edit of a list of sentences: change a word, respell, insert, delete or reorder."""
    result = list(source)
    kind = draw(st.sampled_from(["change", "respell", "insert", "delete", "swap"]))
    index = draw(st.integers(0, len(result) - 1))
    if kind == "change":
        words = result[index].rstrip(".").split()
        words[draw(st.integers(0, len(words) - 1))] = draw(st.sampled_from(WORDS))
        result[index] = " ".join(words) + "."
    elif kind == "respell":
        result[index] = result[index].replace("أ", "ا").replace("إ", "ا").replace("ل", "لْ", 1)
    elif kind == "insert":
        result.insert(index, draw(sentences))
    elif kind == "delete" and len(result) > 1:
        del result[index]
    elif kind == "swap":
        other = draw(st.integers(0, len(result) - 1))
        result[index], result[other] = result[other], result[index]
    return result


@st.composite
def source_and_edits(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    source = draw(st.lists(sentences, min_size=1, max_size=6))
    edited = source
    for _ in range(draw(st.integers(1, 4))):
        edited = draw(edit(edited))
    return source, edited


def write_source(project_root: Path, sentences_: list[str]) -> None:
    """Two sentences per line, so that lines hold several units."""
    lines = [" ".join(sentences_[i : i + 2]) for i in range(0, len(sentences_), 2)]
    (project_root / "seeds" / "article.txt").write_text("\n".join(lines), encoding="utf-8")


def still_present(old: polib.POEntry, new: polib.POFile) -> bool:
    """``old``'s translation is in ``new``: as is, fuzzy with its previous msgid, or obsolete."""
    for entry in new:
        if entry.msgstr != old.msgstr:
            continue
        if entry.fuzzy and entry.previous_msgid in (old.msgid, old.previous_msgid):
            return True
        if entry.msgid == old.msgid or (not entry.obsolete and not entry.fuzzy):
            return True
    return False


def bare_project(root: Path) -> tuple[Path, ProjectConfig]:
    """A project with only a pyproject.toml and an empty seeds/ (hypothesis needs a fresh one per example)."""
    (root / "pyproject.toml").write_text("[tool.tarjuman]\n", encoding="utf-8")
    (root / "seeds").mkdir()
    return root, load_config(root)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=source_and_edits())
def test_no_translation_is_ever_lost_and_a_second_run_is_idempotent(case: tuple[list[str], list[str]]) -> None:
    source, edited = case
    with tempfile.TemporaryDirectory() as folder:
        root, config = bare_project(Path(folder))
        write_source(root, source)
        update_project(config)
        path = config.translation_path("article", "en")
        translate_all(path)
        old = load_po(path)
        write_source(root, edited)
        update_project(config)
        new = load_po(path)
        lost = [e.msgid for e in old if e.msgstr and not still_present(e, new)]
        assert lost == []
        assert {e.msgid for e in new if not e.obsolete} == set(edited)
        before = path.read_bytes(), path.stat().st_mtime_ns
        outcome = update_project(config)
        assert not outcome[0].template_changed and not outcome[0].translations[0].changed
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.requires_msgfmt
@settings(max_examples=15, deadline=None)
@given(case=source_and_edits())
def test_every_merged_file_passes_msgfmt_check(case: tuple[list[str], list[str]]) -> None:
    source, edited = case
    with tempfile.TemporaryDirectory() as folder:
        root, config = bare_project(Path(folder))
        write_source(root, source)
        update_project(config)
        translate_all(config.translation_path("article", "en"))
        for version in (edited, source):  # away and back: obsolete entries are revived
            write_source(root, version)
            update_project(config)
            msgfmt_check(config.translation_path("article", "en"))


def test_repository_seed_round_trip_matches_the_committed_template(seeded: Project) -> None:
    seeded.run("update")
    golden = (REPO / "tests" / "golden" / f"{ARTICLE}.pot").read_text(encoding="utf-8")
    assert seeded.read(POT) == golden
