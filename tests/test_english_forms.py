"""Which English forms count as an approved rendering, and where each tolerance stops.

Real news sentences; each row says whether the rendering is there and how
(exact or variant). The negative rows are the bounds the issue names: a
longer word is not the rendering, a shared stem across a different phrase is
not it, a forbidden rendering is forbidden in every form, acronyms keep case.
"""

from __future__ import annotations

import babel
import pytest

from tools.glossary.match import forms
from tools.glossary.match.english import Grade, approved_match, find_all, forbidden_present, locate
from tools.glossary.model import Rendering, Term


def _r(text: str, *, forbidden=False, case_sensitive=False, exact=False, case_insensitive=False) -> Rendering:
    return Rendering(text, forbidden, False, case_sensitive, "g.po", 1, None, "", exact, case_insensitive)


def _term(*approved: str, forbidden: tuple[str, ...] = ()) -> Term:
    return Term("مصطلح", "مصطلح", (), tuple(_r(a) for a in approved),
                tuple(_r(f, forbidden=True) for f in forbidden), (), "g.po", 1)


def _grade(english: str, rendering: Rendering) -> str | None:
    found = locate(english, rendering)
    return found.grade.value if found else None


@pytest.mark.parametrize(
    ("english", "rendering", "grade"),
    [
        # inflection of any word, wherever it stands
        ("The Secretaries-General of both bodies met in Geneva.", "Secretary-General", "variant"),
        ("Directors General of the agencies signed the accord.", "Director General", "variant"),
        ("The Ministers of Foreign Affairs of the Gulf states met.", "Minister of Foreign Affairs", "variant"),
        ("He is accused of having sexually assaulted her.", "sexual assault", "variant"),
        ("Three liaison officers attended.", "liaison officer", "exact"),
        # British and American spelling
        ("talks on the denuclearisation of the peninsula", "denuclearization", "variant"),
        ("The World Health Organisation said on Monday", "World Health Organization", "variant"),
        ("the Department of Defence", "Department of Defense", "variant"),
        ("ahead of the mid-term elections", "midterm elections", "variant"),
        ("the UN Development Programme", "UN Development Program", "variant"),
        ("closer co-operation between the two police forces", "cooperation", "variant"),
        # adjective and demonym forms of places, parties, institutions
        ("North Korean Foreign Minister Ri Yong Ho said", "North Korea", "variant"),
        ("Catalan separatists marked the anniversary", "Catalonia", "variant"),
        ("a Welsh Conservative member of the assembly", "Wales", "variant"),
        ("a Welsh Conservative member of the assembly", "Conservative Party", "variant"),
        ("Republican turnout was high in the suburbs", "Republican Party", "variant"),
        ("a congressional hearing on Thursday", "Congress", "variant"),
        ("Brexiteers in the cabinet", "Brexit", "variant"),
        ("two Britons were among the injured", "United Kingdom", "variant"),
        ("Moroccan police arrested him", "Morocco", "variant"),
        # the bounds
        ("the Vice Admiralty court", "Vice Admiral", None),
        ("trading in securities fell", "security services", None),
        ("the security of the services", "security services", None),
        ("security, services and trade", "security services", None),
        ("the Kingdom of Morocco", "Moroccan", None),  # a name is not found through its adjective
        ("the Moroccan kingdom", "Kingdom of Morocco", None),  # only a whole name takes the adjective
        ("Nigerian troops", "Niger", None),  # Nigeria's adjective, not Niger's (Nigerien)
        ("the North Korean border", "South Korea", None),
        ("They called on us to talk.", "US", None),  # acronyms keep their case
        ("the US called for talks", "US", "exact"),
        ("temperature differences through the central U.S. on Sunday", "US", "variant"),  # dotted
        ("the U.K. Ambassador", "UK Ambassador", "variant"),
        ("the u.s. army", "US", None),
        ("Who said that?", "WHO", None),
        ("NGOs working in the camps", "NGO", "exact"),
    ],
)
def test_where_a_rendering_is_found(english: str, rendering: str, grade: str | None) -> None:
    assert _grade(english, _r(rendering)) == grade


