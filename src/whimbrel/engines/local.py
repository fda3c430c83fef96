"""The local engine: code articles on every core of this machine, in input order.

`workers=1` codes in this process. With more, a pool of worker processes each loads the
model once (in its initializer) and codes chunks of articles with `code_chunk`; results come
back in input order. Workers are spawned, not forked: a forked child inherits the parent's
locks and threads (a progress bar's, a Dask client's event loop) in whatever state they were
in; a spawned one starts clean, the same way on every OS.

A process pool rather than spaCy's `nlp.pipe(n_process=N)`: with `n_process` only the parse
runs in parallel and every later stage (timex, actors, quotes, events) runs in the parent,
which becomes the bottleneck as those stages grow.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from whimbrel.engines import Outcome, code_chunk, warm_up
from whimbrel.engines.parquet import (
    DEFAULT_PARTITION_SIZE,
    Partition,
    PartitionReport,
    RunReport,
    code_partition,
    existing_report,
    failed_partition,
    partitions,
)
from whimbrel.records import Article, CodedArticle, Failure
from whimbrel.settings import Settings

DEFAULT_CHUNK_SIZE = 64


def available_workers() -> int:
    """The cores this process may use (its CPU affinity where the OS reports it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def peak_rss(pid: int | None = None) -> int:
    """Peak resident memory (bytes) of process `pid` (this one by default); 0 if unknown.

    Reads the kernel's high-water mark (VmHWM, Linux); elsewhere falls back to the current
    resident size, via psutil when it is installed.
    """
    status = Path(f"/proc/{pid or os.getpid()}/status")
    try:
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        import psutil
    except ModuleNotFoundError:
        return 0
    return psutil.Process(pid).memory_info().rss


def chunked(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


# How long `LocalPool.start` waits for every worker to load its model.
_START_TIMEOUT_S = 300


def _start_worker(settings: Settings) -> None:
    # Ctrl-C reaches the whole process group: the parent decides when to stop, and how.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up(settings)


class LocalPool:
    """Worker processes that each hold a loaded model; reuse one for many batches.

    with LocalPool(settings, workers=2) as pool:
        future = pool.submit(chunk)          # one chunk: its outcomes, in input order
        for outcomes in pool.code_chunks(articles):
            ...
    """

    def __init__(self, settings: Settings, workers: int = 0) -> None:
        self.settings = settings
        self.workers = workers or available_workers()
        self._executor = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=get_context("spawn"),
            initializer=_start_worker,
            initargs=(settings,),
        )

    def __enter__(self) -> LocalPool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self, wait: bool = True) -> None:
        """Stop the workers; `wait=False` (after Ctrl-C) drops the chunks not yet coded."""
        self._executor.shutdown(wait=wait, cancel_futures=True)

    def submit(self, chunk: Sequence[Article]) -> Future[list[Outcome]]:
        """Code `chunk` on a worker: one outcome per article, in input order."""
        return self._executor.submit(code_chunk, list(chunk), self.settings)

    def start(self, sample: Sequence[Article] = ()) -> list[int]:
        """Start every worker and wait until each has loaded its model; return their pids.

        The pool starts processes lazily; one short task per worker, submitted together,
        makes it start them all (each runs the model-loading initializer first). Coding a
        `sample` there also fills the tables the stages load on first use.
        """
        # Each task waits at a barrier until every worker holds one, so no worker can take
        # two (a fixed sleep was not enough when loading the model is slow on a busy machine).
        with get_context("spawn").Manager() as manager:
            barrier = manager.Barrier(self.workers, timeout=_START_TIMEOUT_S)
            futures = [
                self._executor.submit(_ready, tuple(sample), self.settings, barrier)
                for _ in range(self.workers)
            ]
            return sorted({f.result() for f in futures})

    def pids(self) -> list[int]:
        """The worker processes' ids (for memory and CPU accounting; empty if unknown)."""
        # ProcessPoolExecutor keeps its processes in a private mapping; read it defensively.
        processes = getattr(self._executor, "_processes", None) or {}
        return sorted(p.pid for p in processes.values())

    def map(self, chunks: Iterable[Sequence[Article]]) -> Iterator[list[Outcome]]:
        """Code each chunk on the workers, yielding each chunk's outcomes in input order.

        At most two chunks per worker are in flight, so memory stays flat on any input size,
        and `chunks` is read only as fast as the workers code.
        """
        pending: deque[Future[list[Outcome]]] = deque()
        for chunk in chunks:
            pending.append(self.submit(chunk))
            if len(pending) >= 2 * self.workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def code_chunks(
        self, articles: Iterable[Article], chunk_size: int = DEFAULT_CHUNK_SIZE
    ) -> Iterator[list[Outcome]]:
        """Code `articles` in chunks of `chunk_size` on the workers (see `map`)."""
        return self.map(chunked(articles, chunk_size))

    def code_partitions(
        self, todo: Iterable[Partition], out: Path, retries: int
    ) -> Iterator[PartitionReport | Failure]:
        """Code and write each partition on the workers; yield outcomes in input order."""
        pending: deque[tuple[Partition, int, Future[PartitionReport]]] = deque()

        def submit(partition: Partition, attempt: int) -> None:
            future = self._executor.submit(code_partition, partition, str(out), self.settings)
            pending.append((partition, attempt, future))

        def settle() -> Iterator[PartitionReport | Failure]:
            partition, attempt, future = pending.popleft()
            while True:
                try:
                    yield future.result()
                    return
                except Exception as err:  # noqa: BLE001 - retried, then reported
                    if attempt >= retries:
                        yield failed_partition(partition, err)
                        return
                    attempt += 1
                    future = self._executor.submit(
                        code_partition, partition, str(out), self.settings
                    )

        for partition in todo:
            submit(partition, 0)
            if len(pending) >= 2 * self.workers:
                yield from settle()
        while pending:
            yield from settle()


