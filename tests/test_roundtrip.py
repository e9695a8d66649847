"""PO → TBX → PO and PO → CSV → PO lose nothing (hypothesis, plus the real glossaries).

"Nothing" means every entry with its msgid, msgstr, msgctxt, flags,
extracted and translator comments, in the canonical order of the glossary
writer, and the PO header comment for TBX (CSV has no place for it): the
glossary file written back is byte-identical to the one written before.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tools.text import arabic
from tools.glossary.exchange.csv_io import export_csv, parse_csv
from tools.glossary.exchange.tbx_read import parse_tbx
from tools.glossary.exchange.tbx_write import export_tbx
from tools.glossary.read import read_records
from tools.glossary.write import GlossaryRecord, glossary_metadata, render_glossary

ROOT = Path(__file__).resolve().parent.parent
METADATA = glossary_metadata("tarjuman glossary round trip", "2026-11-29 05:00+0000")

# Awkward Arabic: hamza forms, diacritics (fatha, shadda, tanwin, sukun), tatweel,
# ZWNJ, RLM/LRM and ALM, the lam-alef ligature, Persian letters, Arabic-Indic digits.
ARABIC_WORDS = [
    "الأمن", "إيرلندا", "أيرلندا", "آسيا", "مُدِيرٌ", "الـمغرب", "لا\u200cسيما", "\u200fالرباط",
    "\ufefbجئ", "ﻻ", "کتاب", "یومه", "٢٠٢٥", "مؤتمر", "شؤون", "مسؤول", "ضابط\u061c", "قوّات", "الشرق",
]
ENGLISH_WORDS = [
    "Director", "General", "of", "National", "Security", '"quoted"', "a,b", "co-host", "O'Neil",
    "café", "DGSN", "tab\there", "semi;colon", "<tag>", "&amp;", "100%", "\\back", "—", "2025",
]
LABELS = ["acronym", "calque", "short", "variant", "us-spelling", "a|b", "x y", "ق"]
FLAGS = ["forbidden", "preferred", "case-sensitive", "fuzzy", "no-wrap"]
NOTE_LINES = [
    "definition: Morocco's national police.", "source: UK MoD.", 'a "quoted" note, with commas',
    "tarjuman:flags=forbidden (looks reserved)", "Arabic: المملكة المتحدة", "trailing  spaces inside",
]


def _phrase(words: list[str], max_words: int) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(words), min_size=1, max_size=max_words).map(" ".join)


english = st.one_of(
    _phrase(ENGLISH_WORDS, 5),
    st.tuples(_phrase(ENGLISH_WORDS, 3), _phrase(ENGLISH_WORDS, 3)).map("\n".join),  # an inner newline
)
comment = st.lists(st.sampled_from(NOTE_LINES), max_size=3).map("\n".join)


@st.composite
def glossaries(draw: st.DrawFn) -> list[GlossaryRecord]:
    """Terms with several renderings each; msgctxt unique per msgid, as gettext requires."""
    records: list[GlossaryRecord] = []
    sources = draw(st.lists(_phrase(ARABIC_WORDS, 4), min_size=1, max_size=6, unique_by=arabic.normalize))
    for source in sources:
        category = draw(st.one_of(st.none(), st.sampled_from(["agency", "place", "title", "concept|x"])))
        spellings = [source, draw(st.sampled_from([source, source.replace("ا", "أ", 1)]))]
        used: set[tuple[str | None, str]] = set()
        for _ in range(draw(st.integers(min_value=1, max_value=4))):
            msgid = draw(st.sampled_from(spellings))
            label = draw(st.sampled_from([None, *LABELS]))
            msgctxt = category if label is None else f"{category or 'term'}|{label}"
            if (msgctxt, msgid) in used:
                continue
            used.add((msgctxt, msgid))
            records.append(
                GlossaryRecord(
                    msgid=msgid,
                    msgstr=draw(english),
                    msgctxt=msgctxt,
                    flags=tuple(draw(st.lists(st.sampled_from(FLAGS), unique=True, max_size=3))),
                    comment=draw(comment),
                    tcomment=draw(st.sampled_from(["", "checked with the desk", "a, b; \"c\""])),
                )
            )
    return records


def canonical(records: list[GlossaryRecord], header: str, tmp_path: Path) -> tuple[str, list[GlossaryRecord]]:
    """Write the glossary, read it back: the file text and the entries as stored."""
    text = render_glossary(records, header=header, metadata=METADATA)
    path = tmp_path / "g.po"
    path.write_text(text, "utf-8")
    return text, read_records(path)[0]


HEADER = "Round-trip glossary: العربية, quotes \" and commas, ZWNJ \u200c."
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(records=glossaries())
def test_po_tbx_po_is_lossless(records: list[GlossaryRecord], tmp_path: Path) -> None:
    text, stored = canonical(records, HEADER, tmp_path)
    back, header = parse_tbx(export_tbx(stored, header=HEADER), "g.tbx")
    assert back == stored
    assert header == HEADER
    assert render_glossary(back, header=header, metadata=METADATA) == text


@SETTINGS
@given(records=glossaries())
def test_po_csv_po_is_lossless(records: list[GlossaryRecord], tmp_path: Path) -> None:
    text, stored = canonical(records, HEADER, tmp_path)
    back = parse_csv(export_csv(stored), "g.csv")
    assert back == stored
    assert render_glossary(back, header=HEADER, metadata=METADATA) == text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=glossaries())
def test_written_glossary_passes_msgfmt(records: list[GlossaryRecord], tmp_path: Path) -> None:
    canonical(records, HEADER, tmp_path)
    result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(tmp_path / "g.po")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr


SHIPPED = [ROOT / "glossary" / "ar-en.po", *sorted((ROOT / "tools" / "glossary" / "builtin" / "news").glob("*.po"))]


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
@pytest.mark.parametrize(("export", "parse"), [(export_tbx, parse_tbx), (lambda r, header: export_csv(r).encode(), None)], ids=["tbx", "csv"])
def test_shipped_glossaries_round_trip_byte_for_byte(path: Path, export, parse, tmp_path: Path) -> None:  # noqa: ANN001
    name = path.name
    records, header = read_records(path)
    text = render_glossary(records, header=header, metadata=METADATA)
    data = export(records, header=header)
    back, back_header = parse(data, name) if parse else (parse_csv(data.decode(), name), header)
    assert render_glossary(back, header=back_header, metadata=METADATA) == text


@pytest.mark.parametrize(("export", "parse"), [(export_tbx, parse_tbx), (lambda r, header: export_csv(r).encode(), None)], ids=["tbx", "csv"])
def test_declared_forms_and_no_inflection_round_trip(export, parse, tmp_path: Path) -> None:  # noqa: ANN001
    """The glossary fields of term forms are a comment and a flag: they travel through TBX and CSV."""
    from tools.glossary import SourceMatcher, load_glossary

    name = "forms.po"
    records, header = read_records(ROOT / "tests" / "data" / "glossary" / name)
    data = export(records, header=header)
    back, back_header = parse(data, name) if parse else (parse_csv(data.decode(), name), header)
    path = tmp_path / name
    path.write_text(render_glossary(back, header=back_header, metadata=METADATA), "utf-8")
    terms = {t.source: t for t in load_glossary([path]).terms}
    assert terms["المرأة"].forms == ("النساء", "نساء")
    assert terms["المستقبل"].inflect is False
    matcher = SourceMatcher(list(terms.values()))
    assert [m.term.source for m in matcher.find("وشاركت النساء")] == ["المرأة"]
    assert matcher.find("مستقبل المنطقة") == []
