"""Properties of term forms over two real glossaries (the project's and the news test glossary).

* Putting a term in one of its forms, with a proclitic on it, never loses
  the match: the matcher finds that term over those words.
* No form of one term is read as another glossary term.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tools.glossary import SourceMatcher, load_glossary
from tools.glossary.match.arabic_forms import term_variants
from tools.text.arabic.inflection import Variant

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = load_glossary([ROOT / "glossary", ROOT / "tests" / "data" / "glossary" / "forms.po"])
MATCHER = SourceMatcher(GLOSSARY.terms)
FORMS = [(term, variant) for term in GLOSSARY.terms for variant in term_variants(term)]
#: A genitive that is no glossary term, for the forms that need one after them.
GENITIVE = "المدينة"
#: Proclitics a word may carry: before the article (و ف ب ك, ل merging into لل) or before a bare word.
BEFORE_ARTICLE = ("", "و", "ف", "ب", "ك", "وب", "فب", "ل", "ول")
BEFORE_WORD = ("", "و", "ف", "ب", "ك", "ل", "وب", "فل")


def realize(variant: Variant, ending_index: int) -> list[str]:
    """The words of one text form of ``variant`` (an ending chosen for an open key, a genitive where needed)."""
    words = list(variant.words)
    genitive = variant.genitive
    if variant.endings is not None:
        endings = sorted(variant.endings)
        ending = endings[ending_index % len(endings)]
        words[-1] += ending
        genitive = variant.endings[ending][1]
    after = [GENITIVE] if genitive else []
    return words + after + list(variant.tail)


def attach(proclitic: str, word: str) -> str:
    """``proclitic`` written onto ``word``; ل + ال merge into لل."""
    if proclitic.endswith("ل") and word.startswith("ال"):
        return proclitic + word[1:]
    return proclitic + word


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(FORMS), st.integers(0, 20), st.integers(0, 20))
def test_a_form_with_a_proclitic_is_found_as_its_own_term(pair, ending_index: int, proclitic_index: int) -> None:
    term, variant = pair
    words = realize(variant, ending_index)
    choices = BEFORE_ARTICLE if words[0].startswith("ال") else BEFORE_WORD
    proclitic = choices[proclitic_index % len(choices)]
    words[0] = attach(proclitic, words[0])
    text = "وقال المصدر إن " + " ".join(words) + " أمس"
    first = text.index(words[0])
    over = [m for m in MATCHER.find(text) if m.start < first + len(words[0]) and m.end > first]
    assert over, f"{text!r}: nothing found over the form of {term.source!r}"
    assert over[0].term.key == term.key, f"{text!r}: read as {over[0].term.source!r}, not {term.source!r}"


def test_the_glossaries_have_forms_to_test() -> None:
    assert len(FORMS) > 500
