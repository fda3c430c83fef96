"""Reading the store: whole coded articles back, filtered event rows, dyad counts per period.

`read_article` is the inverse of `write.write_article`: what was stored comes back equal.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

import sqlalchemy as sa

from whimbrel.records import (
    Actor,
    Article,
    CodedArticle,
    Event,
    Location,
    Mention,
    Quote,
    Sentence,
    Timex,
)
from whimbrel.store import tables

Period = Literal["day", "week", "month"]


def actor_from_row(row: Any, prefix: str) -> Mention | None:
    get = row._mapping
    if not get[f"{prefix}_present"]:
        return None
    start, end = get[f"{prefix}_antecedent_start"], get[f"{prefix}_antecedent_end"]
    return Mention(
        text=get[f"{prefix}_text"],
        span=(get[f"{prefix}_start"], get[f"{prefix}_end"]),
        actor=Actor(
            code=get[f"{prefix}_code"],
            country=get[f"{prefix}_country"],
            role=get[f"{prefix}_role"],
            entity=get[f"{prefix}_entity"],
        ),
        sentence=get[f"{prefix}_sentence"],
        kind=get[f"{prefix}_kind"],
        antecedent=None if start is None else (start, end),
    )


def event_from_row(row: Any) -> Event:
    return Event(
        id=row.id,
        sentence=Sentence(
            row.sentence_index, (row.sentence_start, row.sentence_end), row.sentence_text
        ),
        trigger_text=row.trigger_text,
        trigger_span=(row.trigger_start, row.trigger_end),
        source=actor_from_row(row, "source"),
        target=actor_from_row(row, "target"),
        cameo=row.cameo,
        root=row.root,
        quad_class=row.quad_class,
        goldstein=row.goldstein,
        modality=row.modality,
        confidence=row.confidence,
        date=row.date,
        date_basis=row.date_basis,
        plover=row.plover,
        location=Location(
            row.location_name, row.location_country, row.location_lat, row.location_lon
        )
        if row.location_present
        else None,
        quote=row.quote,
        rule=row.rule,
    )


def event_by_pk(conn: sa.Connection, pk: int) -> Event:
    return event_from_row(
        conn.execute(sa.select(tables.events).where(tables.events.c.pk == pk)).one()
    )


def _children(conn: sa.Connection, table: sa.Table, article_pk: int) -> list[Any]:
    query = sa.select(table).where(table.c.article_pk == article_pk).order_by(table.c.ordinal)
    return list(conn.execute(query))


def read_article(conn: sa.Connection, article_pk: int) -> CodedArticle:
    """The coded article stored under `article_pk`, exactly as it was written."""
    a = conn.execute(sa.select(tables.articles).where(tables.articles.c.pk == article_pk)).one()
    article = Article(
        id=a.id,
        text=a.text,
        published=a.published,
        title=a.title,
        url=a.url,
        language=a.language,
        original_text=a.original_text,
    )
    mentions = tuple(
        m
        for m in (actor_from_row(r, "actor") for r in _children(conn, tables.mentions, article_pk))
        if m is not None
    )
    return CodedArticle(
        article=article,
        sentences=tuple(
            Sentence(r.index, (r.start, r.end), r.text)
            for r in _children(conn, tables.sentences, article_pk)
        ),
        mentions=mentions,
        timexes=tuple(
            Timex(
                text=r.text,
                span=(r.start, r.end),
                value=r.value,
                precision=r.precision,
                kind=r.kind,
                sentence=r.sentence,
                method=r.method,
            )
            for r in _children(conn, tables.timexes, article_pk)
        ),
        quotes=tuple(
            Quote(
                id=r.id,
                text=r.text,
                span=(r.start, r.end),
                kind=r.kind,
                speaker=actor_from_row(r, "speaker"),
                cue=r.cue,
                sentence=r.sentence,
            )
            for r in _children(conn, tables.quotes, article_pk)
        ),
        events=tuple(event_from_row(r) for r in _children(conn, tables.events, article_pk)),
        warnings=tuple(a.warnings),
    )


def article_pks(conn: sa.Connection) -> list[int]:
    return list(conn.scalars(sa.select(tables.articles.c.pk).order_by(tables.articles.c.pk)))


@dataclass(frozen=True)
class EventFilter:
    """Which events a query or export selects; None means no constraint."""

    start: date | None = None
    end: date | None = None
    source: str | None = None  # country (RUS) or actor code (RUSGOV)
    target: str | None = None
    root: str | None = None
    min_confidence: float | None = None

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
        return out


# The flat event row that `whimbrel events` prints and `export` writes (csv, jsonl, parquet).
EVENT_COLUMNS = (
    "event_pk",
    "article_id",
    "article_url",
    "publisher",
    "published",
    "event_id",
    "day",
    "date",
    "date_basis",
    "source_text",
    "source_code",
    "source_country",
    "source_role",
    "source_entity",
    "target_text",
    "target_code",
    "target_country",
    "target_role",
    "target_entity",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "plover",
    "modality",
    "confidence",
    "location_name",
    "location_country",
    "location_lat",
    "location_lon",
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "sentence_index",
    "sentence_text",
    "quote",
    "rule",
    "cluster_id",
    "cluster_mentions",
    "cluster_articles",
    "cluster_sources",
)


_EVENT_OWN = set(tables.events.c.keys())


def event_rows(
    conn: sa.Connection, where: EventFilter | None = None, limit: int | None = None
) -> Iterator[dict[str, Any]]:
    """Flat event rows (EVENT_COLUMNS) in day order, joined with article and cluster."""
    ev, art, cl = tables.events, tables.articles, tables.clusters
    query = (
        sa.select(
            ev.c.pk.label("event_pk"),
            art.c.id.label("article_id"),
            art.c.url.label("article_url"),
            art.c.publisher,
            art.c.published,
            ev.c.id.label("event_id"),
            *(ev.c[name] for name in EVENT_COLUMNS[6:] if name in _EVENT_OWN),
            cl.c.num_mentions.label("cluster_mentions"),
            cl.c.num_articles.label("cluster_articles"),
            cl.c.num_sources.label("cluster_sources"),
        )
        .join(art, art.c.pk == ev.c.article_pk)
        .outerjoin(cl, cl.c.id == ev.c.cluster_id)
        .where(*(where or EventFilter()).clauses())
        .order_by(ev.c.day.is_(None), ev.c.day, ev.c.pk)
    )
    if limit is not None:
        query = query.limit(limit)
    for row in conn.execute(query):
        yield dict(row._mapping)


def period_start(day: date, by: Period) -> date:
    if by == "day":
        return day
    if by == "week":
        return date.fromordinal(day.toordinal() - day.weekday())  # ISO week, from Monday
    return day.replace(day=1)


@dataclass(frozen=True)
class DyadPeriod:
    period: date
    events: int
    goldstein_sum: float
    goldstein_mean: float
    quad_counts: tuple[int, int, int, int]


def dyad_counts(
    conn: sa.Connection,
    source: str,
    target: str,
    by: Period = "day",
    where: EventFilter | None = None,
) -> list[DyadPeriod]:
    """Events from `source` to `target` per period: count, Goldstein sum and mean, quad classes.

    Periods are grouped in Python after a filtered, indexed query, so day/week/month mean the
    same on SQLite and PostgreSQL.
    """
    base = where or EventFilter()
    flt = EventFilter(base.start, base.end, source, target, base.root, base.min_confidence)
    ev = tables.events
    query = (
        sa.select(ev.c.day, ev.c.goldstein, ev.c.quad_class)
        .where(*flt.clauses(), ev.c.day.is_not(None))
        .order_by(ev.c.day)
    )
    buckets: dict[date, list[tuple[float, int]]] = {}
    for day, goldstein, quad in conn.execute(query):
        buckets.setdefault(period_start(day, by), []).append((goldstein, quad))
    out = []
    for period, items in sorted(buckets.items()):
        total = sum(g for g, _ in items)
        quads = tuple(sum(1 for _, q in items if q == k) for k in (1, 2, 3, 4))
        out.append(DyadPeriod(period, len(items), total, total / len(items), quads))  # type: ignore[arg-type]
    return out
