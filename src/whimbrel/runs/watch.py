"""`watch`: poll feeds on a schedule and ingest what is new, until stopped.

A feed that is down is reported and retried next cycle; a feed entry whose page cannot be
fetched is stored from the entry's own title and description, with a warning. A cycle in
which every item failed (nothing stored, nothing already stored) stops the watch:
`all_failed(summary)` says so, and `whimbrel watch` exits 1. Ctrl-C or SIGTERM stops between
(or inside, rolled back) article transactions.
"""

from __future__ import annotations

import re
import signal
import time
from collections.abc import Callable
from pathlib import Path

from whimbrel.errors import InputError
from whimbrel.fetch import FetchPolicy
from whimbrel.pipeline import Coder
from whimbrel.runs.ingest import ingest_into
from whimbrel.runs.summary import Interrupted, RunSummary
from whimbrel.settings import Settings
from whimbrel.sources import read_sources
from whimbrel.store import Store

_EVERY = re.compile(r"^(\d+(?:\.\d+)?)\s*([smh]?)$")


def parse_every(value: str) -> float:
    """'15m' -> 900.0 seconds; accepts s, m, h (bare numbers are seconds)."""
    match = _EVERY.match(value.strip().lower())
    if not match or float(match.group(1)) <= 0:
        raise InputError(value, "bad interval: expected e.g. 30s, 15m or 1h")
    scale = {"": 1, "s": 1, "m": 60, "h": 3600}[match.group(2)]
    return float(match.group(1)) * scale


def read_feeds_file(path: Path) -> list[str]:
    """The feeds listed in `path`, one URL or feed file per line (# starts a comment)."""
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


def all_failed(summary: RunSummary) -> bool:
    """Every item of the cycle failed: nothing was stored or found already stored."""
    return bool(summary.failures) and summary.coded == 0 and summary.duplicates == 0


def watch(
    store: Store,
    feeds: list[str],
    settings: Settings,
    *,
    every_s: float,
    cycles: int | None = None,
    on_cycle: Callable[[int, RunSummary], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    coder: Coder | None = None,
    policy: FetchPolicy | None = None,
) -> int:
    """Poll `feeds` every `every_s` seconds, ingesting what is new; `on_cycle(n, summary)`
    after each cycle. Stops after a cycle whose every item failed (`all_failed`). Returns
    the number of cycles run."""

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
            if on_cycle is not None:
                on_cycle(done, summary)
            if summary.interrupted or all_failed(summary):
                break
            if cycles is not None and done >= cycles:
                break
            sleep(max(0.0, every_s - (time.monotonic() - started)))
    except (KeyboardInterrupt, Interrupted):
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    return done
