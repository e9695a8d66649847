"""The Arabic matcher's key values, packed in columns and built on first use.

The glossaries are tests/data/glossary/terms.po and forms.po (see the
README there); the texts are every msgid of the test data's PO files, the
glossaries' own terms among them.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import polib
import pytest

from tools.glossary import SourceMatcher, load_glossary
from tools.glossary.match.key_values import KeyValues
from tools.text import arabic

DATA = Path(__file__).parent / "data"
GLOSSARY = load_glossary([DATA / "glossary" / "terms.po", DATA / "glossary" / "forms.po"])
#: Every Arabic text of the test data's PO files.
TEXTS = sorted(
    {
        entry.msgid
        for path in sorted(DATA.rglob("*.po"))
        for entry in polib.pofile(str(path))
        if entry.msgid
    }
)


def _terms_found(matcher: SourceMatcher, text: str) -> list[tuple[object, ...]]:
    """Everything the matcher records for ``text``, with each term named by its key."""
    found, heh = matcher._found(arabic.word_line(text))
    return [(*record[:6], record[6].key, *record[7:]) for record in found] + [heh]


def test_texts_are_there() -> None:
    assert len(TEXTS) > 100
    assert any(SourceMatcher(GLOSSARY.terms).find(text) for text in TEXTS)


def test_a_key_value_is_built_only_when_a_text_hits_the_key() -> None:
    matcher = SourceMatcher(GLOSSARY.terms)
    values = matcher._values
    assert values._built.count(None) == len(values)
    for text in TEXTS:
        matcher.find(text)
    built = len(values) - values._built.count(None)
    assert 0 < built < len(values)


def test_each_key_keeps_its_terms_in_glossary_order_with_their_prefixes() -> None:
    terms = GLOSSARY.terms[:3]
    plain, whole = {"": 0, "و": 1}, {"": 0}
    given = [
        (4, 0, [(plain, 0, terms[0], None)]),
        (7, 1, [(whole, 1, terms[1], None), ({"": 0}, 2, terms[2], None)]),
    ]
    values = KeyValues(terms, given)
    for number, (length, more_words, key_terms) in enumerate(given):
        assert values[number] == (length, more_words, tuple(key_terms))
        assert values[number] is values[number]  # kept once built
    assert values[1][2][0][2] is terms[1]  # the glossary's own term, not a copy


def test_a_key_term_must_name_its_term_by_its_index() -> None:
    terms = GLOSSARY.terms[:2]
    with pytest.raises(ValueError, match="index"):
        KeyValues(terms, [(3, 0, [({"": 0}, 0, terms[1], None)])])


def test_a_copy_of_the_matcher_finds_exactly_what_the_original_finds() -> None:
    """The glossary cache and --jobs workers use copies: same records, forms and readings, text for text."""
    original = SourceMatcher(GLOSSARY.terms)
    copy = pickle.loads(pickle.dumps(original))
    assert copy._values._built.count(None) == len(copy._values)
    for text in TEXTS:
        assert _terms_found(copy, text) == _terms_found(original, text), text
        assert [(m.span, m.term.key, m.form, m.readings) for m in copy.find(text)] == [
            (m.span, m.term.key, m.form, m.readings) for m in original.find(text)
        ]


def test_a_matcher_without_terms_survives_a_copy() -> None:
    copy = pickle.loads(pickle.dumps(SourceMatcher(())))
    assert copy.find("وزير الخارجية") == []
