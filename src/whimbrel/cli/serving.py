"""`whimbrel serve`: the HTTP API and the dashboard (`whimbrel.web`)."""

from __future__ import annotations

from typing import Annotated

import typer

from whimbrel.cli import render
from whimbrel.cli.app import DB_OPTION, app
from whimbrel.errors import InputError


@app.command("serve")
def serve_command(
    db: Annotated[str | None, DB_OPTION] = None,
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
        raise InputError("whimbrel serve", problem) from None
    serve(db, host, port, render.err_console)
