"""`whimbrel eval` end to end on a small gold file, in process with the session's coder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from whimbrel.cli import app
from whimbrel.evaluate import report

RECORDS = [
    {
        "id": "S1",
        "text": "Russia accused Ukraine of shelling civilians in Donetsk on Tuesday.",
        "date": "2015-06-09",
        "events": [{"code": "112", "source": "RUS", "target": "UKR"}],
    },
    {
        "id": "S2",
        "text": "The weather in Geneva was mild.",
        "date": "2015-06-09",
        "events": [],
        "no_events": True,
    },
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "petr2_gsr_validation.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


@pytest.fixture
def runner(monkeypatch, coder) -> CliRunner:
    from whimbrel.pipeline import Coder

    monkeypatch.setattr(Coder, "load", classmethod(lambda cls, settings=None: coder))
    return CliRunner()


def test_eval_json_is_stable_and_complete(runner, gold_file, tmp_path):
    first = runner.invoke(app, ["eval", str(gold_file), "--format", "json", "--details"])
    second = runner.invoke(app, ["eval", str(gold_file), "--format", "json", "--details"])
    assert first.exit_code == 0, first.output
    assert first.output == second.output  # same command, same numbers
    (result,) = json.loads(first.output)
    assert result["set"] == "petr2_gsr_validation" and result["items"] == 2
    assert set(result["levels"]) == {"root", "dyad", "code"}
    counts = result["levels"]["dyad"]
    assert counts["tp"] + counts["fn"] == 1
    assert isinstance(result["details"], list)


def test_eval_markdown_and_baseline(runner, gold_file, tmp_path):
    baseline = tmp_path / "baseline.json"
    out = runner.invoke(
        app, ["eval", str(gold_file), "--format", "markdown", "--write-baseline", str(baseline)]
    )
    assert out.exit_code == 0, out.output
    assert "| set | items | gold events | level | P | R | F1 |" in out.output
    recorded = report.read_baseline(baseline)
    assert set(recorded["sets"]["petr2_gsr_validation"]) == {"root", "dyad", "code"}


def test_eval_names_a_missing_gold_file(runner, tmp_path):
    out = runner.invoke(app, ["eval", str(tmp_path / "nope.jsonl")])
    assert out.exit_code == 1
    assert "nope.jsonl: no such gold file" in out.output
