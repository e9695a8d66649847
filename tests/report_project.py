"""A small project for the review-page tests: an article, its PO file, a glossary.

The article holds a glossary term with an attached proclitic, an acronym, a
forbidden rendering, a sentence with markup in it, a fuzzy and an
untranslated unit, and two paragraphs, so one page shows every feature.
"""

from __future__ import annotations

from pathlib import Path

import polib

from conftest import build_project
from glossaries import DGSN_TERMS, glossary_po
from tools.units.po import render_po
from tools.text.segment import segment_text

GLOSSARY = glossary_po("#. Morocco's national police.\n" + DGSN_TERMS, language="en")

SEED = (
    "المديرية العامة للأمن الوطني تستقبل وفدا من المملكة المتحدة\n"
    "وأكدت المديرية العامة للأمن الوطني تعاونها مع المملكة المتحدة. وقال البلاغ إن <script>alert(1)</script> ليس رمزا.\n"
    "\n"
    "ووصل الوفد للمملكة المتحدة مساء أمس.\n"
)

#: The translator comment of the fuzzy unit, as ``tools pretranslate`` writes it.
NOTE = "memory: 83% match from translations/past/en.po:12 <b>"

#: The source the fuzzy unit's translation was made for: one word differs.
PREVIOUS = "وقال البلاغ إن <script>alert(1)</script> ليس رقما."

#: English for each unit, in order; None leaves the unit untranslated.
TRANSLATIONS = [
    ("The DGSN receives a delegation from the United Kingdom", False),
    (
        "The General Directorate of National Security affirmed its cooperation with the United Kingdom.",
        False,
    ),
    ("The statement said <script>alert(1)</script> is not a symbol.", True),
    (None, False),
]


def make_project(root: Path) -> Path:
    """Write the project under ``root``; return the PO file's path."""
    units = segment_text(SEED)
    assert len(units) == len(TRANSLATIONS), [u.text for u in units]
    po = polib.POFile(wrapwidth=78)
    po.metadata = {
        "Project-Id-Version": "demo",
        "Language": "en",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
    }
    for unit, (english, fuzzy) in zip(units, TRANSLATIONS, strict=True):
        entry = polib.POEntry(
            msgid=unit.text, msgstr=english or "", occurrences=[("seeds/demo.txt", str(unit.line))]
        )
        if fuzzy:
            entry.flags.append("fuzzy")
            entry.tcomment = NOTE
            entry.previous_msgid = PREVIOUS
        po.append(entry)
    files = {"glossary/ar-en.po": GLOSSARY, "seeds/demo.txt": SEED, "translations/demo/en.po": render_po(po)}
    build_project(root, files=files, folders=())
    return root / "translations" / "demo" / "en.po"
