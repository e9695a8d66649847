"""Benchmark: the whole ``tools check-glossary`` command against polib's parse of the same file.

Why: checking a catalogue should cost about what reading it costs. The
command is measured end to end, as a user runs it (a new process: start-up,
glossary load, reading, every check, the JSON report written to a file),
and compared with the cost of merely parsing the same file with
``polib.pofile``, measured in the same run.

Data: translated catalogues of 10,000, 50,000 and 100,000 entries and
glossaries of 100, 10,000 and 50,000 terms, generated exactly as
``benchmarks/matching.py`` generates them (its code is imported, not copied):
NTREX-128 and TICO-19 sentence pairs perturbed the way real text varies,
and real term lists extended with title, institution and phrase patterns.
Everything is written to a temporary directory and deleted.

What is measured, for each catalogue:

* ``polib``: a fresh Python process that imports polib and parses the file;
  the time of ``polib.pofile`` alone (taken inside that process), and the
  process's peak resident memory;
* ``CLI``: ``tools check-glossary FILE --glossary G --format json -o OUT``
  as a subprocess, serially and with ``--jobs 2``: wall time from start to
  exit (interpreter start-up included), and peak resident memory of the
  command (for ``--jobs 2``, of its largest process).

Each measurement is repeated (``--repeat``, default 3), the runs of all
commands taking turns; the best time counts (the least disturbed run on a
shared machine), and the largest peak memory. The glossary cache
(:mod:`tools.glossary.cache`) is kept in the temporary directory: the first
run of each glossary builds it, so with more than one repeat the best time is
that of a run reading it back, as a user's every run after the first;
``--cold`` turns the cache off (every run builds the glossary anew). Peak memory comes from
``os.wait4``, per child process.

``--phases`` measures instead, in this process, where the time of one run
goes: reading the catalogue (the strict reader), loading the glossary and
building its matcher, the checks (the rest of ``engine.run``) and writing the
JSON report, each against ``polib.pofile`` on the same file.

Run: ``.venv/bin/python benchmarks/check_speed.py`` (about half an hour on
an idle machine); ``--quick`` for a small run (seconds); ``--help`` for the
options.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import matching  # noqa: E402  (the catalogue and glossary generators)
from timing import best  # noqa: E402

from tools.glossary.cache import CACHE_ENV  # noqa: E402

TOOLS = Path(sys.executable).with_name("tools")
ENTRIES = (10_000, 50_000, 100_000)
TERMS = (100, 10_000, 50_000)
QUICK_ENTRIES = (2_000,)
QUICK_TERMS = (100, 1_000)
PYPROJECT = """\
[tool.tarjuman]
translations = "translations"
glossary = ["glossary"]

