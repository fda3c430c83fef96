"""Server-side SVG charts: geometry computed here, drawn by `templates/_charts.html`.

No JavaScript library and no CDN: a chart is a handful of rectangles, a polyline and links,
so the dashboard works offline and every bar or point can link to the events behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from whimbrel.store import DyadPeriod

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

WIDTH = 860
LEFT, RIGHT, TOP, BOTTOM = 48, 40, 12, 28


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
    line: str = ""  # polyline points "x,y x,y ..."
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


def _x_ticks(labels: Sequence[str], slot: float, count: int = 8) -> list[Tick]:
    if not labels:
        return []
    step = max(1, round(len(labels) / count))
    return [Tick(LEFT + (i + 0.5) * slot, text) for i, text in enumerate(labels) if i % step == 0]


def _count_ticks(top: int, plot_bottom: int, scale: float) -> list[Tick]:
    step = max(1, round(top / 4))
    return [Tick(plot_bottom - v * scale, str(v)) for v in range(0, top + 1, step)]


def quad_class_bars(
    counts: Sequence[tuple[date, int, int]],
    start: date,
    end: date,
    href: Callable[[date, int], str],
    height: int = 240,
) -> Chart:
    """Stacked bars: events per day from `start` to `end`, one colour per quad class."""
    days = [start + timedelta(n) for n in range((end - start).days + 1)]
    chart = Chart("Events per day by quad class", height)
    by_day: dict[date, dict[int, int]] = {}
    for day, quad, n in counts:
        by_day.setdefault(day, {})[quad] = n
    top = max((sum(v.values()) for v in by_day.values()), default=0)
    if not days or top == 0:
        return chart
    slot = (chart.plot_right - LEFT) / len(days)
    scale = (chart.plot_bottom - TOP) / top
    width = max(slot * 0.8, 1.0)
    for i, day in enumerate(days):
        y = float(chart.plot_bottom)
        for quad in (1, 2, 3, 4):
            n = by_day.get(day, {}).get(quad, 0)
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
                    href=href(day, quad),
                    title=f"{day}: {n} {QUAD_NAMES[quad]}",
                    period=day.isoformat(),
                )
            )
    chart.x_ticks = _x_ticks([d.isoformat() for d in days], slot)
    chart.y_ticks = _count_ticks(top, chart.plot_bottom, scale)
    return chart


def _periods(first: date, last: date, by: str) -> list[date]:
    out = [first]
    while out[-1] < last:
        current = out[-1]
        if by == "day":
            out.append(current + timedelta(1))
        elif by == "week":
            out.append(current + timedelta(7))
        else:
            out.append(date(current.year + (current.month == 12), current.month % 12 + 1, 1))
    return out


def dyad_charts(
    periods: Sequence[DyadPeriod], by: str, href: Callable[[date], str]
) -> tuple[Chart, Chart]:
    """The Goldstein line (mean per period, -10..10) and the event count bars of a dyad.

    Every period with events links to its events; the busiest period's bar is the `peak`.
    """
    goldstein = Chart("Goldstein score (mean per period)", 200)
    counts = Chart("Events per period", 160)
    if not periods:
        return goldstein, counts
    timeline = _periods(periods[0].period, periods[-1].period, by)
    found = {p.period: p for p in periods}
    slot = (goldstein.plot_right - LEFT) / len(timeline)
    g_scale = (goldstein.plot_bottom - TOP) / 20.0
    top = max(p.events for p in periods)
    c_scale = (counts.plot_bottom - TOP) / top
    width = max(slot * 0.7, 1.0)
    peak = max(periods, key=lambda p: (p.events, -p.period.toordinal())).period
    line = []
    for i, period in enumerate(timeline):
        point = found.get(period)
        if point is None:
            continue
        x = LEFT + (i + 0.5) * slot
        y = goldstein.plot_bottom - (point.goldstein_mean + 10.0) * g_scale
        label = f"{period}: {point.events} events, Goldstein mean {point.goldstein_mean:+.1f}"
        line.append(f"{x:.1f},{y:.1f}")
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
    goldstein.line = " ".join(line)
    goldstein.zero_y = goldstein.plot_bottom - 10.0 * g_scale
    goldstein.y_ticks = [
        Tick(goldstein.plot_bottom - (v + 10) * g_scale, f"{v:+d}") for v in (-10, -5, 0, 5, 10)
    ]
    labels = [p.isoformat() for p in timeline]
    goldstein.x_ticks = _x_ticks(labels, slot)
    counts.x_ticks = _x_ticks(labels, slot)
    counts.y_ticks = _count_ticks(top, counts.plot_bottom, c_scale)
    return goldstein, counts
