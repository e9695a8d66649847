"""Build the TICO-19 subset used by ``benchmarks/term_corruption.py``.

Reads the TICO-19 release (``tico19_ar_en_sentences.tsv`` and
``tico19_ar_en_terms.tsv``, see README.md here) from SOURCE_DIR and writes,
next to this file:

* ``glossary.po``: every TICO-19 terminology pair as an ar→en glossary entry
  (duplicate pairs kept once; all-capital renderings such as "WHO" flagged
  ``case-sensitive``, so the pronoun "who" is not the organisation);
* ``ar.txt`` / ``en.txt``: a seeded sample of test-split sentences whose
  Arabic contains a glossary term whose approved English is in the human
  English translation at every occurrence (so corrupting it is meaningful).

Run once: ``.venv/bin/python benchmarks/data/tico19/prepare.py SOURCE_DIR``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import polib

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tools.text import arabic  # noqa: E402
from tools.fileio import write_if_changed  # noqa: E402
from tools.glossary import SourceMatcher, load_glossary  # noqa: E402
from tools.units.po import render_po  # noqa: E402
from tools.score.segments import Segment  # noqa: E402
from tools.score.terms import segment_terms  # noqa: E402

HERE = Path(__file__).parent
SAMPLE = 200
SEED = 19


def glossary_po(rows: list[dict[str, str]]) -> polib.POFile:
    """One entry per distinct (Arabic, English) pair; msgctxt names the TICO-19 row."""
    po = polib.POFile(wrapwidth=78)
    po.metadata = {
        "Project-Id-Version": "TICO-19 COVID-19 terminology ar-en",
        "PO-Revision-Date": "2021-02-25 00:00+0000",
        "Last-Translator": "TICO-19 (Facebook and Google terminologies)",
        "Language-Team": "English",
        "Language": "en",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
    }
    po.header = "TICO-19 terminology (CC0 1.0), Anastasopoulos et al. (2020). See README.md."
    seen: set[tuple[str, str]] = set()
    for row in rows:
        pair = (arabic.normalize(row["ar"]), row["en"].casefold())
        if pair in seen or not pair[0] or not row["en"].strip():
            continue
        seen.add(pair)
        po.append(
            polib.POEntry(
                msgctxt=f"covid19|{row['term_id']}",
                msgid=row["ar"],
                msgstr=row["en"],
                comment=f"source: {row['source']} {row['direction']} ({row['term_id']})",
                flags=["case-sensitive"] if is_acronym(row["en"]) else [],
            )
        )
    return po


def is_acronym(english: str) -> bool:
    """"WHO", "SARS", "COVID-19": only a capitalised match is the term ("who" is not WHO)."""
    letters = [c for c in english if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = path.read_text("utf-8").split("\n")
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:] if line]


def usable(matcher: SourceMatcher, ar: str, en: str) -> bool:
    """Whether ``ar`` has a glossary term and ``en`` renders every occurrence as approved."""
    part = segment_terms(matcher, Segment("", ar, en, (en,), None))
    return part.expected > 0 and part.found == part.expected


def main(source_dir: Path) -> None:
    terms = read_tsv(source_dir / "tico19_ar_en_terms.tsv")
    write_if_changed(HERE / "glossary.po", render_po(glossary_po(terms)))
    glossary = load_glossary([HERE / "glossary.po"])
    matcher = SourceMatcher(glossary.terms)
    sentences = [r for r in read_tsv(source_dir / "tico19_ar_en_sentences.tsv") if r["split"] == "test"]
    candidates = [i for i, r in enumerate(sentences) if usable(matcher, r["ar"], r["en"])]
    chosen = sorted(random.Random(SEED).sample(candidates, min(SAMPLE, len(candidates))))
    write_if_changed(HERE / "ar.txt", "".join(sentences[i]["ar"] + "\n" for i in chosen))
    write_if_changed(HERE / "en.txt", "".join(sentences[i]["en"] + "\n" for i in chosen))
    write_if_changed(HERE / "ids.txt", "".join(sentences[i]["string_id"] + "\n" for i in chosen))
    print(f"{len(glossary.terms)} terms; {len(candidates)} usable test sentences; kept {len(chosen)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: prepare.py SOURCE_DIR")
    main(Path(sys.argv[1]))
