"""Span highlighting and chart geometry, on their own."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest
from web_builders import web_articles

from whimbrel.store import DyadPeriod
from whimbrel.web.charts import MIN_SLOT, dyad_charts, fit_granularity, quad_class_bars
from whimbrel.web.markup import Layer, article_layers, segments


def test_segments_cover_the_text_exactly_once() -> None:
    text = "Putin met Biden on Tuesday."
    layers = [
        Layer("actor", 0, 5),
        Layer("trigger", 6, 9, anchor="event-1"),
        Layer("actor", 10, 15),
    ]
    parts = segments(text, layers)
    assert "".join(p.text for p in parts) == text
    marked = [(p.text, p.kinds, p.anchor) for p in parts if p.kinds]
    assert marked == [
        ("Putin", ("actor",), None),
        ("met", ("trigger",), "event-1"),
        ("Biden", ("actor",), None),
    ]


def test_nested_and_overlapping_layers() -> None:
    text = '"We will talk," Erdogan said.'
    parts = segments(
        text,
        [
            Layer("quote", 1, 13, label="q"),
            Layer("trigger", 9, 13, label="t"),
            Layer("actor", 16, 23),
        ],
    )
    assert "".join(p.text for p in parts) == text
    talk = next(p for p in parts if p.text == "talk")
    assert talk.kinds == ("quote", "trigger") and talk.label == "q · t"
    assert talk.css == "hl-quote hl-trigger"


def test_offset_and_out_of_range_layers() -> None:
    sentence = "Moscow denied it."
    parts = segments(sentence, [Layer("source", 100, 106), Layer("target", 5, 8)], offset=100)
    assert [(p.text, p.kinds) for p in parts if p.kinds] == [("Moscow", ("source",))]
    assert segments("", [Layer("actor", 0, 3)]) == []
    assert [p.kinds for p in segments("abc", [Layer("actor", 2, 2)])] == [()]


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "a & b", "x\u00a0y"])
def test_segments_keep_raw_text_for_the_template_to_escape(text: str) -> None:
    assert "".join(p.text for p in segments(text, [Layer("actor", 0, 1)])) == text


def test_article_layers_cover_every_record() -> None:
    coded = web_articles()[0]
    layers = article_layers(coded, ["event-7", None])
    kinds = Counter(layer.kind for layer in layers)
    assert kinds == {
        "actor": len(coded.mentions),
        "timex": len(coded.timexes),
        "quote": len(coded.quotes),
        "trigger": len(coded.events),
    }
    anchored = [layer for layer in layers if layer.anchor]
    assert [(a.anchor, coded.article.text[a.start : a.end]) for a in anchored] == [
        ("event-7", coded.events[0].trigger_text)
    ]


def test_quad_bars_stack_per_period_and_zero_fill() -> None:
    counts = {date(2024, 3, 1): {1: 2, 4: 3}, date(2024, 3, 3): {4: 1}}
    chart = quad_class_bars(
        counts, date(2024, 3, 1), date(2024, 3, 3), "day", lambda d, q: f"{d}/{q}"
    )
    assert [b.href for b in chart.bars] == ["2024-03-01/1", "2024-03-01/4", "2024-03-03/4"]
    first, second, third = chart.bars
    assert second.y + second.height == pytest.approx(first.y)  # stacked on top
    assert second.height == pytest.approx(first.height * 1.5)
    tallest = first.height + second.height
    assert tallest == pytest.approx(chart.plot_bottom - 12)  # the busiest day fills the plot
    slot = (chart.plot_right - chart.plot_left) / 3  # the empty 2 March keeps its slot
    assert third.x - first.x == pytest.approx(2 * slot)
    assert quad_class_bars({}, date(2024, 3, 1), date(2024, 3, 3), "day", lambda d, q: "").empty


def test_bars_are_never_thinner_than_the_minimum() -> None:
    """Thirty years asked for by day are drawn by a granularity whose bars stay visible."""
    first, last = date(1987, 1, 5), date(2019, 6, 30)
    by = fit_granularity(first, last, "day")
    assert by == "year"
    assert fit_granularity(first, last, None) == "year"  # 130 quarters: over 120 periods
    assert fit_granularity(date(2000, 1, 1), date(2019, 12, 31), None) == "quarter"
    counts = {date(y, 1, 1): {4: 1 + y % 3} for y in range(1987, 2020)}
    chart = quad_class_bars(counts, first, last, by, lambda d, q: "")
    assert min(b.width for b in chart.bars) >= MIN_SLOT * 0.8
    assert fit_granularity(date(2024, 3, 1), date(2024, 3, 31), "week") == "week"


def test_ticks_fall_on_calendar_boundaries() -> None:
    counts = {date(2015, m, 1): {1: m} for m in range(1, 13)}
    chart = quad_class_bars(counts, date(2014, 11, 20), date(2016, 2, 3), "month", lambda d, q: "")
    assert chart.x_ticks
    # month ticks read "Jan 2015", quarter ticks "2015 Q1", year ticks "2015": never a day
    assert all(
        re.fullmatch(r"[A-Z][a-z]{2} \d{4}|\d{4} Q[1-4]|\d{4}", t.text) for t in chart.x_ticks
    )
    slot = (chart.plot_right - chart.plot_left) / 16  # Nov 2014 .. Feb 2016
    left_edges = {round(chart.plot_left + i * slot, 6) for i in range(16)}
    assert all(round(t.at, 6) in left_edges for t in chart.x_ticks)


def test_dyad_chart_fills_gaps_breaks_the_line_and_marks_the_peak() -> None:
    periods = [
        DyadPeriod(date(2024, 3, 4), 1, -10.0, -10.0, (0, 0, 0, 1)),
        DyadPeriod(date(2024, 3, 11), 3, 6.0, 2.0, (2, 1, 0, 0)),
        DyadPeriod(date(2024, 3, 18), 4, 8.0, 2.0, (2, 1, 1, 0)),
        DyadPeriod(date(2024, 4, 1), 2, 0.0, 0.0, (1, 0, 1, 0)),
    ]
    goldstein, counts = dyad_charts(
        periods, date(2024, 3, 4), date(2024, 4, 7), "week", lambda p: f"/e/{p}"
    )
    assert [b.period for b in counts.bars] == [
        "2024-03-04",
        "2024-03-11",
        "2024-03-18",
        "2024-04-01",
    ]
    assert [b.css for b in counts.bars] == ["count", "count", "count peak", "count"]
    xs = [p.x for p in goldstein.points]
    slot = (goldstein.plot_right - goldstein.plot_left) / 5  # five weeks, one of them empty
    assert xs[1] - xs[0] == pytest.approx(slot) and xs[3] - xs[2] == pytest.approx(2 * slot)
    assert goldstein.points[3].y == pytest.approx(goldstein.zero_y)  # mean 0 on the zero line
    assert goldstein.points[0].y > goldstein.zero_y > goldstein.points[1].y
    # the empty week of 25 March breaks the line: three points, then one on its own
    assert [len(line.split()) for line in goldstein.lines] == [3, 1]
    assert dyad_charts([], date(2024, 3, 4), date(2024, 3, 4), "day", str)[0].empty


def test_dyad_chart_covers_the_range_asked_for() -> None:
    periods = [DyadPeriod(date(2010, 1, 1), 2, -4.0, -2.0, (0, 0, 2, 0))]
    goldstein, counts = dyad_charts(periods, date(1990, 1, 1), date(2019, 12, 31), "year", str)
    slot = (goldstein.plot_right - goldstein.plot_left) / 30
    assert counts.bars[0].x + counts.bars[0].width / 2 == pytest.approx(
        goldstein.plot_left + 20.5 * slot
    )
