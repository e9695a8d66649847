"""Candidate Arabic terms: every n-gram and every title, institution and person pattern, counted.

What the units are, how the first word of a candidate is read and which
patterns count is described in :mod:`tools.glossary.mining.mine`; this
module does the counting (:class:`NgramCounter`) that the scoring and the
English proposals then work from.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from tools.glossary.mining import words as mining_words
from tools.text import arabic

MAX_WORDS = 7
NESTING_MARGIN = 2
#: When one n-gram is seen as several patterns, the strongest names it.
PATTERN_PRIORITY = {None: 0, "person": 1, "title": 2, "institution": 2}
MIN_FREQUENCY = 2
#: Longest idafa chain after a head noun, in words.
MAX_CHAIN = 7


@dataclass(frozen=True)
class AlignedUnit:
    """One translation unit: its Arabic, its English (``None`` when untranslated), and where."""

    arabic: str
    english: str | None
    where: str


@dataclass
class NgramStats:
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


class FirstWordReader:
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


class NgramCounter:
    """Accumulates candidate statistics over the units."""

    def __init__(self, reader: FirstWordReader):
        self.reader = reader
        self.stats: dict[str, NgramStats] = defaultdict(NgramStats)
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


def count_ngrams(counter: NgramCounter, unit: int, where: str, text: str, tokens: Sequence[arabic.Token]) -> None:
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


def _pattern_head(reader: FirstWordReader, token: arabic.Token) -> tuple[str, tuple[str, int, bool]] | None:
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


def count_patterns(counter: NgramCounter, unit: int, where: str, text: str, tokens: Sequence[arabic.Token]) -> None:
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


def _name_after(counter: NgramCounter, unit: int, where: str, text: str, tokens: Sequence[arabic.Token], start: int) -> None:
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


def known_keys(sources: Iterable[str], reader: FirstWordReader, max_words: int = MAX_WORDS) -> set[str]:
    """Keys of the glossary's terms and of every piece of them of at most ``max_words`` words.

    Longer pieces could never exclude a candidate (mining drops those over
    :data:`MAX_WORDS` words anyway), and listing every piece of a term of n
    words would take n²/2 keys of up to n words: 800 words, 1 GB. With the
    bound, a term gives at most ``n * max_words`` keys.
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


class TokenizedUnits:
    """The tokenized units and their vocabulary: what the first-word reading depends on."""

    def __init__(self, units: Sequence[AlignedUnit]):
        self.units = list(units)
        self.tokens = [arabic.tokenize(unit.arabic) for unit in self.units]
        self.reader = FirstWordReader(Counter(t.norm for tokens in self.tokens for t in tokens))

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
