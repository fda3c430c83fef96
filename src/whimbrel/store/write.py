"""Writing coded articles: one article, one transaction, never the same article twice.

`article_key` says what "the same article" means (its URL, else a hash of its text);
`write_article` stores the article with its sentences, mentions, timexes, quotes and events,
and links each event to its deduplicated cluster, all inside the caller's transaction, so an
interrupted run leaves either the whole article or nothing of it.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from whimbrel.contract import SCHEMA_VERSION
from whimbrel.errors import ArticleError
from whimbrel.records import Article, CodedArticle, Event, Mention, publisher_of
from whimbrel.store import dedup, tables


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_key(article: Article) -> str:
    """The identity used for idempotent ingest: the URL when known, else the text's hash.

    The hash is of the text as it arrived (`original_text` when the coder kept it), so the key
    can be computed before coding, to skip articles already stored.
    """
    if article.url:
        return "url:" + article.url.strip()
    raw = article.original_text if article.original_text is not None else article.text
    return "sha256:" + content_hash(raw)


def event_day(event_date: str | None, published: date | None) -> date | None:
    """The day an event is counted on: its own date when it is a full day, else publication."""
    if event_date and len(event_date) == 10:
        try:
            return date.fromisoformat(event_date)
        except ValueError:
            return published
    return published


def actor_values(prefix: str, mention: Mention | None) -> dict[str, Any]:
    if mention is None:
        # Every key present (as None) so rows with and without this actor batch together.
        return {f"{prefix}_present": False} | {f"{prefix}_{f}": None for f in tables.ACTOR_FIELDS}
    antecedent = mention.antecedent
    return {
        f"{prefix}_present": True,
        f"{prefix}_text": mention.text,
        f"{prefix}_start": mention.span[0],
        f"{prefix}_end": mention.span[1],
        f"{prefix}_code": mention.actor.code,
        f"{prefix}_country": mention.actor.country,
        f"{prefix}_role": mention.actor.role,
        f"{prefix}_entity": mention.actor.entity,
        f"{prefix}_sentence": mention.sentence,
        f"{prefix}_kind": mention.kind,
        f"{prefix}_antecedent_start": antecedent[0] if antecedent else None,
        f"{prefix}_antecedent_end": antecedent[1] if antecedent else None,
    }


def event_values(event: Event, article_pk: int, ordinal: int, published: date | None) -> dict:
    location = event.location
    return {
        "article_pk": article_pk,
        "ordinal": ordinal,
        "id": event.id,
        "sentence_index": event.sentence.index,
        "sentence_start": event.sentence.span[0],
        "sentence_end": event.sentence.span[1],
        "sentence_text": event.sentence.text,
        "trigger_text": event.trigger_text,
        "trigger_start": event.trigger_span[0],
        "trigger_end": event.trigger_span[1],
        **actor_values("source", event.source),
        **actor_values("target", event.target),
        "cameo": event.cameo,
        "root": event.root,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "plover": event.plover,
        "date": event.date,
        "day": event_day(event.date, published),
        "date_basis": event.date_basis,
        "location_present": location is not None,
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "location_lat": location.lat if location else None,
        "location_lon": location.lon if location else None,
        "modality": event.modality,
        "quote": event.quote,
        "confidence": event.confidence,
        "rule": event.rule,
    }


def _check_storable(coded: CodedArticle) -> None:
    # PostgreSQL text cannot hold NUL; refuse it on every backend so both behave alike.
    article = coded.article
    for value in (article.text, article.original_text, article.title, article.url):
        if value is not None and "\x00" in value:
            raise ArticleError(article.id, "contains a NUL character; cannot be stored")


def stored_pk(conn: sa.Connection, key: str) -> int | None:
    return conn.scalar(sa.select(tables.articles.c.pk).where(tables.articles.c.key == key))


def write_article(
    conn: sa.Connection,
    coded: CodedArticle,
    *,
    publisher: str | None = None,
    run_id: int | None = None,
    key: str | None = None,
    cluster_window_days: int = dedup.DEFAULT_WINDOW_DAYS,
) -> int | None:
    """Store `coded` inside the caller's transaction; return its row key, or None if present.

    The caller owns the transaction (`with engine.begin() as conn:`), so the article and
    everything in it commit together or not at all.
    """
    _check_storable(coded)
    article = coded.article
    key = key or article_key(article)
    if stored_pk(conn, key) is not None:
        return None
    raw = article.original_text if article.original_text is not None else article.text
    article_pk = conn.execute(
        sa.insert(tables.articles)
        .values(
            key=key,
            id=article.id,
            url=article.url,
            content_hash=content_hash(raw),
            published=article.published,
            title=article.title,
            language=article.language,
            publisher=publisher or publisher_of(article.url),
            text=article.text,
            original_text=article.original_text,
            warnings=list(coded.warnings),
            schema_version=SCHEMA_VERSION,
            run_id=run_id,
            stored_at=datetime.now(UTC),
        )
        .returning(tables.articles.c.pk)
    ).scalar_one()
    _insert_children(conn, coded, article_pk)
    if coded.events:
        rows = [
            event_values(e, article_pk, i, article.published) for i, e in enumerate(coded.events)
        ]
        # One round trip for all the article's events, keys returned in input order.
        pks = conn.scalars(
            sa.insert(tables.events).returning(tables.events.c.pk, sort_by_parameter_order=True),
            rows,
        ).all()
        stored = [
            (pk, event, row["day"]) for pk, event, row in zip(pks, coded.events, rows, strict=True)
        ]
        dedup.assign_clusters(conn, stored, cluster_window_days)
    return article_pk


def _insert_children(conn: sa.Connection, coded: CodedArticle, article_pk: int) -> None:
    if coded.sentences:
        conn.execute(
            sa.insert(tables.sentences),
            [
                {
                    "article_pk": article_pk,
                    "ordinal": i,
                    "index": s.index,
                    "start": s.span[0],
                    "end": s.span[1],
                    "text": s.text,
                }
                for i, s in enumerate(coded.sentences)
            ],
        )
    if coded.mentions:
        conn.execute(
            sa.insert(tables.mentions),
            [
                {"article_pk": article_pk, "ordinal": i, **actor_values("actor", m)}
                for i, m in enumerate(coded.mentions)
            ],
        )
    if coded.timexes:
        conn.execute(
            sa.insert(tables.timexes),
            [
                {
                    "article_pk": article_pk,
                    "ordinal": i,
                    "text": t.text,
                    "start": t.span[0],
                    "end": t.span[1],
                    "value": t.value,
                    "precision": t.precision,
                    "kind": t.kind,
                    "sentence": t.sentence,
                    "method": t.method,
                }
                for i, t in enumerate(coded.timexes)
            ],
        )
    if coded.quotes:
        conn.execute(
            sa.insert(tables.quotes),
            [
                {
                    "article_pk": article_pk,
                    "ordinal": i,
                    "id": q.id,
                    "text": q.text,
                    "start": q.span[0],
                    "end": q.span[1],
                    "kind": q.kind,
                    "cue": q.cue,
                    "sentence": q.sentence,
                    **actor_values("speaker", q.speaker),
                }
                for i, q in enumerate(coded.quotes)
            ],
        )
