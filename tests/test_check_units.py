"""Unit tables for the content checks: numbers, invisible characters, status, registry."""

from __future__ import annotations

import polib
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tools.text.arabic import BIDI_EMBEDDINGS, BIDI_ISOLATES, BIDI_MARKS, ZERO_WIDTH
from tools.check.checks import invisible, numbers, status
from tools.check.checks.base import EntryContext, EntryRef
from tools.check.registry import CHECKS, all_checks
from tools.check.findings import Severity
from tools.glossary.model import Glossary
from tools.glossary.match.arabic import SourceMatcher
from tools.glossary.match.english import ForbiddenIndex
from tools.units.readers import po_unit

EMPTY = Glossary((), (), ())


def _ctx(msgid: str, msgstr: str = "", *, flags=(), plural: dict[int, str] | None = None) -> EntryContext:
    entry = polib.POEntry(msgid=msgid, msgstr=msgstr, flags=list(flags))
    if plural is not None:
        entry.msgid_plural = msgid + " (plural)"
        entry.msgstr_plural = plural
    return EntryContext(
        EntryRef("a.po", 3, msgid, None), po_unit(entry, "a.po"), EMPTY, SourceMatcher(()), ForbiddenIndex(())
    )


def _found(check, ctx) -> list[str | None]:
    return [problem.found for problem in check(ctx)]


@pytest.mark.parametrize(
    ("arabic", "english", "missing"),
    [
        ("في سنة 2025", "in 2025", []),
        ("في سنة ٢٠٢٥", "in 2025", []),  # Arabic-Indic digits
        ("في سنة ۲۰۲۵", "in 2025", []),  # Persian digits
        ("في سنة ٢٠٢٥", "in 2026", ["2025"]),
        ("1200 شرطي", "1,200 police officers", []),
        ("1.200 شرطي", "1,200 police officers", []),  # European thousands
        ("١٬٢٠٠ شرطي", "1200 police officers", []),  # Arabic thousands separator
        ("1,200 شرطي", "12,000 police officers", ["1,200"]),
        ("نسبة 3,5 في المائة", "3.5 per cent", []),  # decimal comma
        ("نسبة ٣٫٥ في المائة", "3.5 per cent", []),  # Arabic decimal separator
        ("نسبة 3,5 في المائة", "35 per cent", ["3,5"]),
        ("1.234,5 درهم", "1,234.5 dirhams", []),  # both separators
        ("الدورة 93", "the 93rd session", []),  # ordinal suffix
        ("في 07 مارس", "on 7 March", []),  # leading zero
        ("2025 و 2025", "2025", []),  # repeated: once is enough
        ("2025 و 2030", "2030", ["2025"]),
        ("الصيغة 1.2.3", "version 1.2.3", []),
        ("الصيغة 1.2.3", "version 1.2", ["1.2.3"]),
        ("الدورة الثالثة و التسعين", "the 93rd session", []),  # words are not compared
    ],
)
def test_number_mismatch(arabic: str, english: str, missing: list[str]) -> None:
    assert _found(numbers.number_mismatch, _ctx(arabic, english)) == missing


@given(st.integers(min_value=0, max_value=10**9))
def test_every_thousands_form_of_a_number_matches(value: int) -> None:
    western = f"{value:,}"
    for arabic in (str(value), western, western.replace(",", "."), western.replace(",", "\u066c")):
        arabic = "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in arabic)
        for english in (str(value), western):
            assert not list(numbers.number_mismatch(_ctx(f"عدد {arabic}", english)))


def test_numbers_of_fuzzy_entries_are_not_checked() -> None:
    assert _found(numbers.number_mismatch, _ctx("في سنة 2025", "in 2026", flags=["fuzzy"])) == []


@pytest.mark.parametrize("char", sorted(BIDI_EMBEDDINGS | BIDI_ISOLATES))
def test_reordering_bidi_controls_are_errors(char: str) -> None:
    (problem,) = invisible.invisible_char(_ctx("نص", f"a{char}b"))
    assert problem.severity is Severity.ERROR
    assert "can reorder" in problem.message


@pytest.mark.parametrize("char", sorted(BIDI_MARKS | ZERO_WIDTH | {"\x07", "\u00ad", "\u2028"}))
def test_other_invisible_characters_are_left_to_the_default(char: str) -> None:
    (problem,) = invisible.invisible_char(_ctx("نص", f"a{char}b"))
    assert problem.severity is None
    assert problem.found == f"U+{ord(char):04X}"


