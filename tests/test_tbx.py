"""TBX-Basic export and import of PO glossaries (tools.glossary.exchange.tbx, `tools glossary export/import`).

No TBX-Basic schema can be installed from a package registry here, so the
structure we write is checked element by element against the TBX-Basic
(ISO 30042:2019, DCA style) rules it must follow.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from tools.cli import cli
from tools.errors import InputError
from tools.glossary.exchange.tbx import TBX_NAMESPACE
from tools.glossary.exchange.tbx_read import parse_tbx
from tools.glossary.exchange.tbx_write import export_tbx
from tools.glossary.read import read_records
from tools.glossary.write import GlossaryRecord, glossary_metadata, render_glossary

DATA = Path(__file__).parent / "data" / "glossary_exchange"
GOLDEN = Path(__file__).parent / "golden" / "glossary_exchange"
NS = {"t": TBX_NAMESPACE}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def sample() -> tuple[list[GlossaryRecord], str]:
    return read_records(DATA / "sample.po")


@pytest.fixture(scope="module")
def tree(sample: tuple[list[GlossaryRecord], str]) -> etree._Element:
    records, header = sample
    return etree.fromstring(export_tbx(records, header=header))


def english_terms(concept: etree._Element) -> list[etree._Element]:
    return concept.findall("t:langSec[@{http://www.w3.org/XML/1998/namespace}lang='en']/t:termSec", NS)


def status(term_section: etree._Element) -> str:
    return term_section.findtext("t:termNote[@type='administrativeStatus']", namespaces=NS)


def test_export_matches_golden_file(sample: tuple[list[GlossaryRecord], str]) -> None:
    records, header = sample
    assert export_tbx(records, header=header) == (GOLDEN / "sample.tbx").read_bytes()


def test_root_is_tbx_basic_dca_in_the_iso_30042_namespace(tree: etree._Element) -> None:
    assert tree.tag == f"{{{TBX_NAMESPACE}}}tbx"
    assert (tree.get("type"), tree.get("style"), tree.get(XML_LANG)) == ("TBX-Basic", "dca", "en")
    assert [etree.QName(c).localname for c in tree] == ["tbxHeader", "text"]
    assert tree.find("t:tbxHeader/t:fileDesc/t:sourceDesc/t:p", NS).text.startswith("Sample glossary")


def test_one_concept_per_term_with_arabic_and_english_sections(tree: etree._Element) -> None:
    concepts = tree.findall("t:text/t:body/t:conceptEntry", NS)
    # 5 terms: إيرلندا and أيرلندا are one term (hamza forms normalize alike).
    assert len(concepts) == 5
    assert [c.get("id") for c in concepts] == ["c1", "c2", "c3", "c4", "c5"]
    for concept in concepts:
        languages = [s.get(XML_LANG) for s in concept.findall("t:langSec", NS)]
        assert languages == ["ar", "en"]
        for section in concept.iter(f"{{{TBX_NAMESPACE}}}termSec"):
            # TBX-Basic: a termSec starts with its term, termNotes before notes.
            names = [etree.QName(c).localname for c in section]
            assert names[0] == "term" and names == sorted(names, key=["term", "termNote", "note"].index)


def test_both_arabic_spellings_of_one_term_are_kept(tree: etree._Element) -> None:
    concept = tree.find("t:text/t:body/t:conceptEntry[@id='c3']", NS)
    assert [t.text for t in concept.findall("t:langSec[1]/t:termSec/t:term", NS)] == ["إيرلندا", "أيرلندا"]
    second = english_terms(concept)[1]
    assert "tarjuman:msgid=أيرلندا" in [n.text for n in second.findall("t:note", NS)]


@pytest.mark.parametrize(
    ("concept", "expected"),
    [
        # first approved rendering is preferred when none is flagged; forbidden is deprecated
        ("c1", ["preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts"]),
        # the `preferred` flag wins over order
        ("c2", ["admittedTerm-admn-sts", "preferredTerm-admn-sts"]),
        ("c3", ["preferredTerm-admn-sts", "admittedTerm-admn-sts"]),
    ],
)
def test_administrative_status_of_each_rendering(tree: etree._Element, concept: str, expected: list[str]) -> None:
    entry = tree.find(f"t:text/t:body/t:conceptEntry[@id='{concept}']", NS)
    assert [status(t) for t in english_terms(entry)] == expected


def test_category_is_the_subject_field_and_definition_a_descrip(tree: etree._Element) -> None:
    concept = tree.find("t:text/t:body/t:conceptEntry[@id='c1']", NS)
    assert concept.findtext("t:descrip[@type='subjectField']", namespaces=NS) == "agency"
    english = concept.find("t:langSec[2]", NS)
    assert english.findtext("t:descrip[@type='definition']", namespaces=NS) == "Morocco's national police."
    first = english_terms(concept)[0]
    assert first.findtext("t:note", namespaces=NS) == "Full name on first mention, DGSN afterwards."


def test_msgctxt_flags_and_translator_comment_travel_in_reserved_notes(tree: etree._Element) -> None:
    concept = tree.find("t:text/t:body/t:conceptEntry[@id='c2']", NS)
    notes = [n.text for n in english_terms(concept)[1].findall("t:note", NS)]
    assert notes == [
        "tarjuman:msgctxt=place|own-spelling",
        "tarjuman:flags=preferred",
        "tarjuman:comment=Translator: the city's own spelling.",
    ]


def test_term_without_msgctxt_has_no_subject_field(tree: etree._Element) -> None:
    concept = tree.find("t:text/t:body/t:conceptEntry[@id='c5']", NS)
    assert concept.find("t:descrip", NS) is None
    assert english_terms(concept)[0].find("t:note", NS) is None


def test_free_note_that_looks_reserved_is_escaped() -> None:
    record = GlossaryRecord("بلاغ", "statement", "concept", (), "tarjuman:flags=forbidden is not a flag")
    data = export_tbx([record])
    assert b"tarjuman:note=tarjuman:flags=forbidden" in data
    assert parse_tbx(data, "x.tbx")[0] == [record]


def test_import_restores_every_entry(sample: tuple[list[GlossaryRecord], str]) -> None:
    records, header = sample
    back, back_header = parse_tbx(export_tbx(records, header=header), "sample.tbx")
    assert back == records
    assert back_header == header


MARTIF = """<?xml version="1.0" encoding="utf-8"?>
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>Weblate</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry>
      <descrip type="subjectField">place</descrip>
      <langSet xml:lang="ar"><tig><term>الرباط</term></tig></langSet>
      <langSet xml:lang="en">
        <tig><term>Rabat</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>Al-Rabat</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
        <tig><term>Ar-Ribat</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
    <termEntry>
      <langSet xml:lang="ar-MA"><ntig><termGrp><term>مراكش</term></termGrp></ntig></langSet>
      <langSet xml:lang="en-GB">
        <ntig><termGrp><term>Marrakesh</term></termGrp></ntig>
        <ntig><termGrp><term>Marrakech</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig>
      </langSet>
    </termEntry>
  </body></text>
