"""Build the built-in news countries glossary: UN names, CLDR's common names, spelling variants.

Writes tools/glossary/builtin/news/countries.po (the ``builtin:news``
glossary) from the UN country names in glossary/data/unterm/, the CLDR
names through babel (scripts/cldr_names.py) and the variant table
glossary/data/news/country_variants.tsv.

Run from anywhere: ``.venv/bin/python scripts/build_countries_glossary.py``.
A second run changes no byte (the revision date is the data snapshot's).

What goes in, and the rules applied (also in glossary/README.md):

* the 195 states that have UNTERM names (UN Protocol and Liaison Service):
  the **short** name with msgctxt ``country`` and the **formal** name with
  ``country|formal``; one entry when both are the same in both languages;
* English short names lose the UN's sorting article, ``Netherlands (the)`` →
  ``Netherlands``, and formal names their leading ``the``, ``the Kingdom of
  Morocco`` → ``Kingdom of Morocco`` (a glossary rendering is searched for
  inside the sentence, which supplies its own article); the entry's
  comment says so, because a news text writes "the Netherlands";
* inverted short names, ``Bolivia (Plurinational State of)`` /
  ``بوليفيا (دولة - المتعددة القوميات)``, become their head in both languages
  (``Bolivia`` / ``بوليفيا``): the bracketed words only sort the list, and a
  text writes either the head or the formal name, which has its own entry;
* the footnote marks ``*`` (non-member observer States) and ``**``
  (Cook Islands, Niue) are dropped and explained in the comment;
* short names that are also common Arabic words are left out, see
  :data:`HOMOGRAPHS`: only their unambiguous formal names are shipped
  (جمهورية مالي, سلطنة عمان). A fuzzy entry would never match either, but
  would make every check of the repository report it;
* the 54 areas with only UNSD M49 names are left out: they are not UNTERM
  names, and several of those rows are defective in the source (see
  glossary/data/unterm/README.md).

Then the names the news uses, after the UN's (which they never replace):

* the CLDR name of every country, territory and M49 region (روسيا → Russia,
  كوريا الشمالية → North Korea, الصحراء الغربية → Western Sahara, أفريقيا
  → Africa), cleaned by :mod:`cldr_names`; msgctxt ``country`` (a UN
  member or observer), ``territory`` or ``region``, labelled ``|common``
  where the UN already gave the same Arabic another English;
* the variant table: other Arabic names and spellings (أمريكا, المجر,
  روسيا البيضاء) and the English alternatives of a name (Turkey/Türkiye,
  US, UK), labelled ``|variant``; ``@`` before an English rendering marks
  it case-sensitive (``US`` is not "us"), ``!`` marks a forbidden one, a
  misspelling or calque that translators write (Isreal, Phillipines, White
  Russia for روسيا البيضاء), labelled ``|misspelling``. Only forms that
  cannot be right English: "the Ukraine" is left out ("the Ukraine crisis"),
  and so is "England" for بريطانيا (a sentence may name both);
* for every Arabic name, its other spelling in :data:`cldr_names.SPELLING_PAIRS`
  (الولايات المتحدة الأميركية next to الأمريكية), labelled ``|spelling``;
* for the short and common names of a country, its English adjective from
  glossary/data/news/nationalities.tsv, labelled ``|adjective``: news
  English writes "Russian-backed forces" for القوات المدعومة من روسيا as
  often as "forces backed by Russia" (the nationalities glossary approves the
  country's name for the adjective, the same rule the other way round).

A rendering already given for the same term is not repeated, and the
homographs are left out whatever their source.
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import cldr_names  # noqa: E402

from tools.text import arabic  # noqa: E402
from tools.glossary.write import GlossaryRecord, write_glossary  # noqa: E402

DATA = ROOT / "glossary" / "data" / "unterm" / "country_names_wide.tsv"
VARIANTS = ROOT / "glossary" / "data" / "news" / "country_variants.tsv"
NATIONALITIES = ROOT / "glossary" / "data" / "news" / "nationalities.tsv"
OUTPUT = ROOT / "tools" / "glossary" / "builtin" / "news" / "countries.po"
#: Date of the data snapshot (datasets/country-codes commit of 2026-05-15).
REVISED = "2026-05-15 00:00+0000"

HEADER = f"""\
Country, territory and region names, Arabic–English, for news.
1. UN names: the short and formal names of the 195 UN member and observer
States from UNTERM (UN Protocol and Liaison Service).
msgctxt "country": short name; "country|formal": formal name.
Source: datasets/country-codes (data/country-codes.csv, columns UNTERM
English/Arabic Short/Formal), commit caa72d1e0e5af8876c170bb36a9e4d64a01bba88,
copied in glossary/data/unterm/.
Licence: ODC-PDDL-1.0 (Open Data Commons Public Domain Dedication and
License). Caveat from the source: the material is "ultimately sourced from
ISO and other standards bodies and their rights and licensing policies are
somewhat unclear". The names themselves are the UN's (UNTERM, UNSD).
2. Common names: the CLDR display names of countries, territories and
regions ({cldr_names.CLDR_SOURCE}; Unicode License v3), msgctxt "country",
"territory" or "region", label "|common" next to a UN name.
3. Variants: other Arabic names and spellings and English alternatives
(glossary/data/news/country_variants.tsv, curated; "|variant", "|spelling").
Left out: مالي (also 'financial'), عمان (also Amman, عمّان) and بنين (also
'sons'): they would match ordinary words; their formal names are included.
Generated by scripts/build_countries_glossary.py; do not edit by hand.
A reference glossary (X-Glossary-Role: reference): where a curated
glossary such as glossary/ar-en.po defines the same term, the curated
entries win (see glossary/README.md)."""

#: Short names that are also ordinary Arabic words: matched as country names
#: they would demand "Mali" for every "financial". Left out (formal names stay).
HOMOGRAPHS = {
    "مالي": "مالي is also the adjective 'financial' (الدعم المالي); confirm before approving.",
    "عمان": "without diacritics عمان is also Amman (عمّان), the capital of Jordan; confirm before approving.",
    "بنين": "بنين is also 'sons' (مدارس البنين); only the formal name of Benin is shipped.",
}

FOOTNOTES = {
    "**": "Not a UN member State (marked ** in the UN list).",
    "*": "Non-member observer State of the UN (marked * in the UN list).",
}

_TRAILING_ARTICLE = re.compile(r"\s*\(the\)$")
_INVERTED = re.compile(r"^(?P<head>[^(]+?)\s*\((?P<rest>[^)]+)\)$")


@dataclass(frozen=True)
class Name:
    """One cleaned name and what the cleaning removed, for the comment."""

    text: str
    notes: tuple[str, ...]


def _footnote(raw: str) -> tuple[str, tuple[str, ...]]:
    for mark, note in FOOTNOTES.items():
        if raw.endswith(mark):
            return raw[: -len(mark)].strip(), (note,)
    return raw.strip(), ()


def english_short(raw: str) -> Name:
    text, notes = _footnote(raw)
    if _TRAILING_ARTICLE.search(text):
        text = _TRAILING_ARTICLE.sub("", text)
        notes += (f"UN short name: {raw.rstrip(' *')}; takes the article in running text (the {text}).",)
    elif (inverted := _INVERTED.match(text)) is not None:
        notes += (f"UN short name: {text}; the head alone is what a text writes.",)
        text = inverted.group("head")
    return Name(text, notes)


def english_formal(raw: str) -> Name:
    text, notes = _footnote(raw)
    if text.startswith("the "):
        notes += (f"UN formal name: {text}.",)
        text = text[len("the ") :]
    return Name(text, notes)


def arabic_name(raw: str) -> Name:
    text, _ = _footnote(raw)
    inverted = _INVERTED.match(text)
    if inverted is not None:
        return Name(inverted.group("head"), (f"UN Arabic short name: {text}.",))
    return Name(text, ())


def records_for(row: dict[str, str]) -> list[GlossaryRecord]:
    """The entries of one country: short, and formal when it differs."""
    codes = f"ISO 3166: {row['iso2']}, {row['iso3']}; M49: {row['m49']}."
    short_en, formal_en = english_short(row["unterm_en_short"]), english_formal(row["unterm_en_formal"])
    short_ar, formal_ar = arabic_name(row["unterm_ar_short"]), arabic_name(row["unterm_ar_formal"])
    records = []
    if arabic.normalize(short_ar.text) not in HOMOGRAPHS:
        records.append(_record(short_ar, short_en, "country", codes))
    same_arabic = arabic.normalize(short_ar.text) == arabic.normalize(formal_ar.text)
    if not (same_arabic and short_en.text == formal_en.text):
        records.append(_record(formal_ar, formal_en, "country|formal", codes))
    return records


def _record(ar: Name, en: Name, context: str, codes: str) -> GlossaryRecord:
    notes = list(dict.fromkeys((*en.notes, *ar.notes)))
    notes.append(codes)
    return GlossaryRecord(msgid=ar.text, msgstr=en.text, msgctxt=context, flags=(), comment="\n".join(notes))


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [row for row in rows if row["unterm_en_short"] and row["unterm_ar_short"]]


def un_records(data: Path = DATA) -> list[GlossaryRecord]:
    """The UN part: short and formal names of every State with UNTERM names."""
    return [record for row in read_rows(data) for record in records_for(row)]


class NameSet:
    """The records of the file, refusing a rendering a term already has and labelling repeats.

    Why labels: a PO file cannot hold one msgctxt and msgid twice, so the
    second rendering of a name gets ``category|label``, the third
    ``category|label-2``; the UN entries keep their contexts unchanged.
    """

    def __init__(self, records: list[GlossaryRecord]) -> None:
        self.records = list(records)
        self._renderings = {(r.key, r.msgstr.casefold()) for r in records}
        self._contexts = {(r.msgctxt, r.msgid) for r in records}
        self._keys = {r.key for r in records}
        #: Term key -> ISO code of the country it names (short and common names only).
        self.codes: dict[str, str] = {}

    def add(self, arabic_text: str, english: str, category: str, label: str, comment: str, code: str = "") -> None:
        flags: tuple[str, ...] = ()
        if english.startswith("@"):
            english, flags = english[1:], ("case-sensitive",)
        elif english.startswith("!"):
            english, flags, label = english[1:], ("forbidden",), "misspelling"
        key = arabic.term_key(arabic_text)
        if code and label != "formal":
            self.codes.setdefault(key, code)
        if arabic.normalize(arabic_text) in HOMOGRAPHS or (key, english.casefold()) in self._renderings:
            return
        context = category if key not in self._keys else f"{category}|{label}"
        number = 1
        while (context, arabic_text) in self._contexts:
            number += 1
            context = f"{category}|{label}-{number}"
        self.records.append(GlossaryRecord(msgid=arabic_text, msgstr=english, msgctxt=context, flags=flags, comment=comment))
        self._renderings.add((key, english.casefold()))
        self._contexts.add((context, arabic_text))
        self._keys.add(key)


#: UN member States without UNTERM names in the data snapshot (see README):
#: still countries, not territories.
UN_MEMBERS_WITHOUT_UNTERM = frozenset({"TR", "CI"})


def _category(place: cldr_names.Place, un_codes: set[str]) -> str:
    if place.is_region:
        return "region"
    return "country" if place.code in un_codes | UN_MEMBERS_WITHOUT_UNTERM else "territory"


def read_variants(path: Path = VARIANTS) -> list[tuple[str, str, tuple[str, ...]]]:
    """``(code, Arabic, English renderings)`` rows of the curated variant table."""
    rows = []
    for line in path.read_text("utf-8").splitlines()[1:]:
        code, arabic_text, english = line.split("\t")
        rows.append((code, arabic_text, tuple(english.split(";"))))
    return rows


def news_records(data: Path = DATA, variants: Path = VARIANTS) -> list[GlossaryRecord]:
    """UN names, then CLDR common names, variants and spelling variants (module docstring)."""
    rows = read_rows(data)
    un_codes = {row["iso2"] for row in rows}
    names = NameSet(un_records(data))
    for row in rows:
        names.codes.setdefault(arabic.term_key(arabic_name(row["unterm_ar_short"]).text), row["iso2"])
    for place in cldr_names.cldr_places():
        note = f"CLDR name ({place.code})."
        for english in place.english:
            names.add(place.arabic, english, _category(place, un_codes), "common", note, place.code)
    categories = {place.code: _category(place, un_codes) for place in cldr_names.cldr_places()}
    for code, arabic_text, renderings in read_variants(variants):
        for english in renderings:
            note = "A misspelling or calque that translators write" if english.startswith("!") else "Variant of the name"
            names.add(arabic_text, english, categories[code], "variant", f"{note} of {code} (curated).", code)
    for record in list(names.records):
        for other in cldr_names.spelling_variants(record.msgid):
            category = (record.msgctxt or "country").partition("|")[0]
            english = ("!" if record.forbidden else "@" if record.case_sensitive else "") + record.msgstr
            names.add(other, english, category, "spelling", f"Other spelling of {record.msgid}.", names.codes.get(record.key, ""))
    adjectives = read_adjectives()
    for record in list(names.records):
        code = names.codes.get(record.key)
        for english in adjectives.get(code or "", ()):
            category = (record.msgctxt or "country").partition("|")[0]
            names.add(record.msgid, english, category, "adjective", f"Adjective of {code}: the English may name the country by its adjective.")
    return names.records


def read_adjectives(path: Path = NATIONALITIES) -> dict[str, tuple[str, ...]]:
    """ISO code -> the English adjectives of the nationality table (``@`` kept: case-sensitive)."""
    adjectives: dict[str, tuple[str, ...]] = {}
    for line in path.read_text("utf-8").splitlines()[1:]:
        code, _arabic, english, *_ = line.split("\t")
        if code:
            adjectives.setdefault(code, tuple(english.split(";")))
    return adjectives


def build(data: Path = DATA, output: Path = OUTPUT, variants: Path = VARIANTS) -> bool:
    records = news_records(data, variants)
    return write_glossary(output, records, header=HEADER, project="tarjuman glossary countries", revised=REVISED, role="reference")


if __name__ == "__main__":
    changed = build()
    print(f"{'wrote' if changed else 'unchanged'}: {OUTPUT.relative_to(ROOT)}")
