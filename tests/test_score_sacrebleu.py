"""``tools score`` prints what the real ``sacrebleu`` command prints.

The sacrebleu executable installed with the package (a dependency) is run
through subprocess on the same files; lines and JSON objects are compared
exactly (signature, rounding, BLEU's verbose part), and the paired bootstrap
p-values of ``--compare`` equal those of ``sacrebleu --paired-bs``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from tools.cli import cli

DATA = Path(__file__).parent / "data" / "score"
SACREBLEU = Path(sys.executable).parent / "sacrebleu"
METRIC_ARGS = ["-m", "bleu", "chrf", "ter", "--chrf-word-order", "2"]



def sacrebleu(*args: str | Path) -> str:
    # sacrebleu's own default seed, whatever the environment says (ours is pinned to it).
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "SACREBLEU_SEED": "12345"}
    result = subprocess.run([str(SACREBLEU), *map(str, args)], capture_output=True, text=True, check=True, env=env)
    return result.stdout


def tools(*args: str | Path) -> str:
    result = CliRunner().invoke(cli, ["score", *map(str, args)])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("width", [1, 2, 4])
@pytest.mark.parametrize("hyp", ["hyp.en.txt", "hyp2.en.txt"])
def test_text_lines_equal_sacrebleu_command(hyp: str, width: int) -> None:
    ours = tools(DATA / hyp, "--ref", DATA / "ref.en.txt", "-w", width).splitlines()
    theirs = sacrebleu(DATA / "ref.en.txt", "-i", DATA / hyp, *METRIC_ARGS, "-f", "text", "-w", width).splitlines()
    assert ours[:3] == theirs


def test_json_scores_equal_sacrebleu_command() -> None:
    ours = json.loads(tools(DATA / "hyp.en.txt", "--ref", DATA / "ref.en.txt", "--format", "json"))
    theirs = json.loads(sacrebleu(DATA / "ref.en.txt", "-i", DATA / "hyp.en.txt", *METRIC_ARGS, "-f", "json"))
    assert ours["scores"] == theirs


def test_two_references_equal_sacrebleu_command() -> None:
    ours = tools(DATA / "hyp.en.txt", "--ref", DATA / "ref.en.txt", "--ref", DATA / "hyp2.en.txt", "-w", 2)
    theirs = sacrebleu(
        DATA / "ref.en.txt", DATA / "hyp2.en.txt", "-i", DATA / "hyp.en.txt", *METRIC_ARGS, "-f", "text", "-w", 2
    )
    assert ours.splitlines()[:3] == theirs.splitlines()
    assert "nrefs:2" in ours


def test_po_files_score_like_sacrebleu_on_the_aligned_text(tmp_path: Path) -> None:
    """PO units are aligned by msgid; written out in reference order, sacrebleu agrees."""
    ref = polib.pofile(str(DATA / "ref.po"))
    hyp = {e.msgid: e for e in polib.pofile(str(DATA / "hyp2.po"))}
    (tmp_path / "ref.txt").write_text("".join(e.msgstr + "\n" for e in ref), "utf-8")
    (tmp_path / "hyp.txt").write_text("".join(hyp[e.msgid].msgstr + "\n" for e in ref), "utf-8")
    ours = tools(DATA / "hyp2.po", "--ref", DATA / "ref.po", "--glossary", DATA / "glossary.po", "-w", 2)
    theirs = sacrebleu(tmp_path / "ref.txt", "-i", tmp_path / "hyp.txt", *METRIC_ARGS, "-f", "text", "-w", 2)
    assert ours.splitlines()[:3] == theirs.splitlines()


def test_paired_bootstrap_p_values_equal_sacrebleu_paired_bs() -> None:
    ours = json.loads(
        tools(DATA / "hyp.en.txt", "--ref", DATA / "ref.en.txt", "--compare", DATA / "hyp2.en.txt", "--format", "json")
    )
    table = sacrebleu(
        DATA / "ref.en.txt", "-i", DATA / "hyp.en.txt", DATA / "hyp2.en.txt", *METRIC_ARGS, "--paired-bs", "-f", "text"
    )
    theirs = [float(p) for p in re.findall(r"\(p = ([0-9.]+)\)", table)]
    assert [m["p_value"] for m in ours["comparison"]["metrics"]] == theirs
    assert [m["significant"] for m in ours["comparison"]["metrics"]] == [p < 0.05 for p in theirs]


def test_paired_bootstrap_does_not_depend_on_the_callers_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    args = (DATA / "hyp.en.txt", "--ref", DATA / "ref.en.txt", "--compare", DATA / "hyp2.en.txt")
    first = tools(*args)
    monkeypatch.setenv("SACREBLEU_SEED", "7")
    assert tools(*args) == first


def test_trailing_whitespace_is_stripped_like_sacrebleu(tmp_path: Path) -> None:
    (tmp_path / "ref.txt").write_text("a cat sat on the mat\nhello world\n", "utf-8")
    (tmp_path / "hyp.txt").write_text("a cat sat on a mat \t\r\nhello  world", "utf-8")
    ours = tools(tmp_path / "hyp.txt", "--ref", tmp_path / "ref.txt", "-w", 3)
    theirs = sacrebleu(tmp_path / "ref.txt", "-i", tmp_path / "hyp.txt", *METRIC_ARGS, "-f", "text", "-w", 3)
    assert ours.splitlines()[:3] == theirs.splitlines()
