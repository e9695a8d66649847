"""Glossary hints: the approved English of each term, inside the PO file.

A translator working in Poedit, Lokalize or a text editor sees extracted
comments (``#.``) next to every entry. So each entry gets one hint per
glossary term found in its Arabic (by :class:`tools.glossary.match.arabic.SourceMatcher`,
which sees through spelling variants and attached proclitics):

    #. glossary: المديرية العامة للأمن الوطني → Directorate General of
    #.   National Security | DGSN [agency]; avoid: General Directorate of
    #.   National Security; note: Morocco's national police ...

The hints belong to the glossary, not to the entry: they are rebuilt on every
``tools update``, so a term removed from or corrected in the glossary
disappears from or changes in every PO file. To rebuild them without touching
anything else, a hint is recognisable line by line: its first line starts with
:data:`PREFIX`, its continuation lines with :data:`CONTINUATION`, and we wrap
them ourselves to fit the PO line width, so that polib never re-wraps them
(which would lose the continuation marker). Translator comments (``# ``),
flags, translations and other tools' extracted comments are never changed.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable, Sequence
from functools import partial

import polib

from tools.config import ProjectConfig
from tools.glossary.load import load_glossary
from tools.glossary.model import Term
from tools.glossary.match.arabic import SourceMatcher
from tools.units.po import WRAP_WIDTH

PREFIX = "glossary: "
CONTINUATION = "  "
#: Room for a comment line's text once polib adds "#. ".
WIDTH = WRAP_WIDTH - len("#. ")
#: Notes of approved renderings are shown; the lines that record where a
#: rendering comes from are left out (useful to the glossary's curators, noise
#: next to a sentence to translate), and so are the notes on forbidden ones.
SOURCE_NOTE = "source:"


def describe(term: Term, seen: Sequence[str] = ()) -> str:
    """One hint's text before wrapping: term (forms seen) → renderings [category]; avoid; note.

    ``seen``: how the entry writes the term when not as the glossary does
    ("وزيرة الخارجية: feminine"), so the translator sees why it is hinted.
    """
    approved = sorted(term.approved, key=lambda r: not r.preferred)
    forms = f" (seen as {'; '.join(seen)})" if seen else ""
    text = f"{PREFIX}{term.source}{forms} → {' | '.join(_unique(r.text for r in approved))}"
    if term.categories:
        text += f" [{', '.join(term.categories)}]"
    forbidden = _unique(r.text for r in term.forbidden)
    if forbidden:
        text += f"; avoid: {' | '.join(forbidden)}"
    notes = _unique(
        line.strip()
        for rendering in term.approved
        for line in rendering.note.split("\n")
        if line.strip() and not line.strip().lower().startswith(SOURCE_NOTE)
    )
    if notes:
        text += f"; note: {' '.join(' '.join(notes).split())}"
    return text


def hint_lines(term: Term, seen: Sequence[str] = ()) -> list[str]:
    """The comment lines of one hint, wrapped so that polib keeps them as they are."""
    return textwrap.wrap(
        describe(term, seen),
        WIDTH,
        subsequent_indent=CONTINUATION,
        break_long_words=True,
        break_on_hyphens=False,
    )


def without_hints(comment: str) -> list[str]:
    """The lines of an extracted comment that are not ours (order kept)."""
    kept: list[str] = []
    inside = False
    for line in comment.split("\n") if comment else []:
        if line.startswith(PREFIX):
            inside = True
            continue
        if inside and line.startswith(CONTINUATION):
            continue
        inside = False
        kept.append(line)
    return kept


def terms_in(text: str, matcher: SourceMatcher) -> list[tuple[Term, list[str]]]:
    """Glossary terms found in ``text``, in reading order, each once, with the forms seen.

    A form is "وزيرة الخارجية: feminine"; a term written as the glossary
    writes it adds none.
    """
    found: dict[str, tuple[Term, list[str]]] = {}
    for match in matcher.find(text):
        _term, forms = found.setdefault(match.term.key, (match.term, []))
        if match.form is not None:
            seen = f"{match.text}: {match.form.describe()}"
            if seen not in forms:
                forms.append(seen)
    return list(found.values())


def refresh_entry(entry: polib.POEntry, matcher: SourceMatcher) -> bool:
    """Replace the hints of ``entry`` by the current ones; return whether it changed."""
    if entry.obsolete or not entry.msgid:
        return False
    lines = without_hints(entry.comment)
    for term, seen in terms_in(entry.msgid, matcher):
        lines.extend(hint_lines(term, seen))
    comment = "\n".join(lines)
    if comment == entry.comment:
        return False
    entry.comment = comment
    return True


def refresh_hints(po: polib.POFile | Sequence[polib.POEntry], matcher: SourceMatcher) -> int:
    """Refresh the hints of every entry of ``po``; return how many entries changed."""
    return sum(refresh_entry(entry, matcher) for entry in po)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def glossary_hints(config: ProjectConfig) -> list[Callable[[polib.POEntry], bool]]:
    """The entry processors ``tools update`` runs: hints from the project's glossary.

    The glossary is read here, before the update writes anything, so a broken
    glossary file stops the run with nothing written. A project without any
    glossary gets no processor (and no hints) rather than an error.
    """
    if not any(path.exists() for path in config.glossary):
        return []
    matcher = SourceMatcher(load_glossary(config.glossary).terms)
    return [partial(refresh_entry, matcher=matcher)]
