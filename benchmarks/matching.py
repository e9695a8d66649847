"""Benchmark: finding glossary terms in every entry of a large catalogue.

Why: ``tools check-glossary`` and ``tools glossary find`` run the Arabic
matcher over every msgid of every catalogue. Its cost must stay below the
cost of merely parsing the catalogue with polib, and must not grow with the
glossary: a glossary of 50,000 terms may not be slower than one of 100.

One run measures, in the same process:

* ``polib``: parsing a generated 100,000-entry translated catalogue (Arabic
  msgid, English msgstr, a reference) with ``polib.pofile``;
* ``matcher``: :class:`tools.glossary.match.arabic.SourceMatcher` finding every term
  in every msgid (building the matcher is timed apart, as ``build``);
* ``naive``: the obvious alternative, one regular expression per term
  (whole words) over each normalized msgid. It is run on a sample of entries
  sized so that at most ``--naive-budget`` (entry, term) searches are made,
  and extrapolated to all entries; the table says how many it ran.

Data (benchmarks/data/terms/, see its README): Arabic sentences from
NTREX-128 news and TICO-19, perturbed the way real text varies (diacritics,
tatweel, hamza forms, detached و, Persian letters, Arabic-Indic digits,
no-break spaces, bidi marks); glossaries from the real term lists (TICO-19
terms, UN country names, iso-codes names), extended to 50,000 terms with
title and institution patterns over the real place names ("سفارة فرنسا في
مصر") and with two- and three-word phrases of the sentences themselves
(terms that do occur, the worst case for a matcher). Everything generated
goes to a temporary directory and is deleted.

Run: ``.venv/bin/python benchmarks/matching.py`` (``--help`` for options).
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import polib  # noqa: E402

from tools.text import arabic  # noqa: E402
from tools.glossary import SourceMatcher, load_glossary  # noqa: E402

DATA = Path(__file__).parent / "data" / "terms"
SIZES = (100, 1_000, 10_000, 50_000)

#: Patterns of titles and institutions over one place name: (Arabic, English, category).
ONE_PLACE = (
    ("سفارة {a}", "Embassy of {e}", "institution"),
    ("سفير {a}", "Ambassador of {e}", "title"),
    ("حكومة {a}", "Government of {e}", "institution"),
    ("رئيس {a}", "President of {e}", "title"),
    ("رئيس وزراء {a}", "Prime Minister of {e}", "title"),
    ("وزير خارجية {a}", "Foreign Minister of {e}", "title"),
    ("وزير دفاع {a}", "Defence Minister of {e}", "title"),
    ("وزير داخلية {a}", "Interior Minister of {e}", "title"),
    ("وزارة خارجية {a}", "Ministry of Foreign Affairs of {e}", "institution"),
    ("برلمان {a}", "Parliament of {e}", "institution"),
    ("جيش {a}", "Army of {e}", "institution"),
    ("شرطة {a}", "{e} police", "institution"),
    ("منتخب {a}", "{e} national team", "institution"),
    ("بنك {a} المركزي", "Central Bank of {e}", "institution"),
    ("وكالة أنباء {a}", "{e} news agency", "institution"),
    ("عاصمة {a}", "capital of {e}", "place"),
)
#: Phrases of the sentences taken as terms: the most frequent two- and
#: three-word phrases that start with the article (المدير العام, الأمن الوطني).
#: A terminologist would list the recurring ones, not every word pair.
PHRASES = 5_000
#: Patterns over two place names.
TWO_PLACES = (
    ("سفارة {a} في {b}", "Embassy of {e} in {f}", "institution"),
    ("سفير {a} لدى {b}", "Ambassador of {e} to {f}", "title"),
    ("العلاقات بين {a} و{b}", "relations between {e} and {f}", "concept"),
)


# --- data ---------------------------------------------------------------------


def read_tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text("utf-8").splitlines()
    return [line.split("\t") for line in lines[1:]]


def sentence_pairs() -> list[tuple[str, str]]:
    """(Arabic, English) sentence pairs."""
    return [(row[2], row[3]) for row in read_tsv("sentences_ar_en.tsv")]


def real_terms() -> list[tuple[str, str, str]]:
    """(Arabic, English, category) from the real term lists."""
    terms = [(ar, en, "concept") for ar, en in read_tsv("tico19_terms_ar_en.tsv")]
    terms += [(ar, en, "place") for ar, en, _kind in read_tsv("unterm_country_names_ar_en.tsv")]
    terms += [(ar, en, "place") for ar, en, _level in read_tsv("m49_regions_ar_en.tsv")]
    terms += [(ar, en, "name") for ar, en, _standard in read_tsv("iso_codes_ar_en.tsv")]
    return terms


def places() -> list[tuple[str, str]]:
    """Short place names (no commas or brackets), Arabic and English."""
    rows = read_tsv("unterm_country_names_ar_en.tsv")
    names = {(ar, en) for ar, en, kind in rows if kind == "unterm_short"}
    names |= {(ar, en) for ar, en, _std in read_tsv("iso_codes_ar_en.tsv") if _std == "iso_3166-1"}
    return sorted((ar, en.removesuffix(" (the)")) for ar, en in names if not re.search(r"[،,()]", ar))


#: Words that do not begin a term: prepositions, conjunctions, pronouns, verbs of saying.
FUNCTION_WORDS = frozenset(
    "في من على إلى الى عن مع أن إن ان التي الذي الذين هذا هذه ذلك تلك قد كان كانت بعد قبل "
    "حول بين عند منذ خلال ضد لدى حتى أو او ثم لكن قال قالت وقال وقالت أكثر أيضا كل بعض غير".split()
)


#: A head word that carries a proclitic before its article (والاتحاد, بالمملكة).
PROCLITIC = re.compile(r"^(?:[وف][بكل]?ال|[بك]ال|لل)")


def phrases(texts: list[str]) -> list[tuple[str, str, str]]:
    """Term-shaped phrases of the sentences, most frequent first.

    Two shapes: definite noun + adjectives (الأمن الوطني, الولايات المتحدة) and
    the construct state (وزارة الصحة, منظمة الصحة العالمية): a content word
    followed by one or two definite words.
    """
    counts: Counter[str] = Counter()
    for text in texts:
        words = re.findall(r"[^\W\d_]+", text)
        for n in (2, 3):
            for i in range(len(words) - n + 1):
                head, rest = words[i], words[i + 1 : i + n]
                if len(head) > 3 and head not in FUNCTION_WORDS and not PROCLITIC.match(head) and all(
                    w.startswith("ال") and len(w) > 3 and w not in FUNCTION_WORDS for w in rest
                ):
                    counts[" ".join(words[i : i + n])] += 1
    return [(p, f"phrase {i}", "concept") for i, (p, _n) in enumerate(counts.most_common())]


def term_pool(texts: list[str], rnd: random.Random) -> tuple[list, list]:
    """Real terms, and generated ones in a random but fixed order."""
    named = places()
    generated = [(a.format(a=ar), e.format(e=en), c) for a, e, c in ONE_PLACE for ar, en in named]
    pairs = [(x, y) for x in named for y in named if x != y]
    rnd.shuffle(pairs)
    generated += [
        (a.format(a=x[0], b=y[0]), e.format(e=x[1], f=y[1]), c)
        for (x, y), (a, e, c) in zip(pairs[:40_000], TWO_PLACES * 20_000)
    ]
    generated += phrases(texts)[:PHRASES]
    rnd.shuffle(generated)
    return real_terms(), generated


def choose_terms(size: int, real: list, generated: list, rnd: random.Random) -> list:
    """``size`` distinct terms (by normalized Arabic): real ones first, then generated."""
    chosen: dict[str, tuple[str, str, str]] = {}
    for ar, en, cat in rnd.sample(real, len(real)) + generated:
        if len(chosen) == size:
            break
        key = arabic.normalize(ar)
        if key and en and key not in chosen:
            chosen[key] = (ar, en, cat)
    if len(chosen) < size:
        raise SystemExit(f"only {len(chosen)} distinct terms available, {size} asked")
    return list(chosen.values())


def control_glossary(small: list, size: int, generated: list, texts: list[str]) -> tuple[str, list]:
    """``small`` plus generated terms found in none of ``texts``, ``size`` terms in all."""
    extra: dict[str, tuple[str, str, str]] = {}
    known = {arabic.normalize(ar) for ar, _en, _cat in small}
    for ar, en, cat in generated:
        key = arabic.normalize(ar)
        if key not in known and key not in extra:
            extra[key] = (ar, en, cat)
    # A term can hide a shorter one inside it (longest match wins), so drop
    # what is found and look again until nothing is.
    while True:
        matcher = SourceMatcher(load_terms(list(extra.values())))
        found = {m.term.key for text in texts for m in matcher.find(text)}
        if not found:
            break
        extra = {k: v for k, v in extra.items() if k not in found}
    absent = list(extra.values())[: size - len(small)]
    return f"{len(small):,} + {len(absent):,} absent", small + absent


def load_terms(terms: list[tuple[str, str, str]]):
    """Terms as the matcher takes them, without a file."""
    from tools.glossary.load import build_terms
    from tools.glossary.model import GlossaryEntry

    return build_terms(
        GlossaryEntry(ar, en, cat, (), "", "<generated>", 0, arabic.normalize(ar)) for ar, en, cat in terms
    )


# --- perturbations: how the same sentence arrives in real catalogues ------------

_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _tanwin(s: str, rnd: random.Random) -> str:
    return re.sub(r"(\w{3,}ا)(?=\s)", lambda m: m.group(1) + "ً" if rnd.random() < 0.5 else m.group(1), s)


def _tatweel(s: str, rnd: random.Random) -> str:
    words = s.split(" ")
    i = rnd.randrange(len(words))
    w = words[i]
    if len(w) > 4 and re.fullmatch(r"[\u0621-\u064a]+", w):
        words[i] = w[:2] + "ـ" + w[2:]
    return " ".join(words)


PERTURBATIONS = (
    _tanwin,
    _tatweel,
    lambda s, rnd: re.sub(r"(?<=\s)ا(?=ست|نت|لت)", "إ", s),  # hamza on initial alef (إستقبال)
    lambda s, rnd: re.sub(r"(?<=\s)أ", "ا", s),  # hamza dropped
    lambda s, rnd: re.sub(r"(?<=\s)و(?=\w{3})", "و ", s, count=2),  # detached و
    lambda s, rnd: re.sub(r"ي(?=\s)", "ی", s),  # Persian yeh at word end
    lambda s, rnd: s.replace("ك", "ک", 2),  # Persian keheh
    lambda s, rnd: s.translate(_DIGITS),  # Arabic-Indic digits
    lambda s, rnd: s.replace(" ", "\u00a0", 2),  # no-break spaces
    lambda s, rnd: "\u200f" + s,  # right-to-left mark copied from a web page
)
#: Share of texts with presentation forms or the lam-alef ligature (old PDFs and
#: fonts); none of the 974 real sentences has one, so this is generous.
PRESENTATION_FORMS = 0.01


def _presentation_forms(s: str) -> str:
    return s.replace("الله", "ﷲ") if "الله" in s else s.replace("لا", "ﻻ", 1)


def perturb(text: str, rnd: random.Random) -> str:
    for change in rnd.sample(PERTURBATIONS, rnd.choice((0, 1, 1, 2, 3))):
        text = change(text, rnd)
    if rnd.random() < PRESENTATION_FORMS:
        text = _presentation_forms(text)
    return text


def catalogue_pairs(count: int, base: list[tuple[str, str]], rnd: random.Random) -> list[tuple[str, str]]:
    """``count`` (msgid, msgstr) pairs with distinct msgids: perturbed sentences.

    A msgid seen already gets one word replaced by a word of another sentence,
    until it is new: a catalogue has no two identical msgids, and real
    sentences of one domain differ by a few words.
    """
    vocabulary = sorted({w for ar, _en in base for w in ar.split(" ")})
    seen: set[str] = set()
    pairs = []
    while len(pairs) < count:
        arabic_text, english = rnd.choice(base)
        text = perturb(arabic_text, rnd)
        while text in seen:
            words = text.split(" ")
            words[rnd.randrange(len(words))] = rnd.choice(vocabulary)
            text = " ".join(words)
        seen.add(text)
        pairs.append((text, english))
    return pairs


def write_catalogue(path: Path, pairs: list[tuple[str, str]]) -> None:
    """A translated catalogue as translators hand them in: reference, msgid, msgstr."""
    po = polib.POFile(wrapwidth=78)
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en"}
    for index, (source, english) in enumerate(pairs):
        where = [(f"seeds/article-{index // 40}.txt", str(index % 40 + 1))]
        po.append(polib.POEntry(msgid=source, msgstr=english, occurrences=where))
    po.save(str(path))


def write_glossary(path: Path, terms: list[tuple[str, str, str]]) -> None:
    po = polib.POFile(wrapwidth=78)
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en"}
    for ar, en, category in terms:
        po.append(polib.POEntry(msgctxt=category, msgid=ar, msgstr=en))
    po.save(str(path))


# --- measurements ---------------------------------------------------------------


def timed(function, repeat: int = 1):
    """Best CPU time of ``repeat`` runs, the result, and the first run's time.

    CPU time of this process (``time.process_time``), not wall time: on a
    shared machine other processes stretch wall time unevenly between the
    runs being compared. The best run is the least disturbed (as ``timeit``).
    """
    times, result = [], None
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        result = function()
        times.append(time.process_time() - start)
    return min(times), result, times[0]


def naive_matches(texts: list[str], keys: list[str]) -> tuple[int, int]:
    """One whole-word regular expression per term over each normalized text."""
    patterns = [re.compile(rf"(?<![^\W_]){re.escape(k)}(?![^\W_])") for k in keys]
    found = 0
    for text in texts:
        norm = arabic.normalize(text)
        found += sum(1 for p in patterns if p.search(norm))
    return found, len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=100_000, help="catalogue entries (default 100000)")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="glossary sizes, comma-separated")
    parser.add_argument("--naive-budget", type=int, default=2_000_000, help="(entry, term) searches for the naive baseline")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing; the best counts (default 3)")
    parser.add_argument("--no-control", action="store_true", help="skip the glossary of absent terms")
    parser.add_argument("--no-forms", action="store_true",
                        help="find terms only as written (no feminine, plural, suffix... forms)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rnd = random.Random(args.seed)

    pairs = sentence_pairs()
    base = [ar for ar, _en in pairs]
    real, generated = term_pool(base, rnd)
    with tempfile.TemporaryDirectory(prefix="tarjuman-bench-") as tmp:
        catalogue = Path(tmp) / "catalogue.po"
        write_catalogue(catalogue, catalogue_pairs(args.entries, pairs, rnd))
        polib_s, po, _first = timed(lambda: polib.pofile(str(catalogue), wrapwidth=78), args.repeat)
        texts = [entry.msgid for entry in po]
        size_mb = catalogue.stat().st_size / 1e6
        print(f"catalogue: {len(texts):,} entries, {size_mb:.1f} MB; polib.pofile: {polib_s:.2f} s")
        print(f"CPU seconds, best of {args.repeat} runs (the naive baseline: one run)"
              + ("; terms as written only (--no-forms)" if args.no_forms else ""))
        print()
        header = (
            "terms", "load s", "build s", "1st match s", "match s", "match/polib", "found",
            "naive s", "naive/match", "naive ran on",
        )
        rows = []
        glossaries = [(f"{size:,}", choose_terms(size, real, generated, rnd)) for size in sizes]
        if not args.no_control:
            glossaries.append(control_glossary(glossaries[0][1], max(sizes), generated, texts))
        for label, terms in glossaries:
            size = len(terms)
            glossary_path = Path(tmp) / f"glossary-{size}-{len(rows)}.po"
            write_glossary(glossary_path, terms)
            load_s, glossary, _first = timed(lambda: load_glossary([glossary_path]))
            build_s, matcher, _first = timed(lambda: SourceMatcher(glossary.terms, forms=not args.no_forms))
            match_s, found, first_s = timed(lambda: sum(len(matcher.find(t)) for t in texts), args.repeat)
            sample = rnd.sample(texts, max(20, min(len(texts), args.naive_budget // size)))
            keys = [t.key for t in glossary.terms]
            naive_sample_s, (_naive_found, ran), _first = timed(lambda: naive_matches(sample, keys))
            naive_s = naive_sample_s * len(texts) / ran
            rows.append((
                label, f"{load_s:.2f}", f"{build_s:.2f}", f"{first_s:.2f}", f"{match_s:.2f}", f"{match_s / polib_s:.2f}",
                f"{found:,}", f"{naive_s:,.0f}" if naive_s >= 100 else f"{naive_s:.1f}",
                f"{naive_s / match_s:,.0f}", f"{ran:,} entries" + (" (extrapolated)" if ran < len(texts) else ""),
            ))
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
        print(" | ".join(h.rjust(w) for h, w in zip(header, widths)))
        print("-|-".join("-" * w for w in widths))
        for row in rows:
            print(" | ".join(c.rjust(w) for c, w in zip(row, widths)))
        print()
        print("load: load_glossary (strict PO scan + polib); build: SourceMatcher(terms);")
        print("1st match: the first run, which also normalizes each distinct chunk of text once;")
        print("match: find() over every msgid; naive: normalize + one regex per term, per msgid.")
        if not args.no_control:
            print(f"{glossaries[-1][0]}: the {sizes[0]:,}-term glossary plus terms that occur in no entry:")
            print("the cost of the glossary's size alone, apart from the cost of more matches.")


if __name__ == "__main__":
    main()
