"""benchmarks/pretranslate_demo.py shows what each command reports, and the counts its README quotes."""

from __future__ import annotations

import re

import pytest

from conftest import load_benchmark


def test_every_command_of_the_demo_shows_its_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """The summaries go to the commands' stderr: the demo must show them, not empty lines."""
    load_benchmark("pretranslate_demo").main()
    out = capsys.readouterr().out
    blocks = re.split(r"^\$ ", out, flags=re.M)[1:]
    assert len(blocks) == 5
    for block in blocks:
        command, _, shown = block.partition("\n")
        assert shown.strip(), f"nothing shown for: tools {command}"
    assert "translations/dgsn-spain-followup/en.po: 1 exact, 3 fuzzy" in out
    control = blocks[-1]
    assert "control" in control and "0 exact, 0 fuzzy" in control
