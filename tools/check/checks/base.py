"""What a check sees (one translation unit, or the facts of a whole run) and what it yields.

Checks yield :class:`Problem` records: where, what, and the term or text at
fault. They never decide severity, never look at suppressions and never
format output; the engine and the reporters do that. A problem's message is
built where the problem is detected, from the same values, so the two cannot
disagree.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from hashlib import blake2b
from typing import TYPE_CHECKING, Any

from tools.check.findings import Severity
from tools.glossary.match import forms
from tools.units.model import State, Unit

if TYPE_CHECKING:
    from tools.glossary.model import Glossary, Term
    from tools.glossary.match.arabic import SourceMatcher, TermMatch
    from tools.glossary.match.english import ForbiddenIndex


#: How term checks treat variant forms of an approved rendering (``[tool.tarjuman.check] variants``).
VARIANTS_ACCEPT = "accept"  # a variant satisfies the term, silently
VARIANTS_REPORT = "report"  # a variant satisfies the term, and term-variant says so (info)
VARIANTS_EXACT = "exact"  # only the rendering as written: a variant is a missing term
VARIANT_MODES = (VARIANTS_ACCEPT, VARIANTS_REPORT, VARIANTS_EXACT)


@dataclass(frozen=True)
class TermOptions:
    """What the configuration says about matching renderings, for the term checks."""

    variants: str = VARIANTS_ACCEPT
    #: Severity of a missing term whose English is in an earlier entry of the article.
    second_reference: Severity = Severity.WARNING

    @property
    def accept_variants(self) -> bool:
        return self.variants != VARIANTS_EXACT


class ArticleHistory:
    """The English of the entries already checked in one PO file (one article), in order.

    A term missing from an entry whose approved English the article already
    used is a second reference ("the president" after "President Trump"):
    still reported, at a lower severity. The history only grows, so where a
    term was first rendered is remembered, and each earlier entry is read at
    most once per term: the cost follows the article, not its square.

    Adding an entry only appends it: the word keys of the English are worked
    out when a missing term first asks (most entries of a clean article never
    need them), and only the keys that renderings can start with are indexed
    (:meth:`first_rendering`), not every word of the article.
    """

    def __init__(self) -> None:
        # The English of every entry, kept as long as the article is checked:
        # packed as UTF-8 in one buffer (with each entry's end and line in
        # arrays) rather than a string and a tuple per entry, which took about
        # twice the memory, and four times for English with one non-Latin-1
        # character (a curly quote makes a string two bytes a character).
        self._lines = array("q")
        self._ends = array("q")
        self._texts = bytearray()
        #: Word key -> the indexes of the entries that have it, ascending, for
        #: the keys in ``_wanted`` only: one list slot per indexed key of an entry.
        self.keys: dict[str, array[int]] = {}
        self._wanted: frozenset[str] = frozenset()
        #: How many of the entries are in ``keys``.
        self._indexed = 0
        #: Word keys of a text -> those in ``_wanted``: an article repeats some English ("He said.").
        self._wanted_of: dict[frozenset[str], tuple[str, ...]] = {}
        self._first: dict[str, tuple[int, str]] = {}
        self._read: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._lines)

    def add(self, line: int, text: str) -> None:
        self._lines.append(line)
        self._texts += text.encode("utf-8")
        self._ends.append(len(self._texts))

    def text(self, index: int) -> str:
        """The English of the ``index``-th entry."""
        start = self._ends[index - 1] if index else 0
        return self._texts[start : self._ends[index]].decode("utf-8")

    def _index(self, first_keys: frozenset[str] | set[str], likely: Callable[[], frozenset[str]]) -> None:
        """Bring ``keys`` up to date for ``first_keys``: new entries, or every entry for new keys.

        A key not indexed yet means reading every entry again, so the first
        time the keys ``likely`` to be asked (those of the whole glossary)
        are indexed along with it.
        """
        if not first_keys <= self._wanted:
            self._wanted = self._wanted.union(first_keys, likely() if not self._wanted else ())
            self.keys = {}
            self._indexed = 0
            self._wanted_of = {}
        wanted, postings, wanted_of = self._wanted, self.keys, self._wanted_of
        for index in range(self._indexed, len(self)):
            keys = forms.text_keys(self.text(index))
            indexed = wanted_of.get(keys)
            if indexed is None:
                if len(wanted_of) >= 1 << 10:  # a bound: where every text is new, the memo only holds memory
                    wanted_of.clear()
                indexed = wanted_of[keys] = tuple(keys & wanted)
            for key in indexed:
                found = postings.get(key)
                if found is None:
                    postings[key] = array("q", (index,))  # 8 bytes an index, not a list slot and an int
                else:
                    found.append(index)
        self._indexed = len(self)

    def first_rendering(
        self,
        term_key: str,
        first_keys: frozenset[str] | set[str],
        find: Callable[[str], str | None],
        likely: Callable[[], frozenset[str]] = frozenset,
    ) -> tuple[int, str] | None:
        """The first entry (line, rendering) where ``find`` finds the term, reading new entries only.

        ``first_keys``: word keys one of which any rendering of the term starts
        with; entries without any are skipped unread. ``likely``: the keys
        other terms will probably ask for (see :meth:`_index`).
        """
        if term_key in self._first:
            return self._first[term_key]
        self._index(first_keys, likely)
        having = [self.keys[key] for key in first_keys if key in self.keys]
        if not having:
            return None
        start = self._read.get(term_key, 0)
        # Each list is ascending: the entries read already for this term are skipped, not filtered.
        unread = {index for indexes in having for index in indexes[bisect_left(indexes, start):]}
        for index in sorted(unread):
            line = self._lines[index]
            rendering = find(self.text(index))
            if rendering is not None:
                self._first[term_key] = (line, rendering)
                return line, rendering
        self._read[term_key] = len(self)
        return None


@dataclass(frozen=True, slots=True)
class EntryRef:
    """Where an entry is: file (relative to the project root), msgid line, identity."""

    path: str
    line: int
    msgid: str
    msgctxt: str | None


@dataclass(frozen=True, slots=True)
class Form:
    """One translated string of an entry with the Arabic it translates.

    A singular entry has one form (``index`` None). A plural entry has one
    form per ``msgstr[n]``: form 0 translates ``msgid``, the others
    ``msgid_plural``.
    """

    index: int | None
    source: str
    text: str

    @property
    def where(self) -> str:
        """`` in plural form N`` for plural entries, for messages; else ``""``."""
        return "" if self.index is None else f" in plural form {self.index}"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing a check found, before the engine gives it a code and severity.

    ``severity`` is left ``None`` except where one kind of finding is worse
    than the check's default (a bidi override among invisible characters);
    a severity set in the configuration still wins over it.
    """

    where: EntryRef
    message: str
    term: str | None = None
    expected: tuple[str, ...] = ()
    found: str | None = None
    severity: Severity | None = None
    extra: tuple[tuple[str, Any], ...] = ()


