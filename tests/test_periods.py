"""Calendar periods: granularity choice, zero-fill and boundary-aligned ticks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from whimbrel.periods import (
    GRANULARITIES,
    calendar_ticks,
    choose_granularity,
    next_period,
    period_count,
    period_range,
    period_start,
    zero_fill,
)

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@pytest.mark.parametrize(
    ("day", "granularity", "start"),
    [
        (date(2015, 9, 17), "day", date(2015, 9, 17)),
        (date(2015, 9, 17), "week", date(2015, 9, 14)),  # a Thursday; its Monday
        (date(2015, 9, 14), "week", date(2015, 9, 14)),
        (date(2015, 9, 17), "month", date(2015, 9, 1)),
        (date(2015, 9, 17), "quarter", date(2015, 7, 1)),
        (date(2015, 12, 31), "quarter", date(2015, 10, 1)),
        (date(2015, 9, 17), "year", date(2015, 1, 1)),
    ],
)
def test_period_start(day: date, granularity: str, start: date) -> None:
    assert period_start(day, granularity) == start  # type: ignore[arg-type]


@given(day=days, granularity=st.sampled_from(GRANULARITIES))
def test_periods_tile_the_calendar(day: date, granularity: str) -> None:
    start = period_start(day, granularity)  # type: ignore[arg-type]
    after = next_period(start, granularity)  # type: ignore[arg-type]
    assert start <= day < after
    assert period_start(after, granularity) == after  # type: ignore[arg-type]
    assert period_start(after - timedelta(days=1), granularity) == start  # type: ignore[arg-type]


@given(a=days, b=days, granularity=st.sampled_from(GRANULARITIES))
def test_period_count_matches_the_listing(a: date, b: date, granularity: str) -> None:
    first, last = min(a, b), max(a, b)
    if granularity in ("day", "week") and (last - first).days > 3000:
        last = first + timedelta(days=3000)  # keep the listing small
    listed = period_range(first, last, granularity)  # type: ignore[arg-type]
    assert len(listed) == period_count(first, last, granularity)  # type: ignore[arg-type]
    assert listed[0] <= first and listed[-1] <= last < next_period(listed[-1], granularity)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (date(2015, 9, 1), date(2015, 9, 30), "day"),
        (date(2015, 1, 1), date(2015, 12, 31), "week"),
        (date(2010, 1, 1), date(2019, 12, 31), "month"),  # 120 months exactly
        (date(2009, 12, 1), date(2019, 12, 31), "quarter"),  # 121 months
        (date(1990, 1, 1), date(2019, 12, 31), "quarter"),  # 120 quarters
        (date(1987, 1, 1), date(2019, 12, 31), "year"),  # the shared corpus's range
        (date(2020, 5, 5), date(2020, 5, 5), "day"),
    ],
)
def test_choose_granularity(first: date, last: date, expected: str) -> None:
    assert choose_granularity(first, last) == expected


def test_choose_granularity_follows_the_period_budget() -> None:
    first, last = date(2015, 1, 1), date(2015, 12, 31)
    assert choose_granularity(first, last, max_periods=365) == "day"
    assert choose_granularity(first, last, max_periods=12) == "month"
    assert choose_granularity(first, last, max_periods=4) == "quarter"
    assert choose_granularity(first, last, max_periods=1) == "year"
    with pytest.raises(ValueError, match="max_periods"):
        choose_granularity(first, last, max_periods=0)


def test_zero_fill_puts_the_empty_value_in_every_missing_period() -> None:
    series = {date(2015, 1, 1): 4, date(2015, 4, 1): 2}
    filled = zero_fill(series, date(2014, 12, 1), date(2015, 4, 30), "month", 0)
    assert filled == [
        (date(2014, 12, 1), 0),
        (date(2015, 1, 1), 4),
        (date(2015, 2, 1), 0),
        (date(2015, 3, 1), 0),
        (date(2015, 4, 1), 2),
    ]
    means = zero_fill({date(2015, 1, 5): -3.5}, date(2015, 1, 1), date(2015, 1, 20), "week", None)
    assert means == [
        (date(2014, 12, 29), None),
        (date(2015, 1, 5), -3.5),
        (date(2015, 1, 12), None),
        (date(2015, 1, 19), None),
    ]


@pytest.mark.parametrize(
    "key",
    [date(2015, 1, 2), date(2016, 1, 1)],  # not a month start; outside the range
)
def test_zero_fill_refuses_keys_it_would_drop(key: date) -> None:
    with pytest.raises(ValueError, match="not the start of a month"):
        zero_fill({key: 1}, date(2015, 1, 1), date(2015, 12, 31), "month", 0)


def test_ranges_must_run_forwards() -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        period_range(date(2015, 2, 1), date(2015, 1, 1), "day")
    with pytest.raises(ValueError, match="unknown granularity"):
        period_start(date(2015, 2, 1), "fortnight")  # type: ignore[arg-type]


def test_ticks_on_a_multi_decade_range_fall_on_round_years() -> None:
    ticks = calendar_ticks(date(1987, 3, 4), date(2019, 6, 30), "year")
    assert [t.label for t in ticks] == ["1990", "1995", "2000", "2005", "2010", "2015"]
    assert all(t.day == date(int(t.label), 1, 1) for t in ticks)


def test_ticks_on_a_monthly_chart_are_never_finer_than_months() -> None:
    ticks = calendar_ticks(date(2015, 1, 10), date(2015, 6, 20), "month")
    assert [t.label for t in ticks] == ["Jan 2015", "Feb 2015", "Mar 2015", "Apr 2015"] + [
        "May 2015",
        "Jun 2015",
    ]
    # Weekly data over the same range could tick on Mondays, but 24 is too many: months win.
    weekly = calendar_ticks(date(2015, 1, 10), date(2015, 6, 20), "week")
    assert all(t.day.day == 1 for t in weekly)


def test_daily_ticks_fall_on_mondays_when_days_are_too_many() -> None:
    ticks = calendar_ticks(date(2015, 9, 1), date(2015, 9, 30), "day")
    assert ticks and all(t.day.weekday() == 0 for t in ticks)
    assert [t.label for t in ticks][0] == "2015-09-07"


@given(a=days, b=days, granularity=st.sampled_from(GRANULARITIES), most=st.integers(2, 12))
def test_ticks_are_few_aligned_and_inside_the_range(
    a: date, b: date, granularity: str, most: int
) -> None:
    first, last = min(a, b), max(a, b)
    ticks = calendar_ticks(first, last, granularity, max_ticks=most)  # type: ignore[arg-type]
    assert len(ticks) <= most
    start = period_start(first, granularity)  # type: ignore[arg-type]
    for tick in ticks:
        assert start <= tick.day <= last
        if granularity == "week":  # months do not start on Mondays: a tick is one or the other
            assert tick.day.weekday() == 0 or tick.day.day == 1
        else:
            assert period_start(tick.day, granularity) == tick.day  # type: ignore[arg-type]
    assert [t.day for t in ticks] == sorted({t.day for t in ticks})
