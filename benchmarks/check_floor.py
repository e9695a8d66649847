"""Benchmark: the least a check of a large catalogue costs in this design, against the speed targets.

Why: the whole ``tools check-glossary`` command is measured by
``check_speed.py``; this benchmark asks what part of that time no check
written on the current design can avoid, so that a target can be judged
against what is possible and not only against what is done. It times, in
this process and against ``polib.pofile`` on the same file in the same run,
the work every check of the file has to do before it checks anything:

* ``start``: a new interpreter importing the check command and its modules
  (a subprocess, wall time);
* ``glossary``: the built glossary and matcher read back from the glossary
  cache (:mod:`tools.glossary.cache`), as every run after the first does;
* ``read``: the catalogue read a unit at a time (``stream_units``, what the
  command reads with);
* ``match``: the terms of every msgid found (``SourceMatcher.find``: the
  word line and one pass of the Aho–Corasick automaton; no English looked at);
* ``write``: the command's own JSON report of the same catalogue, loaded and
  encoded again by the standard library's C encoder, compact: the least that
  writing those findings costs, whoever builds them.

Their sum is the floor: the command with every check, every finding and
every English lookup taken away, and the report written by C. The command
itself is run too (best of ``--repeat``, the cache warm), so each ratio is
taken in one run.

With ``--jobs 2`` the command splits the file into two parts checked in two
processes (:mod:`tools.check.parts`), and so does the floor's ``-j2`` figure:
two forked processes, each sent the matcher as the command sends it, each
reading the file as its part does (the lines before its run only read, the
run read and its terms found), timed from starting the processes to having
both counts; start, glossary and write as above.

Two figures answer the targets of the speed work: the floor against 1.2 ×
polib's parse, and the floor of the larger glossary against the smaller
one's (the target asks ≤ 1.1 ×).

Data: the catalogues and glossaries of ``check_speed.py`` (same generators,
same seed), written to a temporary directory and deleted.

Run: ``.venv/bin/python benchmarks/check_floor.py`` (50,000 entries; 100
and 10,000 terms; two minutes or so); ``--quick`` for seconds; ``--help``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import check_speed  # the catalogue and glossary generators, the command runner
from timing import best

from tools.check.parts import Part, plan
from tools.glossary import cache as glossary_cache
from tools.glossary.match.arabic import SourceMatcher
from tools.glossary.cache import CACHE_ENV
from tools.units.readers import stream_units

#: What a run of the check command imports before it reads anything.
IMPORTS = "import tools.cli, tools.cli.check_cmd, tools.check.engine, tools.check.reporters.json"


@dataclass(frozen=True)
class Floor:
    """The unavoidable parts of one run with one glossary, in seconds, and the command's own time."""

    terms: int
    start: float
    glossary: float
    read: float
    match: float
    write: float
    command: float
    findings: int
    terms_found: int
    #: Reading and matching in two processes (see the module docstring), and the command with ``--jobs 2``.
    parallel: float
    command_jobs2: float

    @property
    def total(self) -> float:
        return self.start + self.glossary + self.read + self.match + self.write

    @property
    def total_jobs2(self) -> float:
        return self.start + self.glossary + self.parallel + self.write


def start_time(repeat: int) -> float:
    """Wall time of a new interpreter importing what the check command imports."""
    def started() -> None:
        subprocess.run([sys.executable, "-c", IMPORTS], check=True)

    return best(started, repeat)[0]


def read_time(catalogue: Path, repeat: int) -> tuple[float, list[str]]:
    """Time to read every unit as the command does; the msgids of the checked units."""
    def read() -> list[str]:
        return [unit.source for unit in stream_units(catalogue) if unit.source and not unit.obsolete]

    return best(read, repeat)


_MATCHER: SourceMatcher | None = None


def _keep_matcher(matcher: SourceMatcher) -> None:
    global _MATCHER
    _MATCHER = matcher


def _found_in_part(part: Part) -> int:
    """Terms found in the units of ``part``, the units before it only read (as a ``--jobs`` part reads)."""
    assert _MATCHER is not None
    first, end = part.lines()
    found = 0
    for unit in stream_units(part.path):
        if unit.obsolete or not unit.source:
            continue
        line = unit.location.line
        if line < first:
            continue
        if end is not None and line >= end:
            break
        found += len(_MATCHER.find(unit.source))
    return found


def parallel_time(catalogue: Path, matcher: SourceMatcher, jobs: int, repeat: int) -> tuple[float, int]:
    """Wall time to read the file and find its terms in ``jobs`` processes, split as the command splits it."""
    tasks = plan([str(catalogue)], jobs)
    context = multiprocessing.get_context("fork")  # as the command's pool starts its workers on Linux

    def run() -> int:
        with context.Pool(jobs, initializer=_keep_matcher, initargs=(matcher,)) as pool:
            return sum(pool.map(_found_in_part, tasks, chunksize=1))

    return best(run, repeat)


