"""The docs say what the code does: every command and setting is in the README."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

from whimbrel.cli import app
from whimbrel.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_install_run_and_test_commands() -> None:
    first_block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()]
    assert commands[:2] == ["make run", "make test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^run:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_command_is_documented() -> None:
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    for name in names:
        assert f"whimbrel {name}" in README, f"`whimbrel {name}` missing from README"


def test_every_setting_is_documented() -> None:
    source = (ROOT / "src" / "whimbrel" / "settings.py").read_text(encoding="utf-8")
    variables = set(re.findall(r'"(WHIMBREL_[A-Z_]+)"', source))
    assert len(variables) >= len(fields(Settings)) - 1
    for variable in variables:
        assert f"`{variable}`" in README, f"{variable} missing from README"
