"""The glossary as plain, immutable data.

A glossary PO file has one entry per (term, rendering): the Arabic term is
the ``msgid``, an English rendering the ``msgstr``, a category in
``msgctxt`` (``agency``, or ``agency|acronym`` when one term has several
entries). Matching and checks do not care about entries, they care about
*terms*: everything said about one Arabic term, whatever its spelling in
the file (إستقبال and استقبال are one term), gathered in a :class:`Term`
with its approved and forbidden renderings. The raw entries are kept as
well (:class:`GlossaryEntry`), so that lint can point at each line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

#: Flags a glossary entry may carry, and what they mean.
FLAG_FORBIDDEN = "forbidden"  # the msgstr must not be used for this term
FLAG_CASE_SENSITIVE = "case-sensitive"  # the English must match case exactly
FLAG_PREFERRED = "preferred"  # of several approved renderings, the one to use
FLAG_FUZZY = "fuzzy"  # not approved yet: ignored by matching, listed by lint
FLAG_EXACT = "exact"  # only the rendering as written: no inflected, spelling or adjective variant
FLAG_CASE_INSENSITIVE = "case-insensitive"  # an acronym rendering that may match in any case
#: Separates the category from a label in ``msgctxt`` ("agency|acronym").
CONTEXT_SEPARATOR = "|"


class _Compact:
    """A glossary record with slots, pickled as its constructor's arguments.

    A 10,000-term glossary holds tens of thousands of these for the whole
    run: without a ``__dict__`` each takes a fraction of the memory, and the
    glossary cache reads one back by a single call instead of a dict per object.
    """

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return type(self), tuple(getattr(self, name) for name in self.__dataclass_fields__)  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Rendering(_Compact):
    """One English rendering of a term, approved or forbidden, and where it is written."""

    text: str
    forbidden: bool
    preferred: bool
    case_sensitive: bool
    path: str
    line: int
    msgctxt: str | None
    #: The entry's comments (definition, note, source), one per line.
    note: str
    #: Flagged ``exact``: no variant form counts.
    exact: bool = False
    #: Flagged ``case-insensitive``: acronym words match in any case.
    case_insensitive: bool = False


class EntryFlags:
    """What an entry's ``msgctxt`` and flags say about it.

    Shared by :class:`GlossaryEntry` (read for matching and lint) and
    :class:`tools.glossary.write.GlossaryRecord` (for interchange), so the
    two can never read a flag differently.
    """

    __slots__ = ()
    msgctxt: str | None
    flags: tuple[str, ...]

    @property
    def category(self) -> str | None:
        """The msgctxt up to the first ``|`` (``agency|acronym`` -> ``agency``)."""
        if self.msgctxt is None:
            return None
        return self.msgctxt.split(CONTEXT_SEPARATOR, 1)[0].strip() or None

    @property
    def fuzzy(self) -> bool:
        return FLAG_FUZZY in self.flags

    @property
    def forbidden(self) -> bool:
        return FLAG_FORBIDDEN in self.flags

    @property
    def preferred(self) -> bool:
        return FLAG_PREFERRED in self.flags

    @property
    def case_sensitive(self) -> bool:
        return FLAG_CASE_SENSITIVE in self.flags

    @property
    def exact(self) -> bool:
        return FLAG_EXACT in self.flags

    @property
    def case_insensitive(self) -> bool:
        return FLAG_CASE_INSENSITIVE in self.flags


@dataclass(frozen=True, slots=True)
class GlossaryEntry(EntryFlags, _Compact):
    """One raw PO entry of a glossary file, as written, including unusable ones.

    Matching never sees these; lint does, because a fuzzy or empty entry is
    exactly what a terminologist wants to hear about.
    """

    msgid: str
    msgstr: str
    msgctxt: str | None
    flags: tuple[str, ...]
    note: str
    path: str
    line: int
    #: ``arabic.term_key(msgid)``: the identity of the term.
    key: str

    @property
    def usable(self) -> bool:
        """Whether the entry takes part in matching: approved (not fuzzy) and not empty."""
        return not self.fuzzy and bool(self.msgstr.strip()) and bool(self.key)

    def rendering(self) -> Rendering:
        """This entry's msgstr as a :class:`Rendering`."""
        return Rendering(
            text=self.msgstr.strip(),
            forbidden=self.forbidden,
            preferred=self.preferred and not self.forbidden,
            case_sensitive=self.case_sensitive,
            path=self.path,
            line=self.line,
            msgctxt=self.msgctxt,
            note=self.note,
            exact=self.exact,
            case_insensitive=self.case_insensitive,
        )


@dataclass(frozen=True, slots=True)
class Term(_Compact):
    """Everything the glossary says about one Arabic term.

    ``approved`` lists the renderings that satisfy the term, the preferred
    one(s) first and then in file order; any of them is correct.
    ``forbidden`` lists renderings that must not be used for it.
    """

    #: The Arabic msgid as written in its first entry.
    source: str
    #: ``arabic.term_key(source)``: two spellings with the same key are one term.
    key: str
    #: Categories (msgctxt up to the first "|"), deduplicated, in file order.
    categories: tuple[str, ...]
    approved: tuple[Rendering, ...]
    forbidden: tuple[Rendering, ...]
    notes: tuple[str, ...]
    path: str
    line: int
    #: Other spellings the glossary declares for the term (``#. forms: ...``),
    #: found as they are: broken plurals and irregular forms the lexicon lacks.
    forms: tuple[str, ...] = ()
    #: Whether the matcher also looks for the term's regular forms (feminine,
    #: dual, plural, suffixes: ``tools.glossary.match.arabic_forms``); the flag
    #: ``no-inflection`` on any entry of the term turns it off.
    inflect: bool = True

    @property
    def preferred(self) -> Rendering | None:
        """The rendering to use: the one flagged preferred, or the only approved one.

        ``None`` when there are several approved renderings and none is
        flagged, or none at all (a term that only lists forbidden renderings).
        """
        for rendering in self.approved:
            if rendering.preferred:
                return rendering
        return self.approved[0] if len(self.approved) == 1 else None

    @property
    def case_sensitive(self) -> bool:
        """Whether any approved rendering is flagged ``case-sensitive``.

        Matching itself honours each rendering's own flag; this is for
        reports that describe the term as a whole.
        """
        return any(r.case_sensitive for r in self.approved)

    @property
    def category(self) -> str | None:
        """The first category, for one-line displays."""
        return self.categories[0] if self.categories else None


@dataclass(frozen=True)
class Glossary:
    """Terms for matching, raw entries for lint, and the files they came from."""

    terms: tuple[Term, ...]
    entries: tuple[GlossaryEntry, ...]
    paths: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.terms)

    @cached_property
    def _by_key(self) -> dict[str, Term]:
        return {term.key: term for term in self.terms}

    def term(self, key: str) -> Term | None:
        """The term whose normalized Arabic is ``key`` (see ``arabic.normalize``)."""
        return self._by_key.get(key)
