"""Querying and exporting stored events: filters, dyad counts per period, file formats."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from store_builders import coded, event, mention

from whimbrel.export import GDELT_COLUMNS, ExportFormat, export
from whimbrel.records import Location
from whimbrel.store import EventFilter, Store

RUS = mention("Russia", "RUSGOV", "RUS")
UKR = mention("Ukraine", "UKRGOV", "UKR")
USA = mention("Washington", "USAGOV", "USA")


def _fill(store: Store) -> None:
    items = [
        # (id, published, event date, source, target, cameo, goldstein, quad, confidence)
        ("a", date(2022, 3, 1), "2022-03-01", RUS, UKR, "190", -10.0, 4, 0.9),
        ("b", date(2022, 3, 2), "2022-03-02", RUS, UKR, "111", -2.0, 3, 0.4),
        ("c", date(2022, 3, 9), "2022-03", RUS, UKR, "036", 4.0, 1, 0.8),  # month precision
        ("d", date(2022, 3, 9), "2022-03-08", UKR, RUS, "172", -5.0, 4, 0.7),
        ("e", date(2022, 4, 2), None, USA, UKR, "070", 7.0, 2, 0.95),
    ]
    for article_id, published, day, source, target, cameo, goldstein, quad, conf in items:
        text = f"Article {article_id} about {cameo}."
        e = event(
            text,
            source,
            target,
            cameo,
            day,
            goldstein=goldstein,
            quad_class=quad,
            confidence=conf,
        )
        if article_id == "a":
            e = replace(e, location=Location("Kyiv", "UKR", 50.45, 30.52))
        article = coded(article_id, text, published, (e,), url=f"https://news.example/{article_id}")
        assert store.write(article) is not None


def test_filters_select_events(store: Store) -> None:
    _fill(store)

    def ids(**kw) -> list[str]:
        return [r.article_id for r in store.events(EventFilter(**kw))]

    assert ids() == ["a", "b", "d", "c", "e"]  # by day: c counts on its publication day
    assert ids(source="RUS") == ["a", "b", "c"]
    assert ids(source="RUSGOV", target="UKR") == ["a", "b", "c"]
    assert ids(target="RUS") == ["d"]
    assert ids(root="19") == ["a"]
    assert ids(root="7") == ["e"]
    assert ids(start=date(2022, 3, 2), end=date(2022, 3, 8)) == ["b", "d"]
    assert ids(min_confidence=0.75) == ["a", "c", "e"]
    row = store.events(EventFilter(root="19"))[0]
    assert (row.location_name, row.location_lat) == ("Kyiv", 50.45)
    assert row.publisher == "news.example"


def test_dyad_counts_per_period(store: Store) -> None:
    _fill(store)
    days = store.dyad("RUS", "UKR", "day")
    assert [(p.period, p.events) for p in days] == [
        (date(2022, 3, 1), 1),
        (date(2022, 3, 2), 1),
        (date(2022, 3, 9), 1),
    ]
    weeks = store.dyad("RUS", "UKR", "week")
    assert [(p.period, p.events) for p in weeks] == [(date(2022, 2, 28), 2), (date(2022, 3, 7), 1)]
    month = store.dyad("RUS", "UKR", "month")
    assert len(month) == 1
    assert month[0].events == 3
    assert month[0].goldstein_sum == pytest.approx(-8.0)
    assert month[0].goldstein_mean == pytest.approx(-8.0 / 3)
    assert month[0].quad_counts == (1, 0, 1, 1)
    assert store.dyad("UKR", "USA") == []


def test_export_csv_jsonl_parquet(store: Store, tmp_path: Path) -> None:
    _fill(store)
    where = EventFilter(source="RUS")
    assert export(store, ExportFormat.csv, tmp_path / "e.csv", where) == 3
    with (tmp_path / "e.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["cameo"] for r in rows] == ["190", "111", "036"]
    assert rows[0]["day"] == "2022-03-01"

    assert export(store, ExportFormat.jsonl, tmp_path / "e.jsonl") == 5
    lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert lines[0]["source_country"] == "RUS" and lines[0]["goldstein"] == -10.0

    import pyarrow.parquet as pq

    assert export(store, ExportFormat.parquet, tmp_path / "e.parquet", where) == 3
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.column("cameo").to_pylist() == ["190", "111", "036"]
    assert table.column("day").to_pylist()[0] == date(2022, 3, 1)


def test_export_gdelt_has_the_61_columns(store: Store, tmp_path: Path) -> None:
    _fill(store)
    out = tmp_path / "events.tsv"
    assert export(store, ExportFormat.gdelt, out) == 5
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(GDELT_COLUMNS) == 61
    assert all(len(r) == 61 for r in rows)
    first = dict(zip(GDELT_COLUMNS, rows[0], strict=True))
    assert first["SQLDATE"] == "20220301"
    assert first["MonthYear"] == "202203"
    assert first["Actor1Code"] == "RUSGOV"
    assert first["Actor1CountryCode"] == "RUS"
    assert first["Actor2CountryCode"] == "UKR"
    assert (first["EventCode"], first["EventBaseCode"], first["EventRootCode"]) == (
        "190",
        "190",
        "19",
    )
    assert first["QuadClass"] == "4" and float(first["GoldsteinScale"]) == -10.0
    assert first["NumMentions"] == "1" and first["NumArticles"] == "1"
    assert first["ActionGeo_FullName"] == "Kyiv" and first["ActionGeo_Lat"] == "50.45"
    assert first["SOURCEURL"] == "https://news.example/a"
    assert len(first["DATEADDED"]) == 14
