"""Finding approved and forbidden English renderings in a translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.glossary import approved_present, find_rendering, forbidden_present, load_glossary

DATA = Path(__file__).parent / "data" / "glossary"
GLOSSARY = load_glossary([DATA / "terms.po"])


def term(source: str):
    from tools.text import arabic

    found = GLOSSARY.term(arabic.normalize(source))
    assert found is not None, source
    return found


@pytest.mark.parametrize(
    ("english", "rendering", "case_sensitive", "expected"),
    [
        pytest.param("Vice Admiral Edward Ahlgren", "Vice Admiral", False, "Vice Admiral", id="plain"),
        pytest.param("vice admiral Ahlgren", "Vice Admiral", False, "vice admiral", id="case_insensitive_default"),
        pytest.param("vice admiral Ahlgren", "Vice Admiral", True, None, id="case_sensitive_flag"),
        pytest.param("the DGSN said", "DGSN", True, "DGSN", id="case_sensitive_exact"),
        pytest.param("the Vice Admiralty court", "Vice Admiral", False, None, id="no_longer_word_vice_admiralty"),
        pytest.param("a subvice admiral", "Vice Admiral", False, None, id="no_word_glued_before"),
        pytest.param("the Director General of", "Director-General", False, "Director General", id="hyphen_in_rendering_space_in_text"),
        pytest.param("the Director-General of", "Director General", False, "Director-General", id="space_in_rendering_hyphen_in_text"),
        pytest.param("the Director\u00a0General", "Director General", False, "Director\u00a0General", id="nbsp_in_text"),
        pytest.param("the Director   General", "Director General", False, "Director   General", id="repeated_spaces_in_text"),
        pytest.param("Morocco's king", "Morocco", False, "Morocco's", id="possessive_straight_apostrophe"),
        pytest.param("Morocco’s king", "Morocco", False, "Morocco’s", id="possessive_curly_apostrophe"),
        pytest.param("three liaison officers", "liaison officer", False, "liaison officers", id="plural_s"),
        pytest.param("two witnesses", "witness", False, "witnesses", id="plural_es"),
        pytest.param("the security services’ work", "security services", False, "security services", id="plural_possessive"),
        pytest.param("Côte d’Ivoire", "Côte d'Ivoire", False, "Côte d’Ivoire", id="curly_apostrophe_inside_rendering"),
        pytest.param("police (DGSN) officers", "DGSN", False, "DGSN", id="brackets_around"),
        pytest.param("“Rabat”,", "Rabat", False, "Rabat", id="quotes_and_comma_around"),
        pytest.param("the U.K. Ambassador", "U.K.", False, "U.K.", id="rendering_ending_in_full_stop"),
        pytest.param("the 2030 World Cup", "2030 World Cup", False, "2030 World Cup", id="digits_in_rendering"),
        pytest.param("Rabats", "Rabat", False, "Rabats", id="plural_of_name_is_tolerated"),
        pytest.param("Rabatian", "Rabat", False, None, id="derived_word_is_not_tolerated"),
        pytest.param("", "Rabat", False, None, id="empty_text"),
    ],
)
def test_find_rendering(english: str, rendering: str, case_sensitive: bool, expected: str | None) -> None:
    span = find_rendering(english, rendering, case_sensitive)
    assert (english[span[0] : span[1]] if span else None) == expected


def test_empty_rendering_is_never_found() -> None:
    assert find_rendering("anything at all", "  ") is None


@pytest.mark.parametrize(
    ("english", "source", "expected"),
    [
        pytest.param("He visited Morocco.", "المملكة المغربية", "Morocco", id="preferred_short_name"),
        pytest.param("the Kingdom of Morocco", "المملكة المغربية", "Morocco", id="preferred_checked_first"),
        pytest.param("the Moroccan Kingdom", "المملكة المغربية", None, id="only_forbidden_used"),
        pytest.param("the DGSN", "المديرية العامة للأمن الوطني", "DGSN", id="any_approved_alternative"),
        pytest.param("the dgsn", "المديرية العامة للأمن الوطني", None, id="case_sensitive_alternative"),
        pytest.param("the Who said", "منظمة الصحة العالمية", None, id="case_sensitive_acronym_vs_word"),
    ],
)
def test_approved_present(english: str, source: str, expected: str | None) -> None:
    found = approved_present(english, term(source))
    assert (found.text if found else None) == expected


def test_preferred_rendering_comes_first() -> None:
    assert [r.text for r in term("المملكة المغربية").approved] == ["Morocco", "Kingdom of Morocco"]


@pytest.mark.parametrize(
    ("english", "expected"),
    [
        pytest.param("the Moroccan Kingdom said", ["Moroccan Kingdom"], id="forbidden_used"),
        pytest.param("the moroccan kingdom said", ["Moroccan Kingdom"], id="forbidden_case_insensitive"),
        pytest.param("the Kingdom of Morocco said", [], id="approved_only"),
        pytest.param("", [], id="empty"),
    ],
)
def test_forbidden_present(english: str, expected: list[str]) -> None:
    assert [r.text for r in forbidden_present(english, term("المملكة المغربية"))] == expected


def test_forbidden_inside_approved_rendering_is_not_reported() -> None:
    from dataclasses import replace

    base = term("الأمن")
    forbidden = replace(base.approved[0], text="National", forbidden=True)
    approved = replace(base.approved[0], text="National Security")
    custom = replace(base, approved=(approved,), forbidden=(forbidden,))
    assert forbidden_present("Directorate of National Security", custom) == []
    assert forbidden_present("the National police", custom) == [forbidden]


@pytest.mark.parametrize(
    ("rendering", "english"),
    [
        ("branches", "two branches were closed"),  # the word itself
        ("branch", "two branches were closed"),  # -es after ch: "branche" is no word
        ("tax", "new taxes"),  # -es after x
        ("Hamouchi", "the Hamouchis"),  # -s
        ("Hamouchi", "Hamouchi's visit"),  # possessive
        ("work trip", "several work trips"),  # a longer rendering is found by its first word
    ],
)
def test_forbidden_index_finds_a_rendering_with_its_plural_ending(rendering: str, english: str) -> None:
    """The pre-filter looks words up without -s and without -es, as find_rendering accepts them
    on a one-word rendering."""
    from tools.glossary.match.english import ForbiddenIndex, find_rendering
    from tools.glossary.model import Rendering, Term

    assert find_rendering(english, rendering) is not None
    forbidden = Rendering(rendering, True, False, False, "g.po", 1, None, "")
    term = Term("مصطلح", "مصطلح", (), (), (forbidden,), (), "g.po", 1)
    assert ForbiddenIndex([term]).candidates(english) == [term]
