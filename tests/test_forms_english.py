"""Which English a form of a term asks for: the same renderings, and forbidden ones caught in every form.

A feminine title is the same title; a dual or plural Arabic form accepts
the English plural of the rendering, on whichever word it stands ("foreign
ministers", "Secretaries-General", "Directors General"), which the English
matcher's word forms (``tools.glossary.match.forms``) accept. A forbidden rendering
is reported whatever form the Arabic term has. Each case is a one-entry
project checked by the real engine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from form_cases import check_entry


def findings(tmp_path: Path, arabic: str, english: str) -> list[tuple[str, str | None, str | None]]:
    """(code, term, form) of the term findings on one entry."""
    return [
        (f.code, f.term, dict(f.extra).get("form"))
        for f in check_entry(tmp_path, arabic, english)
        if f.code.endswith("-term")
    ]


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("وقالت وزيرة الخارجية إن", "The Foreign Minister said"),
        ("ووصل وزيرا الخارجية", "The two Foreign Ministers arrived"),
        ("واجتمع وزراء الخارجية", "The foreign ministers met"),
        ("واستدعت الحكومة السفيرين البريطانيين", "The government summoned the two British ambassadors"),
        ("وعقدت القمم الثلاث", "The three summits were held"),
        ("وأسفر الزلزالان عن مقتل العشرات", "The two earthquakes killed dozens"),
        ("واستدعت فرنسا سفيرها", "France recalled its ambassador"),
        ("واجتمع الأمناء العامون للأحزاب", "The Secretaries-General of the parties met"),
        ("واجتمع المديرون العامون للمؤسسات", "The Directors General of the companies met"),
        ("وعقدت الأمينتان العامتان مؤتمرا", "The two Secretaries-General held a conference"),
    ],
    ids=["feminine_same_title", "dual_plural_english", "broken_plural_english", "dual_head_and_adjective",
         "plural_of_an_event", "dual_of_an_event", "suffix_singular_english",
         "broken_plural_head_plural_not_last_word", "sound_plural_head_plural_not_last_word",
         "feminine_dual_plural_english"],
)
def test_a_form_is_satisfied_by_the_approved_english(tmp_path: Path, arabic: str, english: str) -> None:
    assert findings(tmp_path, arabic, english) == []


@pytest.mark.parametrize(
    ("arabic", "english", "form"),
    [
        ("وقالت وزيرة الخارجية إن", "The Minister of the Outside said", "وزيرة الخارجية: feminine of وزير الخارجية"),
        ("ووصل وزيرا الخارجية", "The two Minister of the Outside arrived", "وزيرا الخارجية: dual of وزير الخارجية"),
        ("وقال وزير خارجية فرنسا", "The Minister of the Outside of France said",
         "وزير خارجية: construct state of وزير الخارجية"),
        ("واستقبلت السفيرة البريطانية الوفد", "The English Ambassador received the delegation",
         "السفيرة البريطانية: feminine of السفير البريطاني"),
        ("وأعلن رئيس وزرائها", "Its Head of Ministers announced",
         "رئيس وزرائها: with a pronoun suffix of رئيس الوزراء"),
    ],
    ids=["feminine", "dual", "construct_state", "feminine_head_and_adjective", "pronoun_suffix"],
)
def test_a_forbidden_rendering_is_caught_in_every_form(tmp_path: Path, arabic: str, english: str, form: str) -> None:
    found = findings(tmp_path, arabic, english)
    assert ("forbidden-term", found[0][1], form) in found
    assert all(f[2] == form for f in found)


def test_missing_term_says_which_form_was_seen(tmp_path: Path) -> None:
    assert findings(tmp_path, "ووصل وزيرا الخارجية", "The two envoys arrived") == [
        ("missing-term", "وزير الخارجية", "وزيرا الخارجية: dual of وزير الخارجية")
    ]
