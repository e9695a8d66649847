"""The review page: structure, escaping, self-containment, the CLI."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from report_project import NOTE, make_project

from tools.cli import cli
from tools.config import load_config
from tools.check.findings import Finding, Severity
from tools.glossary.load import load_glossary
from tools.review.model import build_review
from tools.review.html import render


class Element:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Element | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Element] = []
        #: Text and child elements in document order.
        self.content: list[str | Element] = []

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def all_text(self) -> str:
        return "".join(c if isinstance(c, str) else c.all_text() for c in self.content)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, tag: str | None = None, cls: str | None = None) -> list[Element]:
        return [
            e
            for e in self.walk()
            if (tag is None or e.tag == tag) and (cls is None or cls in e.classes)
        ]


VOID = {"meta", "br", "link", "img", "input", "hr"}


class Tree(HTMLParser):
    """A minimal DOM from html.parser, enough to assert on structure."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {}, None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs), self.current)
        self.current.children.append(element)
        self.current.content.append(element)
        if tag not in VOID:
            self.current = element

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None, f"unmatched </{tag}>"
        self.current = node.parent

    def handle_data(self, data):
        self.current.content.append(data)


def parse(html: str) -> Element:
    tree = Tree()
    tree.feed(html)
    tree.close()
    assert tree.current is tree.root, "unclosed elements"
    return tree.root


FINDING_MESSAGE = "forbidden rendering 'General Directorate of National Security' for المديرية العامة للأمن الوطني"


def fake_findings(config, po_path):
    """One error on the second unit, as check-glossary reports it."""
    from tools.units.po import load_po

    entry = load_po(po_path)[1]
    return [
        Finding(
            path=config.relative(po_path),
            line=entry.linenum,
            code="glossary-forbidden",
            severity=Severity.ERROR,
            message=FINDING_MESSAGE,
            msgid=entry.msgid,
        )
    ]


@pytest.fixture
def page(tmp_path: Path) -> str:
    make_project(tmp_path)
    config = load_config(tmp_path)
    terms = load_glossary(config.glossary).terms
    return render(build_review(config, "demo", "en", terms, fake_findings))


@pytest.fixture
def dom(page: str) -> Element:
    return parse(page)


def test_sentence_with_markup_is_shown_as_text_never_as_a_script(page: str, dom: Element) -> None:
    assert not dom.find("script")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    english = " ".join(e.all_text() for e in dom.find("div", "en"))
    arabic = " ".join(e.all_text() for e in dom.find("div", "ar"))
    assert "<script>alert(1)</script>" in english
    assert "<script>alert(1)</script>" in arabic


def test_arabic_column_is_rtl_arabic_and_english_ltr(dom: Element) -> None:
    arabic = dom.find("div", "ar")
    english = dom.find("div", "en")
    assert len(arabic) == len(english) == 4
    assert all(e.attrs["dir"] == "rtl" and e.attrs["lang"] == "ar" for e in arabic)
    assert all(e.attrs["dir"] == "ltr" and e.attrs["lang"] == "en" for e in english)


def test_units_are_aligned_in_reading_order_and_grouped_by_paragraph(dom: Element) -> None:
    paragraphs = dom.find("section", "paragraph")
    assert [len(p.find("div", "unit")) for p in paragraphs] == [1, 2, 1]
    numbers = [u.attrs["id"] for u in dom.find("div", "unit")]
    assert numbers == ["u1", "u2", "u3", "u4"]
    first = dom.find("div", "unit")[0]
    assert "DGSN" in first.find("div", "en")[0].all_text()
    assert "المديرية" in first.find("div", "ar")[0].all_text()


def test_term_has_the_same_colour_in_both_columns_and_its_rendering_on_hover(dom: Element) -> None:
    unit = dom.find("div", "unit")[0]
    arabic = unit.find("div", "ar")[0].find("mark")
    english = unit.find("div", "en")[0].find("mark")
    assert [m.all_text() for m in arabic] == ["المديرية العامة للأمن الوطني", "المملكة المتحدة"]
    assert [m.all_text() for m in english] == ["DGSN", "United Kingdom"]
    assert [m.classes for m in arabic] == [m.classes for m in english]
    assert "Directorate General of National Security" in arabic[0].attrs["title"]
    assert arabic[0].classes != arabic[1].classes


def test_term_with_attached_lil_proclitic_is_highlighted_without_it(dom: Element) -> None:
    last = dom.find("div", "unit")[3].find("div", "ar")[0]
    # للمملكة = ل + (ا)لمملكة: the preposition stays outside, the article's lam inside.
    assert [m.all_text() for m in last.find("mark")] == ["لمملكة المتحدة"]
    assert "ووصل الوفد للمملكة المتحدة" in last.all_text()


