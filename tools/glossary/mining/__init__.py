"""Mining glossary candidates from aligned Arabic–English units."""
