"""Term mining: candidate glossary terms from the Arabic sources, with English proposals.

A terminologist looks for two things in new articles: expressions that
*recur* (الجريمة المنظمة, وزير الخارجية), and the *titles and institutions*
that a news text names once but that must be translated consistently
(المديرية العامة لمراقبة التراب الوطني, نائب الأميرال, and the person after
the title). This module finds both, drops what the glossary already has,
ranks them, and proposes an English rendering from the aligned translations.

**Units.** Each seed article is segmented (:mod:`tools.text.segment`); a unit's
English is its msgstr in ``translations/<article>/<lang>.po`` when that
entry is translated and not fuzzy.

**Words.** :func:`tools.text.arabic.tokenize` normalizes (hamza, diacritics,
tatweel, digits, invisible marks) and reattaches a detached و. The *first*
word of a candidate loses its attached proclitics and keeps its article
(والمديرية, بالمديرية → المديرية; للأمن → الأمن; ومراكش → مراكش when مراكش
occurs on its own), exactly as the glossary's source matcher reads terms;
inner words are kept as written (للأمن inside المدير العام للأمن الوطني).

**Candidates.**

* n-grams of 2 to :data:`MAX_WORDS` words inside one clause (never across
  punctuation), not beginning or ending with a function word or a number
  (:data:`tools.text.mining_words.FUNCTION_WORDS`), seen at least twice;
* title and institution patterns: a head noun
  (:data:`tools.text.mining_words.TITLE_HEADS`, :data:`tools.text.mining_words.INSTITUTION_HEADS`,
  also behind a proclitic: لشرطة) followed by its idafa chain: definite or
  ل-attached words (وزارة الداخلية, المدير العام للأمن الوطني), and an
  indefinite noun before a definite one (شرطة مكافحة الإرهاب); a definite
  word behind ب ك و ف (بالسفارة) opens a new phrase and ends the chain, and
  أل (ألغرين, ألمانيا) is not the article. The whole chain and every shorter
  chain it begins with (ضابط الاتصال) are candidates. After a title, the
  next two words when they look like a name (no article on the first, no
  function word): السفير البريطاني **سيمون مارتان**. Patterns count even
  when seen once.

**Score** (documented in glossary/README.md):
``C-value + PATTERN_BONUS`` for a whole chain, a title's name or an n-gram
seen as one, ``+ PATTERN_BONUS / 2`` for a chain only ever seen as the
beginning of a longer one, ``C-value`` alone otherwise, where the C-value (Frantzi,
Ananiadou and Mima 2000) of an n-gram *a* of *n* words is
``log2(n) × (f(a) − max f(b) over the longer candidates b containing a)``
(candidates: seen at least twice): frequent, and frequent *on its own*, not
only as a piece of a longer term (العامة للأمن is always inside المديرية
العامة للأمن الوطني and scores 0). The original C-value subtracts the *mean*
container frequency; the largest one is stricter with fragments of a long
name that recurs in several contexts, and measured better on TICO-19
(recall@100 of its terms 18/202 against 12/202, benchmarks/mining.py).
Candidates with a score ≤ 0 are dropped; ties break on the key.

**English.** For a candidate seen in the aligned units U(a), every English
n-gram *e* of 1 to :data:`MAX_ENGLISH_WORDS` words (not beginning or ending
with a function word, never across punctuation) of those units is scored
by the Dice coefficient ``2·|U(a) ∩ U(e)| / (|U(a)| + |U(e)|)`` over all
aligned units, times the length fit ``min(m, n) / max(m, n)`` of its *m*
words (function words such as "of" not counted) against the candidate's *n*; ties go to the higher co-occurrence,
then to the nearest relative position in the sentence. The best one is
proposed when it co-occurs in at least :data:`MIN_EVIDENCE` units and no
other n-gram with the same score stands within :data:`POSITION_MARGIN` of
its position (units that share a whole sentence make all its n-grams
equal). Otherwise the msgstr stays empty and the comment says why: a guess
is not evidence.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tools.glossary.mining import words as mining_words
from tools.text import arabic
from tools.config import ProjectConfig
from tools.glossary.model import FLAG_FUZZY
from tools.glossary.write import GlossaryRecord, glossary_metadata, render_glossary

MAX_WORDS = 7
NESTING_MARGIN = 2
#: When one n-gram is seen as several patterns, the strongest names it.
PATTERN_PRIORITY = {None: 0, "person": 1, "title": 2, "institution": 2}
MIN_FREQUENCY = 2
PATTERN_BONUS = 2.0
MAX_ENGLISH_WORDS = 9
MIN_EVIDENCE = 2
#: English n-grams tied on score whose relative positions differ by less than this are a tie.
POSITION_MARGIN = 0.1
#: Longest idafa chain after a head noun, in words.
MAX_CHAIN = 7

ENGLISH_FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for from with and or as is was are were be been being that this "
    "these those which who whom whose it its his her their our your my he she they we you i "
    "has have had will would can could should may might must not but also said says than then "
    "there here into over under about after before during while if so such".split()
)
_ENGLISH_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
_ENGLISH_BREAK = re.compile(r"[.,;:!?()\[\]\"“”«»—–]")


@dataclass(frozen=True)
class AlignedUnit:
    """One translation unit: its Arabic, its English (``None`` when untranslated), and where."""

    arabic: str
    english: str | None
    where: str


@dataclass
class _Stats:
    frequency: int = 0
    units: set[int] = field(default_factory=set)
    surfaces: Counter[str] = field(default_factory=Counter)
    pattern: str | None = None
    first_where: str = ""
    words: tuple[str, ...] = ()
    #: unit -> relative position (first word index / words) of the first occurrence there.
    positions: dict[int, float] = field(default_factory=dict)
    #: Whether some occurrence was a whole title/institution chain, not only its beginning.
    whole_chain: bool = False


@dataclass(frozen=True)
class Candidate:
    """A proposed glossary term and the evidence for it."""

    key: str
    text: str
    words: int
    frequency: int
    units: int
    pattern: str | None
    score: float
    english: str | None
    evidence: str
    where: str


# --------------------------------------------------------------------------- Arabic side


class _Reader:
    """Reads terms' first words the way the glossary's matcher does, knowing the corpus words."""

    def __init__(self, vocabulary: Counter[str]):
        self.vocabulary = vocabulary

    @lru_cache(maxsize=1 << 16)  # noqa: B019 - one reader per mining run
    def head(self, word: str) -> tuple[str, int, bool]:
        """``(stem, prefix_len, alef_restored)`` of a term's first word.

        Prefers the reading that keeps the article; otherwise strips a
        proclitic only when the bare stem is itself a word of the corpus
        at least as often as the word (وزير stays وزير: زير is no word).
        """
        readings = arabic.proclitic_readings(word)
        if word.startswith(arabic.ARTICLE):
            return word, 0, False
        with_article = [r for r in readings[1:] if r.stem.startswith(arabic.ARTICLE)]
        if with_article:
            best = min(with_article, key=lambda r: r.prefix_len)
            return best.stem, best.prefix_len, best.stem != word[best.prefix_len :]
        bare = [
            r
            for r in readings[1:]
            if self.vocabulary[r.stem] >= max(1, self.vocabulary[word]) and r.stem == word[r.prefix_len :]
        ]
        if bare:
            best = max(bare, key=lambda r: (self.vocabulary[r.stem], -r.prefix_len))
            return best.stem, best.prefix_len, False
        return word, 0, False

    def first(self, token: arabic.Token) -> tuple[str, int, bool]:
        """:meth:`head` of a token; a conjunction typed apart (و المديرية) is always one."""
        word = token.norm
        detached = len(token.offsets) > 1 and token.offsets[1] - token.offsets[0] > 1
        if detached and word.startswith(arabic.DETACHABLE_CONJUNCTIONS):
            stem, prefix, restored = self.head(word[1:])
            return stem, prefix + 1, restored
        return self.head(word)


def _is_edge_word(word: str) -> bool:
    """Whether ``word`` may begin or end a term: no function word, no number."""
    return word not in mining_words.FUNCTION_WORDS and not word.isdigit() and len(word) > 1


def _surface(text: str, tokens: Sequence[arabic.Token], start: int, end: int, reading: tuple[str, int, bool]) -> str:
    """The candidate as written, without the first word's proclitics."""
    first = tokens[start]
    _, prefix, restored = reading
    begin = first.offsets[prefix] if prefix < len(first.offsets) else first.start
    written = text[begin : tokens[end - 1].end]
    return ("ا" + written) if restored else written


