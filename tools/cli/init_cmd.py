"""``tools init``: start a translation project (see :mod:`tools.workflow.init`)."""

from __future__ import annotations

from pathlib import Path

import click

from tools.paths import display
from tools.workflow.init import apply, plan

#: How each action is reported, file by file.
VERBS = {
    "create": "created",
    "folder": "created",
    "add section": "added [tool.tarjuman] to",
    "keep": "kept (exists)",
}


@click.command()
@click.argument("folder", required=False, default=".", type=click.Path(file_okay=False, path_type=Path))
def init(folder: Path) -> None:
    """Start a translation project in FOLDER (default: here): seeds/, translations/,
    glossary/ar-en.po (with a commented example entry), [tool.tarjuman] in
    pyproject.toml (appended to an existing file), a pre-commit hook and a
    GitHub Actions workflow that runs check-glossary and uploads its SARIF.

    Nothing that exists is replaced; a second run changes nothing.
    """
    steps = plan(folder)
    apply(steps)
    root = folder.resolve()
    for step in steps:
        shown = display(step.path, root) + ("/" if step.path.is_dir() else "")
        click.echo(f"{VERBS[step.action]} {shown}", err=True)
    click.echo(
        "next: put an Arabic article in seeds/, then `tools update`, translate "
        "translations/<article>/en.po, `tools check-glossary`, `tools build <article>`",
        err=True,
    )
