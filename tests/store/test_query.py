"""`store/query.py`: one filter, one SELECT of frozen event rows, periods; and the dyad series
and dashboard pages built on them, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from store_builders import dyad_articles

from whimbrel import periods
from whimbrel.store import EventFilter, EventRow, Store, query, write
from whimbrel.store.dashboard import Dashboard


def _fill(store: Store) -> dict[str, int]:
    """Store the dyad articles; their row keys by article id."""
    pks = {}
    for coded in dyad_articles():
        pk = store.write(coded)
        assert pk is not None
        pks[coded.article.id] = pk
    return pks


def _ids(store: Store, **kw: object) -> list[str]:
    return [r.article_id for r in store.events(EventFilter(**kw))]  # type: ignore[arg-type]


def test_filters_select_events(store: Store) -> None:
    _fill(store)
    assert _ids(store) == ["a", "b", "d", "c", "e"]  # by day: c counts on its publication day
    assert _ids(store, source="RUS") == ["a", "b", "c"]
    assert _ids(store, source="RUSGOV", target="UKR") == ["a", "b", "c"]
    assert _ids(store, target="RUS") == ["d"]
    assert _ids(store, root="19") == ["a"]
    assert _ids(store, root="7") == ["e"]
    assert _ids(store, start=date(2022, 3, 2), end=date(2022, 3, 8)) == ["b", "d"]
    assert _ids(store, min_confidence=0.75) == ["a", "c", "e"]
    row = store.events(EventFilter(root="19"))[0]
    assert (row.location_name, row.location_lat) == ("Kyiv", 50.45)
    assert row.publisher == "news.example"


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        # actor codes: the country, or the full code, on either side; never a prefix
        ({"source": "USAGOV"}, ["e"]),
        ({"source": "USA", "target": "UKRGOV"}, ["e"]),
        ({"source": "RU"}, []),
        ({"target": "UKRGOV", "source": "UKR"}, []),
        # one open end of a date range (e, with no event date, counts on its publication day)
        ({"start": date(2022, 3, 9)}, ["c", "e"]),
        ({"end": date(2022, 3, 1)}, ["a"]),
        ({"start": date(2022, 3, 3), "end": date(2022, 3, 7)}, []),
        ({"root": "19", "min_confidence": 0.95}, []),
        ({"min_confidence": 0.95}, ["e"]),  # the bound is inclusive
        ({"modality": "alleged"}, ["b"]),
        ({"quad_class": 4}, ["a", "d"]),
        ({"quad_class": 4, "source": "UKR"}, ["d"]),
    ],
)
def test_each_filter_field_narrows(store: Store, where: dict, expected: list[str]) -> None:
    _fill(store)
    assert _ids(store, **where) == expected


def test_article_filter_and_single_row(store: Store) -> None:
    pks = _fill(store)
    rows = store.events(EventFilter(article_pk=pks["d"]))
    assert [r.article_id for r in rows] == ["d"]
    row = rows[0]
    assert row.article_pk == pks["d"]
    with store.engine.connect() as conn:
        assert query.event_row(conn, row.event_pk) == row
        assert query.event_row(conn, row.event_pk + 1000) is None


def test_rows_are_frozen_typed_records(store: Store) -> None:
    _fill(store)
    row = store.events(EventFilter(root="19"))[0]
    assert isinstance(row, EventRow)
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.cameo = "010"  # type: ignore[misc]
    assert {row} == {dataclasses.replace(row)}  # hashable, equal by value
    assert isinstance(row.day, date) and isinstance(row.published, date)
    assert (row.date, row.day) == ("2022-03-01", date(2022, 3, 1))
    assert (row.goldstein, row.quad_class, row.confidence) == (-10.0, 4, 0.9)
    assert (row.quote, row.modality) == ("We hold.", "asserted")
    assert row.cluster_id is not None and row.cluster_mentions == 1
    # offsets are the article's: the trigger lies inside the evidence sentence
    assert row.sentence_start <= row.trigger_start <= row.trigger_end <= row.sentence_end


def test_rows_hold_what_was_stored(store: Store) -> None:
    """Every row's event fields equal the event record read back from the store."""
    pks = _fill(store)
    for row in store.events():
        coded = store.read(pks[row.article_id])
        (stored,) = coded.events
        assert row.event_id == stored.id and row.cameo == stored.cameo
        assert row.day == write.event_day(stored.date, coded.article.published)
        assert (row.source_code, row.source_country, row.source_text) == (
            stored.source.actor.code,
            stored.source.actor.country,
            stored.source.text,
        )
        assert (row.target_code, row.target_role) == (
            stored.target.actor.code,
            stored.target.actor.role,
        )
        assert (row.trigger_start, row.trigger_end) == stored.trigger_span
        assert (row.sentence_start, row.sentence_end) == stored.sentence.span
        assert (row.source_start, row.source_end) == stored.source.span
        assert row.sentence_text == stored.sentence.text
        assert row.article_url == coded.article.url


