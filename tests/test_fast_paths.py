"""Every C-speed path of the checks against the plain version it replaced.

The plain versions are kept here as oracles: a loop over the characters that
says what the rule is, and the fast path must give the same answer on any
text, Arabic noise included (diacritics, tatweel, hamza and Persian forms,
Arabic-Indic digits, presentation forms that need NFKC, bidi and zero-width
marks, every kind of whitespace, combining marks that NFKC composes).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, fields

from hypothesis import given, settings
from hypothesis import strategies as st

from tools.check.checks.invisible import invisible_chars, is_invisible
from tools.check.findings import Finding, Severity
from tools.check.reporters.json import _Findings, indented
from tools.untrusted import escape_json_breaks, json_document
from tools.text.arabic import (
    DIGIT_FOLDS,
    IGNORABLE,
    fold_digits,
    normalize,
    normalize_with_offsets,
    strip_ignorable,
)
from tools.text.arabic.normalize import FOLDS

#: Characters that exercise every rule of normalization and of the invisible check.
NOISE = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة"  # letters, hamza forms, alef maqsura, teh marbuta
    "کیےہۀەٱ"  # Persian and Urdu forms
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"  # diacritics, dagger alef, tatweel
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬0123456789.,"  # digits and separators
    "\ufefb\ufef5\ufdf2\ufdfa\ufe8d\ufb8e"  # presentation forms and ligatures (NFKC)
    " \u00a0\t\n\r\u2028\u2029\u3000\u2003\u202f\u0085\x1c"  # whitespace of every kind
    "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u061c\u202a\u202e\u2066\u2069\u00ad\x00\x07"  # invisible
    "Aa\u030a\u0301e\u00e9\u212b\ufb01\u2460\uff21"  # Latin, combining marks, compatibility forms
    "،؛؟«»-()"
)
texts = st.text(alphabet=st.sampled_from(NOISE), max_size=60) | st.text(max_size=30)


# --- the plain versions --------------------------------------------------------------


def plain_fold_char(char: str) -> str:
    if char in IGNORABLE:
        return ""
    if char in FOLDS:
        return FOLDS[char]
    folded = unicodedata.normalize("NFKC", char)
    if folded == char:
        return " " if char.isspace() else char
    return "".join(plain_fold_char(c) for c in folded)


def plain_normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        for folded in plain_fold_char(char):
            if folded == " " and (not out or out[-1] == " "):
                continue
            out.append(folded)
            offsets.append(index)
    while out and out[-1] == " ":
        out.pop()
        offsets.pop()
    return "".join(out), offsets


def plain_invisible_chars(text: str) -> list[tuple[str, int, int]]:
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for column, char in enumerate(text, start=1):
        if is_invisible(char):
            counts[char] = counts.get(char, 0) + 1
            first.setdefault(char, column)
    return [(char, first[char], count) for char, count in counts.items()]


def plain_to_dict(finding: Finding) -> dict:
    data = asdict(finding)
    data["severity"] = finding.severity.label
    data["expected"] = list(finding.expected)
    data.update(dict(finding.extra))
    del data["extra"]
    return data


# --- properties -----------------------------------------------------------------------


@settings(max_examples=400)
@given(texts)
def test_normalize_is_the_character_loop(text: str) -> None:
    assert normalize(text) == plain_normalize_with_offsets(text)[0]


@settings(max_examples=300)
@given(texts)
def test_normalize_with_offsets_is_the_character_loop(text: str) -> None:
    assert normalize_with_offsets(text) == plain_normalize_with_offsets(text)


@given(texts)
def test_fold_digits_is_the_character_loop(text: str) -> None:
    assert fold_digits(text) == "".join(DIGIT_FOLDS.get(c, c) for c in text)


@given(texts)
def test_number_digit_fold_is_the_plain_table(text: str) -> None:
    from tools.text import numerals

    plain = text.translate(str.maketrans(DIGIT_FOLDS))
    plain = numerals._ARABIC_COMMA.sub(",", plain) if "\u060c" in plain else plain
    assert numerals.fold_digits(text) == plain


@given(texts)
def test_strip_ignorable_is_the_character_loop(text: str) -> None:
    assert strip_ignorable(text) == "".join(c for c in text if c not in IGNORABLE)


@settings(max_examples=300)
@given(texts)
def test_invisible_characters_keep_their_columns_and_counts(text: str) -> None:
    assert invisible_chars(text) == plain_invisible_chars(text)


def test_invisible_column_counts_characters_not_bytes() -> None:
    """A zero-width space after Arabic and an emoji: the column is the character's position."""
    text = "قال 😀 x\u200by\u200b"
    assert invisible_chars(text) == [("\u200b", 8, 2)]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=4)
    | st.tuples(inner, inner)
    | st.dictionaries(texts, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300)
