"""The store's tables, in SQLAlchemy Core: one definition for SQLite and PostgreSQL.

Every contract field has a column (nothing is only inside a JSON blob), so researchers can
query events with plain SQL. Spans are two integer columns, `<name>_start` and `<name>_end`.
An actor (an event's source or target, a quote's speaker) is a group of columns with a
prefix: `source_text`, `source_code`, `source_country`, ... (see `actor_columns`).

    articles        one row per stored article; `key` (URL, else content hash) is unique
    sentences       the article's sentences
    mentions        actor mentions found in the article
    timexes         time expressions
    quotes          quotes, with the speaker's actor columns
    events          one row per event mention; `cluster_id` links it to its deduplicated event
    clusters        deduplicated real-world events with mention/article/source counts
    runs            one row per `whimbrel ingest` / `watch` cycle, with its counts
    schema_migrations  which migrations have been applied (see migrations.py)
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

ACTOR_FIELDS = (
    "text",
    "start",
    "end",
    "code",
    "country",
    "role",
    "entity",
    "sentence",
    "kind",
    "antecedent_start",
    "antecedent_end",
)


def actor_columns(prefix: str) -> list[sa.Column]:
    """The columns of one (optional) actor mention, each named `<prefix>_<field>`."""
    return [
        sa.Column(f"{prefix}_present", sa.Boolean, nullable=False, default=False),
        sa.Column(f"{prefix}_text", sa.Text),
        sa.Column(f"{prefix}_start", sa.Integer),
        sa.Column(f"{prefix}_end", sa.Integer),
        sa.Column(f"{prefix}_code", sa.Text),
        sa.Column(f"{prefix}_country", sa.Text),
        sa.Column(f"{prefix}_role", sa.Text),
        sa.Column(f"{prefix}_entity", sa.Text),
        sa.Column(f"{prefix}_sentence", sa.Integer),
        sa.Column(f"{prefix}_kind", sa.Text),
        sa.Column(f"{prefix}_antecedent_start", sa.Integer),
        sa.Column(f"{prefix}_antecedent_end", sa.Integer),
    ]


schema_migrations = sa.Table(
    "schema_migrations",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    # running | finished | interrupted | failed
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("sources", sa.Text, nullable=False),
    sa.Column("coded", sa.Integer, nullable=False, default=0),
    sa.Column("duplicates", sa.Integer, nullable=False, default=0),
    sa.Column("failed", sa.Integer, nullable=False, default=0),
    sa.Column("events", sa.Integer, nullable=False, default=0),
    sa.Column("failures", sa.Text),  # one line per failed item: "source: problem"
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("pk", sa.Integer, primary_key=True),
    # What makes an article "the same": "url:<url>" when it has one, else "sha256:<text hash>".
    sa.Column("key", sa.Text, nullable=False, unique=True),
    sa.Column("id", sa.Text, nullable=False, index=True),
    sa.Column("url", sa.Text),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("published", sa.Date, index=True),
    sa.Column("title", sa.Text),
    sa.Column("language", sa.Text, nullable=False),
    # Publisher (a JSONL item's `source`, else the URL's host): GDELT's "sources" count.
    sa.Column("publisher", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("original_text", sa.Text),
    sa.Column("warnings", sa.JSON, nullable=False),
    sa.Column("schema_version", sa.String(16), nullable=False),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
    sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
)


def _article_fk() -> sa.ForeignKey:
    return sa.ForeignKey("articles.pk", ondelete="CASCADE")


sentences = sa.Table(
    "sentences",
    metadata,
    sa.Column("article_pk", sa.Integer, _article_fk(), primary_key=True),
    sa.Column("ordinal", sa.Integer, primary_key=True),
    sa.Column("index", sa.Integer, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("article_pk", sa.Integer, _article_fk(), primary_key=True),
    sa.Column("ordinal", sa.Integer, primary_key=True),
    *actor_columns("actor"),
    sa.Index("ix_mentions_actor_code", "actor_code"),
    sa.Index("ix_mentions_actor_country", "actor_country"),
)

timexes = sa.Table(
    "timexes",
    metadata,
    sa.Column("article_pk", sa.Integer, _article_fk(), primary_key=True),
    sa.Column("ordinal", sa.Integer, primary_key=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("value", sa.Text),
    sa.Column("precision", sa.Text),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("sentence", sa.Integer),
    sa.Column("method", sa.Text),
)

quotes = sa.Table(
    "quotes",
    metadata,
    sa.Column("article_pk", sa.Integer, _article_fk(), primary_key=True),
    sa.Column("ordinal", sa.Integer, primary_key=True),
    sa.Column("id", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("cue", sa.Text),
    sa.Column("sentence", sa.Integer),
    *actor_columns("speaker"),
)

clusters = sa.Table(
    "clusters",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("root", sa.String(2), nullable=False),
    sa.Column("cameo", sa.String(8), nullable=False),
    sa.Column("source_key", sa.Text),
    sa.Column("target_key", sa.Text),
    sa.Column("first_day", sa.Date),
    sa.Column("last_day", sa.Date),
    sa.Column("quad_class", sa.Integer, nullable=False),
    sa.Column("goldstein", sa.Float, nullable=False),
    sa.Column("num_mentions", sa.Integer, nullable=False),
    sa.Column("num_articles", sa.Integer, nullable=False),
    sa.Column("num_sources", sa.Integer, nullable=False),
    # The first mention stored: its evidence stands for the cluster.
    sa.Column("representative_pk", sa.Integer),
    sa.Index("ix_clusters_lookup", "root", "source_key", "target_key", "last_day"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("pk", sa.Integer, primary_key=True),
    sa.Column("article_pk", sa.Integer, _article_fk(), nullable=False, index=True),
    sa.Column("ordinal", sa.Integer, nullable=False),
    sa.Column("id", sa.Text, nullable=False),
    sa.Column("sentence_index", sa.Integer, nullable=False),
    sa.Column("sentence_start", sa.Integer, nullable=False),
    sa.Column("sentence_end", sa.Integer, nullable=False),
    sa.Column("sentence_text", sa.Text, nullable=False),
    sa.Column("trigger_text", sa.Text, nullable=False),
    sa.Column("trigger_start", sa.Integer, nullable=False),
    sa.Column("trigger_end", sa.Integer, nullable=False),
    *actor_columns("source"),
    *actor_columns("target"),
    sa.Column("cameo", sa.String(8), nullable=False),
    sa.Column("root", sa.String(2), nullable=False, index=True),
    sa.Column("quad_class", sa.Integer, nullable=False),
    sa.Column("goldstein", sa.Float, nullable=False),
    sa.Column("plover", sa.Text),
    # `date` is the contract's value (YYYY, YYYY-MM or YYYY-MM-DD); `day` is the day to count
    # the event on: `date` when it is a full day, else the article's publication date.
    sa.Column("date", sa.String(10)),
    sa.Column("day", sa.Date, index=True),
    sa.Column("date_basis", sa.Text),
    sa.Column("location_present", sa.Boolean, nullable=False, default=False),
    sa.Column("location_name", sa.Text),
    sa.Column("location_country", sa.Text),
    sa.Column("location_lat", sa.Float),
    sa.Column("location_lon", sa.Float),
    sa.Column("modality", sa.Text, nullable=False),
    sa.Column("quote", sa.Text),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("rule", sa.Text),
    sa.Column("cluster_id", sa.Integer, sa.ForeignKey("clusters.id"), index=True),
    sa.UniqueConstraint("article_pk", "ordinal"),
    sa.Index("ix_events_source_country", "source_country"),
    sa.Index("ix_events_target_country", "target_country"),
    sa.Index("ix_events_dyad_day", "source_country", "target_country", "day"),
)
