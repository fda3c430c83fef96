"""Time-expression scoring on hand-made spans and values."""

from __future__ import annotations

import pytest

from whimbrel.evaluate.records import GoldTimex
from whimbrel.evaluate.timexes import (
    CodedTimex,
    calendar_value,
    score_by_text,
    score_spans,
    value_correct,
)


@pytest.mark.parametrize(
    ("value", "calendar"),
    [
        ("1998-01-08", "1998-01-08"),
        ("2012-05", "2012-05"),
        ("1998", "1998"),
        ("2013-03-22T10:30", "2013-03-22"),
        ("P1D", None),
        ("PRESENT_REF", None),
        ("1998-W02", None),
        ("XXXX-XX-XX", None),
        (None, None),
    ],
)
def test_calendar_value(value, calendar):
    assert calendar_value(value) == calendar


@pytest.mark.parametrize(
    ("gold", "ours", "right"),
    [
        ("2012-05-03", "2012-05-03", True),
        ("2012-05-03", "2012-05", True),  # compared at our precision
        ("2012-05-03", "2012", True),
        ("2012-05", "2012-05-03", False),  # more precise than the text: wrong
        ("2012-05-03", "2012-06", False),
        ("2012-05-03", None, False),
    ],
)
def test_value_correct(gold, ours, right):
    assert value_correct(gold, ours) is right


def test_spans_compared_across_whitespace_changes():
    gold_text = "He left  on\nTuesday , 6 January 1998 and returned last week."
    coded_text = "He left on Tuesday, 6 January 1998 and returned last week."
    gold = [
        GoldTimex("Tuesday , 6 January 1998", "1998-01-06", start=12, end=36),
        GoldTimex("last week", "1998-W01", start=50, end=59),
    ]
    ours = [
        CodedTimex("Tuesday, 6 January 1998", 11, 34, "1998-01-06"),
        CodedTimex("week", 53, 57, None),
        CodedTimex("He", 0, 2, None),
    ]
    assert coded_text[11:34] == "Tuesday, 6 January 1998"
    score = score_spans(gold_text, gold, coded_text, ours)
    assert (score.strict.tp, score.strict.fp, score.strict.fn) == (1, 2, 1)
    assert (score.relaxed.tp, score.relaxed.fp, score.relaxed.fn) == (2, 1, 0)
    # Only the calendar value counts for value accuracy.
    assert (score.value.correct, score.value.total) == (1, 1)


def test_wrong_value_is_listed():
    gold = [GoldTimex("May", "2012-05", start=3, end=6)]
    score = score_spans("In May.", gold, "In May.", [CodedTimex("May", 3, 6, "2013-05")])
    assert score.value.correct == 0 and score.wrong[0][1].value == "2013-05"


def test_score_by_text_for_gold_without_offsets():
    gold = [GoldTimex("on Tuesday", "2021-12-07"), GoldTimex("in June", "2021-06")]
    ours = [CodedTimex("on  Tuesday", 0, 10, "2021-12-07"), CodedTimex("in June", 20, 27, "2021")]
    score = score_by_text(gold, ours)
    assert score.relaxed.tp == 2
    assert (score.value.correct, score.value.total) == (1, 2)
