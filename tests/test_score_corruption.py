"""The term-corruption demonstration: its claim holds and the docs show its real output."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "term_corruption.py"


@pytest.fixture(scope="module")
def demo():
    spec = importlib.util.spec_from_file_location("term_corruption", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
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
