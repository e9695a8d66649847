"""``tools glossary list``: the project's glossary sources and the glossaries built into tarjuman.

A team that installed tarjuman from a wheel cannot see the package's files;
this command says what ``builtin:<name>`` offers, file by file, and whether
the project's configuration uses it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click


from tools.config import load_config
from tools.glossary.listing import Source, built_in, configured
from tools.untrusted import json_document


def _source_dict(source: Source) -> dict[str, Any]:
    return {
        "name": source.name,
        "path": str(source.path),
        "builtin": source.builtin,
        "terms": source.terms,
        "files": [{"name": f.path.name, "terms": f.terms, "description": f.description} for f in source.files],
    }


def _text(project: list[Source], shipped: list[Source], where: str) -> str:
    width = max((len(s.name) for s in project + shipped), default=0)
    lines = [f"configured ({where}):"]
    for s in project:
        count = f"{len(s.files)} file{'s' if len(s.files) != 1 else ''}, {s.terms} terms" if s.files else "missing"
        lines.append(f"  {s.name:<{width}}  {count}")
    used = {s.name for s in project}
    lines.append("built in:")
    for s in shipped:
        mark = " (configured)" if s.name in used else ""
        lines.append(f"  {s.name}{mark}: {len(s.files)} files, {s.terms} terms")
        name_width = max(len(f.path.name) for f in s.files)
        lines.extend(f"    {f.path.name:<{name_width}} {f.terms:>5}  {f.description}" for f in s.files)
    return "\n".join(lines)


def _json(project: list[Source], shipped: list[Source], where: str) -> str:
    data = {"configured": [_source_dict(s) for s in project], "builtin": [_source_dict(s) for s in shipped]}
    return json_document(data).rstrip("\n")


#: Output formats of ``tools glossary list``.
LIST_FORMATS: dict[str, Callable[[list[Source], list[Source], str], str]] = {"text": _text, "json": _json}


@click.command("list")
@click.option("--format", "fmt", type=click.Choice(sorted(LIST_FORMATS)), default="text", show_default=True)
def list_(fmt: str) -> None:
    """List the project's glossary sources and the glossaries built into tarjuman.

    Add a built-in glossary to a project with ``glossary = ["glossary",
    "builtin:news"]`` under ``[tool.tarjuman]``; the project's own files
    always take precedence over it.
    """
    config = load_config()
    raw = config.table.get("glossary", ["glossary"])
    names = [raw] if isinstance(raw, str) else list(raw)
    where = f"{config.relative(config.pyproject)} [tool.tarjuman] glossary" if config.pyproject else "default"
    project = configured(config.glossary, [str(n) for n in names])
    click.echo(LIST_FORMATS[fmt](project, built_in(), where))
