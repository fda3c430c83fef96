"""Escalation alerts: a planted escalation fires, flat noise stays quiet, the rules hold."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from whimbrel.alerts import (
    AlertRules,
    Dyad,
    PeriodStats,
    compare_to_baseline,
    escalation_alerts,
    select_alerts,
    series_from_events,
)

MONDAY = date(2015, 1, 5)
WEEKS = [MONDAY + timedelta(weeks=i) for i in range(40)]
# Goldstein scores of a few CAMEO codes: cooperative for quad classes 1-2, hostile for 3-4.
COOPERATIVE = np.array([1.0, 1.9, 2.8, 3.4, 5.0, 7.0])
HOSTILE = np.array([-2.0, -4.0, -5.0, -6.4, -7.0, -10.0])


def _period(
    rng: np.random.Generator, day: date, events: int, conflict_share: float
) -> PeriodStats | None:
    if events == 0:
        return None
    conflicts = int(rng.binomial(events, conflict_share))
    scores = np.concatenate(
        [rng.choice(HOSTILE, conflicts), rng.choice(COOPERATIVE, events - conflicts)]
    )
    return PeriodStats(day, events, conflicts, float(scores.mean()))


def flat_noise(seed: int, dyads: int = 150) -> dict[Dyad, list[PeriodStats]]:
    """Dyads whose rates never change: Poisson events at a rate of their own, fixed shares."""
    rng = np.random.default_rng(seed)
    out: dict[Dyad, list[PeriodStats]] = {}
    for d in range(dyads):
        rate = float(rng.choice([0.3, 1.0, 3.0, 8.0, 20.0]))
        share = float(rng.choice([0.1, 0.3, 0.6]))
        rows = [_period(rng, week, int(rng.poisson(rate)), share) for week in WEEKS]
        out[(f"A{d:03d}", f"B{d:03d}")] = [r for r in rows if r is not None]
    return out


def test_a_planted_escalation_fires_among_noise() -> None:
    rng = np.random.default_rng(7)
    series = flat_noise(seed=7)
    quiet = [_period(rng, week, int(rng.poisson(4.0)), 0.15) for week in WEEKS[:-1]]
    # The last week: the same dyad, three times the events and most of them conflict.
    planted = [r for r in quiet if r is not None] + [
        PeriodStats(WEEKS[-1], 12, 10, -5.1),
    ]
    series[("RUS", "UKR")] = planted
    alerts = escalation_alerts(series, "week")  # the latest week only
    assert alerts, "the planted escalation did not fire"
    assert {a.dyad for a in alerts} == {("RUS", "UKR")}
    measures = {a.measure: a for a in alerts}
    assert set(measures) == {"conflicts", "goldstein"}
    assert all(a.direction == "escalation" and a.period == WEEKS[-1] for a in alerts)
    count = measures["conflicts"]
    assert count.observed == 10 and count.expected < 2.0 and count.baseline_periods == 12
    assert count.q_value <= 0.05 and count.p_value <= count.q_value
    assert measures["goldstein"].observed == pytest.approx(-5.1)
    assert measures["goldstein"].expected > 0
    assert [a.p_value for a in alerts] == sorted(a.p_value for a in alerts)
    assert alerts[0].statistic > 3.0  # a z beyond 3 standard deviations


def test_a_new_dyad_with_a_burst_after_quiet_periods_fires() -> None:
    # Nothing between these two for twelve weeks the store covers, then six conflict events.
    series = {("ISR", "PSE"): [PeriodStats(WEEKS[12], 6, 6, -7.0)]}
    alerts = escalation_alerts(series, "week", start=WEEKS[0])
    assert [(a.measure, a.observed, a.expected) for a in alerts] == [("conflicts", 6, 0.0)]
    assert alerts[0].p_value == pytest.approx(13.0**-6)


def test_flat_noise_stays_quiet() -> None:
    """BH at fdr=0.05 under flat noise: P(any alert in a run) <= 0.05 if the p-values are valid.

    Over 20 independent runs of 150 dyads x 28 tested weeks (some 8,000 comparisons each), the
    number of runs with any alert is Binomial(20, <=0.05): 4 or more has probability < 2%.
    """
    noisy_runs = 0
    small_p = total = 0
    for seed in range(20):
        series = flat_noise(seed)
        comparisons = compare_to_baseline(series, "week", since=WEEKS[12])
        total += len(comparisons)
        small_p += sum(1 for c in comparisons if c.p_value <= 0.01)
        if select_alerts(comparisons):
            noisy_runs += 1
    assert total > 20 * 4000
    print(f"runs with an alert: {noisy_runs}/20; p <= 0.01 in {small_p}/{total} comparisons")
    assert noisy_runs <= 3
    # The raw p-values themselves are calibrated (or conservative): at most ~1% below 0.01.
    assert small_p / total <= 0.012


def test_the_minimum_conflict_count_is_respected() -> None:
    # Two conflict events after twelve empty weeks: p = 13^-2 ~ 0.006, below fdr alone,
    # but under the minimum of three.
    two = {("USA", "IRN"): [PeriodStats(WEEKS[12], 2, 2, -4.0)]}
    assert compare_to_baseline(two, "week", start=WEEKS[0])[0].q_value <= 0.05
    assert escalation_alerts(two, "week", start=WEEKS[0]) == []
    assert escalation_alerts(two, "week", start=WEEKS[0], rules=AlertRules(min_conflicts=2))
    three = {("USA", "IRN"): [PeriodStats(WEEKS[12], 3, 3, -4.0)]}
    assert escalation_alerts(three, "week", start=WEEKS[0])


def test_too_short_a_baseline_is_not_tested() -> None:
    # Seven weeks of history is under the minimum of eight: no comparison at all.
    series = {("USA", "IRN"): [PeriodStats(WEEKS[7], 9, 9, -8.0)]}
    assert compare_to_baseline(series, "week", start=WEEKS[0]) == []
    assert compare_to_baseline(series, "week", start=WEEKS[0] - timedelta(weeks=1))


def test_a_goldstein_rise_is_a_de_escalation() -> None:
    baseline = [PeriodStats(w, 10, 6, m) for w, m in zip(WEEKS[:12], [-3.0, -2.0] * 6, strict=True)]
    series = {("ETH", "ERI"): [*baseline, PeriodStats(WEEKS[12], 10, 0, 6.0)]}
    (alert,) = escalation_alerts(series, "week")
    assert (alert.measure, alert.direction) == ("goldstein", "de-escalation")
    assert alert.expected == pytest.approx(-2.5)


def test_a_goldstein_mean_over_few_events_is_not_tested() -> None:
    # An all-hostile week of 9 events in a cooperative dyad: the count test may speak, the
    # mean over fewer than 10 events is too far from normal to be tested.
    baseline = [PeriodStats(w, 10, 1, m) for w, m in zip(WEEKS[:12], [3.0, 4.0] * 6, strict=True)]
    few = {("ETH", "ERI"): [*baseline, PeriodStats(WEEKS[12], 9, 9, -7.0)]}
    assert {c.measure for c in compare_to_baseline(few, "week")} == {"conflicts"}
    ten = {("ETH", "ERI"): [*baseline, PeriodStats(WEEKS[12], 10, 10, -7.0)]}
    assert {c.measure for c in compare_to_baseline(ten, "week")} == {"conflicts", "goldstein"}


def test_since_tests_every_period_up_to_the_latest() -> None:
    series = flat_noise(3, dyads=5)
    latest_only = compare_to_baseline(series, "week")
    assert {c.period for c in latest_only} <= {WEEKS[-1]}
    several = compare_to_baseline(series, "week", since=WEEKS[-4] + timedelta(days=3))
    assert {c.period for c in several} <= set(WEEKS[-4:])
    assert len({c.period for c in several}) > 1


def test_series_from_events_groups_and_counts_conflict() -> None:
    dyad = ("USA", "CHN")
    rows = [
        (dyad, date(2015, 9, 7), 4, -10.0),
        (dyad, date(2015, 9, 9), 1, 2.0),
        (dyad, date(2015, 9, 14), 3, -4.0),
    ]
    assert series_from_events(rows, "week") == {
        dyad: [
            PeriodStats(date(2015, 9, 7), 2, 1, -4.0),
            PeriodStats(date(2015, 9, 14), 1, 1, -4.0),
        ]
    }


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (PeriodStats(date(2015, 9, 8), 1, 0, 1.0), "not the start of a week"),
        (PeriodStats(MONDAY, 2, 3, 1.0), "conflicts <= events"),
        (PeriodStats(MONDAY, 2, 1, None), "mean Goldstein score exactly"),
    ],
)
def test_malformed_series_are_refused(row: PeriodStats, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        compare_to_baseline({("A", "B"): [row]}, "week")


def test_rules_are_checked() -> None:
    with pytest.raises(ValueError, match="fdr"):
        AlertRules(fdr=0.0)
    with pytest.raises(ValueError, match="min_baseline_periods"):
        AlertRules(baseline_periods=8, min_baseline_periods=10)
