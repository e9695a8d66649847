"""The unit model and its readers: one meaning of "translated", XLIFF and TMX details."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from tools.check.checks import status
from tools.check.checks.base import EntryContext, EntryRef
from tools.errors import InputError
from tools.glossary.match.arabic import SourceMatcher
from tools.glossary.match.english import ForbiddenIndex
from tools.glossary.model import Glossary
from tools.units.inline import segment_text
from tools.units.languages import expect_pair, language_name
from tools.units.model import Document, Location, State, Unit
from tools.units.readers import po_unit, read_units, reader_for
from tools.units.tmx import read_tmx
from tools.units.xliff import read_xliff
from tools.xmlio import parse_xml

HERE = Location("a.xlf", 1)


@pytest.mark.parametrize(
    ("targets", "flags", "plural", "obsolete", "state"),
    [
        (("The DGSN.",), (), None, False, State.TRANSLATED),
        (("",), (), None, False, State.UNTRANSLATED),
        ((" \u00a0\n",), (), None, False, State.UNTRANSLATED),  # whitespace is no translation
        (("The DGSN.",), ("fuzzy",), None, False, State.FUZZY),
        (("",), ("fuzzy",), None, False, State.UNTRANSLATED),  # msgfmt --statistics counts it so
        (("book", "books"), (), "كتب", False, State.TRANSLATED),
        (("book", ""), (), "كتب", False, State.UNTRANSLATED),  # plural: every form or none
        (("book", " "), ("fuzzy",), "كتب", False, State.UNTRANSLATED),
        (("The DGSN.",), (), None, True, State.OBSOLETE),
        ((), (), None, False, State.UNTRANSLATED),
    ],
)
def test_state_is_defined_once(targets, flags, plural, obsolete, state) -> None:
    unit = Unit("المديرية.", targets, HERE, source_plural=plural, flags=flags, obsolete=obsolete)
    assert unit.state is state


def test_whitespace_msgstr_is_reported_untranslated_not_checked() -> None:
    unit = po_unit(polib.POEntry(msgid="المديرية العامة للأمن الوطني", msgstr="  "), "a.po")
    ctx = EntryContext(
        EntryRef("a.po", 3, unit.source, None), unit, Glossary((), (), ()), SourceMatcher(()), ForbiddenIndex(())
    )
    assert [p.message for p in status.untranslated(ctx)] == ["not translated"]
    assert ctx.checked_forms == ()


def test_po_unit_keeps_plural_forms_notes_and_previous_source() -> None:
    entry = polib.POEntry(
        msgid="كتاب",
        msgid_plural="كتب",
        msgstr_plural={1: "books", 0: "book"},
        tcomment="tarjuman: ignore fuzzy\nsecond line",
        comment="extracted",
        flags=["fuzzy"],
        previous_msgid="كتابان",
        msgctxt="library",
    )
    entry.linenum = 12
    unit = po_unit(entry, "a.po")
    assert unit.targets == ("book", "books")
    assert unit.source_plural == "كتب"
    assert unit.notes == ("tarjuman: ignore fuzzy", "second line")
    assert unit.comments == ("extracted",)
    assert unit.previous_source == "كتابان"
    assert unit.key == ("library", "كتاب")
    assert unit.location == Location("a.po", 12)


@pytest.mark.parametrize(
    ("xml", "text"),
    [
        ('<t>مدير <g id="1">الأمن</g> الوطني</t>', "مدير الأمن الوطني"),
        ('<t>السطر<x id="1"/>الثاني</t>', "السطرالثاني"),
        ('<t><bpt id="1">&lt;b&gt;</bpt>كأس العالم<ept id="1">&lt;/b&gt;</ept> 2030</t>', "كأس العالم 2030"),
        ('<t>في <ph id="1">&lt;a href="x"&gt;</ph>مراكش</t>', "في مراكش"),
        ('<t xmlns="urn:oasis:names:tc:xliff:document:2.0"><pc id="1">هومبريس</pc> <ph id="2"/>نص</t>', "هومبريس نص"),
        ('<t>bell<cp hex="0007"/>here</t>', "bell\u0007here"),
        ('<t><mrk mtype="term">\u200fالرباط\u200f</mrk></t>', "\u200fالرباط\u200f"),  # RTL marks kept for the checks
        ('<t>a<it pos="open">&lt;i&gt;</it>b<ut>{\\b}</ut>c<hi>d</hi></t>', "abcd"),
    ],
)
def test_inline_markup_resolves_to_the_text_a_reader_sees(xml: str, text: str) -> None:
    assert segment_text(parse_xml(xml.encode(), "t.xlf")) == text


def _xliff_1(units: str, attributes: str = 'source-language="ar" target-language="en"') -> bytes:
    return (
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        f'<file original="a" datatype="plaintext" {attributes}><body>{units}</body></file></xliff>'
    ).encode()


@pytest.mark.parametrize(
    ("target", "state"),
    [
        ('<target state="translated">The DGSN.</target>', State.TRANSLATED),
        ('<target state="final">The DGSN.</target>', State.TRANSLATED),
        ('<target state="signed-off">The DGSN.</target>', State.TRANSLATED),
        ("<target>The DGSN.</target>", State.TRANSLATED),
        ('<target state="needs-review-translation">The DGSN.</target>', State.FUZZY),
        ('<target state="needs-translation">The DGSN.</target>', State.FUZZY),  # po2xliff's fuzzy
        ('<target state="new">The DGSN.</target>', State.FUZZY),
        ('<target state="translated">  </target>', State.UNTRANSLATED),
        ('<target state="needs-translation"></target>', State.UNTRANSLATED),
        ("", State.UNTRANSLATED),
    ],
)
def test_xliff_1_target_states(target: str, state: State) -> None:
    document = read_xliff(_xliff_1(f'<trans-unit id="1"><source>المديرية.</source>{target}</trans-unit>'), "a.xlf")
    assert [unit.state for unit in document] == [state]


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ('state="final"', State.TRANSLATED),
        ('state="reviewed"', State.TRANSLATED),
        ('state="translated"', State.TRANSLATED),
        ("", State.TRANSLATED),
        ('state="initial"', State.FUZZY),
    ],
)
def test_xliff_2_segment_states(state: str, expected: State) -> None:
    data = (
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar" trgLang="en">'
        f'<file id="f"><unit id="u"><segment {state}><source>المديرية.</source><target>The DGSN.</target>'
        "</segment></unit></file></xliff>"
    ).encode()
    assert [unit.state for unit in read_xliff(data, "a.xlf")] == [expected]


def test_xliff_1_skips_header_and_untranslatable_units_and_reads_plural_groups() -> None:
    units = (
        '<trans-unit id="1" restype="x-gettext-domain-header"><source>Language: en</source></trans-unit>'
        '<trans-unit id="2" translate="no"><source>ليس للترجمة</source></trans-unit>'
        '<group restype="x-gettext-plurals" id="3">'
        '<trans-unit id="3[0]"><source>كتاب</source><target state="translated">book</target></trans-unit>'
        '<trans-unit id="3[1]"><source>كتب</source><target state="translated">books</target></trans-unit>'
        "</group>"
        '<group id="g"><trans-unit id="4"><source>نص</source><target>text</target>'
        '<note from="developer">for the translator</note><note>tarjuman: ignore fuzzy</note></trans-unit></group>'
    )
    plural, nested = read_xliff(_xliff_1(units), "a.xlf").units
    assert (plural.source, plural.source_plural, plural.targets) == ("كتاب", "كتب", ("book", "books"))
    assert plural.state is State.TRANSLATED
    assert (nested.source, nested.notes, nested.comments) == ("نص", ("tarjuman: ignore fuzzy",), ("for the translator",))


def test_segmented_xliff_1_gives_one_unit_per_segment_at_the_trans_unit_line() -> None:
    units = (
        '<trans-unit id="7">\n<source>أ. ب.</source>\n'
        '<seg-source><mrk mtype="seg" mid="1">أ.</mrk> <mrk mtype="seg" mid="2">ب.</mrk></seg-source>\n'
        '<target><mrk mtype="seg" mid="2">B.</mrk></target></trans-unit>'
    )
    document = read_xliff(_xliff_1(units), "a.xlf")
    assert [(u.source, u.target, u.id, u.location.line) for u in document] == [
        ("أ.", "", "7#1", 1),
        ("ب.", "B.", "7#2", 1),
    ]


def test_xliff_files_must_agree_on_their_languages() -> None:
    data = (
        '<xliff version="1.2"><file source-language="ar" target-language="en"><body/></file>'
        '<file source-language="ar" target-language="fr"><body/></file></xliff>'
    ).encode()
    with pytest.raises(InputError, match="different target-languages: en, fr"):
        read_xliff(data, "a.xlf")


def _tmx(header_srclang: str, tus: str) -> bytes:
    return (
        f'<tmx version="1.4"><header srclang="{header_srclang}" segtype="sentence"/><body>{tus}</body></tmx>'
    ).encode()


def test_tmx_reads_the_asked_pair_out_of_a_multilingual_memory() -> None:
    tus = (
        '<tu tuid="a"><tuv xml:lang="fr-FR"><seg>la DGSN</seg></tuv>'
        '<tuv xml:lang="AR-ma"><seg>المديرية</seg></tuv><tuv xml:lang="en-GB"><seg>the DGSN</seg></tuv>'
        '<note>checked</note></tu>'
        '<tu tuid="b"><tuv xml:lang="ar"><seg>الرباط</seg></tuv></tu>'  # no English: untranslated
        '<tu tuid="c"><tuv xml:lang="fr"><seg>Paris</seg></tuv></tu>'  # no Arabic: not a unit
        '<tu tuid="d" srclang="ar"><tuv lang="ar"><seg>مراكش</seg></tuv><tuv lang="en"><seg>Marrakech</seg></tuv></tu>'
    )
    document = read_tmx(_tmx("*all*", tus), "m.tmx", "ar", "en")
    assert [(u.id, u.source, u.target, u.state, u.notes) for u in document] == [
        ("a", "المديرية", "the DGSN", State.TRANSLATED, ("checked",)),
        ("b", "الرباط", "", State.UNTRANSLATED, ()),
        ("d", "مراكش", "Marrakech", State.TRANSLATED, ()),
    ]
    assert (document.source_language, document.target_language) == ("ar", "en")
    expect_pair(document)


def test_tmx_unit_srclang_wins_over_the_header() -> None:
    """The Translate Toolkit writes ``srclang="en"`` in the header and the true one on each ``<tu>``."""
    tus = '<tu srclang="ar"><tuv xml:lang="ar"><seg>نص</seg></tuv><tuv xml:lang="en"><seg>text</seg></tuv></tu>'
    document = read_tmx(_tmx("en", tus), "m.tmx", "ar", "en")
    assert [u.source for u in document] == ["نص"]
    expect_pair(document)


@pytest.mark.parametrize(
    ("tag", "name"),
    [("ar", "Arabic (ar)"), ("ar-MA", "Arabic (ar-MA)"), ("EN_us", "English (EN_us)"), ("x-klingon", "x-klingon")],
)
def test_language_names_come_from_babel(tag: str, name: str) -> None:
    assert language_name(tag) == name


def test_undeclared_languages_are_not_held_against_a_file() -> None:
    expect_pair(Document("a.xlf", "xliff", (), source_language="ar", target_language=None))
    with pytest.raises(InputError, match="expected Arabic"):
        expect_pair(Document("a.xlf", "xliff", (), source_language="fa", target_language="en"))


@pytest.mark.parametrize(
    ("name", "format"),
    [("a.po", "po"), ("a.POT", "pot"), ("a.xlf", "xliff"), ("a.xliff", "xliff"), ("m.tmx", "tmx"), ("a.txt", None)],
)
def test_file_types_by_name(name: str, format: str | None) -> None:
    reader = reader_for(name)
    assert (reader.format if reader else None) == format


def test_unknown_file_type_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(b"PK")
    with pytest.raises(InputError, match="not a translation file we read"):
        read_units(path)