class _Counter:
    """Accumulates candidate statistics over the units."""

    def __init__(self, reader: _Reader):
        self.reader = reader
        self.stats: dict[str, _Stats] = defaultdict(_Stats)
        #: Spans already counted: a pattern that is also an n-gram counts once.
        self.spans: set[tuple[int, int, int]] = set()

    def key(self, words: Sequence[str]) -> str:
        return " ".join((self.reader.head(words[0])[0], *words[1:]))

    def add(self, unit: int, where: str, text: str, tokens: Sequence[arabic.Token], start: int, end: int,
            pattern: str | None = None, first: tuple[str, int, bool] | None = None, whole: bool = True) -> None:
        first = first or self.reader.first(tokens[start])
        words = (first[0], *(t.norm for t in tokens[start + 1 : end]))
        key = " ".join(words)
        if (unit, start, end) in self.spans:
            # Counted already (patterns run first and name the span by its head noun).
            if pattern and key in self.stats and PATTERN_PRIORITY[pattern] > PATTERN_PRIORITY[self.stats[key].pattern]:
                self.stats[key].pattern = pattern
            return
        stats = self.stats[key]
        stats.whole_chain = stats.whole_chain or bool(pattern and whole)
        if pattern and PATTERN_PRIORITY[pattern] > PATTERN_PRIORITY[stats.pattern]:
            stats.pattern = pattern
        self.spans.add((unit, start, end))
        stats.frequency += 1
        stats.positions.setdefault(unit, start / max(1, len(tokens)))
        stats.units.add(unit)
        stats.surfaces[_surface(text, tokens, start, end, first)] += 1
        stats.words = stats.words or words
        stats.first_where = stats.first_where or where