[tool.tarjuman.check]
fail-on = "never"
"""
#: Runs the command given as arguments; prints its wall seconds and peak RSS
#: (KiB) on stderr. A separate small process, because a child's peak RSS
#: counts the memory of the process it was forked from (the generated
#: corpus, here) when that is larger than its own.
LAUNCHER = """\
import os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:])
_pid, status, usage = os.wait4(child.pid, 0)
seconds = time.perf_counter() - start
print(os.waitstatus_to_exitcode(status), seconds, usage.ru_maxrss, file=sys.stderr)
"""
#: Parses the file given as argument with polib; prints the seconds it took.
POLIB_PARSE = """\
import sys, time, polib
start = time.perf_counter()
polib.pofile(sys.argv[1], wrapwidth=78)
print(time.perf_counter() - start)
"""


# --- data ---------------------------------------------------------------------


@dataclass(frozen=True)
class Corpus:
    """The inputs of one benchmark: sentence pairs and the term pool of ``matching``."""

    pairs: list[tuple[str, str]]
    real: list
    generated: list


def corpus(seed: int) -> Corpus:
    pairs = matching.sentence_pairs()
    real, generated = matching.term_pool([ar for ar, _en in pairs], random.Random(seed))
    return Corpus(pairs, real, generated)


#: Letters of the random Arabic word that ``--distinct`` puts before each msgid.
_ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهي"
_LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def write_catalogue(path: Path, entries: int, data: Corpus, seed: int, distinct: bool = False) -> None:
    """A translated catalogue of ``entries`` entries, the same for the same seed.

    The generated catalogue repeats its English (a few hundred distinct
    translations) and most of its Arabic words, so every memo keyed on a
    text or a word hits. ``distinct`` makes every text new, as in a real
    catalogue: a random seven-letter Arabic word before each msgid and
    "Ref <seven random letters> " before each msgstr (the same findings).
    """
    pairs = matching.catalogue_pairs(entries, data.pairs, random.Random(seed + entries))
    if distinct:
        rnd = random.Random(seed - entries)
        pairs = [
            (
                "".join(rnd.choices(_ARABIC_LETTERS, k=7)) + " " + arabic,
                "Ref " + "".join(rnd.choices(_LATIN_LETTERS, k=7)) + " " + english,
            )
            for arabic, english in pairs
        ]
    matching.write_catalogue(path, pairs)


def write_glossary(path: Path, terms: int, data: Corpus, seed: int) -> None:
    """A glossary of ``terms`` distinct terms, the same for the same seed."""
    chosen = matching.choose_terms(terms, data.real, data.generated, random.Random(seed + terms))
    matching.write_glossary(path, chosen)


def make_project(root: Path) -> None:
    """A project folder: the command reads ``[tool.tarjuman]`` from here."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(PYPROJECT, "utf-8")


# --- measurements ---------------------------------------------------------------


@dataclass
class Measure:
    """Best wall time and largest peak memory over the runs of one command."""

    times: list[float] = field(default_factory=list)
    peak_kb: int = 0

    def add(self, seconds: float, peak_kb: int) -> None:
        self.times.append(seconds)
        self.peak_kb = max(self.peak_kb, peak_kb)

    @property
    def best(self) -> float:
        return min(self.times)

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024


def run_child(command: list[str], cwd: Path) -> tuple[float, int, str]:
    """Run ``command``; its wall time, its peak RSS in KiB (largest process) and its stdout.

    ``os.wait4`` (in :data:`LAUNCHER`) gives the resource use of that one
    child, which includes the children it waited for (the ``--jobs``
    workers): ``ru_maxrss`` is the largest of them.
    """
    done = subprocess.run([sys.executable, "-c", LAUNCHER, *command], cwd=cwd, capture_output=True, text=True)
    status, seconds, peak = done.stderr.splitlines()[-1].split()
    if int(status) not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({status}):\n{done.stderr}")
    return float(seconds), int(peak), done.stdout


def polib_parse(catalogue: Path) -> tuple[float, int]:
    """polib's parse time (inside a fresh process) and that process's peak RSS."""
    _wall, peak, stdout = run_child([sys.executable, "-c", POLIB_PARSE, str(catalogue)], catalogue.parent)
    return float(stdout), peak


def check(project: Path, catalogue: Path, glossary: Path, report: Path, jobs: int) -> tuple[float, int]:
    command = [
        str(TOOLS), "check-glossary", str(catalogue), "--glossary", str(glossary),
        "--format", "json", "--output", str(report), "--jobs", str(jobs),
    ]
    seconds, peak, _stdout = run_child(command, project)
    return seconds, peak


def finding_count(report: Path) -> int:
    return int(json.loads(report.read_text("utf-8"))["summary"]["total"])


@dataclass
class Row:
    entries: int
    megabytes: float
    terms: int
    polib: Measure
    serial: Measure
    jobs2: Measure
    findings: int
    same_output: bool


