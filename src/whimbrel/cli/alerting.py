"""`whimbrel alerts`: the dyads whose conflict count or mean Goldstein score breaks from their
own trailing baseline (library: `whimbrel.alerts.stored_alerts`)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from whimbrel.cli import render
from whimbrel.cli.app import DB_OPTION, app, open_store, parse_day


class AlertPeriod(StrEnum):
    week = "week"
    month = "month"
    quarter = "quarter"
    year = "year"


@app.command("alerts")
def alerts_command(
    db: Annotated[str | None, DB_OPTION] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", help="First period tested, YYYY-MM-DD (default: the latest)."),
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Last period tested (default: the latest).")
    ] = None,
    by: Annotated[
        AlertPeriod, typer.Option("--by", help="week, month, quarter or year.")
    ] = AlertPeriod.week,
    output_format: Annotated[
        render.AlertsFormat, typer.Option("--format", "-f", help="table or json.")
    ] = render.AlertsFormat.table,
) -> None:
    """Escalation alerts: dyads that break from their own trailing 12 periods.

    Example:

        whimbrel alerts --since 2015-09-01 --by week
    """
    from whimbrel.alerts import stored_alerts

    with open_store(db) as store, store.engine.connect() as conn:
        found = stored_alerts(conn, by.value, parse_day(since), parse_day(until))
    render.alerts(found, by.value, output_format)
