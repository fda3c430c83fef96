"""Deduplication: event mentions that report the same real-world event become one cluster.

Two mentions are the same event when they have the same dyad (source and target country,
else actor code), a compatible code (the same CAMEO root), days within a window, no conflict
of place (two different named locations), and similar evidence. Evidence similarity is the
Jaccard overlap of the evidence sentences' content words, leaving out stop words and the words
naming the two actors (every report of a dyad names them, so they say nothing about *which*
event it is).

A mention joins the most similar compatible cluster, else starts a new one. The same function,
`best_cluster`, decides for the store (`assign_clusters`, inside the article's transaction),
for a full rebuild (`recluster`) and for the gold evaluation (`cluster_mentions`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

import sqlalchemy as sa

from whimbrel.records import Event, Mention

DEFAULT_WINDOW_DAYS = 3
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


@dataclass(frozen=True)
class DedupParams:
    window_days: int = DEFAULT_WINDOW_DAYS
    # Evidence overlap (Jaccard of content words) needed to merge mentions on different days;
    # on the same day, dyad + root + place agreement is enough. Chosen on the dedup gold
    # (tests/gold/dedup_events.jsonl; README has the grid): evidence overlap is a weak signal
    # between differently worded reports, a named place a strong one.
    min_similarity: float = 0.03
    min_similarity_same_day: float = 0.0


@dataclass(frozen=True)
class MentionKey:
    """What dedup needs to know about one event mention."""

    root: str
    source_key: str | None
    target_key: str | None
    day: date | None
    words: frozenset[str] = field(default=frozenset())
    # Where it happened (the event's location name), lower-cased; None when not found.
    place: str | None = None


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def words_of(text: str) -> set[str]:
    return {w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in _stop_words()}


def actor_key(mention: Mention | None) -> str | None:
    if mention is None:
        return None
    return mention.actor.country or mention.actor.code


def evidence_words(sentence: str, *actor_texts: str | None) -> frozenset[str]:
    names: set[str] = set()
    for text in actor_texts:
        if text:
            names |= words_of(text)
    return frozenset(words_of(sentence) - names)


def mention_key(event: Event, day: date | None) -> MentionKey:
    return MentionKey(
        root=event.root,
        source_key=actor_key(event.source),
        target_key=actor_key(event.target),
        day=day,
        words=evidence_words(
            event.sentence.text,
            event.source.text if event.source else None,
            event.target.text if event.target else None,
        ),
        place=place_key(event.location.name if event.location else None),
    )


def place_key(name: str | None) -> str | None:
    return name.strip().lower() or None if name else None


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def clusterable(key: MentionKey) -> bool:
    """A mention with no day or no actor at all cannot be matched safely: it stays alone."""
    return key.day is not None and (key.source_key is not None or key.target_key is not None)


def compatible(a: MentionKey, b: MentionKey, params: DedupParams) -> bool:
    if a.root != b.root or a.source_key != b.source_key or a.target_key != b.target_key:
        return False
    if a.day is None or b.day is None:
        return False
    return abs((a.day - b.day).days) <= params.window_days


def best_cluster(
    key: MentionKey, candidates: Iterable[tuple[int, Sequence[MentionKey]]], params: DedupParams
) -> int | None:
    """The id of the candidate cluster `key` belongs to, or None for a new cluster.

    A cluster matches when no member names another place than `key`, and some member is
    compatible with `key` with similar enough evidence; the best match is the most similar.
    """
    if not clusterable(key):
        return None
    best: tuple[float, int] | None = None
    for cluster_id, members in candidates:
        if key.place is not None and any(
            m.place is not None and m.place != key.place for m in members
        ):
            continue  # the cluster happened somewhere else (an unnamed place is no conflict)
        for member in members:
            if not compatible(key, member, params):
                continue
            score = similarity(key.words, member.words)
            needed = (
                params.min_similarity_same_day if key.day == member.day else params.min_similarity
            )
            if score >= needed and (best is None or score > best[0]):
                best = (score, cluster_id)
    return None if best is None else best[1]


def cluster_mentions(keys: Sequence[MentionKey], params: DedupParams | None = None) -> list[int]:
    """Cluster mentions in memory, in the given order; returns a cluster number per mention."""
    params = params or DedupParams()
    members: dict[int, list[MentionKey]] = {}
    labels: list[int] = []
    for key in keys:
        found = best_cluster(key, members.items(), params)
        if found is None:
            found = len(members)
            members[found] = []
        members[found].append(key)
        labels.append(found)
    return labels


# --- evaluation -------------------------------------------------------------------------


@dataclass(frozen=True)
class PairScores:
    precision: float
    recall: float
    f1: float
    predicted_pairs: int
    gold_pairs: int
    true_pairs: int


def _pairs(labels: Sequence[object]) -> set[tuple[int, int]]:
    return {
        (i, j)
        for i in range(len(labels))
        for j in range(i + 1, len(labels))
        if labels[i] == labels[j]
    }


def pairwise_scores(predicted: Sequence[object], gold: Sequence[object]) -> PairScores:
    """Pairwise precision/recall: over all pairs of mentions, "same event" decisions."""
    if len(predicted) != len(gold):
        raise ValueError("predicted and gold label lists differ in length")
    pred, true = _pairs(predicted), _pairs(gold)
    hit = len(pred & true)
    precision = hit / len(pred) if pred else 1.0
    recall = hit / len(true) if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScores(precision, recall, f1, len(pred), len(true), hit)


# --- in the store ----------------------------------------------------------------------


def _members_by_cluster(
    conn: sa.Connection, key: MentionKey, params: DedupParams
) -> list[tuple[int, list[MentionKey]]]:
    from whimbrel.store import tables

    assert key.day is not None
    ev = tables.events
    window = timedelta(days=params.window_days)
    query = sa.select(
        ev.c.cluster_id,
        ev.c.root,
        ev.c.day,
        ev.c.sentence_text,
        ev.c.source_text,
        ev.c.target_text,
        ev.c.source_country,
        ev.c.source_code,
        ev.c.target_country,
        ev.c.target_code,
        ev.c.location_name,
    ).where(
        ev.c.cluster_id.is_not(None),
        ev.c.root == key.root,
        ev.c.day.between(key.day - window, key.day + window),
        sa.func.coalesce(ev.c.source_country, ev.c.source_code).is_not_distinct_from(
            key.source_key
        ),
        sa.func.coalesce(ev.c.target_country, ev.c.target_code).is_not_distinct_from(
            key.target_key
        ),
    )
    grouped: dict[int, list[MentionKey]] = {}
    for row in conn.execute(query):
        grouped.setdefault(row.cluster_id, []).append(
            MentionKey(
                root=row.root,
                source_key=row.source_country or row.source_code,
                target_key=row.target_country or row.target_code,
                day=row.day,
                words=evidence_words(row.sentence_text, row.source_text, row.target_text),
                place=place_key(row.location_name),
            )
        )
    return list(grouped.items())


def assign_clusters(
    conn: sa.Connection,
    stored: Sequence[tuple[int, Event, date | None]],
    window_days: int = DEFAULT_WINDOW_DAYS,
    params: DedupParams | None = None,
) -> None:
    """Link newly stored event rows (pk, event, day) to clusters and refresh cluster counts."""
    from whimbrel.store import tables

    params = params or DedupParams(window_days=window_days)
    ev = tables.events
    touched: set[int] = set()
    for pk, event, day in stored:
        key = mention_key(event, day)
        cluster_id = None
        if clusterable(key):
            cluster_id = best_cluster(key, _members_by_cluster(conn, key, params), params)
        if cluster_id is None:
            cluster_id = conn.execute(
                sa.insert(tables.clusters)
                .values(
                    root=event.root,
                    cameo=event.cameo,
                    source_key=key.source_key,
                    target_key=key.target_key,
                    first_day=day,
                    last_day=day,
                    quad_class=event.quad_class,
                    goldstein=event.goldstein,
                    num_mentions=0,
                    num_articles=0,
                    num_sources=0,
                    representative_pk=pk,
                )
                .returning(tables.clusters.c.id)
            ).scalar_one()
        conn.execute(sa.update(ev).where(ev.c.pk == pk).values(cluster_id=cluster_id))
        touched.add(cluster_id)
    refresh_counts(conn, touched)


def refresh_counts(conn: sa.Connection, cluster_ids: Iterable[int]) -> None:
    """Recount mentions, articles and distinct sources of the given clusters."""
    from whimbrel.store import tables

    ev, art, cl = tables.events, tables.articles, tables.clusters
    ids = sorted(set(cluster_ids))
    if not ids:
        return
    source = sa.func.coalesce(art.c.publisher, art.c.key)
    query = (
        sa.select(
            ev.c.cluster_id,
            sa.func.count().label("mentions"),
            sa.func.count(sa.distinct(ev.c.article_pk)).label("articles"),
            sa.func.count(sa.distinct(source)).label("sources"),
            sa.func.min(ev.c.day).label("first_day"),
            sa.func.max(ev.c.day).label("last_day"),
            sa.func.avg(ev.c.goldstein).label("goldstein"),
        )
        .join(art, art.c.pk == ev.c.article_pk)
        .where(ev.c.cluster_id.in_(ids))
        .group_by(ev.c.cluster_id)
    )
    for row in conn.execute(query).all():
        conn.execute(
            sa.update(cl)
            .where(cl.c.id == row.cluster_id)
            .values(
                num_mentions=row.mentions,
                num_articles=row.articles,
                num_sources=row.sources,
                first_day=row.first_day,
                last_day=row.last_day,
                goldstein=float(row.goldstein),
            )
        )


def recluster(engine: sa.Engine, params: DedupParams | None = None) -> int:
    """Rebuild every cluster from the stored mentions (e.g. after changing the parameters).

    Mentions are taken in order of day then storage, as an ingest would meet them. Returns the
    number of clusters.
    """
    from whimbrel.store import read, tables

    params = params or DedupParams()
    ev = tables.events
    with engine.begin() as conn:
        conn.execute(sa.update(ev).values(cluster_id=None))
        conn.execute(sa.delete(tables.clusters))
        order = conn.execute(
            sa.select(ev.c.pk, ev.c.day).order_by(ev.c.day.is_(None), ev.c.day, ev.c.pk)
        ).all()
        for pk, day in order:
            assign_clusters(conn, [(pk, read.event_by_pk(conn, pk), day)], params=params)
        return conn.scalar(sa.select(sa.func.count()).select_from(tables.clusters)) or 0
