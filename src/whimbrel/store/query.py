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
from dataclasses import dataclass, fields, replace
from typing import Literal

import sqlalchemy as sa

from whimbrel.periods import Granularity, next_period
from whimbrel.periods import period_start as period_start
from whimbrel.store import tables

# The store's periods are `whimbrel.periods`' granularities: one calendar arithmetic.
Period = Granularity


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
    dated: bool | None = None  # True: only events with a day; False: only undated ones
    country: str | None = None  # the source's or the target's country
    place_country: str | None = None  # the country of the event's place (ISO alpha-3)
    place: str | None = None  # the event's place name, exactly as stored

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
        if self.dated is not None:
            out.append(ev.c.day.is_not(None) if self.dated else ev.c.day.is_(None))
        if self.country:
            out.append(
                sa.or_(ev.c.source_country == self.country, ev.c.target_country == self.country)
            )
        if self.place_country:
            out.append(ev.c.location_country == self.place_country)
        if self.place:
            out.append(ev.c.location_name == self.place)
        return out

    def undated(self) -> EventFilter:
        """The same filter over the undated events (whose day no date range can hold)."""
        return replace(self, start=None, end=None, dated=False)


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


# Orders of `event_rows`: by day (the default), Goldstein score (most conflictual first) or
# confidence (most confident first); ties by day, then row key, so pages never overlap.
Sort = Literal["date", "goldstein", "confidence"]
SORTS: tuple[Sort, ...] = ("date", "goldstein", "confidence")


def _order(sort: Sort) -> list[sa.ColumnElement]:
    ev = tables.events
    by_day = [ev.c.day.is_(None), ev.c.day, ev.c.pk]
    if sort == "goldstein":
        return [ev.c.goldstein.asc(), *by_day]
    if sort == "confidence":
        return [ev.c.confidence.desc(), *by_day]
    if sort != "date":
        raise ValueError(f"unknown sort {sort!r}: expected one of {', '.join(SORTS)}")
    return by_day


def event_rows(
    conn: sa.Connection,
    where: EventFilter | None = None,
    limit: int | None = None,
    offset: int = 0,
    sort: Sort = "date",
) -> Iterator[EventRow]:
    """The events `where` selects, by day (undated last) then row key, or by `sort`; a page of
    them with `limit` and `offset`."""
    query = _event_select().where(*(where or EventFilter()).clauses()).order_by(*_order(sort))
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


def period_end(start: dt.date, by: Period) -> dt.date:
    """The last day of the period that begins on `start` (`whimbrel.periods`' calendar)."""
    return next_period(start, by) - dt.timedelta(days=1)


@dataclass(frozen=True)
class Facet:
    """How many of the selected events have one value of one field."""

    field: str  # root, quad_class, modality, country
    value: str
    events: int


FACET_FIELDS = ("root", "quad_class", "modality", "country")


def facet_counts(conn: sa.Connection, where: EventFilter | None = None) -> dict[str, list[Facet]]:
    """Counts of the selected events by CAMEO root, quad class, modality and country (source
    or target: an event counts once for each distinct country it names), most frequent
    first; one grouped query (a UNION ALL of the four groupings)."""
    ev = tables.events
    clauses = (where or EventFilter()).clauses()

    def grouped(name: str, column: sa.ColumnElement, *extra: sa.ColumnElement[bool]) -> sa.Select:
        value = sa.cast(column, sa.String)
        return (
            sa.select(sa.literal(name).label("field"), value.label("value"), sa.func.count())
            .where(*clauses, column.is_not(None), *extra)
            .group_by(value)
        )

    parts = [
        grouped("root", ev.c.root),
        grouped("quad_class", ev.c.quad_class),
        grouped("modality", ev.c.modality),
        grouped("country", ev.c.source_country),
        # a target country counts unless it is the source's own (one count per event)
        grouped(
            "country",
            ev.c.target_country,
            sa.or_(ev.c.source_country.is_(None), ev.c.source_country != ev.c.target_country),
        ),
    ]
    totals: dict[tuple[str, str], int] = {}
    for name, value, n in conn.execute(sa.union_all(*parts)):
        totals[(name, value)] = totals.get((name, value), 0) + n
    out: dict[str, list[Facet]] = {name: [] for name in FACET_FIELDS}
    for (name, value), n in totals.items():
        out[name].append(Facet(name, value, n))
    for facets in out.values():
        facets.sort(key=lambda f: (-f.events, f.value))
    return out


