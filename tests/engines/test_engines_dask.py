"""The Dask engine on a real LocalCluster: the same events as the local path, exactly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from whimbrel.contract import to_contract
from whimbrel.engines.parquet import partition_files, partitions, read_partition
from whimbrel.pipeline import Coder
from whimbrel.records import Article
from whimbrel.settings import Settings

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
dask_engine = pytest.importorskip("whimbrel.engines.dask")


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        memory_limit="2GiB",
        dashboard_address=None,
    )
    with distributed.Client(cluster) as client:
        yield client
    cluster.close()


def _rows_by_id(directory: Path) -> dict:
    return {r.article_id: r for path in partition_files(directory) for r in read_partition(path)}


def test_dask_gives_exactly_the_local_events(
    client: distributed.Client,
    articles: list[Article],
    engine_settings: Settings,
    coder: Coder,
    tmp_path: Path,
) -> None:
    report = dask_engine.code_to_parquet(
        articles, tmp_path, client, engine_settings, partition_size=2
    )
    assert report.complete and report.coded == len(articles)
    assert len(partition_files(tmp_path)) == 4
    rows = _rows_by_id(tmp_path)
    assert sorted(rows) == sorted(a.id for a in articles)
    local = {c.article.id: to_contract(c) for c in coder.code_many(articles)}
    assert sum(len(d["events"]) for d in local.values()) > 0  # the comparison means something
    for article_id, document in local.items():
        assert rows[article_id].coded is not None
        assert to_contract(rows[article_id].coded) == document

    # The model was loaded once per worker, by the plugin, and every task reused it.
    loaded = client.run(lambda: len(__import__("whimbrel.pipeline").pipeline._CODERS))
    assert list(loaded.values()) == [1, 1]


def test_a_failed_partition_is_retried_reported_and_finished_by_a_rerun(
    client: distributed.Client,
    articles: list[Article],
    engine_settings: Settings,
    tmp_path: Path,
) -> None:
    blocked = tmp_path / list(partitions(articles, 3))[2].file_name
    blocked.mkdir()  # the rename into place fails on every try
    report = dask_engine.code_to_parquet(
        articles, tmp_path, client, engine_settings, partition_size=3, retries=1
    )
    assert [p.index for p in report.written] == [0, 1]
    assert [f.position for f in report.failed] == [2]
    assert report.failed[0].problem.endswith("(1 articles not coded)")

    blocked.rmdir()
    again = dask_engine.code_to_parquet(
        articles, tmp_path, client, engine_settings, partition_size=3
    )
    assert again.complete and again.skipped == 2
    assert sorted(_rows_by_id(tmp_path)) == sorted(a.id for a in articles)
    assert len([r for p in partition_files(tmp_path) for r in read_partition(p)]) == len(articles)


def test_an_unreachable_scheduler_is_a_clear_error() -> None:
    from whimbrel.errors import InputError

    with pytest.raises(InputError, match="cannot reach the Dask scheduler"):
        dask_engine.connect("tcp://127.0.0.1:9", timeout="1s")


def test_ingest_on_dask_stores_what_local_coding_gives(
    client: distributed.Client,
    articles: list[Article],
    engine_settings: Settings,
    coder: Coder,
    tmp_path: Path,
) -> None:
    from whimbrel.records import Failure
    from whimbrel.runs import ingest_partitioned
    from whimbrel.store import Store

    unreadable = Failure("feed.jsonl line 9", len(articles), "not valid JSON")
    with Store.open(f"sqlite:///{tmp_path / 'events.sqlite'}") as store:
        summary = ingest_partitioned(
            store,
            [*articles, unreadable],
            tmp_path / "parts",
            client,
            engine_settings,
            partition_size=4,
        )
        assert summary.failures == [unreadable]
        assert (summary.partitions, summary.coded) == (2, len(articles))
        stored = {c.article.id: to_contract(c) for c in store.articles()}
    local = {c.article.id: to_contract(c) for c in coder.code_many(articles)}
    assert {k: v["events"] for k, v in stored.items()} == {k: v["events"] for k, v in local.items()}
