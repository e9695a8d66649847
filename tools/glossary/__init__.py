"""The project glossary: approved and forbidden English for Arabic terms.

Public API (import from ``tools.glossary``):

Loading (:mod:`tools.glossary.load`)
    ``load_glossary(paths) -> Glossary`` reads PO glossary files (a directory
    means its ``*.po``, sorted). Entries whose Arabic msgid normalizes to the
    same key (``arabic.normalize``) form ONE :class:`Term`: its approved
    renderings are alternatives, any one satisfies it. Flags: ``forbidden``,
    ``preferred``, ``case-sensitive``; ``fuzzy`` and empty entries are kept
    in ``Glossary.entries`` for lint but never become renderings.

Model (:mod:`tools.glossary.model`)
    ``Glossary(terms, entries, paths)``, ``Term(source, key, categories,
    approved, forbidden, notes, path, line)`` with ``.preferred`` and
    ``.case_sensitive``, ``Rendering(text, forbidden, preferred,
    case_sensitive, path, line, msgctxt, note)``, ``GlossaryEntry``.

Arabic side (:mod:`tools.glossary.match.arabic`)
    ``SourceMatcher(terms).find(text) -> list[TermMatch(term, start, end,
    text)]``: normalized, whole-word matching with attached proclitics on
    the first word, longest match first, never across punctuation; spans
    point into the original text, proclitics excluded; a term is also found
    in its other forms (feminine, dual, plural, suffixes, construct state:
    :mod:`tools.glossary.match.arabic_forms`), ``TermMatch.form`` says which, and
    ``TermMatch.readings`` lists other terms the same words read as. ``.nested(text)``:
    the terms inside those (حموشي inside عبد اللطيف حموشي). One
    Aho–Corasick pass per text, whatever the size of the glossary.

English side (:mod:`tools.glossary.match.english`)
    ``find_rendering(english, rendering, case_sensitive=False)`` ->
    ``(start, end) | None``; ``approved_present(english, term)`` ->
    the first approved :class:`Rendering` found or ``None``;
    ``forbidden_present(english, term)`` -> forbidden renderings used.

Lint (:mod:`tools.glossary.lint`)
    ``lint_glossary(glossary) -> list[Finding]`` with codes ``glossary-*``
    declared in ``lint.RULES``.
"""

from tools.glossary.lint import RULES, lint_glossary
from tools.glossary.load import glossary_files, load_glossary
from tools.glossary.model import Glossary, GlossaryEntry, Rendering, Term
from tools.glossary.match.arabic import SourceMatcher, TermMatch
from tools.glossary.match.english import approved_present, find_rendering, forbidden_present

__all__ = [
    "RULES",
    "Glossary",
    "GlossaryEntry",
    "Rendering",
    "SourceMatcher",
    "Term",
    "TermMatch",
    "approved_present",
    "find_rendering",
    "forbidden_present",
    "glossary_files",
    "lint_glossary",
    "load_glossary",
]
