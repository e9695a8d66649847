"""The term-corruption demonstration: its claim holds and the docs show its real output."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import load_benchmark

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def demo():
    module = load_benchmark("term_corruption")
    from tools.glossary import SourceMatcher, load_glossary
    from tools.score.segments import read_lines

    matcher = SourceMatcher(load_glossary([module.DATA / "glossary.po"]).terms)
    sources, references = read_lines(module.DATA / "ar.txt"), read_lines(module.DATA / "en.txt")
    return module, module.measure(matcher, sources, references)


def test_term_accuracy_falls_in_step_while_bleu_and_chrf_barely_move(demo) -> None:
    _, rows = demo
    for row in rows:
        assert abs(row["term"] - (100 - row["rate"])) <= 5
    assert [r["term"] for r in rows] == sorted((r["term"] for r in rows), reverse=True)
    assert rows[-1]["bleu"] > 80 and rows[-1]["chrf"] > 85


def test_docs_show_the_table_the_benchmark_prints(demo) -> None:
    module, rows = demo
    assert module.table(rows) in (ROOT / "docs" / "term-metrics.md").read_text("utf-8")


def test_distractors_are_never_approved_for_the_term(demo) -> None:
    module, _ = demo
    from tools.glossary import SourceMatcher, load_glossary
    from tools.score.segments import read_lines
    from tools.score.terms import rendering_spans

    matcher = SourceMatcher(load_glossary([module.DATA / "glossary.po"]).terms)
    found = module.occurrences(matcher, read_lines(module.DATA / "ar.txt"), read_lines(module.DATA / "en.txt"))
    wrong = module.distractors(found)
    assert all(not rendering_spans(wrong[o.term.key], o.term) for o in found)
