"""Rendering results: a results table (rich or Markdown), JSON, the details list, the baseline.

The results table has one row per set and level (set, items, gold events, level, P, R, F1);
a second table lists the other measures (modality, dates, quotes, time expressions); a third
breaks each event set down by root (P, R, F1 per CAMEO root, PLOVER category or five-class
label, at the set's pairing level), and a fourth lists the most frequent root confusions
(gold root vs coded root for the same sentence and actor pair).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.table import Table

from whimbrel.errors import DataError
from whimbrel.evaluate.metrics import PAIRING_LEVEL
from whimbrel.evaluate.runner import SetResult

# How many of a set's most frequent root confusions the report lists.
CONFUSIONS_SHOWN = 10

LEVEL_NAMES = {
    "cameo": {"root": "root", "dyad": "country dyad + root", "code": "country dyad + code"},
    "plover": {"root": "PLOVER category", "dyad": "country dyad + PLOVER"},
    "pentaclass": {"root": "five-class (main event)"},
}


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def event_rows(results: Sequence[SetResult]) -> list[list[str]]:
    rows = []
    for result in results:
        for level, counts in result.levels.items():
            rows.append(
                [
                    result.name,
                    str(result.items),
                    str(result.gold_events),
                    LEVEL_NAMES[result.scheme][level],
                    _pct(counts.precision),
                    _pct(counts.recall),
                    _pct(counts.f1),
                ]
            )
    return rows


def measure_rows(results: Sequence[SetResult]) -> list[list[str]]:
    rows = []
    for result in results:
        for name, ratio in (
            ("modality accuracy (matched events)", result.modality),
            ("date accuracy at gold precision (matched events)", result.dates),
            ("quotes found", result.quotes_found),
            ("quote-speaker accuracy", result.quote_speakers),
        ):
            if ratio is not None and ratio.total:
                rows.append([result.name, name, _pct(ratio.value), str(ratio.total)])
        for name, ratio in result.extra.items():
            if ratio.total:
                rows.append([result.name, name, _pct(ratio.value), str(ratio.total)])
        for group, score in result.timex.items():
            label = "" if group == "all" else f" ({group})"
            if result.timex_spans:
                for kind, counts in (("strict", score.strict), ("relaxed", score.relaxed)):
                    rows.append(
                        [
                            result.name,
                            f"timex {kind}-span P/R/F1{label}",
                            f"{_pct(counts.precision)}/{_pct(counts.recall)}/{_pct(counts.f1)}",
                            str(counts.tp + counts.fn),
                        ]
                    )
            else:
                rows.append(
                    [
                        result.name,
                        f"timexes found{label}",
                        _pct(score.relaxed.recall),
                        str(score.relaxed.tp + score.relaxed.fn),
                    ]
                )
            rows.append(
                [
                    result.name,
                    f"timex value accuracy{label}",
                    _pct(score.value.value),
                    str(score.value.total),
                ]
            )
    return rows


def _root_name(root: str, scheme: str) -> str:
    """A CAMEO root with its name ("19 fight"); other schemes' labels as they are."""
    if scheme != "cameo":
        return root
    from whimbrel.events.ontology import codes

    entry = codes().get(root)
    return f"{root} {entry.label.lower()}" if entry else root


def root_rows(results: Sequence[SetResult]) -> list[list[str]]:
    rows = []
    for result in results:
        level = LEVEL_NAMES.get(result.scheme, {}).get(PAIRING_LEVEL.get(result.scheme, ""), "")
        for root, counts in sorted(result.by_root.roots.items()):
            rows.append(
                [
                    result.name,
                    level,
                    _root_name(root, result.scheme),
                    str(counts.tp + counts.fn),
                    str(counts.tp + counts.fp),
                    _pct(counts.precision),
                    _pct(counts.recall),
                    _pct(counts.f1),
                ]
            )
    return rows


def confusion_rows(results: Sequence[SetResult]) -> list[list[str]]:
    return [
        [
            result.name,
            _root_name(gold, result.scheme),
            _root_name(coded, result.scheme),
            str(n),
        ]
        for result in results
        for gold, coded, n in result.by_root.most_confused(CONFUSIONS_SHOWN)
    ]


EVENT_HEADER = ["set", "items", "gold events", "level", "P", "R", "F1"]
MEASURE_HEADER = ["set", "measure", "%", "n"]
ROOT_HEADER = ["set", "level", "root", "gold", "coded", "P", "R", "F1"]
CONFUSION_HEADER = ["set", "gold root", "coded root", "n"]
NUMERIC = {"items", "gold events", "gold", "coded", "P", "R", "F1", "%", "n"}


def _sections(results: Sequence[SetResult]) -> list[tuple[str, list[str], list[list[str]]]]:
    return [
        ("Events", EVENT_HEADER, event_rows(results)),
        ("Other measures", MEASURE_HEADER, measure_rows(results)),
        ("Events per root", ROOT_HEADER, root_rows(results)),
        (
            "Most frequent wrong roots (same sentence and actor pair)",
            CONFUSION_HEADER,
            confusion_rows(results),
        ),
    ]


def rich_tables(results: Sequence[SetResult]) -> list[Table]:
    tables = []
    for title, header, rows in _sections(results):
        if not rows:
            continue
        table = Table(title=title, title_justify="left")
        for name in header:
            table.add_column(name, justify="right" if name in NUMERIC else "left")
        for row in rows:
            table.add_row(*row)
        tables.append(table)
    return tables


def markdown(results: Sequence[SetResult]) -> str:
    parts = []
    for title, header, rows in _sections(results):
        if not rows:
            continue
        lines = [] if title in ("Events", "Other measures") else [f"**{title}**", ""]
        lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def details_text(results: Sequence[SetResult]) -> str:
    lines = []
    for result in results:
        if not result.details:
            continue
        lines.append(f"## {result.name}: {len(result.details)} to look at")
        for detail in result.details:
            what = {"miss": "MISSED", "false": "FALSE", "quote": "QUOTE", "timex": "TIMEX"}
            lines.append(
                f"{what[detail.kind]:7} {detail.item}: {detail.gold or detail.coded}"
                + (f"  (coded: {detail.coded})" if detail.gold and detail.coded else "")
            )
            lines.append(f"        {detail.sentence}")
    return "\n".join(lines) + ("\n" if lines else "")


# --- the recorded baseline for the regression guard ------------------------------------


def baseline_record(results: Sequence[SetResult], model: str, run_date: str) -> dict[str, Any]:
    return {
        "model": model,
        "date": run_date,
        "sets": {r.name: {level: round(c.f1, 4) for level, c in r.levels.items()} for r in results},
    }


def write_baseline(path: Path, record: dict[str, Any]) -> None:
    path.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def read_baseline(path: Path) -> dict[str, Any]:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise DataError(str(path), f"cannot read the recorded baseline ({error})") from None
    if not isinstance(record, dict) or not isinstance(record.get("sets"), dict):
        raise DataError(str(path), "expected {'model', 'date', 'sets': {set: {level: f1}}}")
    return record