def test_forbidden_rendering_is_marked_and_finding_shown_on_its_unit(dom: Element) -> None:
    unit = dom.find("div", "unit")[1]
    forbidden = unit.find("mark", "forbidden")
    assert [m.all_text() for m in forbidden] == ["General Directorate of National Security"]
    findings = unit.find("li", "finding")
    assert len(findings) == 1
    assert findings[0].classes == {"finding", "error"}
    assert findings[0].find("code")[0].all_text() == "glossary-forbidden"
    assert FINDING_MESSAGE in findings[0].all_text()
    assert "has-error" in unit.classes


def test_fuzzy_and_untranslated_units_are_marked(dom: Element) -> None:
    states = [u.attrs["data-state"] for u in dom.find("div", "unit")]
    assert states == ["translated", "translated", "fuzzy", "untranslated"]
    assert dom.find("div", "unit")[2].find("span", "badge")[0].all_text() == "fuzzy"
    assert dom.find("div", "unit")[3].find("div", "en")[0].all_text() == "untranslated"


def test_translator_note_is_shown_escaped_on_its_unit(page: str, dom: Element) -> None:
    notes = dom.find("p", "note")
    assert [n.all_text() for n in notes] == [NOTE]
    assert "&lt;b&gt;" in page
    assert notes[0].parent is dom.find("div", "unit")[2].find("div", "en")[0]


def test_fuzzy_unit_shows_the_source_it_was_translated_for_with_changed_words(dom: Element) -> None:
    previous = dom.find("div", "unit")[2].find("p", "previous")
    assert len(previous) == 1
    assert [d.all_text() for d in previous[0].find("del")] == ["رقما."]
    assert "<script>alert(1)</script>" in previous[0].all_text()
    assert not dom.find("div", "unit")[1].find("p", "previous")


def test_summary_shows_progress_and_findings_by_severity(dom: Element) -> None:
    progress = dom.find("div", "progress")[0].all_text()
    assert "50%" in progress
    assert "2 translated" in progress and "1 fuzzy" in progress and "1 untranslated" in progress
    findings = dom.find("div", "findings-summary")[0].all_text()
    assert "1 error" in findings and "0 warning" in findings and "0 info" in findings


def test_page_loads_nothing_from_anywhere(page: str, dom: Element) -> None:
    csp = [m for m in dom.find("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"]
    assert csp and csp[0].attrs["content"] == "default-src 'none'; style-src 'unsafe-inline'"
    for element in dom.walk():
        assert "src" not in element.attrs, element.tag
        assert (element.attrs.get("href") or "#").startswith("#"), element.attrs
    assert not dom.find("link") and not dom.find("script") and not dom.find("img")
    assert "url(" not in page and "@import" not in page


def test_page_is_the_same_on_every_run(tmp_path: Path) -> None:
    make_project(tmp_path)
    config = load_config(tmp_path)
    terms = load_glossary(config.glossary).terms
    first = render(build_review(config, "demo", "en", terms, fake_findings))
    second = render(build_review(config, "demo", "en", terms, fake_findings))
    assert first == second


def test_cli_writes_the_page_and_a_second_run_changes_nothing(tmp_path: Path, monkeypatch) -> None:
    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["report", "demo", "--lang", "en", "-o", "review.html"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        "wrote: review.html (4 units: 2 translated, 1 fuzzy, 1 untranslated;"
    )
    page = (tmp_path / "review.html").read_text("utf-8")
    assert parse(page).find("div", "unit")
    again = runner.invoke(cli, ["report", "demo", "--lang", "en", "-o", "review.html"])
    assert again.output.startswith("unchanged: review.html")


def test_cli_reports_a_missing_translation_as_input_error(tmp_path: Path, monkeypatch) -> None:
    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["report", "demo", "--lang", "fr", "-o", "review.html"])
    assert result.exit_code == 2
    assert "translations/demo/fr.po" in result.output
    assert not (tmp_path / "review.html").exists()


GOLDEN = Path(__file__).parent / "golden" / "report" / "demo.html"


def test_page_matches_golden_file(page: str) -> None:
    """The whole page, byte for byte. Set ``UPDATE_GOLDEN=1`` to rewrite it after an intended change."""
    import os

    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(page, encoding="utf-8")
    assert page == GOLDEN.read_text(encoding="utf-8")


def test_sentence_added_to_the_source_since_the_last_update_is_marked_missing(
    tmp_path: Path,
) -> None:
    make_project(tmp_path)
    seed = tmp_path / "seeds" / "demo.txt"
    seed.write_text(seed.read_text("utf-8") + "وغادر الوفد اليوم.\n", encoding="utf-8")
    config = load_config(tmp_path)
    terms = load_glossary(config.glossary).terms
    dom = parse(render(build_review(config, "demo", "en", terms, fake_findings)))
    last = dom.find("div", "unit")[-1]
    assert last.attrs["data-state"] == "missing"
    assert last.find("div", "en")[0].all_text() == "not in the PO file"
    assert "1 not in the PO file" in dom.find("div", "progress")[0].all_text()
