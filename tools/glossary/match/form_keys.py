"""The automaton keys of a term's forms, and the checks a form's key makes on the words after it.

:mod:`tools.text.arabic.inflection` says what the forms are; here each
becomes a key of the matcher's automaton (:mod:`tools.glossary.match.arabic`)
with a :class:`FormKey`: the endings an open key's last word may take, the
genitive a construct state needs after it, the words that must follow.
"""

from __future__ import annotations

import sys
from typing import Any, TypeVar

from tools.glossary.match.arabic_forms import term_variants
from tools.glossary.model import Term
from tools.text import arabic
from tools.text.arabic.inflection import MAX_GAP, NOT_GENITIVE, Endings, Form, Variant

#: Letters the text may write before a key -> proclitic letters (as in the matcher).
Prefixes = dict[str, int]


class FormKey:
    """What a form's key asks of the text after it (see :class:`~tools.text.arabic.inflection.Variant`)."""

    __slots__ = ("endings", "form", "genitive", "tail")

    def __init__(self, variant: Variant):
        self.form = variant.form
        self.endings: Endings | None = variant.endings
        self.genitive = variant.genitive
        #: The words that must follow, as a piece of a word line. One copy of
        #: each: a 10,000-term glossary's 16,548 form keys have 4,473 tails,
        #: and the glossary cache then stores (and reads back) each once.
        self.tail = sys.intern("".join(" " + word for word in variant.tail) + " ") if variant.tail else ""

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # Read back by one call instead of a slot at a time: a large glossary
        # has tens of thousands of these in the glossary cache.
        return _restore, (self.form, self.endings, self.genitive, self.tail)

    def extend(self, line: str, end: int) -> tuple[int, int, Form] | None:
        """Where the form ends in ``line`` (its last letter's space), words added, and the form.

        ``end`` is where the key ends: its trailing space, or for an open key
        the stem's last letter. ``None`` when the text does not have the form.
        """
        form, genitive = self.form, self.genitive
        if self.endings is not None:
            stop = line.find(" ", end + 1)
            ending = self.endings.get(line[end + 1 : stop])
            if ending is None:
                return None
            form, genitive = ending
            end = stop
        added = 0
        if genitive:  # a construct state: a genitive follows (وزير خارجية فرنسا)
            stop = line.find(" ", end + 1)
            word = line[end + 1 : stop]
            if stop < 0 or word == arabic.BREAK or word in NOT_GENITIVE:
                return None
            if not self.tail:
                return end, 0, form
            return self._after_gap(line, stop, form)
        if self.tail:
            if not line.startswith(self.tail, end):
                return None
            added = self.tail.count(" ") - 1
            end += len(self.tail) - 1
        return end, added, form

    def _after_gap(self, line: str, position: int, form: Form) -> tuple[int, int, Form] | None:
        """The tail after one to :data:`MAX_GAP` genitive words (``position``: the space after the first)."""
        words = self.tail.count(" ") - 1
        for gap in range(1, MAX_GAP + 1):
            if line.startswith(self.tail, position):
                return position + len(self.tail) - 1, gap + words, form
            stop = line.find(" ", position + 1)
            if stop < 0 or line[position + 1 : stop] == arabic.BREAK:
                return None
            position = stop
        return None


def _restore(form: Form, endings: Endings | None, genitive: bool, tail: str) -> FormKey:
    """A :class:`FormKey` as :meth:`FormKey.__reduce__` wrote it."""
    key = FormKey.__new__(FormKey)
    key.form, key.endings, key.genitive, key.tail = form, endings, genitive, tail
    return key


def form_keys(
    term: Term, plain: Prefixes, no_article: Prefixes, merged: Prefixes
) -> list[tuple[str, Prefixes, FormKey]]:
    """The keys of the term's other forms (:func:`tools.glossary.match.arabic_forms.term_variants`).

    A form that starts with the article takes the proclitics the term takes
    (``plain``), and a لل key (``merged``) as the term does; a form without
    it (سفيرها, وزير خارجية) takes no article in front (``no_article``).
    """
    keys = []
    for variant in term_variants(term):
        first = variant.words[0]
        if len(first) < arabic.MIN_STEM:
            prefixes = {"": 0}
        else:
            prefixes = plain if first.startswith(arabic.ARTICLE) else no_article
        for key, form_key in _split(variant):
            keys.append((key, prefixes, form_key))
            if prefixes is plain:
                keys.append(("ل" + key[1:], merged, form_key))
    return keys


#: Words of a closed form put in its automaton key; the rest of the form is
#: checked on the line after a hit. Whole forms as keys (سفارات فرنسا في
#: مصر, سفيرتا فرنسا لدى ...) tripled the automaton of a 50,000-term glossary,
#: and a larger automaton is slower to walk, for every text.
KEY_WORDS = 2


