"""``tools update``: bring every translation of every article up to date with its source.

For each article in ``seeds/``: segment it, rewrite its template
(:func:`tools.workflow.template.write_template`), and merge the template into each
``translations/<article>/<lang>.po`` (:func:`tools.workflow.merge.merge`): the files
already there, ``en.po`` (created when missing) and any language asked for.

Never losing a translator's work comes first, so the run holds the
project's lock (:mod:`tools.lock`: a second update waits for nothing and
stops at once), each translation must still hold the bytes that were read
when it is replaced (an editor's save made meanwhile is kept, and the run
stops saying so), and the run has two phases:
every input (each seed, each existing PO file, each language code) is read
and checked before anything is written; a bad file stops the run with an
:class:`~tools.errors.InputError` and leaves every file as it was. Every
write is atomic and skipped when the bytes would not change, so a second run
changes nothing, down to modification times.

The header of each translation gets ``Language`` and ``Plural-Forms`` (from
babel's CLDR data); ``PO-Revision-Date`` is renewed only when the content
changed, not when a file is merely rewritten in our formatting.

Extension point: *entry processors*. After merging, each processor is called
on every non-obsolete entry of the merged catalog, before the revision date
is decided and the file written, so what they change counts as a change of
content and is idempotent as long as they are. This is where glossary hints
(extracted comments, :mod:`tools.workflow.hints`) plug in, for example
``functools.partial(tools.workflow.hints.refresh_entry, matcher=matcher)``. Because
extracted comments are taken from the template on every merge, a processor
rebuilds its comments on each run rather than accumulating them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import polib
from babel import Locale, UnknownLocaleError

from tools.config import DEFAULT_LANGUAGE, ProjectConfig
from tools.errors import InputError
from tools.fileio import current_bytes
from tools.lock import project_lock
from tools.workflow.merge import MergeReport, merge
from tools.units.po import load_po, plural_forms, po_date, render_po, save_po
from tools.text.segment import segment_file
from tools.workflow.template import write_template

#: Called on every non-obsolete entry after the merge; may change its comments or flags.
EntryProcessor = Callable[[polib.POEntry], object]

REVISION_DATE = "PO-Revision-Date"
#: What msginit writes when nobody has translated anything yet; msgfmt -c accepts it.
NEW_TRANSLATOR = "Automatically generated"


@dataclass(frozen=True)
class TranslationUpdate:
    """The outcome for one ``<lang>.po``."""

    path: Path
    language: str
    created: bool
    changed: bool
    report: MergeReport


@dataclass(frozen=True)
class ArticleUpdate:
    """The outcome for one article: its template and its translations."""

    article: str
    template: Path
    template_changed: bool
    translations: tuple[TranslationUpdate, ...]


@dataclass(frozen=True)
class _Target:
    """A translation to write, read and checked in the first phase."""

    path: Path
    language: str
    old: polib.POFile | None
    #: The bytes read (``None``: no file): the file must still hold them when it is replaced.
    snapshot: bytes | None


def update_project(
    config: ProjectConfig,
    articles: Sequence[str] = (),
    languages: Iterable[str] = (),
    processors: Sequence[EntryProcessor] = (),
) -> list[ArticleUpdate]:
    """Update ``articles`` (default: every article in ``seeds/``); see the module docstring.

    ``languages`` are created where missing, besides ``en`` and the languages
    that already have a file.
    """
    names = list(dict.fromkeys(articles)) or config.articles()
    if not names:
        raise InputError(config.relative(config.seeds), "no articles (*.txt) to update")
    requested = [_checked_language(None, code) for code in languages]
    with project_lock(config.root, "update"):
        plans = {name: _read_article(config, name, requested) for name in names}
        return [_write_article(config, name, targets, processors) for name, targets in plans.items()]


def _read_article(config: ProjectConfig, article: str, requested: list[str]) -> list[_Target]:
    """Phase one: check the seed and read every translation of ``article`` strictly."""
    segment_file(config.seed_path(article))  # raises on a missing, empty or non-UTF-8 seed
    targets = []
    for language in languages_of(config, article, requested):
        path = config.translation_path(article, language)
        snapshot = current_bytes(path)
        old = load_po(path) if snapshot is not None else None
        targets.append(_Target(path, language, old, snapshot))
    return targets


def languages_of(config: ProjectConfig, article: str, requested: Iterable[str] = ()) -> list[str]:
    """The languages to write for ``article``: existing files, ``en`` and ``requested``, sorted."""
    folder = config.article_dir(article)
    existing = [p.stem for p in folder.glob("*.po") if not p.is_dir()] if folder.is_dir() else []
    for code in existing:
        _checked_language(config.relative(config.translation_path(article, code)), code)
    return sorted({*existing, DEFAULT_LANGUAGE, *requested})


def _checked_language(path: str | None, code: str) -> str:
    """``code`` if babel knows its plural rule, else an :class:`InputError` naming ``path``."""
    try:
        plural_forms(code)
    except (InputError, UnknownLocaleError):
        raise InputError(path, f"unknown language code {code!r} (expected e.g. en, fr, pt_BR)") from None
    return code


def _write_article(
    config: ProjectConfig, article: str, targets: list[_Target], processors: Sequence[EntryProcessor]
) -> ArticleUpdate:
    """Phase two: write the template, then merge it into each translation."""
    template_path, template_changed = write_template(config, article)
    template = load_po(template_path)
    results = tuple(_write_translation(config, article, template, target, processors) for target in targets)
    return ArticleUpdate(article, template_path, template_changed, results)


def _write_translation(
    config: ProjectConfig,
    article: str,
    template: polib.POFile,
    target: _Target,
    processors: Sequence[EntryProcessor],
) -> TranslationUpdate:
    result = merge(template, target.old)
    po = result.catalog
    _set_language(po, target.language, article, new=target.old is None)
    for entry in po:
        if not entry.obsolete:
            for process in processors:
                process(entry)
    _set_revision_date(po, target.old)
    changed = save_po(po, target.path, expect=target.snapshot)
    return TranslationUpdate(target.path, target.language, target.old is None, changed, result.report)


def _set_language(po: polib.POFile, language: str, article: str, *, new: bool) -> None:
    """Language fields from babel; a new file also gets msginit's translator fields."""
    po.metadata["Language"] = language
    po.metadata["Plural-Forms"] = plural_forms(language)
    if new:
        name = _english_name(language)
        po.header = f"{name} translation of the article {article!r}."
        po.metadata["Last-Translator"] = NEW_TRANSLATOR
        po.metadata["Language-Team"] = name


def _english_name(language: str) -> str:
    try:
        return Locale.parse(language).english_name or language
    except (ValueError, UnknownLocaleError):
        return language


def _set_revision_date(po: polib.POFile, old: polib.POFile | None) -> None:
    """Keep the old revision date unless the content differs from the old file's.

    Both catalogs are compared in our rendering, so a file that an editor
    wrapped differently is reformatted without pretending it was revised.
    """
    if old is not None:
        po.metadata[REVISION_DATE] = old.metadata.get(REVISION_DATE, "")
        if render_po(po) == render_po(old):
            return
    po.metadata[REVISION_DATE] = po_date()
