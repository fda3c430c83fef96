"""Partitioned Parquet output: one file per partition, written atomically, read back whole.

A partition is a fixed slice of the input. Its file name carries its index and a digest of
its articles (`part-000012-3f9a0c1b22de.parquet`), so a re-run over the same input finds the
partitions already written and skips them, and a different input never matches a stale file.
A file is written under a temporary name and renamed into place, so a reader (or a re-run)
never sees half a partition.

Each row is one input article, in input order: `coded` holds the article's contract JSON
(see `contract.py`), or `error` says why it could not be coded. Every input article is in
exactly one row of exactly one partition, so nothing is lost or counted twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from whimbrel.contract import from_contract, to_contract
from whimbrel.engines import Outcome, code_chunk, coded, failures
from whimbrel.errors import InputError
from whimbrel.records import Article, CodedArticle, Failure, SourcedArticle
from whimbrel.settings import Settings

try:
    import pyarrow as pa
    import pyarrow.parquet as pq
except ModuleNotFoundError:  # pragma: no cover - exercised only without the extra
    pa = pq = None

PARTITION_GLOB = "part-*.parquet"
# Articles per partition: big enough that a task's overhead is small beside its parse time,
# small enough that a retried partition costs little (about a minute on one core).
DEFAULT_PARTITION_SIZE = 200


def _require_pyarrow() -> None:
    if pa is None:
        raise InputError("parquet", "Parquet output needs pyarrow: pip install 'whimbrel[dask]'")


@dataclass(frozen=True)
class Partition:
    """A fixed slice of the input: its position in the run, its articles and publishers."""

    index: int
    articles: tuple[Article, ...]
    # The publisher (GDELT's "source") of each article, when the reader knew it.
    publishers: tuple[str | None, ...] = ()

    def publisher(self, ordinal: int) -> str | None:
        return self.publishers[ordinal] if self.publishers else None

    @property
    def digest(self) -> str:
        h = hashlib.sha1()
        for ordinal, article in enumerate(self.articles):
            fields = (article.id, article.text, str(article.published), article.url or "")
            for part in (*fields, self.publisher(ordinal) or ""):
                h.update(part.encode("utf-8"))
                h.update(b"\0")
        return h.hexdigest()[:12]

    @property
    def file_name(self) -> str:
        return f"part-{self.index:06d}-{self.digest}.parquet"


def partitions(items: Iterable[Article | SourcedArticle], size: int) -> Iterator[Partition]:
    """Cut `items` (articles, or articles with their publisher) into partitions of `size`."""
    if size < 1:
        raise ValueError(f"partition size must be at least 1, got {size}")
    batch: list[Article] = []
    publishers: list[str | None] = []
    index = 0
    for item in items:
        if isinstance(item, Article):
            batch.append(item)
            publishers.append(None)
        else:
            batch.append(item.article)
            publishers.append(item.publisher)
        if len(batch) == size:
            yield _partition(index, batch, publishers)
            index += 1
            batch, publishers = [], []
    if batch:
        yield _partition(index, batch, publishers)


def _partition(index: int, batch: list[Article], publishers: list[str | None]) -> Partition:
    known = tuple(publishers) if any(p is not None for p in publishers) else ()
    return Partition(index, tuple(batch), known)


def _schema() -> pa.Schema:
    return pa.schema(
        [
            ("partition", pa.int32()),
            ("ordinal", pa.int32()),
            ("id", pa.string()),
            ("url", pa.string()),
            ("title", pa.string()),
            ("publisher", pa.string()),
            ("published", pa.date32()),
            ("events", pa.int32()),
            ("error", pa.string()),
            ("coded", pa.string()),
        ]
    )


def partition_table(partition: Partition, outcomes: Sequence[Outcome]) -> pa.Table:
    """One row per input article: coded (contract JSON) or failed (the reason)."""
    _require_pyarrow()
    rows: list[dict] = []
    for ordinal, (article, outcome) in enumerate(zip(partition.articles, outcomes, strict=True)):
        row = {
            "partition": partition.index,
            "ordinal": ordinal,
            "id": article.id,
            "url": article.url,
            "title": article.title,
            "publisher": partition.publisher(ordinal),
            "published": article.published,
            "events": None,
            "error": None,
            "coded": None,
        }
        if isinstance(outcome, Failure):
            row["error"] = outcome.problem
        else:
            row["events"] = len(outcome.events)
            row["coded"] = json.dumps(to_contract(outcome), ensure_ascii=False)
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=_schema())


def write_atomically(table: pa.Table, path: Path) -> None:
    """Write `table` to `path` so that `path` either does not exist or is complete."""
    _require_pyarrow()
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with temporary.open("wb") as handle:
            pq.write_table(table, handle, compression="zstd")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def partition_files(directory: str | Path) -> list[Path]:
    """The complete partition files under `directory`, in partition order."""
    folder = Path(directory)
    if not folder.is_dir():
        raise InputError(str(directory), "not a directory of Parquet partitions")
    return sorted(p for p in folder.glob(PARTITION_GLOB) if p.is_file())


@dataclass(frozen=True)
class PartitionRow:
    """One article's row read back: the coded article, or the reason it failed."""

    partition: int
    ordinal: int
    article_id: str
    publisher: str | None
    coded: CodedArticle | None
    error: str | None