def _split(variant: Variant) -> list[tuple[str, FormKey]]:
    """``variant``'s keys: one closed key, or an open key per first letter of its endings.

    An open key that stopped at the stem would hit on every plain occurrence
    of the word (فيروس, سارس) only to find no suffix after it; with the
    suffix's first letter in the key (فيروسه, فيروسك, فيروسن) it hits only
    where a suffix may be.
    """
    if variant.endings is None:
        words, tail = variant.words, variant.tail
        if not variant.genitive and len(words) > KEY_WORDS:
            # the words after the first two are checked on the line, not put in the key
            words, tail = words[:KEY_WORDS], words[KEY_WORDS:] + tail
        return [(" ".join(words) + " ", _form_key(variant.form, None, None, variant.genitive, tail))]
    stem = " ".join(variant.words)
    keys = []
    for letter, endings, token in _by_first_letter(variant.endings):
        if letter:
            keys.append((stem + letter, _form_key(variant.form, endings, token, False, variant.tail)))
        else:  # the bare stem: a closed key
            form, genitive = endings[""]
            keys.append((stem + " ", _form_key(form, None, None, genitive, variant.tail)))
    return keys


#: Every distinct check, by (form, endings token, genitive, tail).
_FORM_KEYS: dict[tuple[object, ...], FormKey] = {}
#: One object per distinct :class:`Form`, and per distinct group of endings (with a number for it).
_FORMS: dict[Form, Form] = {}
_ENDINGS: dict[tuple[tuple[str, tuple[Form, bool]], ...], tuple[Endings, int]] = {}
#: A variant's endings (most are one of a few shared mappings) -> their groups by first letter.
_BY_LETTER: dict[int, tuple[Endings, list[tuple[str, Endings, int]]]] = {}


def _by_first_letter(endings: Endings) -> list[tuple[str, Endings, int]]:
    """``endings`` grouped by first letter, each group without that letter: (letter, the rest, its number).

    Worked out once per endings mapping: the variants of a large glossary
    share a few dozen of them (:func:`tools.text.arabic.inflection._suffix_endings`).
    The groups are shared objects, one per distinct content.
    """
    cached = _BY_LETTER.get(id(endings))
    if cached is not None and cached[0] is endings:
        return cached[1]
    by_letter: dict[str, Endings] = {}
    for ending, value in endings.items():
        by_letter.setdefault(ending[:1], {})[ending[1:]] = value
    groups = []
    for letter, group in by_letter.items():
        shared, number = _ENDINGS.setdefault(tuple(group.items()), (group, len(_ENDINGS)))
        groups.append((letter, shared, number))
    if len(_BY_LETTER) > 1 << 12:
        _BY_LETTER.clear()
    _BY_LETTER[id(endings)] = (endings, groups)  # the mapping is kept: its id stays its own
    return groups


def _form_key(form: Form, endings: Endings | None, number: int | None, genitive: bool, tail: tuple[str, ...]) -> FormKey:
    """One :class:`FormKey` per distinct check: most forms of a large glossary share theirs.

    ``number`` identifies ``endings`` (see :func:`_by_first_letter`). The
    forms and endings in it are shared too (a few dozen distinct ones among
    the tens of thousands of keys of a large glossary): less memory, and
    fewer objects to write to and read from the glossary cache.
    """
    form = _FORMS.setdefault(form, form)
    identity = (form, number, genitive, tail)
    known = _FORM_KEYS.get(identity)
    if known is None:
        if len(_FORM_KEYS) > 1 << 16:
            _FORM_KEYS.clear()
        known = _FORM_KEYS[identity] = FormKey(Variant((), form, endings, genitive, tail))
    return known


_Found = TypeVar("_Found", bound=tuple[Any, ...])


def heh_checked(found: list[_Found], words: arabic.Scan) -> list[_Found]:
    """``found`` (the matcher's candidates) without the forms read with a suffix ه where the text has ة.

    Normalized text writes both as ه; only the original tells عرضه (a form of
    عرض) from عرضة (another word). Such a form always ends its match.
    """
    kept = []
    for candidate in found:
        form = candidate[8]
        if form is not None and form.heh:
            first = words.word_index(candidate[0])
            _start, end = words.span(first, candidate[3], first + candidate[7])
            if _last_letter(words.text, end) != "ه":
                continue
        kept.append(candidate)
    return kept


def _last_letter(text: str, end: int) -> str:
    """The last letter before ``end``, past diacritics, tatweel and invisible marks."""
    index = end - 1
    while index > 0 and text[index] in arabic.IGNORABLE:
        index -= 1
    return text[index] if index >= 0 else ""
