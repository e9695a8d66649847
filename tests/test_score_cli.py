"""``tools score`` output: JSON and text golden files, stderr notes, defaults.

After an intended change of the output, rewrite the golden files with
``TARJUMAN_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_score_cli.py`` and
review the diff. The installed sacrebleu version appears in every signature;
it is written as ``{sacrebleu}`` in the golden files.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import sacrebleu
from click.testing import CliRunner

from conftest import build_project
from tools.cli import cli

DATA = Path(__file__).parent / "data" / "score"
GOLDEN = Path(__file__).parent / "golden" / "score"
PO_ARGS = ["hyp.po", "--ref", "ref.po", "--glossary", "glossary.po", "--compare", "hyp2.po", "--per-segment"]


def invoke(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["score", *args])
    return result.exit_code, result.stdout, result.stderr


def golden(name: str, text: str) -> None:
    text = text.replace(f"version:{sacrebleu.__version__}", "version:{sacrebleu}")
    text = text.replace(f'"version": "{sacrebleu.__version__}"', '"version": "{sacrebleu}"')
    path = GOLDEN / name
    if os.environ.get("TARJUMAN_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    assert text == path.read_text("utf-8")


@pytest.mark.parametrize(("fmt", "name"), [("json", "po.json"), ("text", "po.txt")])
def test_po_output_golden(monkeypatch: pytest.MonkeyPatch, fmt: str, name: str) -> None:
    monkeypatch.chdir(DATA)
    code, out, _ = invoke([*PO_ARGS, "--format", fmt])
    assert code == 0
    golden(name, out)


def test_json_is_valid_and_complete(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(DATA)
    _, out, _ = invoke([*PO_ARGS, "--format", "json"])
    data = json.loads(out)
    assert [s["name"] for s in data["scores"]] == ["BLEU", "chrF2++", "TER"]
    assert data["terminology"]["exact_match"] == 50.0
    assert data["terminology"]["found"] == 5 and data["terminology"]["expected"] == 10
    assert len(data["per_segment"]) == data["segments"] == 7
    assert sum(g["count"] for g in data["left_out"]) == 4
    assert all(m["significant"] for m in data["comparison"]["metrics"])


def test_left_out_units_go_to_stderr_not_stdout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(DATA)
    _, out, err = invoke(["hyp.po", "--ref", "ref.po", "--glossary", "glossary.po", "--format", "json"])
    json.loads(out)  # stdout is only the JSON
    assert err.splitlines() == [
        "tools score: note: tests/data/score/hyp.po: 1 unit missing from the hypothesis, scored as empty translations: "
        "يتعافى معظم الأشخاص المصابين بكوفيد-19.",
        "tools score: note: tests/data/score/hyp.po: 1 unit of the hypothesis not in the reference, not scored: ماذا عن الحمى؟",
        "tools score: note: tests/data/score/hyp.po: 2 units untranslated or fuzzy in the hypothesis, scored as empty "
        "translations: أكثر عرضين شائعين هما الحمى (88%) والسعال الجاف (68%).; "
        "أُبلغت منظمة الصحة العالمية في اليوم نفسه.",
    ]


def test_many_left_out_units_show_the_first_three(tmp_path: Path) -> None:
    entries = "".join(f'msgid "وحدة {i}"\nmsgstr ""\n\n' for i in range(5))
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    hyp = tmp_path / "hyp.po"
    hyp.write_text(header + entries + 'msgid "ما مدى ارتفاع الحمى لديك؟"\nmsgstr "how high is your fever?"\n', "utf-8")
    _, _, err = invoke([str(hyp), "--ref", str(DATA / "ref.po"), "--glossary", str(DATA / "glossary.po")])
    assert f"{hyp}: 5 units of the hypothesis not in the reference, not scored: وحدة 0; وحدة 1; وحدة 2; ... (2 more)" in err


def test_text_files_with_source_get_term_metrics() -> None:
    code, out, _ = invoke(
        [str(DATA / "hyp.en.txt"), "--ref", str(DATA / "ref.en.txt"), "--source", str(DATA / "src.ar.txt"),
         "--glossary", str(DATA / "glossary.po")]
    )
    assert code == 0
    assert "term exact-match accuracy = " in out


def test_default_glossary_comes_from_the_project_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"terms/covid.po": DATA / "glossary.po", "hyp.po": DATA / "hyp.po", "ref.po": DATA / "ref.po"}
    build_project(tmp_path, pyproject='[tool.tarjuman]\nglossary = ["terms"]\n', files=files, folders=())
    monkeypatch.chdir(tmp_path)
    code, out, _ = invoke(["hyp.po", "--ref", "ref.po"])
    assert code == 0
    assert "glossary: terms/covid.po, 8 terms" in out


def test_without_a_glossary_only_sacrebleu_metrics_are_printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_project(tmp_path, pyproject="[tool.tarjuman]\n", files={"hyp.po": DATA / "hyp.po", "ref.po": DATA / "ref.po"}, folders=())
    monkeypatch.chdir(tmp_path)
    code, out, err = invoke(["hyp.po", "--ref", "ref.po"])
    assert code == 0
    assert len(out.splitlines()) == 3
    assert "terminology metrics not computed: no glossary found" in err


def test_help_cites_the_paper() -> None:
    result = CliRunner().invoke(cli, ["score", "--help"])
    assert "On the Evaluation of Machine Translation for Terminology Consistency" in " ".join(result.output.split())
