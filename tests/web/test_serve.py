"""`whimbrel serve`: the real command in a subprocess, serving API and dashboard on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx2 as httpx
import pytest
from typer.testing import CliRunner
from web_builders import web_articles
from web_support import TOKEN

from whimbrel.cli import app
from whimbrel.store import Store


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float = 60) -> httpx.Response:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"serve exited {process.returncode}: {process.stderr.read()}")
        try:
            return httpx.get(url, timeout=2)
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer in {seconds}s")


def test_serve_shows_api_and_dashboard(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'served.sqlite'}"
    with Store.open(url) as store:
        for coded in web_articles():
            store.write(coded)
    port = free_port()
    env = {**os.environ, "WHIMBREL_API_TOKEN": TOKEN}
    env.pop("WHIMBREL_API_READS", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "whimbrel", "serve", "--db", url, "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        health = wait_for(f"{base}/health", process).json()
        assert health["articles"] == len(web_articles()) and health["writes_enabled"] is True
        for page in ("/ui/", "/ui/dyad", "/ui/events", "/ui/articles/1"):
            assert httpx.get(base + page).status_code == 200, page
        refused = httpx.post(f"{base}/code", json={"text": "Talks opened."})
        assert refused.status_code == 401
    finally:
        process.terminate()
        _, err = process.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/ui/" in err  # the start line names the address


def test_serve_rejects_a_bad_setting(tmp_path: Path) -> None:
    env = {"WHIMBREL_API_READS": "token", "WHIMBREL_API_TOKEN": None}
    db = f"sqlite:///{tmp_path / 'x.sqlite'}"
    Store.open(db).close()  # serve reads an existing database only
    result = CliRunner().invoke(app, ["serve", "--db", db], env=env)
    assert result.exit_code == 1
    assert "WHIMBREL_API_READS" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("port", ["0", "70000"])
def test_serve_rejects_a_bad_port(port: str) -> None:
    result = CliRunner().invoke(app, ["serve", "--port", port])
    assert result.exit_code == 2
