"""Throughput: how fast whimbrel codes news, against the bare spaCy parse, in the same run.

    .venv/bin/python benchmarks/throughput.py                 # ~2-4 minutes on 2 busy cores
    .venv/bin/python benchmarks/throughput.py --sample 400 --workers 1 2 4 --repeat 2
    .venv/bin/python benchmarks/throughput.py --scheduler tcp://HOST:8786   # a real cluster
    .venv/bin/python benchmarks/throughput.py --profile profile.html --no-dask

Codes a fixed sample of the shared corpus (`news/news_items.jsonl` under WHIMBREL_SHARED,
every k-th item so that every dataset in the file is represented) and prints:

- the bare spaCy pipeline (`nlp.pipe`, the same loaded pipeline and batch size whimbrel
  uses) as the reference, then whimbrel end to end on one worker, coded as `whimbrel ingest`
  codes in process (chunks of `runs.ingest.CHUNK` through `engines.code_chunk`): articles/s,
  words/s and their ratio, with the time split by stage (normalise, nlp, timex, actors,
  quotes, events);
- the local engine on N worker processes: the `LocalPool` that `whimbrel ingest --workers N`
  runs, fed the same chunks (each worker loads its own model; the time counts from when
  every worker is ready), with the speed-up over one worker;
- the Dask engine on a 2-worker `LocalCluster` (or the cluster at --scheduler), writing
  Parquet partitions to a temporary directory;
- peak resident memory (RSS) of every process.

Machines are noisy (ours is shared): compare the ratios printed within one run, and use
--repeat to keep the best of several runs of the in-process measurements.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from whimbrel import pipeline
from whimbrel.engines import code_chunk, local, warm_up
from whimbrel.pipeline import Coder, make_article
from whimbrel.records import Article
from whimbrel.runs.ingest import CHUNK
from whimbrel.settings import Settings

STAGES = ("normalise", "nlp", "timex", "actors", "quotes", "events")
# The pipeline's module-level names for each stage function (nlp is timed around nlp.pipe).
STAGE_FUNCTIONS = {
    "normalise": "normalise",
    "timex": "find_timexes",
    "actors": "find_mentions",
    "quotes": "extract_quotes",
    "events": "code_events",
}


def read_sample(settings: Settings, size: int) -> tuple[Path, list[Article]]:
    """Every k-th item of the corpus file, so the sample spans all its datasets."""
    path = settings.shared_dir / "corpus" / "news" / "news_items.jsonl"
    if not path.is_file():
        sys.exit(
            f"benchmark corpus not found: {path} "
            "(set WHIMBREL_SHARED to the folder that holds corpus/news/news_items.jsonl)"
        )
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    step = max(1, len(lines) // size)
    articles = []
    for line in lines[::step][:size]:
        item = json.loads(line)
        articles.append(make_article(item["text"], None, id=str(item["id"]), source=str(path)))
    return path, articles


def words(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def mib(n_bytes: int) -> str:
    return f"{n_bytes / 2**20:,.0f} MiB"


class Rate:
    """A measured run: wall-clock seconds, and the CPU seconds its processes spent.

    On a shared machine the wall clock depends on what the neighbours do; CPU seconds per
    article do much less, and say what a dedicated core would give.
    """

    def __init__(
        self, label: str, articles: int, n_words: int, seconds: float, cpu_seconds: float
    ) -> None:
        self.label, self.articles, self.words = label, articles, n_words
        self.seconds, self.cpu_seconds = seconds, cpu_seconds

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def per_cpu_second(self) -> float:
        return self.articles / self.cpu_seconds if self.cpu_seconds > 0 else math.nan

    def line(self, baseline: Rate | None = None, baseline_name: str = "") -> str:
        text = (
            f"  {self.label:<34} {self.seconds:7.1f} s  {self.per_second:7.2f} articles/s  "
            f"{self.words / self.seconds:8.0f} words/s  "
            f"{self.per_cpu_second:6.2f} articles/CPU-s"
        )
        if baseline is not None:
            text += f"  x{self.per_second / baseline.per_second:.2f} {baseline_name}"
        return text


def cpu_seconds(pid: int | None = None) -> float:
    """User + system CPU seconds of process `pid` (this one by default), all its threads."""
    if pid is None:
        return time.process_time()
    import psutil

    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


# --- stage timing: wrap the pipeline's stage functions for one in-process run ---------------


@contextmanager
def stage_clock(nlp: Any) -> Iterator[dict[str, float]]:
    """Time each stage by wrapping the functions `pipeline` calls; restores them after.

    The parse is timed around each item `nlp.pipe` yields, less the normalising it pulls
    through its input generator. The wrappers cost a few microseconds per article.
    """
    clock: dict[str, float] = defaultdict(float)
    originals: dict[str, Callable[..., Any]] = {}

    def timed(stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                clock[stage] += time.perf_counter() - start

        return wrapper

    for stage, name in STAGE_FUNCTIONS.items():
        function = getattr(pipeline, name, None)
        if function is not None:
            originals[name] = function
            setattr(pipeline, name, timed(stage, function))

    real_pipe = nlp.pipe
    depth = [0]

    def timed_pipe(*args: Any, **kwargs: Any) -> Iterator[Any]:
        # `pipe(as_tuples=True)` calls `self.pipe` again for the texts: time the outer call only.
        if depth[0]:
            yield from real_pipe(*args, **kwargs)
            return
        depth[0] += 1
        try:
            yield from _timed_items(real_pipe(*args, **kwargs))
        finally:
            depth[0] -= 1

    def _timed_items(generator: Iterator[Any]) -> Iterator[Any]:
        items = iter(generator)
        while True:
            normalising = clock["normalise"]
            start = time.perf_counter()
            try:
                item = next(items)
            except StopIteration:
                return
            clock["nlp"] += time.perf_counter() - start - (clock["normalise"] - normalising)
            yield item

    nlp.pipe = timed_pipe
    try:
        yield clock
    finally:
        del nlp.pipe  # the instance attribute; the class's method shows through again
        for name, function in originals.items():
            setattr(pipeline, name, function)


# --- the measurements ---------------------------------------------------------------------


def bare_parse(nlp: Any, articles: list[Article], batch_size: int) -> tuple[float, float]:
    start, cpu = time.perf_counter(), cpu_seconds()
    tokens = 0
    for doc in nlp.pipe((a.text for a in articles), batch_size=batch_size):
        tokens += len(doc)  # consume without keeping the Docs
    return time.perf_counter() - start, cpu_seconds() - cpu


def code_in_process(coder: Coder, articles: list[Article]) -> None:
    """What `whimbrel ingest` does with one worker, less the store."""
    for chunk in local.chunked(articles, CHUNK):
        code_chunk(chunk, coder.settings, coder)


def whimbrel_one(
    settings: Settings, articles: list[Article]
) -> tuple[float, float, dict[str, float]]:
    coder = pipeline._coder(settings)
    with stage_clock(coder.nlp) as clock:
        start, cpu = time.perf_counter(), cpu_seconds()
        code_in_process(coder, articles)
        seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    return seconds, cpu, dict(clock)


def whimbrel_pool(
    settings: Settings, articles: list[Article], workers: int, warm: list[Article]
) -> tuple[float, float, float, list[int]]:
    start = time.perf_counter()
    with local.LocalPool(settings, workers) as pool:
        pool.start(warm)
        ready = time.perf_counter() - start
        pids = pool.pids()
        cpu = sum(cpu_seconds(pid) for pid in pids)
        start = time.perf_counter()
        for _ in pool.map(local.chunked(articles, CHUNK)):  # as `whimbrel ingest --workers`
            pass
        seconds = time.perf_counter() - start
        cpu = sum(cpu_seconds(pid) for pid in pids) - cpu
        rss = [local.peak_rss(pid) for pid in pids]
    return ready, seconds, cpu, rss


def whimbrel_dask(
    settings: Settings,
    articles: list[Article],
    workers: int,
    scheduler: str | None,
    warm: list[Article],
) -> tuple[float, float, float, dict[str, int], int]:
    from distributed import Client, LocalCluster

    from whimbrel.engines import dask as dask_engine

    start = time.perf_counter()
    cluster = None
    if scheduler:
        client = dask_engine.connect(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        client.register_plugin(dask_engine.ModelPlugin(settings), name=dask_engine.PLUGIN_NAME)
        client.run(code_chunk, warm, settings)  # on every worker: fill lazily loaded tables
        ready = time.perf_counter() - start
        size = max(8, math.ceil(len(articles) / (4 * len(client.nthreads()))))
        with tempfile.TemporaryDirectory(prefix="whimbrel-bench-") as out:
            cpu = sum(client.run(cpu_seconds).values())
            start = time.perf_counter()
            report = dask_engine.code_to_parquet(
                articles, out, client, settings, partition_size=size
            )
            seconds = time.perf_counter() - start
            cpu = sum(client.run(cpu_seconds).values()) - cpu
        if not report.complete:
            print(f"  ! {len(report.failed)} partition(s) failed: {report.failed[0]}")
        rss = dask_engine.worker_peak_rss(client)
        return ready, seconds, cpu, rss, report.coded
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=200, help="articles in the sample")
    parser.add_argument("--workers", type=int, nargs="+", default=[2], help="pool sizes (>1)")
    parser.add_argument("--repeat", type=int, default=1, help="keep the best of N runs")
    parser.add_argument("--batch-size", type=int, default=None, help="nlp.pipe batch size")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask measurement")
    parser.add_argument("--dask-workers", type=int, default=2, help="LocalCluster workers")
    parser.add_argument("--scheduler", help="use this Dask scheduler instead of a LocalCluster")
    parser.add_argument("--profile", type=Path, help="write a pyinstrument profile (.html/.txt)")
    args = parser.parse_args(argv)

    settings = Settings.from_env()
    if args.batch_size:
        from dataclasses import replace

        settings = replace(settings, batch_size=args.batch_size)
    path, articles = read_sample(settings, args.sample)
    n, n_words = len(articles), words(articles)
    print(f"sample: {n} articles, {n_words:,} words, every k-th line of {path}")

    start = time.perf_counter()
    coder = pipeline._coder(settings)
    print(
        f"model: {coder.nlp.meta.get('name')} {coder.nlp.meta.get('version')}, "
        f"pipes {coder.nlp.pipe_names}, batch size {settings.batch_size}, "
        f"loaded in {time.perf_counter() - start:.1f} s"
    )
    # Warm both paths (first calls build caches and lazily loaded tables), as a pool worker's
    # start does: the one-time loads are set-up, not coding.
    warm = articles[: min(8, n)]
    bare_parse(coder.nlp, warm, settings.batch_size)  # warm-up; the result is not kept
    warm_up(settings)
    code_in_process(coder, warm)

    bare, one, clock = None, None, {}
    for _ in range(args.repeat):  # alternate, so a burst of load hits both alike
        seconds, cpu = bare_parse(coder.nlp, articles, settings.batch_size)
        if bare is None or seconds < bare.seconds:
            bare = Rate("bare spaCy nlp.pipe (reference)", n, n_words, seconds, cpu)
        seconds, cpu, this_clock = whimbrel_one(settings, articles)
        if one is None or seconds < one.seconds:
            one = Rate("whimbrel, 1 worker (in process)", n, n_words, seconds, cpu)
            clock = this_clock
    assert bare is not None and one is not None
    print("\nin process:")
    print(bare.line())
    print(one.line(bare, "of bare parse"))
    print(
        f"  whimbrel / bare: x{one.per_second / bare.per_second:.2f} by the wall clock, "
        f"x{one.per_cpu_second / bare.per_cpu_second:.2f} by CPU time"
    )
    staged = sum(clock.get(s, 0.0) for s in STAGES)
    print("\ntime by stage (1 worker):")
    for stage in STAGES:
        seconds = clock.get(stage, 0.0)
        print(f"  {stage:<10} {seconds:7.2f} s  {100 * seconds / one.seconds:5.1f} %")
    other = one.seconds - staged
    print(f"  {'other':<10} {other:7.2f} s  {100 * other / one.seconds:5.1f} %  (glue, records)")
    print(f"  peak RSS of this process: {mib(local.peak_rss())}")

    pools: list[tuple[int, Rate]] = []
    for workers in [w for w in args.workers if w > 1]:
        ready, seconds, cpu, rss = whimbrel_pool(settings, articles, workers, warm)
        rate = Rate(f"whimbrel, {workers} local workers", n, n_words, seconds, cpu)
        pools.append((workers, rate))
        print(f"\nlocal engine, {workers} processes (ready after {ready:.1f} s):")
        print(rate.line(one, "of 1 worker"))
        print(f"  peak RSS per worker: {', '.join(mib(r) for r in rss)}")

    dask_rate = None
    if not args.no_dask:
        ready, seconds, cpu, worker_rss, coded = whimbrel_dask(
            settings, articles, args.dask_workers, args.scheduler, warm
        )
        where = args.scheduler or f"LocalCluster, {args.dask_workers} worker processes"
        dask_rate = Rate(f"whimbrel on Dask ({where})", coded, n_words, seconds, cpu)
        print(f"\nDask engine, {where} (ready after {ready:.1f} s), writing Parquet:")
        print(dask_rate.line(one, "of 1 worker"))
        print(f"  peak RSS per worker: {', '.join(mib(r) for r in worker_rss.values())}")

    if args.profile:
        profile(settings, articles, args.profile)

    print("\n| engine | articles/s | words/s | vs 1 worker | articles per CPU-second |")
    print("|---|---:|---:|---:|---:|")
    rows = [("bare spaCy parse, 1 process", bare), ("whimbrel, 1 local worker", one)]
    rows += [(f"whimbrel, {w} local workers", r) for w, r in pools]
    if dask_rate is not None:
        rows.append((f"whimbrel, Dask ({args.dask_workers}-worker LocalCluster)", dask_rate))
    for label, rate in rows:
        print(
            f"| {label} | {rate.per_second:.2f} | {rate.words / rate.seconds:,.0f} | "
            f"{rate.per_second / one.per_second:.2f} | {rate.per_cpu_second:.2f} |"
        )
    per_day = one.per_cpu_second * 86_400
    print(
        f"\n1 million articles a day at {one.per_cpu_second:.2f} articles per CPU-second "
        f"(one dedicated core, this sample's mean length of {n_words / n:.0f} words): "
        f"1,000,000 / ({one.per_cpu_second:.2f} x 86,400 = {per_day:,.0f} per core-day) "
        f"= {1_000_000 / per_day:.1f} cores"
    )


def profile(settings: Settings, articles: list[Article], out: Path) -> None:
    try:
        from pyinstrument import Profiler
    except ModuleNotFoundError:
        sys.exit("--profile needs pyinstrument: pip install 'whimbrel[bench]'")
    coder = pipeline._coder(settings)
    profiler = Profiler(interval=0.002)
    profiler.start()
    code_in_process(coder, articles)
    profiler.stop()
    text = profiler.output_html() if out.suffix == ".html" else profiler.output_text()
    out.write_text(text, encoding="utf-8")
    print(f"\nprofile written to {out}")


if __name__ == "__main__":
    main()