def _filled(text: str) -> bool:
    """Not :func:`~tools.units.model.is_blank`, without copying the text."""
    return bool(text) and not text.isspace()


def unit_forms(unit: Unit) -> tuple[Form, ...]:
    """The forms of ``unit`` in target order (see :class:`Form`)."""
    if not unit.is_plural:
        return (Form(None, unit.source, unit.target),)
    return tuple(
        Form(index, unit.source if index == 0 else unit.source_plural or unit.source, text)
        for index, text in enumerate(unit.targets)
    )


class EntryContext:
    """One unit as the entry checks see it, with term matches computed once.

    ``checked_forms`` are the forms that content checks (terms, numbers)
    look at: none for fuzzy units, and only the translated forms otherwise,
    because an untranslated or fuzzy unit has nothing trustworthy to check.
    """

    # One is made for every unit checked: slots make it several times cheaper to build.
    __slots__ = (
        "_matches", "_nested", "_terms", "checked_forms", "filled_forms", "forbidden_index", "forms",
        "fuzzy", "glossary", "history", "matcher", "options", "ref", "unit",
    )

    def __init__(
        self,
        ref: EntryRef,
        unit: Unit,
        glossary: Glossary,
        matcher: SourceMatcher,
        forbidden_index: ForbiddenIndex,
        options: TermOptions | None = None,
        history: ArticleHistory | None = None,
    ) -> None:
        self.ref = ref
        self.options = options if options is not None else TermOptions()
        # ``is not None``: an empty history is falsy (it has a length), and must still be the one given.
        self.history = history if history is not None else ArticleHistory()
        self.unit = unit
        self.glossary = glossary
        self.matcher = matcher
        self.forbidden_index = forbidden_index
        self.forms = forms = unit_forms(unit)
        self.fuzzy = unit.fuzzy
        #: Forms with a translation (not blank), fuzzy or not.
        self.filled_forms: tuple[Form, ...] = (
            (forms if _filled(forms[0].text) else ())
            if len(forms) == 1
            else tuple(form for form in forms if _filled(form.text))
        )
        #: Forms whose content is checked: non-empty forms of non-fuzzy entries.
        self.checked_forms: tuple[Form, ...] = () if self.fuzzy else self.filled_forms
        self._matches: dict[str, list[TermMatch]] = {}
        self._terms: dict[str, list[Term]] = {}
        self._nested: dict[str, list[Term]] = {}

    @property
    def fully_translated(self) -> bool:
        """The unit counts as translated (:attr:`tools.units.model.Unit.state`)."""
        return self.unit.state is State.TRANSLATED

    def matches(self, source: str) -> list[TermMatch]:
        """Glossary terms in ``source``, found once per distinct source text."""
        if source not in self._matches:
            self._matches[source] = self.matcher.find(source)
        return self._matches[source]

    def terms(self, source: str) -> list[Term]:
        """Distinct glossary terms in ``source``, in order of first appearance.

        Worked out once per source: every term check asks for them.
        """
        terms = self._terms.get(source)
        if terms is None:
            seen: dict[str, Term] = {}
            for match in self.matches(source):
                seen.setdefault(match.term.key, match.term)
            terms = self._terms[source] = list(seen.values())
        return terms

    def forms_seen(self, source: str, key: str) -> str | None:
        """How ``source`` writes the term ``key`` where not as the glossary does.

        "وزيرة الخارجية: feminine of وزير الخارجية"; several forms are joined
        with "; ". ``None`` when every occurrence is as written.
        """
        seen: dict[str, None] | None = None  # most terms are written as the glossary writes them
        for m in self.matches(source):
            if m.form is not None and m.term.key == key:
                if seen is None:
                    seen = {}
                seen[f"{m.text}: {m.describe()}"] = None
        return "; ".join(seen) if seen else None

    def readings(self, source: str) -> dict[str, tuple[Term, ...]]:
        """For each term found in ``source``, the other terms read over the same words.

        وجدة is the city Oujda, or و + جدة (Jeddah): both readings are terms,
        and a translation that renders either one renders the word.
        """
        other: dict[str, tuple[Term, ...]] = {}
        for match in self.matches(source):
            readings = match.readings  # worked out on each use: once here
            if readings:
                other[match.term.key] = other.get(match.term.key, ()) + readings
        return other

    def nested_terms(self, source: str) -> list[Term]:
        """Terms written inside the terms found in ``source``: حموشي in عبد اللطيف حموشي.

        The matcher keeps only the longest match, which is right for
        approved renderings (the full name covers the surname) but a
        forbidden rendering of the inner term ("Hamouchi") is still a
        rendering of something that is in the source.
        """
        if source not in self._nested:
            found = {term.key for term in self.terms(source)}
            inner: dict[str, Term] = {}
            for match in self.matcher.nested(source):
                if match.term.key not in found:
                    inner.setdefault(match.term.key, match.term)
            self._nested[source] = list(inner.values())
        return self._nested[source]


