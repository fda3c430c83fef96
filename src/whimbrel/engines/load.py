"""Bulk-load a directory of coded Parquet partitions into the event store.

    summary = load_partitions("coded/", store)

Each article is stored in its own transaction through the store's own `Store.write`, which
skips an article already stored (same URL, else same text hash): loading the same directory
twice, or two directories that overlap, never stores an article twice, and a load that was
killed resumes where it stopped. Rows whose article failed to code are reported, not stored.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whimbrel.engines.parquet import (
    DEFAULT_PARTITION_SIZE,
    PartitionFailure,
    PartitionReport,
    RunReport,
    partition_files,
    read_partition,
)
from whimbrel.errors import ArticleError, InputError
from whimbrel.settings import Settings
from whimbrel.store import Store


@dataclass
class LoadSummary:
    partitions: int = 0
    stored: int = 0
    duplicates: int = 0
    events: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    run_id: int | None = None

    @property
    def rate(self) -> float:
        return self.stored / self.seconds if self.seconds > 0 else 0.0

    def lines(self, max_failures: int = 20) -> list[str]:
        head = (
            f"loaded {self.partitions} partition(s): stored {self.stored} article(s) with "
            f"{self.events} event(s) in {self.seconds:.1f}s ({self.rate:.1f} articles/s); "
            f"skipped {self.duplicates} already stored; {len(self.failures)} failed"
        )
        shown = [f"  failed: {f}" for f in self.failures[:max_failures]]
        if len(self.failures) > max_failures:
            shown.append(f"  ... and {len(self.failures) - max_failures} more (see the runs table)")
        return [head, *shown]


def load_partitions(
    directory: str | Path,
    store: Store,
    on_partition: Callable[[LoadSummary], None] | None = None,
) -> LoadSummary:
    """Store every coded article in `directory`'s partitions; record the load as a run."""
    files = partition_files(directory)
    if not files:
        raise InputError(str(directory), "no Parquet partitions (part-*.parquet) found")
    return load_files(files, store, [str(directory)], on_partition)


def load_files(
    files: Sequence[Path],
    store: Store,
    sources: Sequence[str] = (),
    on_partition: Callable[[LoadSummary], None] | None = None,
) -> LoadSummary:
    """Store the coded articles of these partition files, in order; record it as a run."""
    summary = LoadSummary()
    summary.run_id = store.start_run(list(sources) or [str(f) for f in files])
    started = time.perf_counter()
    status = "failed"
    try:
        for path in files:
            for row in read_partition(path):
                if row.coded is None:
                    summary.failures.append(f"{row.article_id}: {row.error}")
                    continue
                try:
                    pk = store.write(row.coded, publisher=row.publisher, run_id=summary.run_id)
                except ArticleError as err:
                    # One unstorable article; a database failure (StoreError) stops the run.
                    summary.failures.append(str(err))
                    continue
                if pk is None:
                    summary.duplicates += 1
                else:
                    summary.stored += 1
                    summary.events += len(row.coded.events)
            summary.partitions += 1
            summary.seconds = time.perf_counter() - started
            if on_partition is not None:
                on_partition(summary)
        status = "finished"
    finally:
        summary.seconds = time.perf_counter() - started
        store.finish_run(
            summary.run_id,
            status=status,
            coded=summary.stored,
            duplicates=summary.duplicates,
            failures=summary.failures,
            events=summary.events,
        )
    return summary


def ingest_partitioned(
    store: Store,
    items: Iterable[Any],
    out_dir: str | Path,
    client: Any,
    settings: Settings,
    *,
    sources: Sequence[str] = (),
    partition_size: int = DEFAULT_PARTITION_SIZE,
    on_partition: Callable[[PartitionReport | PartitionFailure], None] | None = None,
) -> tuple[RunReport, LoadSummary, list[str]]:
    """`whimbrel ingest --engine dask`: code on the cluster into Parquet, then load this run's
    partitions into `store`.

    `items` are what `sources.read_sources` yields; unreadable items are returned as
    failures, not coded. Partitions written by an earlier run over the same input are reused,
    and articles already in the store are skipped, so a re-run finishes what a killed one
    left. A partition that failed on every try is reported (and its articles are not stored);
    run again to retry it.
    """
    from whimbrel.engines import dask as dask_engine

    unreadable: list[str] = []

    def readable() -> Iterator[Any]:
        for item in items:
            if isinstance(item, ArticleError):
                unreadable.append(str(item))
            else:
                yield item

    report = dask_engine.code_to_parquet(
        readable(),
        Path(out_dir).resolve(),
        client,
        settings,
        partition_size=partition_size,
        progress=on_partition,
    )
    loaded = load_files([Path(p.path) for p in report.written], store, sources)
    return report, loaded, unreadable
