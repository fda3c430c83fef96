"""Escalation alerts: the dyads whose conflict count or mean Goldstein score breaks from their
own trailing baseline.

Input is one series per dyad of `PeriodStats` (period start, events, conflict events, mean
Goldstein score), for one granularity (`whimbrel.periods`). Periods a series lacks are
periods with no events (zero-filled from `start`, the first period the store covers). Each
period from `since` to `until` of every dyad is compared with the `baseline_periods` periods
before it (12 by default; fewer at the start of the store, but at least
`min_baseline_periods`, 8 by default, or the period is not tested).

Two tests (docs/alerts.md gives the reasoning):

- **Conflict count** (quad classes 3 and 4: verbal and material conflict). With `k` conflict
  events in the tested period and `B` in the `L` baseline periods, under "the rate has not
  changed" `k` given `n = k + B` is Binomial(n, 1/(L+1)). The p-value is the exact one-sided
  upper tail P(X >= k). Conditioning on `n` makes the test exact whatever the (unknown) rate
  is, and a dyad with an empty baseline needs no made-up prior: five conflict events after
  twelve quiet periods give p = 13^-5. Only rises are tested (direction "escalation").
- **Mean Goldstein score.** The baseline periods with events (`P` of them, at least
  `min_goldstein_periods`) have means `g_i` over `n_i` events, pooled mean `m` over `N`
  events. If every event's score has the same variance, `s2 = sum n_i (g_i - m)^2 / (P - 1)`
  estimates it (one-way ANOVA's between-period mean square), and
  `t = (g - m) / sqrt(s2 (1/n + 1/N))` is Student t with P - 1 degrees of freedom when the
  period means are near normal. Scores are a skewed mixture (cooperative and conflict
  events), so a mean over a handful of events is far from normal and its tail p-values are
  too small: the test needs `min_goldstein_events` (10) events in the tested period. Two-sided:
  a fall is an "escalation", a rise a "de-escalation". `s2` is floored at
  `min_goldstein_variance` so that a baseline of identical scores does not make any change
  infinitely significant.

Many dyads and periods are tested at once, so p-values are adjusted with Benjamini-Hochberg
over every comparison made in one call (both measures), giving `q_value`; an alert is a
comparison with `q_value <= fdr`. Under flat noise (no dyad changes) BH at `fdr` keeps the
chance of any alert at all below `fdr`. Comparisons that could not reach `fdr` even alone
(a count test with so few events that `(1/(L+1))^n > fdr`, a Goldstein test on fewer than
`min_goldstein_events` events) are left out of the family: the choice depends only on the
totals each test conditions on, so it does not bias the family, and it keeps thousands of
quiet dyads from diluting it. Finally a count alert needs at least `min_conflicts` conflict
events in its period.

Results are `Alert` records, strongest first (smallest p-value). `statistic` is the
p-value as a one-sided standard-normal z, so both measures rank on one scale.

`stored_alerts(conn, by, since, ...)` runs the same tests on the country dyads of stored
events (their period series from `store.query`) and names the events behind each alert; the
CLI, the HTTP API and the dashboard all call it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from statistics import NormalDist
from typing import Literal

import sqlalchemy as sa

from whimbrel.periods import Granularity, period_range, period_start
from whimbrel.store import query
from whimbrel.store.query import EventFilter

Dyad = tuple[str, str]
Measure = Literal["conflicts", "goldstein"]
Direction = Literal["escalation", "de-escalation"]

# CAMEO quad classes counted as conflict: 3 verbal conflict, 4 material conflict.
CONFLICT_QUADS = frozenset({3, 4})


@dataclass(frozen=True)
class PeriodStats:
    """One period of one dyad: its event count, conflict events and mean Goldstein score."""

    period: date
    events: int
    conflicts: int
    goldstein_mean: float | None  # None exactly when events == 0


@dataclass(frozen=True)
class AlertRules:
    """The knobs of the two tests; the defaults are the ones docs/alerts.md argues for."""

    baseline_periods: int = 12
    min_baseline_periods: int = 8
    min_conflicts: int = 3
    min_goldstein_events: int = 10
    min_goldstein_periods: int = 4
    min_goldstein_variance: float = 1.0
    fdr: float = 0.05

    def __post_init__(self) -> None:
        if not 1 <= self.min_baseline_periods <= self.baseline_periods:
            raise ValueError("need 1 <= min_baseline_periods <= baseline_periods")
        if self.min_goldstein_periods < 2:
            raise ValueError("min_goldstein_periods must be at least 2 (a variance needs two)")
        if not 0.0 < self.fdr < 1.0:
            raise ValueError(f"fdr must be between 0 and 1, not {self.fdr}")
        if self.min_goldstein_variance <= 0.0:
            raise ValueError("min_goldstein_variance must be positive")


@dataclass(frozen=True)
class Comparison:
    """One period of one dyad compared with its trailing baseline on one measure."""

    dyad: Dyad
    period: date
    measure: Measure
    direction: Direction
    observed: float  # conflict events, or the period's mean Goldstein score
    expected: float  # baseline conflict events per period, or the baseline's pooled mean
    statistic: float  # the p-value as a one-sided standard-normal z
    p_value: float
    q_value: float  # Benjamini-Hochberg over every comparison of the call
    baseline_periods: int


@dataclass(frozen=True)
class Alert(Comparison):
    """A comparison that passed: `q_value <= fdr` and enough events in its period."""


def series_from_events(
    events: Iterable[tuple[Dyad, date, int, float]], granularity: Granularity
) -> dict[Dyad, list[PeriodStats]]:
    """Per-dyad period series from `(dyad, day, quad_class, goldstein)` rows (undated excluded
    by the caller: an event without a day belongs to no period)."""
    buckets: dict[Dyad, dict[date, list[tuple[int, float]]]] = {}
    for dyad, day, quad, goldstein in events:
        period = period_start(day, granularity)
        buckets.setdefault(dyad, {}).setdefault(period, []).append((quad, goldstein))
    return {
        dyad: [
            PeriodStats(
                period,
                len(rows),
                sum(1 for quad, _ in rows if quad in CONFLICT_QUADS),
                sum(g for _, g in rows) / len(rows),
            )
            for period, rows in sorted(periods.items())
        ]
        for dyad, periods in buckets.items()
    }


def escalation_alerts(
    series: Mapping[Dyad, Sequence[PeriodStats]],
    granularity: Granularity,
    since: date | None = None,
    until: date | None = None,
    start: date | None = None,
    rules: AlertRules | None = None,
) -> list[Alert]:
    """The alerts among `compare_to_baseline(...)`, strongest first."""
    rules = rules or AlertRules()
    return select_alerts(
        compare_to_baseline(series, granularity, since, until, start, rules), rules
    )


def select_alerts(
    comparisons: Iterable[Comparison], rules: AlertRules | None = None
) -> list[Alert]:
    """The comparisons that pass `rules` (q-value, minimum conflict count), order kept."""
    rules = rules or AlertRules()
    return [
        Alert(**vars(c))
        for c in comparisons
        if c.q_value <= rules.fdr
        # min_goldstein_events already conditions a Goldstein comparison's entry into the family
        and (c.measure != "conflicts" or c.observed >= rules.min_conflicts)
    ]


def compare_to_baseline(
    series: Mapping[Dyad, Sequence[PeriodStats]],
    granularity: Granularity,
    since: date | None = None,
    until: date | None = None,
    start: date | None = None,
    rules: AlertRules | None = None,
) -> list[Comparison]:
    """Every comparison made (the BH family), with p- and q-values, smallest p first.

    `start` is the first period the data covers (default: the earliest period of any
    series); `until` the last period tested (default: the latest of any series); `since` the
    first period tested (default: `until`, i.e. only the latest period). Dates are moved to
    the start of their period.
    """
    rules = rules or AlertRules()
    tables = {dyad: _check_series(dyad, rows, granularity) for dyad, rows in series.items()}
    known = [p for table in tables.values() for p in table]
    if not known:
        return []
    first = period_start(start, granularity) if start else min(known)
    last = period_start(until, granularity) if until else max(known)
    tested_from = period_start(since, granularity) if since else last
    if first > min(known):
        raise ValueError(f"start {first.isoformat()} is after data in {min(known).isoformat()}")
    if tested_from > last:
        return []
    timeline = period_range(first, last, granularity)
    raw: list[tuple[Comparison, float]] = []
    for dyad, table in sorted(tables.items()):
        for i, period in enumerate(timeline):
            if period < tested_from:
                continue
            window = timeline[max(0, i - rules.baseline_periods) : i]
            if len(window) < rules.min_baseline_periods:
                continue
            baseline = [table[p] for p in window if p in table]
            current = table.get(period)
            made = _count_comparison(dyad, period, current, baseline, len(window), rules)
            if made is not None:
                raw.append(made)
            made = _goldstein_comparison(dyad, period, current, baseline, len(window), rules)
            if made is not None:
                raw.append(made)
    q_values = _benjamini_hochberg([p for _, p in raw])
    out = [
        Comparison(**{**vars(c), "p_value": p, "q_value": q, "statistic": _z(p)})
        for (c, p), q in zip(raw, q_values, strict=True)
    ]
    out.sort(key=lambda c: (c.p_value, -abs(c.observed - c.expected), c.dyad, c.period))
    return out


def _check_series(
    dyad: Dyad, rows: Sequence[PeriodStats], granularity: Granularity
) -> dict[date, PeriodStats]:
    table: dict[date, PeriodStats] = {}
    for row in rows:
        where = f"dyad {dyad[0]}->{dyad[1]}, period {row.period.isoformat()}"
        if period_start(row.period, granularity) != row.period:
            raise ValueError(f"{where}: not the start of a {granularity}")
        if row.period in table:
            raise ValueError(f"{where}: listed twice")
        if not 0 <= row.conflicts <= row.events:
            raise ValueError(f"{where}: need 0 <= conflicts <= events")
        if (row.goldstein_mean is None) != (row.events == 0):
            raise ValueError(f"{where}: a mean Goldstein score exactly when there are events")
        if row.events:
            table[row.period] = row
    return table


def _count_comparison(
    dyad: Dyad,
    period: date,
    current: PeriodStats | None,
    baseline: list[PeriodStats],
    length: int,
    rules: AlertRules,
) -> tuple[Comparison, float] | None:
    k = current.conflicts if current else 0
    b = sum(row.conflicts for row in baseline)
    share = 1.0 / (length + 1)
    n = k + b
    if n == 0 or share**n > rules.fdr:
        return None  # could not reach fdr even alone: left out of the family
    p = _binomial_upper_tail(k, n, share)
    return _comparison(dyad, period, "conflicts", "escalation", k, b / length, p, length), p


def _goldstein_comparison(
    dyad: Dyad,
    period: date,
    current: PeriodStats | None,
    baseline: list[PeriodStats],
    length: int,
    rules: AlertRules,
) -> tuple[Comparison, float] | None:
    if current is None or current.events < rules.min_goldstein_events:
        return None
    if len(baseline) < rules.min_goldstein_periods:
        return None
    pooled_events = sum(row.events for row in baseline)
    means = [(row.events, row.goldstein_mean or 0.0) for row in baseline]
    pooled = sum(n * g for n, g in means) / pooled_events
    between = sum(n * (g - pooled) ** 2 for n, g in means) / (len(baseline) - 1)
    variance = max(between, rules.min_goldstein_variance)
    observed = current.goldstein_mean or 0.0
    t = (observed - pooled) / math.sqrt(variance * (1 / current.events + 1 / pooled_events))
    p = min(1.0, 2.0 * _student_t_upper_tail(abs(t), len(baseline) - 1))
    direction: Direction = "escalation" if t < 0 else "de-escalation"
    made = _comparison(dyad, period, "goldstein", direction, observed, pooled, p, length)
    return made, p


def _comparison(
    dyad: Dyad,
    period: date,
    measure: Measure,
    direction: Direction,
    observed: float,
    expected: float,
    p: float,
    length: int,
) -> Comparison:
    return Comparison(dyad, period, measure, direction, observed, expected, _z(p), p, p, length)


def _z(p: float) -> float:
    """The one-sided standard-normal z with upper tail `p` (p clipped away from 0 and 1)."""
    return -NormalDist().inv_cdf(min(max(p, 1e-300), 1.0 - 1e-16))


def _benjamini_hochberg(p_values: Sequence[float]) -> list[float]:
    """BH-adjusted q-values, in the order given."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    q = [1.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, p_values[i] * m / rank)
        q[i] = running
    return q