def _ngrams(counter: _Counter, unit: int, where: str, text: str, tokens: Sequence[arabic.Token]) -> None:
    for start in range(len(tokens)):
        head = counter.reader.first(tokens[start])[0]
        if not _is_edge_word(head):
            continue
        # Two words longer than a candidate may be, so that the longest
        # candidates are nested like all others (C-value has no edge effect).
        for end in range(start + 2, min(start + MAX_WORDS + NESTING_MARGIN, len(tokens)) + 1):
            if tokens[end - 1].after_break:
                break
            last = tokens[end - 1].norm
            joined = last.startswith(arabic.CONJUNCTIONS) and counter.reader.head(last)[0] != last
            if _is_edge_word(last) and not joined:  # "... والمديرية" opens the next phrase
                counter.add(unit, where, text, tokens, start, end)


def _definite(text: str, token: arabic.Token) -> bool:
    """Whether the word as written starts with the article: ال, not the أل of ألغرين or ألمانيا.

    Normalization folds أ into ا, so only the original text can tell.
    """
    written = arabic.strip_ignorable(text[token.start : token.end])
    return written.startswith((arabic.ARTICLE, "\u0671ل"))


def _prepositional(word: str) -> bool:
    """A definite word behind a proclitic other than ل (بالسفارة, والمديرية): a new phrase.

    ل + ال (للأمن) stays in the chain: it is how an idafa continues after a
    definite adjective (المدير العام للأمن الوطني).
    """
    return not word.startswith("ل") and any(
        r.prefix_len > 0 and r.stem.startswith(arabic.ARTICLE) for r in arabic.proclitic_readings(word)
    )


