"""One declaration per check: the registry is what --list-checks, SARIF and the README show."""

from __future__ import annotations

import json
import typing
from pathlib import Path

from check_project import CheckProject, project  # noqa: F401
from tools.check import registry
from tools.check.checks.base import EntryContext, EntryFacts, FileFacts
from tools.check.registry import (
    CHECKS,
    CorpusCheck,
    EngineCheck,
    EntryCheck,
    GlossaryCheck,
    all_checks,
    markdown_table,
)
from tools.glossary import lint

README = Path(__file__).resolve().parents[1] / "README.md"


def _readme_table() -> str:
    text = README.read_text("utf-8")
    start = text.index("| code | default | summary |")
    end = text.index("\n\n", start)
    return text[start : end + 1]


def test_readme_table_of_checks_is_the_registry() -> None:
    assert _readme_table() == markdown_table()
    assert README.read_text("utf-8").count("| code | default |") == 1


def test_list_checks_prints_each_registry_summary(project: CheckProject) -> None:
    lines = project.run("--list-checks").stdout.splitlines()
    assert len(lines) == len(all_checks())
    for line, check in zip(lines, all_checks()):
        assert line.split()[:2] == [check.code, check.severity.label]
        assert line.endswith(f"  {check.summary}")


def test_sarif_rules_carry_each_registry_summary_and_description(project: CheckProject) -> None:
    rules = json.loads(project.run("--format", "sarif").stdout)["runs"][0]["tool"]["driver"]["rules"]
    assert [(r["id"], r["shortDescription"]["text"], r["fullDescription"]["text"]) for r in rules] == [
        (c.code, c.summary, c.description) for c in all_checks()
    ]


def test_every_code_is_declared_once_in_one_kind() -> None:
    codes = [check.code for check in all_checks()]
    assert len(codes) == len(set(codes))
    kinds = {EntryCheck: registry.ENTRY, CorpusCheck: registry.CORPUS, EngineCheck: registry.ENGINE}
    for check in CHECKS:
        assert check.scope == kinds[type(check)]
    assert [c.rule for c in all_checks() if isinstance(c, GlossaryCheck)] == list(lint.RULES)
    assert all(c.scope == registry.GLOSSARY for c in all_checks() if isinstance(c, GlossaryCheck))


def test_declarations_have_exact_signatures() -> None:
    """The callables' types say what the engine passes and expects, with no ``...`` or ``Any``."""
    hints = typing.get_type_hints(EntryCheck, vars(registry))
    assert typing.get_args(hints["run"])[0] == [EntryContext]
    corpus = typing.get_type_hints(CorpusCheck, vars(registry))
    assert typing.get_args(corpus["collect"]) == ([EntryContext], EntryFacts | None)
    assert typing.get_args(typing.get_args(corpus["run"])[0][0]) == (FileFacts,)
    facts = typing.get_type_hints(FileFacts.add, vars(registry))
    assert facts["facts"] == EntryFacts
