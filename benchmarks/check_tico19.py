"""``tools check-glossary`` on real human translations: TICO-19 Arabic–English.

Why: the checks are tested on hand-made cases; this shows what they do on a
real corpus translated by professionals, with a real terminology. Data
(benchmarks/data/tico19/, CC0, see the READMEs there): the 3071 TICO-19
sentence pairs (``mining/tico19_ar_en_sentences.tsv.gz``) and the TICO-19
COVID-19 term list (``mining/tico19_ar_en_terms.tsv``), made into an ar→en
glossary by the same code that built ``glossary.po`` (``prepare.py``).

One run builds, in a temporary directory, a project: ``pyproject.toml`` with
``[tool.tarjuman]``, ``glossary/tico19.po`` and ``translations/tico19-NN/en.po``
(a few files of about 500 entries, one entry per sentence pair: msgid the
Arabic, msgstr the human English, the TICO-19 id as an extracted comment), and
prints:

1. the glossary terms found in the Arabic;
2. the findings on the human translations, by code, and a seeded sample of
   ``missing-term`` findings to read (the README classifies one);
3. injected term errors: in ``--inject`` entries (seeded) whose Arabic has a
   term whose approved English is in the human translation, every occurrence
   of that English is replaced by a wrong but plausible rendering (the
   English of another TICO-19 term, chosen as in ``term_corruption.py``);
   how many the check catches as ``missing-term`` on that entry, and what
   else changes;
4. throughput: the check engine in-process, serial and ``--jobs 2``, against
   ``polib.pofile`` parsing the same files in the same run; and the CLI
   (``tools check-glossary --format json``) end to end, as a subprocess.

Times are wall-clock (``--jobs`` runs in other processes), best of
``--repeat`` runs. Everything generated is deleted at the end.

Run: ``.venv/bin/python benchmarks/check_tico19.py`` (``--help`` for options).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from timing import best  # noqa: E402
import polib  # noqa: E402

from term_corruption import Occurrence, _cased_like, distractors  # noqa: E402
from tools.check import engine  # noqa: E402
from tools.check.settings import CliOptions, resolve  # noqa: E402
from tools.config import load_config  # noqa: E402
from tools.check.findings import Finding  # noqa: E402
from tools.glossary import SourceMatcher, Term, load_glossary  # noqa: E402
from tools.glossary.match.english import approved_present, find_all  # noqa: E402
from tools.units.po import load_po, render_po  # noqa: E402

DATA = Path(__file__).parent / "data" / "tico19"
SENTENCES = DATA / "mining" / "tico19_ar_en_sentences.tsv.gz"
TERMS = DATA / "mining" / "tico19_ar_en_terms.tsv"
TOOLS = Path(sys.executable).with_name("tools")
PYPROJECT = """\
[project]
name = "tico19-check"
version = "0"

[tool.tarjuman]
translations = "translations"
glossary = ["glossary"]

[tool.tarjuman.check]
fail-on = "never"
"""
LINT_PREFIX = "glossary-"


def _prepare_module() -> Any:
    """``benchmarks/data/tico19/prepare.py``, imported by path (it is not a package)."""
    spec = importlib.util.spec_from_file_location("tico19_prepare", DATA / "prepare.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Pair:
    """One TICO-19 sentence pair."""

    ar: str
    en: str
    ident: str


def read_pairs() -> list[Pair]:
    lines = gzip.decompress(SENTENCES.read_bytes()).decode("utf-8").split("\n")
    header = lines[0].split("\t")
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:] if line]
    return [Pair(r["ar"], r["en"], r["string_id"]) for r in rows]


def assign_files(pairs: list[Pair], size: int) -> list[list[int]]:
    """Pair indices per PO file, about ``size`` each, in corpus order.

    A PO file cannot hold the same msgid twice; the few Arabic sentences
    TICO-19 repeats go to the next file that does not have them yet (two
    articles sharing a sentence, which ``inconsistent-translation`` compares).
    """
    count = max(1, round(len(pairs) / size))
    files: list[list[int]] = [[] for _ in range(count)]
    seen: list[set[str]] = [set() for _ in range(count)]
    for index, pair in enumerate(pairs):
        home = min(index * count // len(pairs), count - 1)
        target = next(f for f in [*range(home, count), *range(home)] if pair.ar not in seen[f])
        files[target].append(index)
        seen[target].add(pair.ar)
    return files


def catalogue(pairs: list[Pair], indices: list[int], english: list[str]) -> str:
    po = polib.POFile(wrapwidth=78)
    po.metadata = {
        "Project-Id-Version": "TICO-19",
        "Language": "en",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
    }
    for i in indices:
        po.append(polib.POEntry(msgid=pairs[i].ar, msgstr=english[i], comment=pairs[i].ident))
    return render_po(po)


@dataclass
class Project:
    """The temporary project and where each pair's entry is."""

    root: Path
    files: list[Path]
    where: dict[tuple[str, int], int]  # (relative path, msgid line) -> pair index

    def write(self, pairs: list[Pair], english: list[str], layout: list[list[int]]) -> None:
        for path, indices in zip(self.files, layout):
            path.write_text(catalogue(pairs, indices, english), "utf-8")
        self.where = {}
        for path, indices in zip(self.files, layout):
            rel = path.relative_to(self.root).as_posix()
            for entry, index in zip(load_po(path), indices):
                self.where[(rel, entry.linenum)] = index

    def run(self, jobs: int = 1) -> engine.RunResult:
        config = load_config(self.root)
        return engine.run(config, resolve(config, CliOptions()), jobs=jobs)


