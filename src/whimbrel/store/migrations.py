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
    """Apply the migrations this database lacks; return the versions applied now.

    Safe with any number of processes starting together on a new database: the check and
    the migrations run under one lock (`_locked`), so the first process migrates and the
    others, let in after its commit, find nothing left to do.
    """
    with engine.connect() as conn:
        if LATEST in applied_versions(conn):
            return []  # the common case: up to date, no lock taken
    done: list[int] = []
    with engine.connect() as conn:
        _lock(conn)
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
        conn.commit()
    return done


# pg_advisory_xact_lock's key for migrations: any fixed number, the same in every process.
MIGRATION_LOCK_KEY = 0x5768696D62726C  # "Whimbrl"


def _lock(conn: sa.Connection) -> None:
    """Hold the database's migration lock until `conn`'s transaction ends.

    PostgreSQL: a transaction-level advisory lock (its DDL is transactional, so the tables
    appear to others at commit). SQLite: an immediate transaction, which takes the write
    lock at once; others wait for it (busy_timeout) instead of failing at their first write.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(MIGRATION_LOCK_KEY)))
    elif conn.dialect.name == "sqlite":
        # pysqlite opens no transaction before DDL on its own; this BEGIN is the one it uses.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
