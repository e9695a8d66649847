"""Merge an article's template into a translation without losing any work.

:func:`merge` follows GNU ``msgmerge --previous`` (gettext 0.21), as a pure
function from (template, old translation) to a new translation plus a small
report. For each template entry, in template order, the first rule that
applies decides where its translation comes from:

1. **Same sentence.** An old entry with the same ``msgctxt`` and ``msgid``
   gives its translation, translator comments and flags unchanged (a fuzzy
   entry stays fuzzy). If that entry was obsolete (``#~``), it is revived:
   a sentence that was removed and put back gets its translation back.
2. **Same sentence, respelled.** An old entry whose ``msgid`` is equal after
   :func:`tools.text.arabic.normalize` (diacritics, hamza on alef, tatweel, teh
   marbuta, alef maqsura, Persian letters, digits, invisible marks) is the same
   sentence to a translator: fixing a hamza or adding a shadda in the source
   does not change the English, so the translation is kept as it was, not
   marked fuzzy. (GNU msgmerge compares bytes and would mark it fuzzy.)
3. **Changed sentence.** The most similar translated old entry, if its
   similarity is at least :data:`FUZZY_THRESHOLD`, gives its translation
   marked ``fuzzy``, with the old ``msgid`` as previous msgid (``#| msgid``) so
   that an editor shows the translator what changed. An old entry that was
   already fuzzy passes on its own previous msgid, the text its translation
   was actually made for (as msgmerge does).
4. **New sentence.** Otherwise the entry is untranslated.

References (``#:``) and extracted comments (``#.``) always come from the
template; translator comments (``# ``), flags and ``msgstr`` from the old
entry. An old entry that gave nothing to the new template becomes obsolete
(``#~``) and stays at the end of the file; it is never deleted, even when
untranslated (msgmerge drops those), so a translator's comment on it survives
too. An entry used as the source of a fuzzy match is not also kept as
obsolete (msgmerge's rule): its translation lives on in the fuzzy entry.

The header is the old one with the template's ``POT-Creation-Date``; fields
the old header lacks are taken from the template. Language-specific fields
and the revision date are the caller's business (:mod:`tools.workflow.update`).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import polib

from tools.units.model import is_blank
from tools.text import arabic
from tools.units.po import WRAP_WIDTH

#: Lowest similarity at which an old translation is offered, fuzzy, for a
#: changed sentence. The similarity is difflib's ratio ``2*M/T`` over the
#: characters of the two sentences after :func:`tools.text.arabic.normalize`, the
#: measure GNU msgmerge uses (``fstrcmp``) with its threshold, 0.6. Measured on
#: this project's four seed articles (46 distinct sentences, 1035 pairs): two
#: different sentences score 0.25 at the median and 0.55 at most (two
#: sentences of one article about injured officers, both opening with
#: وتم علاج), so 0.6 never pairs two different sentences there, while a
#: sentence of 15 words with two words replaced still scores about 0.85.
FUZZY_THRESHOLD = 0.6

Key = tuple[str | None, str]


@dataclass(frozen=True)
class MergeReport:
    """What happened to the entries, for the one-line summary ``tools update`` prints.

    ``kept`` counts template entries that found the same sentence in the old
    file; ``revived`` and ``respelled`` are the parts of ``kept`` that came
    back from obsolete or whose spelling changed. ``obsolete`` counts entries
    that became obsolete in this merge (older obsolete entries are kept too).
    """

    kept: int = 0
    revived: int = 0
    respelled: int = 0
    fuzzy: int = 0
    new: int = 0
    obsolete: int = 0

    def summary(self) -> str:
        """``"7 kept (1 revived), 1 fuzzy, 0 new, 2 obsolete"``."""
        details = [f"{n} {what}" for what, n in (("revived", self.revived), ("respelled", self.respelled)) if n]
        kept = f"{self.kept} kept" + (f" ({', '.join(details)})" if details else "")
        return f"{kept}, {self.fuzzy} fuzzy, {self.new} new, {self.obsolete} obsolete"


@dataclass(frozen=True)
class MergeResult:
    """The merged catalog and its report."""

    catalog: polib.POFile
    report: MergeReport


def merge(template: polib.POFile, old: polib.POFile | None) -> MergeResult:
    """Merge ``template`` into ``old`` (``None``: a new translation); see the module docstring.

    Neither argument is modified.
    """
    old_entries = list(old) if old is not None else []
    index = _OldIndex(old_entries)
    merged: list[polib.POEntry] = []
    counts = {"kept": 0, "revived": 0, "respelled": 0, "fuzzy": 0, "new": 0}
    for entry in (e for e in template if not e.obsolete):
        source, how = index.find(entry)
        merged.append(_merged_entry(entry, source, how))
        for name in _COUNTED_AS[how]:
            counts[name] += 1
    active = {_key(e) for e in merged}
    newly_obsolete = 0
    for old_entry in old_entries:
        if id(old_entry) in index.used or _key(old_entry) in active:
            continue  # its translation lives on in a merged entry
        newly_obsolete += not old_entry.obsolete
        merged.append(_obsolete_copy(old_entry))
    catalog = polib.POFile(wrapwidth=WRAP_WIDTH)
    catalog.extend(merged)
    catalog.header = old.header if old is not None else template.header
    catalog.metadata = _merged_metadata(template, old)
    catalog.metadata_is_fuzzy = bool(old is not None and old.metadata_is_fuzzy)
    return MergeResult(catalog, MergeReport(**counts, obsolete=newly_obsolete))


#: Which report counters each way of finding an old entry adds to.
_COUNTED_AS: dict[str, tuple[str, ...]] = {
    "same": ("kept",),
    "revived-same": ("kept", "revived"),
    "respelled": ("kept", "respelled"),
    "revived-respelled": ("kept", "revived", "respelled"),
    "fuzzy": ("fuzzy",),
    "new": ("new",),
}


def similarity(a: str, b: str) -> float:
    """Character similarity of two sentences after Arabic normalization, in [0, 1]."""
    return _ratio(arabic.normalize(a), arabic.normalize(b))


def _ratio(a: str, b: str) -> float:
    # autojunk=False: on sentences over 200 characters difflib would otherwise
    # ignore the commonest letters (ا ل and the space) and underrate the match.
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _key(entry: polib.POEntry) -> Key:
    return (entry.msgctxt, entry.msgid)


def _translated(entry: polib.POEntry) -> bool:
    """Whether ``entry`` has a translation to offer: a form that is not blank (:func:`is_blank`)."""
    return not is_blank(entry.msgstr) or any(not is_blank(text) for text in entry.msgstr_plural.values())


class _OldIndex:
    """The old entries, looked up the ways :func:`merge` needs, remembering which were used."""

    def __init__(self, entries: Sequence[polib.POEntry]):
        # Active entries before obsolete ones: on a tie the current translation wins.
        ordered = [e for e in entries if not e.obsolete] + [e for e in entries if e.obsolete]
        self.exact: dict[Key, polib.POEntry] = {}
        self.normalized: dict[Key, polib.POEntry] = {}
        for entry in ordered:
            self.exact.setdefault(_key(entry), entry)
            self.normalized.setdefault((entry.msgctxt, arabic.normalize(entry.msgid)), entry)
        self.candidates = [(e, arabic.normalize(e.msgid)) for e in ordered if _translated(e)]
        self.used: set[int] = set()

    def find(self, entry: polib.POEntry) -> tuple[polib.POEntry | None, str]:
        """The old entry that gives ``entry`` its translation, and how it was found."""
        norm = arabic.normalize(entry.msgid)
        found, how = self.exact.get(_key(entry)), "same"
        if found is None:
            found, how = self.normalized.get((entry.msgctxt, norm)), "respelled"
        if found is not None:
            how = f"revived-{how}" if found.obsolete else how
        else:
            found = self._closest(norm)
            how = "fuzzy" if found is not None else "new"
        if found is not None:
            self.used.add(id(found))
        return found, how

    def _closest(self, norm: str) -> polib.POEntry | None:
        """The most similar translated old entry at or above the threshold (first on ties)."""
        best: polib.POEntry | None = None
        best_score = FUZZY_THRESHOLD
        for entry, other in self.candidates:
            matcher = difflib.SequenceMatcher(None, norm, other, autojunk=False)
            # Cheap upper bounds first: most candidates are far from the sentence.
            if matcher.real_quick_ratio() < best_score or matcher.quick_ratio() < best_score:
                continue
            score = matcher.ratio()
            if score > best_score or (score == best_score and best is None):
                best, best_score = entry, score
        return best


def _merged_entry(template: polib.POEntry, source: polib.POEntry | None, how: str) -> polib.POEntry:
    """The new entry for ``template``, with the translator's work from ``source``."""
    entry = polib.POEntry(
        msgid=template.msgid,
        msgctxt=template.msgctxt,
        msgid_plural=template.msgid_plural,
        occurrences=list(template.occurrences),
        comment=template.comment,
        flags=list(template.flags),
        msgstr="",
    )
    if template.msgid_plural:
        entry.msgstr_plural = {0: "", 1: ""}
    if source is None:
        return entry
    entry.tcomment = source.tcomment
    reshaped = _take_translation(entry, source)
    fuzzy = how == "fuzzy" or reshaped
    entry.flags = _unique([*source.flags, *(["fuzzy"] if fuzzy else []), *template.flags])
    if fuzzy and not (source.fuzzy and source.previous_msgid):
        entry.previous_msgctxt = source.msgctxt
        entry.previous_msgid = source.msgid
        entry.previous_msgid_plural = source.msgid_plural or None
    elif entry.fuzzy:
        # Still fuzzy: the translation was made for the same previous text.
        entry.previous_msgctxt = source.previous_msgctxt
        entry.previous_msgid = source.previous_msgid
        entry.previous_msgid_plural = source.previous_msgid_plural
    # A translated entry needs no previous msgid: msgmerge drops it as well.
    return entry