@dataclass(frozen=True, slots=True)
class VariantUse:
    """Which approved renderings of a term with a preferred one an entry uses."""

    term_key: str
    term: str
    preferred: str
    used: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EntryFacts:
    """What the run-wide checks need to know about one translated entry, as collected.

    ``key`` is the entry's context and a digest of its normalized source;
    ``translation`` its forms as compared. A :class:`FileFacts` keeps only
    digests of these for most entries (see there).
    """

    ref: EntryRef
    key: tuple[str | None, bytes]
    translation: tuple[str, ...]
    variants: tuple[VariantUse, ...] = ()


def fact_digests(facts: EntryFacts) -> tuple[bytes, bytes]:
    """The 128-bit digests a :class:`FileFacts` keeps of ``facts``: its key, and its translation.

    No text of a unit holds a NUL (the readers refuse it), so NUL separates
    the forms, after their count; the source's digest has a fixed length, so
    the context before it needs no separator.
    """
    context, source = facts.key
    key = source if context is None else blake2b(b"\x01" + context.encode("utf-8") + source, digest_size=16).digest()
    forms = facts.translation
    text = f"{len(forms)}\x00{forms[0]}" if len(forms) == 1 else f"{len(forms)}\x00" + "\x00".join(forms)
    return key, blake2b(text.encode("utf-8"), digest_size=16).digest()