def test_count_and_pages_agree_with_the_rows(store: Store) -> None:
    _fill(store)
    everything = store.events()
    with store.engine.connect() as conn:
        for where in (EventFilter(), EventFilter(source="RUS"), EventFilter(quad_class=2)):
            rows = list(query.event_rows(conn, where))
            assert query.count_events(conn, where) == len(rows)
        pages = [list(query.event_rows(conn, None, limit=2, offset=n)) for n in (0, 2, 4)]
    assert [r for page in pages for r in page] == everything
    assert [len(p) for p in pages] == [2, 2, 1]
    assert store.events(limit=3) == everything[:3]


def test_dashboard_pages_are_the_same_rows(store: Store) -> None:
    """The dashboard and `Store.events` (the CLI's and export's path) read the same SELECT."""
    _fill(store)
    dashboard = Dashboard(store.engine)
    for where in (EventFilter(), EventFilter(source="RUS", min_confidence=0.5)):
        rows, total = dashboard.event_page(where, limit=100)
        assert rows == store.events(where) and total == len(rows)
    row = store.events()[2]
    found = dashboard.event(row.event_pk)
    assert found is not None and found[1] == row and found[0].cameo == row.cameo


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


def test_dyad_counts_keep_the_other_filter_fields(store: Store) -> None:
    _fill(store)
    # The dyad replaces the filter's source and target, and keeps the rest.
    where = EventFilter(source="USA", target="RUS", min_confidence=0.5, modality="asserted")
    (month,) = store.dyad("RUS", "UKR", "month", where)
    assert month.events == 2  # a and c: b is alleged and below 0.5
    assert month.goldstein_sum == pytest.approx(-6.0)


@pytest.mark.parametrize(
    ("day", "by", "start", "end"),
    [
        (date(2024, 3, 6), "day", date(2024, 3, 6), date(2024, 3, 6)),
        (date(2024, 3, 6), "week", date(2024, 3, 4), date(2024, 3, 10)),  # Wednesday
        (date(2024, 3, 10), "week", date(2024, 3, 4), date(2024, 3, 10)),  # Sunday
        (date(2024, 12, 31), "week", date(2024, 12, 30), date(2025, 1, 5)),
        (date(2024, 2, 10), "month", date(2024, 2, 1), date(2024, 2, 29)),  # leap year
        (date(2023, 2, 10), "month", date(2023, 2, 1), date(2023, 2, 28)),
        (date(2024, 12, 31), "month", date(2024, 12, 1), date(2024, 12, 31)),
        (date(2024, 5, 17), "quarter", date(2024, 4, 1), date(2024, 6, 30)),
        (date(2024, 12, 31), "quarter", date(2024, 10, 1), date(2024, 12, 31)),
        (date(2024, 2, 29), "year", date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_period_bounds(day: date, by: query.Period, start: date, end: date) -> None:
    assert query.period_start(day, by) == start
    assert query.period_end(start, by) == end


@given(
    day=st.dates(max_value=date(9998, 12, 31)),
    by=st.sampled_from(["day", "week", "month", "quarter", "year"]),
)
def test_periods_tile_the_calendar(day: date, by: query.Period) -> None:
    """Every day lies in exactly one period: the day after a period's end starts the next."""
    start = query.period_start(day, by)
    end = query.period_end(start, by)
    assert start <= day <= end
    following = end + timedelta(days=1)
    assert query.period_start(following, by) == following
    assert query.period_start(end, by) == start
    assert query.period_start is periods.period_start  # one calendar arithmetic, not two