@dataclass(frozen=True)
class DyadPeriodRow:
    """One period of one country dyad: events, conflict events (quad 3-4), mean Goldstein."""

    source: str
    target: str
    period: dt.date
    events: int
    conflicts: int
    goldstein_mean: float


def dyad_period_rows(
    conn: sa.Connection, by: Period, where: EventFilter | None = None
) -> list[DyadPeriodRow]:
    """Every (source country, target country) dyad's periods with events, in dyad then period
    order. Days are grouped into periods in Python (`whimbrel.periods`), so a week or a
    quarter means the same on SQLite and PostgreSQL; undated events belong to no period."""
    ev = tables.events
    conflict = sa.case((ev.c.quad_class.in_((3, 4)), 1), else_=0)
    query = (
        sa.select(
            ev.c.source_country,
            ev.c.target_country,
            ev.c.day,
            sa.func.count(),
            sa.func.sum(conflict),
            sa.func.sum(ev.c.goldstein),
        )
        .where(
            *(where or EventFilter()).clauses(),
            ev.c.day.is_not(None),
            ev.c.source_country.is_not(None),
            ev.c.target_country.is_not(None),
        )
        .group_by(ev.c.source_country, ev.c.target_country, ev.c.day)
    )
    buckets: dict[tuple[str, str, dt.date], list[float]] = {}
    for source, target, day, n, conflicts, goldstein in conn.execute(query):
        key = (source, target, period_start(day, by))
        total = buckets.setdefault(key, [0, 0, 0.0])
        total[0] += n
        total[1] += int(conflicts or 0)
        total[2] += float(goldstein or 0.0)
    return [
        DyadPeriodRow(s, t, p, int(n), int(c), g / n)
        for (s, t, p), (n, c, g) in sorted(buckets.items())
    ]


def period_quad_counts(
    conn: sa.Connection, by: Period, where: EventFilter | None = None
) -> dict[dt.date, dict[int, int]]:
    """Events per period start and quad class (periods with events only; undated left out)."""
    ev = tables.events
    query = (
        sa.select(ev.c.day, ev.c.quad_class, sa.func.count())
        .where(*(where or EventFilter()).clauses(), ev.c.day.is_not(None))
        .group_by(ev.c.day, ev.c.quad_class)
    )
    out: dict[dt.date, dict[int, int]] = {}
    for day, quad, n in conn.execute(query):
        quads = out.setdefault(period_start(day, by), {})
        quads[quad] = quads.get(quad, 0) + n
    return out


def day_bounds(
    conn: sa.Connection, where: EventFilter | None = None
) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the selected dated events, or None when there are none."""
    ev = tables.events
    first, last = conn.execute(
        sa.select(sa.func.min(ev.c.day), sa.func.max(ev.c.day)).where(
            *(where or EventFilter()).clauses()
        )
    ).one()
    return None if first is None else (first, last)


@dataclass(frozen=True)
class PlaceCount:
    """A named place with coordinates and how many selected events happened there."""

    name: str
    country: str | None
    lat: float
    lon: float
    events: int


def country_counts(
    conn: sa.Connection, by: Literal["place", "target"], where: EventFilter | None = None
) -> dict[str, int]:
    """Selected events per country of their place, or of their target."""
    ev = tables.events
    column = ev.c.location_country if by == "place" else ev.c.target_country
    query = (
        sa.select(column, sa.func.count())
        .where(*(where or EventFilter()).clauses(), column.is_not(None))
        .group_by(column)
    )
    return {code: n for code, n in conn.execute(query)}


def place_counts(conn: sa.Connection, where: EventFilter | None = None) -> list[PlaceCount]:
    """Selected events per place that has coordinates, busiest first."""
    ev = tables.events
    count = sa.func.count().label("n")
    query = (
        sa.select(
            ev.c.location_name,
            sa.func.max(ev.c.location_country),
            sa.func.avg(ev.c.location_lat),
            sa.func.avg(ev.c.location_lon),
            count,
        )
        .where(
            *(where or EventFilter()).clauses(),
            ev.c.location_name.is_not(None),
            ev.c.location_lat.is_not(None),
            ev.c.location_lon.is_not(None),
        )
        .group_by(ev.c.location_name)
        .order_by(count.desc(), ev.c.location_name)
    )
    return [PlaceCount(n, c, float(la), float(lo), k) for n, c, la, lo, k in conn.execute(query)]
