"""The `whimbrel` command: thin Typer shells over the library.

Exit codes: 0 success, 1 input error (or some items of a batch failed), 2 usage error.
Errors are one line on stderr naming the input and the problem; `--debug` adds tracebacks.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from whimbrel import __version__
from whimbrel.errors import ArticleError, InputError, WhimbrelError

app = typer.Typer(
    name="whimbrel",
    help="Turn news text into political event data: who did what to whom, when, where, "
    "and who said it, with the evidence for every record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True, highlight=False)
_state = {"debug": False}


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"whimbrel {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    """whimbrel: political event data from news text."""
    _state["debug"] = debug


def parse_published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"bad date {value!r}: expected YYYY-MM-DD") from None


def fail(error: BaseException) -> typer.Exit:
    """Report `error` in one line (or with a traceback under --debug) and pick the exit code."""
    if _state["debug"]:
        err_console.print_exception()
    err_console.print(f"[bold red]error:[/] {error}", soft_wrap=True)
    return typer.Exit(code=1)


@app.command("code")
def code_command(
    path: Annotated[
        str, typer.Argument(help="A .txt article, a .jsonl file of articles, or - for stdin.")
    ],
    published: Annotated[
        str | None,
        typer.Option(
            "--published", "-p", help="Publication date YYYY-MM-DD, the anchor for relative dates."
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f", help="json (one article), jsonl (one per line), table."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
    actors: Annotated[
        list[Path] | None,
        typer.Option("--actors", help="Extra actor file (YAML/JSONL) over the packaged KB."),
    ] = None,
    min_confidence: Annotated[
        float | None, typer.Option("--min-confidence", help="Drop events below this confidence.")
    ] = None,
) -> None:
    """Code news text into events, actors, quotes and time expressions.

    Example:

        whimbrel code article.txt --published 2021-12-04 --format table
        whimbrel code articles.jsonl --output coded.jsonl
    """
    from dataclasses import replace

    from whimbrel.ingest import is_jsonl, read_articles
    from whimbrel.pipeline import NO_DATE_WARNING, Coder
    from whimbrel.settings import Settings

    anchor = parse_published(published)
    fmt = output_format or (OutputFormat.jsonl if is_jsonl(path) else OutputFormat.json)
    settings = Settings.from_env()
    if actors:
        settings = replace(settings, actor_files=tuple(actors))
    if min_confidence is not None:
        settings = replace(settings, min_confidence=min_confidence)
    failures = 0
    try:
        items = read_articles(path, anchor)
        first = next(items, None)
        if first is None:
            raise InputError(path, "no articles")
        coder = Coder.load(settings)
        stream = _chain(first, items)
        warned = False
        handle: TextIO = sys.stdout if output is None else output.open("w", encoding="utf-8")
        try:
            count = 0
            bad: list[ArticleError] = []
            for coded in coder.code_many(_report_bad(stream, bad)):
                if NO_DATE_WARNING in coded.warnings and not warned:
                    err_console.print(
                        "[yellow]note:[/] no publication date given (use --published): "
                        "relative dates such as 'on Tuesday' are left null; people's roles "
                        "are taken as of the latest date in the text, or left to their country."
                    )
                    warned = True
                _write(handle, coded.to_dict(), fmt, count)
                count += 1
            failures = len(bad)
        finally:
            if handle is not sys.stdout:
                handle.close()
        if fmt is OutputFormat.json and count > 1:
            err_console.print(
                f"[yellow]note:[/] {count} articles written as consecutive JSON documents; "
                "use --format jsonl for one per line."
            )
    except WhimbrelError as error:
        raise fail(error) from None
    if failures:
        err_console.print(f"[red]{failures} item(s) skipped[/] (reported above); the rest coded.")
        raise typer.Exit(code=1)


def _chain(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield first
    yield from rest


def _report_bad(items: Iterator[Any], failures: list[ArticleError]) -> Iterator[Any]:
    for item in items:
        if isinstance(item, ArticleError):
            failures.append(item)
            err_console.print(f"[bold red]error:[/] {item} (skipped)", soft_wrap=True)
            continue
        yield item


def _write(handle: TextIO, document: dict[str, Any], fmt: OutputFormat, index: int) -> None:
    if fmt is OutputFormat.jsonl:
        handle.write(json.dumps(document, ensure_ascii=False) + "\n")
    elif fmt is OutputFormat.json:
        handle.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        console = Console(file=handle, highlight=False, soft_wrap=False, width=160)
        console.print(render_table(document))


def render_table(document: dict[str, Any]) -> Table:
    """A readable table of one article's events, with the trigger highlighted in the evidence."""
    from whimbrel.events.ontology import label

    article = document["article"]
    title = article.get("title") or article["id"]
    table = Table(
        title=f"{title} (published {article.get('published') or 'unknown'}): "
        f"{len(document['events'])} events, {len(document['actors'])} actor mentions, "
        f"{len(document['quotes'])} quotes, {len(document['timexes'])} time expressions",
        show_lines=True,
        expand=True,
    )
    # The evidence sentence is what a reader checks the row against: give it the room.
    for name, style, ratio in (
        ("who", "cyan", 2),
        ("what", "bold", 2),
        ("whom", "cyan", 2),
        ("when", "", None),
        ("modality", "", None),
        ("evidence", "", 6),
    ):
        # Dates and modalities keep their natural width; the other columns share the rest.
        table.add_column(name, style=style, overflow="fold", ratio=ratio, no_wrap=ratio is None)
    for event in document["events"]:
        table.add_row(
            _actor_cell(event["source"]),
            f"{event['cameo']} {label(event['cameo'])}",
            _actor_cell(event["target"]),
            event["date"] or "-",
            event["modality"],
            _evidence(event),
        )
    return table


