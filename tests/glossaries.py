"""Glossary PO texts shared by tests: one spelling of the Morocco police (DGSN) terms.

The review-page project and the hint tests need the same terms: the agency's
full name, its acronym, a forbidden calque, and a country, so that a page or a
hint shows alternatives, a forbidden rendering and a second term. Each test
puts its own translator notes in front of them.
"""

from __future__ import annotations

import textwrap

#: The agency (three renderings of one Arabic msgid) and the United Kingdom.
DGSN_TERMS = textwrap.dedent(
    """\
    msgctxt "agency"
    msgid "المديرية العامة للأمن الوطني"
    msgstr "Directorate General of National Security"

    msgctxt "agency|acronym"
    msgid "المديرية العامة للأمن الوطني"
    msgstr "DGSN"

    #, forbidden
    msgctxt "agency|calque"
    msgid "المديرية العامة للأمن الوطني"
    msgstr "General Directorate of National Security"

    msgctxt "country"
    msgid "المملكة المتحدة"
    msgstr "United Kingdom"
    """
)


def glossary_po(body: str, *, language: str | None = None) -> str:
    """A glossary file: the UTF-8 header (with a ``Language`` line when given), a blank line, ``body``."""
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    if language is not None:
        header += f'"Language: {language}\\n"\n'
    return f"{header}\n{body}"