def _chain_word(text: str, tokens: Sequence[arabic.Token], index: int) -> bool:
    """Whether ``tokens[index]`` continues an idafa chain.

    Definite and ل/لل-attached words do (العام, للأمن, لمراقبة); an
    indefinite noun does when a definite word follows it, as the head of a
    nested idafa (شرطة **مكافحة** الإرهاب).
    """
    word = tokens[index].norm
    if word in mining_words.FUNCTION_WORDS or word.isdigit() or not arabic.has_arabic(word):
        return False
    if _prepositional(word):
        return False
    if _definite(text, tokens[index]) or word.startswith("لل") or (word.startswith("ل") and len(word) > 3):
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        following is not None
        and not following.after_break
        and not word.startswith(arabic.CONJUNCTIONS)
        and _definite(text, following)
        and following.norm not in mining_words.FUNCTION_WORDS
    )


def _pattern_head(reader: _Reader, token: arabic.Token) -> tuple[str, tuple[str, int, bool]] | None:
    """``(kind, first-word reading)`` when the token is a title or institution head noun.

    Any proclitic reading counts (لشرطة, بوزارة): the head noun is known, so
    the corpus need not confirm the stem.
    """
    default = reader.first(token)
    options = [default] + [(r.stem, r.prefix_len, r.stem != token.norm[r.prefix_len :]) for r in arabic.proclitic_readings(token.norm)[1:]]
    for stem, prefix, restored in options:
        for kind, heads in (("title", mining_words.TITLE_HEADS), ("institution", mining_words.INSTITUTION_HEADS)):
            if stem in heads:
                return kind, (stem, prefix, restored)
    return None


def _patterns(counter: _Counter, unit: int, where: str, text: str, tokens: Sequence[arabic.Token]) -> None:
    """Title and institution chains, and every shorter chain they begin with."""
    for start, token in enumerate(tokens):
        found = _pattern_head(counter.reader, token)
        if found is None:
            continue
        kind, first = found
        end = start + 1
        while end < len(tokens) and end - start < MAX_CHAIN and not tokens[end].after_break and _chain_word(text, tokens, end):
            end += 1
        for stop in range(start + 2, end + 1):
            if _is_edge_word(tokens[stop - 1].norm):
                counter.add(unit, where, text, tokens, start, stop, kind, first, whole=stop == end)
        if kind == "title":
            _name_after(counter, unit, where, text, tokens, end)


def _name_after(counter: _Counter, unit: int, where: str, text: str, tokens: Sequence[arabic.Token], start: int) -> None:
    """Two name-like words right after a title: السفير البريطاني سيمون مارتان."""
    if start + 2 > len(tokens) or any(tokens[i].after_break for i in (start, start + 1)):
        return
    first, second = tokens[start].norm, tokens[start + 1].norm
    if first.startswith(arabic.ARTICLE) or not (_is_edge_word(first) and _is_edge_word(second)):
        return
    if first.startswith(arabic.CONJUNCTIONS) or counter.reader.first(tokens[start])[0] != first:
        return  # و شمال, ولمراقبة: the sentence goes on, no name starts here
    if not arabic.has_arabic(first):
        return
    counter.add(unit, where, text, tokens, start, start + 2, "person")


# --------------------------------------------------------------------------- scoring


def _c_values(stats: dict[str, _Stats], counter: _Counter) -> dict[str, float]:
    """C-value of every n-gram, with the largest container frequency (see the module docstring)."""
    containing: dict[str, list[int]] = defaultdict(list)
    for info in stats.values():
        if info.frequency < MIN_FREQUENCY:
            continue  # only candidate terms count as containers (Frantzi et al.)
        words = info.words
        seen: set[str] = set()
        for i in range(len(words)):
            for j in range(i + 2, len(words) + 1):
                if j - i == len(words):
                    continue
                sub = counter.key(words[i:j])
                if sub in stats and sub not in seen:
                    seen.add(sub)
                    containing[sub].append(info.frequency)
    values = {}
    for key, info in stats.items():
        longer = containing.get(key, [])
        nested = max(longer) if longer else 0.0
        values[key] = math.log2(len(info.words)) * (info.frequency - nested)
    return values


