"""Property: a merge keeps every form of every translation, and a second merge changes nothing.

Old catalogs mix what translators produce: singular and plural entries,
fuzzy ones with a previous msgid, obsolete ones (with their own ``#~|``
previous msgid), translator comments and flags. Templates keep, drop, edit
and add sentences, and may disagree with the old file about plural. The
catalogs go through the real writer and reader between runs, as on disk.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import polib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tools.units.po import load_po, render_po
from tools.workflow.merge import merge

WORDS = ["استقبل", "المدير", "العام", "السفير", "البريطاني", "بالرباط", "وأشار", "البلاغ", "الأمن", "الوطني"]
sentences = st.lists(st.sampled_from(WORDS), min_size=2, max_size=6).map(" ".join)
# Controls and line separators are the PO layer's own round-trip property; here, any other text.
texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=12)


@st.composite
def old_entry(draw: st.DrawFn, msgid: str, obsolete: bool) -> polib.POEntry:
    plural = draw(st.booleans())
    entry = polib.POEntry(msgid=msgid, obsolete=obsolete, tcomment=draw(st.sampled_from(["", "checked", "ask the desk"])))
    if plural:
        entry.msgid_plural = msgid + " (n)"
        entry.msgstr_plural = {0: draw(texts), 1: draw(texts)}
    else:
        entry.msgstr = draw(texts)
    flags = draw(st.lists(st.sampled_from(["fuzzy", "no-wrap", "python-format"]), unique=True))
    entry.flags = flags
    if "fuzzy" in flags and draw(st.booleans()):
        entry.previous_msgid = draw(sentences)
    return entry


@st.composite
def merge_case(draw: st.DrawFn) -> tuple[polib.POFile, polib.POFile]:
    ids = draw(st.lists(sentences, min_size=1, max_size=7, unique=True))
    old = polib.POFile()
    old.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Plural-Forms": "nplurals=2; plural=(n != 1);"}
    for msgid in ids:
        old.append(draw(old_entry(msgid, obsolete=draw(st.booleans()))))
    kept = draw(st.lists(st.sampled_from(ids), unique=True))
    added = draw(st.lists(sentences, max_size=3))
    template = polib.POFile()
    template.metadata = {"POT-Creation-Date": "2026-01-01 00:00+0000"}
    for msgid in dict.fromkeys([*kept, *added]):
        entry = polib.POEntry(msgid=msgid, msgstr="", occurrences=[("seeds/a.txt", "1")])
        if draw(st.integers(0, 5)) == 0:
            entry.msgid_plural, entry.msgstr_plural = msgid + " (n)", {0: "", 1: ""}
        template.append(entry)
    return template, old


def on_disk(po: polib.POFile) -> polib.POFile:
    """``po`` written by our writer and read back by our reader."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "en.po"
        path.write_text(render_po(po), encoding="utf-8")
        return load_po(path, allow_empty=True)


def carries(new: polib.POEntry, old: polib.POEntry) -> bool:
    """``new`` holds ``old``'s comment and translation: every plural form, or the singular as is or as form 0."""
    if new.tcomment != old.tcomment:
        return False
    if old.msgid_plural and any(form.strip() for form in old.msgstr_plural.values()):
        return new.msgstr_plural == old.msgstr_plural
    if old.msgstr.strip():
        return old.msgstr in (new.msgstr, new.msgstr_plural.get(0))
    return True


def has_work(entry: polib.POEntry) -> bool:
    """A translation that is not blank (a blank one is untranslated), a comment or a previous msgid."""
    translated = entry.msgstr.strip() or any(form.strip() for form in entry.msgstr_plural.values())
    return bool(translated or entry.tcomment or entry.previous_msgid)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=merge_case())
def test_merge_keeps_plural_forms_previous_msgids_flags_and_comments(case: tuple[polib.POFile, polib.POFile]) -> None:
    template, old = case
    old = on_disk(old)
    new = on_disk(merge(template, old).catalog)
    for before in (e for e in old if has_work(e)):
        carriers = [e for e in new if carries(e, before)]
        assert carriers, f"lost the work of {before.msgid!r}"
        extra_flags = set(before.flags) - {"fuzzy"}
        assert any(extra_flags <= set(e.flags) for e in carriers), f"lost flags of {before.msgid!r}"
        if before.fuzzy and before.previous_msgid:
            assert any(e.previous_msgid == before.previous_msgid for e in carriers), (
                f"lost the previous msgid of {before.msgid!r}"
            )
    again = merge(template, new).catalog
    assert render_po(again) == render_po(new)
