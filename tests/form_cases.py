"""Shared by the term-form tests (``tests/test_forms_*.py``): the news glossary and how a case is checked.

Each case is a sentence and what a terminologist expects the matcher to
report: for every term, the words as written in the sentence, the glossary
term, and the form (``Form.describe()``, ``None`` for the term as written).
"""

from __future__ import annotations

from pathlib import Path

import polib
from conftest import GLOSSARY_ONLY, build_project

from tools.check import engine
from tools.check.findings import Finding
from tools.check.settings import CliOptions, resolve
from tools.config import load_config
from tools.glossary import SourceMatcher, load_glossary

GLOSSARY_PATH = Path(__file__).parent / "data" / "glossary" / "forms.po"
GLOSSARY = load_glossary([GLOSSARY_PATH])
MATCHER = SourceMatcher(GLOSSARY.terms)
#: The same terms found only as the glossary writes them (the matcher before forms).
LITERAL = SourceMatcher(GLOSSARY.terms, forms=False)

Expected = list[tuple[str, str, str | None]]


def found(sentence: str) -> Expected:
    """(text as written, term, form) for every match, checking that spans point at the text."""
    matches = MATCHER.find(sentence)
    for match in matches:
        assert sentence[match.start : match.end] == match.text
    for before, after in zip(matches, matches[1:]):
        assert before.end <= after.start
    return [(m.text, m.term.source, None if m.form is None else m.form.describe()) for m in matches]


def check_entry(root: Path, arabic: str, english: str) -> list[Finding]:
    """The findings of check-glossary on a project with the forms glossary and one entry ``arabic`` → ``english``."""
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en"}
    po.append(polib.POEntry(msgid=arabic, msgstr=english))
    build_project(
        root,
        pyproject=GLOSSARY_ONLY,
        files={"glossary/forms.po": GLOSSARY_PATH, "translations/a/en.po": str(po) + "\n"},
        folders=(),
    )
    config = load_config(root)
    return list(engine.run(config, resolve(config, CliOptions())).findings)
