"""Calendar periods for time series: choose a granularity, zero-fill a series, place ticks.

A period is named by its first day: a day is itself, a week starts on Monday (ISO), a month
on the 1st, a quarter on 1 January/April/July/October, a year on 1 January. Everything here
is pure date arithmetic on `datetime.date`; nothing reads the store.

- `choose_granularity(first, last)`: the finest granularity that covers the range in at most
  `max_periods` periods (120 by default: bars stay several pixels wide on a 900 px chart).
- `period_range(first, last, granularity)`: the start of every period touching the range.
- `zero_fill(series, first, last, granularity, empty)`: one entry per period, `empty` where
  the series has none (0 for counts; None for a mean, so that a line breaks there).
- `calendar_ticks(first, last, granularity)`: at most `max_ticks` ticks on calendar
  boundaries (Mondays, 1st of a month, quarter or year starts, round years), never on the
  arbitrary dates the data happens to start on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, TypeVar, get_args

Granularity = Literal["day", "week", "month", "quarter", "year"]
GRANULARITIES: tuple[Granularity, ...] = get_args(Granularity)

V = TypeVar("V")

# Months per period of the granularities that count in months.
_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def _check(granularity: str) -> Granularity:
    if granularity not in GRANULARITIES:
        raise ValueError(
            f"unknown granularity {granularity!r}: expected one of {', '.join(GRANULARITIES)}"
        )
    return granularity  # type: ignore[return-value]


def _check_range(first: date, last: date) -> None:
    if last < first:
        raise ValueError(f"range ends before it starts: {first.isoformat()} > {last.isoformat()}")


def period_start(day: date, granularity: Granularity) -> date:
    """The first day of the period of `granularity` that holds `day`."""
    granularity = _check(granularity)
    if granularity == "day":
        return day
    if granularity == "week":
        return day - timedelta(days=day.weekday())
    step = _MONTHS[granularity]
    return date(day.year, (day.month - 1) // step * step + 1, 1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def next_period(start: date, granularity: Granularity) -> date:
    """The start of the period after the one that starts on `start`."""
    granularity = _check(granularity)
    if granularity == "day":
        return start + timedelta(days=1)
    if granularity == "week":
        return start + timedelta(days=7)
    return _add_months(start, _MONTHS[granularity])


def period_range(first: date, last: date, granularity: Granularity) -> list[date]:
    """The start of every period of `granularity` that touches `first`..`last` (inclusive)."""
    _check_range(first, last)
    current = period_start(first, granularity)
    out = []
    while current <= last:
        out.append(current)
        current = next_period(current, granularity)
    return out


def period_count(first: date, last: date, granularity: Granularity) -> int:
    """How many periods of `granularity` touch `first`..`last`, without listing them."""
    _check_range(first, last)
    granularity = _check(granularity)
    if granularity == "day":
        return (last - first).days + 1
    if granularity == "week":
        return (period_start(last, "week") - period_start(first, "week")).days // 7 + 1
    step = _MONTHS[granularity]
    a, b = period_start(first, granularity), period_start(last, granularity)
    return ((b.year - a.year) * 12 + b.month - a.month) // step + 1


def choose_granularity(first: date, last: date, max_periods: int = 120) -> Granularity:
    """The finest granularity that shows `first`..`last` in at most `max_periods` periods.

    A range too long even for years (over `max_periods` years) still gets "year".
    """
    if max_periods < 1:
        raise ValueError(f"max_periods must be at least 1, not {max_periods}")
    for granularity in GRANULARITIES:
        if period_count(first, last, granularity) <= max_periods:
            return granularity
    return "year"


def zero_fill(
    series: Mapping[date, V], first: date, last: date, granularity: Granularity, empty: V
) -> list[tuple[date, V]]:
    """`(period start, value)` for every period touching `first`..`last`, `empty` where missing.

    Every key of `series` must be a period start of `granularity` inside the range: a key
    that is not (a stray day, a period outside the range) is a caller's bug and raises
    ValueError rather than being dropped or moved.
    """
    periods = period_range(first, last, granularity)
    known = set(periods)
    for key in series:
        if key not in known:
            raise ValueError(
                f"{key.isoformat()} is not the start of a {granularity} in "
                f"{first.isoformat()}..{last.isoformat()}"
            )
    return [(period, series.get(period, empty)) for period in periods]


@dataclass(frozen=True)
class CalendarTick:
    """An axis tick on a calendar boundary: its day and the label to print."""

    day: date
    label: str


# Tick steps from fine to coarse: (unit, how many units). A tick falls on a unit boundary
# whose index is a multiple of the count (weeks count from a fixed Monday, years from year 0),
# so ticks land on the same dates whatever range is shown.
_TICK_STEPS: tuple[tuple[Granularity, int], ...] = (
    ("day", 1),
    ("week", 1),
    ("month", 1),
    ("quarter", 1),
    ("year", 1),
    ("year", 2),
    ("year", 5),
    ("year", 10),
    ("year", 20),
    ("year", 50),
    ("year", 100),
    ("year", 200),
    ("year", 500),
    ("year", 1000),
)
_EPOCH_MONDAY = date(1, 1, 1)  # 0001-01-01 was a Monday (proleptic Gregorian)


def _on_step(day: date, unit: Granularity, count: int) -> bool:
    if count == 1:
        return True
    if unit == "week":
        return ((day - _EPOCH_MONDAY).days // 7) % count == 0
    return day.year % count == 0


def _label(day: date, unit: Granularity) -> str:
    if unit in ("day", "week"):
        return day.isoformat()
    if unit == "month":
        return day.strftime("%b %Y")
    if unit == "quarter":
        return f"{day.year} Q{(day.month - 1) // 3 + 1}"
    return str(day.year)


def calendar_ticks(
    first: date, last: date, granularity: Granularity, max_ticks: int = 8
) -> list[CalendarTick]:
    """At most `max_ticks` ticks on calendar boundaries within `first`..`last`.

    The tick unit is never finer than `granularity` (a monthly chart gets ticks on months,
    quarters or years, never on Mondays) and is the finest that fits `max_ticks`. The range
    is widened to whole periods of `granularity`, so the first period's start can carry a tick.
    """
    if max_ticks < 1:
        raise ValueError(f"max_ticks must be at least 1, not {max_ticks}")
    granularity = _check(granularity)
    _check_range(first, last)
    start = period_start(first, granularity)
    finest = GRANULARITIES.index(granularity)
    for unit, count in _TICK_STEPS:
        if GRANULARITIES.index(unit) < finest:
            continue
        if period_count(start, last, unit) > max_ticks * count + count:
            continue  # cheap bound before listing
        days = [
            d for d in period_range(start, last, unit) if d >= start and _on_step(d, unit, count)
        ]
        if len(days) <= max_ticks:
            return [CalendarTick(d, _label(d, unit)) for d in days]
    return []
