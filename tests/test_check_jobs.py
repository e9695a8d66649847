"""``--jobs N`` splits a large catalogue across processes and reports exactly what one process does."""

from __future__ import annotations

from pathlib import Path

import pytest

from check_project import CheckProject, project  # noqa: F401
from test_check_golden import GOLDEN, busy  # noqa: F401
from tools.check import parts
from tools.check.parts import Part, plan


def sized(tmp_path: Path, sizes: dict[str, int]) -> list[str]:
    paths = []
    for name, size in sizes.items():
        path = tmp_path / name
        path.write_bytes(b"#" * size)
        paths.append(str(path))
    return paths


def test_one_large_file_gets_a_part_per_process(tmp_path: Path) -> None:
    (path,) = sized(tmp_path, {"big.po": 10**6})
    assert plan([path], 3) == [Part(path, 0, 3), Part(path, 1, 3), Part(path, 2, 3)]


@pytest.mark.parametrize(
    ("sizes", "jobs", "expected"),
    [
        ({"a.po": 10**6, "b.po": 10**6}, 2, [1, 1]),  # two equal files: one each
        ({"a.po": 9 * 10**6, "b.po": 10**5, "c.po": 10**5}, 2, [2, 1, 1]),  # the large one is split
        ({"a.po": 10**5}, 4, [1]),  # too small to be worth reading twice
        ({"a.po": 10**6}, 1, [1]),  # one process: nothing to split
    ],
)
def test_files_get_parts_in_proportion_to_their_size(
    tmp_path: Path, sizes: dict[str, int], jobs: int, expected: list[int]
) -> None:
    tasks = plan(sized(tmp_path, sizes), jobs)
    assert [sum(1 for t in tasks if Path(t.path).name == name) for name in sizes] == expected


@pytest.mark.parametrize("count", [0, 1, 2, 5, 7, 100])
@pytest.mark.parametrize("parts_", [1, 2, 3, 4])
def test_parts_cover_every_line_once_in_order(tmp_path: Path, count: int, parts_: int) -> None:
    path = tmp_path / "x.po"
    path.write_text("x\n" * count)
    lines = range(1, count + 2)  # the last line has no line feed
    ranges = [Part(str(path), index, parts_).lines() for index in range(parts_)]
    shares = [[n for n in lines if first <= n and (end is None or n < end)] for first, end in ranges]
    assert [n for share in shares for n in share] == list(lines)


@pytest.mark.parametrize("parts_", [1, 2, 3, 4, 8])
@pytest.mark.parametrize("pre_read", [0.0, 0.2, 0.5])
def test_later_parts_check_shorter_runs_so_that_every_part_costs_the_same(parts_: int, pre_read: float) -> None:
    """A part reads the lines before its run (at ``pre_read`` the cost of checking) and checks its run."""
    bounds = [parts.boundary(index, parts_, pre_read) for index in range(parts_ + 1)]
    assert bounds[0] == 0 and bounds[-1] == pytest.approx(1)
    runs = [after - before for before, after in zip(bounds, bounds[1:])]
    costs = [pre_read * before + run for before, run in zip(bounds, runs)]
    assert costs == pytest.approx([costs[0]] * parts_)
    assert all(after <= before + 1e-12 for before, after in zip(runs, runs[1:]))  # never longer than the one before
    if pre_read == 0:
        assert runs == pytest.approx([1 / parts_] * parts_)


def test_two_parts_give_the_first_the_larger_run(tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    path.write_text("x\n" * 999)  # 1,000 lines
    assert Part(str(path), 0, 2).lines() == (0, 1 + int(1000 * parts.boundary(1, 2)))
    assert Part(str(path), 0, 2).lines()[1] > 501


@pytest.mark.parametrize("jobs", ["2", "3", "5"])
def test_split_file_gives_the_serial_report(busy: CheckProject, jobs: str, monkeypatch) -> None:  # noqa: F811
    """Every kind of finding, suppressions and cross-entry consistency, with every file split."""
    monkeypatch.setattr(parts, "SPLIT_MIN_BYTES", 0)
    files = sorted(str(path) for path in (busy.root / "translations").rglob("*.po"))
    assert len(plan(files, int(jobs))) > len(files)  # the article is split
    outcome = busy.run("--format", "json", "--jobs", jobs)
    assert outcome.exit_code == 1
    assert outcome.stdout == (GOLDEN / "report.json").read_text("utf-8")


def test_unreadable_part_reports_the_error_once(project: CheckProject, monkeypatch) -> None:  # noqa: F811
    monkeypatch.setattr(parts, "SPLIT_MIN_BYTES", 0)
    project.edit('msgstr "Homepress"', 'msgstr "Home\\qpress"')
    outcome = project.run("--jobs", "3")
    assert outcome.exit_code == 2
    assert outcome.stderr.count("invalid escape") == 1
