"""Corpus BLEU, chrF++ and TER through sacrebleu's API, with their signatures.

We never reimplement or re-round these metrics: the numbers come from the
same sacrebleu objects the ``sacrebleu`` command uses (``BLEU()``,
``CHRF(word_order=2)``, ``TER()`` with their defaults) and are printed
with sacrebleu's own ``Score.format``, so a figure here equals, to the last
printed digit, what ``sacrebleu REF -i HYP -m bleu chrf ter
--chrf-word-order 2`` prints. The signature travels with every score: a
BLEU number without its tokenizer and smoothing is not comparable.

``--compare`` uses sacrebleu's paired bootstrap resampling
(:class:`sacrebleu.significance.PairedTest`, the ``--paired-bs`` of the
command) with sacrebleu's fixed default seed (12345), so repeated runs give
the same p-values.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.chrf import CHRF
from sacrebleu.metrics.ter import TER
from sacrebleu.metrics.base import Metric, Score
from sacrebleu.significance import PairedTest, Result

#: sacrebleu's significance threshold (the ``*`` in its tables).
SIGNIFICANCE = 0.05
#: Resamples of the paired bootstrap test (sacrebleu's default for ``--paired-bs``).
BOOTSTRAP_SAMPLES = 1000
#: sacrebleu reads its RNG seed from this variable (default 12345); we pin it.
SEED_VARIABLE = "SACREBLEU_SEED"
SEED = "12345"

#: The metrics, in output order: name -> factory. chrF++ is chrF with word bigrams.
METRICS: dict[str, Callable[[], Metric]] = {
    "bleu": BLEU,
    "chrf": lambda: CHRF(word_order=2),
    "ter": TER,
}


@dataclass(frozen=True)
class StandardScore:
    """One corpus-level sacrebleu score as sacrebleu reports it."""

    metric: str
    #: sacrebleu's display name: "BLEU", "chrF2++", "TER".
    name: str
    score: float
    signature: str
    #: sacrebleu's own score object: its ``format`` prints what the sacrebleu command prints.
    raw: Score = field(compare=False, repr=False)


@dataclass(frozen=True)
class Comparison:
    """Paired bootstrap result of one metric: baseline vs. the compared system."""

    metric: str
    name: str
    baseline: float
    system: float
    p_value: float
    signature: str

    @property
    def significant(self) -> bool:
        return self.p_value < SIGNIFICANCE


def _metrics() -> dict[str, Metric]:
    return {key: factory() for key, factory in METRICS.items()}


def corpus_scores(hypotheses: list[str], references: list[list[str]]) -> list[StandardScore]:
    """Corpus BLEU, chrF++ and TER of ``hypotheses`` against the reference streams."""
    results = []
    for key, metric in _metrics().items():
        score = metric.corpus_score(hypotheses, references)
        results.append(
            StandardScore(
                metric=key,
                name=score.name,
                score=score.score,
                signature=str(metric.get_signature()),
                raw=score,
            )
        )
    return results


def sentence_scores(hypothesis: str, references: list[str]) -> dict[str, float]:
    """Sentence-level scores of one segment (BLEU with effective order, as
    ``sacrebleu --sentence-level`` computes it)."""
    metrics = _metrics()
    metrics["bleu"] = BLEU(effective_order=True)
    return {key: metric.sentence_score(hypothesis, references).score for key, metric in metrics.items()}


def paired_bootstrap(
    baseline: list[str], system: list[str], references: list[list[str]], names: tuple[str, str]
) -> list[Comparison]:
    """sacrebleu's paired bootstrap resampling of ``system`` against ``baseline``.

    The seed is pinned through ``SACREBLEU_SEED`` (read by sacrebleu when the
    test is set up) and restored afterwards, so the result does not depend on
    the caller's environment.
    """
    previous = os.environ.get(SEED_VARIABLE)
    os.environ[SEED_VARIABLE] = SEED
    try:
        test = PairedTest(
            [(names[0], baseline), (names[1], system)],
            _metrics(),
            references,
            test_type="bs",
            n_samples=BOOTSTRAP_SAMPLES,
        )
        signatures, results = test()
    finally:
        if previous is None:
            os.environ.pop(SEED_VARIABLE, None)
        else:
            os.environ[SEED_VARIABLE] = previous
    comparisons = []
    for key, name in zip(METRICS, [n for n in results if n != "System"]):
        base, other = results[name]
        assert isinstance(base, Result) and isinstance(other, Result) and other.p_value is not None
        comparisons.append(
            Comparison(key, name, base.score, other.score, float(other.p_value), str(signatures[name]))
        )
    return comparisons
