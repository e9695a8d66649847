"""``inconsistent-translation``: one source, one translation, across the corpus.

Two kinds of inconsistency, both seen only when every file of the run is in:

* the same Arabic sentence (same ``msgctxt`` and the same text after
  :func:`tools.text.arabic.normalize`, so hamza, diacritic, tatweel and digit
  variants count as the same sentence) translated differently in two places.
  The first place (files in run order, then lines) is the reference; every
  later place that differs is reported, pointing at it. English is compared
  with runs of whitespace collapsed.
* within one article (one PO file), a glossary term with a preferred
  rendering written with different approved variants ("Marrakech" here,
  "Marrakesh" there). Entries that do not use the preferred rendering are
  reported; an article that keeps to one variant throughout is consistent.

The engine calls :func:`collect` for each translated entry in the worker that
reads the file, and :func:`inconsistent_translation` once with the facts of
every file. The facts keep digests, not texts (see
:class:`~tools.check.checks.base.FileFacts`): a run holds them for every
entry of every file, but only the few entries in a finding need their texts,
which are then read again from their files. A reference's translation is
quoted by a later entry's message, so it cannot be let go early, and which
entries will be references is known only once every file is in.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from hashlib import blake2b

from tools.text.arabic import normalize
from tools.check.checks.base import (
    EntryContext, EntryFacts, EntryRef, FileFacts, Problem, VariantUse, fact_digests, unit_forms,
)
from tools.errors import InputError
from tools.glossary.model import Term
from tools.glossary.match.english import find_rendering
from tools.units.model import Unit
from tools.units.readers import stream_units

#: How much of a reference translation a message quotes.
QUOTE_LIMIT = 60


def collect(ctx: EntryContext) -> EntryFacts | None:
    """The entry's source key, its translation and the term variants it uses."""
    if not ctx.fully_translated:
        return None
    variants = []
    for form in ctx.forms:
        for term in ctx.terms(form.source):
            if len(term.approved) < 2:
                continue  # one rendering (most terms): no variants to mix
            preferred = term.preferred
            if preferred is None:
                continue
            used = used_variants(form.text, term)
            if used:
                variants.append(VariantUse(term.key, term.source, preferred.text, used))
    return EntryFacts(
        ref=ctx.ref,
        key=(ctx.ref.msgctxt, source_key(ctx.ref.msgid)),
        translation=(
            (_collapsed(ctx.forms[0].text),) if len(ctx.forms) == 1 else tuple(_collapsed(f.text) for f in ctx.forms)
        ),
        variants=tuple(variants),
    )


def source_key(msgid: str) -> bytes:
    """What identifies an Arabic sentence: a 128-bit digest of its normalized text.

    A run keeps one key per translated entry of every file until the end;
    the digest is 16 bytes where the normalized sentence is hundreds, and two
    different sentences share one with a probability of about 2**-128.
    """
    return blake2b(normalize(msgid).encode("utf-8"), digest_size=16).digest()


def _collapsed(text: str) -> str:
    """``text`` with runs of whitespace collapsed; the same object when there are none."""
    if "  " in text or not text.isprintable() or text[:1] == " " or text[-1:] == " ":
        return " ".join(text.split())
    return text


def used_variants(english: str, term: Term) -> tuple[str, ...]:
    """Approved renderings of ``term`` in ``english``, leaving out those inside a longer one."""
    spans = []
    for rendering in term.approved:
        span = find_rendering(english, rendering.text, rendering.case_sensitive)
        if span is not None:
            spans.append((span, rendering.text))
    return tuple(
        text
        for (start, end), text in spans
        if not any(s <= start and end <= e and (s, e) != (start, end) for (s, e), _ in spans)
    )


def inconsistent_translation(files: Sequence[FileFacts]) -> Iterator[Problem]:
    """Both kinds of inconsistency (see module docstring), in file and line order."""
    yield from _same_source(files)
    for facts in files:
        yield from _mixed_variants(facts)


#: A place in the facts of a run: (index of the file, index of the entry in its facts).
Place = tuple[int, int]


