"""Country, territory and region names from CLDR (through babel), cleaned for a news glossary.

Shared by ``build_countries_glossary.py`` and ``build_news_glossary.py``.
CLDR's display names are the names a reader expects (روسيا / Russia, not
the UN's الاتحاد الروسي / Russian Federation), but they are written for
menus, not running text, so a few rules apply (also in glossary/README.md):

* ``&`` becomes ``and`` and ``St.`` becomes ``Saint`` (``Antigua &
  Barbuda``, ``St. Lucia``): news English spells them out;
* a bracketed part is dropped in both languages (``Myanmar (Burma)``,
  ``جزر كوكوس (كيلينغ)``); an alternative it names comes from the variant
  table instead;
* ``Congo - Kinshasa`` loses the spaces round its dash, and curly
  apostrophes become straight ones (the matcher treats them alike);
* a few display names that no text writes are replaced
  (:data:`ENGLISH_NEWS`, :data:`ARABIC_NEWS`), and the M49 region names get
  their news form next to the UN one (``Western Africa`` and ``West Africa``);
* codes that are not places a text names are skipped (:data:`SKIPPED`).

Why babel: it is already a dependency and ships CLDR, so the data needs no
copy in the repository and its version is pinned by babel's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import babel
from babel import Locale

#: CLDR codes left out: unknown/pseudo regions, "world" (العالم is an ordinary
#: word), names that only sort a list, the two organisations CLDR lists as
#: regions (the organisations glossary has them with their acronyms), and
#: Ceuta and Melilla, whose CLDR Arabic (سيوتا) is a transliteration: the
#: cities glossary has سبتة and مليلية. Saint Martin and Sint Maarten go too:
#: سان مارتن and سانت مارتن name churches, streets and people far more often.
SKIPPED = frozenset({"001", "021", "057", "QO", "XA", "XB", "ZZ", "UN", "EU", "UM", "EA", "MF", "SX"})

#: English names a news text writes where CLDR's display name is a menu label.
ENGLISH_NEWS: dict[str, tuple[str, ...]] = {
    "HK": ("Hong Kong",),
    "MO": ("Macao", "Macau"),
    "SH": ("Saint Helena",),
    "VC": ("Saint Vincent and the Grenadines",),
    "EZ": ("eurozone", "euro area"),
    "003": ("North America", "North American"),
    "005": ("South America", "South American"),
    "013": ("Central America", "Central American"),
    "419": ("Latin America", "Latin American"),
    "011": ("Western Africa", "West Africa"),
    "014": ("Eastern Africa", "East Africa"),
    "015": ("Northern Africa", "North Africa"),
    "017": ("Middle Africa", "Central Africa"),
    "030": ("Eastern Asia", "East Asia"),
    "034": ("Southern Asia", "South Asia"),
    "145": ("Western Asia", "West Asia"),
}

#: Arabic names a news text writes where CLDR's is a menu label.
ARABIC_NEWS: dict[str, str] = {"HK": "هونغ كونغ", "MO": "ماكاو"}

_BRACKETS = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True)
class Place:
    """One CLDR region: its code, Arabic name and English renderings."""

    code: str
    arabic: str
    english: tuple[str, ...]

    @property
    def is_region(self) -> bool:
        """An M49 region (numeric code) rather than a country or territory."""
        return self.code.isdigit()


def clean_english(name: str) -> str:
    """News English for a CLDR display name (rules in the module docstring)."""
    name = _BRACKETS.sub("", name).replace("’", "'")
    name = name.replace(" & ", " and ").replace(" - ", "-")
    return re.sub(r"\bSt\. ", "Saint ", name).strip()


def clean_arabic(name: str) -> str:
    return _BRACKETS.sub("", name).strip()


def cldr_places() -> list[Place]:
    """Every CLDR region with an Arabic and an English name, minus :data:`SKIPPED`, by code."""
    arabic, english = Locale("ar").territories, Locale("en").territories
    places = []
    for code in sorted(arabic):
        if code in SKIPPED or code not in english:
            continue
        renderings = ENGLISH_NEWS.get(code, (clean_english(english[code]),))
        places.append(Place(code, ARABIC_NEWS.get(code, clean_arabic(arabic[code])), renderings))
    return places


def english_names() -> dict[str, str]:
    """Code → the cleaned English country name (the first rendering)."""
    return {place.code: place.english[0] for place in cldr_places()}


#: Spellings that vary in Arabic news and are not merged by normalization:
#: أمريكا/أميركا, ديمقراطية/ديموقراطية.
SPELLING_PAIRS = (("أمريك", "أميرك"), ("ديمقراط", "ديموقراط"))


def spelling_variants(name: str) -> list[str]:
    """The other common spellings of an Arabic name (:data:`SPELLING_PAIRS`), not the name itself."""
    variants = []
    for one, other in SPELLING_PAIRS:
        for a, b in ((one, other), (other, one)):
            if a in name:
                variants.append(name.replace(a, b))
    return variants


#: The CLDR release the names come from, for the file header.
CLDR_SOURCE = f"CLDR through babel {babel.__version__}"
