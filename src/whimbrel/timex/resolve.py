"""Resolve one time expression against the publication date.

`resolve(text, anchor, tense)` returns the value at the precision the text supports:
"Tuesday" in a future-tense clause is the coming Tuesday, in a past-tense clause the last
one; "in June" in a past clause is the most recent June; "since 2008" is 2008. Durations
("several days", "seven years") have no calendar value. Without an anchor, only absolute
expressions ("12 March 2019", "2008") get a value.

The rules are ours: dateparser is used only for explicit calendar dates it parses well,
never to search free text (it reads "We" and "seven years after" as dates).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from whimbrel.records import Precision

Tense = Literal["past", "present", "future"]

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
WEEKDAYS.update({"tues": 1, "wednes": 2, "thur": 3, "thurs": 3})
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
}  # fmt: skip
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
         "months": "month", "year": "year", "years": "year", "decade": "decade",
         "decades": "decade", "hour": "hour", "hours": "hour", "minute": "minute",
         "minutes": "minute", "century": "century", "centuries": "century"}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)"
_NUMBER = r"(?P<number>\d+|" + "|".join(NUMBER_WORDS) + r"|several|few|a few|many|some)"
_UNIT = r"(?P<unit>" + "|".join(UNITS) + r")"

# Words that carry no date meaning around an expression.
_LEAD = re.compile(
    r"^(?:(?:on|in|at|by|since|from|until|till|to|during|before|after|of|for|as of|"
    r"the|this past|around|about|early|late|mid|the end of|the beginning of|"
    r"the start of|the middle of|the first half of|the second half of|"
    r"beginning of|end of|start of|middle of|first half of|second half of|"
    r"the first|the last|the past|the previous|the following)\s+)+"
)
_TIME_OF_DAY = re.compile(
    r"\b(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d|noon|midnight|"
    r"(?:gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet|cest)\b|"
    r"(?:in the |this |early |late )?(?:morning|afternoon|evening|night)\b)"
)
# Hedges and sequencing words that leave the date itself unchanged.
_HEDGE = re.compile(
    r"^(?:(?:just|only|about|around|nearly|almost|some|roughly|more than|less than|"
    r"earlier|later|sometime|as early as|as late as|until|till|by)\s+)+"
)
_PART_OF = re.compile(
    r"^(?:the )?(?:(?:beginning|start|end|middle|first half|second half|first week|"
    r"last week|first days?|last days?) of |early[ -]|late[ -]|mid[ -])"
)


_THIS_YEAR = re.compile(
    r"(?:(?:earlier|later|sometime) )?(?:(?:in|during|for) )?(?:the|this) "
    r"(?:current |full |fiscal |calendar )*year|(?:the )?current (?:fiscal |calendar )?year"
)
# How far a clause's tense may carry a month or day named without a year (see month_year;
# a past tense carries a bare month back a whole year).
_MAX_TENSE_MONTHS = 6
_MAX_TENSE_DAYS = 200


@dataclass(frozen=True)
class Resolution:
    value: str | None
    precision: Precision | None
    kind: str  # DATE, TIME, DURATION, SET
    method: str


NONE_DATE = Resolution(None, None, "DATE", "unresolved")


def _day(d: date, method: str) -> Resolution:
    return Resolution(d.isoformat(), "day", "DATE", method)


def _month(year: int, month: int, method: str) -> Resolution:
    return Resolution(f"{year:04d}-{month:02d}", "month", "DATE", method)


def _year(year: int, method: str) -> Resolution:
    return Resolution(f"{year:04d}", "year", "DATE", method)


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _shift_months(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + (d.month - 1) + months
    return index // 12, index % 12 + 1


def _week_value(monday: date, method: str) -> Resolution:
    """A calendar week has no ISO date of our three precisions: give its month when the week
    lies within one month, else its year when within one year, else nothing."""
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return _month(monday.year, monday.month, method)
    if monday.year == sunday.year:
        return _year(monday.year, method)
    return Resolution(None, None, "DATE", method)


def weekday_date(anchor: date, weekday: int, tense: Tense | None, modifier: str | None) -> date:
    """The date of `weekday` seen from `anchor`.

    "next"/future tense: the first such day after the anchor; "last"/past tense: the most
    recent one before it. The anchor's own weekday means the anchor itself unless a
    modifier says otherwise. With a present or unknown tense: the nearer one, past on a tie.
    """
    delta_forward = (weekday - anchor.weekday()) % 7
    delta_back = (anchor.weekday() - weekday) % 7
    if modifier == "next":
        return anchor + timedelta(days=delta_forward or 7)
    if modifier == "last":
        return anchor - timedelta(days=delta_back or 7)
    if delta_forward == 0:
        return anchor
    if modifier == "this" or tense == "future":
        return anchor + timedelta(days=delta_forward)
    if tense == "past":
        return anchor - timedelta(days=delta_back)
    if delta_forward < delta_back:
        return anchor + timedelta(days=delta_forward)
    return anchor - timedelta(days=delta_back)


def month_year(anchor: date, month: int, tense: Tense | None, modifier: str | None) -> int:
    """The year of a month named without one: past tense looks back, future forward,
    otherwise the occurrence nearest the anchor."""
    if modifier == "next":
        return anchor.year + (1 if month <= anchor.month else 0)
    if modifier == "last":
        return anchor.year - (1 if month >= anchor.month else 0)
    if modifier == "this" or month == anchor.month:
        return anchor.year
    # Tense points the way: a past tense back a whole year ("spearheaded protests in April",
    # said in December, is last April: TempEval-3 platinum and MEANTIME values, which a reach
    # of half a year got wrong), a future one about half a year ("results for January" in
    # October is the coming one); past that, the nearest.
    if tense == "past":
        return anchor.year if month < anchor.month else anchor.year - 1
    if tense == "future" and (month - anchor.month) % 12 <= _MAX_TENSE_MONTHS:
        return anchor.year if month > anchor.month else anchor.year + 1
    here = anchor.year * 12 + anchor.month
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    # Nearest occurrence; on a tie (six months either way) the past one.
    return min(years, key=lambda y: (abs(y * 12 + month - here), y * 12 + month > here))


def _strip(text: str) -> tuple[str, str | None, bool]:
    """Lower-case, drop filler words; return (core, modifier, part_of_period)."""
    t = text.lower().strip()
    t = re.sub(r"[’'`]s\b", "", t)
    t = re.sub(r"[()\[\],]", " ", t)
    t = re.sub(r"\s+", " ", t).strip()
    # A clock time or zone adds nothing at our precision: "10 p.m. Wednesday" is Wednesday.
    without_time = re.sub(r"\s+", " ", _TIME_OF_DAY.sub(" ", t)).strip()
    if without_time not in ("", "this", "the", "last", "in the"):
        t = without_time
    t = _HEDGE.sub("", t)
    part_of = bool(_PART_OF.match(t))
    modifier = None
    t = _LEAD.sub("", t)
    m = re.match(r"^(next|last|this|coming|past|previous|following)\s+", t)
    if m:
        word = m.group(1)
        modifier = {"coming": "next", "following": "next", "past": "last", "previous": "last"}.get(
            word, word
        )
        t = t[m.end() :]
    return t, modifier, part_of


def resolve(text: str, anchor: date | None, tense: Tense | None = None) -> Resolution:
    """Resolve `text` against `anchor` (the publication date) in a clause of `tense`."""
    if anchor is not None and _THIS_YEAR.fullmatch(text.lower().strip()):
        # "the year" in news is the current one; stripped of "the" it would read as a duration.
        return _year(anchor.year, "relative:this-year")
    core, modifier, part_of = _strip(text)
    if not core:
        return NONE_DATE

    # Durations and sets first: they look like dates but name none.
    if re.fullmatch(r"(?:every|each) .+|daily|weekly|monthly|annually|yearly", core):
        return Resolution(None, None, "SET", "set")
    ago = re.fullmatch(rf"{_NUMBER} {_UNIT} (?:ago|earlier|before)", core)
    later = re.fullmatch(rf"{_NUMBER} {_UNIT} (?:later|from now|hence)", core)
    if ago or later:
        m = ago or later
        assert m is not None
        return _offset(anchor, m.group("number"), m.group("unit"), -1 if ago else 1)
    if re.fullmatch(rf"(?:{_NUMBER} |the )?(?:\d+-)?{_UNIT}(?:-long| long)?(?: old)?", core) or (
        re.fullmatch(rf"{_NUMBER}-{_UNIT}", core)
    ):
        if core not in UNITS:
            return Resolution(None, None, "DURATION", "duration")
        if modifier is None and not part_of:
            return Resolution(None, None, "DURATION", "duration")

    # Absolute dates carry their own year.
    explicit = _explicit(core)
    if explicit is not None:
        return explicit

    if anchor is None:
        return Resolution(None, None, "DATE", "needs-anchor")
    return _relative(core, modifier, anchor, tense)


def _offset(anchor: date | None, number: str, unit: str, sign: int) -> Resolution:
    if anchor is None:
        return Resolution(None, None, "DATE", "needs-anchor")
    n = _count(number)
    unit = UNITS[unit]
    if n is None:  # "several years ago": direction known, value not
        return Resolution(None, None, "DATE", "vague-offset")
    if unit == "day":
        return _day(anchor + timedelta(days=sign * n), "offset:day")
    if unit == "week":
        return _week_value(anchor + timedelta(days=sign * 7 * n - anchor.weekday()), "offset:week")
    if unit == "month":
        y, m = _shift_months(anchor, sign * n)
        return _month(y, m, "offset:month")
    if unit == "year":
        return _year(anchor.year + sign * n, "offset:year")
    if unit == "decade":
        return Resolution(None, None, "DATE", "offset:decade")
    return Resolution(None, None, "TIME", "offset:time")


def _explicit(core: str) -> Resolution | None:
    m = re.fullmatch(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:t.*)?", core)
    if m:
        return _valid_day(int(m["y"]), int(m["m"]), int(m["d"]), "explicit:iso")
    m = re.fullmatch(r"(?P<y>\d{4})-(?P<m>\d\d)", core)
    if m and 1 <= int(m["m"]) <= 12:
        return _month(int(m["y"]), int(m["m"]), "explicit:iso")
    # 4 December 2021 / December 4, 2021 / Saturday, December 4th, 2021
    patterns = (
        rf"(?:{_WEEKDAY} )?{_DAY} (?:of )?{_MONTH} {_YEAR}",
        rf"(?:{_WEEKDAY} )?{_MONTH} {_DAY} {_YEAR}",
    )
    for pattern in patterns:
        m = re.fullmatch(pattern, core)
        if m:
            return _valid_day(int(m["year"]), MONTHS[m["month"]], int(m["day"]), "explicit:dmy")
    m = re.fullmatch(rf"{_MONTH} (?:of )?{_YEAR}", core)
    if m:
        return _month(int(m["year"]), MONTHS[m["month"]], "explicit:month")
    m = re.fullmatch(rf"(?:the )?(?:year |fiscal |(?:early|mid|late)[- ])?{_YEAR}", core)
    if m:
        return _year(int(m["year"]), "explicit:year")
    m = re.fullmatch(r"(?:the )?(?:(?:early|mid|late)[- ])?(?P<dec>(?:1[6-9]|20)\d)0'?s", core)
    if m:
        return Resolution(None, None, "DATE", "decade")
    m = re.fullmatch(r"(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4})", core)
    if m:  # US order, as in the wire services this is written for
        return _valid_day(int(m["y"]), int(m["m"]), int(m["d"]), "explicit:mdy")
    return None


def _valid_day(year: int, month: int, day: int, method: str) -> Resolution | None:
    try:
        return _day(date(year, month, day), method)
    except ValueError:
        return None


def _relative(core: str, modifier: str | None, anchor: date, tense: Tense | None) -> Resolution:
    deictic = {
        "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
        "now": 0, "yesterday": -1, "last night": -1, "overnight": -1, "tomorrow": 1,
        "the day before yesterday": -2, "day before yesterday": -2,
        "the day after tomorrow": 2, "day after tomorrow": 2,
        "yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1,
        "tomorrow morning": 1, "tomorrow evening": 1,
    }  # fmt: skip
    key = core if modifier is None else f"{modifier} {core}"
    if key in deictic:
        return _day(anchor + timedelta(days=deictic[key]), f"deictic:{key}")
    if key in ("morning", "afternoon", "evening", "night") and modifier in ("this", "last"):
        return _day(anchor - timedelta(days=1 if modifier == "last" else 0), "deictic")

    # this/next/last week|month|year, earlier this year, later this month
    m = re.fullmatch(r"(?:(?:earlier|later) (?:this|in the) )?(?P<unit>week|month|year)", core)
    if m and (modifier or core.startswith(("earlier", "later"))):
        step = {"next": 1, "last": -1}.get(modifier or "this", 0)
        unit = m["unit"]
        if unit == "week":
            monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
            return _week_value(monday, f"relative:{modifier}-week")
        if unit == "month":
            y, mo = _shift_months(anchor, step)
            return _month(y, mo, f"relative:{modifier}-month")
        return _year(anchor.year + step, f"relative:{modifier}-year")
    if re.fullmatch(
        r"(?:this|the|in the)(?: current| full| fiscal| calendar)* year|current year|"
        r"(?:the )?first (?:\w+ )?(?:months|quarters?|half) of the year",
        core,
    ):
        return _year(anchor.year, "relative:this-year")
    if core in ("year-ago", "year-earlier", "a year ago", "a year earlier"):
        return _year(anchor.year - 1, "offset:year")

    m = re.fullmatch(rf"(?:{_MONTH} )?(?P<which>this|last|next) (?:fiscal )?year", core)
    if m is None and modifier is None:
        m = re.fullmatch(r"(?:the )?(?:end of (?:the )?|the )?(?P<which>)year(?: end|-end)?", core)
    if m is None and modifier in ("this", "last", "next"):
        m = re.fullmatch(
            rf"(?:fiscal |calendar )?(?P<which>)year(?:-end| end)?(?: {_MONTH})?", core
        )
    if m is not None:
        which = m["which"] or modifier or "this"
        year = anchor.year + {"next": 1, "last": -1}.get(which, 0)
        month = m.groupdict().get("month")
        if month:
            return _month(year, MONTHS[month], f"month:{which}-year")
        return _year(year, f"relative:{which}-year")

    # Weekdays, possibly with a time of day ("Tuesday evening") or a date ("Saturday (4th)")
    m = re.fullmatch(rf"{_WEEKDAY}(?: (?:morning|afternoon|evening|night))?", core)
    if m:
        d = weekday_date(anchor, WEEKDAYS[m["weekday"]], tense, modifier)
        return _day(d, f"weekday:{modifier or tense or 'nearest'}")

    # Month with a day, no year: "December 4th", "4 December", "Saturday December 4"
    for pattern in (
        rf"(?:{_WEEKDAY} )?{_MONTH} {_DAY}",
        rf"(?:{_WEEKDAY} )?(?:the )?{_DAY} (?:of )?{_MONTH}",
    ):
        m = re.fullmatch(pattern, core)
        if m:
            month = MONTHS[m["month"]]
            day = int(m["day"])
            year = _day_year(anchor, month, day, tense, modifier)
            result = _valid_day(year, month, day, f"month-day:{tense or 'nearest'}")
            return result or NONE_DATE

    # A month alone, or part of one: "June", "the beginning of September", "mid-March"
    m = re.fullmatch(rf"(?:(?:early|mid|late)[- ])?{_MONTH}", core)
    if m:
        month = MONTHS[m["month"]]
        year = month_year(anchor, month, tense, modifier)
        return _month(year, month, f"month:{tense or 'nearest'}")

    # Seasons get the year only.
    m = re.fullmatch(r"(?:spring|summer|autumn|fall|winter)", core)
    if m and modifier:
        step = {"next": 1, "last": -1}.get(modifier, 0)
        return _year(anchor.year + step, f"season:{modifier}")
    return Resolution(None, None, "DATE", "unresolved")


def _day_year(anchor: date, month: int, day: int, tense: Tense | None, modifier: str | None) -> int:
    """The year of a day-and-month without one, as `month_year` does for months."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return anchor.year
    past = [c for c in candidates if c <= anchor]
    future = [c for c in candidates if c >= anchor]
    if modifier == "last" and past:
        return max(past).year
    if modifier == "next" and future:
        return min(future).year
    # As for months: tense decides unless it would reach more than about half a year away.
    if tense == "past" and past and (anchor - max(past)).days <= _MAX_TENSE_DAYS:
        return max(past).year
    if tense == "future" and future and (min(future) - anchor).days <= _MAX_TENSE_DAYS:
        return min(future).year
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor)).year


def _unnamed(pattern: str) -> str:
    return re.sub(r"\?P<\w+>", "", pattern)


_M, _D, _Y, _W = (_unnamed(p) for p in (_MONTH, _DAY, _YEAR, _WEEKDAY))
_ATOM = re.compile(
    rf"\b(?:{_M} {_D}(?:,? {_Y})?|{_D} (?:of )?{_M}(?: {_Y})?|{_M},? {_Y}|{_Y}|{_W}|{_M}"
    r"|yesterday|today|tomorrow)\b",
    re.IGNORECASE,
)


def date_atoms(text: str) -> list[tuple[int, int]]:
    """Spans of the calendar expressions inside a longer expression that has no value as a
    whole: "the quarter ended Sept. 30" holds "Sept. 30"; "between 1985 and 1987" two years."""
    return [m.span() for m in _ATOM.finditer(text)]
