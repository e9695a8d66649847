"""The check-glossary command line: exit statuses, output choices, parallel runs, the hook file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from check_project import ARTICLE, GLOSSARY, LINE, CheckProject, project  # noqa: F401

REPO = Path(__file__).resolve().parent.parent


# --- exit statuses -------------------------------------------------------------------------


def test_exit_0_when_clean(project: CheckProject) -> None:
    outcome = project.run()
    assert outcome.exit_code == 0
    assert outcome.stdout == "no problems in 1 file and 1 glossary file\n"


def test_exit_1_on_an_error(project: CheckProject) -> None:
    project.edit("2030 World Cup", "2030 World Glass")
    assert project.run().exit_code == 1


def test_exit_0_on_a_warning_below_fail_on(project: CheckProject) -> None:
    project.edit('"The statement noted that', '"The statement\u200b noted that')
    assert project.run().exit_code == 0
    assert project.run("--fail-on", "warning").exit_code == 1


def test_exit_0_with_fail_on_never(project: CheckProject) -> None:
    project.edit("2030 World Cup", "2030 World Glass")
    assert project.run("--fail-on", "never").exit_code == 0


def test_fail_on_info_fails_on_untranslated(project: CheckProject) -> None:
    project.edit('msgstr "Homepress"', 'msgstr ""')
    assert project.run().exit_code == 0
    assert project.run("--fail-on", "info").exit_code == 1


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (None, ["translations/nowhere.po"], "translations/nowhere.po: no such file or directory"),
        (None, ["--glossary", "missing.po"], "missing.po: no such glossary file or directory"),
        ("bad-utf8", [], f"{ARTICLE}:18: not valid UTF-8"),
        ("bad-syntax", [], f"{ARTICLE}:18: "),
        ("conflict", [], f"{ARTICLE}:21: merge-conflict marker"),
        ("bad-glossary", [], f"{GLOSSARY}:"),
        (None, ["--severity", "missing-term"], "--severity: expected CODE=LEVEL"),
        (None, ["--severity", "missing-term=fatal"], "unknown severity 'fatal'"),
        (None, ["--disable", "no-such-check"], "--disable: unknown check code 'no-such-check'"),
    ],
    ids=[
        "missing-path", "missing-glossary", "invalid-utf8", "po-syntax-error", "conflict-marker",
        "glossary-syntax-error", "severity-without-level", "unknown-severity", "unknown-code",
    ],
)
def test_exit_2_with_a_one_line_error(project: CheckProject, setup, args, message) -> None:
    article = project.path()
    if setup == "bad-utf8":
        article.write_bytes(article.read_bytes().replace(b"Homepress", b"Home\xffpress"))
    elif setup == "bad-syntax":
        project.edit('msgstr "Homepress"', 'msgstr "Homepress')
    elif setup == "conflict":
        project.edit("#: seeds/hammouchi-ahlgren.txt:3\n", "#: seeds/hammouchi-ahlgren.txt:3\n=======\n")
    elif setup == "bad-glossary":
        project.path(GLOSSARY).write_text('msgid "x"\nmsgstr "y\n', "utf-8")
    outcome = project.run(*args)
    assert outcome.exit_code == 2
    assert outcome.stdout == ""
    assert outcome.stderr.startswith("tools: error: ")
    assert message in outcome.stderr
    assert outcome.stderr.count("\n") == 1 and "Traceback" not in outcome.stderr


def test_exit_2_for_an_unknown_option_value(project: CheckProject) -> None:
    outcome = project.run("--fail-on", "sometimes")
    assert outcome.exit_code == 2
    assert "Invalid value for '--fail-on'" in outcome.stderr


def test_exit_2_for_write_baseline_without_a_file(project: CheckProject) -> None:
    outcome = project.run("--write-baseline")
    assert outcome.exit_code == 2
    assert "--write-baseline needs --baseline" in outcome.stderr


# --- output --------------------------------------------------------------------------------


def test_output_file_is_written_and_stdout_stays_empty(project: CheckProject) -> None:
    project.edit("2030 World Cup", "2030 World Glass")
    outcome = project.run("--format", "json", "--output", "qa/report.json")
    assert outcome.exit_code == 1
    assert outcome.stdout == ""
    report = json.loads((project.root / "qa" / "report.json").read_text("utf-8"))
    assert report["summary"]["error"] == 2
    assert not list((project.root / "qa").glob(".report.json.*"))  # no temporary file left


def test_auto_format_is_github_inside_github_actions(project: CheckProject) -> None:
    project.edit("2030 World Cup", "2030 World Glass")
    outcome = project.run(env={"GITHUB_ACTIONS": "true"})
    assert outcome.stdout.startswith(f"::error file={ARTICLE},line={LINE[4]},title=forbidden-term::")
    assert project.run().stdout.startswith(f"{ARTICLE}:{LINE[4]}: error forbidden-term: ")


def test_text_has_no_colour_when_not_a_terminal(project: CheckProject) -> None:
    project.edit("2030 World Cup", "2030 World Glass")
    assert "\x1b[" not in project.run().stdout


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    from tools.cli import check_cmd

    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert check_cmd._use_color(None) is True
    assert check_cmd._use_color(Path("report.txt")) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert check_cmd._use_color(None) is False


def test_list_checks_names_every_code(project: CheckProject) -> None:
    from tools.check.registry import all_checks

    outcome = project.run("--list-checks")
    assert outcome.exit_code == 0
    listed = [line.split()[0] for line in outcome.stdout.splitlines()]
    assert listed == [check.code for check in all_checks()]


# --- parallel runs -------------------------------------------------------------------------


def _many_articles(project: CheckProject, count: int) -> None:
    for index in range(count):
        target = f"translations/article-{index:02}/en.po"
        project.copy(ARTICLE, target)
        if index % 3 == 0:
            project.edit("2030 World Cup", f"2030 World Glass {index}", target)
        if index % 4 == 1:
            project.edit("will host in 2028.", f"will host in {2000 + index}.", target)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit"])
def test_jobs_2_gives_the_same_output_as_serial(project: CheckProject, fmt: str) -> None:
    _many_articles(project, 7)
    serial = project.run("--format", fmt)
    parallel = project.run("--format", fmt, "--jobs", "2")
    assert serial.exit_code == parallel.exit_code == 1
    assert parallel.stdout == serial.stdout
    assert "inconsistent-translation" in serial.stdout


@pytest.mark.parametrize(("options", "expected"), [(("--no-cache",), [16]), ((), [16]), ((), [])])
def test_matcher_is_built_once_per_run(
    project: CheckProject, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, options: tuple[str, ...],
    expected: list[int],
) -> None:
    """Once for all files, or not at all when the glossary cache has it (the third run of the same glossary).

    Counted in a file: a missing cache entry may be built in a child process.
    """
    from tools.glossary import cache

    log = tmp_path / "built.log"
    original = cache.SourceMatcher

    def counting(terms):
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{len(terms)}\n")
        return original(terms)

    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    _many_articles(project, 4)
    if not expected:
        project.run()  # fills the cache
    monkeypatch.setattr(cache, "SourceMatcher", counting)
    project.run(*options)
    built = [int(line) for line in log.read_text(encoding="utf-8").split()] if log.exists() else []
    assert built == expected


# --- the pre-commit hook -------------------------------------------------------------------


def test_progress_bar_only_on_a_terminal_and_for_many_files(monkeypatch: pytest.MonkeyPatch) -> None:
    import click

    from tools.cli import check_cmd

    items = ["a.po"] * check_cmd.PROGRESS_MIN_FILES
    monkeypatch.setattr("sys.stderr.isatty", lambda: False)
    with check_cmd._progress(items, len(items)) as shown:
        assert shown is items
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert isinstance(check_cmd._progress(items, len(items)), click._termui_impl.ProgressBar)
    with check_cmd._progress(items[:3], 3) as shown:
        assert shown == items[:3]


def test_jobs_0_uses_every_cpu(project: CheckProject) -> None:
    _many_articles(project, 3)
    assert project.run("--jobs", "0").stdout == project.run().stdout


def test_a_file_named_twice_is_checked_once(project: CheckProject) -> None:
    outcome = project.check(ARTICLE, f"./{ARTICLE}", "translations")
    assert outcome.json()["files"] == [ARTICLE]


def test_text_colours_the_severity_when_asked(project: CheckProject) -> None:
    from tools.check import engine
    from tools.check.reporters import text
    from tools.check.reporters.base import ReportOptions
    from tools.check.settings import CliOptions, resolve
    from tools.config import load_config

    project.edit("2030 World Cup", "2030 World Glass")
    config = load_config(project.root)
    result = engine.run(config, resolve(config, CliOptions()))
    coloured = text.render(result, ReportOptions(color=True))
    assert f"{ARTICLE}:{LINE[4]}: \x1b[31m\x1b[1merror\x1b[0m forbidden-term: " in coloured
    assert "\x1b[" not in text.render(result, ReportOptions(color=False))
