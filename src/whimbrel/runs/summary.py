"""What a run did (`RunSummary`), and the stop requests (SIGTERM, Ctrl-C) a run honours."""

from __future__ import annotations

import signal
from dataclasses import dataclass, field
from typing import Any

from whimbrel.records import Failure


@dataclass
class RunSummary:
    """One run of ingest, load or partitioned ingest, as the runs table records it."""

    # Articles stored by this run, with their events.
    coded: int = 0
    events: int = 0
    # Articles skipped because they were already stored (or twice in this run's input).
    duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)
    # Parquet partitions loaded; None for a run that codes locally.
    partitions: int | None = None
    seconds: float = 0.0
    # Of `seconds`, the time spent in the store (duplicate checks and writes, dedup included).
    store_seconds: float = 0.0
    interrupted: bool = False
    run_id: int | None = None
    # Of the stored articles, those with no publication date, and of their events those with
    # no day (no date of their own nor an article date): stored with an empty day.
    undated_articles: int = 0
    undated_events: int = 0
    # Items the run's input holds, when known beforehand (for progress); else None.
    total: int | None = None

    @property
    def processed(self) -> int:
        """Input items dealt with so far: stored, skipped as duplicates, or failed."""
        return self.coded + self.duplicates + len(self.failures)

    @property
    def rate(self) -> float:
        return self.coded / self.seconds if self.seconds > 0 else 0.0


class Interrupted(Exception):
    """A stop was asked for (SIGTERM, Ctrl-C); raised between two articles' transactions."""


class StopRequests:
    """Turns SIGTERM and the first Ctrl-C into a request honoured between two articles.

    The article being stored is finished (its transaction commits and is counted) before the
    run stops; a second Ctrl-C stops at once, and the open transaction rolls back.
    """

    def __init__(self) -> None:
        self.requested = False
        self._previous: dict[int, Any] = {}

    def _handle(self, signum: int, _frame: object) -> None:
        if self.requested and signum == signal.SIGINT:
            raise KeyboardInterrupt
        self.requested = True

    def check(self) -> None:
        if self.requested:
            raise Interrupted()

    def __enter__(self) -> StopRequests:
        for signum in (signal.SIGTERM, signal.SIGINT):
            try:
                self._previous[signum] = signal.signal(signum, self._handle)
            except ValueError:  # not the main thread: signals stay with the caller
                pass
        return self

    def __exit__(self, *_exc: object) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