# --------------------------------------------------------------------------- English side


def english_ngrams(text: str) -> dict[str, tuple[str, float]]:
    """Lower-cased English n-grams of ``text`` (within clauses) -> first surface form and
    relative position (index of its first word / number of words)."""
    grams: dict[str, tuple[str, float]] = {}
    clauses = [_ENGLISH_WORD.findall(clause) for clause in _ENGLISH_BREAK.split(text)]
    total = max(1, sum(len(words) for words in clauses))
    offset = 0
    for words in clauses:
        lowered = [w.lower() for w in words]
        for i in range(len(words)):
            if lowered[i] in ENGLISH_FUNCTION_WORDS:
                continue
            for j in range(i + 1, min(i + MAX_ENGLISH_WORDS, len(words)) + 1):
                if lowered[j - 1] in ENGLISH_FUNCTION_WORDS:
                    continue
                grams.setdefault(" ".join(lowered[i:j]), (" ".join(words[i:j]), (offset + i) / total))
        offset += len(words)
    return grams


class EnglishIndex:
    """English n-grams per aligned unit and their unit frequencies, for Dice."""

    def __init__(self, units: Sequence[AlignedUnit]):
        self.grams: dict[int, dict[str, tuple[str, float]]] = {}
        self.df: Counter[str] = Counter()
        for index, unit in enumerate(units):
            if unit.english:
                grams = english_ngrams(unit.english)
                self.grams[index] = grams
                self.df.update(grams.keys())

    def propose(self, positions: dict[int, float], arabic_words: int) -> tuple[str | None, str]:
        """The best English n-gram for a candidate, and the evidence.

        Score: Dice × length fit, the fit being the shorter word count over
        the longer one (the English n-gram's words other than function words
        such as "of", against the Arabic candidate's words): with a
        handful of sentences every word of them has a high Dice, and a term
        of three Arabic words is rarely one English word. ``positions`` maps
        each unit the candidate occurs in to its relative position there;
        ties (units that share a whole sentence) go to the most co-occurring
        n-gram, then to the nearest relative position: news translation
        keeps the order of a sentence's parts more often than not.
        """
        aligned = [u for u in sorted(positions) if u in self.grams]
        if not aligned:
            return None, "no aligned English translation"
        counts: Counter[str] = Counter()
        distance: dict[str, float] = defaultdict(float)
        for unit in aligned:
            for gram, (_, where) in self.grams[unit].items():
                counts[gram] += 1
                distance[gram] += abs(where - positions[unit])

        def rank(gram: str) -> tuple[float, int, float, str]:
            dice = 2 * counts[gram] / (len(aligned) + self.df[gram])
            n = max(1, sum(1 for w in gram.split() if w not in ENGLISH_FUNCTION_WORDS))
            fit = min(n, arabic_words) / max(n, arabic_words)
            return (round(dice * fit, 6), counts[gram], -distance[gram] / counts[gram], gram)

        best = max(counts, key=rank)
        dice = 2 * counts[best] / (len(aligned) + self.df[best])
        together = counts[best]
        detail = f"{together} of {len(aligned)} aligned unit(s), Dice {dice:.2f}"
        if together < MIN_EVIDENCE:
            return None, f"best English {self._surface(best, aligned)!r} in only {detail}: too little evidence"
        score, count, place, _ = rank(best)
        rivals = sum(1 for gram in counts if rank(gram)[:2] == (score, count) and rank(gram)[2] >= place - POSITION_MARGIN)
        if rivals > 1:
            # Units that share a whole sentence make all its n-grams equal; when
            # not even the position in the sentence tells them apart, nothing
            # is proposed.
            return None, f"{rivals} English n-grams tie at {detail}: ambiguous"
        return self._surface(best, aligned), detail

    def _surface(self, gram: str, units: Sequence[int]) -> str:
        forms = Counter(self.grams[u][gram][0] for u in units if gram in self.grams[u])
        return forms.most_common(1)[0][0]