def read_partition(path: str | Path) -> list[PartitionRow]:
    _require_pyarrow()
    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowInvalid) as err:
        raise InputError(str(path), f"not a readable Parquet partition ({err})") from None
    missing = set(_schema().names) - set(table.column_names)
    if missing:
        raise InputError(str(path), f"not a whimbrel partition (no {', '.join(sorted(missing))})")
    return [
        PartitionRow(
            partition=row["partition"],
            ordinal=row["ordinal"],
            article_id=row["id"],
            publisher=row["publisher"],
            coded=from_contract(json.loads(row["coded"])) if row["coded"] is not None else None,
            error=row["error"],
        )
        for row in table.to_pylist()
    ]


def read_partitions(paths: Sequence[Path]) -> Iterator[PartitionRow]:
    for path in paths:
        yield from read_partition(path)


# --- coding a partition: the one task both engines run ---------------------------------------


@dataclass(frozen=True)
class PartitionReport:
    """What became of one partition: written now, or found already written (`skipped`)."""

    index: int
    path: str
    articles: int
    coded: int
    events: int
    failures: tuple[Failure, ...] = ()
    skipped: bool = False


@dataclass
class RunReport:
    """The outcome of coding an input into a directory of partitions."""

    directory: str
    written: list[PartitionReport] = field(default_factory=list)
    # A partition whose task failed on every try (source: its file name, position: its
    # index); its articles are in no file yet.
    failed: list[Failure] = field(default_factory=list)
    # Input articles seen, in written and failed partitions alike.
    articles: int = 0

    def record(self, outcome: PartitionReport | Failure) -> None:
        if isinstance(outcome, Failure):
            self.failed.append(outcome)
        else:
            self.written.append(outcome)

    @property
    def coded(self) -> int:
        return sum(p.coded for p in self.written)

    @property
    def events(self) -> int:
        return sum(p.events for p in self.written)

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.written if p.skipped)

    @property
    def article_failures(self) -> list[Failure]:
        return [f for p in self.written for f in p.failures]

    @property
    def complete(self) -> bool:
        return not self.failed


# Coding holds the model; a Dask worker with several threads codes one partition at a time.
# Scale with more worker processes (one per core), not threads.
_CODING = threading.Lock()


def code_partition(partition: Partition, out_dir: str, settings: Settings) -> PartitionReport:
    """Code `partition` and write it to `out_dir`, unless an earlier run already did.

    Importable (never defined in `__main__`), so Dask ships a reference, not the function:
    the model cached in this process by `pipeline.code_batch` is reused by every task.
    """
    path = Path(out_dir) / partition.file_name
    if path.is_file():
        return existing_report(partition, path)
    with _CODING:
        outcomes = code_chunk(partition.articles, settings)
    write_atomically(partition_table(partition, outcomes), path)
    done = coded(outcomes)
    return PartitionReport(
        index=partition.index,
        path=str(path),
        articles=len(partition.articles),
        coded=len(done),
        events=sum(len(c.events) for c in done),
        failures=tuple(failures(outcomes)),
    )


def failed_partition(partition: Partition, err: BaseException) -> Failure:
    problem = f"{type(err).__name__}: {err} ({len(partition.articles)} articles not coded)"
    return Failure(partition.file_name, partition.index, problem)


def existing_report(partition: Partition, path: Path) -> PartitionReport:
    table = pq.read_table(path, columns=["id", "events", "error"])
    rows = table.to_pylist()
    failures = tuple(
        Failure(r["id"], i, r["error"]) for i, r in enumerate(rows) if r["error"] is not None
    )
    return PartitionReport(
        index=partition.index,
        path=str(path),
        articles=len(rows),
        coded=len(rows) - len(failures),
        events=sum(r["events"] or 0 for r in rows),
        failures=failures,
        skipped=True,
    )