def bench_catalogue(
    tmp: Path, entries: int, sizes: list[int], data: Corpus, seed: int, repeat: int, distinct: bool = False
) -> list[Row]:
    project = tmp / f"project-{entries}"
    make_project(project)
    catalogue = project / "translations" / "catalogue.po"
    catalogue.parent.mkdir(parents=True, exist_ok=True)
    write_catalogue(catalogue, entries, data, seed, distinct)
    glossaries = {}
    for terms in sizes:
        glossaries[terms] = project / "glossary" / f"glossary-{terms}.po"
        glossaries[terms].parent.mkdir(parents=True, exist_ok=True)
        write_glossary(glossaries[terms], terms, data, seed)
    polib = Measure()
    serial = {terms: Measure() for terms in sizes}
    jobs2 = {terms: Measure() for terms in sizes}
    same = dict.fromkeys(sizes, True)
    for _ in range(repeat):  # every command takes its turn in every round
        polib.add(*polib_parse(catalogue))
        for terms in sizes:
            one, two = project / f"report-{terms}-1.json", project / f"report-{terms}-2.json"
            serial[terms].add(*check(project, catalogue, glossaries[terms], one, 1))
            jobs2[terms].add(*check(project, catalogue, glossaries[terms], two, 2))
            same[terms] = same[terms] and one.read_bytes() == two.read_bytes()
    megabytes = catalogue.stat().st_size / 1e6
    return [
        Row(entries, megabytes, terms, polib, serial[terms], jobs2[terms],
            finding_count(project / f"report-{terms}-1.json"), same[terms])
        for terms in sizes
    ]


# --- report -----------------------------------------------------------------------


HEADER = (
    "entries", "MB", "terms", "findings", "polib s", "CLI s", "CLI/polib", "-j2 s", "-j2/polib",
    "polib MB", "CLI MB", "CLI/polib mem", "-j2 MB", "-j2 same",
)


def cells(row: Row) -> tuple[str, ...]:
    p = row.polib
    return (
        f"{row.entries:,}", f"{row.megabytes:.1f}", f"{row.terms:,}", f"{row.findings:,}",
        f"{p.best:.2f}", f"{row.serial.best:.2f}", f"{row.serial.best / p.best:.2f}",
        f"{row.jobs2.best:.2f}", f"{row.jobs2.best / p.best:.2f}",
        f"{p.peak_mb:.0f}", f"{row.serial.peak_mb:.0f}", f"{row.serial.peak_mb / p.peak_mb:.2f}",
        f"{row.jobs2.peak_mb:.0f}", "yes" if row.same_output else "NO",
    )


def print_table(rows: list[Row]) -> None:
    table = [cells(row) for row in rows]
    print("| " + " | ".join(HEADER) + " |")
    print("|" + "|".join(" ---: " for _ in HEADER) + "|")
    for line in table:
        print("| " + " | ".join(line) + " |")


def print_growth(rows: list[Row]) -> None:
    """The cost of the glossary's size: each run against the smallest glossary's run."""
    for entries in sorted({row.entries for row in rows}):
        mine = [row for row in rows if row.entries == entries]
        smallest = min(mine, key=lambda row: row.terms)
        for row in mine:
            if row is not smallest:
                print(f"{entries:,} entries: {row.terms:,} terms cost {row.serial.best / smallest.serial.best:.2f}"
                      f" x the {smallest.terms:,}-term run")


# --- phases ---------------------------------------------------------------------------


def phases(
    tmp: Path, entries: int, sizes: list[int], data: Corpus, seed: int, repeat: int, distinct: bool = False
) -> None:
    """Where one serial run's time goes, each phase against polib's parse of the same file."""
    import polib

    from tools.units.readers import read_units

    project = tmp / f"phases-{entries}"
    make_project(project)
    catalogue = project / "translations" / "catalogue.po"
    catalogue.parent.mkdir(parents=True, exist_ok=True)
    write_catalogue(catalogue, entries, data, seed, distinct)
    polib_s, _ = best(lambda: polib.pofile(str(catalogue), wrapwidth=78), repeat)
    read_s, _ = best(lambda: read_units(catalogue), repeat)
    print(f"{entries:,} entries: polib.pofile {polib_s:.2f} s; strict reader (read_units) {read_s:.2f} s"
          f" = {read_s / polib_s:.2f} x polib")
    for terms in sizes:
        glossary = project / "glossary" / f"glossary-{terms}.po"
        glossary.parent.mkdir(parents=True, exist_ok=True)
        write_glossary(glossary, terms, data, seed)
        phase_row(project, catalogue, glossary, terms, polib_s, read_s, repeat)


