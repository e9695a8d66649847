"""The checks' shortcuts against the plain rule they stand for.

Each shortcut skips work that cannot change a finding: numbers are read only
where a digit is written, the article history indexes only the word keys a
rendering can start with and only when a term is missing, the normal form of
a sentence is put together from remembered chunks. Each is compared here with
the plain version on generated text with the Arabic phenomena (hamza forms,
diacritics, tatweel, Persian letters, Arabic-Indic digits, bidi and
zero-width marks, attached proclitics) and real glossary renderings.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from tools.check.checks import terms
from tools.check.checks.base import ArticleHistory, EntryContext
from tools.glossary.load import load_glossary
from tools.glossary.match import english, forms
from tools.glossary.match.arabic import SourceMatcher
from tools.glossary.match.english import approved_match
from tools.glossary.model import Rendering, Term
from tools.text import numerals
from tools.text.arabic import DIGIT_FOLDS, normalize
from tools.text.arabic import line as word_lines
from tools.text.arabic.words import Words
from tools.text.arabic.normalize import _normal_chunks, normalize_chunk

ROOT = Path(__file__).resolve().parent.parent

#: Arabic words with every kind of noise, proclitics and number words.
ARABIC_WORDS = (
    "قال", "الوزير", "ووزير", "بالرباط", "للمملكة", "المغربية", "إستقبال", "استقبال", "فضلاً",
    "الـمغرب", "کتاب", "مرکز", "ثلاثة", "آلاف", "مليار", "مليارات", "عشرين", "خمسة", "وعشرون",
    "٢٠٢٥", "۱۲", "3,5", "١٬٢٠٠", "٣٫٥", "110", "2019", "\u200f", "\u200c", "\u202b", "\ufeff",
    "و", "،", "؟", ".", "مُحَمَّد", "\u0640\u0640", "\ufefb", "ال", "كوفيد-19",
)
arabic_texts = st.lists(st.sampled_from(ARABIC_WORDS), max_size=12).map(" ".join) | st.text(max_size=40)
#: Whitespace of every kind between chunks.
spaces = st.sampled_from([" ", "  ", "\u00a0", "\t", "\n", " \u200b ", "\u3000"])


# --- normalize from remembered chunks ------------------------------------------------------


@settings(max_examples=300)
@given(st.lists(st.tuples(arabic_texts, spaces), max_size=6))
def test_normalize_of_remembered_chunks_is_the_whole_text_normalized(parts: list[tuple[str, str]]) -> None:
    text = "".join(chunk + space for chunk, space in parts)
    expected = normalize_chunk(text)
    assert normalize(text) == expected
    assert normalize(text) == expected  # the second time every chunk comes from the memo


@settings(max_examples=300)
@given(st.lists(st.tuples(arabic_texts, spaces), max_size=6))
def test_normalize_after_the_word_line_shares_its_fold(parts: list[tuple[str, str]]) -> None:
    """The word line remembers each new chunk's normal form from its own fold: the same form."""
    text = "".join(chunk + space for chunk, space in parts)
    expected = normalize_chunk(text)
    word_lines._chunk_memo.clear()
    _normal_chunks.clear()
    word_lines.word_line(text)
    assert normalize(text) == expected


def test_chunk_of_marks_only_leaves_no_double_space() -> None:
    """A diacritic or zero-width mark standing alone between spaces is no word."""
    assert normalize("قال \u064e \u200b الوزير") == "قال الوزير"


# --- numbers read only where a digit is written --------------------------------------------


@settings(max_examples=300)
@given(arabic_texts)
def test_arabic_numbers_are_read_exactly_where_digits_are(text: str) -> None:
    has_digit = any((c.isascii() and c.isdigit()) or DIGIT_FOLDS.get(c, "").isdigit() for c in text)
    found = numerals.arabic_numbers(text)
    assert found == numerals.arabic_numbers.__wrapped__(text)
    if not has_digit:
        assert found == {}
    else:
        assert set(found) == set(numerals.numbers(text))


def test_arabic_indic_and_persian_digits_are_still_read() -> None:
    assert set(numerals.arabic_numbers("في سنة ٢٠٢٥ و ۱۲ مليارات")) == {"2025", "12"}


# --- second references: the lazy, narrow index is the plain scan ---------------------------


def _r(text: str) -> Rendering:
    return Rendering(text, False, False, False, "g.po", 1, None, "")


def _term(arabic: str, *approved: str) -> Term:
    return Term(arabic, arabic, (), tuple(_r(a) for a in approved), (), (), "g.po", 1)


