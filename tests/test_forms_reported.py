"""What a translator is told about a form: glossary find (text and JSON), PO hints, the review page."""

from __future__ import annotations

import json
from pathlib import Path

import polib
from click.testing import CliRunner

from form_cases import MATCHER
from tools.cli import cli
from tools.review.model import ReviewBuilder
from tools.workflow.hints import refresh_entry

GLOSSARY = str(Path(__file__).parent / "data" / "glossary" / "forms.po")
SENTENCE = "وقالت وزيرة الخارجية إن وزراءها سيشاركون"


def test_find_text_says_the_form() -> None:
    result = CliRunner().invoke(cli, ["glossary", "find", "--glossary", GLOSSARY, SENTENCE], catch_exceptions=False)
    lines = result.output.splitlines()
    assert lines[0] == "6-20: وزيرة الخارجية -> وزير الخارجية (feminine) [title]"
    assert "24-31: وزراءها -> الوزير (broken plural, with a pronoun suffix) [title]" in lines


def test_find_json_has_form_and_plural() -> None:
    result = CliRunner().invoke(
        cli, ["glossary", "find", "--glossary", GLOSSARY, "--format", "json", SENTENCE + " وقال الوزير"],
        catch_exceptions=False,
    )
    found = [(m["text"], m["form"], m["plural"]) for m in json.loads(result.output)]
    assert found == [
        ("وزيرة الخارجية", "feminine", False),
        ("وزراءها", "broken plural, with a pronoun suffix", True),
        ("الوزير", None, False),
    ]


def test_po_hint_says_the_form_seen() -> None:
    entry = polib.POEntry(msgid="ووصل وزيرا الخارجية إلى الرباط", msgstr="")
    assert refresh_entry(entry, MATCHER)
    assert entry.comment.startswith("glossary: وزير الخارجية (seen as وزيرا الخارجية: dual) → Foreign Minister")


def test_review_page_title_says_the_form() -> None:
    from tools.text.segment import segment_text

    units = segment_text("ووصل وزيرا الخارجية إلى الرباط.")
    review = ReviewBuilder(MATCHER).build("a", "en", polib.POFile(), units, "a/en.po", "seeds/a.txt")
    assert review.rows[0].arabic_marks[0].title.startswith("وزيرا الخارجية: dual of وزير الخارجية\n")
