"""The Typer app, its global options, and the one place errors become exit codes.

Exit codes: 0 success, 1 input error (or some items of a batch failed), 2 usage error,
3 the server could not start (its port is taken), 130 interrupted. Errors, usage errors
included, are one line on stderr naming the input and the problem; `--debug` adds tracebacks.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer._click.exceptions import UsageError  # Typer 0.29 carries its own click
from typer.core import TyperGroup

from whimbrel import __version__
from whimbrel.cli import render
from whimbrel.errors import InputError, WhimbrelError

if TYPE_CHECKING:
    from whimbrel.runs import RunSummary
    from whimbrel.store import Store

_state = {"debug": False}


# `serve` could not listen: its port is taken (uvicorn's own code for a failed start).
EXIT_SERVER = 3


class ServerError(WhimbrelError):
    """The server cannot start (its address is in use); exit code `EXIT_SERVER`."""


class _Commands(TyperGroup):
    """Runs a command; a `WhimbrelError` from it becomes one line on stderr and exit code 1
    (3 for a server that cannot start), a usage error one line and exit code 2."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except UsageError as error:
            if _state["debug"]:
                render.traceback()
            command = error.ctx.command_path if error.ctx else ""
            render.usage_error(error.format_message().rstrip("."), command)
            raise typer.Exit(code=2) from None
        except WhimbrelError as error:
            if _state["debug"]:
                render.traceback()
            render.error(error)
            raise typer.Exit(code=EXIT_SERVER if isinstance(error, ServerError) else 1) from None


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
    from whimbrel.settings import Settings

    _state["debug"] = debug
    Settings.from_env()  # a bad WHIMBREL_* variable is refused before any command starts


# A date written with digits alone is read only as YYYY-MM-DD: 04/12/2021 is April or
# December depending on the reader, so it is refused rather than guessed.
_NUMERIC_DATE = re.compile(r"^[\d\s./-]+$")


def parse_day(value: str | None, option: str | None = None) -> date | None:
    """A day given as YYYY-MM-DD or in words ("4 Dec 2021", "December 4, 2021"); a usage
    error (exit 2) otherwise. Day, month and year are all required, and relative words
    ("yesterday") are refused: an option never silently means a day counted from today."""
    if value is None:
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    if not _NUMERIC_DATE.match(text):
        import dateparser

        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={
                "STRICT_PARSING": True,
                "REQUIRE_PARTS": ["day", "month", "year"],
                "PARSERS": ["absolute-time"],
            },
        )
        if parsed is not None:
            return parsed.date()
    raise typer.BadParameter(
        f"bad date {value!r}: expected YYYY-MM-DD or a day in words such as '4 Dec 2021'",
        param_hint=f"'{option}'" if option else None,
    )


def parse_code(value: str | None) -> str | None:
    """An actor or country code in any case, as stored (upper case)."""
    return value.strip().upper() if value is not None else None


def parse_root(value: str | None) -> str | None:
    """A CAMEO root, 1-20 ("7" or "07"), as stored ("07"); a usage error otherwise."""
    if value is None:
        return None
    text = value.strip()
    if not (text.isdigit() and 1 <= int(text) <= 20):
        raise typer.BadParameter(
            f"bad root {value!r}: expected a CAMEO root from 01 to 20", param_hint="'--root'"
        )
    return f"{int(text):02d}"


DB_OPTION = typer.Option(
    "--db", help="Database URL (default: WHIMBREL_DB or sqlite:///whimbrel.sqlite)."
)


def database_url(db: str | None) -> str:
    from whimbrel.settings import Settings

    return db or Settings.from_env().database_url


def require_database(url: str) -> None:
    """Refuse a SQLite database file that does not exist: reading never creates one."""
    import sqlalchemy as sa

    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError:
        return  # Store.open names the bad URL
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return
    if not Path(parsed.database).expanduser().is_file():
        raise InputError(
            url, "no such database (`whimbrel ingest` creates one; check --db or WHIMBREL_DB)"
        )


def open_store(db: str | None, *, must_exist: bool = False) -> Store:
    """The store at `db` (else WHIMBREL_DB); with `must_exist`, refuse to create one."""
    from whimbrel.store import Store

    url = database_url(db)
    if must_exist:
        require_database(url)
    return Store.open(url)


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
