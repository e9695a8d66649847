"""An article's translation template (POT): one entry per distinct sentence.

The template is what translators' PO files are merged from, so it must be
stable: entries stay in document order, a sentence that occurs twice is one
entry with two ``#: seeds/<article>.txt:<line>`` references (it is translated
once), and regenerating an unchanged article rewrites nothing, down to the
``POT-Creation-Date``, which is only renewed when the entries change.
"""

from __future__ import annotations

from pathlib import Path

import polib

from tools.config import ProjectConfig
from tools.errors import InputError
from tools.fileio import shown_name
from tools.units.po import WRAP_WIDTH, load_po, save_po, template_header
from tools.text.segment import Sentence, segment_file

CREATION_DATE = "POT-Creation-Date"


def build_template(
    article: str, units: list[Sentence], source_ref: str, previous: polib.POFile | None = None
) -> polib.POFile:
    """The template of ``article`` from its ``units``, referenced as ``source_ref:<line>``.

    When ``previous`` (the template on disk) has exactly the same entries, its
    creation date is kept, so that a second run produces the same bytes.
    """
    po = polib.POFile(wrapwidth=WRAP_WIDTH)
    po.header = (
        f"Translation template for the article {article!r}.\n"
        f"Generated from {source_ref} by `tools segment`; edit the source, not this file."
    )
    by_text: dict[str, polib.POEntry] = {}
    for unit in units:
        entry = by_text.get(unit.text)
        if entry is None:
            entry = by_text[unit.text] = polib.POEntry(msgid=unit.text, msgstr="")
            po.append(entry)
        entry.occurrences.append((source_ref, str(unit.line)))
    created = None
    if previous is not None and _entries(previous) == _entries(po):
        created = previous.metadata.get(CREATION_DATE)
    po.metadata = template_header(article, created)
    return po


def _entries(po: polib.POFile) -> list[tuple[str | None, str, str]]:
    """What a template says, apart from its header: each entry's text and references.

    References are compared as written on the ``#:`` line, not as polib's
    list: polib splits that line at every space, so a seed named
    ``my article.txt`` reads back as two references and the template would
    look changed (and get a new date) on every run.
    """
    return [(e.msgctxt, e.msgid, _references(e)) for e in po if not e.obsolete]


def _references(entry: polib.POEntry) -> str:
    return " ".join(f"{name}:{line}" if line else name for name, line in entry.occurrences)


def write_template(
    config: ProjectConfig,
    article: str,
    output: Path | None = None,
    *,
    source: Path | None = None,
    units: list[Sentence] | None = None,
) -> tuple[Path, bool]:
    """Segment an article and write its template; return the path and whether it changed.

    ``source`` defaults to the article's file in the seeds folder and
    ``output`` to ``translations/<article>/<article>.pot``. References name the
    source relative to the project root. Bad input raises
    :class:`~tools.errors.InputError` before anything is written. ``units``:
    the source already segmented (standard input cannot be read twice).
    """
    source = source or config.seed_path(article)
    output = output or config.template_path(article)
    if units is None:
        units = segment_file(source)
    po = build_template(article, units, config.relative(shown_name(source)), _previous(output))
    return output, save_po(po, output)


def _previous(path: Path) -> polib.POFile | None:
    """The template already at ``path``, if it can be read.

    An unreadable old template is simply replaced: it is generated, and holds
    no translator's work.
    """
    if not path.is_file():
        return None
    try:
        return load_po(path, allow_empty=True)
    except InputError:
        return None
