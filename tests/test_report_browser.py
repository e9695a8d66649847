"""The review page rendered by a real browser (headless Chromium).

html.parser proves the markup; only a browser proves what a reviewer sees:
that the Arabic column is laid out right-to-left, that a term has the same
colour in both columns, that each Arabic cell sits level with its English
one, and that the page loads nothing at all (its Content-Security-Policy
would block it, and Chromium would say so on stderr).

The report has no script, so the test wraps it in a throwaway harness page:
the report goes into an ``<iframe srcdoc>`` (same origin as the harness, its
own CSP still applies inside), and a harness script writes what the browser
computed into the harness DOM as JSON, which ``--dump-dom`` prints.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html import escape, unescape

import pytest
from report_project import make_project
from test_report import fake_findings

from tools.config import load_config
from tools.glossary.load import load_glossary
from tools.review.model import build_review
from tools.review.html import render

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (Debian package `chromium`; CI installs it)"
)

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
    "--window-size=1500,1000",
    "--virtual-time-budget=5000",
]

PROBE = """
const frame = document.getElementById('report');
frame.addEventListener('load', () => {
  const doc = frame.contentDocument, win = frame.contentWindow;
  const style = (el, prop) => win.getComputedStyle(el).getPropertyValue(prop);
  const units = [...doc.querySelectorAll('.unit')].map(unit => {
    const ar = unit.querySelector('.ar'), en = unit.querySelector('.en');
    const marks = cell => [...cell.querySelectorAll('mark')].map(m => ({
      text: m.textContent, cls: m.className, title: m.title, background: style(m, 'background-color')}));
    return {
      state: unit.dataset.state,
      arDirection: style(ar, 'direction'), enDirection: style(en, 'direction'),
      arTop: ar.getBoundingClientRect().top, enTop: en.getBoundingClientRect().top,
      arLeft: ar.getBoundingClientRect().left, enLeft: en.getBoundingClientRect().left,
      arMarks: marks(ar), enMarks: marks(en),
      findings: [...unit.querySelectorAll('li.finding')].map(li => ({
        code: li.dataset.code, text: li.textContent, colour: style(li, 'border-left-color')})),
      enText: en.textContent, arText: ar.textContent,
    };
  });
  document.getElementById('results').textContent = JSON.stringify({
    units,
    scripts: doc.querySelectorAll('script').length,
    resources: win.performance.getEntriesByType('resource').map(e => e.name),
    summary: doc.querySelector('.summary').textContent.replace(/\\s+/g, ' '),
  });
});
"""


def harness(report: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
        f'<iframe id="report" style="width:1400px;height:4000px;border:0" srcdoc="{escape(report, quote=True)}"></iframe>'
        f'<pre id="results"></pre><script>{PROBE}</script></body></html>'
    )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("project")
    make_project(root)
    config = load_config(root)
    page = render(
        build_review(config, "demo", "en", load_glossary(config.glossary).terms, fake_findings)
    )
    wrapper = root / "harness.html"
    wrapper.write_text(harness(page), encoding="utf-8")
    profile = tmp_path_factory.mktemp("chromium-profile")
    result = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", wrapper.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found = re.search(r'<pre id="results">(.*?)</pre>', result.stdout, re.S)
    assert found and found.group(1), f"the probe wrote nothing; stderr: {result.stderr[-2000:]}"
    data = json.loads(unescape(found.group(1)))
    data["stderr"] = result.stderr
    return data


def test_arabic_column_is_computed_rtl_and_english_ltr(rendered: dict) -> None:
    assert [u["arDirection"] for u in rendered["units"]] == ["rtl"] * 4
    assert [u["enDirection"] for u in rendered["units"]] == ["ltr"] * 4


def test_each_arabic_cell_is_level_with_its_english_cell(rendered: dict) -> None:
    for unit in rendered["units"]:
        assert unit["arTop"] == unit["enTop"]
        assert unit["arLeft"] > unit["enLeft"]


def test_term_colour_is_the_same_in_both_columns(rendered: dict) -> None:
    first = rendered["units"][0]
    arabic = {m["cls"]: m["background"] for m in first["arMarks"]}
    english = {m["cls"]: m["background"] for m in first["enMarks"]}
    assert arabic == english and len(arabic) == 2
    assert len(set(arabic.values())) == 2
    assert "rgba(0, 0, 0, 0)" not in arabic.values()
    assert all("→" in m["title"] for m in first["arMarks"] + first["enMarks"])


def test_findings_are_shown_on_their_unit(rendered: dict) -> None:
    findings = [u["findings"] for u in rendered["units"]]
    assert [len(f) for f in findings] == [0, 1, 0, 0]
    assert findings[1][0]["code"] == "glossary-forbidden"
    assert findings[1][0]["colour"] == "rgb(185, 28, 28)"
    assert "1 error" in rendered["summary"]


def test_markup_in_a_sentence_is_text_and_no_script_exists(rendered: dict) -> None:
    assert rendered["scripts"] == 0
    assert "<script>alert(1)</script>" in rendered["units"][2]["enText"]
    assert "<script>alert(1)</script>" in rendered["units"][2]["arText"]


def test_page_requests_nothing_and_nothing_was_blocked(rendered: dict) -> None:
    assert rendered["resources"] == []
    assert "Content Security Policy" not in rendered["stderr"]
    assert "net::ERR_" not in rendered["stderr"]
