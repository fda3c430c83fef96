"""Web fixtures: a store filled from the shipped samples (real coder) and hand-made articles,
an app over it with a token, and a live uvicorn server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from web_support import TOKEN, Filled, LiveServer, fill_store, start_server

from whimbrel.pipeline import Coder
from whimbrel.store import Store
from whimbrel.web.app import create_app
from whimbrel.web.config import WebSettings


@pytest.fixture(scope="session")
def filled(tmp_path_factory: pytest.TempPathFactory, coder: Coder) -> Iterator[Filled]:
    """A SQLite store holding the shipped samples and articles from four decades (coded for
    real) and the hand-made articles."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.sqlite'}"
    store = Store.open(url)
    coded, built = fill_store(store, coder)
    yield Filled(store, url, coded, built)
    store.close()


@pytest.fixture(scope="session")
def app(filled: Filled, coder: Coder) -> FastAPI:
    return create_app(store=filled.store, web=WebSettings(api_token=TOKEN), coder=coder)


@pytest.fixture(scope="session")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def live_server(app: FastAPI) -> Iterator[LiveServer]:
    """The app served by uvicorn on 127.0.0.1 (a free port), in a thread."""
    live = start_server(app)
    yield live
    live.server.should_exit = True  # type: ignore[attr-defined]
    live.thread.join(timeout=10)