def _take_translation(entry: polib.POEntry, source: polib.POEntry) -> bool:
    """Give ``entry`` the translation of ``source``; return whether its shape had to change.

    When one of the two is plural (``msgid_plural``, ``msgstr[n]``) and the
    other is not, the translation cannot simply move across: msgmerge keeps
    only the first plural form, which loses the others. Here every form is
    kept: a plural translation keeps its ``msgid_plural`` and all its
    ``msgstr[n]``, a singular one becomes ``msgstr[0]``, and the caller marks
    the entry fuzzy so that the translator reshapes it. An untranslated
    source gives nothing to keep, so the template's shape stays.
    """
    template_plural = bool(entry.msgid_plural)
    if bool(source.msgid_plural) == template_plural or not _translated(source):
        entry.msgstr = source.msgstr if not template_plural else ""
        if template_plural and source.msgid_plural:
            entry.msgstr_plural = dict(source.msgstr_plural)
        return False
    if source.msgid_plural:  # plural translation, singular template: keep every form
        entry.msgid_plural = source.msgid_plural
        entry.msgstr = ""
        entry.msgstr_plural = dict(source.msgstr_plural)
    else:  # singular translation, plural template: it is the first form
        entry.msgstr_plural = {**{n: "" for n in entry.msgstr_plural}, 0: source.msgstr}
    return True


def _obsolete_copy(entry: polib.POEntry) -> polib.POEntry:
    """``entry`` as an obsolete entry: translator's work kept, references dropped."""
    return polib.POEntry(
        msgid=entry.msgid,
        msgctxt=entry.msgctxt,
        msgid_plural=entry.msgid_plural,
        msgstr=entry.msgstr,
        msgstr_plural=dict(entry.msgstr_plural),
        tcomment=entry.tcomment,
        flags=list(entry.flags),
        previous_msgctxt=entry.previous_msgctxt,
        previous_msgid=entry.previous_msgid,
        previous_msgid_plural=entry.previous_msgid_plural,
        obsolete=True,
    )


def _merged_metadata(template: polib.POFile, old: polib.POFile | None) -> dict[str, str]:
    """The old header with the template's creation date; missing fields from the template."""
    metadata = dict(old.metadata) if old is not None else {}
    for name, value in template.metadata.items():
        metadata.setdefault(name, value)
    if "POT-Creation-Date" in template.metadata:
        metadata["POT-Creation-Date"] = template.metadata["POT-Creation-Date"]
    return metadata


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
