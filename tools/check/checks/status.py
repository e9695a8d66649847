"""``untranslated`` and ``fuzzy``: entries whose translation is not ready.

They are reported for information by default (a draft article is expected
to have them) and can be raised to errors for a release. Neither kind of
entry is checked for terms or numbers: there is nothing trustworthy to check.
"""

from __future__ import annotations

from collections.abc import Iterable

from tools.check.checks.base import EntryContext, Problem
from tools.units.model import is_blank


def untranslated(ctx: EntryContext) -> Iterable[Problem]:
    """A unit not marked fuzzy with a blank translation (or blank plural forms)."""
    if ctx.fuzzy or len(ctx.filled_forms) == len(ctx.forms):
        return ()
    empty = [form for form in ctx.forms if is_blank(form.text)]
    if len(empty) == len(ctx.forms):
        return (Problem(ctx.ref, "not translated"),)
    which = ", ".join(str(form.index) for form in empty)
    return (Problem(ctx.ref, f"plural form(s) {which} not translated"),)


def fuzzy(ctx: EntryContext) -> Iterable[Problem]:
    """An entry marked fuzzy: its translation needs review and is not used."""
    if ctx.fuzzy:
        return (Problem(ctx.ref, "fuzzy translation needs review (not used and not checked)"),)
    return ()
