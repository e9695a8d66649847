"""Finding glossary terms: in Arabic source text and in English translations."""
