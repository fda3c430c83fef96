"""`whimbrel ingest`, `load` and `watch`: the runs that store articles (`whimbrel.runs`)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from whimbrel.cli import render
from whimbrel.cli.app import DB_OPTION, app, exit_for, open_store, parse_day


class InputFormat(StrEnum):
    """`ingest --format` (whimbrel.sources.SourceFormat, named here so that the command's
    module loads no pipeline)."""

    auto = "auto"
    text = "text"
    jsonl = "jsonl"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


_ENGINE_OPTION = typer.Option(
    "--engine", help="local: processes on this machine; dask: a Dask cluster, via Parquet."
)
_SCHEDULER_OPTION = typer.Option(
    "--scheduler",
    help="Dask scheduler address (tcp://HOST:8786); without it, a LocalCluster of --workers.",
)
_PARTITIONS_OPTION = typer.Option(
    "--partitions",
    help="Where the Dask engine writes its Parquet partitions (must be visible to every "
    "worker); a re-run reuses the partitions already there.",
)


@app.command("ingest")
def ingest_command(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, URL lists, feeds or URLs.")],
    db: Annotated[str | None, DB_OPTION] = None,
    published: Annotated[
        str | None, typer.Option("--published", "-p", help="Default publication date YYYY-MM-DD.")
    ] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Coding processes.")] = 1,
    engine: Annotated[Engine, _ENGINE_OPTION] = Engine.local,
    scheduler: Annotated[str | None, _SCHEDULER_OPTION] = None,
    partitions_dir: Annotated[Path, _PARTITIONS_OPTION] = Path("whimbrel-partitions"),
    input_format: Annotated[
        InputFormat,
        typer.Option(
            "--format",
            "-f",
            help="auto: by suffix (stdin: JSON lines when its first line is a JSON object); "
            "text: each file (and stdin) is one article; jsonl: one article a line.",
        ),
    ] = InputFormat.auto,
) -> None:
    """Code articles and store them; re-running skips what is already stored.

    Example: whimbrel ingest src/whimbrel/data/samples/articles.jsonl
    (or: cat news.jsonl | whimbrel ingest -)
    """
    from whimbrel import runs
    from whimbrel.settings import Settings
    from whimbrel.sources import SourceFormat, check_sources, count_items, read_sources

    source_format = SourceFormat(input_format.value)
    day = parse_day(published, "--published")
    settings = Settings.from_env()
    check_sources(sources, source_format)
    items = read_sources(sources, day, fmt=source_format)
    if engine is Engine.dask:
        from whimbrel.engines.dask import cluster_client

        with cluster_client(scheduler, workers) as client, open_store(db) as store:
            summary = runs.ingest_partitioned(
                store,
                items,
                partitions_dir,
                client,
                settings,
                sources=sources,
                on_partition=render.partition_outcome,
            )
    else:
        total = count_items(sources, source_format)
        with (
            open_store(db) as store,
            render.progress("ingest", settings.progress_every_s) as tracker,
        ):
            tracker.update(0, total)
            summary = runs.ingest_into(
                store,
                items,
                settings,
                sources=sources,
                workers=workers,
                on_progress=tracker.summary,
                total=total,
            )
    render.run_summary(summary)
    exit_for(summary)


@app.command("load")
def load_command(
    directory: Annotated[
        Path, typer.Argument(help="A folder of Parquet partitions (ingest --engine dask).")
    ],
    db: Annotated[str | None, DB_OPTION] = None,
) -> None:
    """Bulk-load coded Parquet partitions into the store; articles already stored are skipped.

    Example: whimbrel load whimbrel-partitions --db sqlite:///events.sqlite
    """
    from whimbrel import runs
    from whimbrel.settings import Settings

    every_s = Settings.from_env().progress_every_s
    with open_store(db) as store, render.progress("load", every_s) as tracker:
        summary = runs.load_partitions(directory, store, on_progress=tracker.summary)
    render.run_summary(summary)
    exit_for(summary)


@app.command("watch")
def watch_command(
    feeds_file: Annotated[Path, typer.Argument(help="One feed URL (or feed file) per line.")],
    every: Annotated[str, typer.Option("--every", help="Poll interval: 30s, 15m, 1h.")] = "15m",
    db: Annotated[str | None, DB_OPTION] = None,
    cycles: Annotated[int | None, typer.Option("--cycles", help="Stop after N cycles.")] = None,
) -> None:
    """Poll feeds and ingest what is new, GDELT-style. Stops cleanly on Ctrl-C or SIGTERM,
    and with exit code 1 after a cycle in which every item failed.

    Example:

        whimbrel watch feeds.txt --every 15m --db sqlite:///news.sqlite
    """
    from whimbrel import runs
    from whimbrel.settings import Settings

    every_s = runs.parse_every(every)
    feeds = runs.read_feeds_file(feeds_file)
    show = render.watch_cycle(render.err_console)
    last: list[runs.RunSummary] = []

    def on_cycle(cycle: int, summary: runs.RunSummary) -> None:
        show(cycle, summary)
        last[:] = [summary]

    with open_store(db) as store:
        done = runs.watch(
            store, feeds, Settings.from_env(), every_s=every_s, cycles=cycles, on_cycle=on_cycle
        )
    if last and runs.all_failed(last[0]):
        render.error(f"{feeds_file}: every item of cycle {done} failed (see above); stopping")
        raise typer.Exit(code=1)
    render.watch_stopped(render.err_console, done)
