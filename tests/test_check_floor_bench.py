"""benchmarks/check_floor.py: its quick run measures each part of the floor, and the command, per glossary."""

from __future__ import annotations

import contextlib
import io
import re

import pytest
from conftest import load_benchmark

from tools.glossary.cache import CACHE_ENV

#: A table row: terms, terms found, findings, then twelve figures: five parts, the floor and its
#: ratio, the command and its ratio, then with two processes reading and matching, the floor's
#: ratio and the command's.
ROW = re.compile(r"^\| ([\d,]+) \| ([\d,]+) \| ([\d,]+) \|((?: [\d.]+ \|){12})$", re.MULTILINE)


def _number(text: str) -> int:
    return int(text.replace(",", ""))


@pytest.fixture(scope="module")
def quick_rows() -> list[tuple[int, int, int, list[float]]]:
    """The table of one ``--quick`` run (2,000 entries; 100 and 1,000 terms)."""
    bench = load_benchmark("check_floor")
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stdout(out):
        patch.setenv(CACHE_ENV, "")  # the benchmark sets its own; this restores the caller's after
        patch.setattr("sys.argv", ["check_floor.py", "--quick"])
        bench.main()
    rows = [
        (_number(terms), _number(found), _number(findings), [float(x) for x in figures.strip(" |").split(" | ")])
        for terms, found, findings, figures in ROW.findall(out.getvalue())
    ]
    assert "1.1 x of it allows" in out.getvalue()  # the growth against the smaller glossary is stated
    return rows


def test_quick_run_has_a_row_per_glossary(quick_rows) -> None:
    assert [terms for terms, *_ in quick_rows] == [100, 1000]


def test_the_floor_is_the_sum_of_its_parts(quick_rows) -> None:
    for *_counts, figures in quick_rows:
        start, glossary, read, match, write, floor = figures[:6]
        assert floor == pytest.approx(start + glossary + read + match + write, abs=0.03)


def test_a_larger_glossary_finds_more_terms_and_makes_more_findings(quick_rows) -> None:
    (_small, found_small, findings_small, _), (_large, found_large, findings_large, _) = quick_rows
    assert 0 < found_small < found_large
    assert 0 < findings_small < findings_large
