"""Every way of storing articles stores the same rows: `whimbrel ingest --workers 2`, the
HTTP write (`POST /articles`), `whimbrel load` of Parquet partitions, and the Dask run.

Each path writes the shipped sample articles into its own SQLite file; the articles and
events tables must then hold the same rows, but for keys and times that differ by nature.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from whimbrel.cli import app
from whimbrel.pipeline import Coder
from whimbrel.store import Store, open_engine, tables

SAMPLES = Path(str(resources.files("whimbrel").joinpath("data/samples/articles.jsonl")))
TOKEN = "same-rows-token-0123456789"
runner = CliRunner()
# Row keys, run links, clock times and cluster ids differ between databases by nature.
UNCOMPARED = {"pk", "run_id", "stored_at", "article_pk", "cluster_id"}


def stored_rows(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """The articles and events tables, comparable across databases: each event is keyed by
    its article's id instead of the article's primary key."""
    engine = open_engine(url)
    try:
        with engine.connect() as conn:
            ids = dict(conn.execute(sa.select(tables.articles.c.pk, tables.articles.c.id)).all())
            rows: dict[str, list[tuple[Any, ...]]] = {}
            for table in (tables.articles, tables.events):
                kept = [c for c in table.columns if c.name not in UNCOMPARED]
                keyed = table.name == "events"
                query = sa.select(*kept, *([table.c.article_pk] if keyed else []))
                rows[table.name] = sorted(
                    (*row[: len(kept)], ids[row[-1]]) if keyed else tuple(row)
                    for row in conn.execute(query)
                )
    finally:
        engine.dispose()
    return rows


def _ok(result: Any) -> None:
    assert result.exit_code == 0, result.output


def test_every_path_stores_the_same_rows(tmp_path: Path, coder: Coder) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    pytest.importorskip("fastapi", reason="the web extra is not installed")
    from fastapi.testclient import TestClient

    from whimbrel.web.app import create_app
    from whimbrel.web.config import WebSettings

    urls = {name: f"sqlite:///{tmp_path / f'{name}.sqlite'}" for name in ("pool", "http", "dask")}

    _ok(runner.invoke(app, ["ingest", str(SAMPLES), "--workers", "2", "--db", urls["pool"]]))

    with Store.open(urls["http"]) as store:
        web = create_app(store=store, web=WebSettings(api_token=TOKEN), coder=coder)
        with TestClient(web) as client:
            for line in SAMPLES.read_text(encoding="utf-8").splitlines():
                answer = client.post(
                    "/articles",
                    json=json.loads(line),
                    headers={"Authorization": f"Bearer {TOKEN}"},
                )
                assert answer.status_code == 201, answer.text

    parts = tmp_path / "parts"
    dask_run = ["ingest", str(SAMPLES), "--engine", "dask", "--workers", "2"]
    _ok(runner.invoke(app, [*dask_run, "--partitions", str(parts), "--db", urls["dask"]]))
    # The partitions the Dask run wrote, loaded into a fresh store.
    urls["load"] = f"sqlite:///{tmp_path / 'load.sqlite'}"
    _ok(runner.invoke(app, ["load", str(parts), "--db", urls["load"]]))

    expected = stored_rows(urls["pool"])
    articles = SAMPLES.read_text(encoding="utf-8").count("\n")
    assert len(expected["articles"]) == articles
    assert expected["events"], "the samples code to events, so the comparison means something"
    for name in ("http", "dask", "load"):
        assert stored_rows(urls[name]) == expected, f"{name} stored other rows than the pool"
