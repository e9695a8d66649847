"""What ``tools pretranslate`` fills in two new articles, from this repository's translations.

Why: the memory is only worth having if it fills the sentences a news desk
really repeats (a revised story, an agency's formulae) and stays quiet on
unrelated news. The script copies the project into a temporary folder, adds
the two articles of ``benchmarks/data/pretranslate/`` (see the README there),
creates their translations with ``tools update``, runs ``tools pretranslate``
on each and prints the counts; as a control, it empties one existing
translation and shows that nothing unrelated is suggested for it.

The seed article's English comes from ``translations/hammouchi-ahlgren/en.po``
when the repository has it, else from the check tests' translation
(``tests/data/check/article.po``).

Run: ``.venv/bin/python benchmarks/pretranslate_demo.py``
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "pretranslate"
ARTICLES = ("syria-refugees-revised", "dgsn-spain-followup")
CONTROL = "syria-occupying-forces"


def tools(project: Path, *args: str) -> str:
    """What ``tools ARGS`` prints: data on stdout, then the summary lines, which go to stderr.

    Both are shown: ``update`` and ``pretranslate`` say what they did on
    stderr (stdout stays free for data), and the counts are what this demo is for.
    """
    result = subprocess.run(
        [sys.executable, "-m", "tools", *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
    )
    return "\n".join(part for part in (result.stdout.strip(), result.stderr.strip()) if part)


def prepare(project: Path) -> None:
    for name in ("pyproject.toml", "seeds", "glossary", "translations"):
        source = ROOT / name
        copy = shutil.copytree if source.is_dir() else shutil.copy2
        copy(source, project / name)
    seed_translation = project / "translations" / "hammouchi-ahlgren" / "en.po"
    if not seed_translation.exists():
        shutil.copy2(ROOT / "tests" / "data" / "check" / "article.po", seed_translation)
    for article in ARTICLES:
        shutil.copy2(DATA / f"{article}.txt", project / "seeds" / f"{article}.txt")


def empty_translations(path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from tools.units.po import load_po, save_po

    po = load_po(path)
    for entry in po:
        entry.msgstr = ""
        entry.tcomment = ""
    save_po(po, path)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        prepare(project)
        print(f"$ tools update {' '.join(ARTICLES)}")
        print(tools(project, "update", *ARTICLES))
        for article in ARTICLES:
            print(f"$ tools pretranslate {article} --lang en")
            print(tools(project, "pretranslate", article, "--lang", "en"))
        print(f"$ tools pretranslate {ARTICLES[0]} --lang en   # second run")
        print(tools(project, "pretranslate", ARTICLES[0], "--lang", "en"))
        empty_translations(project / "translations" / CONTROL / "en.po")
        print(f"$ tools pretranslate {CONTROL} --lang en --dry-run   # control: emptied")
        print(tools(project, "pretranslate", CONTROL, "--lang", "en", "--dry-run"))


if __name__ == "__main__":
    main()
