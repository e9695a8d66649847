"""Measure term mining (`tools glossary suggest`): recall of known terms, accuracy of the English.

Run: ``.venv/bin/python benchmarks/mining.py`` (from any directory; about ten seconds).

Two measurements, each for the documented score (C-value + pattern bonus)
and, as a baseline in the same run, for plain n-gram frequency:

1. **Seed glossary.** Mine the project's seeds/*.txt *without* any
   glossary and look for the curated terms of glossary/ar-en.po among the
   top 50/100/200 candidates. English proposals come from
   translations/<article>/en.po where those exist.
2. **TICO-19.** Mine the 3071 TICO-19 Arabic sentences (aligned with their
   English) and look for the TICO-19 Arabic terms that occur in them.

A term is *found* when a candidate has the same key: normalized Arabic, the
first word read without its proclitics (see tools.glossary.mining.mine). The
English proposal is *correct* when, after light normalization (lower case,
no leading "the", punctuation and hyphens as spaces), it equals one of the
term's English renderings. Mining proposes only multiword candidates, so
recall is also given over the multiword terms alone.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.config import load_config  # noqa: E402
from tools.glossary.mining.mine import SCORERS, AlignedUnit, TokenizedUnits, mine, project_units  # noqa: E402
from tools.glossary.read import read_records  # noqa: E402

TICO = ROOT / "benchmarks" / "data" / "tico19" / "mining"
CUTOFFS = (50, 100, 200)


def normalize_english(text: str) -> str:
    text = re.sub(r"[^\w\s]|_", " ", text.lower().replace("-", " "))
    text = " ".join(text.split())
    return text.removeprefix("the ")


def evaluate(corpus: TokenizedUnits, gold: dict[str, set[str]], scorer: str) -> dict[str, object]:
    """Recall at each cutoff and English accuracy at the largest, for ``gold`` (key -> English)."""
    started = time.perf_counter()
    candidates = mine(corpus, (), top=max(CUTOFFS), scorer=scorer)
    seconds = time.perf_counter() - started
    multi = {k for k in gold if " " in k}
    result: dict[str, object] = {"seconds": seconds, "gold": len(gold), "gold_multi": len(multi)}
    for cutoff in CUTOFFS:
        keys = {c.key for c in candidates[:cutoff]}
        found = [k for k in gold if k in keys]
        result[f"recall@{cutoff}"] = (len(found), len(gold), sum(1 for k in found if k in multi), len(multi))
        result[f"precision@{cutoff}"] = (len(found), min(cutoff, len(candidates)))
    found = [c for c in candidates if c.key in gold]
    proposed = [c for c in found if c.english]
    correct = [c for c in proposed if normalize_english(c.english or "") in {normalize_english(e) for e in gold[c.key]}]
    result["english"] = (len(correct), len(proposed), len(found))
    right = {id(c) for c in correct}
    result["examples"] = [(c.text, c.english, " / ".join(sorted(gold[c.key])), id(c) in right) for c in proposed[:12]]
    return result


def seed_gold(corpus: TokenizedUnits) -> dict[str, set[str]]:
    records, _ = read_records(ROOT / "glossary" / "ar-en.po")
    gold: dict[str, set[str]] = defaultdict(set)
    for record in records:
        if record.msgstr.strip() and not record.forbidden and not record.fuzzy:
            gold[corpus.key(record.msgid)].add(record.msgstr)
    return dict(gold)


def tico_corpus() -> TokenizedUnits:
    with gzip.open(TICO / "tico19_ar_en_sentences.tsv.gz", "rt", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return TokenizedUnits([AlignedUnit(r["ar"], r["en"], r["string_id"]) for r in rows])


def tico_gold(corpus: TokenizedUnits) -> tuple[dict[str, set[str]], int]:
    """TICO-19 terms that occur in the sentences (key -> English), and the number of terms."""
    text = (TICO / "tico19_ar_en_terms.tsv").read_text("utf-8")
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    terms: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        key = corpus.key(row["ar"])
        if key:
            terms[key].add(row["en"])
    occurring = corpus.span_keys()
    return {k: v for k, v in terms.items() if k in occurring}, len(terms)


def report(title: str, results: dict[str, dict[str, object]]) -> None:
    print(f"\n## {title}\n")
    first = next(iter(results.values()))
    print(f"gold terms: {first['gold']} ({first['gold_multi']} multiword)\n")
    top = CUTOFFS[-1]
    print(
        "| ranking | " + " | ".join(f"recall@{c} (all / multiword)" for c in CUTOFFS)
        + f" | precision@{top} | English correct / proposed / found | seconds |"
    )
    print("| --- | " + " | ".join("---" for _ in CUTOFFS) + " | --- | --- | --- |")
    for scorer, r in results.items():
        cells = []
        for cutoff in CUTOFFS:
            found, total, found_multi, total_multi = r[f"recall@{cutoff}"]  # type: ignore[misc]
            cells.append(f"{found}/{total} = {found / max(total, 1):.2f} / {found_multi}/{total_multi} = {found_multi / max(total_multi, 1):.2f}")
        correct, proposed, found = r["english"]  # type: ignore[misc]
        hits, shown = r[f"precision@{top}"]  # type: ignore[misc]
        precision = f"{hits}/{shown} = {hits / max(shown, 1):.2f}"
        print(f"| {scorer} | " + " | ".join(cells) + f" | {precision} | {correct}/{proposed}/{found} | {r['seconds']:.2f} |")
    examples = first["examples"]
    if examples:
        print("\nfirst proposals of the c-value ranking (Arabic -> proposed English ; gold English):")
        for arabic_text, english, gold, ok in examples:  # type: ignore[misc]
            print(f"- {'correct' if ok else 'wrong  '} {arabic_text} -> {english} ; {gold}")


def main() -> None:
    config = load_config(ROOT)
    seeds = TokenizedUnits(project_units(config, "en"))
    aligned = sum(1 for u in seeds.units if u.english)
    gold = seed_gold(seeds)
    report(
        f"Seed glossary: glossary/ar-en.po terms mined from seeds/ ({len(seeds.units)} units, {aligned} with English)",
        {scorer: evaluate(seeds, gold, scorer) for scorer in SCORERS},
    )
    tico = tico_corpus()
    tico_terms, total_terms = tico_gold(tico)
    report(
        f"TICO-19: {len(tico_terms)} of {total_terms} Arabic terms occur in the {len(tico.units)} sentences",
        {scorer: evaluate(tico, tico_terms, scorer) for scorer in SCORERS},
    )


if __name__ == "__main__":
    main()
