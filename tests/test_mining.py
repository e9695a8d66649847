"""Term mining (tools.glossary.mining.mine, `tools glossary suggest`)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from tools.cli import cli
from tools.glossary.mining.mine import AlignedUnit, TokenizedUnits, EnglishIndex, english_ngrams, mine, render_candidates


def units(*pairs: tuple[str, str | None]) -> list[AlignedUnit]:
    return [AlignedUnit(ar, en, f"a.txt:{i}") for i, (ar, en) in enumerate(pairs, start=1)]


def keys(candidates) -> list[str]:  # noqa: ANN001
    return [c.key for c in candidates]


def test_recurring_expression_is_found_with_its_frequency() -> None:
    found = mine(units(("ناقش الوزير الجريمة المنظمة اليوم", None), ("تتزايد الجريمة المنظمة في المنطقة", None)))
    crime = next(c for c in found if c.text == "الجريمة المنظمة")
    assert (crime.frequency, crime.units, crime.pattern) == (2, 2, None)


def test_attached_lil_article_is_not_part_of_the_candidate() -> None:
    # للمديرية = ل + المديرية: the candidate is المديرية ..., as the glossary would write it
    found = mine(units(("بلاغ للمديرية العامة للأمن الوطني", None), ("مقر المديرية العامة للأمن الوطني", None)))
    assert "المديرية العامة للأمن الوطني" in [c.text for c in found]
    assert not any(c.text.startswith("للمديرية") for c in found)


def test_attached_conjunction_and_preposition_are_not_part_of_the_candidate() -> None:
    found = mine(units(("وبالسفارة البريطانية اجتماع", None), ("في السفارة البريطانية", None)))
    assert [c.text for c in found if "السفارة" in c.text] == ["السفارة البريطانية"]


def test_detached_conjunction_is_read_like_an_attached_one() -> None:
    corpus = TokenizedUnits(units(("و المديرية العامة", None)))
    assert corpus.key("و المديرية العامة") == corpus.key("المديرية العامة") == "المديريه العامه"


def test_spelling_variants_with_hamza_and_diacritics_are_one_candidate() -> None:
    found = mine(units(("أكد الإستقبال الرسمي ذلك", None), ("تم الاستقبال الرسميّ أمس", None)))
    reception = [c for c in found if c.key == "الاستقبال الرسمي"]
    assert len(reception) == 1 and reception[0].frequency == 2


def test_candidates_never_cross_punctuation() -> None:
    found = mine(units(("زار الرباط، المغرب أمس", None), ("وصل الرباط، المغرب اليوم", None)))
    assert "الرباط المغرب" not in keys(found)


def test_function_words_do_not_begin_or_end_a_candidate() -> None:
    found = mine(units(("قال إن الأمن الوطني في خطر", None), ("قال إن الأمن الوطني في المقدمة", None)))
    assert "الامن الوطني" in keys(found)
    assert not any(k.split()[0] in {"في", "ان"} or k.split()[-1] in {"في", "ان"} for k in keys(found))


def test_title_pattern_counts_even_when_seen_once() -> None:
    found = mine(units(("استقبل نائب الأميرال إدوارد ألغرين في الرباط", None)))
    by_text = {c.text: c for c in found}
    assert by_text["نائب الأميرال"].pattern == "title"
    assert by_text["إدوارد ألغرين"].pattern == "person"


def test_institution_idafa_chain_is_one_candidate() -> None:
    found = mine(units(("بمقر المديرية العامة لمراقبة التراب الوطني بالرباط", None)))
    chains = [c.text for c in found if c.pattern == "institution"]
    assert chains[0] == "المديرية العامة لمراقبة التراب الوطني"  # the whole chain ranks first
    assert "المديرية العامة" in chains  # and the shorter chains it begins with are offered too


def test_idafa_chain_goes_through_an_indefinite_noun_before_a_definite_one() -> None:
    found = mine(units(("وضابط الاتصال لشرطة مكافحة الإرهاب بالسفارة", None)))
    assert "شرطة مكافحة الإرهاب" in [c.text for c in found]


def test_hamza_alef_lam_is_not_the_article() -> None:
    # ألغرين and ألمانيا normalize to الغرين, المانيا but have no article: the chain stops.
    found = mine(units(("استقبل نائب الأميرال إدوارد ألغرين أمس", None)))
    assert "نائب الأميرال إدوارد ألغرين" not in [c.text for c in found]


def test_fragment_of_a_longer_term_scores_nothing() -> None:
    text = "المديرية العامة للأمن الوطني"
    found = mine(units((f"بلاغ {text} اليوم", None), (f"مقر {text} بالرباط", None), (f"أعلنت {text} أمس", None)))
    assert "العامه للامن" not in keys(found)
    assert keys(found)[0] == "المديريه العامه للامن الوطني"


def test_known_glossary_terms_and_their_pieces_are_not_suggested() -> None:
    pairs = [
        ("حذرت المديرية العامة للأمن الوطني من الجريمة المنظمة", None),
        ("تتصدى المديرية العامة للأمن الوطني أمس للجريمة المنظمة بحزم", None),
    ]
    found = mine(units(*pairs), known=["المديرية العامة للأمن الوطني"])
    assert "الجريمه المنظمه" in keys(found)
    assert not any(k.startswith("المديريه العامه") or k == "العامه للامن" for k in keys(found))


def test_ranking_is_deterministic() -> None:
    pairs = units(("الأمن الوطني والجريمة المنظمة", None), ("الجريمة المنظمة والأمن الوطني", None))
    assert keys(mine(pairs)) == keys(mine(list(reversed(pairs))))


def test_english_ngrams_stay_inside_clauses_and_skip_function_words_at_the_edges() -> None:
    grams = english_ngrams("The Director General, of the DGSN")
    assert "director general" in grams and grams["director general"] == ("Director General", 1 / 6)
    assert "general of" not in grams and "general dgsn" not in grams and "the director" not in grams


def test_english_is_proposed_from_aligned_units_by_dice() -> None:
    pairs = units(
        ("ناقش الوزير الجريمة المنظمة اليوم", "The minister discussed organised crime today."),
        ("تتزايد الجريمة المنظمة في المنطقة", "Organised crime is growing in the region."),
        ("الوزير في الرباط", "The minister is in Rabat."),
    )
    crime = next(c for c in mine(pairs) if c.text == "الجريمة المنظمة")
    assert crime.english == "organised crime"
    assert "2 of 2 aligned unit(s), Dice 1.00" in crime.evidence


def test_no_english_is_proposed_from_a_single_sentence() -> None:
    index = EnglishIndex(units(("نائب الأميرال", "Vice Admiral Edward Ahlgren arrived.")))
    english, evidence = index.propose({0: 0.0}, 2)
    assert english is None and "too little evidence" in evidence


def test_no_english_is_proposed_when_the_evidence_cannot_tell_ngrams_apart() -> None:
    # The same 20-word sentence twice: "w0 w1" and "w1 w2" co-occur equally and
    # stand at nearly the same place; choosing one would be a guess.
    sentence = " ".join(f"w{i}" for i in range(20))
    index = EnglishIndex(units(("أ ب", sentence), ("أ ب", sentence)))
    english, evidence = index.propose({0: 0.025, 1: 0.025}, 2)
    assert english is None and evidence.endswith("ambiguous")
    # when no equal n-gram stands nearby, position decides
    apart = "w0 w1 " + "and " * 8 + "w2 w3"
    index = EnglishIndex(units(("أ ب", apart), ("أ ب", apart)))
    assert index.propose({0: 0.0, 1: 0.0}, 2)[0] == "w0 w1"
    assert index.propose({0: 0.9, 1: 0.9}, 2)[0] == "w2 w3"


def test_english_length_fit_prefers_a_rendering_as_long_as_the_term() -> None:
    pairs = units(
        ("ناقش الأمن الوطني اليوم", "They discussed national security today."),
        ("الأمن الوطني أولوية", "National security is a priority."),
        ("الأمن في المدينة", "Security in the city."),
    )
    security = next(c for c in mine(pairs) if c.text == "الأمن الوطني")
    assert security.english == "national security"


def test_candidates_file_is_fuzzy_valid_po_and_stable(tmp_path: Path) -> None:
    pairs = units(
        ("ناقش الوزير الجريمة المنظمة اليوم", "The minister discussed organised crime today."),
        ("تتزايد الجريمة المنظمة في المنطقة", "Organised crime is growing in the region."),
        ("استقبل نائب الأميرال إدوارد ألغرين", None),
    )
    text = render_candidates(mine(pairs))
    assert render_candidates(mine(pairs)) == text
    path = tmp_path / "candidates.po"
    path.write_text(text, "utf-8")
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], check=True, capture_output=True)
    entries = polib.pofile(str(path))
    assert entries and all(e.fuzzy for e in entries)
    crime = next(e for e in entries if e.msgid == "الجريمة المنظمة")
    assert (crime.msgctxt, crime.msgstr) == ("candidate|expression", "organised crime")
    assert crime.comment.splitlines()[0].startswith("candidate score ")
    assert "first seen: a.txt:1" in crime.comment


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text('[tool.tarjuman]\nglossary = ["glossary"]\n', "utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "one.txt").write_text(
        "ناقش الوزير الجريمة المنظمة اليوم.\nتتزايد الجريمة المنظمة في المنطقة.\nاستقبل نائب الأميرال الضيف.\n", "utf-8"
    )
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary" / "terms.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgctxt "title"\nmsgid "نائب الأميرال"\nmsgstr "Vice Admiral"\n',
        "utf-8",
    )
    po = tmp_path / "translations" / "one" / "en.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "ناقش الوزير الجريمة المنظمة اليوم."\nmsgstr "The minister discussed organised crime today."\n\n'
        'msgid "تتزايد الجريمة المنظمة في المنطقة."\nmsgstr "Organised crime is growing in the region."\n',
        "utf-8",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_cli_suggest_skips_glossary_terms_and_writes_once(project: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["glossary", "suggest", "-o", "candidates.po"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("wrote: candidates.po")
    entries = {e.msgid: e for e in polib.pofile(str(project / "candidates.po"))}
    assert "نائب الأميرال" not in entries
    assert entries["الجريمة المنظمة"].msgstr == "organised crime"
    before = (project / "candidates.po").read_bytes()
    again = runner.invoke(cli, ["glossary", "suggest", "-o", "candidates.po"])
    assert again.output.startswith("unchanged: candidates.po")
    assert (project / "candidates.po").read_bytes() == before


def test_cli_suggest_to_standard_output(project: Path) -> None:
    result = CliRunner().invoke(cli, ["glossary", "suggest", "--top", "1"])
    assert result.exit_code == 0
    assert result.output.count("#, fuzzy") == 1


def test_known_keys_of_a_long_glossary_term_stay_linear_in_its_words() -> None:
    """800 words in one term gave n²/2 keys of up to n words (1 GB); pieces longer than a candidate can be are useless."""
    from collections import Counter

    from tools.glossary.mining.candidates import MAX_WORDS, FirstWordReader as _Reader, known_keys

    words = [f"باب{i}" for i in range(800)]
    keys = known_keys([" ".join(words)], _Reader(Counter()))
    assert len(keys) <= 800 * MAX_WORDS
    assert " ".join(words[10 : 10 + MAX_WORDS]) in keys
    short = known_keys(["المدير العام"], _Reader(Counter()))
    assert {"المدير العام", "المدير", "العام"} <= short