TERMS = (
    _term("الأمين العام", "Secretary-General"),
    _term("المغرب", "Morocco"),
    _term("التعاون", "co-operation"),
    _term("المدير العام", "Director General", "DG"),
    _term("وزارة الخارجية", "Ministry of Foreign Affairs", "Foreign Ministry"),
    _term("الولايات المتحدة", "United States", "US"),
    _term("المنظمة", "organisation"),
)
#: English with the renderings as written, in variant forms, and near misses.
ENGLISH_WORDS = (
    "The", "the", "Secretaries-General", "Secretary-General", "Moroccan", "Morocco", "cooperation",
    "co-operation", "Directors", "General", "DG", "Ministry", "of", "Foreign", "Affairs", "Ministries",
    "us", "US", "U.S.", "United", "States", "organization", "organisations", "said", "met", ",", "Vice",
)
english_texts = st.lists(st.sampled_from(ENGLISH_WORDS), max_size=10).map(" ".join)


def _plain_first_rendering(entries: list[tuple[int, str]], term: Term) -> tuple[int, str] | None:
    """The rule: the first earlier entry where an approved rendering of the term is, in any form."""
    for line, text in entries:
        found = approved_match(text, term, True)
        if found is not None:
            return line, found.rendering.text
    return None


def _context(history: ArticleHistory, matcher: SourceMatcher) -> EntryContext:
    """What a second-reference lookup reads of an entry: the article so far and the run's matcher."""
    return SimpleNamespace(history=history, matcher=matcher)  # type: ignore[return-value]


@settings(max_examples=150)
@given(st.lists(st.tuples(english_texts, st.lists(st.sampled_from(range(len(TERMS))), max_size=3)), max_size=12))
def test_second_reference_is_the_first_earlier_entry_with_the_rendering(
    steps: list[tuple[str, list[int]]],
) -> None:
    """Entries are added one by one; after each, terms are asked in any order, again and again."""
    matcher = SourceMatcher(TERMS)
    history = ArticleHistory()
    ctx = _context(history, matcher)
    added: list[tuple[int, str]] = []
    for line, (text, asked) in enumerate(steps, start=1):
        for index in asked:
            term = TERMS[index]
            assert terms._earlier_rendering(ctx, term, True) == _plain_first_rendering(added, term)
        history.add(line, text)
        added.append((line, text))


def test_a_key_no_glossary_rendering_starts_with_is_indexed_when_asked() -> None:
    """The glossary-wide keys are a shortcut: a term outside them is still found (by a re-index)."""
    history = ArticleHistory()
    history.add(3, "Talks on co-operation resumed.")
    history.add(4, "The Moroccan delegation left.")
    keys = frozenset({forms.word_key("cooperation")})
    found = history.first_rendering("t", keys, lambda text: "co" if "co-op" in text else None, frozenset)
    assert found == (3, "co")
    moroccan = frozenset({forms.word_key("Moroccan")})
    assert history.first_rendering("m", moroccan, lambda text: "M" if "Moroccan" in text else None) == (4, "M")


def test_repeated_english_is_indexed_again_for_keys_asked_later() -> None:
    """The wanted keys of a repeated text are remembered, and forgotten when other keys are asked."""
    history = ArticleHistory()
    said = "The Moroccan delegation met the Director General."
    morocco = frozenset({forms.word_key("Moroccan")})
    director = frozenset({forms.word_key("Director")})
    history.add(1, "Talks resumed.")
    assert history.first_rendering("m", morocco, lambda text: None, frozenset) is None  # indexes for Moroccan only
    history.add(2, said)
    history.add(3, said)
    assert history.first_rendering("m", morocco, lambda text: "M" if "Moroccan" in text else None, frozenset) == (2, "M")
    found = history.first_rendering("d", director, lambda text: "DG" if "Director" in text else None, frozenset)
    assert found == (2, "DG")


def _repository_renderings() -> list[Rendering]:
    glossary = load_glossary([ROOT / "glossary", "builtin:news"])
    return [rendering for term in glossary.terms for rendering in term.approved]


def test_likely_first_keys_cover_every_rendering_of_the_real_glossaries() -> None:
    """The cheap keys of the article index include every key a rendering can start with."""
    every = forms.form_first_keys()
    for rendering in _repository_renderings():
        exact = {p.keys[0] for p in forms.variants(rendering.text, rendering.case_insensitive)}
        assert exact <= forms.likely_first_keys(rendering.text) | every, rendering.text


@given(st.lists(st.sampled_from((*ENGLISH_WORDS, "co", "-", "re", "'s", "d'Ivoire", "anti")), min_size=1, max_size=5))
def test_likely_first_keys_cover_the_pattern(words: list[str]) -> None:
    text = " ".join(words).replace(" - ", "-")
    own = forms.pattern(text)
    if own is not None:
        assert own.keys[0] in forms.likely_first_keys(text)


# --- approved renderings looked for only where their letters are ----------------------------


