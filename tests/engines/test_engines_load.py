"""`whimbrel load`: Parquet partitions into the store, each article once, failures reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from whimbrel.cli import app
from whimbrel.engines.local import code_to_parquet
from whimbrel.errors import InputError
from whimbrel.pipeline import Coder
from whimbrel.records import Article
from whimbrel.runs import load_partitions
from whimbrel.settings import Settings
from whimbrel.store import Store


@pytest.fixture
def coded_dir(articles: list[Article], engine_settings: Settings, tmp_path: Path) -> Path:
    out = tmp_path / "parts"
    blank = Article(id="blank", text=" ")
    report = code_to_parquet([*articles, blank], out, engine_settings, partition_size=3)
    assert report.complete and [f.source for f in report.article_failures] == ["blank"]
    return out


def test_load_stores_every_coded_article_once(
    coded_dir: Path, articles: list[Article], coder: Coder, tmp_path: Path
) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'events.sqlite'}") as store:
        first = load_partitions(coded_dir, store)
        assert (first.partitions, first.coded, first.duplicates) == (3, len(articles), 0)
        assert [str(f) for f in first.failures] == ["blank: empty text"]
        expected_events = sum(len(c.events) for c in coder.code_many(articles))
        assert first.events == expected_events
        assert store.counts()["events"] == expected_events

        again = load_partitions(coded_dir, store)
        assert (again.coded, again.duplicates) == (0, len(articles))
        assert store.counts()["articles"] == len(articles)


def test_load_command(coded_dir: Path, articles: list[Article], tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    result = CliRunner().invoke(app, ["load", str(coded_dir), "--db", db])
    assert result.exit_code == 1  # the blank article is reported as failed
    assert f"stored {len(articles)} article(s)" in result.output
    assert "blank: empty text" in result.output


def test_loading_a_folder_without_partitions_is_a_clear_error(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'e.sqlite'}") as store:
        with pytest.raises(InputError, match="no Parquet partitions"):
            load_partitions(tmp_path, store)
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    result = CliRunner().invoke(app, ["load", str(tmp_path / "nope"), "--db", db])
    assert result.exit_code == 1
    assert "not a directory of Parquet partitions" in result.output
