"""``tools glossary``: look terms up in Arabic text and lint the glossary.

The group loads its subcommands lazily from :data:`SUBCOMMANDS`, like the
top-level ``tools`` group: adding a subcommand means writing it in its own
module and adding one line there. Output formats are small functions in a
table (:data:`FIND_FORMATS`, :data:`LINT_FORMATS`); the commands only parse
options, call the library and hand the result to one of them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from tools.cli.lazy import LazyGroup
from tools.glossary import builtin
from tools.config import load_config
from tools.errors import EXIT_FINDINGS, EXIT_OK
from tools.fileio import is_stdin, read_text
from tools.check.findings import Finding, Severity
from tools.untrusted import json_document, one_line
from tools.glossary import (
    Glossary,
    Rendering,
    SourceMatcher,
    TermMatch,
    lint_glossary,
    load_glossary,
)

#: Every subcommand of ``tools glossary``: name -> "module:click command object".
SUBCOMMANDS: dict[str, str] = {
    "find": "tools.cli.glossary_cmd:find",
    "lint": "tools.cli.glossary_cmd:lint",
    "export": "tools.cli.glossary_exchange_cmd:export",
    "import": "tools.cli.glossary_exchange_cmd:import_",
    "suggest": "tools.cli.glossary_exchange_cmd:suggest",
    "list": "tools.cli.glossary_list_cmd:list_",
    "add": "tools.cli.glossary_edit_cmd:add",
    "remove": "tools.cli.glossary_edit_cmd:remove",
}


@click.group(cls=LazyGroup, lazy_commands=SUBCOMMANDS)
def glossary() -> None:
    """Work with the glossary (glossary/*.po): find terms in Arabic, add and remove them, lint, exchange."""


glossary_option = click.option(
    "--glossary",
    "glossary_paths",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Glossary file or directory (repeatable). Default: the project's glossary paths.",
)


def load_selected(paths: Sequence[Path]) -> Glossary:
    """The glossary named on the command line, or else the project's configured one.

    Read from the project root by root-relative paths, so that every path the
    glossary carries (in findings, messages and JSON) is relative to the
    root, absolute only outside it, wherever the command was started.
    """
    config = load_config()
    shown = [Path(config.relative(p)) if not builtin.is_spec(p) else p for p in paths or config.glossary]
    with config.relative_errors(), contextlib.chdir(config.root):
        return load_glossary(shown)


# --- find -------------------------------------------------------------------


def _rendering_dict(rendering: Rendering) -> dict[str, Any]:
    return {
        "text": rendering.text,
        "preferred": rendering.preferred,
        "case_sensitive": rendering.case_sensitive,
        "msgctxt": rendering.msgctxt,
        "path": rendering.path,
        "line": rendering.line,
    }


def match_dict(match: TermMatch) -> dict[str, Any]:
    """A match as JSON-ready data; the keys are a public contract (see glossary/README.md)."""
    term = match.term
    return {
        "text": match.text,
        "start": match.start,
        "end": match.end,
        "term": term.source,
        "form": None if match.form is None else match.form.describe(),
        "plural": match.form is not None and match.form.plural,
        "key": term.key,
        "categories": list(term.categories),
        "preferred": term.preferred.text if term.preferred else None,
        "approved": [_rendering_dict(r) for r in term.approved],
        "forbidden": [_rendering_dict(r) for r in term.forbidden],
        "notes": list(term.notes),
        "path": term.path,
        "line": term.line,
    }


def _find_text(matches: list[TermMatch]) -> str:
    blocks = []
    for match in matches:
        term = match.term
        category = f" [{', '.join(map(one_line, term.categories))}]" if term.categories else ""
        approved = ", ".join(
            one_line(r.text) + (" (preferred)" if r is term.preferred and len(term.approved) > 1 else "")
            for r in term.approved
        )
        form = "" if match.form is None else f" ({match.form.describe()})"
        lines = [
            f"{match.start}-{match.end}: {one_line(match.text)} -> {one_line(term.source)}{form}{category}",
            f"  approved: {approved or '(none)'}",
        ]
        if term.forbidden:
            lines.append(f"  forbidden: {', '.join(one_line(r.text) for r in term.forbidden)}")
        blocks.append("\n".join(lines))
    return "\n".join(blocks) if blocks else "no glossary terms found"


def _find_json(matches: list[TermMatch]) -> str:
    return json_document([match_dict(m) for m in matches]).rstrip("\n")


#: Output formats of ``tools glossary find``.
FIND_FORMATS: dict[str, Callable[[list[TermMatch]], str]] = {"text": _find_text, "json": _find_json}


@click.command()
@click.argument("text")
@glossary_option
@click.option("--format", "fmt", type=click.Choice(sorted(FIND_FORMATS)), default="text", show_default=True)
def find(text: str, glossary_paths: tuple[Path, ...], fmt: str) -> None:
    """Print the glossary terms found in the Arabic TEXT ("-" reads standard input).

    For each term: where it is and how it is written in TEXT, the glossary
    term, its categories, the approved English (preferred first) and the
    forbidden renderings.
    """
    if is_stdin(text):
        text = read_text(text, allow_empty=True)
    matcher = SourceMatcher(load_selected(glossary_paths).terms)
    click.echo(FIND_FORMATS[fmt](matcher.find(text)))


# --- lint -------------------------------------------------------------------


def _lint_text(findings: list[Finding], terms: int) -> str:
    lines = [f"{one_line(f.path)}:{f.line}: {f.severity.label} {f.code}: {one_line(f.message)}" for f in findings]
    return "\n".join([*lines, lint_summary(findings, terms)])


def lint_summary(findings: list[Finding], terms: int) -> str:
    """``70 terms, no problems`` or ``70 terms, 3 problems (1 error, 2 warnings, 0 info)``:
    a run that prints nothing cannot be told from one that checked nothing."""
    counted = f"{terms} term" + ("" if terms == 1 else "s")
    if not findings:
        return f"{counted}, no problems"
    counts = {s: sum(1 for f in findings if f.severity == s) for s in (Severity.ERROR, Severity.WARNING)}
    info = len(findings) - sum(counts.values())
    problems = "1 problem" if len(findings) == 1 else f"{len(findings)} problems"
    errors = "1 error" if counts[Severity.ERROR] == 1 else f"{counts[Severity.ERROR]} errors"
    warnings = "1 warning" if counts[Severity.WARNING] == 1 else f"{counts[Severity.WARNING]} warnings"
    return f"{counted}, {problems} ({errors}, {warnings}, {info} info)"


def _lint_json(findings: list[Finding], terms: int) -> str:
    return json_document([f.to_dict() for f in findings]).rstrip("\n")


#: Output formats of ``tools glossary lint``.
LINT_FORMATS: dict[str, Callable[[list[Finding], int], str]] = {"text": _lint_text, "json": _lint_json}


@click.command()
@glossary_option
@click.option("--format", "fmt", type=click.Choice(sorted(LINT_FORMATS)), default="text", show_default=True)
@click.pass_context
def lint(ctx: click.Context, glossary_paths: tuple[Path, ...], fmt: str) -> None:
    """Check the glossary entries: duplicates, conflicts, empty, fuzzy, forbidden-and-approved.

    Prints ``path:line: severity code: message`` for each problem, then
    ``N terms, no problems`` or the counts. Exit status 1 when there
    is an error, 0 otherwise, 2 when a glossary cannot be read.
    """
    selected = load_selected(glossary_paths)
    findings = lint_glossary(selected)
    click.echo(LINT_FORMATS[fmt](findings, len(selected.terms)))
    failed = any(f.severity >= Severity.ERROR for f in findings)
    ctx.exit(EXIT_FINDINGS if failed else EXIT_OK)
