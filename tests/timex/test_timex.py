"""Time resolution against the publication date: anchoring, tense and year boundaries."""

from __future__ import annotations

from datetime import date

import pytest

from whimbrel.timex import resolve

SAT = date(2021, 12, 4)  # a Saturday


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "value"),
    [
        # weekdays: tense decides direction
        ("Tuesday", SAT, "future", "2021-12-07"),
        ("Tuesday", SAT, "past", "2021-11-30"),
        ("on Friday", SAT, "past", "2021-12-03"),
        ("Friday", SAT, "future", "2021-12-10"),
        ("Saturday", SAT, "past", "2021-12-04"),  # the anchor's own weekday is the anchor
        ("Saturday", SAT, "future", "2021-12-04"),
        ("next Saturday", SAT, None, "2021-12-11"),
        ("last Saturday", SAT, None, "2021-11-27"),
        ("Sunday", SAT, None, "2021-12-05"),  # nearest when tense is unknown
        ("Thursday", SAT, None, "2021-12-02"),
        ("Tuesday evening", SAT, "future", "2021-12-07"),
        # weekdays across a year boundary
        ("Monday", date(2022, 1, 1), "future", "2022-01-03"),
        ("Wednesday", date(2022, 1, 1), "past", "2021-12-29"),
        # months without a year
        ("in June", SAT, "past", "2021-06"),
        ("June", SAT, "future", "2022-06"),
        ("the beginning of September", SAT, "past", "2021-09"),
        ("mid-March", SAT, "future", "2022-03"),
        ("December", date(2022, 1, 10), "past", "2021-12"),
        ("January", date(2021, 12, 30), "future", "2022-01"),
        ("February", date(2021, 12, 30), None, "2022-02"),
        ("October", date(2021, 12, 30), None, "2021-10"),
        # days without a year
        ("November 15", SAT, "past", "2021-11-15"),
        ("December 4th", SAT, "past", "2021-12-04"),
        ("4 December", SAT, None, "2021-12-04"),
        ("December 30", date(2022, 1, 2), "past", "2021-12-30"),
        ("January 3", date(2021, 12, 30), "future", "2022-01-03"),
        ("January 3", date(2021, 12, 30), None, "2022-01-03"),
        # explicit dates ignore the anchor
        ("since 2008", SAT, "past", "2008"),
        ("December 4, 2021", None, None, "2021-12-04"),
        ("4 December 2021", None, None, "2021-12-04"),
        ("Saturday, December 4th, 2021", None, None, "2021-12-04"),
        ("March 1987", None, None, "1987-03"),
        ("2021-12-04", None, None, "2021-12-04"),
        # deictic and relative
        ("yesterday", SAT, None, "2021-12-03"),
        ("today", SAT, None, "2021-12-04"),
        ("tomorrow", date(2021, 12, 31), None, "2022-01-01"),
        ("last year", date(2022, 1, 1), None, "2021"),
        ("next month", date(2021, 12, 15), None, "2022-01"),
        ("last month", date(2022, 1, 15), None, "2021-12"),
        ("this year", SAT, None, "2021"),
        ("next week", SAT, "future", "2021-12"),  # 6-12 Dec: within one month
        ("three days ago", SAT, None, "2021-12-01"),
        ("two years ago", SAT, None, "2019"),
        ("six months ago", date(2021, 3, 1), None, "2020-09"),
        # clock times, zones and hedges add nothing at our precision
        ("10 p.m. Wednesday", SAT, "past", "2021-12-01"),
        ("15:00 GMT Friday", SAT, "past", "2021-12-03"),
        ("Earlier Sunday", date(2021, 12, 5), "past", "2021-12-05"),
        ("just six years ago", SAT, None, "2015"),
        ("this evening", SAT, None, "2021-12-04"),
        # months named with a year word
        ("January this year", date(1998, 2, 19), "past", "1998-01"),
        ("June last year", date(1998, 2, 19), "past", "1997-06"),
        ("the current fiscal year", date(1989, 11, 2), None, "1989"),
        ("the year", date(1989, 11, 2), "past", "1989"),
        ("year-ago", date(1989, 11, 2), None, "1988"),
        ("mid-1996", SAT, None, "1996"),
        # a past tense carries a bare month back a whole year; a day and month, or a future
        # tense, at most about half a year
        ("Dec. 7", date(1989, 10, 27), "past", "1989-12-07"),
        ("January", date(1989, 10, 30), "past", "1989-01"),
        ("April", date(2006, 12, 13), "past", "2006-04"),
        ("January", date(1989, 10, 30), "future", "1990-01"),
        ("May", date(1989, 10, 30), "future", "1989-05"),
        ("July 1", date(1989, 10, 27), "future", "1989-07-01"),
    ],
)
def test_resolve(text: str, anchor: date | None, tense: str | None, value: str) -> None:
    assert resolve(text, anchor, tense).value == value  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["several days", "seven years", "two-day", "several hours", "48 hours", "a decade"]
)
def test_durations_have_no_calendar_value(text: str) -> None:
    result = resolve(text, SAT, "past")
    assert result.value is None
    assert result.kind == "DURATION"


@pytest.mark.parametrize("text", ["Tuesday", "in June", "yesterday", "next week", "two days ago"])
def test_relative_dates_need_an_anchor(text: str) -> None:
    assert resolve(text, None, "past").value is None


def test_week_spanning_two_months_has_no_month() -> None:
    # The week of Monday 29 November 2021 runs into December: only the year is certain.
    assert resolve("this week", date(2021, 11, 30), None).value == "2021"


def test_precision_is_reported() -> None:
    assert resolve("in June", SAT, "past").precision == "month"
    assert resolve("Friday", SAT, "past").precision == "day"
    assert resolve("2008", SAT, None).precision == "year"


SEED_TIMEXES = [
    ("Tuesday", "2021-12-07"),
    ("Saturday", "2021-12-04"),
    ("December 4th", "2021-12-04"),
    ("Friday", "2021-12-03"),
    ("June", "2021-06"),
    ("November 15", "2021-11-15"),
    ("the beginning of September", "2021-09"),
    ("2008", "2008"),
]


@pytest.mark.parametrize(("text", "value"), SEED_TIMEXES)
def test_seed_article_time_expressions(seed_coded, text: str, value: str) -> None:
    found = [t for t in seed_coded.timexes if t.text == text]
    assert found, f"{text!r} not found"
    assert all(t.value == value for t in found), [(t.text, t.value) for t in found]


def test_seed_article_durations_are_not_dates(seed_coded) -> None:
    for timex in seed_coded.timexes:
        if timex.text in ("several days", "seven years", "several months"):
            assert timex.value is None


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("They reported results for the quarter ended Sept. 30.", {"Sept. 30": "2021-09-30"}),
        ("Sales rose between 1985 and 1987.", {"1985": "1985", "1987": "1987"}),
    ],
)
def test_compound_expressions_resolve_their_parts(text: str, parts: dict[str, str]) -> None:
    import whimbrel

    coded = whimbrel.code(text, published=SAT)
    found = {t.text: t.value for t in coded.timexes}
    for part, value in parts.items():
        assert found.get(part) == value, found
