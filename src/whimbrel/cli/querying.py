"""`whimbrel events`, `dyad` and `export`: what the store holds."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from whimbrel.cli import render
from whimbrel.cli.app import DB_OPTION, app, open_store, parse_code, parse_day, parse_root
from whimbrel.cli.render import DyadFormat, EventsFormat
from whimbrel.export import ExportFormat

if TYPE_CHECKING:
    from whimbrel.store import EventFilter


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"


def event_filter(
    start: str | None = None,
    end: str | None = None,
    source: str | None = None,
    target: str | None = None,
    root: str | None = None,
    min_confidence: float | None = None,
) -> EventFilter:
    from whimbrel.store import EventFilter

    return EventFilter(
        parse_day(start, "--from"),
        parse_day(end, "--to"),
        parse_code(source),
        parse_code(target),
        parse_root(root),
        min_confidence,
    )


@app.command("events")
def events_command(
    db: Annotated[str | None, DB_OPTION] = None,
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
        EventsFormat,
        typer.Option("--format", "-f", help="table, csv, json (an array) or jsonl (one a line)."),
    ] = EventsFormat.table,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many events.")] = None,
) -> None:
    """List stored events, filtered. Example: whimbrel events --source RUS --root 19"""
    where = event_filter(start, end, source, target, root, min_confidence)
    with open_store(db, must_exist=True) as store:
        rows = store.events(where, limit)
    render.events(rows, output_format)


@app.command("dyad")
def dyad_command(
    source: Annotated[str, typer.Argument(help="Source country or actor code, e.g. RUS.")],
    target: Annotated[str, typer.Argument(help="Target country or actor code, e.g. UKR.")],
    by: Annotated[Period, typer.Option("--by", help="day, week or month.")] = Period.day,
    db: Annotated[str | None, DB_OPTION] = None,
    start: Annotated[str | None, typer.Option("--from")] = None,
    end: Annotated[str | None, typer.Option("--to")] = None,
    output_format: Annotated[
        DyadFormat, typer.Option("--format", "-f", help="table or json.")
    ] = DyadFormat.table,
) -> None:
    """Events from SOURCE to TARGET per period: count, Goldstein sum/mean, quad classes.

    Example:

        whimbrel dyad RUS UKR --by week --from 2022-01-01 --format json
    """
    where = event_filter(start, end)
    source, target = source.strip().upper(), target.strip().upper()
    with open_store(db, must_exist=True) as store:
        periods = store.dyad(source, target, by.value, where)
    render.dyad(source, target, periods, output_format)


@app.command("export")
def export_command(
    output: Annotated[Path, typer.Argument(help="File to write.")],
    output_format: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="csv, jsonl, parquet or gdelt (default: from the suffix: .csv, .jsonl, .parquet).",
        ),
    ] = None,
    db: Annotated[str | None, DB_OPTION] = None,
    start: Annotated[str | None, typer.Option("--from")] = None,
    end: Annotated[str | None, typer.Option("--to")] = None,
    source: Annotated[str | None, typer.Option("--source")] = None,
    target: Annotated[str | None, typer.Option("--target")] = None,
    root: Annotated[str | None, typer.Option("--root")] = None,
    min_confidence: Annotated[float | None, typer.Option("--min-confidence")] = None,
) -> None:
    """Export stored events. Example: whimbrel export --format gdelt events.tsv

    Undated events are kept in csv, jsonl and parquet (empty day, `undated` true); a GDELT
    export leaves them out and says how many on stderr.
    """
    from whimbrel.export import export, export_format

    fmt = export_format(output, output_format)
    where = event_filter(start, end, source, target, root, min_confidence)
    with open_store(db, must_exist=True) as store:
        result = export(store, fmt, output, where)
    render.exported(result, output)
