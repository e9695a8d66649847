"""How fast a PO file is read: the fast reader, the strict reader, polib.

The reader (:func:`tools.units.po.read_po_text`) lexes, checks and builds the
polib entries in one pass. Until it, a file was read twice: a line scanner
for the errors, then ``polib.pofile`` for the entries. This builds a PO file
of 50,000 entries from the NTREX-128 Arabic sentences (references, extracted
comments, wrapped lines, fuzzy, plural and obsolete entries; written by our
writer) and times, in the same run:

* ``polib.pofile`` alone (the second pass of the old reader);
* the old reader (scanner + polib), taken from the git history (``--old REV``,
  default the last commit before the change) when the repository has it;
* the new reader (the strict one: :func:`tools.units.po.read_po_text`);
* the fast reader of units (:mod:`tools.units.po_fast`), which the commands
  that read translations use, against the strict reader's units
  (:func:`tools.units.readers.read_po_strictly`).

It also checks that old and new readers return the same entries, and that
the fast reader's units are the strict reader's, read without falling back.

Run: ``.venv/bin/python benchmarks/po_read.py`` (``--entries N`` for another size)
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from ntrex import load  # noqa: E402
from tools.units.po import read_po_text, render_po, template_header  # noqa: E402
from tools.units.readers import po_reader, read_po_strictly  # noqa: E402

#: The last commit whose tools/units/po.py is the scanner + polib reader.
OLD_READER = "8196d2d"


def catalog(size: int) -> str:
    """A PO file of ``size`` entries built from the NTREX-128 sentences."""
    rows = load()
    po = polib.POFile(wrapwidth=78)
    po.metadata = {**template_header("bench", "2026-01-01 00:00+0000"), "Language": "en"}
    po.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    for index in range(size):
        document, arabic = rows[index % len(rows)]
        entry = polib.POEntry(msgid=f"{arabic} ({index})", msgstr=f"Sentence {index} of {document}, in English.")
        entry.occurrences = [(f"seeds/{document}.txt", str(index % 400 + 1))]
        entry.comment = f"paragraph {index % 40}"
        if index % 10 == 3:
            entry.flags = ["fuzzy"]
            entry.previous_msgid = arabic
        if index % 50 == 7:
            entry.msgid_plural, entry.msgstr_plural = f"{arabic} (plural {index})", {0: "one", 1: "many"}
        if index % 100 == 9:
            entry.obsolete = True
        po.append(entry)
    return render_po(po)


def old_reader(revision: str) -> Callable[[str, str], polib.POFile] | None:
    """The old ``load_po`` body (scan, then polib) from ``revision``, or None outside a git checkout."""
    try:
        source = subprocess.run(
            ["git", "show", f"{revision}:tools/units/po.py"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as handle:
        handle.write(source)
    spec = importlib.util.spec_from_file_location("old_po", handle.name)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["old_po"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)  # type: ignore[union-attr]

    def read(path: str, text: str) -> polib.POFile:
        module.scan_po(path, text)
        return polib.pofile(text, wrapwidth=78)

    return read


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def fields(po: polib.POFile) -> list[tuple[object, ...]]:
    return [
        (e.msgctxt, e.msgid, e.msgid_plural, e.msgstr, e.msgstr_plural, e.flags, e.occurrences, e.comment, e.obsolete)
        for e in po
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--old", default=OLD_READER, help="git revision of the old reader")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    text = catalog(args.entries)
    print(f"{args.entries} entries, {len(text.encode('utf-8')) / 1e6:.1f} MB, {text.count(chr(10))} lines; best of {args.runs}")
    new = best_of(args.runs, lambda: read_po_text("bench.po", text))
    alone = best_of(args.runs, lambda: polib.pofile(text, wrapwidth=78))
    rows = [("polib.pofile alone", alone), ("new reader (one pass)", new)]
    old = old_reader(args.old)
    if old is not None:
        rows.insert(1, (f"old reader (scanner + polib, {args.old})", best_of(args.runs, lambda: old("bench.po", text))))
        same = fields(old("bench.po", text)) == fields(read_po_text("bench.po", text))
        print(f"old and new readers return the same entries: {same}")
    baseline = rows[1][1] if old is not None else alone
    for name, seconds in rows:
        print(f"{name:44s} {seconds:7.2f} s   {seconds / baseline:5.2f}x")
    data = text.encode("utf-8")
    strict_units = best_of(args.runs, lambda: read_po_strictly(data, "bench.po", "bench.po"))
    fast = po_reader("bench.po", "bench.po", data)
    fast_units = best_of(args.runs, lambda: tuple(fast))
    same = tuple(fast) == read_po_strictly(data, "bench.po", "bench.po").units
    print(f"\nunits (what check, stats and score read); fast and strict units equal: {same},"
          f" fast path fell back: {fast.fell_back}")
    for name, seconds in [("polib.pofile alone", alone), ("strict reader -> units", strict_units),
                          ("fast reader -> units", fast_units)]:
        print(f"{name:44s} {seconds:7.2f} s   {seconds / alone:5.2f}x polib")


if __name__ == "__main__":
    main()
