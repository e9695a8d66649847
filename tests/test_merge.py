"""tools.workflow.merge: msgmerge's rules on polib catalogs, Arabic-aware, losing nothing."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from tools.workflow.merge import FUZZY_THRESHOLD, MergeReport, merge, similarity
from tools.text.segment import segment_file

REPO = Path(__file__).resolve().parents[1]

MEETING = "استقبل المدير العام للأمن الوطني السفير البريطاني بالرباط."
MEETING_EN = "The Director General of National Security received the British ambassador in Rabat."
STATEMENT = "وأشار البلاغ إلى أن المسؤول البريطاني أشاد بالدور المهم الذي تنهض به مصالح الأمن المغربية."
STATEMENT_EN = "The statement noted that the British official praised the important role of the Moroccan security services."
HEADLINE = "هسبريس"


def template(*msgids: str) -> polib.POFile:
    """A template as tools.workflow.template writes it: references, empty msgstr."""
    po = polib.POFile()
    po.metadata = {"Project-Id-Version": "article", "POT-Creation-Date": "2026-02-02 00:00+0000"}
    for line, msgid in enumerate(msgids, start=1):
        po.append(polib.POEntry(msgid=msgid, msgstr="", occurrences=[("seeds/article.txt", str(line))]))
    return po


def catalog(*entries: polib.POEntry, **metadata: str) -> polib.POFile:
    po = polib.POFile()
    po.metadata = {"Project-Id-Version": "article", "Language": "en", **metadata}
    po.extend(entries)
    return po


def entry(msgid: str, msgstr: str = "", **fields: object) -> polib.POEntry:
    return polib.POEntry(msgid=msgid, msgstr=msgstr, **fields)


def active(po: polib.POFile) -> dict[str, polib.POEntry]:
    return {e.msgid: e for e in po if not e.obsolete}


def obsolete(po: polib.POFile) -> dict[str, polib.POEntry]:
    return {e.msgid: e for e in po if e.obsolete}


# --- the four rules --------------------------------------------------------------------------


def test_unchanged_sentence_keeps_translation_comment_and_flags() -> None:
    old = catalog(entry(MEETING, MEETING_EN, tcomment="checked with the desk", flags=["no-wrap"]))
    result = merge(template(MEETING), old)
    kept = active(result.catalog)[MEETING]
    assert (kept.msgstr, kept.tcomment, kept.flags) == (MEETING_EN, "checked with the desk", ["no-wrap"])
    assert not kept.fuzzy and kept.previous_msgid is None
    assert result.report == MergeReport(kept=1)


def test_references_and_extracted_comments_come_from_the_template() -> None:
    pot = template(MEETING)
    pot[0].comment = "glossary: fresh"
    old = catalog(entry(MEETING, MEETING_EN, comment="glossary: stale", occurrences=[("old.txt", "9")]))
    kept = active(merge(pot, old).catalog)[MEETING]
    assert kept.comment == "glossary: fresh"
    assert kept.occurrences == [("seeds/article.txt", "1")]


def test_changed_sentence_gets_old_translation_fuzzy_with_previous_msgid() -> None:
    changed = MEETING.replace("البريطاني", "الفرنسي")
    old = catalog(entry(MEETING, MEETING_EN, tcomment="translator note"))
    result = merge(template(changed), old)
    fuzzy = active(result.catalog)[changed]
    assert fuzzy.msgstr == MEETING_EN
    assert fuzzy.fuzzy
    assert fuzzy.previous_msgid == MEETING
    assert fuzzy.tcomment == "translator note"
    assert obsolete(result.catalog) == {}  # its translation lives on in the fuzzy entry
    assert result.report == MergeReport(fuzzy=1)


def test_fuzzy_entry_changed_again_keeps_the_text_its_translation_was_made_for() -> None:
    first = MEETING.replace("البريطاني", "الفرنسي")
    second = first.replace("بالرباط", "بمراكش")
    old = catalog(entry(first, MEETING_EN, flags=["fuzzy"], previous_msgid=MEETING))
    fuzzy = active(merge(template(second), old).catalog)[second]
    assert fuzzy.fuzzy and fuzzy.previous_msgid == MEETING


def test_unchanged_fuzzy_entry_stays_fuzzy_with_its_previous_msgid() -> None:
    old = catalog(entry(MEETING, MEETING_EN, flags=["fuzzy"], previous_msgid=STATEMENT))
    kept = active(merge(template(MEETING), old).catalog)[MEETING]
    assert kept.fuzzy and kept.previous_msgid == STATEMENT


def test_translated_entry_drops_a_stale_previous_msgid_like_msgmerge() -> None:
    old = catalog(entry(MEETING, MEETING_EN, previous_msgid=STATEMENT))
    assert active(merge(template(MEETING), old).catalog)[MEETING].previous_msgid is None


def test_removed_sentence_becomes_obsolete_never_deleted() -> None:
    old = catalog(entry(MEETING, MEETING_EN, tcomment="keep me"), entry(HEADLINE, "", tcomment="ask the desk"))
    result = merge(template(STATEMENT), old)
    gone = obsolete(result.catalog)
    assert gone[MEETING].msgstr == MEETING_EN and gone[MEETING].tcomment == "keep me"
    # An untranslated entry is kept too (msgmerge drops it): its comment is work.
    assert gone[HEADLINE].tcomment == "ask the desk"
    assert gone[MEETING].occurrences == []
    assert result.report == MergeReport(new=1, obsolete=2)


def test_obsolete_sentence_that_comes_back_is_revived_with_its_translation() -> None:
    old = catalog(entry(MEETING, MEETING_EN, obsolete=True, tcomment="old note"))
    result = merge(template(MEETING), old)
    revived = active(result.catalog)[MEETING]
    assert (revived.msgstr, revived.tcomment, revived.fuzzy) == (MEETING_EN, "old note", False)
    assert obsolete(result.catalog) == {}
    assert result.report == MergeReport(kept=1, revived=1)


def test_previously_obsolete_entries_stay_obsolete() -> None:
    old = catalog(entry(MEETING, MEETING_EN), entry(HEADLINE, "Homepress", obsolete=True))
    result = merge(template(MEETING), old)
    assert obsolete(result.catalog)[HEADLINE].msgstr == "Homepress"
    assert result.report.obsolete == 0  # nothing became obsolete in this merge


def test_unrelated_sentence_is_new_and_old_one_obsolete() -> None:
    assert similarity(MEETING, STATEMENT) < FUZZY_THRESHOLD
    result = merge(template(STATEMENT), catalog(entry(MEETING, MEETING_EN)))
    assert active(result.catalog)[STATEMENT].msgstr == ""
    assert obsolete(result.catalog)[MEETING].msgstr == MEETING_EN


def test_closest_old_entry_wins() -> None:
    close = MEETING.replace("بالرباط", "بمراكش")
    closer = MEETING.replace("بالرباط.", "بالرباط امس.")
    old = catalog(entry(close, "close"), entry(closer, "closer"))
    changed = MEETING.replace("بالرباط.", "بالرباط اليوم.")
    assert similarity(changed, closer) > similarity(changed, close)
    assert active(merge(template(changed), old).catalog)[changed].msgstr == "closer"


def test_untranslated_old_entry_is_not_offered_as_fuzzy() -> None:
    changed = MEETING.replace("البريطاني", "الفرنسي")
    result = merge(template(changed), catalog(entry(MEETING, "")))
    assert not active(result.catalog)[changed].fuzzy
    assert MEETING in obsolete(result.catalog)


def test_repeated_sentence_in_template_is_one_translation_reused() -> None:
    # Two similar new sentences may both start from the same old translation.
    one = MEETING.replace("البريطاني", "الفرنسي")
    two = MEETING.replace("البريطاني", "الألماني")
    merged = active(merge(template(MEETING, one, two), catalog(entry(MEETING, MEETING_EN))).catalog)
    assert [merged[m].msgstr for m in (MEETING, one, two)] == [MEETING_EN] * 3
    assert [merged[m].fuzzy for m in (MEETING, one, two)] == [False, True, True]


# --- Arabic spelling: the same sentence after tools.text.arabic.normalize ---------------------------


@pytest.mark.parametrize(
    "respelled",
    [
        pytest.param("اسْتَقْبَلَ المديرُ العامُّ للأمن الوطني السفيرَ البريطاني بالرباط.", id="diacritics-added"),
        pytest.param("استقبل المدير العام للامن الوطني السفير البريطاني بالرباط.", id="hamza-dropped"),
        pytest.param("استقبل المدير العام للإمن الوطني السفير البريطاني بالرباط.", id="hamza-below-alef"),
        pytest.param("استقبل المـديـر العام للأمن الوطني السفير البريطاني بالرباط.", id="tatweel"),
        pytest.param("استقبل المدير العام للأمن الوطني\u200f السفير البريطاني بالرباط.", id="bidi-mark"),
        pytest.param("استقبل المدير العام للأمن الوطنى السفير البريطانى بالرباط.", id="alef-maqsura-for-yeh"),
        pytest.param(MEETING.replace("\u064a", "\u06cc"), id="persian-farsi-yeh"),
    ],
)
def test_spelling_fix_keeps_translation_without_fuzzy(respelled: str) -> None:
    assert respelled != MEETING
    result = merge(template(respelled), catalog(entry(MEETING, MEETING_EN, tcomment="note")))
    kept = active(result.catalog)[respelled]
    assert (kept.msgstr, kept.tcomment, kept.fuzzy) == (MEETING_EN, "note", False)
    assert obsolete(result.catalog) == {}
    assert result.report == MergeReport(kept=1, respelled=1)


def test_fully_vocalized_sentence_still_matches_its_bare_spelling() -> None:
    # Raw character similarity falls to about 2/3 when every letter gets a mark;
    # normalization makes it 1.
    vocalized = "اِسْتَقْبَلَ الْمُدِيرُ الْعَامُّ لِلْأَمْنِ الْوَطَنِيِّ السَّفِيرَ الْبِرِيطَانِيَّ بِالرِّبَاطِ."
    assert similarity(vocalized, "استقبل المدير العام للأمن الوطني السفير البريطاني بالرباط.") == 1.0


def test_threshold_never_pairs_two_different_seed_sentences() -> None:
    """The measurement behind FUZZY_THRESHOLD: no two distinct seed sentences reach it."""
    sentences = sorted({u.text for p in sorted((REPO / "seeds").glob("*.txt")) for u in segment_file(p)})
    assert len(sentences) >= 40
    best = max(similarity(a, b) for a, b in itertools.combinations(sentences, 2))
    assert best < FUZZY_THRESHOLD


def test_one_word_changed_in_a_long_sentence_is_far_above_the_threshold() -> None:
    assert similarity(STATEMENT, STATEMENT.replace("البريطاني", "الفرنسي")) > 0.85


# --- header and purity -----------------------------------------------------------------------


def test_header_is_the_old_one_with_the_templates_creation_date() -> None:
    old = catalog(entry(MEETING, MEETING_EN), **{"Last-Translator": "Salma", "POT-Creation-Date": "2025-01-01 00:00+0000"})
    old.header = "English translation."
    merged = merge(template(MEETING), old).catalog
    assert merged.metadata["Last-Translator"] == "Salma"
    assert merged.metadata["POT-Creation-Date"] == "2026-02-02 00:00+0000"
    assert merged.header == "English translation."


def test_merge_does_not_modify_its_arguments() -> None:
    pot = template(MEETING.replace("البريطاني", "الفرنسي"), STATEMENT)
    old = catalog(entry(MEETING, MEETING_EN), entry(HEADLINE, "Homepress"))
    before = (str(pot), str(old))
    merge(pot, old)
    assert (str(pot), str(old)) == before


def test_report_summary_line() -> None:
    report = MergeReport(kept=7, revived=1, fuzzy=1, new=2, obsolete=3)
    assert report.summary() == "7 kept (1 revived), 1 fuzzy, 2 new, 3 obsolete"


# --- against GNU msgmerge ----------------------------------------------------------------------

OLD_PO = """\
msgid ""
msgstr ""
"Project-Id-Version: article\\n"
"Language: en\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"

