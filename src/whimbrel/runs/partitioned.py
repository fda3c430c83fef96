"""Runs through Parquet partitions: load coded partitions into the store, and ingest on Dask.

    summary = load_partitions("coded/", store)
    summary = ingest_partitioned(store, read_sources(["news.jsonl"]), "coded/", client, settings)

Each article is stored in its own transaction through `Store.write`, which skips an article
already stored (same URL, else same text hash): loading the same directory twice, or two
directories that overlap, never stores an article twice, and a load that was killed resumes
where it stopped. Rows whose article failed to code are reported, not stored.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from whimbrel.engines.parquet import (
    DEFAULT_PARTITION_SIZE,
    PartitionReport,
    partition_files,
    read_partition,
)
from whimbrel.errors import InputError
from whimbrel.records import Article, Failure, SourcedArticle
from whimbrel.runs.ingest import finish_run, write_coded
from whimbrel.runs.summary import RunSummary
from whimbrel.settings import Settings
from whimbrel.store import Store


def load_partitions(
    directory: str | Path,
    store: Store,
    on_partition: Callable[[RunSummary], None] | None = None,
    on_progress: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Store every coded article in `directory`'s partitions; record the load as a run.

    `on_progress(summary)` is called after each row, with `summary.total` the rows of all
    the partitions (from their Parquet metadata).
    """
    files = partition_files(directory)
    if not files:
        raise InputError(str(directory), "no Parquet partitions (part-*.parquet) found")
    summary = RunSummary(total=_row_count(files))
    return load_files(files, store, [str(directory)], on_partition, summary, on_progress)


def _row_count(files: Sequence[Path]) -> int | None:
    """The rows of these Parquet files, from their footers; None if one cannot be read."""
    import pyarrow.parquet as pq

    try:
        return sum(pq.ParquetFile(path).metadata.num_rows for path in files)
    except (OSError, ValueError):
        return None  # `read_partition` reports the unreadable file


def load_files(
    files: Sequence[Path],
    store: Store,
    sources: Sequence[str] = (),
    on_partition: Callable[[RunSummary], None] | None = None,
    summary: RunSummary | None = None,
    on_progress: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Store the coded articles of these partition files, in order; record it as a run.

    `summary` carries what an earlier step of the same run found (unreadable input).
    """
    summary = summary or RunSummary()
    summary.partitions = 0
    summary.run_id = store.start_run(list(sources) or [str(f) for f in files])
    started = time.perf_counter()
    status = "failed"
    position = 0
    try:
        for path in files:
            for row in read_partition(path):
                if row.coded is None:
                    summary.failures.append(Failure(row.article_id, position, row.error or ""))
                else:
                    write_coded(store, row.coded, row.publisher, summary, position)
                position += 1
                if on_progress is not None:
                    summary.seconds = time.perf_counter() - started
                    on_progress(summary)
            summary.partitions += 1
            summary.seconds = time.perf_counter() - started
            if on_partition is not None:
                on_partition(summary)
        status = "finished"
    finally:
        summary.seconds = time.perf_counter() - started
        finish_run(store, summary, status)
    return summary


def ingest_partitioned(
    store: Store,
    items: Iterable[SourcedArticle | Article | Failure],
    out_dir: str | Path,
    client: Any,
    settings: Settings,
    *,
    sources: Sequence[str] = (),
    partition_size: int = DEFAULT_PARTITION_SIZE,
    on_partition: Callable[[PartitionReport | Failure], None] | None = None,
) -> RunSummary:
    """`whimbrel ingest --engine dask`: code on the cluster into Parquet, then load this run's
    partitions into `store`.

    `items` are what `sources.read_sources` yields; unreadable items are reported as failures,
    not coded. Partitions written by an earlier run over the same input are reused, and
    articles already in the store are skipped, so a re-run finishes what a killed one left.
    A partition that failed on every try is a failure of the run (its articles are not
    stored); run again to retry it.
    """
    from whimbrel.engines import dask as dask_engine

    summary = RunSummary()

    def readable() -> Iterator[SourcedArticle | Article]:
        for item in items:
            if isinstance(item, Failure):
                summary.failures.append(item)
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
    summary.failures.extend(report.failed)
    return load_files([Path(p.path) for p in report.written], store, sources, summary=summary)
