"""Evaluation: gold readers per format, metrics, and a runner that codes gold texts and scores.

    from whimbrel.evaluate import evaluate_set, load_set
    result = evaluate_set(load_set("plover_gsr", shared_dir), coder, plover_table)

See `runner.py` for the sets `whimbrel eval all` runs, `metrics.py` for how events are matched.
"""

from __future__ import annotations

from whimbrel.evaluate.records import GoldEvent, GoldItem, GoldQuote, GoldSet, GoldTimex
from whimbrel.evaluate.runner import (
    OWN_GOLD,
    OWN_SET,
    SetResult,
    available_sets,
    evaluate_set,
    load_plover_table,
    load_set,
    read_gold_file,
)

__all__ = [
    "OWN_GOLD",
    "OWN_SET",
    "GoldEvent",
    "GoldItem",
    "GoldQuote",
    "GoldSet",
    "GoldTimex",
    "SetResult",
    "available_sets",
    "evaluate_set",
    "load_plover_table",
    "load_set",
    "read_gold_file",
]
