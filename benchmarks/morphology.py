"""Benchmark: glossary terms in the forms the news writes them, and the words that only look like them.

Why: a term is written once in the glossary (وزير الخارجية) and a dozen ways
in the news (وزيرة الخارجية, وزيرا الخارجية, وزراء الخارجية, وزير خارجية فرنسا,
وزير خارجيتها); a matcher that only knows the one spelling misses them, and
a matcher that knows too many reads المستشارية as المستشار. Data
(benchmarks/data/morphology/, see its README): a news glossary
(``glossary.po``) and sentence cases (``cases.tsv``), each with the glossary
terms a terminologist expects found in it, grouped by the form they test.

One run measures, per group: the expected findings found, the false hits
(terms found that the case does not expect), for the matcher with term forms
(``SourceMatcher(terms)``) and for the same matcher finding terms only as
written (``forms=False``, the matcher before forms), side by side.

Then, on text the set was not written from: the forms the matcher finds in
the 1997 Arabic sentences of NTREX-128 (benchmarks/data/ntrex128_ar/) with
the repository's own glossary (``[tool.tarjuman] glossary``: ``glossary/``
and the built-in news glossary), every one listed for reading.

Run: ``.venv/bin/python benchmarks/morphology.py`` (``--show`` lists every miss and false hit).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.config import load_config  # noqa: E402
from tools.glossary import SourceMatcher, load_glossary  # noqa: E402

DATA = Path(__file__).parent / "data" / "morphology"
NTREX = Path(__file__).parent / "data" / "ntrex128_ar" / "ntrex128_ar.tsv"
ROOT = Path(__file__).resolve().parents[1]


def read_cases() -> list[tuple[str, str, set[str], str]]:
    """(group, sentence, expected term msgids, source) per case."""
    lines = (DATA / "cases.tsv").read_text("utf-8").splitlines()[1:]
    cases = []
    for line in lines:
        group, sentence, expected, source = line.split("\t")
        terms = set() if expected == "-" else {t.strip() for t in expected.split(" | ")}
        cases.append((group, sentence, terms, source))
    return cases


def score(matcher: SourceMatcher, cases, show: bool, label: str) -> dict[str, Counter]:
    """Per group: cases, expected, found (of the expected), false hits."""
    groups: dict[str, Counter] = {}
    for group, sentence, expected, source in cases:
        got = {m.term.source for m in matcher.find(sentence)}
        counts = groups.setdefault(group, Counter())
        counts["cases"] += 1
        counts["expected"] += len(expected)
        counts["found"] += len(got & expected)
        counts["false"] += len(got - expected)
        if show and got != expected:
            missing = ", ".join(sorted(expected - got)) or "-"
            extra = ", ".join(sorted(got - expected)) or "-"
            print(f"[{label}] {group} ({source}): missed {missing}; false {extra}\n    {sentence}")
    return groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print every miss and false hit")
    args = parser.parse_args()
    terms = load_glossary([DATA / "glossary.po"]).terms
    cases = read_cases()
    with_forms = score(SourceMatcher(terms), cases, args.show, "forms")
    as_written = score(SourceMatcher(terms, forms=False), cases, args.show, "as written")
    print(f"{len(cases)} cases, {len(terms)} glossary terms")
    print()
    print("| group | cases | expected | found (forms) | false hits (forms) | found (as written) | false hits (as written) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    total_on, total_off = Counter(), Counter()
    for group, on in with_forms.items():
        off = as_written[group]
        total_on.update(on)
        total_off.update(off)
        print(f"| {group} | {on['cases']} | {on['expected']} | {on['found']} | {on['false']} "
              f"| {off['found']} | {off['false']} |")
    print(f"| **all** | {total_on['cases']} | {total_on['expected']} | {total_on['found']} | {total_on['false']} "
          f"| {total_off['found']} | {total_off['false']} |")
    print()
    ntrex_forms()


def ntrex_forms() -> None:
    """The forms found in NTREX-128 with the repository's glossary, each printed for reading."""
    terms = load_glossary(load_config(ROOT).glossary).terms
    with_forms, as_written = SourceMatcher(terms), SourceMatcher(terms, forms=False)
    rows = [line.split("\t") for line in NTREX.read_text("utf-8").splitlines()[1:]]
    found = written = 0
    forms = []
    for number, _doc, sentence in rows:
        matches = with_forms.find(sentence)
        found += len(matches)
        written += len(as_written.find(sentence))
        forms += [(number, m) for m in matches if m.form is not None]
    print(f"NTREX-128, {len(rows)} sentences, the repository's glossary ({len(terms)} terms): "
          f"{found} matches ({written} as written only), {len(forms)} of them forms:")
    for number, match in forms:
        print(f"  ntrex128:{number} {match.text}: {match.describe()}")


if __name__ == "__main__":
    main()
