"""Language codes of translation files: comparing them and naming them.

XLIFF and TMX files declare their languages with BCP 47 tags (``ar``,
``ar-MA``, ``en-GB``, sometimes ``EN_us``). Only the primary language
matters for which pair a file translates: ``ar-MA`` is Arabic. Names shown
to users come from babel's CLDR data, never from a table of our own.
"""

from __future__ import annotations


from tools.errors import InputError
from tools.units.model import Document

#: The pair every translation here goes: Arabic source, English target.
SOURCE = "ar"
TARGET = "en"


def primary(tag: str) -> str:
    """The primary language subtag of ``tag``, lower case: ``ar-MA`` -> ``ar``."""
    return tag.replace("_", "-").split("-")[0].strip().lower()


def same_language(tag: str, other: str) -> bool:
    """Whether two tags name the same language, whatever their regions or scripts."""
    return bool(tag) and primary(tag) == primary(other)


def display_name(tag: str) -> str:
    """babel's English name of ``tag`` (``fr`` -> ``French``), or the tag when babel has none."""
    from babel import Locale, UnknownLocaleError  # here: checking a file needs no babel

    try:
        name = Locale.parse(tag.replace("-", "_")).get_display_name("en")
    except (ValueError, UnknownLocaleError, TypeError):
        return tag
    return name or tag


def language_name(tag: str) -> str:
    """``English (en-US)``: babel's English name of ``tag``'s language with the tag itself."""
    name = display_name(primary(tag))
    return f"{name} ({tag})" if name != primary(tag) else tag


def expect_pair(document: Document, source: str = SOURCE, target: str = TARGET) -> None:
    """Refuse a file that declares another pair than ``source`` → ``target``.

    A language the file does not declare is not held against it (XLIFF 1.2
    makes ``target-language`` optional). A file whose two languages are the
    pair the other way round is said to be swapped, since that is the usual
    mistake of an export dialog.
    """
    declared_source = document.source_language
    declared_target = document.target_language
    source_ok = declared_source is None or same_language(declared_source, source)
    target_ok = declared_target is None or same_language(declared_target, target)
    if source_ok and target_ok:
        return
    declared = f"{language_name(declared_source or '?')} → {language_name(declared_target or '?')}"
    wanted = f"{language_name(source)} → {language_name(target)}"
    swapped = (
        declared_source is not None
        and declared_target is not None
        and same_language(declared_source, target)
        and same_language(declared_target, source)
    )
    hint = "; source and target are swapped" if swapped else ""
    raise InputError(document.path, f"translates {declared}, expected {wanted}{hint}")
