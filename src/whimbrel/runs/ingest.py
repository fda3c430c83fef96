"""Ingest: code articles and store them, idempotently, one transaction per article.

    summary = ingest_into(store, read_sources(["news.jsonl"]), settings, workers=2)

Articles whose key (URL, else text hash) is already stored are skipped before coding, so a
re-run stores nothing new and a run that was killed resumes where it stopped. One bad item (a
malformed JSONL line, a page that cannot be fetched, an article a stage chokes on) is recorded
with its reason and skipped. SIGTERM and Ctrl-C stop the run between articles' transactions.
`store_article` is the same write for one article (the HTTP API's `POST /articles`).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import chain

from whimbrel.engines import Outcome, code_chunk
from whimbrel.engines.local import LocalPool
from whimbrel.errors import InputError, StoreError, WhimbrelError
from whimbrel.pipeline import Coder
from whimbrel.records import Article, CodedArticle, Failure, SourcedArticle
from whimbrel.runs.summary import Interrupted, RunSummary, StopRequests
from whimbrel.settings import Settings
from whimbrel.store import Store
from whimbrel.store.write import article_key, event_day

Item = SourcedArticle | Article | Failure
# Articles per chunk: one duplicate look-up and one `nlp.pipe` batch each.
CHUNK = 32


def ingest_into(
    store: Store,
    items: Iterable[Item],
    settings: Settings,
    *,
    sources: Sequence[str] = (),
    workers: int = 1,
    coder: Coder | None = None,
    on_progress: Callable[[RunSummary], None] | None = None,
    total: int | None = None,
) -> RunSummary:
    """Code and store `items`; return what happened. Records the run in the runs table.

    `total`, the number of items when the caller knows it, is passed on in the summary for
    progress; `on_progress(summary)` is called after each stored article and skipped chunk.

    With `workers` > 1 the chunks are coded on a `LocalPool` of that many processes, each
    with its own model; otherwise in this process with `coder` (loaded here when not given).
    Either is started only once some article is new: a re-run over stored articles never
    loads the model.
    """
    summary = RunSummary(run_id=store.start_run(list(sources)), total=total)
    started = time.perf_counter()
    stops = StopRequests().__enter__()
    pool: LocalPool | None = None
    status = "failed"

    def settle(outcomes: Sequence[Outcome], todo: list[_Placed]) -> None:
        """Store a chunk's outcomes, in input order, reporting progress after each."""
        for placed, outcome in zip(todo, outcomes, strict=True):
            if isinstance(outcome, Failure):
                summary.failures.append(replace(outcome, position=placed.position))
                continue
            if placed.item.warnings:  # what the reader had to make do with, kept with it
                outcome = replace(outcome, warnings=outcome.warnings + placed.item.warnings)
            write_coded(store, outcome, placed.item.publisher, summary, placed.position)
            summary.seconds = time.perf_counter() - started
            if on_progress is not None:
                on_progress(summary)
            stops.check()

    try:
        seen: set[str] = set()
        todos: deque[list[_Placed]] = deque()

        def new_chunks() -> Iterator[list[Article]]:
            for chunk in _chunks(items, CHUNK):
                stops.check()
                todo = _select_new(store, chunk, seen, summary)
                if on_progress is not None and len(todo) < len(chunk):
                    on_progress(summary)  # duplicates and unreadable items count as progress
                if todo:
                    todos.append(todo)
                    yield [placed.item.article for placed in todo]

        chunks = new_chunks()
        first = next(chunks, None)  # nothing new: no model, no pool
        if first is not None:
            if workers > 1:
                pool = LocalPool(settings, workers)
                for outcomes in pool.map(chain([first], chunks)):
                    settle(outcomes, todos.popleft())
            else:
                coder = coder or Coder.load(settings)
                for articles in chain([first], chunks):
                    settle(code_chunk(articles, settings, coder), todos.popleft())
        status = "finished"
    except (KeyboardInterrupt, Interrupted):
        summary.interrupted = True
        status = "interrupted"
    finally:
        if pool is not None:
            pool.close(wait=not summary.interrupted)
        stops.__exit__()
        summary.seconds = time.perf_counter() - started
        try:
            finish_run(store, summary, status)
        except StoreError:
            if status != "failed":
                raise  # otherwise the error that failed the run is the one to report
    return summary


def finish_run(store: Store, summary: RunSummary, status: str) -> None:
    """Record `summary` as the outcome of its run."""
    assert summary.run_id is not None
    store.finish_run(
        summary.run_id,
        status=status,
        coded=summary.coded,
        duplicates=summary.duplicates,
        failures=[str(f) for f in summary.failures],
        events=summary.events,
    )


def write_coded(
    store: Store, coded: CodedArticle, publisher: str | None, summary: RunSummary, position: int
) -> None:
    """Store one coded article and count it in `summary`: stored, duplicate, or failed."""
    write_started = time.perf_counter()
    try:
        pk = store.write(coded, publisher=publisher, run_id=summary.run_id)
    except StoreError:
        raise  # the database itself failed: stop the run
    except WhimbrelError as err:
        summary.failures.append(_failure(err, coded.article.id, position))
        return
    finally:
        summary.store_seconds += time.perf_counter() - write_started
    if pk is None:
        summary.duplicates += 1
    else:
        summary.coded += 1
        summary.events += len(coded.events)
        published = coded.article.published
        summary.undated_articles += published is None
        summary.undated_events += sum(event_day(e.date, published) is None for e in coded.events)


@dataclass(frozen=True)
class StoredArticle:
    """What `store_article` did: `pk` is the stored row (None: it vanished mid-write)."""

    pk: int | None
    stored: bool
    events: int | None = None


def store_article(
    store: Store,
    article: Article,
    code: Callable[[Article], CodedArticle],
    publisher: str | None = None,
) -> StoredArticle:
    """Code and store one article unless it is already stored (same URL, else same text).

    Raises `ArticleError` for an article the store refuses (a NUL character, say).
    """
    existing = store.article_pk(article)
    if existing is not None:
        return StoredArticle(existing, stored=False)
    coded = code(article)
    pk = store.write(coded, publisher=publisher)
    if pk is None:  # stored by a concurrent writer between the check and the write
        return StoredArticle(store.article_pk(article), stored=False)
    return StoredArticle(pk, stored=True, events=len(coded.events))


@dataclass(frozen=True)
class _Placed:
    """An input item and its place in the run's input."""

    position: int
    item: SourcedArticle


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[tuple[int, Item]]]:
    chunk: list[tuple[int, Item]] = []
    for position, item in enumerate(items):
        chunk.append((position, item))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _select_new(
    store: Store, chunk: list[tuple[int, Item]], seen: set[str], summary: RunSummary
) -> list[_Placed]:
    candidates: list[tuple[str, _Placed]] = []
    for position, item in chunk:
        if isinstance(item, Failure):
            summary.failures.append(replace(item, position=position))
            continue
        sourced = item if isinstance(item, SourcedArticle) else SourcedArticle(item)
        candidates.append((article_key(sourced.article), _Placed(position, sourced)))
    lookup_started = time.perf_counter()
    stored = store.stored_keys([key for key, _ in candidates])
    summary.store_seconds += time.perf_counter() - lookup_started
    todo = []
    for key, placed in candidates:
        if key in stored or key in seen:
            summary.duplicates += 1
            continue
        seen.add(key)
        todo.append(placed)
    return todo


def _failure(err: WhimbrelError, article_id: str, position: int) -> Failure:
    if isinstance(err, InputError):
        return Failure(err.source, position, err.problem)
    return Failure(article_id, position, str(err))