def _actor_cell(actor: dict[str, Any] | None) -> str:
    if actor is None:
        return "-"
    return f"{actor.get('code') or '?'}\n{actor['text']}"


def _evidence(event: dict[str, Any]) -> Text:
    sentence = event["sentence"]
    start = event["trigger"]["span"][0] - sentence["span"][0]
    end = event["trigger"]["span"][1] - sentence["span"][0]
    text = Text(sentence["text"])
    if 0 <= start < end <= len(sentence["text"]):
        text.stylize("bold reverse yellow", start, end)
    return text


class EvalFormat(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"


@app.command("eval")
def eval_command(
    gold: Annotated[
        str,
        typer.Argument(
            help="`all` (every gold set in the shared corpus plus tests/gold/events_gold.jsonl), "
            "a shared corpus folder, or one gold file."
        ),
    ],
    set_names: Annotated[
        list[str] | None, typer.Option("--set", help="Only this gold set (repeatable).")
    ] = None,
    output_format: Annotated[
        EvalFormat, typer.Option("--format", "-f", help="table, json or markdown.")
    ] = EvalFormat.table,
    details: Annotated[
        bool, typer.Option("--details", help="List every missed and every false event.")
    ] = False,
    shared: Annotated[
        Path | None,
        typer.Option("--shared", help="The shared corpus folder (default: WHIMBREL_SHARED)."),
    ] = None,
    own_gold: Annotated[
        Path, typer.Option("--own-gold", help="The project's own gold file.")
    ] = Path("tests/gold/events_gold.jsonl"),
    write_baseline: Annotated[
        Path | None,
        typer.Option("--write-baseline", help="Record the F1 figures here (regression guard)."),
    ] = None,
) -> None:
    """Code gold texts and score events, quotes and time expressions against the gold.

    Example:

        whimbrel eval all --format markdown
        whimbrel eval tests/gold/events_gold.jsonl --details
    """
    from whimbrel.evaluate import report
    from whimbrel.evaluate.runner import run
    from whimbrel.pipeline import Coder
    from whimbrel.settings import Settings

    settings = Settings.from_env()
    try:
        results = run(
            gold, Coder.load(settings), shared or settings.shared_dir, set_names or (), own_gold
        )
    except WhimbrelError as error:
        raise fail(error) from None
    if output_format is EvalFormat.json:
        typer.echo(json.dumps([r.to_dict(details) for r in results], indent=2))
    elif output_format is EvalFormat.markdown:
        typer.echo(report.markdown(results) + (report.details_text(results) if details else ""))
    else:
        console = Console(highlight=False, width=160)
        for table in report.rich_tables(results):
            console.print(table)
        if details:
            console.print(report.details_text(results), markup=False)
    if write_baseline is not None:
        record = report.baseline_record(results, settings.model, date.today().isoformat())
        report.write_baseline(write_baseline, record)


# --- the event store: ingest, events, dyad, export, watch (library: whimbrel.store) ---------

_DB_OPTION = typer.Option(
    "--db", help="Database URL (default: WHIMBREL_DB or sqlite:///whimbrel.sqlite)."
)


def _open_store(db: str | None) -> Any:
    from whimbrel.settings import Settings
    from whimbrel.store import Store

    return Store.open(db or Settings.from_env().database_url)


def _event_filter(
    start: str | None,
    end: str | None,
    source: str | None,
    target: str | None,
    root: str | None,
    min_confidence: float | None,
) -> Any:
    from whimbrel.store import EventFilter

    return EventFilter(
        parse_published(start), parse_published(end), source, target, root, min_confidence
    )


# The engine options of `ingest` (the Dask path is `_ingest_on_dask`, further down).
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
    db: Annotated[str | None, _DB_OPTION] = None,
    published: Annotated[
        str | None, typer.Option("--published", "-p", help="Default publication date YYYY-MM-DD.")
    ] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Coding processes.")] = 1,
    engine: Annotated[Engine, _ENGINE_OPTION] = Engine.local,
    scheduler: Annotated[str | None, _SCHEDULER_OPTION] = None,
    partitions_dir: Annotated[Path, _PARTITIONS_OPTION] = Path("whimbrel-partitions"),
) -> None:
    """Code articles and store them; re-running skips what is already stored.

    Example: whimbrel ingest src/whimbrel/data/samples/articles.jsonl
    """
    from whimbrel.settings import Settings
    from whimbrel.store.console import ingest_with_progress, print_summary

    if engine is Engine.dask:
        _ingest_on_dask(sources, db, published, workers, scheduler, partitions_dir)
        return
    try:
        with _open_store(db) as store:
            summary = ingest_with_progress(
                store,
                sources,
                Settings.from_env(),
                err_console,
                published=parse_published(published),
                workers=workers,
            )
    except WhimbrelError as error:
        raise fail(error) from None
    print_summary(summary, err_console)
    if summary.interrupted:
        raise typer.Exit(code=130)
    if summary.failures:
        raise typer.Exit(code=1)


