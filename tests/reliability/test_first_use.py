"""Safe first use: any number of writers may start together on a new database.

Three real `whimbrel ingest` processes start at once on a database that does not exist yet
(a new SQLite file; a new PostgreSQL database created inside WHIMBREL_TEST_PG's server). The
migrations run under a lock, so all three exit 0, and the rows are those one writer stores.
That one writer runs once for the module, in this process (the model is already loaded here).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from whimbrel.cli import app
from whimbrel.pipeline import Coder
from whimbrel.store import Store, migrations, open_engine

WRITERS = 3
TEXTS = [
    "Norway's foreign minister met Swedish officials in Oslo on Monday to discuss fishing "
    f"quota number {i}. The talks ended without agreement, officials said."
    for i in range(6)
]


@pytest.fixture(params=["sqlite", "postgresql"])
def new_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL naming a database with nothing in it; each call gives a different one."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / f'{uuid.uuid4().hex}.sqlite'}"
        return
    server = os.environ.get("WHIMBREL_TEST_PG")
    if not server:
        pytest.skip("WHIMBREL_TEST_PG is not set: no PostgreSQL server to test against")
    name = f"whimbrel_first_use_{uuid.uuid4().hex[:12]}"
    admin = open_engine(server).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield sa.engine.make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def _ingest(source: Path, url: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "whimbrel", "ingest", str(source), "--db", url],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _rows(url: str) -> tuple[dict[str, int], list[tuple[str, int]]]:
    with Store.open(url) as store:
        counts = store.counts()
        articles = sorted((c.article.id, len(c.events)) for c in store.articles())
    counts.pop("runs")  # one row per writer, by design
    return counts, articles


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("first_use") / "reports.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": f"report-{i}", "text": t, "published": "2024-06-03"}) + "\n"
            for i, t in enumerate(TEXTS)
        ),
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def one_writer_rows(source: Path, coder: Coder) -> tuple[dict[str, int], list[tuple[str, int]]]:
    """What a single `whimbrel ingest` stores, run in this process (`coder` loads the model
    once for the session, so the CLI's own load finds it cached)."""
    alone = f"sqlite:///{source.parent / 'alone.sqlite'}"
    result = CliRunner().invoke(app, ["ingest", str(source), "--db", alone])
    assert result.exit_code == 0, result.output
    return _rows(alone)


def test_writers_starting_together_on_a_new_database(
    source: Path,
    new_database: str,
    one_writer_rows: tuple[dict[str, int], list[tuple[str, int]]],
) -> None:
    writers = [_ingest(source, new_database) for _ in range(WRITERS)]
    for writer in writers:
        _, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err.decode(errors="replace")

    counts, articles = _rows(new_database)
    assert (counts, articles) == one_writer_rows
    assert len(articles) == len(TEXTS) and counts["events"] > 0
    with Store.open(new_database) as store, store.engine.connect() as conn:
        versions = list(conn.scalars(sa.text("SELECT version FROM schema_migrations")))
        runs = conn.scalar(sa.text("SELECT count(*) FROM runs"))
    assert versions == list(range(1, migrations.LATEST + 1)) and runs == WRITERS