def phase_row(
    project: Path, catalogue: Path, glossary: Path, terms: int, polib_s: float, read_s: float, repeat: int
) -> None:
    """The phases of one run with one glossary (see :func:`phases`)."""
    from tools.check import engine
    from tools.check.reporters import REPORTERS
    from tools.check.reporters.base import ReportOptions
    from tools.check.settings import CliOptions, resolve
    from tools.config import load_config
    from tools.glossary import SourceMatcher, load_glossary

    load_s, loaded = best(lambda: load_glossary([glossary]), repeat)
    build_s, _ = best(lambda: SourceMatcher(loaded.terms), repeat)
    config = load_config(project)
    settings = resolve(config, CliOptions(glossary=(glossary,)))
    run_s, result = best(lambda: engine.run(config, settings, [catalogue]), repeat)
    options = ReportOptions(settings.fail_on, False)
    report_s, _ = best(lambda: REPORTERS["json"](result, options), repeat)
    checks_s = run_s - read_s - load_s - build_s
    print(f"  {terms:>6,} terms: glossary load {load_s:.2f} s + matcher {build_s:.2f} s;"
          f" checks (engine.run less reading and glossary) {checks_s:.2f} s;"
          f" JSON report {report_s:.2f} s ({len(result.findings):,} findings)")
    print(f"  {'':>6}        x polib: reading {read_s / polib_s:.2f}, glossary {(load_s + build_s) / polib_s:.2f},"
          f" checks {checks_s / polib_s:.2f}, report {report_s / polib_s:.2f};"
          f" sum {(run_s + report_s) / polib_s:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", help="catalogue sizes, comma-separated (default 10000,50000,100000)")
    parser.add_argument("--terms", help="glossary sizes, comma-separated (default 100,10000,50000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command; the best time counts")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--quick", action="store_true",
                        help="a small run: 2,000 entries, 100 and 1,000 terms, one repeat")
    parser.add_argument("--cold", action="store_true",
                        help="no glossary cache: every run loads, builds and lints the glossary anew")
    parser.add_argument("--phases", action="store_true",
                        help="time the phases of one run in this process instead of the command")
    parser.add_argument("--distinct", action="store_true",
                        help="every msgid and msgstr made distinct, as in a real catalogue (see write_catalogue)")
    args = parser.parse_args()
    entries = QUICK_ENTRIES if args.quick else ENTRIES
    terms = QUICK_TERMS if args.quick else TERMS
    if args.entries:
        entries = tuple(int(n) for n in args.entries.split(","))
    if args.terms:
        terms = tuple(int(n) for n in args.terms.split(","))
    repeat = 1 if args.quick and args.repeat == 3 else args.repeat
    data = corpus(args.seed)
    if args.phases:
        with tempfile.TemporaryDirectory(prefix="tarjuman-check-phases-") as tmp:
            for count in entries:
                phases(Path(tmp), count, list(terms), data, args.seed, repeat, args.distinct)
        return
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="tarjuman-check-speed-") as tmp:
        os.environ[CACHE_ENV] = "" if args.cold else str(Path(tmp) / "glossary-cache")
        for count in entries:
            rows.extend(bench_catalogue(Path(tmp), count, list(terms), data, args.seed, repeat, args.distinct))
            print(f"# {count:,} entries done", file=sys.stderr, flush=True)
    cache = "off" if args.cold else "on (the best run reads the glossary back)"
    texts = "distinct texts (--distinct)" if args.distinct else "repeated texts"
    print(f"{texts}; wall seconds, best of {repeat}; peak RSS, largest of {repeat}; CPUs: {os.cpu_count()}; glossary cache {cache}")
    print()
    print_table(rows)
    print()
    print_growth(rows)


if __name__ == "__main__":
    main()
