"""Queries for the HTTP API and the dashboard that the core store does not need.

Pages of event rows (`query.event_rows`), one event with its article, overview aggregates
(the most active dyads, the most cited speakers; period counts, facets and map counts come
from `store.query`) and actor search over stored mentions. Everything is SQLAlchemy Core
over `tables`, parameterised, and runs the same on SQLite and PostgreSQL.
Functions take an open connection, so the caller decides the transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from whimbrel.records import CodedArticle, Event
from whimbrel.store import query, read, tables, write
from whimbrel.store.query import (
    EventFilter,
    EventRow,
    Facet,
    Period,
    PlaceCount,
    Sort,
    count_events,
    event_row,
    event_rows,
)


def event_page(
    conn: sa.Connection, where: EventFilter, limit: int, offset: int = 0, sort: Sort = "date"
) -> tuple[list[EventRow], int]:
    """One page of event rows in `sort` order, and how many rows match in all."""
    return list(event_rows(conn, where, limit, offset, sort)), count_events(conn, where)


def event_record(conn: sa.Connection, event_pk: int) -> Event | None:
    """The stored event as a record (for the contract's event shape), or None."""
    ev = tables.events
    row = conn.execute(sa.select(ev).where(ev.c.pk == event_pk)).first()
    return None if row is None else read.event_from_row(row)


def find_article(conn: sa.Connection, article_pk: int) -> CodedArticle | None:
    exists = conn.scalar(sa.select(tables.articles.c.pk).where(tables.articles.c.pk == article_pk))
    return None if exists is None else read.read_article(conn, article_pk)


def article_info(conn: sa.Connection, article_pk: int) -> dict[str, Any] | None:
    """The article's stored metadata (no text): key, publisher, when stored."""
    art = tables.articles
    row = conn.execute(
        sa.select(art.c.pk, art.c.key, art.c.publisher, art.c.stored_at).where(
            art.c.pk == article_pk
        )
    ).first()
    return None if row is None else dict(row._mapping)


def article_pk_by_key(conn: sa.Connection, key: str) -> int | None:
    return write.stored_pk(conn, key)


def _period(start: date | None, end: date | None) -> list[sa.ColumnElement[bool]]:
    return EventFilter(start=start, end=end).clauses()


@dataclass(frozen=True)
class DyadSummary:
    source: str
    target: str
    events: int
    goldstein_mean: float


def top_dyads(
    conn: sa.Connection, start: date | None, end: date | None, limit: int = 10
) -> list[DyadSummary]:
    """The most active (source country, target country) pairs in the period."""
    ev = tables.events
    count = sa.func.count().label("n")
    select = (
        sa.select(ev.c.source_country, ev.c.target_country, count, sa.func.avg(ev.c.goldstein))
        .where(
            *_period(start, end),
            ev.c.source_country.is_not(None),
            ev.c.target_country.is_not(None),
        )
        .group_by(ev.c.source_country, ev.c.target_country)
        .order_by(count.desc(), ev.c.source_country, ev.c.target_country)
        .limit(limit)
    )
    return [
        DyadSummary(source, target, n, float(mean or 0.0))
        for source, target, n, mean in conn.execute(select)
    ]


@dataclass(frozen=True)
class SpeakerSummary:
    name: str
    code: str | None
    country: str | None
    quotes: int
    articles: int


def top_speakers(
    conn: sa.Connection, start: date | None, end: date | None, limit: int = 10
) -> list[SpeakerSummary]:
    """The most quoted named speakers in articles published in the period.

    A speaker counts under the entity the actor layer resolved it to; a speaker left as its
    text ("he", "the report": a pronoun or description nobody was found for) is no name to
    show, so it is left out.
    """
    qt, art = tables.quotes, tables.articles
    name = qt.c.speaker_entity
    count = sa.func.count().label("n")
    clauses: list[sa.ColumnElement[bool]] = [
        qt.c.speaker_present.is_(True),
        qt.c.speaker_entity.is_not(None),
    ]
    if start is not None:
        clauses.append(art.c.published >= start)
    if end is not None:
        clauses.append(art.c.published <= end)
    select = (
        sa.select(
            name.label("name"),
            sa.func.max(qt.c.speaker_code),
            sa.func.max(qt.c.speaker_country),
            count,
            sa.func.count(sa.distinct(qt.c.article_pk)),
        )
        .join(art, art.c.pk == qt.c.article_pk)
        .where(*clauses)
        .group_by(name)
        .order_by(count.desc(), name)
        .limit(limit)
    )
    return [SpeakerSummary(*row) for row in conn.execute(select)]


@dataclass(frozen=True)
class ActorMatch:
    text: str
    code: str | None
    country: str | None
    entity: str | None
    mentions: int


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.lower()}%"