def floor_of(
    project: Path, catalogue: Path, glossary: Path, terms: int, sources: list[str], start: float,
    read: float, repeat: int,
) -> Floor:
    """The floor of one glossary's run (see the module docstring) and the command's best time."""
    cache = project / "glossary-cache"
    glossary_cache.load([glossary], cache)  # the first run builds the entry; the floor reads it back
    glossary_s, built = best(lambda: glossary_cache.load([glossary], cache), repeat)
    matcher = built.matcher
    match_s, found = best(lambda: sum(len(matcher.find(source)) for source in sources), repeat)
    parallel_s, found_in_parts = parallel_time(catalogue, matcher, 2, repeat)
    if found_in_parts != found:
        raise SystemExit(f"the parts found {found_in_parts} terms, the whole file {found}")
    report = project / f"report-{terms}.json"
    command_s = min(check_speed.check(project, catalogue, glossary, report, jobs=1)[0] for _ in range(repeat))
    command2_s = min(check_speed.check(project, catalogue, glossary, report, jobs=2)[0] for _ in range(repeat))
    data = json.loads(report.read_text("utf-8"))
    write_s, _ = best(lambda: json.dumps(data, ensure_ascii=False), repeat)
    return Floor(
        terms, start, glossary_s, read, match_s, write_s, command_s, len(data["findings"]), found,
        parallel_s, command2_s,
    )


def print_floors(entries: int, polib_s: float, floors: list[Floor]) -> None:
    print(f"{entries:,} entries; polib.pofile {polib_s:.2f} s; seconds, best of each, and x polib")
    print()
    header = (
        "terms", "terms found", "findings", "start", "glossary", "read", "match", "write", "floor", "floor/polib",
        "command", "command/polib", "-j2 read+match", "-j2 floor/polib", "-j2 command/polib",
    )
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(" ---: " for _ in header) + "|")
    for f in floors:
        print(f"| {f.terms:,} | {f.terms_found:,} | {f.findings:,} | {f.start:.2f} | {f.glossary:.2f} | {f.read:.2f}"
              f" | {f.match:.2f} | {f.write:.2f} | {f.total:.2f} | {f.total / polib_s:.2f} | {f.command:.2f}"
              f" | {f.command / polib_s:.2f} | {f.parallel:.2f} | {f.total_jobs2 / polib_s:.2f}"
              f" | {f.command_jobs2 / polib_s:.2f} |")
    print()
    smallest = min(floors, key=lambda f: f.terms)
    for f in floors:
        print(f"{f.terms:,} terms: 1.2 x polib is {1.2 * polib_s:.2f} s; the floor alone is {f.total:.2f} s"
              f" ({f.total / polib_s:.2f} x), leaving {1.2 * polib_s - f.total:+.2f} s for every check;"
              f" with --jobs 2 {f.total_jobs2:.2f} s ({f.total_jobs2 / polib_s:.2f} x),"
              f" leaving {1.2 * polib_s - f.total_jobs2:+.2f} s")
        if f is not smallest:
            # Both targets at once: a smaller-glossary command at 1.2 x polib leaves a tenth of that for growth.
            allowed = 0.1 * 1.2 * polib_s
            print(f"  against {smallest.terms:,} terms: the floor grows {f.total - smallest.total:.2f} s"
                  f" ({f.total / smallest.total:.2f} x), with --jobs 2 {f.total_jobs2 - smallest.total_jobs2:.2f} s;"
                  f" with the {smallest.terms:,}-term command at 1.2 x polib, 1.1 x of it allows {allowed:.2f} s;"
                  f" the command grows {f.command / smallest.command:.2f} x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=50_000, help="catalogue size (default 50000)")
    parser.add_argument("--terms", default="100,10000", help="glossary sizes, comma-separated (default 100,10000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each part; the best time counts")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--distinct", action="store_true", help="every text new, as check_speed.py --distinct")
    parser.add_argument("--quick", action="store_true", help="2,000 entries, 100 and 1,000 terms, one repeat")
    args = parser.parse_args()
    entries, sizes, repeat = args.entries, [int(n) for n in args.terms.split(",")], args.repeat
    if args.quick:
        entries, sizes, repeat = 2_000, [100, 1_000], 1
    import polib

    data = check_speed.corpus(args.seed)
    with tempfile.TemporaryDirectory(prefix="tarjuman-check-floor-") as tmp:
        project = Path(tmp) / "project"
        os.environ[CACHE_ENV] = str(project / "glossary-cache")  # the command's cache is the one the floor reads
        check_speed.make_project(project)
        catalogue = project / "translations" / "catalogue.po"
        catalogue.parent.mkdir(parents=True)
        check_speed.write_catalogue(catalogue, entries, data, args.seed, args.distinct)
        (project / "glossary").mkdir()
        polib_s, _ = best(lambda: polib.pofile(str(catalogue), wrapwidth=78), repeat)
        start_s = start_time(repeat)
        read_s, sources = read_time(catalogue, repeat)
        floors = []
        for terms in sizes:
            glossary = project / "glossary" / f"glossary-{terms}.po"
            check_speed.write_glossary(glossary, terms, data, args.seed)
            floors.append(floor_of(project, catalogue, glossary, terms, sources, start_s, read_s, repeat))
            print(f"# {terms:,} terms done ({time.strftime('%H:%M:%S')})", file=sys.stderr, flush=True)
    print_floors(entries, polib_s, floors)


if __name__ == "__main__":
    main()
