"""The curated lexicon of the nouns that head news terms: broken plurals, persons, sound plurals.

Regular forms follow from rules (:mod:`tools.text.arabic.inflection`); a
broken plural (وزير → وزراء, قمة → قمم) and whether a noun names a person or
takes the sound plural (مستشارون, but not *وزيرون) must be listed. The table
is ``data/plurals.tsv`` (provenance and format in ``data/README.md``), read
once, normalized.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tools.text.arabic.normalize import normalize

DATA = Path(__file__).with_name("data")


@dataclass(frozen=True)
class Noun:
    """What inflection needs to know about a head noun."""

    stem: str  # normalized, no article
    human: bool = False  # has a feminine, takes the feminine plural ات
    sound: bool = False  # takes the sound masculine plural ون/ين
    broken: tuple[str, ...] = ()  # broken plurals from the lexicon
    listed: bool = False  # found in the lexicon

    @property
    def feminine(self) -> bool:
        return self.stem.endswith("ه")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Noun]:
    """The curated plural table (``data/plurals.tsv``), by normalized singular."""
    nouns: dict[str, Noun] = {}
    for line in (DATA / "plurals.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        singular, plurals, *rest = line.split("\t")
        tags = set((rest[0] if rest else "").split())
        stem = normalize(singular)
        broken = tuple(normalize(p) for p in plurals.split() if p != "-")
        nouns[stem] = Noun(stem, human="h" in tags, sound="s" in tags, broken=broken, listed=True)
    return nouns


@lru_cache(maxsize=1)
def known_plurals() -> frozenset[str]:
    """Every broken plural of the lexicon: a head already plural is not pluralized again."""
    return frozenset(p for noun in lexicon().values() for p in noun.broken)


def noun(stem: str, person: bool) -> Noun:
    """The lexicon's entry for ``stem``, or what the rules say about an unlisted noun.

    An unlisted noun that names a person (``person``: the term is a title)
    takes the sound plural when it has the shape of a participle (مفتش,
    مراقب: مـ + at least three letters) or of a nisba (صحفي).
    """
    listed = lexicon().get(stem)
    if listed is not None:
        return listed
    sound = person and ((stem.startswith("م") and len(stem) >= 4) or stem.endswith("ي"))
    return Noun(stem, human=person, sound=sound)