def _same_source(files: Sequence[FileFacts]) -> Iterator[Problem]:
    """Later entries whose source is a reference's and whose translation is not.

    Found on the digests alone; the texts the messages quote are then read
    again, for those entries only (:func:`_texts`).
    """
    conflicts = list(_conflicts(files))
    if not conflicts:
        return
    texts = _texts(files, {place for pair in conflicts for place in pair})
    for place, first_place in conflicts:
        entry, first = texts[place], texts[first_place]
        if entry.key != first.key or entry.translation == first.translation:
            continue  # two digests that met by chance: not the same source after all
        quoted = " | ".join(first.translation)
        if len(quoted) > QUOTE_LIMIT:
            quoted = quoted[: QUOTE_LIMIT - 1] + "…"
        yield Problem(
            entry.ref,
            f"same source translated differently at {first.ref.path}:{first.ref.line}"
            f" ('{quoted}')",
            expected=first.translation,
            found=" | ".join(entry.translation),
            extra=(("reference", f"{first.ref.path}:{first.ref.line}"),),
        )


def _conflicts(files: Sequence[FileFacts]) -> Iterator[tuple[Place, Place]]:
    """(entry, its reference) for each entry translated otherwise than the first with its key.

    Two passes, so that only the keys that occur twice are held in a table
    with their first place: most sentences of a corpus occur once.
    """
    seen: set[bytes] = set()
    repeated: set[bytes] = set()
    for facts in files:
        for index in range(len(facts)):
            key = facts.key(index)
            if key in seen:
                repeated.add(key)
            else:
                seen.add(key)
    del seen
    reference: dict[bytes, Place] = {}
    for number, facts in enumerate(files):
        for index in range(len(facts)):
            key = facts.key(index)
            if key not in repeated:
                continue
            first = reference.setdefault(key, (number, index))
            if first != (number, index) and files[first[0]].translation(first[1]) != facts.translation(index):
                yield (number, index), first


def _texts(files: Sequence[FileFacts], places: set[Place]) -> dict[Place, EntryFacts]:
    """The whole facts at ``places``: kept ones as they are, the others read again from their files.

    A file that changed since it was checked is an error, not a report
    about text that is no longer there.
    """
    found: dict[Place, EntryFacts] = {}
    wanted: dict[int, dict[int, int]] = {}  # file -> ordinal -> index in its facts
    for number, index in sorted(places):
        facts = files[number]
        if index in facts.kept:
            found[(number, index)] = facts.kept[index]
        else:
            wanted.setdefault(number, {})[facts.ordinals[index]] = index
    for number, ordinals in wanted.items():
        facts = files[number]
        assert facts.source is not None  # facts of a file that cannot be read again are all kept
        ordinal, left = -1, len(ordinals)
        for unit in stream_units(facts.source, facts.path):
            if unit.obsolete or not unit.source:
                continue
            ordinal += 1
            at = ordinals.get(ordinal)
            if at is None:
                continue
            again = unit_facts(EntryRef(facts.path, unit.location.line, unit.source, unit.context), unit)
            if fact_digests(again) != (facts.key(at), facts.translation(at)):
                break
            found[(number, at)] = again
            left -= 1
            if not left:
                break
        if left:
            raise InputError(facts.path, "changed while it was being checked; check it again")
    return found


def unit_facts(ref: EntryRef, unit: Unit) -> EntryFacts:
    """The key and translation :func:`collect` gives ``unit`` (without the variants)."""
    return EntryFacts(
        ref=ref,
        key=(ref.msgctxt, source_key(ref.msgid)),
        translation=tuple(_collapsed(form.text) for form in unit_forms(unit)),
    )


def _mixed_variants(facts: FileFacts) -> Iterator[Problem]:
    uses: dict[str, list[tuple[EntryFacts, VariantUse]]] = {}
    for index in sorted(facts.kept):
        entry = facts.kept[index]
        for use in entry.variants:
            uses.setdefault(use.term_key, []).append((entry, use))
    for term_uses in uses.values():
        seen = {text for _, use in term_uses for text in use.used}
        if len(seen) < 2:
            continue
        for entry, use in term_uses:
            if use.preferred in use.used:
                continue
            others = sorted(seen - set(use.used))
            yield Problem(
                entry.ref,
                f"'{use.term}' rendered as {_quoted(use.used)} here but as"
                f" {_quoted(others)} elsewhere in this article;"
                f" the glossary prefers '{use.preferred}'",
                term=use.term,
                expected=(use.preferred,),
                found=use.used[0],
            )


def _quoted(texts: Sequence[str]) -> str:
    return ", ".join(f"'{text}'" for text in texts)