def _binomial_upper_tail(k: int, n: int, share: float) -> float:
    """P(X >= k) for X ~ Binomial(n, share), summed exactly in log space."""
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    log_share, log_rest = math.log(share), math.log1p(-share)
    log_n = math.lgamma(n + 1)

    def log_pmf(x: int) -> float:
        return (
            log_n - math.lgamma(x + 1) - math.lgamma(n - x + 1) + x * log_share + (n - x) * log_rest
        )

    top = log_pmf(k)
    total = sum(math.exp(log_pmf(x) - top) for x in range(k, n + 1))
    return min(1.0, math.exp(top) * total)


def _student_t_upper_tail(t: float, df: int) -> float:
    """P(T >= t) for Student's t with `df` degrees of freedom, t >= 0."""
    x = df / (df + t * t)
    return 0.5 * _regularised_beta(x, df / 2.0, 0.5)


def _regularised_beta(x: float, a: float, b: float) -> float:
    """I_x(a, b) by its continued fraction (Lentz), as in Numerical Recipes' betai."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _beta_fraction(x, a, b) / a
    return 1.0 - math.exp(log_front) * _beta_fraction(1.0 - x, b, a) / b


def _beta_fraction(x: float, a: float, b: float) -> float:
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        for numerator in (
            m * (b - m) * x / ((a + m2 - 1.0) * (a + m2)),
            -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < 1e-14:
            break
    return h


# --- Over the store ------------------------------------------------------------------------
# The one entry point of `whimbrel alerts`, `GET /alerts` and the dashboard's overview: the
# store's dyad period series (`store.query.dyad_period_rows`) through `escalation_alerts`.


@dataclass(frozen=True)
class StoredAlert:
    """An alert on stored events, with the filter that selects the events behind it."""

    alert: Alert
    events: EventFilter  # the dyad's events in the alert's period
    period_end: date
    event_count: int
    event_pks: tuple[int, ...]  # the first `EVENTS_PER_ALERT` of them, in day order


EVENTS_PER_ALERT = 20


def stored_alerts(
    conn: sa.Connection,
    by: Granularity = "week",
    since: date | None = None,
    until: date | None = None,
    where: EventFilter | None = None,
    rules: AlertRules | None = None,
) -> list[StoredAlert]:
    """The escalation alerts among the country dyads of the events `where` selects.

    The series start at the first period of the selected dated events; `until` defaults to
    the last one and `since` to `until` (only the latest period is tested).
    """
    rows = query.dyad_period_rows(conn, by, where)
    if not rows:
        return []
    series: dict[Dyad, list[PeriodStats]] = {}
    for row in rows:
        series.setdefault((row.source, row.target), []).append(
            PeriodStats(row.period, row.events, row.conflicts, row.goldstein_mean)
        )
    first = min(r.period for r in rows)
    if until is not None and period_start(until, by) < first:
        return []  # nothing stored up to `until`: no period to test
    found = escalation_alerts(series, by, since, until, first, rules)
    out = []
    base = where or EventFilter()
    for alert in found:
        end = query.period_end(alert.period, by)
        behind = replace(
            base, source=alert.dyad[0], target=alert.dyad[1], start=alert.period, end=end
        )
        pks = tuple(r.event_pk for r in query.event_rows(conn, behind, limit=EVENTS_PER_ALERT))
        out.append(StoredAlert(alert, behind, end, query.count_events(conn, behind), pks))
    return out
