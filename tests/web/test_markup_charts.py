"""Span highlighting and chart geometry, on their own."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from web_builders import web_articles

from whimbrel.store import DyadPeriod
from whimbrel.web.charts import dyad_charts, quad_class_bars
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


def test_quad_bars_stack_per_day() -> None:
    counts = [(date(2024, 3, 1), 1, 2), (date(2024, 3, 1), 4, 3), (date(2024, 3, 3), 4, 1)]
    chart = quad_class_bars(counts, date(2024, 3, 1), date(2024, 3, 3), lambda d, q: f"{d}/{q}")
    assert [b.href for b in chart.bars] == ["2024-03-01/1", "2024-03-01/4", "2024-03-03/4"]
    first, second = chart.bars[0], chart.bars[1]
    assert second.y + second.height == pytest.approx(first.y)  # stacked on top
    assert second.height == pytest.approx(first.height * 1.5)
    tallest = first.height + second.height
    assert tallest == pytest.approx(chart.plot_bottom - 12)  # the busiest day fills the plot
    assert quad_class_bars([], date(2024, 3, 1), date(2024, 3, 3), lambda d, q: "").empty


def test_dyad_chart_fills_gaps_and_marks_the_peak() -> None:
    periods = [
        DyadPeriod(date(2024, 3, 4), 1, -10.0, -10.0, (0, 0, 0, 1)),
        DyadPeriod(date(2024, 3, 18), 4, 8.0, 2.0, (2, 1, 1, 0)),
        DyadPeriod(date(2024, 4, 1), 2, 0.0, 0.0, (1, 0, 1, 0)),
    ]
    goldstein, counts = dyad_charts(periods, "week", lambda p: f"/e/{p}")
    assert [b.period for b in counts.bars] == ["2024-03-04", "2024-03-18", "2024-04-01"]
    assert [b.css for b in counts.bars] == ["count", "count peak", "count"]
    xs = [p.x for p in goldstein.points]
    slot = (goldstein.plot_right - goldstein.plot_left) / 5  # five weeks, two of them empty
    assert xs[1] - xs[0] == pytest.approx(2 * slot) and xs[2] - xs[1] == pytest.approx(2 * slot)
    assert goldstein.points[2].y == pytest.approx(goldstein.zero_y)  # mean 0 on the zero line
    assert goldstein.points[0].y > goldstein.zero_y > goldstein.points[1].y
    assert len(goldstein.line.split()) == 3
    assert dyad_charts([], "day", str)[0].empty