@app.command("events")
def events_command(
    db: Annotated[str | None, _DB_OPTION] = None,
    start: Annotated[str | None, typer.Option("--from", help="First day YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last day YYYY-MM-DD.")] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Source country or actor code.")
    ] = None,
    target: Annotated[
        str | None, typer.Option("--target", help="Target country or actor code.")
    ] = None,
    root: Annotated[str | None, typer.Option("--root", help="CAMEO root code, e.g. 19.")] = None,
    min_confidence: Annotated[float | None, typer.Option("--min-confidence")] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="table, csv or json.")
    ] = "table",
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many events.")] = None,
) -> None:
    """List stored events, filtered. Example: whimbrel events --source RUS --root 19"""
    from whimbrel.export import write_csv, write_jsonl
    from whimbrel.store.console import events_table, stdout_console

    if output_format not in ("table", "csv", "json"):
        raise typer.BadParameter(f"unknown format {output_format!r}: table, csv or json")
    where = _event_filter(start, end, source, target, root, min_confidence)
    try:
        with _open_store(db) as store:
            rows = store.events(where, limit)
    except WhimbrelError as error:
        raise fail(error) from None
    if output_format == "csv":
        write_csv(rows, sys.stdout)
    elif output_format == "json":
        write_jsonl(rows, sys.stdout)
    else:
        stdout_console().print(events_table(rows))


