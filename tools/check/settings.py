"""Settings of ``check-glossary``: defaults < pyproject.toml < command line.

``[tool.tarjuman.check]`` in pyproject.toml accepts::

    [tool.tarjuman.check]
    severity = { untranslated = "warning", "forbidden-anywhere" = "error" }
    disable = ["fuzzy"]
    fail-on = "warning"          # info | warning | error | never
    baseline = "qa/glossary-baseline.json"
    variants = "accept"          # accept | report (info term-variant) | exact
    second-reference = "warning" # severity of a missing term already rendered earlier in the article

and the glossary comes from the top-level ``glossary`` key of ``[tool.tarjuman]``.
Every command-line option defaults to "not given" (``None`` or empty), so a
configured value shows through unless the option is used. Unknown keys,
codes and severities are :class:`~tools.errors.InputError` naming the file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.check.checks.base import VARIANT_MODES, VARIANTS_ACCEPT
from tools.check.registry import by_code
from tools.config import ProjectConfig
from tools.errors import InputError
from tools.paths import check_inside
from tools.check.findings import Severity

SECTION = "check"
KEYS = ("severity", "disable", "fail-on", "baseline", "variants", "second-reference")
#: ``fail-on`` values: a severity, or ``never`` (``None``: exit 0 whatever is found).
FAIL_ON_CHOICES = ("info", "warning", "error", "never")
DEFAULT_FAIL_ON = "error"


@dataclass(frozen=True)
class CliOptions:
    """What the command line said; ``None`` / empty means "not given"."""

    glossary: tuple[Path, ...] = ()
    severity: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    fail_on: str | None = None
    baseline: Path | None = None


@dataclass(frozen=True)
class Settings:
    """The merged settings one run uses."""

    glossary: tuple[Path, ...]
    severity: Mapping[str, Severity] = field(default_factory=dict)
    disabled: frozenset[str] = frozenset()
    fail_on: Severity | None = Severity.ERROR
    baseline: Path | None = None
    variants: str = VARIANTS_ACCEPT
    second_reference: Severity = Severity.WARNING

    def enabled(self, code: str) -> bool:
        return code not in self.disabled

    def severity_of(self, code: str, default: Severity) -> Severity:
        return self.severity.get(code, default)


def parse_fail_on(value: str, where: str | Path | None) -> Severity | None:
    """``"never"`` -> ``None``; a severity name -> that severity."""
    if value == "never":
        return None
    try:
        return Severity.parse(value)
    except ValueError:
        choices = ", ".join(FAIL_ON_CHOICES)
        raise InputError(where, f"fail-on: unknown value {value!r} (expected one of: {choices})") from None


def resolve(config: ProjectConfig, cli: CliOptions) -> Settings:
    """Merge the defaults, ``[tool.tarjuman.check]`` and the command line."""
    table = config.section(SECTION)
    where = config.pyproject
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise InputError(
            where, f"[tool.tarjuman.check] unknown key {unknown[0]!r} (known: {', '.join(KEYS)})"
        )
    codes = set(by_code())
    severity = _severity_table(table.get("severity", {}), codes, where)
    severity.update(_cli_severity(cli.severity, codes))
    disabled = set(_code_list(table.get("disable", []), codes, where, "disable"))
    disabled.update(_check_codes(cli.disable, codes, "--disable"))
    fail_on_text = cli.fail_on or _string(table.get("fail-on", DEFAULT_FAIL_ON), where, "fail-on")
    fail_on = parse_fail_on(fail_on_text, "--fail-on" if cli.fail_on else where)
    baseline = cli.baseline
    if baseline is None and "baseline" in table:
        # A configured file, unlike --baseline, must stay inside the project:
        # --write-baseline writes it.
        baseline = check_inside(
            config.root, config.root / _string(table["baseline"], where, "baseline"),
            "[tool.tarjuman.check] baseline", where,
        )
    variants = _string(table.get("variants", VARIANTS_ACCEPT), where, "variants")
    if variants not in VARIANT_MODES:
        raise InputError(
            where, f"[tool.tarjuman.check] variants: unknown value {variants!r} "
            f"(expected one of: {', '.join(VARIANT_MODES)})"
        )
    second = _string(table.get("second-reference", "warning"), where, "second-reference")
    try:
        second_reference = Severity.parse(second)
    except ValueError as error:
        raise InputError(where, f"[tool.tarjuman.check] second-reference: {error}") from None
    return Settings(
        glossary=cli.glossary or config.glossary,
        severity=severity,
        disabled=frozenset(disabled),
        fail_on=fail_on,
        baseline=baseline,
        variants=variants,
        second_reference=second_reference,
    )


def _string(value: Any, where: Path | None, key: str) -> str:
    if not isinstance(value, str):
        raise InputError(where, f"[tool.tarjuman.check] {key} must be a string")
    return value


def _severity_table(value: Any, codes: set[str], where: Path | None) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise InputError(where, "[tool.tarjuman.check] severity must be a table of code = level")
    result: dict[str, Severity] = {}
    for code, level in value.items():
        _known(code, codes, where, "[tool.tarjuman.check] severity")
        try:
            result[code] = Severity.parse(_string(level, where, f"severity.{code}"))
        except ValueError as error:
            raise InputError(where, f"[tool.tarjuman.check] severity.{code}: {error}") from None
    return result


def _code_list(value: Any, codes: set[str], where: Path | None, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(where, f"[tool.tarjuman.check] {key} must be a list of check codes")
    for code in value:
        _known(code, codes, where, f"[tool.tarjuman.check] {key}")
    return value


def _cli_severity(values: Iterable[str], codes: set[str]) -> dict[str, Severity]:
    result: dict[str, Severity] = {}
    for value in values:
        code, sep, level = value.partition("=")
        if not sep:
            raise InputError("--severity", f"expected CODE=LEVEL, got {value!r}")
        _known(code.strip(), codes, "--severity", "")
        try:
            result[code.strip()] = Severity.parse(level)
        except ValueError as error:
            raise InputError("--severity", str(error)) from None
    return result


def _check_codes(values: Iterable[str], codes: set[str], option: str) -> list[str]:
    for code in values:
        _known(code, codes, option, "")
    return list(values)


def _known(code: str, codes: set[str], where: str | Path | None, what: str) -> None:
    if code not in codes:
        prefix = f"{what}: " if what else ""
        raise InputError(
            where,
            f"{prefix}unknown check code {code!r} (see 'tools check-glossary --list-checks')",
        )