def _ready(sample: Sequence[Article], settings: Settings, barrier: Any) -> int:
    if sample:
        code_chunk(sample, settings)
    barrier.wait()
    return os.getpid()


def code_chunks(
    articles: Iterable[Article],
    settings: Settings | None = None,
    workers: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[list[Outcome]]:
    """Code `articles` on `workers` processes (0: one per core), yielding chunks in order."""
    settings = settings or Settings.from_env()
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, got {chunk_size}")
    workers = workers or available_workers()
    if workers == 1:
        for chunk in chunked(articles, chunk_size):
            yield code_chunk(chunk, settings)
        return
    with LocalPool(settings, workers) as pool:
        yield from pool.code_chunks(articles, chunk_size)


def code_articles(
    articles: Iterable[Article],
    settings: Settings | None = None,
    workers: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[CodedArticle]:
    """Like `pipeline.code_many`, on `workers` processes; failed articles are left out.

    Use `code_chunks` to see the failures.
    """
    for outcomes in code_chunks(articles, settings, workers, chunk_size):
        yield from (o for o in outcomes if isinstance(o, CodedArticle))


def code_to_parquet(
    articles: Iterable[Article],
    out_dir: str | Path,
    settings: Settings | None = None,
    workers: int = 1,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    retries: int = 2,
    progress: Callable[[PartitionReport | Failure], None] | None = None,
) -> RunReport:
    """Code `articles` into a directory of Parquet partitions on this machine.

    Partitions already in `out_dir` (same index, same articles) are skipped, so a re-run
    finishes an interrupted one. A partition whose task fails is retried `retries` times,
    then reported in `RunReport.failed`; the others are still written.
    """
    settings = settings or Settings.from_env()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = RunReport(str(out))
    workers = workers or available_workers()

    def record(outcome: PartitionReport | Failure) -> None:
        report.record(outcome)
        if progress is not None:
            progress(outcome)

    def todo() -> Iterator[Partition]:
        for partition in partitions(articles, partition_size):
            report.articles += len(partition.articles)
            if not _already_written(partition, out, record):
                yield partition

    if workers == 1:
        for partition in todo():
            record(_code_with_retries(partition, out, settings, retries))
    else:
        with LocalPool(settings, workers) as pool:
            for outcome in pool.code_partitions(todo(), out, retries):
                record(outcome)
    report.written.sort(key=lambda p: p.index)
    return report


def _already_written(
    partition: Partition, out: Path, record: Callable[[PartitionReport], None]
) -> bool:
    path = out / partition.file_name
    if path.is_file():
        record(existing_report(partition, path))
        return True
    return False


def _code_with_retries(
    partition: Partition, out: Path, settings: Settings, retries: int
) -> PartitionReport | Failure:
    for attempt in range(retries + 1):
        try:
            return code_partition(partition, str(out), settings)
        except Exception as err:  # noqa: BLE001 - reported after the last try
            if attempt == retries:
                return failed_partition(partition, err)
    raise AssertionError("unreachable")