def test_case_twins_are_every_character_ignorecase_takes_for_an_ascii_letter() -> None:
    every = "".join(map(chr, range(0x110000)))
    twins = {c for c in re.compile("[a-z0-9]", re.IGNORECASE).findall(every) if not c.isascii()}
    assert twins == set(english.CASE_TWINS)
    assert all(re.fullmatch(letter, twin, re.IGNORECASE) for twin, letter in english.CASE_TWINS.items())


#: Renderings and English words with what the exact pattern forgives: case, hyphen or space,
#: any apostrophe, plural and possessive endings, acronyms, and the letters IGNORECASE
#: takes for ASCII ones (İ ı ſ K).
RENDERING_WORDS = ("Secretary", "General", "US", "WHO", "d'Ivoire", "Côte", "COVID", "19", "Istanbul", "Kelvin", "sis")
TEXT_WORDS = (
    *RENDERING_WORDS, "secretary", "SECRETARY", "Secretaries", "general", "us", "U.S.", "who", "d’Ivoire",
    "cote", "Covid", "İstanbul", "ıstanbul", "\u212aelvin", "ſiſ", "Generals", "General's", "-", "—", ",", "\u00a0",
)
renderings = st.lists(st.sampled_from(RENDERING_WORDS), min_size=1, max_size=3).map(" ".join)
english_with_twins = st.lists(st.sampled_from(TEXT_WORDS), max_size=10).map(" ".join) | st.text(
    alphabet="SsIiKkUuİıſ\u212a '’-19", max_size=20
)


@settings(max_examples=500)
@given(english_with_twins, renderings, st.booleans(), st.booleans())
def test_exact_match_is_the_exact_pattern_searched(
    text: str, rendering: str, case_sensitive: bool, case_insensitive: bool
) -> None:
    found = english._exact_match(
        text, Rendering(rendering, False, False, case_sensitive, "g.po", 1, None, "", False, case_insensitive)
    )
    pattern = english.rendering_pattern(rendering, case_sensitive, case_insensitive)
    plain = pattern.search(text) if pattern is not None else None
    assert (found.span() if found else None) == (plain.span() if plain else None)


def test_the_dotted_capital_i_is_still_found() -> None:
    """İstanbul lowercased is i + a combining dot + stanbul: the probe must not lose the match."""
    assert english._exact_match("Flights to İSTANBUL resumed.", _r("Istanbul")) is not None


# --- word lines of texts that need NFKC, without offsets -------------------------------------

#: Presentation forms and ligatures (NFKC), with the rest of the Arabic noise and punctuation.
NFKC_WORDS = (*ARABIC_WORDS, "\ufefb", "\ufef5", "\ufdf2", "\ufdfa", "\ufe8d\ufeae", "و", "«", "»", "(", ")", "ﻻ", "\u00a0")


@settings(max_examples=400)
@given(st.lists(st.sampled_from(NFKC_WORDS), max_size=14).map(" ".join) | st.text(max_size=30))
def test_word_line_from_the_normal_form_is_the_line_of_tokenize(text: str) -> None:
    assert word_lines._line_of_normal(normalize(text)) == word_lines._line_of_words(Words(text))


def test_a_text_with_a_ligature_is_matched_as_before() -> None:
    """ﻻ (lam-alef ligature) needs NFKC: the line still has the words and the break."""
    assert word_lines.word_line("قال الوزير، ﻻ و بالرباط") == " قال الوزير | لا وبالرباط "


@settings(max_examples=300)
@given(english_texts | st.text(alphabet="abc 0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹.,٫٬-:", max_size=20))
def test_english_numbers_are_read_exactly_where_digits_are(text: str) -> None:
    folded = numerals.fold_digits(text)
    plain = tuple(numerals._digit_numbers(folded)) if any(c.isascii() and c.isdigit() for c in folded) else ()
    assert numerals.english_digit_numbers(text) == plain
    assert numerals.english_digit_readings(text) == numerals.union(found for *_, found in plain)


# --- word keys of English texts: the rules that need a hyphen or an apostrophe run only then -----


def _plain_text_keys(text: str) -> frozenset[str]:
    words = set(forms.WORD.findall(text))
    keys = set(map(forms.word_key, words))
    keys.update(forms.word_key(a + b) for a, b in forms._PREFIXED.findall(text))
    keys.update(
        forms.word_key(forms._BEFORE_APOSTROPHE.split(word, 1)[0])
        for word in words
        if forms._BEFORE_APOSTROPHE.search(word)
    )
    return frozenset(keys)


english_noise = st.text(alphabet="Aa USs.-\u2010\u2011'’_ çé2co-re", max_size=30)


@settings(max_examples=400)
@given(english_with_twins | english_texts | english_noise)
def test_text_keys_are_the_plain_keys(text: str) -> None:
    assert forms.words_of(text) == forms.WORD.findall(text)
    assert forms.text_keys.__wrapped__(text) == _plain_text_keys(text)


