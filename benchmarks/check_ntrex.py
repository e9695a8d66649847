"""check-glossary on professional news translations: NTREX-128 with a news glossary.

Builds, in a temporary directory, a real project with one article per NTREX-128
document that is not a seed article (120 documents, 1,944 sentence pairs): msgid
the Arabic, msgstr the professional English (``data/ntrex128_ar_en/``), and the
news glossary ``data/ntrex128_ar_en/glossary.po`` (150 terms, standard renderings
only). Runs the real engine and prints what it reports: findings per code,
entries flagged, the most frequent missing terms, and a seeded sample of
findings with the Arabic and English in full, to be read and classified.

The English is the original and the Arabic its translation (NTREX was made
English → Arabic); read ar → en, a finding says that the English does not use
the glossary's English for an Arabic term, or that a number differs.
"""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from collections import Counter
from pathlib import Path

import polib

from tools.check import engine
from tools.check.settings import CliOptions, resolve
from tools.config import load_config

DATA = Path(__file__).resolve().parent / "data" / "ntrex128_ar_en"
#: The NTREX-128 documents that are seed articles of this repository (seeds/README.md).
SEED_DOCUMENTS = frozenset({"bbc.381735", "euronews-en.153799", "thelocal.65969"})
PYPROJECT = """\
[tool.tarjuman]
seeds = "seeds"
translations = "translations"
glossary = ["glossary"]
"""


def read_documents() -> dict[str, list[tuple[int, str, str]]]:
    """Document id -> [(NTREX line, Arabic, English)] in order, seed documents left out."""
    documents: dict[str, list[tuple[int, str, str]]] = {}
    with (DATA / "ntrex128_ar_en.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["doc_id"] not in SEED_DOCUMENTS:
                documents.setdefault(row["doc_id"], []).append((int(row["line"]), row["ar"], row["en"]))
    return documents


def make_project(root: Path, documents: dict[str, list[tuple[int, str, str]]], check: str) -> dict:
    """Write the project; return (path, msgctxt, msgid) -> (NTREX line, Arabic, English)."""
    section = f"\n[tool.tarjuman.check]\n{check}\n" if check else ""
    (root / "pyproject.toml").write_text(PYPROJECT + section, "utf-8")
    (root / "glossary").mkdir()
    (root / "glossary" / "news.po").write_text((DATA / "glossary.po").read_text("utf-8"), "utf-8")
    where = {}
    for doc_id, rows in documents.items():
        folder = root / "translations" / doc_id
        folder.mkdir(parents=True)
        po = polib.POFile(wrapwidth=78)
        po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en"}
        seen: set[str] = set()
        for line, ar, en in rows:
            # A sentence a document repeats gets a context, as gettext requires.
            context = f"ntrex128 line {line}" if ar in seen else None
            seen.add(ar)
            po.append(polib.POEntry(msgid=ar, msgstr=en, msgctxt=context, comment=f"ntrex128 line {line}"))
        po.save(str(folder / "en.po"))
        rel = f"translations/{doc_id}/en.po"
        for entry, row in zip(po, rows):
            where[(rel, entry.msgctxt, entry.msgid)] = row
    return where


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", default="", help="lines for [tool.tarjuman.check], e.g. 'variants = \"exact\"'")
    parser.add_argument("--sample", type=int, default=25, help="findings to print (default 25)")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--dump", type=Path, help="write every finding as TSV (line, code, severity, term, found, message)")
    args = parser.parse_args()

    documents = read_documents()
    entries = sum(len(rows) for rows in documents.values())
    with tempfile.TemporaryDirectory(prefix="tarjuman-ntrex-") as name:
        root = Path(name)
        where = make_project(root, documents, args.check)
        config = load_config(root)
        start = time.process_time()
        result = engine.run(config, resolve(config, CliOptions()))
        seconds = time.process_time() - start
    findings = [f for f in result.findings if not f.code.startswith("glossary-")]
    lint = [f for f in result.findings if f.code.startswith("glossary-")]
    print(f"## NTREX-128, {len(documents)} documents that are not seeds, {entries} sentence pairs")
    print(f"check: {args.check or '(defaults)'}; CPU {seconds:.2f} s")
    for code, n in Counter(f.code for f in findings).most_common():
        flagged = len({(f.path, f.line) for f in findings if f.code == code})
        print(f"  {code:26} {n:5} findings in {flagged:5} entries")
    for severity, n in sorted(Counter(f.severity.label for f in findings).items()):
        print(f"  severity {severity}: {n}")
    flagged = {(f.path, f.line) for f in findings}
    print(f"entries flagged: {len(flagged)} of {entries} ({100 * len(flagged) / entries:.1f} %)")
    errors = {(f.path, f.line) for f in findings if f.severity.label == "error"}
    print(f"entries with an error: {len(errors)} of {entries} ({100 * len(errors) / entries:.1f} %)")
    print(f"glossary lint: {len(lint)} ({', '.join(sorted({f.code for f in lint})) or 'none'})")
    missing = Counter(f.term for f in findings if f.code == "missing-term")
    print("missing-term by term: " + ", ".join(f"{t} {n}" for t, n in missing.most_common(12)))
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for f in findings:
                line = where[(f.path, f.msgctxt, f.msgid)][0]
                out.write(f"{line}\t{f.code}\t{f.severity.label}\t{f.term or ''}\t{f.found or ''}\t{f.message}\n")
    chosen = sorted(random.Random(args.seed).sample(range(len(findings)), min(args.sample, len(findings))))
    print(f"\n### Sample: {len(chosen)} of {len(findings)} findings (seed {args.seed})")
    for n, i in enumerate(chosen, 1):
        f = findings[i]
        line, ar, en = where[(f.path, f.msgctxt, f.msgid)]
        print(f"[{n}] line {line} {f.severity.label} {f.code}: {f.message}")
        print(f"     ar: {ar}")
        print(f"     en: {en}")


if __name__ == "__main__":
    main()
