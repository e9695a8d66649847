"""Malformed PO files against our reader, GNU msgfmt and every command that reads PO files.

Two parts, both seeded so every run tries the same cases:

1. **Verdicts and meaning.** Mutants of a real translation (a character deleted, inserted
   or replaced by one of the characters PO syntax turns on; a line deleted,
   doubled or swapped; line ends changed) are read by our reader and by
   ``msgfmt -c``. Each must get the same verdict, or one of the documented
   departures (``tests/po_corpus.py``: NUL, non-UTF-8 bytes, a BOM, CR-only
   line ends, no header). Where both accept, our MO file must be byte for
   byte msgfmt's (``--no-hash``), so both read the same text. The rest is
   listed.
2. **Commands.** Every case of ``tests/po_corpus.py`` is put in place of a
   translation (or of the glossary) and each command that reads it is run.
   A case holds when the command either works (exit 0 or 1) or stops with
   exit 2 and one line naming the file, no traceback, and no file changed.

Run: ``.venv/bin/python benchmarks/po_fuzz.py`` (``--mutants N``; needs msgfmt)
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from click.testing import CliRunner  # noqa: E402

from po_corpus import CASES  # noqa: E402
from tools.cli import cli  # noqa: E402
from tools.errors import InputError  # noqa: E402
from tools.units.mo import messages, mo_bytes  # noqa: E402
from tools.units.po import read_po_text  # noqa: E402

ARTICLE = "hammouchi-ahlgren"
SOURCE = ROOT / "translations" / ARTICLE / "en.po"
#: Characters PO syntax turns on, and a few it must treat as text.
SPECIAL = ['"', "\\", "#", "\n", "\r", "~", "|", "[", "]", "0", "9", " ", "\t", "m", ":", ",", ".",
           "\x00", "\x04", "\u2028", "\x85", "\ufeff", "x", "a"]


def mutate(text: str, rng: random.Random) -> str:
    """``text`` with one random edit of the kinds listed in the module docstring."""
    lines = text.split("\n")
    kind = rng.randrange(8)
    at = rng.randrange(len(text))
    line = rng.randrange(len(lines))
    if kind == 0:
        return text[:at] + text[at + 1 :]
    if kind in (1, 2):
        return text[:at] + rng.choice(SPECIAL) + text[at:]
    if kind == 3:
        return text[:at] + rng.choice(SPECIAL) + text[at + 1 :]
    if kind == 4:
        return "\n".join(lines[:line] + lines[line + 1 :])
    if kind == 5:
        return "\n".join(lines[: line + 1] + lines[line:])
    if kind == 6:
        other = rng.randrange(len(lines))
        lines[line], lines[other] = lines[other], lines[line]
        return "\n".join(lines)
    return text.replace("\n", rng.choice(["\r\n", "\r", "\n\n"]), rng.randrange(1, 40))


def ours(text: str) -> str | None:
    """None when our reader accepts ``text``, else its message."""
    try:
        read_po_text("mutant.po", text)
    except InputError as error:
        return error.message
    return None


def same_catalog(msgfmt: str, path: Path, text: str) -> bool:
    """Whether our MO bytes for ``text`` are msgfmt's (``--no-hash``): same verdict, same meaning."""
    out = path.with_suffix(".mo")
    subprocess.run([msgfmt, "--no-hash", "-o", str(out), str(path)], capture_output=True, check=False)
    return out.exists() and out.read_bytes() == mo_bytes(messages(read_po_text("mutant.po", text)))


def departure(text: str, message: str | None) -> bool:
    """A documented case where we refuse what msgfmt -c accepts."""
    if message is None:
        return False
    return ("NUL" in message or "not UTF-8" in message or "carriage returns only" in message
            or "charset" in message)