def search_actors(conn: sa.Connection, text: str, limit: int = 20) -> list[ActorMatch]:
    """Stored actor mentions whose text, code, country or entity contains `text` (any case)."""
    mt = tables.mentions
    pattern = _like_pattern(text)
    fields = (mt.c.actor_text, mt.c.actor_code, mt.c.actor_country, mt.c.actor_entity)
    count = sa.func.count().label("n")
    select = (
        sa.select(*fields, count)
        .where(sa.or_(*(sa.func.lower(f).like(pattern, escape="\\") for f in fields)))
        .group_by(*fields)
        .order_by(count.desc(), mt.c.actor_text)
        .limit(limit)
    )
    return [ActorMatch(t, c, k, e, n) for t, c, k, e, n in conn.execute(select)]


@dataclass(frozen=True)
class Dashboard:
    """The queries above over an engine, each in its own read connection (for `web/`)."""

    engine: sa.Engine

    def event_page(
        self, where: EventFilter, limit: int, offset: int = 0, sort: Sort = "date"
    ) -> tuple[list[EventRow], int]:
        with self.engine.connect() as conn:
            return event_page(conn, where, limit, offset, sort)

    def count(self, where: EventFilter) -> int:
        with self.engine.connect() as conn:
            return count_events(conn, where)

    def facets(self, where: EventFilter) -> dict[str, list[Facet]]:
        with self.engine.connect() as conn:
            return query.facet_counts(conn, where)

    def bounds(self, where: EventFilter | None = None) -> tuple[date, date] | None:
        with self.engine.connect() as conn:
            return query.day_bounds(conn, where)

    def period_quad_counts(
        self, by: Period, where: EventFilter | None = None
    ) -> dict[date, dict[int, int]]:
        with self.engine.connect() as conn:
            return query.period_quad_counts(conn, by, where)

    def country_counts(self, by: str, where: EventFilter | None = None) -> dict[str, int]:
        with self.engine.connect() as conn:
            return query.country_counts(conn, "place" if by == "place" else "target", where)

    def place_counts(self, where: EventFilter | None = None) -> list[PlaceCount]:
        with self.engine.connect() as conn:
            return query.place_counts(conn, where)

    def event(self, event_pk: int) -> tuple[Event, EventRow] | None:
        """The event record and its flat row (with article fields), or None."""
        with self.engine.connect() as conn:
            record = event_record(conn, event_pk)
            row = event_row(conn, event_pk)
        return None if record is None or row is None else (record, row)

    def article(self, article_pk: int) -> tuple[CodedArticle, dict[str, Any]] | None:
        """The coded article and its stored metadata, or None."""
        with self.engine.connect() as conn:
            coded = find_article(conn, article_pk)
            info = article_info(conn, article_pk)
        return None if coded is None or info is None else (coded, info)

    def article_pk_by_key(self, key: str) -> int | None:
        with self.engine.connect() as conn:
            return article_pk_by_key(conn, key)

    def top_dyads(self, start: date | None, end: date | None, limit: int = 10) -> list[DyadSummary]:
        with self.engine.connect() as conn:
            return top_dyads(conn, start, end, limit)

    def top_speakers(
        self, start: date | None, end: date | None, limit: int = 10
    ) -> list[SpeakerSummary]:
        with self.engine.connect() as conn:
            return top_speakers(conn, start, end, limit)

    def search_actors(self, text: str, limit: int = 20) -> list[ActorMatch]:
        with self.engine.connect() as conn:
            return search_actors(conn, text, limit)