@app.command("dyad")
def dyad_command(
    source: Annotated[str, typer.Argument(help="Source country or actor code, e.g. RUS.")],
    target: Annotated[str, typer.Argument(help="Target country or actor code, e.g. UKR.")],
    by: Annotated[str, typer.Option("--by", help="day, week or month.")] = "day",
    db: Annotated[str | None, _DB_OPTION] = None,
    start: Annotated[str | None, typer.Option("--from")] = None,
    end: Annotated[str | None, typer.Option("--to")] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Events from SOURCE to TARGET per period: count, Goldstein sum/mean, quad classes.

    Example:

        whimbrel dyad RUS UKR --by week --from 2022-01-01 --format json
    """
    from whimbrel.store.console import dyad_records, dyad_table, stdout_console

    if by not in ("day", "week", "month"):
        raise typer.BadParameter(f"unknown period {by!r}: day, week or month")
    try:
        with _open_store(db) as store:
            periods = store.dyad(
                source, target, by, _event_filter(start, end, None, None, None, None)
            )  # type: ignore[arg-type]
    except WhimbrelError as error:
        raise fail(error) from None
    if output_format == "json":
        typer.echo(json.dumps(dyad_records(periods), indent=2))
    else:
        stdout_console().print(dyad_table(source, target, periods))


@app.command("export")
def export_command(
    output: Annotated[Path, typer.Argument(help="File to write.")],
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="csv, jsonl, parquet or gdelt.")
    ] = "csv",
    db: Annotated[str | None, _DB_OPTION] = None,
    start: Annotated[str | None, typer.Option("--from")] = None,
    end: Annotated[str | None, typer.Option("--to")] = None,
    source: Annotated[str | None, typer.Option("--source")] = None,
    target: Annotated[str | None, typer.Option("--target")] = None,
    root: Annotated[str | None, typer.Option("--root")] = None,
    min_confidence: Annotated[float | None, typer.Option("--min-confidence")] = None,
) -> None:
    """Export stored events. Example: whimbrel export --format gdelt events.tsv"""
    from whimbrel.export import ExportFormat, export

    try:
        fmt = ExportFormat(output_format)
    except ValueError:
        raise typer.BadParameter(
            f"unknown format {output_format!r}: csv, jsonl, parquet, gdelt"
        ) from None
    where = _event_filter(start, end, source, target, root, min_confidence)
    try:
        with _open_store(db) as store:
            count = export(store, fmt, output, where)
    except WhimbrelError as error:
        raise fail(error) from None
    err_console.print(f"wrote {count} rows to {output}", highlight=False)


@app.command("watch")
def watch_command(
    feeds_file: Annotated[Path, typer.Argument(help="One feed URL (or feed file) per line.")],
    every: Annotated[str, typer.Option("--every", help="Poll interval: 30s, 15m, 1h.")] = "15m",
    db: Annotated[str | None, _DB_OPTION] = None,
    cycles: Annotated[int | None, typer.Option("--cycles", help="Stop after N cycles.")] = None,
) -> None:
    """Poll feeds and ingest what is new, GDELT-style. Stops cleanly on Ctrl-C or SIGTERM.

    Example:

        whimbrel watch feeds.txt --every 15m --db sqlite:///news.sqlite
    """
    from whimbrel.settings import Settings
    from whimbrel.store.console import parse_every, read_feeds_file, watch

    try:
        every_s = parse_every(every)
        feeds = read_feeds_file(feeds_file)
        with _open_store(db) as store:
            watch(store, feeds, Settings.from_env(), err_console, every_s=every_s, cycles=cycles)
    except WhimbrelError as error:
        raise fail(error) from None


@app.command("serve")
def serve_command(
    db: Annotated[str | None, _DB_OPTION] = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
) -> None:
    """Serve the HTTP API and the dashboard. Example: whimbrel serve --port 8000

    Writes need WHIMBREL_API_TOKEN; reads are open unless WHIMBREL_API_READS=token.
    """
    try:
        from whimbrel.web.app import serve
    except ModuleNotFoundError as err:
        problem = f"needs the web extra ({err.name} is missing): pip install 'whimbrel[web]'"
        raise fail(InputError("whimbrel serve", problem)) from None
    try:
        serve(db, host, port, err_console)
    except WhimbrelError as error:
        raise fail(error) from None


# --- scale: the Dask engine and Parquet partitions (library: whimbrel.engines) ---------------


def _ingest_on_dask(
    sources: list[str],
    db: str | None,
    published: str | None,
    workers: int,
    scheduler: str | None,
    partitions_dir: Path,
) -> None:
    from whimbrel.engines import dask as dask_engine
    from whimbrel.engines.load import ingest_partitioned
    from whimbrel.settings import Settings
    from whimbrel.sources import read_sources

    def show(outcome: Any) -> None:
        if hasattr(outcome, "error"):
            err_console.print(f"[red]partition {outcome.index} failed:[/] {outcome.error}")
        else:
            state = "already written" if outcome.skipped else "coded"
            err_console.print(
                f"partition {outcome.index}: {outcome.articles} articles {state}, "
                f"{len(outcome.failures)} failed",
                highlight=False,
            )

    cluster = None
    try:
        if scheduler:
            client = dask_engine.connect(scheduler)
        else:
            cluster, client = dask_engine.local_cluster(workers)
        try:
            with _open_store(db) as store:
                report, loaded, unreadable = ingest_partitioned(
                    store,
                    read_sources(sources, parse_published(published)),
                    partitions_dir,
                    client,
                    Settings.from_env(),
                    sources=sources,
                    on_partition=show,
                )
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    except WhimbrelError as error:
        raise fail(error) from None
    failures = [*unreadable, *(str(f) for f in report.article_failures)]
    for line in [*loaded.lines(), *(f"  failed: {f}" for f in failures[:20])]:
        err_console.print(line, soft_wrap=True, highlight=False)
    for partition in report.failed:
        err_console.print(
            f"[red]partition {partition.index} ({partition.articles} articles) failed:[/] "
            f"{partition.error}; run again to retry it",
            soft_wrap=True,
        )
    if failures or loaded.failures or report.failed:
        raise typer.Exit(code=1)


@app.command("load")
def load_command(
    directory: Annotated[
        Path, typer.Argument(help="A folder of Parquet partitions (ingest --engine dask).")
    ],
    db: Annotated[str | None, _DB_OPTION] = None,
) -> None:
    """Bulk-load coded Parquet partitions into the store; articles already stored are skipped.

    Example: whimbrel load whimbrel-partitions --db sqlite:///events.sqlite
    """
    from whimbrel.engines.load import load_partitions

    try:
        with _open_store(db) as store:
            summary = load_partitions(directory, store)
    except WhimbrelError as error:
        raise fail(error) from None
    for line in summary.lines():
        err_console.print(line, soft_wrap=True, highlight=False)
    if summary.failures:
        raise typer.Exit(code=1)


def main() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:
        err_console.print("interrupted")
        raise SystemExit(130) from None
