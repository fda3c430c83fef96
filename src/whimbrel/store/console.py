"""What the store's CLI commands show: the ingest progress bar, summaries, tables, `watch`.

Library functions with a Rich console passed in, so `cli.py` stays a thin shell.
"""

from __future__ import annotations

import re
import signal
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from whimbrel.errors import InputError
from whimbrel.fetch import FetchPolicy
from whimbrel.settings import Settings
from whimbrel.store import DyadPeriod, EventRow, Store
from whimbrel.store.load import IngestSummary, Interrupted, ingest_into

if TYPE_CHECKING:  # the pipeline (and spaCy) loads only where articles are coded
    from whimbrel.pipeline import Coder

_EVERY = re.compile(r"^(\d+(?:\.\d+)?)\s*([smh]?)$")


def parse_every(value: str) -> float:
    """'15m' -> 900.0 seconds; accepts s, m, h (bare numbers are seconds)."""
    match = _EVERY.match(value.strip().lower())
    if not match or float(match.group(1)) <= 0:
        raise InputError(value, "bad interval: expected e.g. 30s, 15m or 1h")
    scale = {"": 1, "s": 1, "m": 60, "h": 3600}[match.group(2)]
    return float(match.group(1)) * scale


def ingest_with_progress(
    store: Store,
    sources: list[str],
    settings: Settings,
    console: Console,
    *,
    published: date | None = None,
    workers: int = 1,
    coder: Coder | None = None,
) -> IngestSummary:
    """Ingest SOURCEs into `store` with a progress bar (articles/s) and failures on `console`."""
    from whimbrel.sources import read_sources

    items = read_sources(sources, published)
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]ingest[/]"),
        BarColumn(bar_width=None),
        TextColumn(
            "{task.fields[coded]} coded, {task.fields[dups]} duplicate, "
            "{task.fields[failed]} failed, {task.fields[rate]:.1f} articles/s"
        ),
        TimeElapsedColumn(),
        console=console,
        transient=False,
        disable=not console.is_terminal,
    ) as progress:
        task = progress.add_task("ingest", total=None, coded=0, dups=0, failed=0, rate=0.0)

        def update(summary: IngestSummary) -> None:
            progress.update(
                task,
                coded=summary.coded,
                dups=summary.duplicates,
                failed=len(summary.failures),
                rate=summary.rate,
            )

        summary = ingest_into(
            store,
            items,
            settings,
            sources=sources,
            workers=workers,
            coder=coder,
            on_progress=update,
        )
        update(summary)
    return summary


def print_summary(summary: IngestSummary, console: Console) -> None:
    head, *failures = summary.lines()
    console.print(head, soft_wrap=True, highlight=False)
    for line in failures:
        console.print(f"[red]{line}[/]", soft_wrap=True, highlight=False)


def stdout_console() -> Console:
    """Standard output; 160 columns wide when it is a file or pipe rather than a terminal."""
    return Console(highlight=False, width=None if sys.stdout.isatty() else 160)


def events_table(rows: list[EventRow]) -> Table:
    table = Table(title=f"{len(rows)} events", expand=True)
    for name in ("day", "source", "cameo", "target", "goldstein", "mentions", "evidence"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(
            str(row.day or "-"),
            row.source_code or row.source_country or "-",
            row.cameo,
            row.target_code or row.target_country or "-",
            f"{row.goldstein:+.1f}",
            str(row.cluster_mentions or 1),
            row.sentence_text,
        )
    return table


def dyad_table(source: str, target: str, periods: list[DyadPeriod]) -> Table:
    table = Table(title=f"{source} -> {target}")
    for name in ("period", "events", "goldstein sum", "goldstein mean", "q1", "q2", "q3", "q4"):
        table.add_column(name, justify="right")
    for p in periods:
        table.add_row(
            p.period.isoformat(),
            str(p.events),
            f"{p.goldstein_sum:.1f}",
            f"{p.goldstein_mean:.2f}",
            *(str(n) for n in p.quad_counts),
        )
    return table


def dyad_records(periods: list[DyadPeriod]) -> list[dict[str, Any]]:
    return [
        {
            "period": p.period.isoformat(),
            "events": p.events,
            "goldstein_sum": p.goldstein_sum,
            "goldstein_mean": p.goldstein_mean,
            **{f"quad{i}": n for i, n in enumerate(p.quad_counts, start=1)},
        }
        for p in periods
    ]


def read_feeds_file(path: Path) -> list[str]:
    if not path.is_file():
        raise InputError(str(path), "no such file")
    feeds = [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    if not feeds:
        raise InputError(str(path), "lists no feeds (one URL or feed file per line)")
    return feeds


def watch(
    store: Store,
    feeds: list[str],
    settings: Settings,
    console: Console,
    *,
    every_s: float,
    cycles: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
    coder: Coder | None = None,
    policy: FetchPolicy | None = None,
) -> int:
    """Poll `feeds` every `every_s` seconds, ingesting what is new; one log line per cycle.

    A feed that is down is logged and retried next cycle. Ctrl-C or SIGTERM stops between
    (or inside, rolled back) article transactions. Returns the number of cycles run.
    """
    from whimbrel.pipeline import Coder
    from whimbrel.sources import read_sources

    def stop(_signum: int, _frame: object) -> None:
        raise Interrupted()

    previous = signal.signal(signal.SIGTERM, stop)
    coder = coder or Coder.load(settings)
    done = 0
    try:
        while cycles is None or done < cycles:
            started = time.monotonic()
            items = read_sources(feeds, policy=policy)
            summary = ingest_into(store, items, settings, sources=feeds, coder=coder)
            done += 1
            stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
            console.print(
                f"{stamp} cycle {done}: {summary.coded} new, {summary.duplicates} already "
                f"stored, {len(summary.failures)} failed, {summary.events} events",
                highlight=False,
            )
            for failure in summary.failures[:10]:
                console.print(f"  [red]failed:[/] {failure}", soft_wrap=True, highlight=False)
            if summary.interrupted:
                break
            if cycles is not None and done >= cycles:
                break
            sleep(max(0.0, every_s - (time.monotonic() - started)))
    except (KeyboardInterrupt, Interrupted):
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    console.print(f"watch stopped after {done} cycle(s)", highlight=False)
    return done
