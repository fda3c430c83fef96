"""`whimbrel serve`: the HTTP API and the dashboard (`whimbrel.web`)."""

from __future__ import annotations

import errno
import socket
from typing import Annotated

import typer

from whimbrel.cli import render
from whimbrel.cli.app import DB_OPTION, ServerError, app, database_url, require_database
from whimbrel.errors import InputError


@app.command("serve")
def serve_command(
    db: Annotated[str | None, DB_OPTION] = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
) -> None:
    """Serve the HTTP API and the dashboard. Example: whimbrel serve --port 8000

    Writes need WHIMBREL_API_TOKEN; reads are open unless WHIMBREL_API_READS=token. The
    database must exist (`whimbrel ingest` creates it). Exit code 3: the port is taken.
    """
    try:
        from whimbrel.web.app import serve
    except ModuleNotFoundError as err:
        problem = f"needs the web extra ({err.name} is missing): pip install 'whimbrel[web]'"
        raise InputError("whimbrel serve", problem) from None
    from whimbrel.web.config import WebSettings

    WebSettings.from_env()  # a bad WHIMBREL_API_* setting is named before the database
    url = database_url(db)
    require_database(url)
    check_port_free(host, port)
    serve(url, host, port, render.err_console)


def check_port_free(host: str, port: int) -> None:
    """Refuse, before the banner, a port another server already listens on."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as err:
        raise InputError(host, f"not a host to listen on ({err.strerror})") from None
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        # As uvicorn binds: SO_REUSEADDR, so a port in TIME_WAIT is not taken for busy.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                raise ServerError(
                    f"{host}:{port}: address already in use (another server listens "
                    "there); choose another --port"
                ) from None
            raise ServerError(f"{host}:{port}: cannot listen ({err.strerror})") from None
