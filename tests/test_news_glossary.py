"""The built-in news glossaries (builtin:news): generated parts, curated parts, and what they match."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from tools.config import load_config
from tools.glossary import SourceMatcher, approved_present, forbidden_present, lint_glossary, load_glossary
from tools.glossary.builtin import path_of
from tools.glossary.load import glossary_files, read_glossary_file

ROOT = Path(__file__).resolve().parent.parent
NEWS = path_of("builtin:news")
FILES = sorted(NEWS.glob("*.po"))
PROJECT = list(load_config(ROOT).glossary)


def _script(name: str):  # noqa: ANN202
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def news():  # noqa: ANN201
    return load_glossary([NEWS])


@pytest.fixture(scope="module")
def matcher(news) -> SourceMatcher:  # noqa: ANN001
    return SourceMatcher(news.terms)


# --------------------------------------------------------------------------- the files


def test_generated_files_are_what_the_script_builds(tmp_path: Path) -> None:
    build = _script("build_news_glossary")
    assert build.build(output=tmp_path) == [True, True]
    for name in ("cities.po", "nationalities.po"):
        assert (tmp_path / name).read_bytes() == (NEWS / name).read_bytes(), name
    assert build.build(output=tmp_path) == [False, False]  # a second run changes nothing


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_passes_msgfmt_check(path: Path) -> None:
    result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == ""


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_file_says_where_its_renderings_come_from(path: Path) -> None:
    header = path.read_text("utf-8").split('msgid ""', 1)[0]
    assert "Source" in header or "Renderings:" in header
    assert "Licence" in header or "License" in header
    assert "X-Glossary-Role: reference" in path.read_text("utf-8")


def test_lint_clean_alone_and_with_the_repository_glossary(news) -> None:  # noqa: ANN001
    assert [f for f in lint_glossary(news) if f.severity.label != "info"] == []
    assert [f for f in lint_glossary(load_glossary(PROJECT)) if f.severity.label != "info"] == []


def test_no_term_is_defined_in_two_built_in_files() -> None:
    # Among built-in files the first owns a term: a second definition would be dead data.
    owners: dict[str, set[str]] = defaultdict(set)
    for path in glossary_files([NEWS]):
        for entry in read_glossary_file(path)[0]:
            owners[entry.key].add(path.name)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_at_least_1500_approved_terms_in_every_category(news) -> None:  # noqa: ANN001
    assert sum(1 for t in news.terms if t.approved) >= 1500
    categories = Counter(c for t in news.terms for c in t.categories)
    for category in ("country", "territory", "region", "place", "nationality", "organization", "title", "institution", "party", "agency", "media"):
        assert categories[category] > 0, category


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) == "Mn"


def test_arabic_spelling_is_clean(news) -> None:  # noqa: ANN001
    """No diacritics, tatweel, Persian letters, Latin letters or stray spaces in a built-in msgid."""
    for entry in news.entries:
        text = entry.msgid
        assert text == text.strip() and "  " not in text, text
        assert not any(_is_mark(c) or c in "ـیکگ" or c.isascii() and c.isalpha() for c in text), text


def test_english_has_no_stray_spaces_or_final_full_stop(news) -> None:  # noqa: ANN001
    for entry in news.entries:
        assert entry.msgstr == entry.msgstr.strip() and "  " not in entry.msgstr, entry.msgstr
        # a full stop only closes an abbreviation written with stops: U.S., U.K., F.B.I., D.C.
        assert not entry.msgstr.endswith(".") or re.search(r"\b(?:[A-Z]\.){2,}$", entry.msgstr), entry.msgstr


@pytest.mark.parametrize(
    ("masculine", "feminine"),
    [("روسي", "روسية"), ("الكوري الشمالي", "الكورية الشمالية"), ("جنوب أفريقي", "جنوب أفريقية")],
)
def test_feminine_nisba(masculine: str, feminine: str) -> None:
    assert _script("build_news_glossary").feminine(masculine) == feminine


# --------------------------------------------------------------------------- Arabic matching

FOUND = [
    # common news names next to the UN's formal ones
    ("قالت روسيا إن", "روسيا", "Russia"),
    ("أطلقت كوريا الشمالية صاروخا", "كوريا الشمالية", "North Korea"),
    ("رئيس الاتحاد الروسي", "الاتحاد الروسي", "Russian Federation"),
    # spelling variants that normalization does not merge: أمريكا/أميركا
    ("زار أميركا", "أميركا", "America"),
    ("سفارة الولايات المتحدة الأميركية", "الولايات المتحدة الأميركية", "United States"),
    # capitals as metonyms, with attached prepositions
    ("وأعلنت واشنطن", "واشنطن", "Washington"),
    ("وصل لموسكو", "موسكو", "Moscow"),
    ("في بكين", "بكين", "Beijing"),
    # nationality adjectives, both genders, with the article
    ("السفير الروسي", "روسي", "Russian"),
    ("الحكومة البريطانية", "بريطانية", "British"),
    ("الصواريخ الكورية الشمالية", "الكورية الشمالية", "North Korean"),
    ("المسؤولين الأمريكيين", "أمريكيين", "American"),
    # US/UK titles are longer terms, found before the generic one
    ("وزير الخارجية الأمريكي مايك بومبيو", "وزير الخارجية الأمريكي", "Secretary of State"),
    ("وزيرة الداخلية البريطانية", "وزيرة الداخلية البريطانية", "Home Secretary"),
    ("وزير المالية البريطاني", "وزير المالية البريطاني", "Chancellor of the Exchequer"),
    ("وزير العدل الأمريكي", "وزير العدل الأمريكي", "Attorney General"),
    ("وزير الداخلية الفرنسي", "وزير الداخلية", "interior minister"),
    # organisations with their acronyms
    ("أمام مجلس الأمن الدولي", "مجلس الأمن الدولي", "Security Council"),
    ("وحذرت منظمة الصحة العالمية", "منظمة الصحة العالمية", "World Health Organization"),
    ("بيان حلف شمال الأطلسي", "حلف شمال الأطلسي", "North Atlantic Treaty Organization"),
    # parties, media, Moroccan institutions
    ("نواب الحزب الجمهوري", "الحزب الجمهوري", "Republican Party"),
    ("ذكرت وكالة الأنباء الفرنسية", "وكالة الأنباء الفرنسية", "Agence France-Presse"),
    ("ضباط القوات المسلحة الملكية", "القوات المسلحة الملكية", "Royal Armed Forces"),
]


@pytest.mark.parametrize(("text", "term", "english"), FOUND, ids=[t for _, t, _ in FOUND])
def test_news_terms_are_found(matcher: SourceMatcher, text: str, term: str, english: str) -> None:
    found = {m.term.source: m.term for m in matcher.find(text)}
    assert term in found, sorted(found)
    assert english in [r.text for r in found[term].approved]


@pytest.mark.parametrize(
    "text",
    [
        "قدم الدعم المالي للبلدين",  # مالي: also "financial"
        "افتتاح مدارس البنين",  # بنين: also "sons"
        "وصل إلى عمان أمس",  # عمان: Oman or Amman
        "لم يخطر ببالي",  # بالي: Bali, also "my mind"
        "نشر صور الحادث",  # صور: Tyre, also "pictures"
    ],
    ids=["mali-financial", "benin-sons", "oman-amman", "bali-mind", "tyre-pictures"],
)
def test_homographs_of_common_words_are_not_terms(matcher: SourceMatcher, text: str) -> None:
    assert [m.term.source for m in matcher.find(text)] == []


def test_feminine_nisba_is_not_the_country(matcher: SourceMatcher) -> None:
    # سورية is a spelling of Syria but also the feminine of سوري: the glossary reads it as the adjective.
    [match] = matcher.find("القوات السورية")
    assert match.term.categories == ("nationality",)
    assert [r.text for r in match.term.approved] == ["Syrian", "Syria"]


# --------------------------------------------------------------------------- English side


def _term(news, source: str):  # noqa: ANN001, ANN202
    [match] = SourceMatcher(news.terms).find(source)
    return match.term


@pytest.mark.parametrize(
    ("arabic", "english", "approved"),
    [
        ("الروسي", "Russia's foreign ministry", True),  # the country's name for the adjective
        ("روسيا", "Russian-backed forces", True),  # the adjective for the country
        ("وزير الخارجية الأمريكي", "US Secretary of State Mike Pompeo", True),
        ("وزير الخارجية الأمريكي", "the US foreign minister", False),
        ("الولايات المتحدة", "the US said", True),
        ("الولايات المتحدة", "let us say", False),  # US is case-sensitive
        ("القوات المسلحة الملكية", "the FAR", True),
        ("القوات المسلحة الملكية", "far from the border", False),
        # acronyms that British news style writes as words match in any case
        ("حلف الناتو", "Nato allies", True),
        ("داعش", "Isis fighters", True),
        ("داعش", "it is", False),  # IS stays case-sensitive
    ],
)
def test_renderings_in_english(news, arabic: str, english: str, approved: bool) -> None:  # noqa: ANN001
    assert (approved_present(english, _term(news, arabic)) is not None) is approved


@pytest.mark.parametrize(
    ("arabic", "english", "forbidden"),
    [
        ("وزير الخارجية الأمريكي", "the US Foreign Minister said", ["US Foreign Minister"]),  # calque of a title
        ("زار إسرائيل", "visited Isreal", ["Isreal"]),  # misspelling of a country
        ("في الدار البيضاء", "in the White House", ["White House"]),  # MT calque of Casablanca
        ("روسيا البيضاء", "White Russia", ["White Russia"]),  # calque of Belarus
        ("في الجبل الأسود", "in Montenegro", []),
    ],
)
def test_forbidden_renderings_are_reported(news, arabic: str, english: str, forbidden: list[str]) -> None:  # noqa: ANN001
    assert [r.text for r in forbidden_present(english, _term(news, arabic))] == forbidden


def test_nationality_adjectives_agree_with_the_demonym_table() -> None:
    """The curated Arabic nisba table and the English demonym table of the matcher say the same.

    روماني is also "Roman" (not a nationality), approved on purpose.
    """
    table = ROOT / "tools" / "glossary" / "data" / "demonyms.tsv"
    forms: dict[str, set[str]] = {}
    for line in table.read_text("utf-8").splitlines()[1:]:
        code, _kind, _names, adjectives, demonyms = line.split("\t")
        forms[code] = set(adjectives.split(";")) | set(demonyms.split(";"))
    disagree = []
    for row in _script("build_news_glossary").read_table("nationalities.tsv"):
        for english in row["en"].split(";"):
            if row["code"] in forms and not english.startswith("@") and english not in forms[row["code"]] | {"Roman"}:
                disagree.append((row["code"], row["ar"], english))
    assert disagree == []
