"""Reading the store: whole coded articles back, and dyad counts per period.

`read_article` is the inverse of `write.write_article`: what was stored comes back equal.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

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
from whimbrel.store.query import EventFilter, Period, period_start


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
    flt = replace(where or EventFilter(), source=source, target=target)
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
