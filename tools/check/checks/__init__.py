"""The checks of ``tools check-glossary``; they are declared in :mod:`tools.check.registry`."""
