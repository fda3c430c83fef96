"""Store fixtures: every storage test runs against SQLite (a real file) and PostgreSQL.

PostgreSQL comes from WHIMBREL_TEST_PG (a SQLAlchemy URL; `make test` starts a throwaway
server and sets it). Without it the PostgreSQL half is skipped, with that reason.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from whimbrel.store import Store, open_engine, tables

PG_ENV = "WHIMBREL_TEST_PG"
BACKENDS = ["sqlite", "postgresql"]


def _reset_postgres(url: str) -> None:
    engine = open_engine(url)
    with engine.begin() as conn:
        tables.metadata.drop_all(conn)
    engine.dispose()


def backend_url(backend: str, tmp_path: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server to test against")
    _reset_postgres(url)
    return url


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL to an empty database of each backend."""
    return backend_url(request.param, tmp_path)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        yield opened


@pytest.fixture(params=BACKENDS, scope="module")
def module_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """One store per backend for a whole module (Hypothesis tests reuse it across examples)."""
    url = backend_url(request.param, tmp_path_factory.mktemp("store"))
    with Store.open(url) as opened:
        yield opened
