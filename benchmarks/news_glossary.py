"""What the built-in news glossary (``builtin:news``) finds on unseen news, and what it costs.

Why: the glossary is judged on real news it was not written from. The 120
NTREX-128 documents that are not seed articles (benchmarks/data/ntrex128_ar_en/,
CC BY-SA 4.0: professional English news with its Arabic translation, read
Arabic → English) are checked twice, in temporary projects:

* **before**: the glossary as it was shipped before the news glossary, that is
  ``glossary/ar-en.po`` and the UN country names (the entries of
  ``builtin:news/countries.po`` whose comment gives ISO 3166 codes, the only
  ones the former ``glossary/countries.po`` had);
* **after**: ``glossary/`` and ``builtin:news``, this repository's setting.

It prints:

1. term occurrences found in the Arabic, per 100 sentences, distinct terms,
   sentences with a term, most frequent terms, before and after;
2. ``tools check-glossary`` findings on the professional English, by code;
3. a seeded random sample of the term findings (``missing-term``,
   ``forbidden-term``) of the "after" run (``--sample-of before``: of the
   "before" run), with the Arabic, the English and
   what was expected, and, when a verdict for it is recorded in
   ``data/news_glossary/verdicts.tsv`` (read by a person, one line per
   finding: real or false, and why), the share that is real;
4. speed with the full glossary: loading it (``load_glossary``), building the
   matcher, matching every sentence, linting it, each against
   ``polib.pofile`` parsing the same files in the same run (best of
   ``--repeat``).

Run: ``.venv/bin/python benchmarks/news_glossary.py`` (``--help`` for options).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from timing import best  # noqa: E402
import polib  # noqa: E402

from tools.check import engine  # noqa: E402
from tools.check.findings import Finding  # noqa: E402
from tools.check.settings import CliOptions, resolve  # noqa: E402
from tools.config import load_config  # noqa: E402
from tools.glossary import SourceMatcher, lint_glossary, load_glossary  # noqa: E402
from tools.glossary.builtin import path_of  # noqa: E402
from tools.glossary.load import glossary_files  # noqa: E402
from tools.units.po import render_po  # noqa: E402

DATA = Path(__file__).parent / "data" / "ntrex128_ar_en" / "ntrex128_ar_en.tsv"
VERDICTS = Path(__file__).parent / "data" / "news_glossary" / "verdicts.tsv"
#: The NTREX documents the seed articles come from (seeds/README.md).
SEED_DOCUMENTS = frozenset({"bbc.381735", "euronews-en.153799", "thelocal.65969"})
TERM_CODES = ("missing-term", "forbidden-term")
PYPROJECT = """\
[tool.tarjuman]
translations = "translations"
glossary = {glossary}

