"""Inline suppressions (PO flag and translator comment) and unused-suppression reports."""

from __future__ import annotations

import pytest

from check_project import LINE, CheckProject, change_entry, project  # noqa: F401

WORLD_GLASS = ("2030 World Cup", "2030 World Glass")


def _annotate(project: CheckProject, index: int, *, flags=(), comment: str = "") -> int:
    def change(entry):
        entry.flags.extend(flags)
        entry.tcomment = comment

    return change_entry(project.path(), index, change)


@pytest.mark.parametrize(
    ("flags", "comment", "left"),
    [
        (["ignore-forbidden-term"], "", ["missing-term"]),
        (["ignore-forbidden-term", "ignore-missing-term"], "", []),
        ([], "tarjuman: ignore missing-term", ["forbidden-term"]),
        ([], "tarjuman: ignore missing-term كأس العالم", ["forbidden-term"]),
        # The term is compared after normalization: hamza and diacritics do not matter.
        ([], "tarjuman: ignore forbidden-term كأسُ العالَم", ["missing-term"]),
        ([], "tarjuman: ignore forbidden-term\ntarjuman: ignore missing-term", []),
        (["ignore-missing-term"], "tarjuman: ignore forbidden-term", []),
    ],
    ids=[
        "flag", "two-flags", "comment", "comment-with-term", "comment-with-term-spelling-variant",
        "two-comment-lines", "flag-and-comment",
    ],
)
def test_suppression_silences_matching_findings(project: CheckProject, flags, comment, left) -> None:
    project.edit(*WORLD_GLASS)
    line = _annotate(project, 4, flags=flags, comment=comment)
    outcome = project.check()
    assert outcome.triples() == [(code, line, "كأس العالم") for code in left]
    assert outcome.json()["summary"]["suppressed"] == 2 - len(left)


def test_comment_naming_another_term_suppresses_nothing_and_is_reported(project: CheckProject) -> None:
    project.edit(*WORLD_GLASS)
    line = _annotate(project, 4, comment="tarjuman: ignore missing-term مراكش")
    findings = project.check().json()["findings"]
    assert [(f["code"], f["line"], f["term"]) for f in findings] == [
        ("forbidden-term", line, "كأس العالم"),
        ("missing-term", line, "كأس العالم"),
        ("unused-suppression", line, "مراكش"),
    ]
    assert findings[2]["severity"] == "warning"
    assert findings[2]["found"] == "# tarjuman: ignore missing-term مراكش"


@pytest.mark.parametrize(
    ("flags", "comment", "message"),
    [
        (["ignore-number-mismatch"], "", "suppression '#, ignore-number-mismatch' matched no number-mismatch finding"),
        ([], "tarjuman: ignore no-such-check", "names no known check code ('no-such-check')"),
        ([], "tarjuman: ignore", "names no check code"),
        (["ignore-"], "", "names no check code"),
    ],
    ids=["stale-flag", "unknown-code", "comment-without-code", "flag-without-code"],
)
def test_unused_suppression_is_reported(project: CheckProject, flags, comment, message) -> None:
    line = _annotate(project, 2, flags=flags, comment=comment)
    (finding,) = project.check().json()["findings"]
    assert (finding["code"], finding["line"]) == ("unused-suppression", line)
    assert message in finding["message"]


def test_suppression_of_a_disabled_check_is_not_reported(project: CheckProject) -> None:
    _annotate(project, 2, flags=["ignore-number-mismatch"])
    assert project.check("--disable", "number-mismatch").triples() == []


def test_unused_suppression_reports_can_be_disabled(project: CheckProject) -> None:
    _annotate(project, 2, flags=["ignore-number-mismatch"])
    assert project.check("--disable", "unused-suppression").triples() == []


def test_ordinary_translator_comments_are_not_suppressions(project: CheckProject) -> None:
    project.edit(*WORLD_GLASS)
    _annotate(project, 4, comment="reviewed: ignore the sports names for now")
    assert [code for code, _, _ in project.check().triples()] == ["forbidden-term", "missing-term"]


def test_suppression_is_bound_to_its_entry(project: CheckProject) -> None:
    project.edit(*WORLD_GLASS)
    line = _annotate(project, 3, flags=["ignore-forbidden-term"])
    codes = [(code, at) for code, at, _ in project.check().triples()]
    assert ("unused-suppression", line) in codes
    assert ("forbidden-term", LINE[4] + 1) in codes


def _replace(old: str, new: str):
    def change(entry):
        assert old in entry.msgstr
        entry.msgstr = entry.msgstr.replace(old, new)

    return change


def _fuzzy(entry) -> None:
    entry.flags.append("fuzzy")


# code -> (entry index, change that causes exactly that finding on the entry)
EVERY_CODE = {
    "missing-term": (4, _replace("2030 World Cup", "2030 football final")),
    "forbidden-term": (4, _replace("2030 World Cup", "2030 World Cup (the World Glass)")),
    "forbidden-anywhere": (6, _replace("The statement noted", "The World Glass statement noted")),
    "number-mismatch": (4, _replace("will host in 2028.", "will host that year.")),
    "number-added": (6, _replace("The statement noted", "The 2019 statement noted")),
    "invisible-char": (6, _replace("The statement noted", "The statement\u200b noted")),
    "untranslated": (0, lambda entry: setattr(entry, "msgstr", "")),
    "fuzzy": (0, _fuzzy),
    "inconsistent-translation": (1, _replace("Kingdom of Morocco", "Kingdom of Morocco (Marrakesh)")),
    "term-variant": (1, _replace("Hammouchi, Director General", "Hammouchi, Directors General")),
}


@pytest.mark.parametrize("code", sorted(EVERY_CODE))
@pytest.mark.parametrize("how", ["flag", "comment"])
def test_every_code_can_be_suppressed_on_its_entry(project: CheckProject, code: str, how: str) -> None:
    from tools.check.registry import CHECKS, CorpusCheck, EntryCheck

    assert set(EVERY_CODE) == {c.code for c in CHECKS if isinstance(c, (EntryCheck, CorpusCheck))}
    index, change = EVERY_CODE[code]
    if code == "inconsistent-translation":
        # The article already says "Marrakech" (preferred); a second source with مراكش says "Marrakesh".
        project.edit("للمملكة المغربية.", "للمملكة المغربية بمدينة مراكش.")
    if code == "term-variant":
        project.configure('variants = "report"')
    line = change_entry(project.path(), index, change)
    assert (code, line) in [(c, at) for c, at, _ in project.check("--fail-on", "never").triples()]

    def suppress(entry) -> None:
        if how == "flag":
            entry.flags.append(f"ignore-{code}")
        else:
            entry.tcomment = f"tarjuman: ignore {code}"

    line = change_entry(project.path(), index, suppress)
    outcome = project.check()
    assert [(c, at) for c, at, _ in outcome.triples() if at == line] == []
    assert outcome.json()["summary"]["suppressed"] >= 1
