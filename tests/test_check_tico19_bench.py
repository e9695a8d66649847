"""The TICO-19 check-glossary benchmark builds a valid project and injects real errors."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conftest import load_benchmark

from tools.glossary import SourceMatcher, load_glossary
from tools.glossary.match.english import approved_present

ROOT = Path(__file__).resolve().parents[1]
#: Enough TICO-19 pairs for a few hundred term occurrences, few enough to check quickly.
PAIRS = 400


@pytest.fixture(scope="module")
def bench():
    module = load_benchmark("check_tico19")
    return module


@pytest.fixture(scope="module")
def glossary_text(bench) -> str:
    prepare = bench._prepare_module()
    return bench.render_po(prepare.glossary_po(prepare.read_tsv(bench.TERMS)))


def test_glossary_is_the_one_prepare_built(glossary_text) -> None:
    assert glossary_text == (ROOT / "benchmarks" / "data" / "tico19" / "glossary.po").read_text("utf-8")


def test_files_keep_every_pair_once_and_never_one_msgid_twice(bench) -> None:
    pairs = bench.read_pairs()
    layout = bench.assign_files(pairs, 500)
    assert sorted(i for indices in layout for i in indices) == list(range(len(pairs)))
    for indices in layout:
        assert max(Counter(pairs[i].ar for i in indices).values()) == 1
        assert 400 <= len(indices) <= 600


def test_injection_removes_every_approved_rendering_of_its_term(bench, tmp_path: Path, glossary_text) -> None:
    (tmp_path / "tico19.po").write_text(glossary_text, "utf-8")
    matcher = SourceMatcher(load_glossary([tmp_path / "tico19.po"]).terms)
    chosen = bench.injections(matcher, bench.read_pairs()[:PAIRS], 30, 19)
    assert len(chosen) == 30
    for inj in chosen:
        assert approved_present(inj.before, inj.term) is not None
        assert approved_present(inj.after, inj.term) is None


def test_check_catches_every_injected_term(bench, tmp_path: Path, glossary_text, capsys) -> None:
    pairs = bench.read_pairs()[:PAIRS]
    layout = bench.assign_files(pairs, 100)
    project = bench.make_project(tmp_path, pairs, layout, glossary_text)
    matcher = SourceMatcher(load_glossary([tmp_path / "glossary"]).terms)
    chosen = bench.injections(matcher, pairs, 30, 19)
    bench.report_injections(project, pairs, layout, project.run(), chosen, 0)
    assert "caught as missing-term on the entry: 30 of 30 (100.0 %)" in capsys.readouterr().out
