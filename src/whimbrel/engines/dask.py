"""The Dask engine: code partitions on a Dask cluster, one Parquet file per partition.

    client = connect("tcp://scheduler:8786")          # or a LocalCluster's client
    report = code_to_parquet(articles, "/shared/coded", client)
    # then: whimbrel load /shared/coded --db postgresql+psycopg://...

Each worker loads the model once, when `ModelPlugin` is registered (and again only if the
worker process restarts). Tasks run `parquet.code_partition`, a function in an importable
module, so Dask ships a reference to it and the model cached in the worker process serves
every task. (A function defined in `__main__` is shipped by value, and a model cached in it
is reloaded by every task.)

The output directory must be one that every worker and the client can see (a shared file
system); the client checks it first to skip partitions an earlier run already wrote.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from whimbrel.engines import warm_up
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
from whimbrel.errors import InputError
from whimbrel.records import Article, Failure, SourcedArticle
from whimbrel.settings import Settings

try:
    from distributed import Client, WorkerPlugin, as_completed
except ModuleNotFoundError:  # pragma: no cover - exercised only without the extra
    Client = WorkerPlugin = as_completed = None  # type: ignore[assignment,misc]

PLUGIN_NAME = "whimbrel-model"


def _require_distributed() -> None:
    if Client is None:
        raise InputError("--engine dask", "needs Dask: pip install 'whimbrel[dask]'")


class ModelPlugin(WorkerPlugin if WorkerPlugin is not None else object):  # type: ignore[misc]
    """Loads the spaCy pipeline once in each worker process, before it runs any task."""

    idempotent = True
    name = PLUGIN_NAME

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def setup(self, worker: Any) -> None:
        # Off the event loop: a load of several seconds must not stall the worker's heartbeat.
        await asyncio.get_running_loop().run_in_executor(None, warm_up, self.settings)


def connect(scheduler: str, timeout: str = "30s") -> Client:
    """A client for the scheduler at `scheduler` (tcp://HOST:8786), with a clear error."""
    _require_distributed()
    try:
        return Client(scheduler, timeout=timeout)
    except (OSError, TimeoutError) as err:
        raise InputError(scheduler, f"cannot reach the Dask scheduler ({err})") from None


def code_to_parquet(
    articles: Iterable[Article | SourcedArticle],
    out_dir: str | Path,
    client: Client,
    settings: Settings | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    retries: int = 2,
    progress: Callable[[PartitionReport | Failure], None] | None = None,
) -> RunReport:
    """Code `articles` into Parquet partitions in `out_dir` on the cluster behind `client`.

    Partitions already written are skipped; a failing task is retried `retries` times by
    the scheduler, then reported in `RunReport.failed` while the rest are written. At most
    two partitions per worker thread are in flight, so the client streams any input size.
    """
    _require_distributed()
    settings = settings or Settings.from_env()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = RunReport(str(out))
    client.register_plugin(ModelPlugin(settings), name=PLUGIN_NAME)
    limit = 2 * max(1, sum(client.nthreads().values()))
    run = uuid.uuid4().hex[:8]

    def record(outcome: PartitionReport | Failure) -> None:
        report.record(outcome)
        if progress is not None:
            progress(outcome)

    running = as_completed()
    submitted: dict[Hashable, Partition] = {}

    def settle_one() -> None:
        future = next(running)
        partition = submitted.pop(future.key)
        try:
            record(future.result())
        except Exception as err:  # noqa: BLE001 - the task's error, after its retries
            record(failed_partition(partition, err))
        finally:
            future.release()

    for partition in partitions(articles, partition_size):
        report.articles += len(partition.articles)
        path = out / partition.file_name
        if path.is_file():
            record(existing_report(partition, path))
            continue
        future = client.submit(
            code_partition,
            partition,
            str(out),
            settings,
            key=f"whimbrel-{run}-{partition.file_name}",
            retries=retries,
            pure=False,
        )
        submitted[future.key] = partition
        running.add(future)
        if running.count() >= limit:
            settle_one()
    while running.count():
        settle_one()
    report.written.sort(key=lambda p: p.index)
    report.failed.sort(key=lambda f: f.position)
    return report


def worker_peak_rss(client: Client) -> dict[str, int]:
    """Each worker's peak resident memory in bytes (Linux), for benchmarks and reports."""
    from whimbrel.engines.local import peak_rss

    return client.run(peak_rss)


@contextmanager
def cluster_client(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client for the cluster at `scheduler`, else for a LocalCluster of `workers`
    processes; both are closed on exit."""
    cluster = None
    if scheduler:
        client = connect(scheduler)
    else:
        cluster, client = local_cluster(workers)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def local_cluster(workers: int) -> tuple[Any, Client]:
    """A LocalCluster of `workers` single-threaded worker processes, and its client."""
    _require_distributed()
    from distributed import LocalCluster

    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    return cluster, Client(cluster)
