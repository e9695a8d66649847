"""The NTREX-128 Arabic sentences the translation-memory benchmarks read.

One reader for ``data/ntrex128_ar/ntrex128_ar.tsv`` (see its README), so the
speed and threshold benchmarks measure the very same rows.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data" / "ntrex128_ar" / "ntrex128_ar.tsv"


def load() -> list[tuple[str, str]]:
    """Every sentence as ``(document id, Arabic)``, in file order (header skipped)."""
    rows = []
    for line in DATA.read_text("utf-8").splitlines()[1:]:
        _number, doc_id, arabic = line.split("\t")
        rows.append((doc_id, arabic))
    return rows
