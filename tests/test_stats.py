"""tools stats: units counted as msgfmt --statistics counts them, plus Arabic source words."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from conftest import REPO, Project, ProjectFactory
from tools.workflow.stats import source_words

ARTICLE = "hammouchi-ahlgren"
EN = f"translations/{ARTICLE}/en.po"
TRANSLATED = ("long-lartin-prison-disorder", "syria-occupying-forces", "syria-ready-for-refugees")
TRANSLATION = REPO / "tests" / "data" / "check" / "article.po"

#: A file with every state: translated, fuzzy, fuzzy without msgstr, untranslated, obsolete.
MIXED = """\
msgid ""
msgstr ""
"Language: en\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "استقبل المدير، يوم 12 مارس."
msgstr "The director received, on 12 March."

#, fuzzy
#| msgid "الأمن الوطني"
msgid "الأمن و المديرية"
msgstr "Security and the directorate"

#, fuzzy
msgid "نعم"
msgstr ""

msgid "مكافحة الإرهاب"
msgstr ""

#~ msgid "جملة قديمة محذوفة"
#~ msgstr "An old removed sentence"
"""


def msgfmt_statistics(path: Path) -> dict[str, int]:
    """The counts ``msgfmt --statistics`` prints for ``path``."""
    result = subprocess.run(
        ["msgfmt", "--statistics", "-o", "/dev/null", str(path)], capture_output=True, text=True, check=True
    )
    counts = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    for number, state in re.findall(r"(\d+) (translated|fuzzy|untranslated)", result.stderr):
        counts[state] = int(number)
    return counts


def units(entry: dict[str, dict[str, int]]) -> dict[str, int]:
    return {state: entry[state]["units"] for state in ("translated", "fuzzy", "untranslated")}


@pytest.fixture
def project(make_project: ProjectFactory) -> Project:
    return make_project(translations=TRANSLATED, files={EN: TRANSLATION.read_bytes(), "translations/mixed/en.po": MIXED})


# --- words -------------------------------------------------------------------------------------


@pytest.mark.requires_msgfmt
@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("استقبل المدير، يوم 12 مارس.", 5, id="punctuation-is-not-a-word-digits-are"),
        pytest.param("الأمن و المديرية", 2, id="detached-conjunction-waw-belongs-to-its-word"),
        pytest.param("والمديرية", 1, id="attached-conjunction"),
        pytest.param("مكافحة الإرهاب-الدولي", 3, id="hyphen-separates-words"),
        pytest.param("عام ٢٠٣٠م", 2, id="arabic-indic-digits"),
        pytest.param("اسْتَقْبَلَ المـديـر", 2, id="diacritics-and-tatweel-do-not-split"),
        pytest.param("\u200fهسبريس\u200f", 1, id="bidi-marks"),
    ],
)
def test_source_words_are_arabic_words(text: str, words: int) -> None:
    assert source_words(text) == words


# --- units: the same numbers as msgfmt --statistics ---------------------------------------------


@pytest.mark.requires_msgfmt
def test_unit_counts_equal_msgfmt_statistics_on_every_file(project: Project) -> None:
    project.path("translations/hammouchi-ahlgren/en.po").write_text(
        TRANSLATION.read_text(encoding="utf-8").replace('msgstr "Homepress"', 'msgstr ""'), encoding="utf-8"
    )
    result = project.run("stats", "--format", "json")
    assert result.exit_code == 0, result.stderr
    files = json.loads(result.stdout)["files"]
    assert [f["path"] for f in files] == [
        "translations/hammouchi-ahlgren/en.po",
        "translations/long-lartin-prison-disorder/en.po",
        "translations/mixed/en.po",
        "translations/syria-occupying-forces/en.po",
        "translations/syria-ready-for-refugees/en.po",
    ]
    for stats in files:
        assert units(stats) == msgfmt_statistics(project.path(stats["path"])), stats["path"]


def test_mixed_file_counts_by_hand(project: Project) -> None:
    stats = json.loads(project.run("stats", "--format", "json", "translations/mixed/en.po").stdout)
    (mixed,) = stats["files"]
    assert mixed["translated"] == {"units": 1, "words": 5}
    assert mixed["fuzzy"] == {"units": 1, "words": 2}
    # A fuzzy entry without msgstr is untranslated, as msgfmt counts it; obsolete entries are not units.
    assert mixed["untranslated"] == {"units": 2, "words": 3}
    assert mixed["total"] == {"units": 4, "words": 10}
    assert mixed["translated_words_percent"] == 50.0
    assert stats["total"]["total"] == mixed["total"]


def test_total_is_the_sum_of_the_files(project: Project) -> None:
    stats = json.loads(project.run("stats", "--format", "json").stdout)
    for state in ("translated", "fuzzy", "untranslated", "total"):
        for measure in ("units", "words"):
            assert stats["total"][state][measure] == sum(f[state][measure] for f in stats["files"])


def test_text_table(project: Project) -> None:
    result = project.run("stats", "translations/mixed", "translations/syria-ready-for-refugees/en.po")
    assert result.exit_code == 0
    assert result.stdout == (
        "file                                         translated    fuzzy  untranslated       total  done\n"
        "translations/mixed/en.po                        1 (5 w)  1 (2 w)       2 (3 w)    4 (10 w)   50%\n"
        "translations/syria-ready-for-refugees/en.po  10 (152 w)  0 (0 w)       0 (0 w)  10 (152 w)  100%\n"
        "total                                        11 (157 w)  1 (2 w)       2 (3 w)  14 (162 w)   97%\n"
    )


def test_default_is_every_po_file_under_translations_not_templates(make_project: ProjectFactory) -> None:
    project = make_project(translations=["syria-ready-for-refugees"], files={"translations/x/fr.po": MIXED})
    files = json.loads(project.run("stats", "--format", "json").stdout)["files"]
    assert [f["path"] for f in files] == ["translations/syria-ready-for-refugees/en.po", "translations/x/fr.po"]


def test_no_po_files_is_a_usage_error(make_project: ProjectFactory) -> None:
    result = make_project().run("stats")
    assert result.exit_code == 2
    assert result.stderr == "tools: error: translations: no PO files found\n"
