"""The JSON report, byte for byte, on real corpora: speed work must not change a finding.

Three corpora, each checked with the real engine and JSON reporter, serially
and with ``--jobs 2`` (one large file split across processes must give the
same report):

* the repository itself (its glossary and every translation);
* TICO-19: every sentence pair in a project built by ``benchmarks/check_tico19.py``;
* a generated catalogue and glossary of ``benchmarks/check_speed.py`` (perturbed
  NTREX-128 and TICO-19 sentences; a 10,000-term glossary, so terms, nested
  terms, forbidden renderings and numbers all fire).

The golden reports in ``tests/golden/check/identical/`` (gzip-compressed) were
written by the code before the checks were made faster. After an intended
change of findings, regenerate with
``TARJUMAN_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_check_identical.py`` and
review the difference of the decompressed reports.
"""

from __future__ import annotations

import gzip
import json
import os
import random
from pathlib import Path

import pytest
from conftest import load_benchmark

from tools.check import engine
from tools.check.reporters import REPORTERS
from tools.check.reporters.base import ReportOptions
from tools.check.settings import CliOptions, resolve
from tools.config import load_config

REPO = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden" / "check" / "identical"
#: Size of the generated benchmark catalogue and glossary (seconds to check).
BENCH_ENTRIES = 2_000
BENCH_TERMS = 10_000
SEED = 2026


def json_report(root: Path, paths: list[Path] | None = None, jobs: int = 1, cache_dir: Path | None = None) -> str:
    config = load_config(root)
    settings = resolve(config, CliOptions())
    result = engine.run(config, settings, paths or (), jobs=jobs, cache_dir=cache_dir)
    report = REPORTERS["json"](result, ReportOptions(settings.fail_on, False))
    # Glossary lint messages name the other spelling's file by its full path.
    return report.replace(str(root.resolve()), "<project>")


def assert_golden(name: str, report: str) -> None:
    golden = GOLDEN / f"{name}.json.gz"
    if os.environ.get("TARJUMAN_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(gzip.compress(report.encode("utf-8"), mtime=0))
    expected = gzip.decompress(golden.read_bytes()).decode("utf-8")
    if report != expected:  # name the first finding that differs, not a 1 MB diff
        mine, theirs = json.loads(report), json.loads(expected)
        pairs = zip(mine["findings"], theirs["findings"])
        first = next(((a, b) for a, b in pairs if a != b), None)
        assert first is None, f"first differing finding:\n now: {first[0]}\n was: {first[1]}"
        assert mine == theirs
        assert report == expected


@pytest.fixture(scope="module")
def tico19_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    bench = load_benchmark("check_tico19")
    root = tmp_path_factory.mktemp("tico19")
    pairs = bench.read_pairs()
    glossary = (REPO / "benchmarks" / "data" / "tico19" / "glossary.po").read_text("utf-8")
    bench.make_project(root, pairs, bench.assign_files(pairs, 500), glossary)
    return root


@pytest.fixture(scope="module")
def speed_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    bench = load_benchmark("check_speed")
    root = tmp_path_factory.mktemp("speed")
    bench.make_project(root)
    data = bench.corpus(SEED)
    catalogue = root / "translations" / "catalogue.po"
    catalogue.parent.mkdir()
    bench.write_catalogue(catalogue, BENCH_ENTRIES, data, SEED)
    (root / "glossary").mkdir()
    bench.write_glossary(root / "glossary" / "terms.po", BENCH_TERMS, data, SEED)
    return root


def test_benchmark_data_is_the_same_every_time(tmp_path: Path) -> None:
    """The generated files depend on the seed only (else the golden report could not hold)."""
    bench = load_benchmark("check_speed")
    texts = []
    for _ in range(2):
        data = bench.corpus(SEED)
        random.seed()  # the global generator must play no part
        bench.write_catalogue(tmp_path / "c.po", 300, data, SEED)
        bench.write_glossary(tmp_path / "g.po", 300, data, SEED)
        texts.append(((tmp_path / "c.po").read_bytes(), (tmp_path / "g.po").read_bytes()))
    assert texts[0] == texts[1]


@pytest.mark.parametrize("jobs", [1, 2])
def test_repository_report_is_unchanged(jobs: int) -> None:
    assert_golden("repository", json_report(REPO, jobs=jobs))


@pytest.mark.parametrize("jobs", [1, 2])
def test_tico19_report_is_unchanged(tico19_project: Path, jobs: int) -> None:
    assert_golden("tico19", json_report(tico19_project, jobs=jobs))


@pytest.mark.parametrize("jobs", [1, 2])
def test_benchmark_report_is_unchanged(speed_project: Path, jobs: int) -> None:
    assert_golden("benchmark", json_report(speed_project, jobs=jobs))


@pytest.mark.parametrize("corpus", ["repository", "benchmark"])
def test_report_from_the_glossary_cache_is_unchanged(speed_project: Path, tmp_path: Path, corpus: str) -> None:
    """The first run writes the built glossary to the cache, the second reads it back: same report."""
    root = REPO if corpus == "repository" else speed_project
    written = json_report(root, cache_dir=tmp_path)
    assert list(tmp_path.glob("glossary-*.pickle")), "the first run wrote no cache entry"
    assert_golden(corpus, written)
    assert_golden(corpus, json_report(root, cache_dir=tmp_path, jobs=2))
    assert_golden(corpus, json_report(root, cache_dir=tmp_path))
