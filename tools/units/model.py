"""One translation unit, whatever file it came from.

PO entries, XLIFF segments and TMX translation units all come down to the
same few facts: an Arabic source (with a plural source for gettext plurals),
one English target per form, a context, the translator's notes, flags, where
the unit stands in its file, and how far its translation is. Checks, stats,
the review page, scores and the translation memory read only these facts;
only the readers and writers (:mod:`tools.units.po`, :mod:`tools.units.xliff`,
:mod:`tools.units.tmx`) know a file format.

What "translated" means is decided here and nowhere else. A target of only
whitespace is **not** a translation: no translator means a space as English,
and a build that shipped it would publish a blank sentence. A plural unit is
translated when every one of its forms is. An untranslated unit stays
untranslated even when it is flagged fuzzy (``msgfmt --statistics`` counts it
so: there is nothing to review).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass

#: The flag that marks a translation as needing review (gettext's ``#, fuzzy``).
FUZZY = "fuzzy"


class State(enum.Enum):
    """How far a unit's translation is; reported in this order."""

    TRANSLATED = "translated"
    FUZZY = "fuzzy"
    UNTRANSLATED = "untranslated"
    OBSOLETE = "obsolete"


def is_blank(text: str) -> bool:
    """Whether ``text`` is no translation at all: empty or only whitespace."""
    return not text.strip()


@dataclass(frozen=True)
class Location:
    """Where a unit stands: its file as named to the user, and the line that starts it.

    PO: the line of the ``msgid`` keyword; XLIFF: the line of the
    ``<trans-unit>`` or ``<unit>`` (shared by its segments); TMX: the line of
    the ``<tu>``.
    """

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Unit:
    """One source text and its translation(s), independent of the file format.

    ``targets`` holds one text for a singular unit and one per form for a
    plural unit (``source_plural`` set): form 0 translates ``source``, the
    others ``source_plural``. ``notes`` are the translator's comments (PO
    ``#`` lines, XLIFF ``<note>`` elements not from a developer, TMX
    ``<note>``), one string per line; ``comments`` are the notes meant for
    the translator (PO ``#.`` lines, XLIFF developer notes).
    """

    source: str
    targets: tuple[str, ...]
    location: Location
    source_plural: str | None = None
    context: str | None = None
    notes: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    obsolete: bool = False
    #: For a fuzzy unit, the source its translation was made for (PO ``#| msgid``).
    previous_source: str | None = None
    #: The identifier the file gives the unit (XLIFF ``id``, TMX ``tuid``), if any.
    id: str | None = None

    @property
    def target(self) -> str:
        """The translation, or for a plural unit its first (singular) form."""
        return self.targets[0] if self.targets else ""

    @property
    def is_plural(self) -> bool:
        return self.source_plural is not None

    @property
    def fuzzy(self) -> bool:
        """Marked as needing review (a flag, whatever the text)."""
        return FUZZY in self.flags

    @property
    def state(self) -> State:
        """The unit's one :class:`State` (see the module docstring)."""
        if self.obsolete:
            return State.OBSOLETE
        targets = self.targets
        # One target is the common case: asked for every unit of every check, without a generator.
        if not targets or (is_blank(targets[0]) if len(targets) == 1 else any(map(is_blank, targets))):
            return State.UNTRANSLATED
        return State.FUZZY if self.fuzzy else State.TRANSLATED

    @property
    def key(self) -> tuple[str | None, str]:
        """The unit's identity within a file, as gettext sees it: ``(context, source)``."""
        return (self.context, self.source)


@dataclass(frozen=True)
class Document:
    """The units of one file, with the languages it declares (``None`` when it does not)."""

    path: str
    format: str
    units: tuple[Unit, ...]
    source_language: str | None = None
    target_language: str | None = None

    def __iter__(self) -> Iterator[Unit]:
        return iter(self.units)

    def live(self) -> list[Unit]:
        """The units that are not obsolete, in file order."""
        return [unit for unit in self.units if not unit.obsolete]
