"""Term mining: candidate glossary terms from the Arabic sources, with English proposals.

This module runs the steps; the counting is in
:mod:`~tools.glossary.mining.candidates`, the ranking in
:mod:`~tools.glossary.mining.scoring`, the English proposals in
:mod:`~tools.glossary.mining.alignment` and the PO output in
:mod:`~tools.glossary.mining.output`.

A terminologist looks for two things in new articles: expressions that
*recur* (الجريمة المنظمة, وزير الخارجية), and the *titles and institutions*
that a news text names once but that must be translated consistently
(المديرية العامة لمراقبة التراب الوطني, نائب الأميرال, and the person after
the title). This module finds both, drops what the glossary already has,
ranks them, and proposes an English rendering from the aligned translations.

**Units.** Each seed article is segmented (:mod:`tools.text.segment`); a unit's
English is its msgstr in ``translations/<article>/<lang>.po`` when that
entry is translated and not fuzzy.

**Words.** :func:`tools.text.arabic.tokenize` normalizes (hamza, diacritics,
tatweel, digits, invisible marks) and reattaches a detached و. The *first*
word of a candidate loses its attached proclitics and keeps its article
(والمديرية, بالمديرية → المديرية; للأمن → الأمن; ومراكش → مراكش when مراكش
occurs on its own), exactly as the glossary's source matcher reads terms;
inner words are kept as written (للأمن inside المدير العام للأمن الوطني).

**Candidates.**

* n-grams of 2 to :data:`MAX_WORDS` words inside one clause (never across
  punctuation), not beginning or ending with a function word or a number
  (:data:`tools.text.mining_words.FUNCTION_WORDS`), seen at least twice;
* title and institution patterns: a head noun
  (:data:`tools.text.mining_words.TITLE_HEADS`, :data:`tools.text.mining_words.INSTITUTION_HEADS`,
  also behind a proclitic: لشرطة) followed by its idafa chain: definite or
  ل-attached words (وزارة الداخلية, المدير العام للأمن الوطني), and an
  indefinite noun before a definite one (شرطة مكافحة الإرهاب); a definite
  word behind ب ك و ف (بالسفارة) opens a new phrase and ends the chain, and
  أل (ألغرين, ألمانيا) is not the article. The whole chain and every shorter
  chain it begins with (ضابط الاتصال) are candidates. After a title, the
  next two words when they look like a name (no article on the first, no
  function word): السفير البريطاني **سيمون مارتان**. Patterns count even
  when seen once.

**Score** (documented in glossary/README.md):
``C-value + PATTERN_BONUS`` for a whole chain, a title's name or an n-gram
seen as one, ``+ PATTERN_BONUS / 2`` for a chain only ever seen as the
beginning of a longer one, ``C-value`` alone otherwise, where the C-value (Frantzi,
Ananiadou and Mima 2000) of an n-gram *a* of *n* words is
``log2(n) × (f(a) − max f(b) over the longer candidates b containing a)``
(candidates: seen at least twice): frequent, and frequent *on its own*, not
only as a piece of a longer term (العامة للأمن is always inside المديرية
العامة للأمن الوطني and scores 0). The original C-value subtracts the *mean*
container frequency; the largest one is stricter with fragments of a long
name that recurs in several contexts, and measured better on TICO-19
(recall@100 of its terms 18/202 against 12/202, benchmarks/mining.py).
Candidates with a score ≤ 0 are dropped; ties break on the key.

**English.** For a candidate seen in the aligned units U(a), every English
n-gram *e* of 1 to :data:`MAX_ENGLISH_WORDS` words (not beginning or ending
with a function word, never across punctuation) of those units is scored
by the Dice coefficient ``2·|U(a) ∩ U(e)| / (|U(a)| + |U(e)|)`` over all
aligned units, times the length fit ``min(m, n) / max(m, n)`` of its *m*
words (function words such as "of" not counted) against the candidate's *n*; ties go to the higher co-occurrence,
then to the nearest relative position in the sentence. The best one is
proposed when it co-occurs in at least :data:`MIN_EVIDENCE` units and no
other n-gram with the same score stands within :data:`POSITION_MARGIN` of
its position (units that share a whole sentence make all its n-grams
equal). Otherwise the msgstr stays empty and the comment says why: a guess
is not evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from tools.config import ProjectConfig
from tools.glossary.mining.alignment import EnglishIndex, english_ngrams
from tools.glossary.mining.candidates import (
    MAX_WORDS,
    MIN_FREQUENCY,
    AlignedUnit,
    Candidate,
    NgramCounter,
    TokenizedUnits,
    count_ngrams,
    count_patterns,
    known_keys,
)
from tools.glossary.mining.output import candidate_record, candidate_records, render_candidates
from tools.glossary.mining.scoring import SCORERS, c_values


def mine(
    units: Sequence[AlignedUnit] | TokenizedUnits,
    known: Iterable[str] = (),
    *,
    top: int | None = None,
    scorer: str = "c-value",
) -> list[Candidate]:
    """Rank candidate terms in ``units`` that are not among the ``known`` Arabic terms."""
    corpus = units if isinstance(units, TokenizedUnits) else TokenizedUnits(units)
    units = corpus.units
    tokenized = list(zip(units, corpus.tokens))
    reader = corpus.reader
    counter = NgramCounter(reader)
    for index, (unit, tokens) in enumerate(tokenized):
        count_patterns(counter, index, unit.where, unit.arabic, tokens)
        count_ngrams(counter, index, unit.where, unit.arabic, tokens)
    stats = counter.stats
    values = c_values(stats, counter)
    excluded = known_keys(known, reader)
    scored = []
    for key, info in stats.items():
        if len(info.words) > MAX_WORDS or key in excluded or (info.frequency < MIN_FREQUENCY and not info.pattern):
            continue
        score = SCORERS[scorer](values[key], info)
        if score <= 0:
            continue
        scored.append((score, key, info))
    scored.sort(key=lambda item: (-item[0], item[1]))
    if top is not None:
        scored = scored[:top]
    english = EnglishIndex(units)
    candidates = []
    for score, key, info in scored:
        proposal, evidence = english.propose(info.positions, len(info.words))
        candidates.append(
            Candidate(
                key=key,
                text=info.surfaces.most_common(1)[0][0],
                words=len(info.words),
                frequency=info.frequency,
                units=len(info.units),
                pattern=info.pattern,
                score=round(score, 2),
                english=proposal,
                evidence=evidence,
                where=info.first_where,
            )
        )
    return candidates


def project_units(config: ProjectConfig, language: str) -> list[AlignedUnit]:
    """Every unit of every seed article, with its English where translated."""
    from tools.text.segment import segment_file
    from tools.units.model import State
    from tools.units.po import load_po
    from tools.units.readers import po_document

    units = []
    for article in config.articles():
        translated: dict[str, str] = {}
        path = config.translation_path(article, language)
        if path.is_file():
            for entry in po_document(load_po(path, allow_empty=True), str(path)):
                if entry.state is State.TRANSLATED and not entry.is_plural:
                    translated[entry.source] = entry.target
        for unit in segment_file(config.seed_path(article)):
            where = f"{config.relative(config.seed_path(article))}:{unit.line}"
            units.append(AlignedUnit(unit.text, translated.get(unit.text), where))
    return units


def mine_project(config: ProjectConfig, language: str, glossary_paths: Sequence[Path], *, top: int) -> list[Candidate]:
    """Candidates from the project's seeds, minus the terms of the given glossaries."""
    from tools.glossary.load import load_glossary

    known = [entry.msgid for entry in load_glossary(glossary_paths).entries] if glossary_paths else []
    return mine(project_units(config, language), known, top=top)


__all__ = [
    "SCORERS",
    "AlignedUnit",
    "Candidate",
    "EnglishIndex",
    "TokenizedUnits",
    "candidate_record",
    "candidate_records",
    "english_ngrams",
    "mine",
    "mine_project",
    "project_units",
    "render_candidates",
]
