"""XLIFF 1.2, XLIFF 2.0 and TMX through the command line, as CAT tools write them.

The samples in ``tests/data/units/`` (see its README) are the test article
with four injected problems, converted by the Translate Toolkit (po2xliff,
po2tmx), and hand-written Okapi-style XLIFF 1.2 (segmented ``<seg-source>``)
and XLIFF 2.0 with right-to-left Arabic and inline tags. Each is checked,
counted, scored and used as a memory by the real commands.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from check_project import ARTICLE, CheckProject, project  # noqa: F401
from tools.cli import cli

UNITS = Path(__file__).parent / "data" / "units"


def _copy(project: CheckProject, name: str, text: str | None = None) -> str:
    """Put sample ``name`` (or ``text``) into the project under ``exchange/``; return its path."""
    target = project.root / "exchange" / name
    target.parent.mkdir(exist_ok=True)
    if text is None:
        shutil.copy(UNITS / name, target)
    else:
        target.write_text(text, "utf-8")
    return f"exchange/{name}"


def _sample(name: str) -> str:
    return (UNITS / name).read_text("utf-8")


# --- check-glossary -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "findings", "suppressed"),
    [
        pytest.param(
            "article.xlf",
            [
                ("forbidden-term", 67, "كأس العالم"),
                ("missing-term", 67, "كأس العالم"),
                ("fuzzy", 83, None),
                ("untranslated", 91, None),
            ],
            1,
            id="po2xliff-1.1",
        ),
        pytest.param(
            "article.po2tmx.tmx",
            [
                ("missing-term", 6, "هومبريس"),  # po2tmx does not carry the suppression comment
                ("forbidden-term", 38, "كأس العالم"),
                ("missing-term", 38, "كأس العالم"),
            ],
            0,
            id="po2tmx",
        ),
        pytest.param(
            "okapi.xlf",
            [
                ("forbidden-term", 13, "عبد اللطيف حموشي"),
                ("missing-term", 13, "عبد اللطيف حموشي"),
                ("forbidden-term", 18, "مراكش"),
                ("missing-term", 18, "مراكش"),
                ("number-added", 18, None),  # 2026: the note silences only number-mismatch
                ("untranslated", 24, None),
            ],
            1,
            id="okapi-1.2-segmented",
        ),
        pytest.param(
            "article2.xlf",
            [
                ("forbidden-term", 10, "نائب الأميرال"),
                ("missing-term", 10, "كأس العالم"),
                ("missing-term", 10, "نائب الأميرال"),
                ("fuzzy", 26, None),
                ("untranslated", 32, None),
            ],
            1,
            id="xliff-2.0",
        ),
    ],
)
def test_exchange_files_are_checked_like_po_files(
    project: CheckProject, name: str, findings: list[tuple[str, int, str | None]], suppressed: int
) -> None:
    path = _copy(project, name)
    outcome = project.check(path)
    assert outcome.exit_code == 1, outcome.stderr
    report = outcome.json()
    assert {f["path"] for f in report["findings"]} == {path}
    assert outcome.triples() == findings
    assert report["summary"]["suppressed"] == suppressed


def test_xliff_of_a_po_file_has_the_po_files_findings(project: CheckProject) -> None:
    po = _copy(project, "article.po")
    xliff = _copy(project, "article.xlf")
    by_po = [(code, term) for code, _, term in project.check(po).triples()]
    by_xliff = [(code, term) for code, _, term in project.check(xliff).triples()]
    assert by_po == by_xliff and by_po


def test_inline_native_code_is_not_english_text(project: CheckProject) -> None:
    """``<bpt>&lt;b&gt;</bpt>`` and ``<ph>&lt;a href=...&gt;</ph>`` are codes, not words."""
    text = _sample("okapi.xlf").replace("Vice Admiral Edward", "Vice Admiral\u200b Edward")
    path = _copy(project, "okapi.xlf", text)
    codes = {code for code, _, _ in project.check(path, "--disable", "missing-term").triples()}
    assert "invisible-char" in codes
    # Had the native code been read as text, "href" would be a word and "<b>" a tag in the English.
    outcome = project.check(path)
    assert "href" not in outcome.stdout and "&lt;" not in outcome.stdout


def test_unused_suppression_in_an_xliff_note_points_at_its_unit(project: CheckProject) -> None:
    text = _sample("article2.xlf").replace(
        "tarjuman: ignore forbidden-term كأس العالم", "tarjuman: ignore number-mismatch"
    )
    path = _copy(project, "article2.xlf", text)
    triples = project.check(path).triples()
    assert ("unused-suppression", 10, None) in triples
    assert ("forbidden-term", 10, "كأس العالم") in triples


def test_a_note_on_a_segmented_unit_silences_each_segment_once(project: CheckProject) -> None:
    """Two segments of one ``<unit>`` share its note: one suppression, used, not reported."""
    text = _sample("article2.xlf").replace(
        "tarjuman: ignore forbidden-term كأس العالم", "tarjuman: ignore missing-term"
    )
    path = _copy(project, "article2.xlf", text)
    triples = project.check(path).triples()
    assert sorted(t for t in triples if t[1] == 10) == [
        ("forbidden-term", 10, "كأس العالم"),
        ("forbidden-term", 10, "نائب الأميرال"),
    ]
    assert project.check(path).json()["summary"]["suppressed"] == 2


def test_folders_are_searched_for_xliff_files(project: CheckProject) -> None:
    _copy(project, "article2.xlf")
    outcome = project.check("exchange")
    assert {f["path"] for f in outcome.json()["findings"]} == {"exchange/article2.xlf"}


def test_parallel_run_reads_xliff_the_same(project: CheckProject) -> None:
    paths = [_copy(project, name) for name in ("article.xlf", "okapi.xlf", "article2.xlf", "article.po2tmx.tmx")]
    assert project.run(*paths, "--jobs", "2").stdout == project.run(*paths).stdout


# --- bad input: one line, exit 2 ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "change", "message"),
    [
        pytest.param(
            "okapi.xlf",
            lambda t: t.replace("</trans-unit>\n<trans-unit id=\"3\">", "\n<trans-unit id=\"3\">", 1),
            "exchange/okapi.xlf:28: not well-formed XML: Opening and ending tag mismatch",
            id="unclosed-element",
        ),
        pytest.param(
            "article2.xlf", lambda t: t[: len(t) // 2], "exchange/article2.xlf:", id="truncated"
        ),
        pytest.param(
            "article.po2tmx.tmx",
            lambda t: t.replace("<seg>Home Press</seg>", "<seg>Home & Press</seg>"),
            "exchange/article.po2tmx.tmx:11: not well-formed XML: ",
            id="bare-ampersand",
        ),
        pytest.param("article2.xlf", lambda t: "", "exchange/article2.xlf:1: not well-formed XML: ", id="empty"),
        pytest.param(
            "article2.xlf",
            lambda t: t.replace('srcLang="ar" trgLang="en"', 'srcLang="en" trgLang="fr"'),
            "exchange/article2.xlf: translates English (en) → French (fr), expected Arabic (ar) → English (en)",
            id="en-fr",
        ),
        pytest.param(
            "okapi.xlf",
            lambda t: t.replace('source-language="ar-MA" target-language="en-GB"',
                                'source-language="en-GB" target-language="ar-MA"'),
            "exchange/okapi.xlf: translates English (en-GB) → Arabic (ar-MA), expected Arabic (ar) → "
            "English (en); source and target are swapped",
            id="swapped",
        ),
        pytest.param(
            "article.po2xliff.xlf",
            lambda t: t,
            "exchange/article.po2xliff.xlf: translates English (en-US) → English (en), expected Arabic (ar)"
            " → English (en)",
            id="po2xliff-default-source-language",
        ),
        pytest.param(
            "article.po2tmx.tmx",
            lambda t: t.replace('xml:lang="en"', 'xml:lang="fr"'),
            "exchange/article.po2tmx.tmx: translates Arabic (ar) → French (fr), expected Arabic (ar) → English (en)",
            id="tmx-without-english",
        ),
        pytest.param(
            "article.po2tmx.tmx",
            lambda t: t.replace("<tmx version", "<tmz version").replace("</tmx>", "</tmz>"),
            "exchange/article.po2tmx.tmx:3: not a TMX file: root element is <tmz>",
            id="not-tmx",
        ),
        pytest.param(
            "article2.xlf",
            lambda t: t.replace('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"',
                                '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="3.0"'),
            "exchange/article2.xlf:2: unknown XLIFF version '3.0'",
            id="unknown-version",
        ),
    ],
)
def test_bad_exchange_file_is_one_line_and_exit_2(project: CheckProject, name, change, message) -> None:
    path = _copy(project, name, change(_sample(name)))
    outcome = project.run(path)
    assert outcome.exit_code == 2
    assert outcome.stdout == ""
    assert outcome.stderr.startswith(f"tools: error: {message}"), outcome.stderr
    assert outcome.stderr.count("\n") == 1


def test_entities_are_not_expanded(project: CheckProject) -> None:
    """An internal entity is left unresolved: no billion laughs, no file read."""
    bomb = _sample("article2.xlf").replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE xliff [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
    ).replace("<target>In the city of Marrakesh.</target>", "<target>&e;</target>")
    path = _copy(project, "article2.xlf", bomb)
    outcome = project.run(path, "--format", "json")
    assert "root:" not in outcome.stdout


# --- stats, score, pretranslate --------------------------------------------------------------


def _cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _counts(stdout: str) -> dict[str, dict[str, int]]:
    total = json.loads(stdout)["total"]
    return {state: total[state] for state in ("translated", "fuzzy", "untranslated")}


def test_stats_of_xliff_equal_stats_of_its_po_file(project: CheckProject) -> None:
    po, xliff = _copy(project, "article.po"), _copy(project, "article.xlf")
    code, by_po, _ = _cli("stats", po, "--format", "json")
    assert code == 0
    code, by_xliff, _ = _cli("stats", xliff, "--format", "json")
    assert code == 0
    assert _counts(by_xliff) == _counts(by_po)
    assert _counts(by_po)["fuzzy"]["units"] == 1 and _counts(by_po)["untranslated"]["units"] == 1


def test_stats_of_xliff_2_count_states_and_units_without_target(project: CheckProject) -> None:
    code, out, err = _cli("stats", _copy(project, "article2.xlf"), "--format", "json")
    assert code == 0, err
    assert {state: c["units"] for state, c in _counts(out).items()} == {
        "translated": 3,
        "fuzzy": 1,
        "untranslated": 1,
    }


def test_score_of_xliff_equals_score_of_its_po_file(project: CheckProject) -> None:
    """The XLIFF hypothesis aligns with a PO reference by source and scores as its PO file does."""
    runs = {}
    for name in ("article.xlf", "article.po"):
        code, out, err = _cli(
            "score", _copy(project, name), "--ref", ARTICLE, "--glossary", "glossary", "--format", "json"
        )
        assert code == 0, err
        # The fuzzy and the untranslated hypothesis unit count as empty translations.
        assert "2 units untranslated or fuzzy in the hypothesis" in err
        runs[name] = json.loads(out)
    assert runs["article.xlf"]["segments"] == 8
    assert runs["article.xlf"]["scores"] == runs["article.po"]["scores"]
    assert 0 < runs["article.xlf"]["scores"][0]["score"] < 100


MEMORY_SOURCE = "استقبل المدير العام للأمن الوطني السفير البريطاني بالرباط."
MEMORY_TARGET = "The Director General of National Security received the British ambassador in Rabat."


def _tmx(source_lang: str = "ar", target_lang: str = "en-GB") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en"
          srclang="{source_lang}" datatype="plaintext"/>
  <body>
    <tu tuid="1">
      <tuv xml:lang="{source_lang}"><seg>{MEMORY_SOURCE}</seg></tuv>
      <tuv xml:lang="{target_lang}"><seg>{MEMORY_TARGET}</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def _new_article(project: CheckProject) -> Path:
    path = project.root / "translations" / "new" / "en.po"
    path.parent.mkdir(parents=True)
    path.write_text(
        'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'#: seeds/new.txt:1\nmsgid "{MEMORY_SOURCE}"\nmsgstr ""\n',
        "utf-8",
    )
    return path


def test_pretranslate_uses_a_tmx_memory(project: CheckProject) -> None:
    new = _new_article(project)
    memory = _copy(project, "memory.tmx", _tmx())
    code, out, err = _cli("pretranslate", "new", "--memory", memory)
    assert code == 0, err
    entry = polib.pofile(str(new)).find(MEMORY_SOURCE)
    assert entry is not None and entry.msgstr == MEMORY_TARGET
    assert entry.tcomment == "memory: exact match from exchange/memory.tmx:7"
    assert "1 exact, 0 fuzzy" in err
    # A second run changes nothing.
    before = new.read_bytes()
    _cli("pretranslate", "new", "--memory", memory)
    assert new.read_bytes() == before


def test_pretranslate_refuses_a_memory_of_another_pair_and_writes_nothing(project: CheckProject) -> None:
    new = _new_article(project)
    before = new.read_bytes()
    memory = _copy(project, "memory.tmx", _tmx("en", "ar"))
    code, _, err = _cli("pretranslate", "new", "--memory", memory)
    assert code == 2
    assert "exchange/memory.tmx: translates English (en) → Arabic (ar)" in err
    assert new.read_bytes() == before
