"""Run the checks over translation files: the only place that knows all the steps.

One run:

1. load the glossary and build its :class:`~tools.glossary.match.arabic.SourceMatcher`
   once (workers receive the built matcher once each, never per file);
2. lint the glossary (1 and 2 read back from :mod:`tools.glossary.cache` when
   the glossary files were built before);
3. check every translation file (PO, XLIFF, TMX: read as units by
   :func:`tools.units.readers.read_units`): entry checks, plus the facts that run-wide checks
   collect, and the file's inline suppressions, serially or in a process pool
   (``jobs``); results come back in input order, so both give the same output;
4. run the run-wide (corpus) checks over the facts of all files;
5. stamp each problem with its code and severity (configuration, else the
   problem's own, else the check's default): the entry checks' problems in
   the worker as they are found (a large file's problems are then never
   all held next to their findings), the run-wide checks' here;
6. drop suppressed findings, report unused suppressions, drop baselined ones;
7. sort.

Checks never see severities or suppressions, and reporters never see
anything but the :class:`RunResult`.
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.check import baseline as baseline_file
from tools.check import suppress
from tools.check.checks.base import (
    ArticleHistory, EntryContext, EntryRef, FileFacts, Problem, TermOptions, unit_forms,
)
from tools.check.parts import Part, join, plan
from tools.check.registry import Check, CorpusCheck, EntryCheck, all_checks, by_code
from tools.check.settings import Settings
from tools.config import ProjectConfig
from tools.fileio import is_stdin, shown_name
from tools.paths import display
from tools.errors import InputError
from tools.check.findings import SORT_KEY, Finding, Severity
from tools.glossary import cache as glossary_cache
from tools.glossary.load import glossary_files
from tools.glossary.model import Glossary
from tools.glossary.match.arabic import SourceMatcher
from tools.glossary.match.english import ForbiddenIndex
from tools.units.model import Unit, is_blank
from tools.units.readers import stream_units, translation_files_in

UNUSED_SUPPRESSION = "unused-suppression"
BASELINE_FIXED = "baseline-fixed"

#: ``progress(items, length)`` -> a context manager yielding ``items`` (click.progressbar fits).
Progress = Callable[[Iterable[Any], int], AbstractContextManager[Iterable[Any]]]


@dataclass(frozen=True)
class RunResult:
    """Everything reporters and the exit status need, and nothing else."""

    findings: tuple[Finding, ...]
    files: tuple[str, ...]
    glossaries: tuple[str, ...]
    checks: tuple[Check, ...]
    suppressed: int = 0
    baselined: int = 0
    #: The codes this run checked: a baseline row of another code is not judged.
    enabled: frozenset[str] = frozenset()

    def covers(self, key: baseline_file.Fingerprint) -> bool:
        """Whether this run checked the file and the code of a baseline row."""
        path, code = key[0], key[1]
        return code in self.enabled and (path in self.files or path in self.glossaries)

    def count(self, severity: Severity) -> int:
        return sum(1 for finding in self.findings if finding.severity == severity)

    def failing(self, fail_on: Severity | None) -> list[Finding]:
        """Findings at or above ``fail_on`` (none when ``fail_on`` is ``None``: never fail)."""
        if fail_on is None:
            return []
        return [finding for finding in self.findings if finding.severity >= fail_on]

    def summary(self) -> dict[str, int]:
        """Counts per severity and of what was left out: the JSON ``summary`` object."""
        counts = {severity.label: self.count(severity) for severity in sorted(Severity, reverse=True)}
        return {
            **counts,
            "total": len(self.findings),
            "files": len(self.files),
            "suppressed": self.suppressed,
            "baselined": self.baselined,
        }


@dataclass(frozen=True)
class FileResult:
    """What checking one translation file produced, before severities and suppressions."""

    path: str
    #: The findings of the entry checks, stamped in the worker (see :meth:`FileChecker._check`).
    findings: tuple[Finding, ...] = ()
    facts: tuple[tuple[str, FileFacts], ...] = ()
    suppressions: tuple[suppress.Suppression, ...] = ()
    #: An InputError raised while reading, as (path, message, line): exceptions
    #: with extra constructor arguments do not cross process boundaries intact.
    error: tuple[str | None, str, int | None] | None = None


@dataclass(frozen=True)
class FileChecker:
    """The per-run state a worker needs: built once, sent once to each worker."""

    glossary: Glossary
    matcher: SourceMatcher
    forbidden_index: ForbiddenIndex
    codes: tuple[str, ...]
    root: str
    options: TermOptions = field(default_factory=TermOptions)
    #: The severities the configuration sets, by code (:attr:`Settings.severity`).
    severity: Mapping[str, Severity] = field(default_factory=dict)

    def __call__(self, task: str | Part) -> FileResult:
        part = task if isinstance(task, Part) else Part(task)
        try:
            return self._check(Path(part.path), part)
        except InputError as error:
            return FileResult(part.path, error=(error.path, error.message, error.line))

    def _check(self, path: Path, part: Part) -> FileResult:
        """Check the units of ``part`` of the file, reading them one at a time.

        Each unit is let go once checked: what stays is its findings, its
        packed facts (:class:`FileFacts`) and its English in the article's
        history, so a large file is never held whole. Problems are stamped
        into findings as they are found, so a file's problems and findings
        are never all held at once. The units before the
        part only feed the history (a second reference looks back over the
        whole article); the units after it are not read.
        """
        registry = by_code()
        checks = [registry[code] for code in self.codes]
        entry_checks = [c for c in checks if isinstance(c, EntryCheck)]
        rel = relative(path, Path(self.root))
        source = None if is_stdin(path) else str(path)  # standard input cannot be read again
        corpus_checks = [(c, FileFacts(rel, source)) for c in checks if isinstance(c, CorpusCheck)]
        findings: list[Finding] = []
        shared = Shared()
        configured = self.severity
        suppressions: dict[tuple[int, str], suppress.Suppression] = {}
        history = ArticleHistory()
        first, end = part.lines()
        ordinal = -1
        for unit in stream_units(path):
            if unit.obsolete or not unit.source:
                continue
            ordinal += 1
            line = unit.location.line
            if line < first:
                _remember(history, unit)
                continue
            if end is not None and line >= end:
                break
            ref = EntryRef(rel, line, unit.source, unit.context)
            ctx = EntryContext(
                ref, unit, self.glossary, self.matcher, self.forbidden_index, self.options, history
            )
            # The segments of one XLIFF unit share its line and its notes: one suppression each.
            for found in suppress.parse(unit, ref):
                suppressions.setdefault((ref.line, found.text), found)
            for entry_check in entry_checks:
                said = entry_check.run(ctx)
                if said:  # most checks find nothing in most entries, and say so with ()
                    code = entry_check.code
                    findings.extend(_stamp(code, problem, configured, registry, shared) for problem in said)
            for corpus_check, facts in corpus_checks:
                fact = corpus_check.collect(ctx)
                if fact is not None:
                    facts.add(fact, ordinal)
            for form in ctx.checked_forms:
                history.add(line, form.text)
        return FileResult(
            rel,
            tuple(findings),
            tuple((check.code, facts) for check, facts in corpus_checks),
            tuple(suppressions.values()),
        )


def _remember(history: ArticleHistory, unit: Unit) -> None:
    """Add the English of a unit before this part to the article's history, as checking it would."""
    if unit.fuzzy:
        return  # as EntryContext.checked_forms: a fuzzy unit's English is not trusted
    for form in unit_forms(unit):
        if not is_blank(form.text):
            history.add(unit.location.line, form.text)


