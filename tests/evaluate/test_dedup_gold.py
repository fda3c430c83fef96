"""The deduplication gold (`tests/gold/dedup_events.jsonl`): it loads, is well formed, and
the store's clustering scores on it as the README says."""

from __future__ import annotations

from pathlib import Path

import pytest

from whimbrel.errors import DataError
from whimbrel.evaluate.dedup_gold import evaluate, load_gold

GOLD = Path(__file__).resolve().parents[1] / "gold" / "dedup_events.jsonl"


def test_gold_file_loads_and_is_well_formed() -> None:
    gold = load_gold(GOLD)
    assert len(gold) >= 30
    clusters = {g.cluster for g in gold}
    assert sum(1 for c in clusters if sum(g.cluster == c for g in gold) > 1) >= 5
    for g in gold:
        assert g.cameo[:2].isdigit() and 1 <= int(g.cameo[:2]) <= 20
        assert len(g.key) <= 80  # a short key, never article text


def test_gold_loader_names_a_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"mention": "x"}\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"gold.jsonl:1: missing"):
        load_gold(bad)


@pytest.mark.shared
def test_dedup_on_the_gold_clusters(shared_dir: Path) -> None:
    scores = evaluate(GOLD, shared_dir)
    # Measured 0.889 / 0.780 (README); these floors catch a regression.
    assert scores.precision >= 0.85
    assert scores.recall >= 0.75
