"""`store/dashboard.py`: the API's and dashboard's queries, on SQLite and on PostgreSQL
(WHIMBREL_TEST_PG, started by scripts/test.sh; skipped with that reason when unset)."""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from web_builders import DYAD, SPIKE_DAY, web_articles

from whimbrel.periods import period_start
from whimbrel.records import Actor, CodedArticle
from whimbrel.store import EventFilter, Store, open_engine, tables
from whimbrel.store.dashboard import Dashboard

PG_ENV = "WHIMBREL_TEST_PG"


def _url(backend: str, tmp_path: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'dashboard.sqlite'}"
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server to test against")
    engine = open_engine(url)
    with engine.begin() as conn:
        tables.metadata.drop_all(conn)
    engine.dispose()
    return url


@pytest.fixture(params=["sqlite", "postgresql"], scope="module")
def stored(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, Dashboard, list[CodedArticle]]]:
    url = _url(request.param, tmp_path_factory.mktemp("dashboard"))
    articles = web_articles()
    with Store.open(url) as store:
        for coded in articles:
            store.write(coded)
        yield store, Dashboard(store.engine), articles


@pytest.mark.parametrize("by", ["day", "week", "month", "quarter", "year"])
def test_period_quad_counts(stored, by: str) -> None:
    store, queries, _ = stored
    expected = Counter((period_start(r.day, by), r.quad_class) for r in store.events())
    got = queries.period_quad_counts(by)
    assert {(p, q): n for p, quads in got.items() for q, n in quads.items()} == expected
    march = queries.period_quad_counts(
        by, EventFilter(start=date(2024, 3, 10), end=date(2024, 3, 15))
    )
    assert sum(sum(q.values()) for q in march.values()) == len(
        store.events(EventFilter(start=date(2024, 3, 10), end=date(2024, 3, 15)))
    )


def test_facets_count_the_filtered_events(stored) -> None:
    store, queries, _ = stored
    where = EventFilter(start=date(2024, 3, 10))
    rows = store.events(where)
    facets = queries.facets(where)
    as_counts = {name: {f.value: f.events for f in found} for name, found in facets.items()}
    assert as_counts["root"] == Counter(r.root for r in rows)
    assert as_counts["quad_class"] == Counter(str(r.quad_class) for r in rows)
    assert as_counts["modality"] == Counter(r.modality for r in rows)
    countries: Counter[str] = Counter()
    for r in rows:
        countries.update({c for c in (r.source_country, r.target_country) if c})
    assert as_counts["country"] == countries
    # most frequent first, and every country's count is what the country filter selects
    for found in facets.values():
        assert [f.events for f in found] == sorted((f.events for f in found), reverse=True)
    for facet in facets["country"]:
        assert (
            queries.count(EventFilter(start=date(2024, 3, 10), country=facet.value)) == facet.events
        )


@pytest.mark.parametrize("sort", ["date", "goldstein", "confidence"])
def test_event_pages_sort(stored, sort: str) -> None:
    store, queries, _ = stored
    rows, total = queries.event_page(EventFilter(), 500, 0, sort)
    assert total == len(rows) == len(store.events())
    key = {
        "date": lambda r: (r.day is None, r.day),
        "goldstein": lambda r: r.goldstein,
        "confidence": lambda r: -r.confidence,
    }[sort]
    assert [key(r) for r in rows] == sorted(key(r) for r in rows)
    # pages of a sorted list neither overlap nor skip
    paged = [
        r.event_pk
        for o in range(0, total, 7)
        for r in queries.event_page(EventFilter(), 7, o, sort)[0]
    ]
    assert paged == [r.event_pk for r in rows]


def test_top_dyads(stored) -> None:
    store, queries, _ = stored
    pairs = Counter((r.source_country, r.target_country) for r in store.events())
    got = queries.top_dyads(None, None, limit=3)
    assert [(d.source, d.target, d.events) for d in got] == [
        (s, t, n) for (s, t), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    ]
    assert (got[0].source, got[0].target) == DYAD
    assert got[0].goldstein_mean == pytest.approx(-10.0)  # every RUS->UKR event is a 190


