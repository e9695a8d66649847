"""Glossary exchange with other tools: CSV and TBX."""