# translator note
msgid "The quick brown fox jumps over the lazy dog."
msgstr "A"

msgid "This sentence was removed from the article."
msgstr "B"

#, fuzzy
#| msgid "Original version of the third sentence."
msgid "Third sentence of the article, version two."
msgstr "C"

msgid "Unchanged line."
msgstr "E"

#~ msgid "A sentence that comes back again."
#~ msgstr "D"
"""

NEW_POT = """\
msgid ""
msgstr ""
"Project-Id-Version: article\\n"
"POT-Creation-Date: 2026-01-01 00:00+0000\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#: a.txt:1
msgid "The quick brown fox jumped over the lazy dog."
msgstr ""

#: a.txt:2
msgid "Third sentence of the article, version three."
msgstr ""

#: a.txt:3
msgid "A sentence that comes back again."
msgstr ""

#: a.txt:4
msgid "Unchanged line."
msgstr ""

#: a.txt:5
msgid "Something completely different here."
msgstr ""
"""


def _summary(po: polib.POFile) -> set[tuple[object, ...]]:
    return {
        (e.msgid, e.msgstr, e.fuzzy, e.previous_msgid, e.tcomment, e.obsolete, tuple(e.occurrences))
        for e in po
    }


def test_same_result_as_gnu_msgmerge(tmp_path: Path) -> None:
    if shutil.which("msgmerge") is None:
        pytest.skip("GNU gettext msgmerge is not installed")
    (tmp_path / "old.po").write_text(OLD_PO, encoding="utf-8")
    (tmp_path / "new.pot").write_text(NEW_POT, encoding="utf-8")
    out = tmp_path / "out.po"
    subprocess.run(
        ["msgmerge", "--quiet", "--previous", "-o", str(out), str(tmp_path / "old.po"), str(tmp_path / "new.pot")],
        check=True,
    )
    gnu = polib.pofile(str(out))
    ours = merge(polib.pofile(NEW_POT), polib.pofile(OLD_PO)).catalog
    assert _summary(ours) == _summary(gnu)
    assert [e.msgid for e in ours if not e.obsolete] == [e.msgid for e in gnu if not e.obsolete]
    assert ours.metadata["POT-Creation-Date"] == gnu.metadata["POT-Creation-Date"]


def test_candidate_exactly_at_the_threshold_is_offered_as_fuzzy() -> None:
    """msgmerge's rule is "at least" the threshold: 3 letters of 5 in common is 2*3/10 = 0.6."""
    old_source, new_source = "سمكرد", "سمكزط"
    assert similarity(old_source, new_source) == FUZZY_THRESHOLD
    result = merge(template(new_source), catalog(entry(old_source, "fish")))
    merged = active(result.catalog)[new_source]
    assert (merged.msgstr, merged.fuzzy, merged.previous_msgid) == ("fish", True, old_source)
    below = merge(template("سمزطع"), catalog(entry(old_source, "fish")))
    assert active(below.catalog)["سمزطع"].msgstr == ""
