"""Which forms of a glossary term the Arabic matcher looks for, decided per term.

The morphology is in :mod:`tools.text.arabic.inflection`; this module decides
what applies to a term from what the glossary says it is:

* names of people and places (categories ``person``, ``place``, ``country``,
  ``region``, ``territory``, ``name``) never inflect, and are never read
  after the article: ألبينس is not ال + بينس;
* proper names of one body (``agency``, ``organization``, ``media``,
  ``party``: منظمة الأنتربول) and nationalities (whose glossary lists their
  forms) keep their one shape;
* a term written with أل / إل / آل (ألبان, إلياس) has no article there:
  normalization makes it look like one, so such a term keeps its shape;
* titles (``title``) name persons: feminine (وزيرة الخارجية), duals and
  plurals, sound plurals where the noun takes them, broken plurals from the
  lexicon, pronoun suffixes, construct and ل forms. No feminine when an
  approved English rendering is gendered (King, Prince, Sheikh, His
  Majesty: الملكة is a queen, not a king);
* every other term (``concept``, ``event``, ``institution``, no category):
  the same without the feminine; a one-word concept (or a term of a
  category not listed here) is not looked for in construct before any
  genitive: فيروس كورونا is "coronavirus", not a form of الفيروس;
* a term with the flag ``no-inflection`` keeps its one shape; the forms a
  term declares in an extracted comment ``forms: ...`` are found as they are.
"""

from __future__ import annotations

import re

from tools.glossary.model import Term
from tools.text import arabic
from tools.text.arabic.inflection import Form, Profile, Variant, variants

#: Categories whose terms are names: no forms, no article in front.
NAME_CATEGORIES = frozenset({"person", "place", "country", "region", "territory", "name"})
#: Categories whose terms are the proper name of one body, or a word whose
#: forms a glossary lists itself (nationalities: أفغاني, أفغانية, أفغان): no forms.
FIXED_CATEGORIES = frozenset({"agency", "organization", "media", "party", "nationality"})
#: Categories whose head noun names a person: a feminine as well.
PERSON_CATEGORIES = frozenset({"title"})
#: Categories whose one-word terms are found in construct before any genitive
#: (سفير فرنسا, قمة العشرين, وزارة الداخلية).
CONSTRUCT_CATEGORIES = frozenset({"title", "event", "institution"})
#: English words whose feminine is another word: a feminine Arabic title is
#: then another title (الملكة: Queen), not a form of this one.
GENDERED_ENGLISH = frozenset(
    "king kings prince princes emperor duke lord sultan emir sheikh sheik count baron monk "
    "priest father brother son husband man men boy actor heir his him mr sir".split()
)
#: The flag that keeps a term to the one shape the glossary writes.
FLAG_NO_INFLECTION = "no-inflection"
#: An extracted comment line that declares other forms of a term.
FORMS_PREFIX = "forms:"
_FORM_SEPARATORS = re.compile(r"[،,;؛]")
DECLARED = Form(state="declared")


def is_name(term: Term) -> bool:
    """Whether ``term`` is a name of a person or place (read only as written)."""
    return bool(set(term.categories) & NAME_CATEGORIES)


def profile(term: Term) -> Profile | None:
    """What may change in ``term``; ``None``: nothing (a name, a fixed body, ``no-inflection``)."""
    categories = set(term.categories)
    if not term.inflect or categories & (NAME_CATEGORIES | FIXED_CATEGORIES) or _hamza_before_lam(term):
        return None
    person = bool(categories & PERSON_CATEGORIES) and not _gendered(term)
    construct = bool(categories & CONSTRUCT_CATEGORIES)
    return Profile(feminine=person, number=True, construct=construct)


def _hamza_before_lam(term: Term) -> bool:
    """Whether a word of the term starts with أل, إل or آل: letters that normalize to the article."""
    return any(word[:2] in HAMZA_LAM for word in arabic.strip_ignorable(term.source).split())


#: An alef with hamza or madda before lam: never the article (ألبان, إلى, آلة).
HAMZA_LAM = frozenset({"أل", "إل", "آل"})


def _gendered(term: Term) -> bool:
    words = {w for r in term.approved for w in re.findall(r"[a-z]+", r.text.casefold())}
    return bool(words & GENDERED_ENGLISH)


def term_variants(term: Term) -> list[Variant]:
    """The forms of ``term`` to look for besides the term itself: declared ones first."""
    declared = [Variant(tuple(arabic.term_key(form).split()), DECLARED) for form in term.forms]
    declared = [v for v in declared if v.words]
    chosen = profile(term)
    if chosen is None:
        return declared
    return declared + variants(tuple(term.key.split()), chosen)


def declared_forms(note: str) -> tuple[str, ...]:
    """The forms declared in an entry's comments: lines ``forms: الوزراء، وزيرات``."""
    forms: list[str] = []
    for line in note.splitlines():
        line = line.strip()
        if line.casefold().startswith(FORMS_PREFIX):
            forms.extend(f.strip() for f in _FORM_SEPARATORS.split(line[len(FORMS_PREFIX) :]) if f.strip())
    return tuple(forms)
