"""Helpers the web tests share (constants, the live server); fixtures are in conftest.py."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI

from whimbrel.store import Store

if TYPE_CHECKING:
    from whimbrel.pipeline import Coder

TOKEN = "test-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
OUTPUT = Path(__file__).resolve().parents[2] / "test-output"
DOCS = Path(__file__).resolve().parents[2] / "docs"


# Short articles written for these tests (no corpus text), dated 1989-2022 plus two undated
# ones, so that the store spans more than three decades and has events without a date.
DECADES = Path(__file__).resolve().parent / "data" / "decades.jsonl"


def sample_path() -> Path:
    return Path(str(resources.files("whimbrel").joinpath("data/samples/articles.jsonl")))


def fill_store(store: Store, coder: Coder) -> tuple[int, int]:
    """Store the shipped samples and DECADES, coded for real, then the hand-made articles
    (web_builders.py); return how many of each."""
    from web_builders import web_articles

    from whimbrel.ingest import read_articles

    articles = [
        a
        for path in (sample_path(), DECADES)
        for a in read_articles(path)
        if not isinstance(a, Exception)
    ]
    for coded in coder.code_many(articles):
        store.write(coded)
    built = web_articles()
    for coded in built:
        store.write(coded)
    return len(articles), len(built)


@dataclass(frozen=True)
class Filled:
    store: Store
    url: str
    samples: int  # shipped samples and DECADES articles stored (coded by the real coder)
    built: int  # hand-made articles stored (see web_builders.py)


@dataclass
class LiveServer:
    base_url: str
    server: object
    thread: threading.Thread


def start_server(app: FastAPI) -> LiveServer:
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    return LiveServer(f"http://127.0.0.1:{port}", server, thread)


def dump(name: str, payload: object) -> Path:
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / name
    path.write_text(json.dumps(payload, indent=2, default=str), encoding="utf-8")
    return path