def test_top_speakers(stored) -> None:
    _, queries, articles = stored
    quotes = Counter(q.speaker.actor.entity for a in articles for q in a.quotes if q.speaker)
    got = queries.top_speakers(None, None)
    assert [(s.name, s.quotes) for s in got] == quotes.most_common()
    assert got[0].code == "UKRGOV" and got[0].articles == quotes.most_common()[0][1]
    assert queries.top_speakers(date(1990, 1, 1), date(1990, 12, 31)) == []


def test_search_actors_is_case_blind_and_literal(stored) -> None:
    _, queries, articles = stored
    assert {m.text for m in queries.search_actors("KHARKIV")} == {
        "Ukrainian positions near Kharkiv"
    }
    assert [m.code for m in queries.search_actors("rusgov")] == ["RUSGOV"]
    assert queries.search_actors("%") == [] and queries.search_actors("_") == []
    counts = {m.text: m.mentions for m in queries.search_actors("a", limit=100)}
    mentions = Counter(
        m.text
        for a in articles
        for m in a.mentions
        if any("a" in (f or "").lower() for f in (m.text, *vars(m.actor).values()))
    )
    assert counts == dict(mentions)


def test_event_page_filters_and_pages(stored) -> None:
    store, queries, _ = stored
    everything = store.events()
    rows, total = queries.event_page(EventFilter(), limit=5, offset=5)
    assert total == len(everything)
    assert rows == everything[5:10]
    spike = EventFilter(SPIKE_DAY, SPIKE_DAY, *DYAD)
    rows, total = queries.event_page(spike, limit=100)
    assert total == len(rows) == 5
    rows, total = queries.event_page(EventFilter(quad_class=3), limit=100)
    assert total == len(rows) > 0 and {r.quad_class for r in rows} == {3}
    assert queries.event_page(EventFilter(modality="negated"), limit=10) == ([], 0)
    first = everything[0]
    found = queries.event(first.event_pk)
    assert found is not None
    record, row = found
    assert row == first
    rows, _ = queries.event_page(EventFilter(article_pk=row.article_pk), limit=100)
    assert {r.article_id for r in rows} == {first.article_id} and len(rows) == 2


def test_event_and_article_lookups(stored) -> None:
    store, queries, articles = stored
    row = store.events()[0]
    record, detail = queries.event(row.event_pk)
    assert record.trigger_text == detail.trigger_text == row.trigger_text
    offset = detail.sentence_start
    trigger = detail.sentence_text[detail.trigger_start - offset : detail.trigger_end - offset]
    assert trigger == record.trigger_text
    coded, info = queries.article(detail.article_pk)
    assert coded == next(a for a in articles if a.article.id == row.article_id)
    assert info["publisher"] == "example.org"
    assert queries.event(10**9) is None and queries.article(10**9) is None
    assert queries.bounds() == (date(2024, 3, 4), date(2024, 3, 21))
    assert queries.bounds(EventFilter(start=date(2024, 3, 10), end=date(2024, 3, 12))) == (
        date(2024, 3, 11),
        date(2024, 3, 12),
    )
    assert queries.bounds(EventFilter(start=date(1990, 1, 1), end=date(1990, 2, 1))) is None


def test_top_speakers_are_names_never_unresolved_pronouns(tmp_path: Path) -> None:
    """A quote whose speaker stayed "he" (no entity found) is not a most-cited speaker."""
    coded = web_articles()[0]
    quote = coded.quotes[0]
    assert quote.speaker is not None
    he = dataclasses.replace(
        quote.speaker, text="he", actor=Actor(code=None, country=None, role=None, entity=None)
    )
    twins = [
        dataclasses.replace(
            coded,
            article=dataclasses.replace(
                coded.article, id=f"he-{n}", url=None, text=coded.article.text + " " * n
            ),
            quotes=(dataclasses.replace(quote, speaker=he),),
        )
        for n in range(1, 4)
    ]
    with Store.open(f"sqlite:///{tmp_path / 'speakers.sqlite'}") as store:
        for article in [coded, *twins]:
            store.write(article)
        names = [s.name for s in Dashboard(store.engine).top_speakers(None, None)]
    assert names == [quote.speaker.actor.entity]  # three "he" quotes, one named: the name only
