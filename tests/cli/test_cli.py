"""The `whimbrel` command: formats, errors and exit codes, run as a real subprocess (help
screens in-process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from whimbrel.contract import validate

ARTICLE = (
    "Russian President Vladimir Putin and Joe Biden are scheduled to meet on Tuesday, "
    "the Kremlin said on Saturday.\n“We confirm,” Kremlin spokesman Dmitry Peskov said."
)


def run(*args: str, stdin: str | None = None, cwd: Path | None = None):
    return subprocess.run(
        [sys.executable, "-m", "whimbrel", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "COLUMNS": "160"},
        timeout=120,
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_version_and_help() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("whimbrel ")
    result = run("--help")
    assert result.returncode == 0
    assert "code" in result.stdout


def test_every_command_has_help_with_an_example() -> None:
    from whimbrel.cli import app

    # In-process (the same Typer app the entry point runs): one interpreter start per
    # command would cost a second each; test_version_and_help runs the real entry point.
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert "code" in names
    runner = CliRunner(env={"COLUMNS": "160"})
    for name in names:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert "Example" in result.output, f"`whimbrel {name} --help` shows no example"


def test_json_output_validates(article: Path) -> None:
    result = run("code", str(article), "--published", "2021-12-04", "--format", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    validate(document)
    values = {t["text"]: t["value"] for t in document["timexes"]}
    assert values["Tuesday"] == "2021-12-07"
    assert "no publication date" not in result.stderr


def test_stdin_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run("code", "-", "-p", "2021-12-04", "-o", str(out), stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    validate(json.loads(out.read_text(encoding="utf-8")))


def test_table_output(article: Path) -> None:
    result = run("code", str(article), "-p", "2021-12-04", "--format", "table")
    assert result.returncode == 0, result.stderr
    assert "published 2021-12-04" in result.stdout
    assert "evidence" in result.stdout


def test_missing_date_is_said_once(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"a{i}", "text": ARTICLE}) for i in range(3)]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("code", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("no publication date") == 1
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(documents) == 3
    assert all(
        t["value"] is None for d in documents for t in d["timexes"] if t["text"] == "Tuesday"
    )


def test_jsonl_batch_reports_bad_lines_and_codes_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "good1", "text": ARTICLE, "published": "2021-12-04"}),
                "[1, 2, 3]",
                "{not json",
                json.dumps({"id": "empty", "text": "   "}),
                json.dumps({"id": "baddate", "text": ARTICLE, "date": "04/12/2021"}),
                json.dumps({"id": "notext", "title": "x"}),
                json.dumps({"id": "good2", "text": ARTICLE, "date": "2021-12-05"}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = run("code", str(path))
    assert result.returncode == 1
    ids = [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()]
    assert ids == ["good1", "good2"]
    err = result.stderr
    assert "line 2: not a JSON object" in err
    assert "line 3: not valid JSON" in err
    assert "line 4: empty text" in err
    assert "line 5: bad date '04/12/2021'" in err
    assert "line 6: no 'text' string" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "no such file"),
        ("latin1", "not UTF-8"),
        ("empty", "empty text"),
        ("emptyjsonl", "empty JSONL file"),
    ],
)
def test_input_errors_exit_1_with_one_line(tmp_path: Path, setup: str, message: str) -> None:
    path = tmp_path / ("x.jsonl" if setup == "emptyjsonl" else "x.txt")
    if setup == "latin1":
        path.write_bytes("Kiev réfute".encode("latin-1"))
    elif setup in ("empty", "emptyjsonl"):
        path.write_text("  \n", encoding="utf-8")
    result = run("code", str(path))
    assert result.returncode == 1
    assert message in result.stderr
    assert str(path) in result.stderr.replace("\n", "")
    assert "Traceback" not in result.stderr


def test_debug_shows_traceback(tmp_path: Path) -> None:
    result = run("--debug", "code", str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert "Traceback" in result.stderr


def test_usage_errors_exit_2(article: Path) -> None:
    assert run("code", str(article), "--published", "4 Dec").returncode == 2
    assert run("code", str(article), "--format", "xml").returncode == 2
    assert run("code").returncode == 2
    assert run("frobnicate").returncode == 2
