"""Parquet partitions: cut, written atomically, read back equal, skipped when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from whimbrel.contract import to_contract
from whimbrel.engines import code_chunk
from whimbrel.engines.parquet import (
    Partition,
    code_partition,
    partition_files,
    partition_table,
    partitions,
    read_partition,
    write_atomically,
)
from whimbrel.errors import InputError
from whimbrel.records import Article, Failure
from whimbrel.settings import Settings


def test_partitions_cover_every_article_once_in_order(articles: list[Article]) -> None:
    parts = list(partitions(articles, 3))
    assert [p.index for p in parts] == [0, 1, 2]
    assert [len(p.articles) for p in parts] == [3, 3, 1]
    assert [a for p in parts for a in p.articles] == articles


def test_partition_names_follow_content_not_just_position(articles: list[Article]) -> None:
    first = Partition(0, tuple(articles[:2]))
    assert first.file_name == Partition(0, tuple(articles[:2])).file_name
    assert first.file_name != Partition(0, tuple(articles[1:3])).file_name
    assert first.file_name != Partition(1, tuple(articles[:2])).file_name
    assert first.file_name.startswith("part-000000-")


def test_bad_partition_size_is_refused(articles: list[Article]) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(partitions(articles, 0))


def test_a_partition_reads_back_equal_with_failures_in_place(
    articles: list[Article], engine_settings: Settings, tmp_path: Path
) -> None:
    # An article with nothing to code fails alone; its row keeps its place and its reason.
    blank = Article(id="blank", text="  \n ")
    batch = (articles[0], blank, articles[1])
    outcomes = code_chunk(batch, engine_settings)
    assert outcomes[1] == Failure("blank", 1, "empty text")
    assert [c.article.id for c in (outcomes[0], outcomes[2])] == [articles[0].id, articles[1].id]

    partition = Partition(4, batch, ("Reuters", None, "AP"))
    path = tmp_path / partition.file_name
    write_atomically(partition_table(partition, outcomes), path)
    assert [p.name for p in tmp_path.iterdir()] == [partition.file_name]  # no temporary left

    rows = read_partition(path)
    assert [(r.partition, r.ordinal, r.article_id) for r in rows] == [
        (4, 0, articles[0].id),
        (4, 1, "blank"),
        (4, 2, articles[1].id),
    ]
    assert [r.publisher for r in rows] == ["Reuters", None, "AP"]
    assert rows[1].coded is None and rows[1].error == "empty text"
    assert rows[0].coded is not None and rows[2].coded is not None
    assert to_contract(rows[0].coded) == to_contract(outcomes[0])
    assert to_contract(rows[2].coded) == to_contract(outcomes[2])


def test_code_partition_skips_a_partition_already_written(
    articles: list[Article], engine_settings: Settings, tmp_path: Path
) -> None:
    partition = Partition(0, tuple(articles[:2]))
    first = code_partition(partition, str(tmp_path), engine_settings)
    assert not first.skipped and first.coded == 2
    written = Path(first.path)
    stamp = written.stat().st_mtime_ns
    again = code_partition(partition, str(tmp_path), engine_settings)
    assert again.skipped
    assert (again.articles, again.coded, again.events) == (2, 2, first.events)
    assert written.stat().st_mtime_ns == stamp
    assert partition_files(tmp_path) == [written]


def test_reading_something_else_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "part-000000-000000000000.parquet"
    bogus.write_text("not parquet", encoding="utf-8")
    with pytest.raises(InputError, match="not a readable Parquet partition"):
        read_partition(bogus)
    with pytest.raises(InputError, match="not a directory"):
        partition_files(tmp_path / "missing")