class FileFacts:
    """What a run-wide check collected from one file (one article), in entry order, packed.

    A run keeps these facts for every translated entry of every file until
    its end, so they are kept small: for each entry its position among the
    file's units, its line and two 128-bit digests (its key, its
    translation), in flat arrays, about 40 bytes an entry. Whole
    :class:`EntryFacts` (with the source and the translation, hundreds of
    bytes) are kept only where a finding may need them without reading the
    file again: entries that use term variants, and every entry of a file
    that cannot be read twice (standard input, ``source`` ``None``). The texts
    of other entries are read again from ``source`` by the few checks that
    find a problem with them (:mod:`tools.check.checks.consistency`).
    """

    __slots__ = ("kept", "keys", "lines", "ordinals", "path", "source", "translations")

    def __init__(self, path: str, source: str | None = None) -> None:
        self.path = path
        #: The file as opened, to read texts again; ``None``: every entry's facts are kept.
        self.source = source
        self.ordinals = array("q")
        self.lines = array("q")
        self.keys = bytearray()
        self.translations = bytearray()
        #: Index (in these facts) -> the entry's whole facts, where kept (see above).
        self.kept: dict[int, EntryFacts] = {}

    def __len__(self) -> int:
        return len(self.lines)

    def add(self, facts: EntryFacts, ordinal: int) -> None:
        """Keep ``facts`` of the file's ``ordinal``-th unit (counted among units not obsolete)."""
        key, translation = fact_digests(facts)
        if facts.variants or self.source is None:
            self.kept[len(self.lines)] = facts
        self.ordinals.append(ordinal)
        self.lines.append(facts.ref.line)
        self.keys += key
        self.translations += translation

    def extend(self, other: FileFacts) -> None:
        """Append the facts of the next part of the same file."""
        start = len(self.lines)
        self.kept.update((start + index, facts) for index, facts in other.kept.items())
        self.ordinals += other.ordinals
        self.lines += other.lines
        self.keys += other.keys
        self.translations += other.translations

    def key(self, index: int) -> bytes:
        return bytes(self.keys[16 * index : 16 * index + 16])

    def translation(self, index: int) -> bytes:
        return bytes(self.translations[16 * index : 16 * index + 16])