@given(json_values)
def test_json_writer_is_json_dumps_with_indent(value: object) -> None:
    assert "".join(indented(value)) == json.dumps(value, ensure_ascii=False, indent=2)


@settings(max_examples=200)
@given(json_values)
def test_json_pieces_escaped_one_by_one_are_the_json_document(value: object) -> None:
    pieces = [escape_json_breaks(piece) for piece in indented(value)]
    assert "".join(pieces) + "\n" == json_document(value)


@given(
    st.builds(
        Finding,
        path=texts, line=st.integers(1, 10**6), code=texts, severity=st.sampled_from(list(Severity)),
        message=texts, msgid=texts, msgctxt=st.none() | texts, term=st.none() | texts,
        expected=st.lists(texts, max_size=3).map(tuple), found=st.none() | texts,
        extra=st.lists(st.tuples(st.sampled_from(["msgstr_column", "reference"]), st.integers() | texts),
                       max_size=2, unique_by=lambda kv: kv[0]).map(tuple),
    )
)
def test_finding_dict_is_the_dataclass_dict(finding: Finding) -> None:
    assert list(finding.to_dict().items()) == list(plain_to_dict(finding).items())


def test_finding_dict_has_every_field() -> None:
    """A field added to Finding must be added to to_dict too."""
    names = [f.name for f in fields(Finding) if f.name != "extra"]
    assert list(Finding("p", 1, "c", Severity.INFO, "m").to_dict()) == names


#: Findings as checks make them, and odd ones the report must still write as JSON
#: would: an ``extra`` key that shadows a field or comes twice, booleans, floats,
#: a line that is a bool.
odd_extra = st.lists(
    st.tuples(st.sampled_from(["msgstr_column", "reference", "form", "found", "line", "path"]),
              st.integers() | texts | st.none() | st.booleans() | st.floats(allow_nan=False)),
    max_size=3,
).map(tuple)
findings = st.builds(
    Finding,
    path=texts, line=st.integers(0, 10**6) | st.booleans(), code=texts, severity=st.sampled_from(list(Severity)),
    message=texts, msgid=texts, msgctxt=st.none() | texts, term=st.none() | texts,
    expected=st.lists(texts, max_size=3).map(tuple), found=st.none() | texts,
    extra=odd_extra,
)


@settings(max_examples=300)
@given(st.lists(findings, max_size=4), st.integers(0, 3))
def test_json_findings_writer_is_the_generic_writer(items: list[Finding], level: int) -> None:
    """The per-finding format string writes what the generic walk of the findings' dicts writes."""
    expected = "".join(indented([finding.to_dict() for finding in items], level))
    assert "".join(_Findings(items).pieces(level)) == expected


#: Findings that compare: None and text do not, in msgctxt, term or found.
comparable_findings = st.builds(
    Finding,
    path=st.sampled_from(["a.po", "b.po"]), line=st.integers(1, 3), code=st.sampled_from(["x", "y"]),
    severity=st.sampled_from(list(Severity)), message=st.sampled_from(["m", "n"]), msgid=st.sampled_from(["", "ق"]),
    msgctxt=st.sampled_from(["", "c"]), term=st.sampled_from(["", "t"]),
    expected=st.lists(st.sampled_from(["A", "B"]), max_size=2).map(tuple), found=st.sampled_from(["", "f"]),
    extra=st.sampled_from([(), (("form", "plural"),)]),
)


@given(st.lists(comparable_findings, max_size=12))
def test_findings_sort_key_is_the_dataclass_order(items: list[Finding]) -> None:
    """``SORT_KEY`` orders findings exactly as comparing them does, ties kept in input order."""
    from tools.check.findings import SORT_KEY

    assert [id(f) for f in sorted(items, key=SORT_KEY)] == [id(f) for f in sorted(items)]


@settings(max_examples=200)
@given(
    st.lists(
        findings.map(lambda f: f)
        | st.builds(Finding, path=st.sampled_from(["/abs/x#y%z.po", "a b/ترجمة.po", "en.po"]), line=st.integers(1, 99),
                    code=st.sampled_from(["missing-term", "not-a-check"]), severity=st.sampled_from(list(Severity)),
                    message=texts),
        max_size=4,
    )
)
def test_sarif_results_writer_is_the_generic_writer(items: list[Finding]) -> None:
    """Each SARIF result written by its format string is the generic writer's text of its dict."""
    from tools.check.reporters import sarif
    from tools.check.registry import all_checks

    index = {check.code: i for i, check in enumerate(all_checks())}
    expected = "".join(indented([sarif._result(finding, index) for finding in items], 3))
    assert "".join(sarif._results(items, index, 4)) == expected
