"""The Typer app, its global options, and the one place errors become exit codes.

Exit codes: 0 success, 1 input error (or some items of a batch failed), 2 usage error,
130 interrupted. Errors are one line on stderr naming the input and the problem; `--debug`
adds tracebacks.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from whimbrel import __version__
from whimbrel.cli import render
from whimbrel.errors import WhimbrelError

if TYPE_CHECKING:
    from whimbrel.runs import RunSummary
    from whimbrel.store import Store

_state = {"debug": False}


class _Commands(TyperGroup):
    """Runs a command; a `WhimbrelError` from it becomes one line on stderr and exit code 1."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except WhimbrelError as error:
            if _state["debug"]:
                render.traceback()
            render.error(error)
            raise typer.Exit(code=1) from None


app = typer.Typer(
    name="whimbrel",
    cls=_Commands,
    help="Turn news text into political event data: who did what to whom, when, where, "
    "and who said it, with the evidence for every record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


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


def parse_day(value: str | None) -> date | None:
    """A YYYY-MM-DD option value; a usage error (exit 2) otherwise."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"bad date {value!r}: expected YYYY-MM-DD") from None


DB_OPTION = typer.Option(
    "--db", help="Database URL (default: WHIMBREL_DB or sqlite:///whimbrel.sqlite)."
)


def open_store(db: str | None) -> Store:
    from whimbrel.settings import Settings
    from whimbrel.store import Store

    return Store.open(db or Settings.from_env().database_url)


def exit_for(summary: RunSummary) -> None:
    """Exit 130 when the run was interrupted, 1 when some item failed."""
    if summary.interrupted:
        raise typer.Exit(code=130)
    if summary.failures:
        raise typer.Exit(code=1)


def main() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:
        render.note("interrupted")
        raise SystemExit(130) from None
