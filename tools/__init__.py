"""tarjuman: terminology QA for Arabic→English translation in gettext PO files."""

__version__ = "0.2.0"
