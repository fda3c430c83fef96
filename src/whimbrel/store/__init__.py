"""The event store: coded articles in SQLite (embedded, one file, WAL) or PostgreSQL.

    store = Store.open("sqlite:///events.sqlite")      # or postgresql+psycopg://...
    store.write(coded)                                  # one article, one transaction
    store.read(pk) == coded                             # every contract field comes back
    list(store.events(EventFilter(source="RUS", root="19")))

Only this package knows SQL. `tables` defines the schema, `migrations` brings a database up to
date, `write`/`read` move records in and out, `query` selects events as `EventRow`s by one
`EventFilter`, `dedup` clusters mentions of the same event, `runs` records ingest runs.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from whimbrel.errors import InputError, StoreError
from whimbrel.records import Article, CodedArticle
from whimbrel.store import dedup, migrations, query, read, tables, write
from whimbrel.store.query import EventFilter, EventRow, Period
from whimbrel.store.read import DyadPeriod

__all__ = ["DyadPeriod", "EventFilter", "EventRow", "Period", "Store", "open_engine"]


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers do not block the writer; a killed writer leaves the last commit intact.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def open_engine(url: str) -> sa.Engine:
    """An engine for `url`, with SQLite tuned (WAL, foreign keys) and a clear error if bad."""
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError:
        raise InputError(
            url, "not a database URL (sqlite:///FILE or postgresql+psycopg://...)"
        ) from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(parsed)
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if backend == "postgresql":
        if parsed.get_driver_name() in ("psycopg2", "postgresql"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        try:
            return sa.create_engine(parsed, pool_pre_ping=True)
        except ModuleNotFoundError:
            raise InputError(
                url, "PostgreSQL needs the psycopg driver: pip install 'whimbrel[postgres]'"
            ) from None
    raise InputError(url, f"unsupported database {backend!r}: use sqlite or postgresql")


def _database_errors(method: Callable) -> Callable:
    """Turn a driver failure inside a Store method into one StoreError line."""

    @functools.wraps(method)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sa.exc.DBAPIError as err:
            problem = str(err.orig).strip().splitlines()[0] if err.orig else str(err)
            url = self.engine.url.render_as_string(hide_password=True)
            raise StoreError(url, problem) from err

    return wrapper


@dataclass
class Store:
    engine: sa.Engine

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (creating and migrating as needed) the store at `url`."""
        engine = open_engine(url)
        store = cls(engine)
        store._migrate()
        return store

    @_database_errors
    def _migrate(self) -> None:
        migrations.migrate(self.engine)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------

    @_database_errors
    def write(
        self, coded: CodedArticle, *, publisher: str | None = None, run_id: int | None = None
    ) -> int | None:
        """Store one coded article in its own transaction; None when it was already stored."""
        try:
            with self.engine.begin() as conn:
                return write.write_article(conn, coded, publisher=publisher, run_id=run_id)
        except sa.exc.IntegrityError:
            # Another process stored the same article between our check and our insert.
            if self.stored_keys([write.article_key(coded.article)]):
                return None
            raise

    @_database_errors
    def stored_keys(self, keys: list[str]) -> set[str]:
        """Which of `keys` (see `write.article_key`) are already stored."""
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                found.update(
                    conn.scalars(
                        sa.select(tables.articles.c.key).where(tables.articles.c.key.in_(chunk))
                    )
                )
        return found

    @_database_errors
    def article_pk(self, article: Article) -> int | None:
        """The stored article with `article`'s key (URL, else text hash), if there is one."""
        with self.engine.connect() as conn:
            return write.stored_pk(conn, write.article_key(article))

    @_database_errors
    def start_run(self, sources: list[str]) -> int:
        with self.engine.begin() as conn:
            return conn.execute(
                sa.insert(tables.runs)
                .values(
                    started_at=datetime.now(UTC),
                    status="running",
                    sources="\n".join(sources),
                    coded=0,
                    duplicates=0,
                    failed=0,
                    events=0,
                )
                .returning(tables.runs.c.id)
            ).scalar_one()

    @_database_errors
    def finish_run(
        self,
        run_id: int,
        *,
        status: str,
        coded: int,
        duplicates: int,
        failures: list[str],
        events: int,
    ) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                sa.update(tables.runs)
                .where(tables.runs.c.id == run_id)
                .values(
                    finished_at=datetime.now(UTC),
                    status=status,
                    coded=coded,
                    duplicates=duplicates,
                    failed=len(failures),
                    failures="\n".join(failures) or None,
                    events=events,
                )
            )

    @_database_errors
    def recluster(self, params: dedup.DedupParams | None = None) -> int:
        return dedup.recluster(self.engine, params)

    # --- reading ---------------------------------------------------------------------

    @_database_errors
    def read(self, article_pk: int) -> CodedArticle:
        with self.engine.connect() as conn:
            return read.read_article(conn, article_pk)

    def articles(self) -> Iterator[CodedArticle]:
        with self.engine.connect() as conn:
            for pk in read.article_pks(conn):
                yield read.read_article(conn, pk)

    @_database_errors
    def events(self, where: EventFilter | None = None, limit: int | None = None) -> list[EventRow]:
        """The events `where` selects, in day order (see `query.event_rows`)."""
        with self.engine.connect() as conn:
            return list(query.event_rows(conn, where, limit))

    @_database_errors
    def dyad(
        self, source: str, target: str, by: Period = "day", where: EventFilter | None = None
    ) -> list[DyadPeriod]:
        with self.engine.connect() as conn:
            return read.dyad_counts(conn, source, target, by, where)

    @_database_errors
    def counts(self) -> dict[str, int]:
        """Row counts per table (articles, events, clusters, ...), for summaries and tests."""
        with self.engine.connect() as conn:
            return {
                t.name: conn.scalar(sa.select(sa.func.count()).select_from(t)) or 0
                for t in (
                    tables.articles,
                    tables.sentences,
                    tables.mentions,
                    tables.timexes,
                    tables.quotes,
                    tables.events,
                    tables.clusters,
                    tables.runs,
                )
            }
