"""Which word normaliser should decide that two English words are forms of one rendering?

Candidates, each turning a word into a key (two phrases match when their keys
match word for word, British spelling first made American by breame's list):

* ``casefold``: no normalisation (the old matcher, less its plural -s rule);
* ``snowball``: PyStemmer's Snowball (Porter2) English stemmer;
* ``tarjuman``: what the matcher uses (:mod:`tools.glossary.match.forms`): irregular
  plurals, breame's spelling list and the -ise rule, the Snowball key, and the two
  words may differ only by an inflection, -ly or -eer (``forms.related``);
* ``lemminflect``: every lemma LemmInflect gives the word (any part of speech);
  two words match when they share one;
* ``simplemma``: simplemma's English lemma.

Measured on labelled pairs (a rendering and a phrase a translation really uses):
positives are forms a news sub-editor accepts, negatives are where the tolerance
must stop. Then the time to key every distinct English word of TICO-19 and
NTREX-128, cold (no cache). lemminflect and simplemma come with the ``bench``
extra; a missing one is skipped.
"""

from __future__ import annotations

import csv
import re
import time
from collections.abc import Callable
from pathlib import Path

import Stemmer
from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

from tools.glossary.match import forms

DATA = Path(__file__).resolve().parent / "data"
WORD = re.compile(r"[^\W_]+")

# (rendering, phrase in a translation, a sub-editor accepts it)
PAIRS: list[tuple[str, str, bool]] = [
    ("Secretary-General", "Secretaries-General", True),
    ("Director General", "Directors General", True),
    ("Minister of Foreign Affairs", "Ministers of Foreign Affairs", True),
    ("sexual assault", "sexually assaulted", True),
    ("sexual assault", "sexual assaults", True),
    ("liaison officer", "liaison officers", True),
    ("witness", "witnesses", True),
    ("security service", "security services", True),
    ("temperatures", "temperature", True),
    ("economy", "economies", True),
    ("independent schools", "independent school", True),
    ("senator", "senators", True),
    ("Brexit", "Brexiteers", True),
    ("infected", "infection", True),
    ("quarantine", "quarantining", True),
    ("vaccinate", "vaccinated", True),
    ("vaccination", "vaccinations", True),
    ("diagnosis", "diagnoses", True),
    ("analysis", "analyses", True),
    ("crisis", "crises", True),
    ("child", "children", True),
    ("woman", "women", True),
    ("mouse", "mice", True),
    ("run", "ran", True),
    ("seize", "seized", True),
    ("arrest", "arrested", True),
    ("denuclearisation", "denuclearization", True),
    ("organisation", "organizations", True),
    ("defence", "defense", True),
    ("programme", "programs", True),
    ("centre", "centers", True),
    ("labour", "labor", True),
    ("travelled", "traveling", True),
    ("immunity", "immune", True),
    ("symptom", "symptomatic", False),
    ("Vice Admiral", "Vice Admiralty", False),
    ("security services", "securities", False),
    ("security", "securities", False),
    ("general", "generate", False),
    ("organization", "organ", False),
    ("university", "universe", False),
    ("police", "policy", False),
    ("news", "new", False),
    ("communication", "community", False),
    ("operation", "opera", False),
    ("national", "nation", False),
    ("international", "internationalist", False),
    ("arms", "army", False),
    ("port", "porter", False),
    ("relative", "relativity", False),
    ("execution", "executive", False),
    ("president", "presidency", False),
    ("party", "partisan", False),
    ("trial", "trio", False),
    ("mean", "meaning", False),
    ("case", "casing", False),
]


def american(word: str) -> str:
    folded = word.casefold()
    return BRITISH_ENGLISH_SPELLINGS.get(folded, folded)


def normalisers() -> dict[str, Callable[[str], frozenset[str]]]:
    stemmer = Stemmer.Stemmer("english")
    found: dict[str, Callable[[str], frozenset[str]]] = {
        "casefold": lambda w: frozenset({w.casefold()}),
        "snowball": lambda w: frozenset({stemmer.stemWord(american(w))}),
    }
    try:
        import lemminflect

        def lemmas(word: str) -> frozenset[str]:
            folded = american(word)
            found = {lemma for forms in lemminflect.getAllLemmas(folded).values() for lemma in forms}
            return frozenset(found or {folded})

        found["lemminflect"] = lemmas
    except ImportError:
        print("lemminflect not installed (pip install -e '.[bench]'): skipped")
    try:
        import simplemma

        found["simplemma"] = lambda w: frozenset({simplemma.lemmatize(american(w), lang="en")})
    except ImportError:
        print("simplemma not installed (pip install -e '.[bench]'): skipped")
    return found


def same(key: Callable[[str], frozenset[str]] | None, one: str, other: str) -> bool:
    """Word for word, the same key; ``None``: the matcher's own test (key and :func:`forms.related`)."""
    a, b = WORD.findall(one), WORD.findall(other)
    if len(a) != len(b):
        return False
    if key is None:
        return all(
            forms.word_key(x) == forms.word_key(y) and forms.related(forms.normal_form(x), forms.normal_form(y))
            for x, y in zip(a, b)
        )
    return all(key(x) & key(y) for x, y in zip(a, b))


def vocabulary() -> list[str]:
    words: set[str] = set()
    words.update(WORD.findall((DATA / "tico19" / "en.txt").read_text("utf-8")))
    with (DATA / "ntrex128_ar_en" / "ntrex128_ar_en.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            words.update(WORD.findall(row["en"]))
    return sorted(words)


def main() -> None:
    words = vocabulary()
    positives = sum(1 for _, _, ok in PAIRS if ok)
    negatives = len(PAIRS) - positives
    print(f"{len(PAIRS)} labelled pairs ({positives} to accept, {negatives} to refuse); "
          f"{len(words):,} distinct words for the speed column (TICO-19 and NTREX-128 English)")
    print(f"{'normaliser':12} | {'accepted':>9} | {'refused':>8} | {'wrong':>5} | {'words/s':>10}")
    for name, key in [*normalisers().items(), ("tarjuman", None)]:
        accepted = sum(1 for r, t, ok in PAIRS if ok and same(key, r, t))
        refused = sum(1 for r, t, ok in PAIRS if not ok and not same(key, r, t))
        start = time.perf_counter()
        for word in words:
            if key is None:
                forms.word_key.__wrapped__(word)
                forms.normal_form.__wrapped__(word)
            else:
                key(word)
        rate = len(words) / (time.perf_counter() - start)
        print(f"{name:12} | {accepted:4}/{positives:<4} | {refused:3}/{negatives:<4} | "
              f"{positives - accepted + negatives - refused:5} | {rate:10,.0f}")
        wrong = [f"{r} ~ {t}" for r, t, ok in PAIRS if same(key, r, t) != ok]
        print(f"{'':12}   wrong: {'; '.join(wrong) or 'none'}")


if __name__ == "__main__":
    main()
