"""Regression guard: event F1 (country dyad + root) on the project's own gold must not drop
more than 0.02 below the figure recorded in `tests/gold/baseline.json`.

Refresh the recorded figure after an intended change with:

    whimbrel eval tests/gold/events_gold.jsonl --write-baseline tests/gold/baseline.json
"""

from __future__ import annotations

from pathlib import Path

import pytest

from whimbrel.evaluate import readers, report
from whimbrel.evaluate.runner import NEWS_FILE, OWN_SET, evaluate_set

GOLD_DIR = Path(__file__).resolve().parents[1] / "gold"
TOLERANCE = 0.02

pytestmark = pytest.mark.shared


def test_event_f1_has_not_dropped_below_the_recorded_baseline(coder, shared_dir, settings):
    baseline = report.read_baseline(GOLD_DIR / "baseline.json")
    recorded = baseline["sets"][OWN_SET]["dyad"]
    if baseline.get("model") != settings.model:
        pytest.skip(f"baseline recorded with {baseline.get('model')}, running {settings.model}")
    gold = readers.read_own_gold(GOLD_DIR / "events_gold.jsonl", shared_dir / NEWS_FILE)
    result = evaluate_set(gold, coder)
    measured = result.levels["dyad"].f1
    assert measured >= recorded - TOLERANCE, (
        f"dyad+root F1 {measured:.4f} fell below the recorded {recorded:.4f} - {TOLERANCE}; "
        "run `whimbrel eval tests/gold/events_gold.jsonl --details` to see what changed"
    )
