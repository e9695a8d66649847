"""Hostile and unlucky input against every command: cases tried, cases held, work lost.

    .venv/bin/python benchmarks/robustness.py            # the table in benchmarks/README.md
    .venv/bin/python benchmarks/robustness.py --trials 20

A case *holds* when the command ends with exit status 0, 1 or 2, never a
traceback; an exit 2 says what is wrong in exactly one ``tools: error:``
line; no line of its output starts with ``::`` (a forged GitHub workflow
command); and no work is lost: a translation the command did not write is
byte for byte as it was, and one it wrote still loads and passes
``msgfmt -c``. The classes:

* **malformed PO × every command**: each file of the PO corpus
  (``tests/po_corpus.py``, with GNU msgfmt's verdict on each) as en.po, run
  through every command that reads a translation;
* **special files**: a FIFO, /dev/zero, /dev/null, a directory, a
  symbolic-link loop and a link to /etc/passwd as en.po, each command run as
  a real process with a time limit (a hang counts as not held; /etc/passwd's
  first line must not be printed);
* **disk full** and **read-only folder**: every writing command on a small
  tmpfs that is full or mounted read-only (needs the right to mount; the
  class is reported as skipped otherwise);
* **editor save during update**: a 60-article project whose seeds all
  changed; while ``tools update`` runs, another process saves one en.po the
  way editors do (new file renamed over the old) at a random moment; held
  when the save is in the file afterwards or update refused in one line;
* **output injection**: payloads with every kind of line break and
  ``::error`` in a glossary rendering, a translation and a folder name, in
  every output format of check-glossary, glossary find/lint and stats.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from click.testing import CliRunner  # noqa: E402

from po_corpus import CASES  # noqa: E402
from tools.cli import cli  # noqa: E402
from tools.units.po import load_po  # noqa: E402

TOOLS = Path(sys.executable).with_name("tools")
SEED = "استقبل المدير العام السفير البريطاني بالرباط.\nوأشار البلاغ إلى أهمية التعاون الأمني بين البلدين.\n"
GLOSSARY = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\nmsgid "السفير"\nmsgstr "ambassador"\n'
EN = "translations/article/en.po"
READERS = [
    ["stats"], ["check-glossary"], ["update"], ["build", "article"], ["compile"],
    ["pretranslate", "article"], ["report", "article", "-o", "review.html"],
]
WRITERS = [
    ["update"], ["segment", "seeds/article.txt"], ["compile"], ["build", "article", "--allow-untranslated", "-o", "out/a.txt"],
    ["report", "article", "-o", "out/r.html"], ["glossary", "export", "--format", "tbx", "-o", "out/g.tbx"],
    ["glossary", "suggest", "-o", "out/c.po"], ["check-glossary", "-o", "out/r.txt"], ["pretranslate", "article"],
]
TRICKS = ["\n::error file=README.md,line=1::forged", "\r::warning::x", "\u2028::notice::x", "\x85::error::x",
          "\x0b::error::x", "\x1c::error::x", "%0A::error::x", "\x1b[2J::x"]


@dataclass
class Tally:
    tried: int = 0
    held: int = 0
    lost: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, held: bool, lost: bool = False, note: str = "") -> None:
        self.tried += 1
        self.held += held
        self.lost += lost
        if not held and note and len(self.notes) < 5:  # the first cases that did not hold
            self.notes.append(note)


def make_project(root: Path, seed: str = SEED) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text("[tool.tarjuman]\n", encoding="utf-8")
    (root / "seeds").mkdir(exist_ok=True)
    (root / "seeds" / "article.txt").write_text(seed, encoding="utf-8")
    (root / "glossary").mkdir(exist_ok=True)
    (root / "glossary" / "ar-en.po").write_text(GLOSSARY, encoding="utf-8")
    assert run_in(root, ["update"])[0] == 0
    return root


def run_in(root: Path, args: list[str]) -> tuple[int, str, str]:
    """``tools ARGS`` in-process, from ``root``."""
    cwd = os.getcwd()
    os.chdir(root)
    try:
        result = CliRunner().invoke(cli, args, catch_exceptions=True)
    finally:
        os.chdir(cwd)
    trace = "" if result.exception is None or isinstance(result.exception, SystemExit) else "Traceback"
    return result.exit_code, result.stdout, result.stderr + trace


def run_process(root: Path, args: list[str], timeout: float = 30) -> tuple[int, str, str]:
    try:
        done = subprocess.run([str(TOOLS), *args], cwd=root, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return -1, "", "hung"
    return done.returncode, done.stdout, done.stderr


def well_behaved(code: int, stdout: str, stderr: str, github: bool = False) -> str:
    """Why the run did not hold, or ``""``."""
    if code not in (0, 1, 2):
        return f"exit {code}"
    if "Traceback" in stderr:
        return "traceback"
    errors = [line for line in stderr.splitlines() if line.startswith("tools: error:")]
    if code == 2 and len(errors) != 1:
        return f"{len(errors)} error lines"
    for line in stderr.splitlines() + ([] if github else stdout.splitlines()):
        if line.lstrip().startswith("::"):
            return "line starting with ::"
    return ""


def msgfmt_ok(path: Path) -> bool:
    if shutil.which("msgfmt") is None:
        return True
    return subprocess.run(["msgfmt", "-c", "-o", os.devnull, str(path)], capture_output=True).returncode == 0


def file_kept(path: Path, before: bytes | None) -> bool:
    """Nothing lost: untouched, or rewritten into a file that loads and passes msgfmt -c."""
    if not path.is_file() or path.is_symlink():
        return True
    after = path.read_bytes()
    if after == before:
        return True
    try:
        load_po(path)
    except Exception:  # noqa: BLE001 - any failure to read it back is a loss
        return False
    return msgfmt_ok(path)


# --------------------------------------------------------------------------- the classes


def malformed_po(base: Path) -> Tally:
    tally = Tally()
    template = make_project(base / "template")
    for index, (name, data, _verdict) in enumerate(CASES):
        for args in READERS:
            root = base / f"po{index}-{args[0]}"
            shutil.copytree(template, root)
            (root / EN).write_bytes(data)
            code, out, err = run_in(root, args)
            why = well_behaved(code, out, err)
            kept = file_kept(root / EN, data)
            tally.add(not why and kept, lost=not kept, note=f"{name} × {args[0]}: {why or 'file lost'}")
            shutil.rmtree(root)
    return tally


SPECIAL = ["fifo", "dev-zero", "dev-null", "directory", "symlink-loop", "etc-passwd"]


def special_files(base: Path) -> Tally:
    tally = Tally()
    template = make_project(base / "template")
    secret = Path("/etc/passwd").read_text(errors="replace").splitlines()[0] if Path("/etc/passwd").is_file() else None
    for kind in SPECIAL:
        for args in READERS:
            root = base / f"{kind}-{args[0]}"
            shutil.copytree(template, root)
            en = root / EN
            en.unlink()
            {"fifo": lambda: os.mkfifo(en), "dev-zero": lambda: en.symlink_to("/dev/zero"),
             "dev-null": lambda: en.symlink_to("/dev/null"), "directory": lambda: en.mkdir(),
             "symlink-loop": lambda: en.symlink_to(en), "etc-passwd": lambda: en.symlink_to("/etc/passwd")}[kind]()
            code, out, err = run_process(root, args)
            why = well_behaved(code, out, err) or ("hung" if code == -1 else "")
            if secret and secret in out + err:
                why = "printed /etc/passwd"
            tally.add(not why, note=f"{kind} × {args[0]}: {why}")
            shutil.rmtree(root)
    return tally


@contextmanager
def tmpfs(folder: Path, size: str = "1m") -> Iterator[bool]:
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True).returncode == 0
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def files_of(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not p.name.startswith("filler")}


def fill(folder: Path) -> None:
    for name, size in (("filler", 4096), ("filler2", 1)):
        with open(folder / name, "wb", buffering=0) as handle:
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError:
                pass


def disk(base: Path, mode: str) -> Tally | None:
    tally = Tally()
    template = make_project(base / "template")
    memory = (template / EN).read_text(encoding="utf-8").replace('msgstr ""\n\n', 'msgstr "Welcome."\n\n', 1)
    (template / "translations" / "other").mkdir()
    (template / "translations" / "other" / "en.po").write_text(memory, encoding="utf-8")
    (template / "seeds" / "article.txt").write_text(SEED + "وقال المدير إن التعاون مستمر.\n", encoding="utf-8")
    for index, args in enumerate(WRITERS):
        with tmpfs(base / f"disk{index}") as mounted:
            if not mounted:
                return None
            root = base / f"disk{index}" / "project"
            shutil.copytree(template, root)
            before = files_of(root)
            if mode == "full":
                fill(root)
            else:
                subprocess.run(["mount", "-o", "remount,ro", str(root.parent)], check=True)
            code, out, err = run_in(root, args)
            why = well_behaved(code, out, err) or ("" if code == 2 else f"exit {code}")
            lost = files_of(root) != before
            tally.add(not why and not lost, lost=lost, note=f"{args[0]}: {why or 'files changed'}")
    return tally


def editor_race(base: Path, trials: int) -> Tally:
    tally = Tally()
    rng = random.Random(13)
    sentences = [f"استقبل المدير العام السفير رقم {i} بالرباط." for i in range(8)]
    template = base / "race-template"
    make_project(template)
    for article in range(60):
        (template / "seeds" / f"a{article:02d}.txt").write_text("\n".join(sentences) + "\n", encoding="utf-8")
    assert run_process(template, ["update"])[0] == 0
    started = time.perf_counter()
    run_process(template, ["update"])
    duration = max(0.5, time.perf_counter() - started)
    outcomes = {"refused": 0, "merged": 0}
    for trial in range(trials):
        root = base / f"race{trial}"
        shutil.copytree(template, root)
        for seed in (root / "seeds").glob("a*.txt"):
            seed.write_text(seed.read_text(encoding="utf-8").replace("بالرباط", "بفاس"), encoding="utf-8")
        target = root / "translations" / "a30" / "en.po"
        marker = f"Saved by the editor in trial {trial}."
        update = subprocess.Popen([str(TOOLS), "update"], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(rng.uniform(0, duration * 1.2))
        text = target.read_text(encoding="utf-8")
        saved = re.sub(r'msgstr ""\n', f'msgstr "{marker}"\n', text, count=1)
        tmp = target.with_name(".editor.tmp")
        tmp.write_text(saved, encoding="utf-8")
        os.replace(tmp, target)
        out, err = update.communicate(timeout=120)
        why = well_behaved(update.returncode, out, err)
        lost = marker not in target.read_text(encoding="utf-8")
        tally.add(not why and not lost, lost=lost, note=f"trial {trial}: {why or 'save lost'}")
        outcomes["refused" if update.returncode == 2 else "merged"] += 1
        shutil.rmtree(root)
    tally.notes.insert(0, f"update refused, the save kept: {outcomes['refused']}; save before the read or after "
                          f"the write: {outcomes['merged']}")
    return tally


INJECTION_COMMANDS = [
    ["check-glossary", "--format", fmt] for fmt in ("text", "json", "sarif", "junit", "github")
] + [["glossary", "find", "استقبل المدير العام السفير البريطاني بالرباط."], ["glossary", "lint"], ["stats"]]


def injection(base: Path) -> Tally:
    from lxml import etree

    tally = Tally()
    for index, trick in enumerate(TRICKS):
        for where in ("rendering", "translation", "folder"):
            root = base / f"inject{index}-{where}"
            make_project(root)
            if where == "rendering":
                text = (root / "glossary" / "ar-en.po").read_text(encoding="utf-8")
                escaped = trick.replace("\n", "\\n").replace("\r", "\\r")
                (root / "glossary" / "ar-en.po").write_text(text.replace('"ambassador"', f'"ambassador{escaped}"'), encoding="utf-8")
            elif where == "translation":
                text = (root / EN).read_text(encoding="utf-8")
                escaped = trick.replace("\n", "\\n").replace("\r", "\\r")
                (root / EN).write_text(text.replace('msgstr ""\n\n', f'msgstr "x{escaped}"\n\n', 1), encoding="utf-8")
            else:
                name = trick.replace("/", "_")
                try:
                    (root / "translations" / "article").rename(root / "translations" / f"x{name}")
                except OSError:
                    continue
            for args in INJECTION_COMMANDS:
                code, out, err = run_in(root, args)
                github = args[-1] == "github"
                why = well_behaved(code, out, err, github=github)
                if github:
                    for line in out.split("\n"):
                        if line.startswith("::") and not re.fullmatch(
                            r"::(error|warning|notice) file=[^\r\n:,]*,line=\d+,title=[a-z-]+::[^\r\n]*", line
                        ):
                            why = f"forged command {line[:40]!r}"
                if args[-1] == "junit" and out:
                    try:
                        etree.fromstring(out.encode("utf-8"))
                    except etree.XMLSyntaxError as error:
                        why = f"JUnit does not parse: {error}"
                tally.add(not why, note=f"{trick!r} in {where} × {' '.join(args[:3])}: {why}")
            shutil.rmtree(root)
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=10, help="editor-save races (default: 10)")
    options = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")
    classes: list[tuple[str, Callable[[Path], Tally | None]]] = [
        (f"malformed PO ({len(CASES)} files) × {len(READERS)} commands", malformed_po),
        (f"special files ({len(SPECIAL)} kinds) × {len(READERS)} commands", special_files),
        (f"disk full × {len(WRITERS)} writing commands", lambda base: disk(base, "full")),
        (f"read-only folder × {len(WRITERS)} writing commands", lambda base: disk(base, "ro")),
        ("editor save during update (60 articles)", lambda base: editor_race(base, options.trials)),
        (f"output injection ({len(TRICKS)} payloads × 3 places × {len(INJECTION_COMMANDS)} outputs)", injection),
    ]
    print("| class | tried | held | work lost | not held (first cases) |")
    print("| --- | ---: | ---: | ---: | --- |")
    for title, run_class in classes:
        with tempfile.TemporaryDirectory() as folder:
            tally = run_class(Path(folder))
        if tally is None:
            print(f"| {title} | skipped (cannot mount a tmpfs here) | | | |")
            continue
        notes = "; ".join(tally.notes) or ""
        print(f"| {title} | {tally.tried} | {tally.held} | {tally.lost} | {notes} |", flush=True)


if __name__ == "__main__":
    main()
