"""The automaton keys of a term's forms, and the checks a form's key makes on the words after it.

:mod:`tools.text.arabic.inflection` says what the forms are; here each
becomes a key of the matcher's automaton (:mod:`tools.glossary.match.arabic`)
with a :class:`FormKey`: the endings an open key's last word may take, the
genitive a construct state needs after it, the words that must follow.
"""

from __future__ import annotations

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
        #: The words that must follow, as a piece of a word line.
        self.tail = "".join(" " + word for word in variant.tail) + " " if variant.tail else ""

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
        if not variant.genitive and len(variant.words) > KEY_WORDS:
            # the words after the first two are checked on the line, not put in the key
            variant = Variant(variant.words[:KEY_WORDS], variant.form, tail=variant.words[KEY_WORDS:] + variant.tail)
        return [(" ".join(variant.words) + " ", _form_key(variant))]
    words = " ".join(variant.words)
    by_letter: dict[str, Endings] = {}
    for ending, value in variant.endings.items():
        by_letter.setdefault(ending[:1], {})[ending[1:]] = value
    keys = []
    for letter, endings in by_letter.items():
        if letter:
            keys.append((words + letter, _form_key(Variant(variant.words, variant.form, endings, tail=variant.tail))))
        else:  # the bare stem: a closed key
            form, genitive = endings[""]
            keys.append((words + " ", _form_key(Variant(variant.words, form, genitive=genitive, tail=variant.tail))))
    return keys


_FORM_KEYS: dict[tuple[object, ...], FormKey] = {}
_FORMS: dict[Form, Form] = {}
_ENDINGS: dict[tuple[tuple[str, tuple[Form, bool]], ...], Endings] = {}


def _form_key(variant: Variant) -> FormKey:
    """One :class:`FormKey` per distinct check: most forms of a large glossary share theirs.

    The forms and endings in it are shared too (a few dozen distinct ones
    among the tens of thousands of keys of a large glossary): less memory,
    and fewer objects to write to and read from the glossary cache.
    """
    endings = None if variant.endings is None else tuple(
        (ending, (_shared_form(form), genitive)) for ending, (form, genitive) in variant.endings.items()
    )
    form = _shared_form(variant.form)
    identity = (form, endings, variant.genitive, variant.tail)
    known = _FORM_KEYS.get(identity)
    if known is None:
        if len(_FORM_KEYS) > 1 << 16:
            _FORM_KEYS.clear()
        shared_endings = None if endings is None else _ENDINGS.setdefault(endings, dict(endings))
        known = _FORM_KEYS[identity] = FormKey(Variant(variant.words, form, shared_endings, variant.genitive, variant.tail))
    return known


def _shared_form(form: Form) -> Form:
    """The one :class:`Form` object equal to ``form``."""
    return _FORMS.setdefault(form, form)


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
