"""The `whimbrel` command: thin Typer shells over the library.

app.py       the Typer app, global options, the one error wrapper, `main()`
render.py    all terminal output (Rich tables, progress, summaries, JSON)
coding.py    code, eval
storing.py   ingest, load, watch (library: `whimbrel.runs`)
querying.py  events, dyad, export (library: `whimbrel.store`, `whimbrel.export`)
serving.py   serve (library: `whimbrel.web`)
alerting.py  alerts (library: `whimbrel.alerts`)
"""

from whimbrel.cli import alerting, coding, querying, serving, storing
from whimbrel.cli.app import app, main

__all__ = ["alerting", "app", "coding", "main", "querying", "serving", "storing"]