@pytest.mark.parametrize("text", ["plain text", "tab\there", "line\nbreak", "café – “quoted” Ḥammūshī"])
def test_visible_text_is_clean(text: str) -> None:
    assert list(invisible.invisible_char(_ctx("نص", text))) == []


@pytest.mark.parametrize("char", sorted(BIDI_MARKS | ZERO_WIDTH))
def test_invisible_character_in_source_and_translation_is_not_reported(char: str) -> None:
    """A ZWNJ or RLM the Arabic itself carries (e.g. in a name) may be copied with it."""
    assert list(invisible.invisible_char(_ctx(f"نص{char}نص", f"text{char}text"))) == []
    # ... but only that character: another one in the translation is still reported.
    other = "\u200b" if char != "\u200b" else "\u200c"
    assert _found(invisible.invisible_char, _ctx(f"نص{char}نص", f"a{char}b{other}c")) == [f"U+{ord(other):04X}"]


def test_invisible_character_counted_and_located() -> None:
    (problem,) = invisible.invisible_char(_ctx("نص", "ab\u200bc\u200bd"))
    assert problem.message == (
        "invisible character U+200B ZERO WIDTH SPACE at column 3 of the translation (2 times),"
        " not in the source"
    )


def test_invisible_characters_checked_in_fuzzy_entries_too() -> None:
    assert _found(invisible.invisible_char, _ctx("نص", "a\u202eb", flags=["fuzzy"])) == ["U+202E"]


@pytest.mark.parametrize(
    ("ctx", "untranslated", "fuzzy"),
    [
        (_ctx("نص", "text"), [], []),
        (_ctx("نص", ""), ["not translated"], []),
        (_ctx("نص", "", flags=["fuzzy"]), [], ["fuzzy translation needs review (not used and not checked)"]),
        (_ctx("نص", plural={0: "one", 1: ""}), ["plural form(s) 1 not translated"], []),
        (_ctx("نص", plural={0: "", 1: ""}), ["not translated"], []),
    ],
    ids=["translated", "empty", "fuzzy", "one-plural-form-empty", "all-plural-forms-empty"],
)
def test_status_checks(ctx: EntryContext, untranslated: list[str], fuzzy: list[str]) -> None:
    assert [p.message for p in status.untranslated(ctx)] == untranslated
    assert [p.message for p in status.fuzzy(ctx)] == fuzzy


def test_every_check_declared_once_with_a_kebab_case_code() -> None:
    codes = [check.code for check in all_checks()]
    assert len(codes) == len(set(codes))
    assert all(code == code.lower() and " " not in code and "_" not in code for code in codes)
    assert {c.code for c in CHECKS} >= {
        "missing-term", "forbidden-term", "forbidden-anywhere", "inconsistent-translation",
        "number-mismatch", "invisible-char", "untranslated", "fuzzy", "unused-suppression",
    }
    assert all(c.run is not None for c in CHECKS if c.scope in ("entry", "corpus"))


RENDERINGS = ["World Glass", "Abdellatif Hamouchi", "Director-General", "Côte d'Ivoire", "DGSN", "work trip"]


@given(
    st.sampled_from(RENDERINGS),
    st.lists(st.booleans(), min_size=40, max_size=40),
    st.sampled_from(["", "s", "'s", "’s", "es"]),
    st.sampled_from([" ", "-", "\u00a0", "  "]),
    st.text(alphabet="ab .,(", max_size=5),
)
# An apostrophe joins the text's word ("DGSN'sa") where the exact pattern stops before it.
@example("DGSN", [True] * 40, "'s", " ", "a.")
def test_forbidden_prefilter_never_hides_a_match(rendering, upper, ending, gap, around) -> None:
    from tools.glossary.model import Rendering, Term
    from tools.glossary.match.english import find_rendering

    variant = "".join(c.upper() if flip else c.lower() for c, flip in zip(rendering, upper))
    variant = variant.replace(" ", gap).replace("'", "’") + ending
    english = f"{around}{variant}{around}"
    if find_rendering(english, rendering) is not None:
        candidate = Rendering(rendering, True, False, False, "g.po", 1, None, "")
        term = Term("مصطلح", "مصطلح", (), (), (candidate,), (), "g.po", 1)
        assert ForbiddenIndex([term]).candidates(english) == [term]