# --------------------------------------------------------------------------- mining


def known_keys(sources: Iterable[str], reader: _Reader, max_words: int = MAX_WORDS) -> set[str]:
    """Keys of the glossary's terms and of every piece of them of at most ``max_words`` words.

    Longer pieces could never exclude a candidate (:func:`mine` drops those
    over :data:`MAX_WORDS` words anyway), and listing every piece of a term
    of n words would take n²/2 keys of up to n words: 800 words, 1 GB. With
    the bound, a term gives at most ``n * max_words`` keys.
    """
    keys: set[str] = set()
    for source in sources:
        tokens = arabic.tokenize(source)
        words = [t.norm for t in tokens]
        for i in range(len(tokens)):
            first = reader.first(tokens[i])[0]
            for j in range(i + 1, min(i + max_words, len(tokens)) + 1):
                keys.add(" ".join((first, *words[i + 1 : j])))
    return keys


def _cvalue_score(c_value: float, info: _Stats) -> float:
    if not info.pattern:
        return c_value
    return c_value + (PATTERN_BONUS if info.whole_chain else PATTERN_BONUS / 2)


def _frequency_score(c_value: float, info: _Stats) -> float:
    return float(info.frequency)


#: Ranking functions: the documented score, and raw frequency as a baseline for benchmarks.
SCORERS = {"c-value": _cvalue_score, "frequency": _frequency_score}


class Corpus:
    """The tokenized units and their vocabulary: what the first-word reading depends on."""

    def __init__(self, units: Sequence[AlignedUnit]):
        self.units = list(units)
        self.tokens = [arabic.tokenize(unit.arabic) for unit in self.units]
        self.reader = _Reader(Counter(t.norm for tokens in self.tokens for t in tokens))

    def key(self, text: str) -> str:
        """The candidate key of an Arabic term, as :func:`mine` would write it."""
        tokens = arabic.tokenize(text)
        if not tokens:
            return ""
        return " ".join((self.reader.first(tokens[0])[0], *(t.norm for t in tokens[1:])))

    def span_keys(self, max_words: int = MAX_WORDS) -> set[str]:
        """Keys of every span of 1 to ``max_words`` words inside a clause: what occurs."""
        keys: set[str] = set()
        for tokens in self.tokens:
            for start in range(len(tokens)):
                words = [self.reader.first(tokens[start])[0]]
                keys.add(words[0])
                for end in range(start + 1, min(start + max_words, len(tokens))):
                    if tokens[end].after_break:
                        break
                    words.append(tokens[end].norm)
                    keys.add(" ".join(words))
        return keys


def mine(
    units: Sequence[AlignedUnit] | Corpus,
    known: Iterable[str] = (),
    *,
    top: int | None = None,
    scorer: str = "c-value",
) -> list[Candidate]:
    """Rank candidate terms in ``units`` that are not among the ``known`` Arabic terms."""
    corpus = units if isinstance(units, Corpus) else Corpus(units)
    units = corpus.units
    tokenized = list(zip(units, corpus.tokens))
    reader = corpus.reader
    counter = _Counter(reader)
    for index, (unit, tokens) in enumerate(tokenized):
        _patterns(counter, index, unit.where, unit.arabic, tokens)
        _ngrams(counter, index, unit.where, unit.arabic, tokens)
    stats = counter.stats
    c_values = _c_values(stats, counter)
    excluded = known_keys(known, reader)
    scored = []
    for key, info in stats.items():
        if len(info.words) > MAX_WORDS or key in excluded or (info.frequency < MIN_FREQUENCY and not info.pattern):
            continue
        score = SCORERS[scorer](c_values[key], info)
        if score <= 0:
            continue
        scored.append((score, key, info))
    scored.sort(key=lambda item: (-item[0], item[1]))
    if top is not None:
        scored = scored[:top]
    english = EnglishIndex(units)
    candidates = []
    for score, key, info in scored:
        proposal, evidence = english.propose(info.positions, len(info.words))
        candidates.append(
            Candidate(
                key=key,
                text=info.surfaces.most_common(1)[0][0],
                words=len(info.words),
                frequency=info.frequency,
                units=len(info.units),
                pattern=info.pattern,
                score=round(score, 2),
                english=proposal,
                evidence=evidence,
                where=info.first_where,
            )
        )
    return candidates