def make_project(tmp: Path, pairs: list[Pair], layout: list[list[int]], glossary_text: str) -> Project:
    (tmp / "pyproject.toml").write_text(PYPROJECT, "utf-8")
    (tmp / "glossary").mkdir()
    (tmp / "glossary" / "tico19.po").write_text(glossary_text, "utf-8")
    files = []
    for n in range(len(layout)):
        folder = tmp / "translations" / f"tico19-{n + 1:02d}"
        folder.mkdir(parents=True)
        files.append(folder / "en.po")
    project = Project(tmp, files, {})
    project.write(pairs, [p.en for p in pairs], layout)
    return project


def entry_findings(result: engine.RunResult) -> list[Finding]:
    """Findings about translations (glossary lint findings left out)."""
    return [f for f in result.findings if not f.code.startswith(LINT_PREFIX)]


# --- 1. terms in the Arabic ----------------------------------------------------------


def report_terms(matcher: SourceMatcher, pairs: list[Pair], glossary_terms: int) -> int:
    matches = [matcher.find(p.ar) for p in pairs]
    total = sum(len(m) for m in matches)
    distinct = {m.term.key for found in matches for m in found}
    with_terms = sum(1 for m in matches if m)
    print("## Terms in the Arabic")
    print(f"sentence pairs: {len(pairs)}; glossary terms: {glossary_terms}")
    print(f"term occurrences: {total}; distinct terms: {len(distinct)}; "
          f"entries with at least one term: {with_terms} ({100 * with_terms / len(pairs):.1f} %)")
    common = Counter(m.term.source for found in matches for m in found).most_common(8)
    print("most frequent: " + ", ".join(f"{term} {n}" for term, n in common))
    return total


# --- 2. findings on the human translations ------------------------------------------


def word_form_hint(english: str, expected: tuple[str, ...]) -> bool:
    """Whether an approved rendering without its last three letters (at least four kept) is in ``english``.

    Deliberately rough, for a count only: "infect" in "infected",
    "quarantine" in "quarantining", "corona" in "coronaviruses", but also
    "medic" in "medications".
    """
    folded = english.casefold()
    return any(r.casefold()[: max(4, len(r) - 3)] in folded for r in expected)


def report_findings(
    result: engine.RunResult, project: Project, pairs: list[Pair], sample: int, seed: int
) -> None:
    findings = entry_findings(result)
    lint = [f for f in result.findings if f.code.startswith(LINT_PREFIX)]
    print("## Findings on the human translations")
    for code, n in sorted(Counter(f.code for f in findings).items(), key=lambda kv: (-kv[1], kv[0])):
        entries = len({(f.path, f.line) for f in findings if f.code == code})
        print(f"  {code:26} {n:5} findings in {entries:5} entries")
    flagged = {(f.path, f.line) for f in findings}
    print(f"entries flagged: {len(flagged)} of {len(pairs)} ({100 * len(flagged) / len(pairs):.1f} %)")
    print(f"glossary lint findings (about the TICO-19 term list itself): {len(lint)} "
          f"({', '.join(f'{c} {n}' for c, n in sorted(Counter(f.code for f in lint).items()))})")
    print("every finding but missing-term:")
    for f in [*lint, *(f for f in findings if f.code != "missing-term")]:
        ident = pairs[project.where[(f.path, f.line)]].ident if (f.path, f.line) in project.where else f.path
        print(f"  {f.code} {ident}: {f.message.replace(str(project.root) + '/', '')}")
    missing = [f for f in findings if f.code == "missing-term"]
    top = Counter(f.term for f in missing).most_common(10)
    print("missing-term by term: " + ", ".join(f"{term} {n}" for term, n in top))
    stem = sum(1 for f in missing if word_form_hint(pairs[project.where[(f.path, f.line)]].en, f.expected))
    print(f"missing-term where a stem of an approved rendering is in the English (a rough sign of "
          f"word-form differences: infected, quarantining, coronaviruses): {stem} of {len(missing)}")
    chosen = sorted(random.Random(seed).sample(range(len(missing)), min(sample, len(missing))))
    print()
    print(f"### Sample: {len(chosen)} of {len(missing)} missing-term findings (seed {seed})")
    for n, i in enumerate(chosen, 1):
        f = missing[i]
        pair = pairs[project.where[(f.path, f.line)]]
        print(f"[{n}] {pair.ident}  term: {f.term}  expected: {' | '.join(f.expected)}")
        print(f"     ar: {pair.ar}")
        print(f"     en: {pair.en}")


