"""Server-side SVG charts: geometry computed here, drawn by `templates/_charts.html`.

No JavaScript library and no CDN: a chart is a handful of rectangles, polylines and links,
so the dashboard works offline and every bar or point can link to the events behind it.

Time runs over whole calendar periods (`whimbrel.periods`): every period of the range has its
slot, empty or not, ticks fall on calendar boundaries, and a chart never has more than
`MAX_BARS` slots, so a bar is at least `MIN_SLOT` px wide; a finer granularity asked for over
a long range is coarsened (`fit_granularity`) and the page says so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from whimbrel.periods import (
    GRANULARITIES,
    Granularity,
    calendar_ticks,
    choose_granularity,
    period_count,
    period_range,
)
from whimbrel.store import DyadPeriod

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

WIDTH = 860
LEFT, RIGHT, TOP, BOTTOM = 48, 40, 12, 28
MIN_SLOT = 6.0  # px per period: a bar is 80% of its slot, so at least ~5 px wide
MAX_BARS = int((WIDTH - LEFT - RIGHT) // MIN_SLOT)


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    href: str
    title: str
    period: str = ""


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    href: str
    title: str
    period: str = ""


@dataclass(frozen=True)
class Tick:
    at: float
    text: str


@dataclass
class Chart:
    title: str
    height: int
    width: int = WIDTH
    bars: list[Bar] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # polylines "x,y x,y ...", broken at gaps
    x_ticks: list[Tick] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    zero_y: float | None = None  # a reference line (Goldstein 0)

    @property
    def plot_left(self) -> int:
        return LEFT

    @property
    def plot_right(self) -> int:
        return self.width - RIGHT

    @property
    def plot_bottom(self) -> int:
        return self.height - BOTTOM

    @property
    def empty(self) -> bool:
        return not self.bars and not self.points


def fit_granularity(first: date, last: date, wanted: Granularity | None) -> Granularity:
    """`wanted`, or the finest coarser granularity whose periods fit `MAX_BARS` slots; with
    no `wanted`, `periods.choose_granularity`'s choice for the range."""
    if wanted is None:
        return choose_granularity(first, last, min(120, MAX_BARS))
    for granularity in GRANULARITIES[GRANULARITIES.index(wanted) :]:
        if period_count(first, last, granularity) <= MAX_BARS:
            return granularity
    return "year"


def _time_ticks(timeline: Sequence[date], by: Granularity, slot: float) -> list[Tick]:
    """Ticks on calendar boundaries, at the left edge of the period they start."""
    if not timeline:
        return []
    index = {day: i for i, day in enumerate(timeline)}
    return [
        Tick(LEFT + index[t.day] * slot, t.label)
        for t in calendar_ticks(timeline[0], timeline[-1], by)
        if t.day in index
    ]


def _count_ticks(top: int, plot_bottom: int, scale: float) -> list[Tick]:
    step = max(1, round(top / 4))
    return [Tick(plot_bottom - v * scale, str(v)) for v in range(0, top + 1, step)]


def _period_label(period: date, by: Granularity) -> str:
    if by == "day":
        return period.isoformat()
    if by == "week":
        return f"week of {period.isoformat()}"
    if by == "month":
        return period.strftime("%b %Y")
    if by == "quarter":
        return f"{period.year} Q{(period.month - 1) // 3 + 1}"
    return str(period.year)


def quad_class_bars(
    counts: Mapping[date, Mapping[int, int]],
    first: date,
    last: date,
    by: Granularity,
    href: Callable[[date, int], str],
    height: int = 240,
) -> Chart:
    """Stacked bars: events per period from `first` to `last`, one colour per quad class.

    `counts` maps period starts to events per quad class; every period of the range gets a
    slot (zero-filled).
    """
    timeline = period_range(first, last, by)
    chart = Chart(f"Events per {by} by quad class", height)
    top = max((sum(v.values()) for v in counts.values()), default=0)
    if not timeline or top == 0:
        return chart
    slot = (chart.plot_right - LEFT) / len(timeline)
    scale = (chart.plot_bottom - TOP) / top
    width = max(slot * 0.8, 1.0)
    for i, period in enumerate(timeline):
        y = float(chart.plot_bottom)
        for quad in (1, 2, 3, 4):
            n = counts.get(period, {}).get(quad, 0)
            if not n:
                continue
            h = n * scale
            y -= h
            chart.bars.append(
                Bar(
                    x=LEFT + i * slot + (slot - width) / 2,
                    y=y,
                    width=width,
                    height=h,
                    css=f"quad-{quad}",
                    href=href(period, quad),
                    title=f"{_period_label(period, by)}: {n} {QUAD_NAMES[quad]}",
                    period=period.isoformat(),
                )
            )
    chart.x_ticks = _time_ticks(timeline, by, slot)
    chart.y_ticks = _count_ticks(top, chart.plot_bottom, scale)
    return chart


def dyad_charts(
    periods: Sequence[DyadPeriod],
    first: date,
    last: date,
    by: Granularity,
    href: Callable[[date], str],
) -> tuple[Chart, Chart]:
    """The Goldstein line (mean per period, -10..10) and the event count bars of a dyad over
    every period from `first` to `last`.

    The line breaks at periods without events (a mean of nothing is no value); every period
    with events links to its events; the busiest period's bar is the `peak`.
    """
    goldstein = Chart(f"Goldstein score (mean per {by})", 200)
    counts = Chart(f"Events per {by}", 160)
    if not periods:
        return goldstein, counts
    timeline = period_range(min(first, periods[0].period), max(last, periods[-1].period), by)
    found = {p.period: p for p in periods}
    slot = (goldstein.plot_right - LEFT) / len(timeline)
    g_scale = (goldstein.plot_bottom - TOP) / 20.0
    top = max(p.events for p in periods)
    c_scale = (counts.plot_bottom - TOP) / top
    width = max(slot * 0.7, 1.0)
    peak = max(periods, key=lambda p: (p.events, -p.period.toordinal())).period
    run: list[str] = []
    for i, period in enumerate(timeline):
        point = found.get(period)
        if point is None:
            if run:
                goldstein.lines.append(" ".join(run))
            run = []
            continue
        x = LEFT + (i + 0.5) * slot
        y = goldstein.plot_bottom - (point.goldstein_mean + 10.0) * g_scale
        label = (
            f"{_period_label(period, by)}: {point.events} events, "
            f"Goldstein mean {point.goldstein_mean:+.1f}"
        )
        run.append(f"{x:.1f},{y:.1f}")
        goldstein.points.append(Point(x, y, href(period), label, period.isoformat()))
        h = point.events * c_scale
        counts.bars.append(
            Bar(
                x=x - width / 2,
                y=counts.plot_bottom - h,
                width=width,
                height=h,
                css="count peak" if period == peak else "count",
                href=href(period),
                title=label,
                period=period.isoformat(),
            )
        )
    if run:
        goldstein.lines.append(" ".join(run))
    goldstein.zero_y = goldstein.plot_bottom - 10.0 * g_scale
    goldstein.y_ticks = [
        Tick(goldstein.plot_bottom - (v + 10) * g_scale, f"{v:+d}") for v in (-10, -5, 0, 5, 10)
    ]
    goldstein.x_ticks = _time_ticks(timeline, by, slot)
    counts.x_ticks = _time_ticks(timeline, by, slot)
    counts.y_ticks = _count_ticks(top, counts.plot_bottom, c_scale)
    return goldstein, counts
