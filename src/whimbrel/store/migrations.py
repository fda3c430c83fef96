"""Versioned schema migrations, applied in order by `migrate(engine)`.

Each migration is a numbered function over an open connection; `schema_migrations` records
which have run. A new schema change is a new function appended to `MIGRATIONS` (never an edit
to an applied one), so a database made by any earlier whimbrel is brought up to date.
Migration 1 creates the tables of `tables.py` as they were at version 1.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa

from whimbrel.store import tables

Migration = Callable[[sa.Connection], None]


def _v1_create_tables(conn: sa.Connection) -> None:
    tables.metadata.create_all(conn, checkfirst=True)


MIGRATIONS: list[tuple[int, str, Migration]] = [
    (
        1,
        "articles, sentences, mentions, timexes, quotes, events, clusters, runs",
        _v1_create_tables,
    ),
]

LATEST = MIGRATIONS[-1][0]


def applied_versions(conn: sa.Connection) -> set[int]:
    if not sa.inspect(conn).has_table(tables.schema_migrations.name):
        return set()
    return set(conn.scalars(sa.select(tables.schema_migrations.c.version)))


def migrate(engine: sa.Engine) -> list[int]:
    """Apply the migrations this database lacks; return the versions applied now."""
    done: list[int] = []
    with engine.begin() as conn:
        tables.schema_migrations.create(conn, checkfirst=True)
        have = applied_versions(conn)
        for version, description, step in MIGRATIONS:
            if version in have:
                continue
            step(conn)
            conn.execute(
                sa.insert(tables.schema_migrations).values(
                    version=version, description=description, applied_at=datetime.now(UTC)
                )
            )
            done.append(version)
    return done