[tool.tarjuman.check]
fail-on = "never"
"""


@dataclass(frozen=True)
class Pair:
    """One NTREX line: its number, document, Arabic and English."""

    line: int
    doc: str
    ar: str
    en: str


def read_pairs() -> list[Pair]:
    """The sentence pairs of the documents that are not seeds, in corpus order."""
    pairs = []
    for row in DATA.read_text("utf-8").splitlines()[1:]:
        line, doc, ar, en = row.split("\t")
        if doc not in SEED_DOCUMENTS:
            pairs.append(Pair(int(line), doc, ar, en))
    return pairs


def after_glossary(folder: Path) -> Path:
    """The project's own folder of the "after" run: this repository's glossary/ (with builtin:news)."""
    shutil.copytree(ROOT / "glossary", folder, ignore=shutil.ignore_patterns("data", "*.md"))
    return folder


def before_glossary(folder: Path) -> Path:
    """The glossary as shipped before ``builtin:news``: ar-en.po and the UN country names."""
    folder.mkdir()
    shutil.copy(ROOT / "glossary" / "ar-en.po", folder / "ar-en.po")
    countries = polib.pofile(str(path_of("builtin:news") / "countries.po"), wrapwidth=78)
    un = polib.POFile(wrapwidth=78)
    un.metadata = dict(countries.metadata)
    un.extend(e for e in countries if "ISO 3166:" in e.comment)
    (folder / "countries.po").write_text(render_po(un), "utf-8")
    return folder


class Project:
    """A temporary project: one PO file per NTREX document, msgid Arabic, msgstr English."""

    def __init__(self, root: Path, pairs: list[Pair], glossary: list[str], make_glossary: Callable[[Path], Path]) -> None:
        self.root = root
        root.mkdir()
        make_glossary(root / "glossary")
        quoted = ", ".join(f'"{g}"' for g in glossary)
        (root / "pyproject.toml").write_text(PYPROJECT.format(glossary=f"[{quoted}]"), "utf-8")
        self.where: dict[tuple[str, str], Pair] = {}  # (relative path, msgid) -> pair
        by_doc: dict[str, list[Pair]] = {}
        for pair in pairs:
            by_doc.setdefault(pair.doc, []).append(pair)
        for doc, doc_pairs in by_doc.items():
            self._write(doc, doc_pairs)

    def _write(self, doc: str, pairs: list[Pair]) -> None:
        po = polib.POFile(wrapwidth=78)
        po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en"}
        seen: set[str] = set()
        for pair in pairs:
            if pair.ar not in seen:  # a PO file holds a msgid once
                seen.add(pair.ar)
                po.append(polib.POEntry(msgid=pair.ar, msgstr=pair.en, comment=f"NTREX line {pair.line}"))
        folder = self.root / "translations" / doc.replace(".", "-")
        folder.mkdir(parents=True)
        (folder / "en.po").write_text(render_po(po), "utf-8")
        rel = (folder / "en.po").relative_to(self.root).as_posix()
        for pair in pairs:
            self.where.setdefault((rel, pair.ar), pair)

    def findings(self) -> list[Finding]:
        config = load_config(self.root)
        return [f for f in engine.run(config, resolve(config, CliOptions())).findings if not f.code.startswith("glossary-")]


def report_terms(name: str, paths: list[Path], pairs: list[Pair]) -> None:
    glossary = load_glossary(paths)
    matcher = SourceMatcher(glossary.terms)
    counts: Counter[str] = Counter()
    with_term = 0
    for pair in pairs:
        found = matcher.find(pair.ar)
        counts.update(m.term.source for m in found)
        with_term += bool(found)
    total = sum(counts.values())
    approved = sum(1 for t in glossary.terms if t.approved)
    print(f"{name}: {approved} terms; {total} occurrences in {len(pairs)} sentences = "
          f"{100 * total / len(pairs):.1f} per 100 sentences; {len(counts)} distinct terms; "
          f"sentences with a term: {with_term} ({100 * with_term / len(pairs):.1f} %)")
    print("  most frequent: " + ", ".join(f"{t} {n}" for t, n in counts.most_common(12)))


def report_findings(name: str, findings: list[Finding]) -> None:
    by_code = Counter(f.code for f in findings)
    print(f"{name}: {len(findings)} findings: " + ", ".join(f"{c} {n}" for c, n in sorted(by_code.items())))
    terms = Counter(f.term for f in findings if f.code in TERM_CODES)
    print("  term findings by term: " + ", ".join(f"{t} {n}" for t, n in terms.most_common(15)))


def read_verdicts() -> dict[tuple[int, str, str], tuple[str, str]]:
    """(NTREX line, code, term) -> (verdict, reason), as read and recorded by a person."""
    if not VERDICTS.exists():
        return {}
    verdicts = {}
    for row in VERDICTS.read_text("utf-8").splitlines()[1:]:
        line, code, term, verdict, reason = row.split("\t")
        verdicts[(int(line), code, term)] = (verdict, reason)
    return verdicts


def report_sample(project: Project, findings: list[Finding], size: int, seed: int, show: bool) -> None:
    terms = sorted(f for f in findings if f.code in TERM_CODES)
    sample = random.Random(seed).sample(terms, min(size, len(terms)))
    verdicts = read_verdicts()
    print(f"sample: {len(sample)} of {len(terms)} term findings (seed {seed})")
    judged = Counter()
    for finding in sample:
        pair = project.where[(finding.path, finding.msgid)]
        verdict, reason = verdicts.get((pair.line, finding.code, finding.term or ""), ("unread", ""))
        judged[verdict] += 1
        if show:
            print(f"- NTREX line {pair.line} ({pair.doc}) {finding.code} {finding.term}: {verdict} {reason}")
            print(f"  expected: {', '.join(finding.expected)}{'; found: ' + finding.found if finding.found else ''}")
            print(f"  ar: {pair.ar}\n  en: {pair.en}")
    read = judged["real"] + judged["false"]
    if read:
        print(f"read: {read}; real: {judged['real']} ({100 * judged['real'] / read:.0f} %), "
              f"false alarms: {judged['false']}; unread: {judged['unread']}")


def report_speed(paths: list[Path], pairs: list[Pair], repeat: int) -> None:
    files = glossary_files(paths)
    base, _ = best(lambda: [polib.pofile(str(f)) for f in files], repeat)
    load, glossary = best(lambda: load_glossary(paths), repeat)
    build, matcher = best(lambda: SourceMatcher(glossary.terms), repeat)
    match, _ = best(lambda: [matcher.find(p.ar) for p in pairs], repeat)
    lint, _ = best(lambda: lint_glossary(glossary), repeat)
    print(f"full glossary: {len(files)} files, {len(glossary.entries)} entries, {len(glossary.terms)} terms; best of {repeat}")
    print(f"{'step':<38} | {'seconds':>8} | {'vs polib':>8}")
    for step, seconds in [
        ("polib.pofile of the files (baseline)", base),
        ("load_glossary", load),
        ("SourceMatcher(terms)", build),
        (f"match {len(pairs)} sentences", match),
        ("lint_glossary", lint),
    ]:
        print(f"{step:<38} | {seconds:>8.3f} | {seconds / base:>7.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=60, help="term findings to sample (default 60)")
    parser.add_argument("--seed", type=int, default=16, help="seed of the sample (default 16)")
    parser.add_argument("--show", action="store_true", help="print every sampled finding with its sentences")
    parser.add_argument("--sample-of", choices=("after", "before"), default="after", help="which run to sample (default after)")
    parser.add_argument("--repeat", type=int, default=5, help="timing runs, best kept (default 5)")
    args = parser.parse_args()

    pairs = read_pairs()
    print(f"NTREX-128 without the seed documents: {len({p.doc for p in pairs})} documents, {len(pairs)} sentences")
    with tempfile.TemporaryDirectory() as tmp:
        project_before = Project(Path(tmp) / "before", pairs, ["glossary"], before_glossary)
        project_after = Project(Path(tmp) / "after", pairs, ["glossary", "builtin:news"], after_glossary)
        after = list(load_config(project_after.root).glossary)
        print("\n## Terms in the Arabic")
        report_terms("before", list(load_config(project_before.root).glossary), pairs)
        report_terms("after", after, pairs)

        print("\n## check-glossary findings on the professional English")
        before_findings = project_before.findings()
        report_findings("before", before_findings)
        findings = project_after.findings()
        report_findings("after", findings)

        print(f"\n## Are the term findings real? ({args.sample_of})")
        if args.sample_of == "after":
            report_sample(project_after, findings, args.sample, args.seed, args.show)
        else:
            report_sample(project_before, before_findings, args.sample, args.seed, args.show)

        print("\n## Speed with the full glossary")
        report_speed(after, pairs, args.repeat)


if __name__ == "__main__":
    main()
