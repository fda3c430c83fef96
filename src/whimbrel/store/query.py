"""Selecting stored events: one filter, one SELECT, frozen rows, and the periods they fall in.

    rows = event_rows(conn, EventFilter(source="RUS", root="19"))    # EventRow, in day order
    total = count_events(conn, EventFilter(article_pk=12))
    period_start(date(2024, 3, 6), "week"), period_end(date(2024, 3, 4), "week")

`EventFilter` is what the CLI, `export`, the HTTP API and the dashboard narrow events by.
`EventRow` is one stored event joined with its article and its cluster: the row that
`whimbrel events` prints, `export` writes and `GET /events` lists. Every caller reads events
through `event_rows`, so they all see the same rows in the same order (by day, undated last,
then by row key).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Literal

import sqlalchemy as sa

from whimbrel.store import tables

Period = Literal["day", "week", "month"]


@dataclass(frozen=True)
class EventFilter:
    """Which events a query, an export or a page selects; None means no constraint."""

    start: dt.date | None = None  # first day the event is counted on
    end: dt.date | None = None  # last day
    source: str | None = None  # country (RUS) or actor code (RUSGOV)
    target: str | None = None
    root: str | None = None  # CAMEO root, "7" or "07"
    min_confidence: float | None = None
    modality: str | None = None  # asserted, planned, alleged, negated, hypothetical
    quad_class: int | None = None
    article_pk: int | None = None  # one stored article's events

    def clauses(self) -> list[sa.ColumnElement[bool]]:
        ev = tables.events
        out: list[sa.ColumnElement[bool]] = []
        if self.start is not None:
            out.append(ev.c.day >= self.start)
        if self.end is not None:
            out.append(ev.c.day <= self.end)
        if self.source:
            out.append(sa.or_(ev.c.source_country == self.source, ev.c.source_code == self.source))
        if self.target:
            out.append(sa.or_(ev.c.target_country == self.target, ev.c.target_code == self.target))
        if self.root:
            out.append(ev.c.root == self.root.zfill(2))
        if self.min_confidence is not None:
            out.append(ev.c.confidence >= self.min_confidence)
        if self.modality:
            out.append(ev.c.modality == self.modality)
        if self.quad_class is not None:
            out.append(ev.c.quad_class == self.quad_class)
        if self.article_pk is not None:
            out.append(ev.c.article_pk == self.article_pk)
        return out


@dataclass(frozen=True)
class EventRow:
    """One stored event with its article's and its cluster's fields, flat.

    Offsets (`*_start`, `*_end`) are in the article's text. The cluster counts are None for an
    event not (yet) clustered.
    """

    event_pk: int
    article_pk: int
    article_id: str
    article_title: str | None
    article_url: str | None
    publisher: str | None
    published: dt.date | None
    event_id: str
    day: dt.date | None  # the day the event is counted on: its date, else publication
    date: str | None  # the event's own date, as precise as the text says (2024, 2024-03, ...)
    date_basis: str | None
    source_text: str | None
    source_code: str | None
    source_country: str | None
    source_role: str | None
    source_entity: str | None
    target_text: str | None
    target_code: str | None
    target_country: str | None
    target_role: str | None
    target_entity: str | None
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    modality: str
    confidence: float
    location_name: str | None
    location_country: str | None
    location_lat: float | None
    location_lon: float | None
    trigger_text: str
    trigger_start: int
    trigger_end: int
    sentence_index: int
    sentence_text: str
    quote: str | None
    rule: str | None
    cluster_id: int | None
    cluster_mentions: int | None
    cluster_articles: int | None
    cluster_sources: int | None
    sentence_start: int
    sentence_end: int
    source_start: int | None
    source_end: int | None
    target_start: int | None
    target_end: int | None
    stored_at: dt.datetime  # when the article was stored


def _event_select() -> sa.Select:
    """SELECT of every EventRow field: the events column of that name unless named here."""
    ev, art, cl = tables.events, tables.articles, tables.clusters
    joined: dict[str, sa.ColumnElement] = {
        "event_pk": ev.c.pk,
        "article_id": art.c.id,
        "article_title": art.c.title,
        "article_url": art.c.url,
        "publisher": art.c.publisher,
        "published": art.c.published,
        "event_id": ev.c.id,
        "cluster_mentions": cl.c.num_mentions,
        "cluster_articles": cl.c.num_articles,
        "cluster_sources": cl.c.num_sources,
        "stored_at": art.c.stored_at,
    }
    names = [f.name for f in fields(EventRow)]
    columns = [(joined[n] if n in joined else ev.c[n]).label(n) for n in names]
    return (
        sa.select(*columns)
        .join(art, art.c.pk == ev.c.article_pk)
        .outerjoin(cl, cl.c.id == ev.c.cluster_id)
    )


def event_rows(
    conn: sa.Connection,
    where: EventFilter | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[EventRow]:
    """The events `where` selects, by day (undated last) then row key; a page of them with
    `limit` and `offset`."""
    ev = tables.events
    query = (
        _event_select()
        .where(*(where or EventFilter()).clauses())
        .order_by(ev.c.day.is_(None), ev.c.day, ev.c.pk)
    )
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    for row in conn.execute(query):
        yield EventRow(**row._mapping)


def count_events(conn: sa.Connection, where: EventFilter | None = None) -> int:
    """How many events `where` selects."""
    ev = tables.events
    clauses = (where or EventFilter()).clauses()
    return conn.scalar(sa.select(sa.func.count()).select_from(ev).where(*clauses)) or 0


def event_row(conn: sa.Connection, event_pk: int) -> EventRow | None:
    """The one event stored under `event_pk`, or None."""
    row = conn.execute(_event_select().where(tables.events.c.pk == event_pk)).first()
    return None if row is None else EventRow(**row._mapping)


def period_start(day: dt.date, by: Period) -> dt.date:
    """The first day of the day, ISO week (from Monday) or month that holds `day`."""
    if by == "day":
        return day
    if by == "week":
        return dt.date.fromordinal(day.toordinal() - day.weekday())
    return day.replace(day=1)


def period_end(start: dt.date, by: Period) -> dt.date:
    """The last day of the period that begins on `start`."""
    if by == "day":
        return start
    if by == "week":
        return dt.date.fromordinal(start.toordinal() + 6)
    following = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return dt.date.fromordinal(following.toordinal() - 1)