def test_dotted_acronyms_and_underscores_keep_the_full_word_pattern() -> None:
    assert forms.words_of("The U.S. and the U.K. met") == ["The", "U.S.", "and", "the", "U.K.", "met"]
    assert forms.words_of("file_name co-operation") == ["file", "name", "co", "operation"]


# --- approved renderings remembered per (English, term) --------------------------------------


@settings(max_examples=200)
@given(st.lists(st.tuples(english_texts, st.sampled_from(range(len(TERMS))), st.booleans()), max_size=30))
def test_remembered_approved_match_is_approved_match(asked: list[tuple[str, int, bool]]) -> None:
    """Asked again and again, also past the memo's limit (a small one here), the answer is the rule's."""
    limit = terms.APPROVED_MEMO_LIMIT
    terms.APPROVED_MEMO_LIMIT = 4
    try:
        run = terms._Run(TERMS)
        for text, index, variants in asked * 2:
            term = TERMS[index]
            assert run.approved(text, term, variants) == approved_match(text, term, variants)
    finally:
        terms.APPROVED_MEMO_LIMIT = limit


def test_a_term_with_the_same_key_is_not_answered_for_another() -> None:
    """The memo is keyed on the term itself: two terms of one key are asked apart."""
    run = terms._Run(TERMS)
    one, other = _term("المغرب", "Morocco"), _term("المغرب", "Maghreb")
    assert run.approved("Morocco said", one, True) is not None
    assert run.approved("Morocco said", other, True) is None


# --- English number patterns searched only where the character they need is ------------------

number_noise = st.text(alphabet="0123456789 \u00a0\u202f:-\u2013/.,ab", max_size=24) | st.lists(
    st.sampled_from(("2019-20", "2019 – 20", "1999/00", "04:00", "5:30", "23:59", "116 123", "1\u00a0000\u202f000",
                     "12 345 678", "3,5", "in", "at", "-", ":", "/", " ")), max_size=8
).map(" ".join)


@settings(max_examples=500)
@given(number_noise)
def test_year_ranges_clock_minutes_and_space_groups_are_their_patterns(folded: str) -> None:
    years = {m.start(2): numerals.Decimal(m.group(1)[:2] + m.group(2)) for m in numerals._YEAR_RANGE.finditer(folded)}
    minutes = {m.start(2): numerals.Decimal(m.group(1)) for m in numerals._CLOCK.finditer(folded)}
    groups: dict[int, set[object]] = {}
    for match in numerals._SPACE_GROUPED.finditer(folded):
        value = numerals.Decimal(re.sub(r"\s", "", match.group()))
        for part in numerals._NUMBER.finditer(match.group()):
            groups.setdefault(match.start() + part.start(), set()).add(value)
    assert numerals._year_ranges(folded) == years
    assert numerals._clock_minutes(folded) == minutes
    assert numerals._space_groups(folded) == groups


def test_a_year_range_a_time_and_a_grouped_number_are_still_read() -> None:
    found = {token: values for token, _start, _end, values in numerals.english_digit_numbers("In 2019-20, at 04:00, 116 123 people")}
    assert numerals.Decimal(2020) in found["20"]
    assert numerals.Decimal(116123) in found["116"] and numerals.Decimal(116123) in found["123"]
    assert numerals.Decimal(0) in found["00"]


# --- a word's normal form: its patterns tried only where their letters are -------------------


def _plain_normal_form(word: str) -> str:
    word = forms._undotted(word)
    if forms._ACRONYM_ENDING.fullmatch(word):
        word = word.rstrip("es")
    folded = word.translate(forms._APOSTROPHE_FOLD).casefold()
    if folded.endswith("'s"):
        folded = folded[:-2]
    folded = forms._singular(folded)
    american = forms.BRITISH_ENGLISH_SPELLINGS.get(folded)
    return american if american is not None else forms._ISE.sub(r"iz\1", folded) if len(folded) >= 7 else folded


word_pieces = st.sampled_from(
    ("NGO", "DGSN", "US", "s", "es", "e", "is", "ise", "ised", "isation", "ations", "iser", "organ", "real",
     "crisis", "cris", "wo", "men", "children", "'s", "’s", "colour", "defence", "U.S.", "U.K.", "İ", "ß", "Is")
)


@settings(max_examples=500)
@given(st.lists(word_pieces, min_size=1, max_size=4).map("".join) | st.text(alphabet="NGOsSeiazIRrt'’.", min_size=1, max_size=12))
def test_normal_form_is_the_plain_rule(word: str) -> None:
    assert forms.normal_form.__wrapped__(word) == _plain_normal_form(word)