</martif>
"""


def test_import_of_a_tbx_v2_martif_file_from_another_tool() -> None:
    records, header = parse_tbx(MARTIF.encode(), "weblate.tbx")
    assert header == "Weblate"
    assert [(r.msgid, r.msgstr, r.msgctxt, r.flags) for r in records] == [
        ("الرباط", "Rabat", "place", ()),
        ("الرباط", "Al-Rabat", "place|deprecated", ("forbidden",)),
        ("الرباط", "Ar-Ribat", "place|superseded", ("forbidden",)),
        ("مراكش", "Marrakesh", None, ()),
        # preferred but not first: the flag records what the order cannot
        ("مراكش", "Marrakech", "term|preferred", ("preferred",)),
    ]


def test_homonym_concepts_of_a_foreign_file_get_distinct_labels() -> None:
    concept = (
        "<conceptEntry><descrip type='subjectField'>place</descrip>"
        "<langSec xml:lang='ar'><termSec><term>عمان</term></termSec></langSec>"
        "<langSec xml:lang='en'><termSec><term>{}</term></termSec></langSec></conceptEntry>"
    )
    document = f"<tbx><text><body>{concept.format('Oman')}{concept.format('Amman')}</body></text></tbx>"
    records, _ = parse_tbx(document.encode(), "homonyms.tbx")
    assert [(r.msgctxt, r.msgstr) for r in records] == [("place", "Oman"), ("place|variant", "Amman")]


@pytest.mark.parametrize(
    ("document", "message", "line"),
    [
        ("<tbx><text><body>", "not well-formed XML", 1),
        ("<?xml version='1.0'?>\n<glossary/>", "not a TBX file", 2),
        ("<tbx>\n<tbxHeader/>\n</tbx>", "no <text><body>", 1),
        (
            "<tbx><text><body>\n<conceptEntry>\n<langSec xml:lang='en'><termSec><term>x</term></termSec></langSec>"
            "</conceptEntry></body></text></tbx>",
            "has no Arabic",
            2,
        ),
        (
            "<tbx><text><body><conceptEntry><langSec xml:lang='ar'>\n<termSec><term> </term></termSec>"
            "</langSec></conceptEntry></body></text></tbx>",
            "empty or missing <term>",
            2,
        ),
        (
            "<tbx><text><body><conceptEntry><langSec xml:lang='ar'><termSec><term>بلاغ</term></termSec></langSec>"
            "<langSec xml:lang='en'><termSec><term>statement</term>\n"
            "<termNote type='administrativeStatus'>approved</termNote></termSec></langSec></conceptEntry></body></text></tbx>",
            "unknown administrativeStatus 'approved'",
            2,
        ),
        (
            "<tbx><text><body><conceptEntry><langSec xml:lang='ar'><termSec><term>بلاغ</term></termSec></langSec>"
            "<langSec xml:lang='en'><termSec><term>statement</term>\n\n<note>tarjuman:colour=red</note>"
            "</termSec></langSec></conceptEntry></body></text></tbx>",
            "unknown reserved note",
            3,
        ),
    ],
    ids=["not-xml", "wrong-root", "no-body", "no-arabic", "empty-term", "unknown-status", "unknown-reserved-note"],
)
def test_malformed_tbx_is_refused_with_line(document: str, message: str, line: int) -> None:
    with pytest.raises(InputError) as error:
        parse_tbx(document.encode(), "bad.tbx")
    assert message in error.value.message
    assert (error.value.path, error.value.line) == ("bad.tbx", line)


def test_entities_are_not_expanded() -> None:
    document = (
        '<!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tbx><text><body><conceptEntry>'
        "<langSec xml:lang='ar'><termSec><term>بلاغ</term></termSec></langSec>"
        "<langSec xml:lang='en'><termSec><term>&x;</term></termSec></langSec></conceptEntry></body></text></tbx>"
    )
    try:
        records, _ = parse_tbx(document.encode(), "evil.tbx")
    except InputError:
        return  # refusing is fine too
    assert "root:" not in records[0].msgstr


def test_glossary_without_renderings_cannot_be_exported() -> None:
    # TBX requires at least one conceptEntry; an untranslated entry makes none.
    with pytest.raises(InputError, match="nothing to export"):
        export_tbx([GlossaryRecord("بلاغ", "")])


def test_control_character_cannot_be_exported() -> None:
    with pytest.raises(InputError, match="control character"):
        export_tbx([GlossaryRecord("بلاغ", "state\x01ment", path="g.po", line=7)])


# ----------------------------------------------------------------------------- command line


@pytest.fixture
def project(exchange_project: Path) -> Path:
    return exchange_project


def run(*args: str) -> "object":
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_export_then_import_gives_back_the_glossary(project: Path) -> None:
    result = run("glossary", "export", "--format", "tbx", "-o", "out.tbx")
    assert result.exit_code == 0, result.output
    result = run("glossary", "import", "out.tbx", "-o", "glossary/back.po")
    assert result.exit_code == 0, result.output
    back = project / "glossary" / "back.po"
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(back)], check=True, capture_output=True)
    records, header = read_records(project / "glossary" / "sample.po")
    assert read_records(back) == (records, header)


def test_cli_export_to_stdout_by_default(project: Path) -> None:
    result = run("glossary", "export", "--format", "tbx")
    assert result.exit_code == 0
    assert result.output.startswith("<?xml version='1.0' encoding='UTF-8'?>\n<tbx ")


def test_cli_import_refuses_to_overwrite_without_force(project: Path) -> None:
    run("glossary", "export", "--format", "tbx", "-o", "out.tbx")
    target = project / "glossary" / "sample.po"
    before = target.read_bytes()
    result = run("glossary", "import", "out.tbx", "-o", str(target))
    assert result.exit_code == 2
    assert "exists; pass --force" in result.output
    assert target.read_bytes() == before
    assert run("glossary", "import", "out.tbx", "-o", str(target), "--force").exit_code == 0


def test_cli_import_of_a_malformed_file_writes_nothing(project: Path) -> None:
    (project / "bad.tbx").write_text("<tbx><text><body>\n<conceptEntry>", "utf-8")
    result = run("glossary", "import", "bad.tbx")
    assert result.exit_code == 2
    assert "bad.tbx:2: not well-formed XML" in result.output
    assert sorted(p.name for p in (project / "glossary").iterdir()) == ["sample.po"]


def test_cli_import_default_output_is_in_the_glossary_folder(project: Path) -> None:
    run("glossary", "export", "--format", "tbx", "-o", "terms.tbx")
    assert run("glossary", "import", "terms.tbx").exit_code == 0
    assert (project / "glossary" / "terms.po").is_file()


def test_canonical_rewrite_of_the_sample_is_stable(sample: tuple[list[GlossaryRecord], str]) -> None:
    records, header = sample
    text = render_glossary(records, header=header, metadata=glossary_metadata("x"))
    again, again_header = parse_tbx(export_tbx(records, header=header), "s.tbx")
    assert render_glossary(again, header=again_header, metadata=glossary_metadata("x")) == text
