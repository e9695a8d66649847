"""The built-in countries glossary (UN and CLDR names) and the precedence of curated glossaries."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from tools.config import load_config
from tools.glossary import SourceMatcher, lint_glossary, load_glossary
from tools.glossary.precedence import BUILTIN, REFERENCE, glossary_role

ROOT = Path(__file__).resolve().parent.parent
COUNTRIES = ROOT / "tools" / "glossary" / "builtin" / "news" / "countries.po"
#: The repository's configured glossary: glossary/ and builtin:news.
PROJECT = list(load_config(ROOT).glossary)
CURATED = ROOT / "glossary" / "ar-en.po"
SEED = ROOT / "seeds" / "hammouchi-ahlgren.txt"


def build_module():  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("build_countries", ROOT / "scripts" / "build_countries_glossary.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def entries() -> dict[tuple[str | None, str], polib.POEntry]:
    return {(e.msgctxt, e.msgid): e for e in polib.pofile(str(COUNTRIES))}


def test_committed_file_is_what_the_script_builds(tmp_path: Path) -> None:
    out = tmp_path / "countries.po"
    build = build_module()
    assert build.build(output=out) is True  # from the UN data, babel's CLDR and the variant table
    assert out.read_bytes() == COUNTRIES.read_bytes()
    assert build.build(output=out) is False  # a second run changes nothing


def test_passes_msgfmt_check() -> None:
    result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(COUNTRIES)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == ""


def test_header_names_source_licence_and_role() -> None:
    po = polib.pofile(str(COUNTRIES))
    assert "ODC-PDDL-1.0" in po.header and "somewhat unclear" in po.header
    assert po.metadata["X-Glossary-Role"] == REFERENCE
    assert glossary_role(COUNTRIES) == BUILTIN  # shipped in the package: below every project file


@pytest.mark.parametrize(
    ("msgctxt", "msgid", "msgstr"),
    [
        ("country", "المغرب", "Morocco"),
        ("country|formal", "المملكة المغربية", "Kingdom of Morocco"),  # leading "the" dropped
        # trailing "(the)" of the UN short name dropped
        ("country", "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية", "United Kingdom of Great Britain and Northern Ireland"),
        ("country", "هولندا", "Netherlands"),
        ("country|formal", "مملكة هولندا", "Kingdom of the Netherlands"),
        # inverted UN short names become their head in both languages
        ("country", "بوليفيا", "Bolivia"),
        ("country", "إيران", "Iran"),
        ("country|formal", "جمهورية إيران الإسلامية", "Islamic Republic of Iran"),
        # footnote marks of observer States dropped
        ("country", "دولة فلسطين", "State of Palestine"),
        ("country", "أيرلندا", "Ireland"),
    ],
)
def test_un_names(entries: dict, msgctxt: str, msgid: str, msgstr: str) -> None:  # noqa: ANN001
    assert entries[(msgctxt, msgid)].msgstr == msgstr


def test_same_short_and_formal_name_is_one_entry(entries: dict) -> None:  # noqa: ANN001
    assert ("country", "أيرلندا") in entries and ("country|formal", "أيرلندا") not in entries


def test_comment_keeps_the_un_article(entries: dict) -> None:  # noqa: ANN001
    comment = entries[("country", "هولندا")].comment
    assert "UN short name: Netherlands (the)" in comment and "ISO 3166: NL, NLD; M49: 528." in comment


@pytest.mark.parametrize(("short", "formal", "english"), [("مالي", "جمهورية مالي", "Republic of Mali"), ("عمان", "سلطنة عمان", "Sultanate of Oman")])
def test_homograph_of_a_common_word_ships_only_its_formal_name(
    entries: dict, short: str, formal: str, english: str  # noqa: ANN001
) -> None:
    assert ("country", short) not in entries
    assert entries[("country|formal", formal)].msgstr == english


def test_homograph_mali_does_not_match_the_adjective_financial() -> None:
    matcher = SourceMatcher(load_glossary([COUNTRIES]).terms)
    assert [m.term.source for m in matcher.find("قدم الدعم المالي للبلدين")] == []


def test_no_asterisk_or_bracket_left(entries: dict) -> None:  # noqa: ANN001
    for (_, msgid), entry in entries.items():
        assert "*" not in msgid + entry.msgstr and "(" not in msgid + entry.msgstr


# ----------------------------------------------------------------------------- precedence


def test_curated_glossary_wins_over_the_un_names_for_the_same_term() -> None:
    glossary = load_glossary(PROJECT)
    morocco = glossary.term("المملكه المغربيه")
    assert morocco is not None and morocco.path.endswith("ar-en.po")
    assert [r.text for r in morocco.approved] == ["Kingdom of Morocco", "Morocco"]
    assert {r.path for r in morocco.approved + morocco.forbidden} == {str(CURATED)}


def test_curated_glossary_wins_whatever_the_file_order(tmp_path: Path) -> None:
    # "a-countries.po" sorts before "ar-en.po": the role decides, not the name.
    shutil.copy(COUNTRIES, tmp_path / "a-countries.po")
    shutil.copy(CURATED, tmp_path / "ar-en.po")
    ireland = load_glossary([tmp_path]).term("ايرلندا")
    assert ireland is not None and ireland.path.endswith("ar-en.po")
    assert [r.text for r in ireland.forbidden] == ["Irland"]


def test_un_spelling_with_hamza_is_the_same_term_as_the_curated_one() -> None:
    # إيرلندا (curated) and أيرلندا (UN) normalize alike: one term, owned by ar-en.po.
    glossary = load_glossary(PROJECT)
    ireland = [t for t in glossary.terms if t.key == "ايرلندا"]
    assert len(ireland) == 1 and ireland[0].source == "إيرلندا"


def test_reference_glossary_still_adds_terms_the_curated_one_lacks() -> None:
    glossary = load_glossary(PROJECT)
    uk = glossary.term("المملكه المتحده لبريطانيا العظمي وايرلندا الشماليه")
    assert uk is not None and uk.path.endswith("countries.po")


def test_shipped_glossaries_lint_without_errors_or_warnings() -> None:
    findings = lint_glossary(load_glossary(PROJECT))
    assert [f for f in findings if f.severity.label != "info"] == []


def test_seed_article_country_names_resolve_to_the_curated_renderings() -> None:
    matcher = SourceMatcher(load_glossary(PROJECT).terms)
    found = {m.term.source: m.term for m in matcher.find(SEED.read_text("utf-8"))}
    assert [r.text for r in found["المملكة المتحدة"].approved] == ["United Kingdom", "UK", "Britain", "U.K."]
    assert [r.text for r in found["المغرب"].approved] == ["Morocco"]
    assert [r.text for r in found["إيرلندا"].approved] == ["Ireland"]
    assert [r.text for r in found["المملكة المغربية"].approved] == ["Kingdom of Morocco", "Morocco"]


def _glossary_file(path: Path, role: str | None, entries: str) -> Path:
    role_line = f'"X-Glossary-Role: {role}\\n"\n' if role else ""
    path.write_text(f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n{role_line}\n{entries}', "utf-8")
    return path


@pytest.mark.parametrize(
    ("files", "owner"),
    [
        # curated beats reference, whatever the order
        ([("ref", "reference", "Morocco (UN)"), ("cur", None, "Morocco")], "cur"),
        ([("cur", None, "Morocco"), ("ref", "reference", "Morocco (UN)")], "cur"),
        # among reference glossaries the first listed wins
        ([("ref1", "reference", "Morocco (1)"), ("ref2", "reference", "Morocco (2)")], "ref1"),
        # a fuzzy candidate in a curated file claims nothing
        ([("ref", "reference", "Morocco (UN)"), ("cur", None, "#, fuzzy\nMorocco")], "ref"),
    ],
    ids=["reference-first", "curated-first", "two-references", "fuzzy-curated"],
)
def test_precedence_rule(tmp_path: Path, files: list[tuple[str, str | None, str]], owner: str) -> None:
    paths = []
    for name, role, english in files:
        flags, _, text = english.rpartition("\n")
        entry = f'{flags + chr(10) if flags else ""}msgid "المغرب"\nmsgstr "{text}"\n'
        paths.append(_glossary_file(tmp_path / f"{name}.po", role, entry))
    term = load_glossary(paths).term("المغرب")
    assert term is not None and Path(term.path).stem == owner
    assert {Path(r.path).stem for r in term.approved} == {owner}