def verdicts(count: int, seed: int) -> None:
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        print("msgfmt is not installed: verdicts skipped")
        return
    rng = random.Random(seed)
    base = SOURCE.read_text("utf-8")
    tally: Counter[str] = Counter()
    odd: list[tuple[str, str | None, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mutant.po"
        for _ in range(count):
            text = mutate(base, rng)
            path.write_bytes(text.encode("utf-8", "surrogatepass"))
            theirs = subprocess.run([msgfmt, "-c", "-o", os.devnull, str(path)], capture_output=True, check=False)
            message = ours(text)
            they_accept = theirs.returncode == 0
            if message is None and they_accept:
                same = same_catalog(msgfmt, path, text)
                tally["both accept, same MO bytes" if same else "both accept, MO bytes DIFFER"] += 1
                if not same:
                    odd.append((text, "MO differs", ""))
            elif message is not None and not they_accept:
                tally["both refuse"] += 1
            elif they_accept and departure(text, message):
                tally["we refuse, documented (NUL, bytes, charset, CR)"] += 1
            elif not they_accept and text.startswith("\ufeff"):
                tally["we accept a BOM, documented"] += 1
            elif not they_accept and b"header missing or invalid" in theirs.stderr:
                tally["we accept a file without a header, documented"] += 1
            else:
                tally["different, unexplained"] += 1
                odd.append((text, message, theirs.stderr.decode("utf-8", "replace").strip()[:300]))
    print(f"\nVerdicts on {count} mutants of {SOURCE.relative_to(ROOT)} (seed {seed}):")
    for name, number in tally.most_common():
        print(f"  {name:52s} {number:5d}")
    for text, message, theirs in odd[:10]:
        print(f"  unexplained: ours={message!r} msgfmt={theirs!r}")
        if os.environ.get("PO_FUZZ_KEEP"):
            Path(os.environ["PO_FUZZ_KEEP"], f"odd{len(text)}.po").write_text(text, "utf-8", errors="surrogatepass")


#: Commands that read translations (the case replaces en.po) and the glossary (it replaces ar-en.po).
TRANSLATION_COMMANDS = [["update"], ["build", ARTICLE, "-o", "out.txt"], ["compile"], ["stats"],
                        ["check-glossary"], ["report", ARTICLE, "-o", "page.html"], ["pretranslate", ARTICLE]]
GLOSSARY_COMMANDS = [["check-glossary"], ["glossary", "lint"], ["glossary", "find", "هومبريس"],
                     ["glossary", "export", "--format", "csv"]]
PYPROJECT = '[tool.tarjuman]\nseeds = "seeds"\ntranslations = "translations"\nglossary = ["glossary"]\n'


def project(folder: Path) -> None:
    (folder / "pyproject.toml").write_text(PYPROJECT, "utf-8")
    shutil.copytree(ROOT / "seeds", folder / "seeds", ignore=lambda d, names: [n for n in names if n != f"{ARTICLE}.txt" and d.endswith("seeds")])
    shutil.copytree(ROOT / "translations" / ARTICLE, folder / "translations" / ARTICLE)
    (folder / "glossary").mkdir()
    shutil.copy(ROOT / "glossary" / "ar-en.po", folder / "glossary" / "ar-en.po")


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def held(folder: Path, target: str, args: list[str]) -> tuple[bool, str]:
    before = files(folder)
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        result = CliRunner().invoke(cli, args, catch_exceptions=True)
    finally:
        os.chdir(cwd)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return False, f"traceback: {result.exception!r}"
    if result.exit_code in (0, 1):
        return True, "ran"
    lines = result.stderr.splitlines()
    if result.exit_code != 2 or len(lines) != 1 or "Traceback" in result.output:
        return False, f"exit {result.exit_code}: {result.stderr[:200]!r}"
    if files(folder) != before:
        return False, "refused but changed a file"
    return True, "refused, one line" + ("" if target in lines[0] else " (names another file)")


def commands() -> None:
    tally: Counter[str] = Counter()
    broken: list[str] = []
    tried = 0
    for name, data, _verdict in CASES:
        for target, command_list in ((f"translations/{ARTICLE}/en.po", TRANSLATION_COMMANDS),
                                     ("glossary/ar-en.po", GLOSSARY_COMMANDS)):
            for args in command_list:
                with tempfile.TemporaryDirectory() as directory:
                    folder = Path(directory)
                    project(folder)
                    (folder / target).write_bytes(data)
                    ok, how = held(folder, target, args)
                tried += 1
                tally[how if ok else "NOT HELD"] += 1
                if not ok:
                    broken.append(f"{name} / {' '.join(args)}: {how}")
    print(f"\nCommands on the {len(CASES)} corpus cases ({tried} runs):")
    for how, number in tally.most_common():
        print(f"  {how:52s} {number:5d}")
    for line in broken[:20]:
        print(f"  {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mutants", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")
    verdicts(args.mutants, args.seed)
    commands()


if __name__ == "__main__":
    main()
