"""Deduplication in the store: mentions of one real-world event become one counted cluster."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from store_builders import coded, event, mention

from whimbrel.records import Location
from whimbrel.store import EventFilter, Store
from whimbrel.store.dedup import DedupParams, cluster_mentions, pairwise_scores

RUSSIA = mention("Russian forces", "RUSMIL", "RUS")
UKRAINE = mention("Ukraine", "UKR", "UKR")


def _strike(sentence: str, day: str, place: str | None = None, cameo: str = "195"):
    e = event(sentence, RUSSIA, UKRAINE, cameo, day, goldstein=-10.0, quad_class=4)
    return replace(e, location=Location(place) if place else None)


def _store_reports(store: Store) -> None:
    reports = [
        (
            "r1",
            "wire-a",
            "Russian forces struck a power plant in Kharkiv with drones.",
            "2022-10-10",
            "Kharkiv",
        ),
        (
            "r2",
            "wire-b",
            "Russian forces hit the Kharkiv power plant with drones overnight.",
            "2022-10-11",
            "Kharkiv",
        ),
        (
            "r3",
            "wire-b",
            "Drones launched by Russian forces damaged a Kharkiv power plant.",
            "2022-10-10",
            None,
        ),
        # Same dyad and root, same days, another city: another event.
        ("r4", "wire-a", "Russian forces shelled the port of Odesa.", "2022-10-10", "Odesa"),
        # Same city, two weeks later: another event.
        (
            "r5",
            "wire-c",
            "Russian forces struck a power plant in Kharkiv with drones again.",
            "2022-10-25",
            "Kharkiv",
        ),
    ]
    for article_id, publisher, text, day, place in reports:
        article = coded(article_id, text, date.fromisoformat(day), (_strike(text, day, place),))
        assert store.write(article, publisher=publisher) is not None
    # A threat (root 13) on the same day is not the same event as the strikes (root 19).
    threat = event("Russian forces threatened Ukraine.", RUSSIA, UKRAINE, "138", "2022-10-10")
    store.write(coded("r6", "Russian forces threatened Ukraine.", date(2022, 10, 10), (threat,)))


def test_reports_of_one_event_share_a_cluster_with_counts(store: Store) -> None:
    _store_reports(store)
    rows = {r.article_id: r for r in store.events()}
    kharkiv = rows["r1"].cluster_id
    assert rows["r2"].cluster_id == kharkiv
    assert rows["r3"].cluster_id == kharkiv
    assert rows["r1"].cluster_mentions == 3
    assert rows["r1"].cluster_articles == 3
    assert rows["r1"].cluster_sources == 2  # wire-a and wire-b
    others = {rows[k].cluster_id for k in ("r4", "r5", "r6")}
    assert kharkiv not in others and len(others) == 3
    assert store.counts()["clusters"] == 4
    assert store.counts()["events"] == 6  # every mention kept


def test_recluster_rebuilds_the_same_clusters(store: Store) -> None:
    _store_reports(store)
    before = sorted(
        sorted(r.article_id for r in store.events() if r.cluster_id == c)
        for c in {r.cluster_id for r in store.events()}
    )
    assert store.recluster() == 4
    after = sorted(
        sorted(r.article_id for r in store.events() if r.cluster_id == c)
        for c in {r.cluster_id for r in store.events()}
    )
    assert after == before
    # A zero-day window splits the report dated a day later.
    assert store.recluster(DedupParams(window_days=0)) == 5
    assert len(store.events(EventFilter(root="19"))) == 5


def test_pairwise_scores_count_pairs() -> None:
    scores = pairwise_scores([0, 0, 1, 1], ["a", "a", "a", "b"])
    # predicted pairs {01, 23}; gold pairs {01, 02, 12}; one correct.
    assert (scores.predicted_pairs, scores.gold_pairs, scores.true_pairs) == (2, 3, 1)
    assert scores.precision == pytest.approx(0.5)
    assert scores.recall == pytest.approx(1 / 3)


def test_mentions_without_day_or_actors_stay_alone() -> None:
    from whimbrel.store.dedup import MentionKey

    keys = [
        MentionKey("19", None, None, date(2022, 1, 1)),
        MentionKey("19", None, None, date(2022, 1, 1)),
        MentionKey("19", "RUS", "UKR", None),
        MentionKey("19", "RUS", "UKR", None),
    ]
    assert len(set(cluster_mentions(keys))) == 4