# --- 3. injected term errors ---------------------------------------------------------


@dataclass(frozen=True)
class Injection:
    index: int  # pair index
    term: Term
    before: str
    after: str


def term_spans(english: str, term: Term) -> list[tuple[int, int]]:
    """Every span of any approved rendering of ``term``, overlaps merged (longest kept)."""
    spans = sorted({s for r in term.approved for s in find_all(english, r)}, key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


def injections(matcher: SourceMatcher, pairs: list[Pair], count: int, seed: int) -> list[Injection]:
    """``count`` entries, each with one term's approved English replaced everywhere.

    Candidates: (entry, term) where the term is in the Arabic and an approved
    rendering in the English. The wrong rendering of each term is chosen by
    :func:`term_corruption.distractors` (same word count, closest spelling,
    never accepted for a term of the same sentence). A candidate where some
    approved rendering would survive the replacement is not an error, and is
    skipped.
    """
    candidates = []
    for index, pair in enumerate(pairs):
        seen = set()
        for match in matcher.find(pair.ar):
            term = match.term
            if term.key in seen:
                continue
            seen.add(term.key)
            spans = term_spans(pair.en, term)
            if spans:
                candidates.append((index, term, spans))
    wrong = distractors([Occurrence(i, s, e, t) for i, t, spans in candidates for s, e in spans])
    rnd = random.Random(seed)
    rnd.shuffle(candidates)
    chosen: list[Injection] = []
    used: set[int] = set()
    for index, term, spans in candidates:
        if index in used:
            continue
        text = pairs[index].en
        for start, end in reversed(spans):
            text = text[:start] + _cased_like(wrong[term.key], text[start:end]) + text[end:]
        if approved_present(text, term) is not None:
            continue
        used.add(index)
        chosen.append(Injection(index, term, pairs[index].en, text))
        if len(chosen) == count:
            break
    return sorted(chosen, key=lambda inj: inj.index)


def _keyed(findings: list[Finding], where: dict[tuple[str, int], int]) -> dict[tuple[Any, ...], Finding]:
    """Findings by pair index, not by line: an edited msgstr moves the lines after it."""
    return {(where[(f.path, f.line)], f.code, f.term, f.found): f for f in findings}


def report_injections(
    project: Project, pairs: list[Pair], layout: list[list[int]], baseline: engine.RunResult,
    chosen: list[Injection], show: int,
) -> None:
    before = _keyed(entry_findings(baseline), project.where)
    english = [p.en for p in pairs]
    for inj in chosen:
        english[inj.index] = inj.after
    project.write(pairs, english, layout)
    after = _keyed(entry_findings(project.run()), project.where)
    new = {key: f for key, f in after.items() if key not in before}
    gone = [key for key in before if key not in after]
    caught = [inj for inj in chosen if (inj.index, "missing-term", inj.term.source, None) in new]
    missed = [inj for inj in chosen if inj not in caught]
    expected = {(inj.index, "missing-term", inj.term.source, None) for inj in chosen}
    injected = {inj.index for inj in chosen}
    other = {key: f for key, f in new.items() if key not in expected}
    on_injected = [f for key, f in other.items() if key[0] in injected]
    elsewhere = [f for key, f in other.items() if key[0] not in injected]

    def by_code(findings: list[Finding]) -> str:
        return ", ".join(f"{c} {n}" for c, n in Counter(f.code for f in findings).most_common()) or "none"

    print(f"## Injected term errors ({len(chosen)} entries, one term each, every occurrence replaced)")
    print(f"caught as missing-term on the entry: {len(caught)} of {len(chosen)} "
          f"({100 * len(caught) / len(chosen):.1f} %)")
    print(f"other new findings on the injected entries: {len(on_injected)} ({by_code(on_injected)})")
    print(f"new findings on other entries: {len(elsewhere)} ({by_code(elsewhere)})")
    print(f"findings of the human translations that disappeared: {len(gone)} "
          f"({by_code([before[key] for key in gone])})")
    for inj in missed:
        print(f"  missed: {pairs[inj.index].ident} {inj.term.source} -> {inj.after}")
    print("examples:")
    for inj in caught[:show]:
        print(f"  {pairs[inj.index].ident} {inj.term.source}: {inj.before}")
        print(f"  {' ' * len(pairs[inj.index].ident)} {' ' * len(inj.term.source)}  -> {inj.after}")
    print("new findings besides the injected ones:")
    for f in on_injected + elsewhere:
        print(f"  {f.code} {pairs[project.where[(f.path, f.line)]].ident}: {f.message}")
    print("findings that disappeared:")
    for key in gone:
        print(f"  {before[key].code} {pairs[key[0]].ident}: {before[key].message}")


# --- 4. throughput -------------------------------------------------------------------


def cli(root: Path, jobs: int) -> tuple[float, dict[str, Any]]:
    start = time.perf_counter()
    done = subprocess.run(
        [str(TOOLS), "check-glossary", "--format", "json", "--jobs", str(jobs)],
        cwd=root, capture_output=True, text=True, check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"tools check-glossary exited {done.returncode}: {done.stderr.strip()}")
    return elapsed, json.loads(done.stdout)


def report_speed(project: Project, entries: int, occurrences: int, repeat: int, expected: int) -> None:
    paths = [str(p) for p in project.files]
    polib_s, _ = best(lambda: [polib.pofile(p, wrapwidth=78) for p in paths], repeat)
    serial_s, serial = best(lambda: project.run(jobs=1), repeat)
    jobs_s, parallel = best(lambda: project.run(jobs=2), repeat)
    assert serial.findings == parallel.findings, "--jobs 2 must give the same findings"
    cli_s, document = cli(project.root, 1)
    cli2_s, document2 = cli(project.root, 2)
    assert document["summary"]["total"] == document2["summary"]["total"] == expected
    print(f"## Throughput ({entries} entries in {len(paths)} files, {occurrences} term occurrences; "
          f"wall time, best of {repeat})")
    header = ("run", "seconds", "entries/s", "terms/s", "vs polib")
    rows = [
        ("polib.pofile (baseline)", polib_s),
        ("engine.run, serial", serial_s),
        ("engine.run, --jobs 2", jobs_s),
        ("CLI --format json (1 run)", cli_s),
        ("CLI --format json --jobs 2 (1 run)", cli2_s),
    ]
    widths = (34, 8, 10, 10, 9)
    print(" | ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths))))
    for name, seconds in rows:
        cells = (name, f"{seconds:.3f}", f"{entries / seconds:,.0f}", f"{occurrences / seconds:,.0f}",
                 f"{seconds / polib_s:.2f}x")
        print(" | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))))
    print("terms/s: term occurrences found in the Arabic and looked up in the English, per second.")
    print(f"CLI: process start, imports, glossary load, check and JSON report; "
          f"{document['summary']['total']} findings, as in-process.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file-size", type=int, default=500, help="entries per PO file (default 500)")
    parser.add_argument("--sample", type=int, default=20, help="missing-term findings to print (default 20)")
    parser.add_argument("--inject", type=int, default=300, help="entries given a wrong term (default 300)")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each timing; the best counts (default 3)")
    parser.add_argument("--show", type=int, default=5, help="injection examples to print (default 5)")
    args = parser.parse_args()

    prepare = _prepare_module()
    glossary_text = render_po(prepare.glossary_po(prepare.read_tsv(TERMS)))
    pairs = read_pairs()
    layout = assign_files(pairs, args.file_size)
    with tempfile.TemporaryDirectory(prefix="tarjuman-tico19-") as name:
        project = make_project(Path(name), pairs, layout, glossary_text)
        glossary = load_glossary([project.root / "glossary"])
        matcher = SourceMatcher(glossary.terms)
        occurrences = report_terms(matcher, pairs, len(glossary.terms))
        print()
        baseline = project.run()
        report_findings(baseline, project, pairs, args.sample, args.seed)
        print()
        report_speed(project, len(pairs), occurrences, args.repeat, len(baseline.findings))
        print()
        report_injections(project, pairs, layout, baseline,
                          injections(matcher, pairs, args.inject, args.seed), args.show)


if __name__ == "__main__":
    main()