def test_exact_flag_takes_no_variant() -> None:
    assert _grade("the Secretaries-General", _r("Secretary-General", exact=True)) is None
    assert _grade("the Secretary-General's office", _r("Secretary-General", exact=True)) == "exact"


def test_case_insensitive_flag_lets_an_acronym_match_any_case() -> None:
    assert _grade("they called on us", _r("US", case_insensitive=True)) == "exact"


def test_case_sensitive_rendering_takes_no_variant() -> None:
    assert _grade("the Directors General", _r("Director General", case_sensitive=True)) is None


def test_variants_can_be_switched_off() -> None:
    term = _term("Secretary-General")
    assert approved_match("the Secretaries-General", term, variants=False) is None
    assert approved_match("the Secretaries-General", term).grade is Grade.VARIANT


def test_exact_rendering_is_preferred_to_a_variant_of_an_earlier_one() -> None:
    term = _term("Catalonia", "Catalan government")
    found = approved_match("the Catalan government said", term)
    assert (found.rendering.text, found.grade) == ("Catalan government", Grade.EXACT)


@pytest.mark.parametrize(
    ("english", "forbidden"),
    [
        ("two work trips to Rabat", ["work trip"]),
        ("the Secretaries General of the Arab League", ["Secretaries General"]),
        ("talks on denuclearisation", ["denuclearization"]),
        ("the English ambassadors", ["English Ambassador"]),
    ],
)
def test_forbidden_rendering_is_forbidden_in_every_form(english: str, forbidden: list[str]) -> None:
    term = _term("approved rendering", forbidden=tuple(forbidden))
    assert [r.text for r in forbidden_present(english, term)] == forbidden


def test_adjective_inside_a_forbidden_calque_is_not_the_approved_name() -> None:
    term = _term("Kingdom of Morocco", "Morocco", forbidden=("Moroccan Kingdom",))
    assert approved_match("the Moroccan Kingdom", term) is None
    assert [r.text for r in forbidden_present("the Moroccan Kingdom", term)] == ["Moroccan Kingdom"]


def test_find_all_gives_exact_and_variant_spans_without_overlap() -> None:
    english = "North Korea and North Korean officials"
    spans = find_all(english, _r("North Korea"))
    assert [english[s:e] for s, e in spans] == ["North Korea", "North Korean"]


@pytest.mark.parametrize(
    ("british", "american"),
    [("organisation", "organization"), ("defence", "defense"), ("programme", "program"),
     ("centre", "center"), ("labour", "labor"), ("denuclearised", "denuclearized"),
     ("travelled", "traveled"), ("paediatric", "pediatric")],
)
def test_british_and_american_spellings_share_a_key(british: str, american: str) -> None:
    assert forms.word_key(british) == forms.word_key(american)


@pytest.mark.parametrize(("one", "other"), [("Admiralty", "Admiral"), ("four", "for"), ("hour", "hor")])
def test_different_words_keep_different_keys(one: str, other: str) -> None:
    assert forms.word_key(one) != forms.word_key(other)


def test_demonym_table_covers_every_cldr_territory() -> None:
    names = babel.Locale("en").territories
    cldr = {code for code in names if len(code) == 2 and code.isalpha()} - {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"}
    table = {row["code"]: row for row in forms.demonym_rows()}
    assert cldr <= set(table)
    for code in cldr:
        assert table[code]["names"][0] == names[code], code


def test_demonym_table_is_well_formed() -> None:
    rows = forms.demonym_rows()
    assert {row["kind"] for row in rows} == {"territory", "region", "party", "institution"}
    assert all(row["names"] for row in rows)
    with_forms = [row for row in rows if row["adjectives"] or row["demonyms"]]
    assert len(with_forms) >= 240
