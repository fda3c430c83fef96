"""The local engine: same records as the plain pipeline, in order, on one or two processes."""

from __future__ import annotations

from pathlib import Path

from whimbrel.contract import to_contract
from whimbrel.engines.local import LocalPool, code_articles, code_chunks, code_to_parquet
from whimbrel.engines.parquet import partition_files, partitions, read_partition
from whimbrel.pipeline import Coder
from whimbrel.records import Article, Failure
from whimbrel.settings import Settings


def _documents(coded: list) -> list[dict]:
    return [to_contract(c) for c in coded]


def test_one_worker_gives_what_the_pipeline_gives(
    articles: list[Article], engine_settings: Settings, coder: Coder
) -> None:
    expected = _documents(list(coder.code_many(articles)))
    chunks = list(code_chunks(articles, engine_settings, workers=1, chunk_size=3))
    assert [len(c) for c in chunks] == [3, 3, 1]
    assert _documents([c for chunk in chunks for c in chunk]) == expected
    assert _documents(list(code_articles(articles, engine_settings))) == expected


def test_two_worker_processes_give_the_same_records_in_order(
    articles: list[Article], engine_settings: Settings, coder: Coder, tmp_path: Path
) -> None:
    expected = _documents(list(coder.code_many(articles)))
    with LocalPool(engine_settings, workers=2) as pool:
        assert len(pool.start()) == 2  # two processes, each with its own model
        chunks = list(pool.code_chunks(articles, chunk_size=2))
        assert _documents([c for chunk in chunks for c in chunk]) == expected
        # One chunk on its own: a failing article keeps its place, between the coded ones.
        blank = Article(id="blank", text=" ")
        outcomes = pool.submit([articles[0], blank, articles[1]]).result()
        assert outcomes[1] == Failure("blank", 1, "empty text")
        assert _documents([outcomes[0], outcomes[2]]) == expected[:2]

        # Partitions on the pool: a failing one is retried, reported, and the rest written.
        todo = list(partitions(articles, 3))
        (tmp_path / todo[0].file_name).mkdir()
        outcomes = list(pool.code_partitions(todo, tmp_path, retries=1))
    assert [type(o).__name__ for o in outcomes] == ["Failure", "PartitionReport", "PartitionReport"]
    assert (outcomes[0].source, outcomes[0].position) == (todo[0].file_name, 0)
    rows = [r for path in partition_files(tmp_path) for r in read_partition(path)]
    assert [r.article_id for r in rows] == [a.id for a in articles[3:]]
    assert _documents([r.coded for r in rows]) == expected[3:]


def test_parquet_run_is_idempotent_and_reports_a_failed_partition(
    articles: list[Article], engine_settings: Settings, tmp_path: Path
) -> None:
    # A directory squatting on partition 1's file name makes its write fail on every try.
    blocked = tmp_path / list(partitions(articles, 3))[1].file_name
    blocked.mkdir()
    report = code_to_parquet(articles, tmp_path, engine_settings, partition_size=3, retries=1)
    assert [p.index for p in report.written] == [0, 2]
    assert [f.position for f in report.failed] == [1]
    assert "Error" in report.failed[0].problem
    assert report.articles == len(articles) and report.coded == 4

    blocked.rmdir()
    again = code_to_parquet(articles, tmp_path, engine_settings, partition_size=3)
    assert again.complete
    assert [(p.index, p.skipped) for p in again.written] == [(0, True), (1, False), (2, True)]
    rows = [r for path in partition_files(tmp_path) for r in read_partition(path)]
    assert [r.article_id for r in rows] == [a.id for a in articles]  # none lost, none twice
