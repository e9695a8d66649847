"""Candidates as a PO glossary: fuzzy entries with their evidence, for a translator to review."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tools.glossary.model import FLAG_FUZZY
from tools.glossary.write import GlossaryRecord, glossary_metadata, render_glossary
from tools.glossary.mining.candidates import Candidate


def candidate_record(candidate: Candidate) -> GlossaryRecord:
    """A fuzzy glossary entry for a translator to review."""
    lines = [
        f"candidate score {candidate.score:g}: seen {candidate.frequency} time(s) in {candidate.units} unit(s)"
        + (f"; pattern: {candidate.pattern}" if candidate.pattern else ""),
        f"English evidence: {candidate.evidence}",
        f"first seen: {candidate.where}",
    ]
    return GlossaryRecord(
        msgid=candidate.text,
        msgstr=candidate.english or "",
        msgctxt=f"candidate|{candidate.pattern or 'expression'}",
        flags=(FLAG_FUZZY,),
        comment="\n".join(lines),
    )


CANDIDATES_HEADER = (
    "Glossary candidates mined by `tools glossary suggest`: fuzzy until a\n"
    "translator approves them. Remove the fuzzy flag, correct the msgstr and the\n"
    "msgctxt (category|label), and move the entry into a glossary file."
)
CANDIDATES_PROJECT = "tarjuman glossary candidates"


def candidate_records(candidates: Sequence[Candidate]) -> list[GlossaryRecord]:
    """The candidates as fuzzy glossary entries, best first."""
    return _unique_records(candidate_record(c) for c in candidates)


def render_candidates(candidates: Sequence[Candidate]) -> str:
    """The candidates as a PO glossary text (no date: for standard output)."""
    metadata = glossary_metadata(CANDIDATES_PROJECT)
    return render_glossary(candidate_records(candidates), header=CANDIDATES_HEADER, metadata=metadata)


def _unique_records(records: Iterable[GlossaryRecord]) -> list[GlossaryRecord]:
    """Drop a second candidate that would repeat an entry (same msgid and msgctxt)."""
    seen: set[tuple[str | None, str]] = set()
    out = []
    for record in records:
        if (record.msgctxt, record.msgid) not in seen:
            seen.add((record.msgctxt, record.msgid))
            out.append(record)
    return out