def project_units(config: ProjectConfig, language: str) -> list[AlignedUnit]:
    """Every unit of every seed article, with its English where translated."""
    from tools.units.po import load_po
    from tools.text.segment import segment_file

    units = []
    for article in config.articles():
        translated: dict[str, str] = {}
        path = config.translation_path(article, language)
        if path.is_file():
            for entry in load_po(path, allow_empty=True):
                if entry.msgstr.strip() and not entry.fuzzy and not entry.obsolete:
                    translated[entry.msgid] = entry.msgstr
        for unit in segment_file(config.seed_path(article)):
            where = f"{config.relative(config.seed_path(article))}:{unit.line}"
            units.append(AlignedUnit(unit.text, translated.get(unit.text), where))
    return units


def mine_project(config: ProjectConfig, language: str, glossary_paths: Sequence[Path], *, top: int) -> list[Candidate]:
    """Candidates from the project's seeds, minus the terms of the given glossaries."""
    from tools.glossary.load import load_glossary

    known = [entry.msgid for entry in load_glossary(glossary_paths).entries] if glossary_paths else []
    return mine(project_units(config, language), known, top=top)


def candidate_record(candidate: Candidate) -> GlossaryRecord:
    """A fuzzy glossary entry for a translator to review."""
    lines = [
        f"candidate score {candidate.score:g}: seen {candidate.frequency} time(s) in {candidate.units} unit(s)"
        + (f"; pattern: {candidate.pattern}" if candidate.pattern else ""),
        f"English evidence: {candidate.evidence}",
        f"first seen: {candidate.where}",
    ]
    return GlossaryRecord(
        msgid=candidate.text,
        msgstr=candidate.english or "",
        msgctxt=f"candidate|{candidate.pattern or 'expression'}",
        flags=(FLAG_FUZZY,),
        comment="\n".join(lines),
    )


CANDIDATES_HEADER = (
    "Glossary candidates mined by `tools glossary suggest`: fuzzy until a\n"
    "translator approves them. Remove the fuzzy flag, correct the msgstr and the\n"
    "msgctxt (category|label), and move the entry into a glossary file."
)
CANDIDATES_PROJECT = "tarjuman glossary candidates"


def candidate_records(candidates: Sequence[Candidate]) -> list[GlossaryRecord]:
    """The candidates as fuzzy glossary entries, best first."""
    return _unique_records(candidate_record(c) for c in candidates)


def render_candidates(candidates: Sequence[Candidate]) -> str:
    """The candidates as a PO glossary text (no date: for standard output)."""
    metadata = glossary_metadata(CANDIDATES_PROJECT)
    return render_glossary(candidate_records(candidates), header=CANDIDATES_HEADER, metadata=metadata)


def _unique_records(records: Iterable[GlossaryRecord]) -> list[GlossaryRecord]:
    """Drop a second candidate that would repeat an entry (same msgid and msgctxt)."""
    seen: set[tuple[str | None, str]] = set()
    out = []
    for record in records:
        if (record.msgctxt, record.msgid) not in seen:
            seen.add((record.msgctxt, record.msgid))
            out.append(record)
    return out


__all__ = ["SCORERS", "AlignedUnit", "Candidate", "Corpus", "EnglishIndex", "mine", "mine_project", "render_candidates"]
