"""``tools check-glossary``: terminology and consistency QA over PO translations.

The package keeps the layers apart, so each can be read and tested alone:

* :mod:`tools.check.settings` merges defaults < ``[tool.tarjuman.check]`` < command line;
* :mod:`tools.check.engine` runs every enabled check over the PO files (in parallel
  if asked), stamps severities, applies suppressions and the baseline;
* :mod:`tools.check.registry` declares each check once: code, default severity,
  description and the function that finds it;
* :mod:`tools.check.checks` holds the checks, small functions that yield plain
  :class:`~tools.check.checks.base.Problem` records and know nothing of severity
  or suppression;
* :mod:`tools.check.reporters` turns one list of findings into text, JSON,
  SARIF, GitHub annotations or JUnit XML.
"""