def relative(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` when inside it (POSIX separators), else absolute; ``<stdin>`` for ``-``."""
    return display(shown_name(path), root)


def find_translation_files(
    paths: Sequence[Path], config: ProjectConfig, exclude: Iterable[Path]
) -> list[Path]:
    """The files to check: ``paths`` (folders searched for PO and XLIFF files) or all translations.

    Glossary files are left out: they are linted, not checked as
    translations, even when a pre-commit hook passes them in.
    """
    excluded = {p.resolve() for p in exclude if not is_stdin(p)}
    candidates: list[Path] = []
    stdin: list[Path] = []  # each ``-`` kept: a second one is refused when read
    for path in paths or [config.translations]:
        if is_stdin(path):
            stdin.append(path)
        elif path.is_dir():
            candidates.extend(translation_files_in(path))
        elif path.is_file():
            candidates.append(path)
        elif paths:
            raise InputError(path, "no such file or directory")
    unique: dict[Path, Path] = {}
    for candidate in candidates:
        unique.setdefault(candidate.resolve(), candidate)
    return [path for resolved, path in unique.items() if resolved not in excluded] + stdin


def _worker_init(checker: FileChecker) -> None:
    global _WORKER
    _WORKER = checker


def _worker_check(task: Part) -> FileResult:
    assert _WORKER is not None
    return _WORKER(task)


_WORKER: FileChecker | None = None


def _check_all(
    checker: FileChecker, paths: list[str], jobs: int, progress: Progress | None
) -> list[FileResult]:
    """Check ``paths`` serially or with ``jobs`` processes; results in input order.

    With processes, a large file is split into parts checked side by side
    (see :mod:`tools.check.parts`); the output is the same either way.
    """
    show: Progress = progress or (lambda items, length: nullcontext(items))
    tasks = plan(paths, jobs)
    # Standard input belongs to this process: a worker must not read it.
    if jobs <= 1 or len(tasks) <= 1 or any(is_stdin(p) for p in paths):
        with show(map(checker, paths), len(paths)) as results:
            return list(results)
    # Imported here: a serial run (the usual one) then never loads multiprocessing.
    from concurrent.futures import ProcessPoolExecutor

    workers = min(jobs, len(tasks))
    # Several tasks per message cut inter-process traffic; map() keeps input order.
    chunk = max(1, len(tasks) // (workers * 8))
    with (
        ProcessPoolExecutor(workers, initializer=_worker_init, initargs=(checker,)) as pool,
        show(pool.map(_worker_check, tasks, chunksize=chunk), len(tasks)) as results,
    ):
        return list(join(tasks, list(results)))


class Shared(dict[Any, Any]):
    """One copy of each equal value that findings hold, for the findings of one file.

    A large catalogue checked against a large glossary gives tens of
    thousands of findings whose messages and extras repeat: the same term
    missing in many entries is the same message, built anew each time
    (36,958 findings with 827 distinct messages on the 50,000-entry
    benchmark catalogue). Keeping one copy of each saves about a third of
    the memory the findings hold, and pickles once when a ``--jobs`` worker
    sends them back.
    """

    __slots__ = ()

    def one(self, value: Any) -> Any:
        """``value``, or the equal value seen first."""
        return self.setdefault(value, value)


def _stamp(
    code: str,
    problem: Problem,
    configured: Mapping[str, Severity],
    checks: dict[str, Check],
    shared: Shared | None = None,
) -> Finding:
    """``problem`` as a finding of check ``code``: the configured severity, else the problem's, else the check's.

    With ``shared``, the message and the extras are the copies kept there
    (see :class:`Shared`).
    """
    where = problem.where
    severity = configured.get(code, problem.severity or checks[code].severity)
    message, extra = problem.message, problem.extra
    if shared is not None:
        message, extra = shared.one(message), shared.one(extra)
    # Positional: tens of thousands of findings on a large catalogue, and keywords cost a third more.
    return Finding(
        where.path, where.line, code, severity, message, where.msgid, where.msgctxt,
        problem.term, problem.expected, problem.found, extra,
    )


def _lint(lint: Iterable[Finding], settings: Settings, root: Path) -> Iterator[Finding]:
    """Glossary lint findings, with configured severities and project-relative paths."""
    for finding in lint:
        if settings.enabled(finding.code):
            yield dataclasses.replace(
                finding,
                path=relative(Path(finding.path), root),
                severity=settings.severity_of(finding.code, finding.severity),
            )


def _unused(
    suppressions: list[suppress.Suppression], settings: Settings, checks: dict[str, Check]
) -> Iterator[Finding]:
    """``unused-suppression`` findings for suppressions that silenced nothing."""
    for s in suppressions:
        if s.used or (s.code in checks and not settings.enabled(s.code)):
            continue
        if s.code not in checks:
            why = f"names no known check code ({s.code!r})" if s.code else "names no check code"
        else:
            about = f" about '{s.term}'" if s.term else ""
            why = f"matched no {s.code} finding{about}"
        problem = Problem(s.ref, f"suppression '{s.text}' {why}; remove it", term=s.term, found=s.text)
        yield _stamp(UNUSED_SUPPRESSION, problem, settings.severity, checks)


def run(
    config: ProjectConfig,
    settings: Settings,
    paths: Sequence[Path] = (),
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    use_baseline: bool = True,
    cache_dir: Path | None = None,
) -> RunResult:
    """Check ``paths`` (default: every translation) against the configured glossary.

    Input errors name their file relative to the project root, as findings do.
    ``cache_dir``: where the built glossary is kept between runs
    (:mod:`tools.glossary.cache`); ``None``: built anew.
    """
    try:
        return _run(config, settings, paths, jobs, progress, use_baseline, cache_dir)
    except InputError as error:
        if error.path is None or getattr(error, "rooted", False):
            raise
        raise config.rooted_error(error) from None


def _run(
    config: ProjectConfig,
    settings: Settings,
    paths: Sequence[Path],
    jobs: int,
    progress: Progress | None,
    use_baseline: bool,
    cache_dir: Path | None,
) -> RunResult:
    glossary_paths = glossary_files(settings.glossary)
    built = glossary_cache.load(glossary_paths, cache_dir)
    glossary = built.glossary
    checks = by_code()
    enabled = [c for c in all_checks() if settings.enabled(c.code)]
    files = find_translation_files(paths, config, glossary_paths)

    checker = FileChecker(
        glossary=glossary,
        matcher=built.matcher,
        forbidden_index=ForbiddenIndex(glossary.terms),
        codes=tuple(c.code for c in enabled if isinstance(c, (EntryCheck, CorpusCheck))),
        root=str(config.root),
        options=TermOptions(settings.variants, settings.second_reference),
        severity=dict(settings.severity),
    )
    results = _check_all(checker, [str(p) for p in files], jobs, progress)
    for result in results:
        if result.error is not None:
            raise InputError(*result.error)

    stamped: list[Finding] = []
    for index, result in enumerate(results):
        stamped.extend(result.findings)
        results[index] = dataclasses.replace(result, findings=())
    for check in (c for c in enabled if isinstance(c, CorpusCheck)):
        per_file = [facts for r in results for code, facts in r.facts if code == check.code]
        stamped.extend(_stamp(check.code, p, settings.severity, checks) for p in check.run(per_file))

    suppressions = [s for r in results for s in r.suppressions]
    kept, suppressed = suppress.apply(sorted(stamped, key=SORT_KEY), suppressions)
    if settings.enabled(UNUSED_SUPPRESSION):
        kept.extend(_unused(suppressions, settings, checks))
    kept.extend(_lint(built.lint, settings, config.root))
    findings = sorted(kept, key=SORT_KEY)

    run_result = RunResult(
        findings=tuple(findings),
        files=tuple(r.path for r in results),
        glossaries=tuple(relative(p, config.root) for p in glossary_paths),
        checks=tuple(all_checks()),
        suppressed=suppressed,
        enabled=frozenset(c.code for c in enabled),
    )
    if use_baseline and settings.baseline is not None:
        run_result = _apply_baseline(run_result, settings, config.root)
    return run_result


def _apply_baseline(result: RunResult, settings: Settings, root: Path) -> RunResult:
    """Leave out the accepted findings; report the accepted ones that are fixed."""
    assert settings.baseline is not None
    accepted = baseline_file.load(settings.baseline)
    findings, baselined = baseline_file.subtract(list(result.findings), accepted)
    if settings.enabled(BASELINE_FIXED):
        covered = Counter({key: n for key, n in accepted.items() if result.covers(key)})
        fixed = baseline_file.unmatched(result.findings, covered)
        findings.extend(_fixed(fixed, settings, settings.baseline, root))
    return dataclasses.replace(result, findings=tuple(sorted(findings, key=SORT_KEY)), baselined=baselined)


def _fixed(fixed: Counter[baseline_file.Fingerprint], settings: Settings, path: Path, root: Path) -> Iterator[Finding]:
    """``baseline-fixed`` findings, each at its row of the baseline file."""
    if not fixed:
        return
    lines = baseline_file.row_lines(path)
    shown = relative(path, root)
    for key, count in sorted(fixed.items()):
        file, code, _, term = key
        about = f" about '{term}'" if term else ""
        times = f" ({count} of them)" if count > 1 else ""
        yield Finding(
            path=shown,
            line=lines.get(key, 1),
            code=BASELINE_FIXED,
            severity=settings.severity_of(BASELINE_FIXED, Severity.INFO),
            message=f"the baselined {code}{about} in {file} no longer occurs{times}; "
            "--write-baseline removes it from the baseline",
            term=term or None,
        )


def default_jobs() -> int:
    """Processes for ``--jobs 0``: the CPUs this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
