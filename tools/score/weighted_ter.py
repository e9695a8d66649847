"""Translation edit rate with a weight per reference word (for TERm).

TER (Snover et al., 2006) counts the word edits (insertions, deletions,
substitutions) plus block shifts that turn the hypothesis into the
reference, divided by the number of reference words. TERm (Alam et al.,
2021) makes an edit that touches a *term* word of the reference cost more
(2 instead of 1), so a wrong term moves the score twice as much as any
other word. sacrebleu's TER has fixed unit costs and no hook for weights,
hence this small implementation.

How it works, and where it stays simple on purpose:

* the word edit distance is an exact dynamic programme; inserting or
  substituting reference word ``j`` costs ``weights[j]``, deleting a
  hypothesis word costs 1, a match costs 0;
* shifts are greedy, as in Tercom: move a hypothesis phrase (at most
  :data:`MAX_SHIFT_WORDS` words, not farther than :data:`MAX_SHIFT_DISTANCE`)
  that equals a reference phrase to where that reference phrase is aligned,
  when neither side is already aligned there; take the shift that lowers the
  edit cost most; each shift costs 1; stop when no shift helps. Tercom's
  beam and tie-breaking rules are not reproduced, so on rare sentences the
  number of shifts can differ from sacrebleu's TER by one.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Longest phrase moved in one shift, and farthest move (Tercom's limits).
MAX_SHIFT_WORDS = 10
MAX_SHIFT_DISTANCE = 50
#: A shift costs one edit, whatever it moves.
SHIFT_COST = 1.0

_MATCH, _SUB, _INS, _DEL = "M", "S", "I", "D"


def edit_cost(hyp: Sequence[str], ref: Sequence[str], weights: Sequence[float]) -> tuple[float, str]:
    """Cheapest word edit script turning ``hyp`` into ``ref``, and its trace.

    The trace has one letter per step: ``M`` match, ``S`` substitution,
    ``I`` insertion of a reference word, ``D`` deletion of a hypothesis word.
    """
    n, m = len(hyp), len(ref)
    # cost[i][j]: turning hyp[:i] into ref[:j].
    cost = [[0.0] * (m + 1) for _ in range(n + 1)]
    for j in range(1, m + 1):
        cost[0][j] = cost[0][j - 1] + weights[j - 1]
    for i in range(1, n + 1):
        row, above = cost[i], cost[i - 1]
        row[0] = above[0] + 1.0
        word = hyp[i - 1]
        for j in range(1, m + 1):
            diagonal = above[j - 1] + (0.0 if word == ref[j - 1] else weights[j - 1])
            row[j] = min(diagonal, above[j] + 1.0, row[j - 1] + weights[j - 1])
    return cost[n][m], _trace(cost, hyp, ref, weights)


def _trace(cost: list[list[float]], hyp: Sequence[str], ref: Sequence[str], weights: Sequence[float]) -> str:
    """Walk back through the cost table; prefer match/substitution, then insertion."""
    steps = []
    i, j = len(hyp), len(ref)
    while i > 0 or j > 0:
        if i > 0 and j > 0:
            same = hyp[i - 1] == ref[j - 1]
            if cost[i][j] == cost[i - 1][j - 1] + (0.0 if same else weights[j - 1]):
                steps.append(_MATCH if same else _SUB)
                i, j = i - 1, j - 1
                continue
        if j > 0 and cost[i][j] == cost[i][j - 1] + weights[j - 1]:
            steps.append(_INS)
            j -= 1
        else:
            steps.append(_DEL)
            i -= 1
    return "".join(reversed(steps))


def _alignment(trace: str, n_ref: int) -> tuple[list[bool], list[bool], list[int]]:
    """Which hypothesis and reference words are wrong, and where each reference
    position falls in the hypothesis (the hypothesis index a phrase must be
    moved to so that it lines up with that reference word)."""
    hyp_wrong: list[bool] = []
    ref_wrong: list[bool] = []
    position = [0] * (n_ref + 1)
    i = j = 0
    for step in trace:
        if step in (_MATCH, _SUB):
            position[j] = i
            hyp_wrong.append(step == _SUB)
            ref_wrong.append(step == _SUB)
            i, j = i + 1, j + 1
        elif step == _INS:
            position[j] = i
            ref_wrong.append(True)
            j += 1
        else:
            hyp_wrong.append(True)
            i += 1
    position[n_ref] = i
    return hyp_wrong, ref_wrong, position


def _shifted(words: list[str], start: int, length: int, target: int) -> list[str]:
    """``words`` with ``words[start:start+length]`` moved before index ``target``."""
    phrase = words[start : start + length]
    rest = words[:start] + words[start + length :]
    if target > start:
        target -= length
    return rest[:target] + phrase + rest[target:]


def _candidates(hyp: list[str], ref: Sequence[str], trace: str) -> list[list[str]]:
    """Hypotheses one shift away that could lower the cost (see module docstring)."""
    hyp_wrong, ref_wrong, position = _alignment(trace, len(ref))
    found = []
    seen: set[tuple[str, ...]] = set()
    for start in range(len(hyp)):
        for ref_start in range(len(ref)):
            if abs(ref_start - start) > MAX_SHIFT_DISTANCE:
                continue
            length = 0
            while (
                length < MAX_SHIFT_WORDS
                and start + length < len(hyp)
                and ref_start + length < len(ref)
                and hyp[start + length] == ref[ref_start + length]
            ):
                length += 1
                if not any(hyp_wrong[start : start + length]) or not any(ref_wrong[ref_start : ref_start + length]):
                    continue
                # Before the reference phrase's position, or right after any
                # hypothesis word aligned inside it (as Tercom tries).
                targets = {position[ref_start]} | {
                    position[ref_start + k] + 1 for k in range(length) if ref_start + k < len(ref)
                }
                for target in sorted(targets):
                    if start <= target <= start + length or target > len(hyp):
                        continue  # moving a phrase onto itself
                    shifted = _shifted(hyp, start, length, target)
                    key = tuple(shifted)
                    if key not in seen:
                        seen.add(key)
                        found.append(shifted)
    return found


def weighted_edits(hyp: Sequence[str], ref: Sequence[str], weights: Sequence[float]) -> float:
    """Edits (weighted word edits plus shifts) turning ``hyp`` into ``ref``."""
    if len(weights) != len(ref):
        raise ValueError("one weight per reference word")
    current = list(hyp)
    cost, trace = edit_cost(current, ref, weights)
    shifts = 0
    while True:
        best: tuple[float, list[str], str] | None = None
        for candidate in _candidates(current, ref, trace):
            new_cost, new_trace = edit_cost(candidate, ref, weights)
            if new_cost < cost and (best is None or new_cost < best[0]):
                best = (new_cost, candidate, new_trace)
        if best is None:
            return cost + shifts * SHIFT_COST
        cost, current, trace = best
        shifts += 1


def weighted_ter(hyp: Sequence[str], ref: Sequence[str], weights: Sequence[float]) -> float:
    """Weighted edits divided by the number of reference words (TER's normalisation).

    An empty reference scores 0 against an empty hypothesis and 1 otherwise.
    """
    if not ref:
        return 0.0 if not hyp else 1.0
    return weighted_edits(hyp, ref, weights) / len(ref)
