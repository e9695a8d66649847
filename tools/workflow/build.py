"""``tools build``: the translated article as plain text.

The article is rebuilt from its source, not from the PO file, so the text
comes out in the source's order with every repeated sentence in place:
segment ``seeds/<article>.txt`` (:func:`tools.text.segment.segment_file`), look
each unit up in ``translations/<article>/<lang>.po`` by its ``msgid`` and
print the translations.

Layout: **one paragraph per line**. A non-empty source line is a paragraph;
its units' translations are joined by one space, and the paragraphs follow
one another one per line, in source order, each ending with a newline. Empty
source lines carry no text and are not reproduced, so line *k* of the output
is paragraph *k* of the source (``Sentence.paragraph``), which is what line-based
tools (diff, ``paste``, ``tools score``) align on.

Layout ``lines``: **one unit per line**, in source order with repeated
sentences in place, and no line between paragraphs, so line *k* is unit *k*
of the source: what ``tools score`` aligns a plain-text reference with, and
what a professional reference translation usually looks like. A unit
without a usable translation is an empty line there (never the Arabic,
which would be scored as a translation), so the alignment never shifts.

A unit without a usable translation is a *problem*: untranslated (empty
``msgstr``), fuzzy (a guess that nobody has checked, which msgfmt leaves out
too), or missing from the PO file (the file is older than the source: run
``tools update``). The caller decides whether problems stop the build; when
they do not, the Arabic stands in for the missing English so that the gaps
are visible in the output.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tools.config import ProjectConfig
from tools.errors import InputError
from tools.units.model import State, Unit
from tools.units.po import load_po
from tools.units.readers import po_document
from tools.text.segment import Sentence, segment_file

#: How much of the Arabic a problem line quotes.
QUOTE_LENGTH = 40


@dataclass(frozen=True)
class Unfinished:
    """A unit whose translation cannot be used: where it is, what is wrong, its Arabic."""

    path: str
    line: int
    kind: str
    msgid: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.kind}: {quote(self.msgid)}"


@dataclass(frozen=True)
class BuiltArticle:
    """The article's units, their translations (``None`` where a problem) and the problems."""

    units: tuple[Sentence, ...]
    translations: tuple[str | None, ...]
    problems: tuple[Unfinished, ...]

    @property
    def text(self) -> str:
        """One paragraph per line, the Arabic standing in for problems."""
        texts = [t if t is not None else u.text for u, t in zip(self.units, self.translations)]
        return render_paragraphs(list(self.units), texts)

    @property
    def lines(self) -> str:
        """One unit per line, an empty line for a unit without a usable translation."""
        return "".join(" ".join((t or "").split()) + "\n" for t in self.translations)


def quote(text: str, length: int = QUOTE_LENGTH) -> str:
    """The start of ``text`` on one line, with an ellipsis when cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[:length].rstrip() + "…"


def build_article(config: ProjectConfig, article: str, language: str) -> BuiltArticle:
    """Read the article's source and translation strictly and rebuild the translated text."""
    po_path = config.translation_path(article, language)
    if not po_path.is_file():
        raise InputError(
            config.relative(po_path), f"no {language} translation of {article!r}; run `tools update` first"
        )
    units = segment_file(config.seed_path(article))
    document = po_document(load_po(po_path), str(po_path))
    entries = {entry.source: entry for entry in document.live() if entry.context is None}
    texts: list[str | None] = []
    problems: dict[Unfinished, None] = {}  # ordered, and a lookup in constant time
    for unit in units:
        entry = entries.get(unit.text)
        problem = _problem(config, article, po_path, unit, entry)
        if problem is None:
            assert entry is not None  # no problem: the entry is there and translated
            texts.append(entry.target)
            continue
        problems.setdefault(problem)  # a repeated sentence is one entry: report it once
        texts.append(None)
    return BuiltArticle(tuple(units), tuple(texts), tuple(problems))


def _problem(
    config: ProjectConfig, article: str, po_path: Path, unit: Sentence, entry: Unit | None
) -> Unfinished | None:
    if entry is None:
        where = config.relative(config.seed_path(article))
        return Unfinished(where, unit.line, f"not in {config.relative(po_path)} (run `tools update`)", unit.text)
    if entry.state is State.TRANSLATED:
        return None
    return Unfinished(config.relative(po_path), entry.location.line, entry.state.value, unit.text)


def render_paragraphs(units: list[Sentence], texts: list[str]) -> str:
    """``texts[i]`` translates ``units[i]``: one line per paragraph, units joined by a space."""
    paragraphs: dict[int, list[str]] = {}
    for unit, text in zip(units, texts, strict=True):
        paragraphs.setdefault(unit.paragraph, []).append(text.strip())
    return "".join(" ".join(parts) + "\n" for _, parts in sorted(paragraphs.items()))


def reading_order(config: ProjectConfig, po_path: str | Path) -> list[tuple[str | None, str]] | None:
    """The units of the article ``po_path`` translates, in reading order with repeats, as
    ``(msgctxt, msgid)`` keys; ``None`` when the file is no article's or its seed is gone.

    This is the order of ``tools build --format lines``, so a reference kept
    as text lines up with a PO hypothesis the way a translator reads it.
    """
    try:
        article = config.article(str(po_path)).name
    except InputError:
        return None
    seed = config.seed_path(article)
    if not seed.is_file():
        return None
    return [(None, unit.text) for unit in segment_file(seed)]
