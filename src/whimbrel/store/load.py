"""Ingest: code articles and store them, idempotently, one transaction per article.

    summary = ingest_into(store, items, settings, workers=2, progress=True)

Articles whose key (URL, else text hash) is already stored are skipped before coding, so a
re-run stores nothing new and a run that was killed resumes where it stopped. One bad item (a
malformed JSONL line, a page that cannot be fetched, an article a stage chokes on) is recorded
with its reason and skipped. SIGTERM and Ctrl-C stop the run between articles' transactions.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import TYPE_CHECKING, Any

from whimbrel import engines
from whimbrel.engines import in_input_order
from whimbrel.errors import ArticleError, StoreError, WhimbrelError
from whimbrel.records import Article, CodedArticle
from whimbrel.settings import Settings
from whimbrel.store import Store
from whimbrel.store.write import article_key

if TYPE_CHECKING:  # the pipeline (and spaCy) loads only where articles are coded
    from whimbrel.pipeline import Coder

CHUNK = 32


@dataclass(frozen=True)
class SourcedArticle:
    """An article with its publisher (GDELT's "source"), as a source reader yields it."""

    article: Article
    publisher: str | None = None


Item = SourcedArticle | Article | ArticleError


@dataclass
class IngestSummary:
    coded: int = 0
    duplicates: int = 0
    events: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # Of `seconds`, the time spent in the store (duplicate checks and writes, dedup included).
    store_seconds: float = 0.0
    interrupted: bool = False
    run_id: int | None = None

    @property
    def rate(self) -> float:
        return self.coded / self.seconds if self.seconds > 0 else 0.0

    def lines(self, max_failures: int = 20) -> list[str]:
        head = (
            f"coded {self.coded} article(s) with {self.events} event(s) in {self.seconds:.1f}s "
            f"({self.rate:.1f} articles/s); skipped {self.duplicates} duplicate(s); "
            f"{len(self.failures)} failed"
        )
        if self.interrupted:
            head += "; interrupted (run again to finish)"
        shown = [f"  failed: {f}" for f in self.failures[:max_failures]]
        if len(self.failures) > max_failures:
            shown.append(f"  ... and {len(self.failures) - max_failures} more (see the runs table)")
        return [head, *shown]


class Interrupted(Exception):
    """A stop was asked for (SIGTERM, Ctrl-C); raised between two articles' transactions."""


class _StopRequests:
    """Turns SIGTERM and the first Ctrl-C into a request honoured between two articles.

    The article being stored is finished (its transaction commits and is counted) before the
    run stops; a second Ctrl-C stops at once, and the open transaction rolls back.
    """

    def __init__(self) -> None:
        self.requested = False
        self._previous: dict[int, Any] = {}

    def _handle(self, signum: int, _frame: object) -> None:
        if self.requested and signum == signal.SIGINT:
            raise KeyboardInterrupt
        self.requested = True

    def check(self) -> None:
        if self.requested:
            raise Interrupted()

    def __enter__(self) -> _StopRequests:
        for signum in (signal.SIGTERM, signal.SIGINT):
            try:
                self._previous[signum] = signal.signal(signum, self._handle)
            except ValueError:  # not the main thread: signals stay with the caller
                pass
        return self

    def __exit__(self, *_exc: object) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)


# --- coding, in this process or in a pool --------------------------------------------------

_WORKER_CODER: Coder | None = None


def _worker_init(settings: Settings) -> None:
    global _WORKER_CODER
    from whimbrel.pipeline import Coder

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    _WORKER_CODER = Coder.load(settings)


def _worker_code(articles: list[Article]) -> list[CodedArticle | ArticleError]:
    assert _WORKER_CODER is not None, "the pool's initializer loads the coder"
    return code_chunk(_WORKER_CODER, articles)


def code_chunk(coder: Coder, articles: Sequence[Article]) -> list[CodedArticle | ArticleError]:
    """Code a chunk in one batch, isolating a failing article (see `engines.code_chunk`)."""
    return in_input_order(engines.code_chunk(articles, coder.settings, coder), articles)


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _as_sourced(item: SourcedArticle | Article) -> SourcedArticle:
    return item if isinstance(item, SourcedArticle) else SourcedArticle(item)


# --- the run ----------------------------------------------------------------------------


def ingest_into(
    store: Store,
    items: Iterable[Item],
    settings: Settings,
    *,
    sources: Sequence[str] = (),
    workers: int = 1,
    coder: Coder | None = None,
    on_progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Code and store `items`; return what happened. Records the run in the runs table.

    `coder` (a loaded `pipeline.Coder`) is reused when given; otherwise it is loaded here, or
    in each of `workers` processes when workers > 1, and only once some article is new (a
    re-run over stored articles never loads the model).
    """
    summary = IngestSummary()
    summary.run_id = store.start_run(list(sources))
    started = time.perf_counter()
    stops = _StopRequests().__enter__()
    pool: Executor | None = None
    status = "failed"
    try:
        seen: set[str] = set()
        pending: list[tuple[Future | list, list[SourcedArticle]]] = []
        for chunk in _chunks(items, CHUNK):
            stops.check()
            todo = _select_new(store, chunk, seen, summary)
            if not todo:
                continue
            articles = [s.article for s in todo]
            if pool is None and workers > 1:
                pool = ProcessPoolExecutor(
                    workers,
                    mp_context=get_context("spawn"),
                    initializer=_worker_init,
                    initargs=(settings,),
                )
            elif coder is None and workers <= 1:
                from whimbrel.pipeline import Coder

                coder = Coder.load(settings)
            if pool is not None:
                pending.append((pool.submit(_worker_code, articles), todo))
                # Keep a few chunks in flight, store the oldest as it completes.
                while len(pending) > 2 * workers:
                    _store_results(store, *pending.pop(0), summary, started, on_progress, stops)
            else:
                assert coder is not None, "loaded above when there is no pool"
                _store_results(
                    store, code_chunk(coder, articles), todo, summary, started, on_progress, stops
                )
        for result, todo in pending:
            _store_results(store, result, todo, summary, started, on_progress, stops)
        status = "finished"
    except (KeyboardInterrupt, Interrupted):
        summary.interrupted = True
        status = "interrupted"
    finally:
        if pool is not None:
            pool.shutdown(wait=not summary.interrupted, cancel_futures=True)
        stops.__exit__()
        summary.seconds = time.perf_counter() - started
        try:
            store.finish_run(
                summary.run_id,
                status=status,
                coded=summary.coded,
                duplicates=summary.duplicates,
                failures=summary.failures,
                events=summary.events,
            )
        except StoreError:
            if status != "failed":
                raise  # otherwise the error that failed the run is the one to report
    return summary


def _select_new(
    store: Store, chunk: list[Item], seen: set[str], summary: IngestSummary
) -> list[SourcedArticle]:
    candidates: list[tuple[str, SourcedArticle]] = []
    for item in chunk:
        if isinstance(item, ArticleError):
            summary.failures.append(str(item))
            continue
        sourced = _as_sourced(item)
        candidates.append((article_key(sourced.article), sourced))
    lookup_started = time.perf_counter()
    stored = store.stored_keys([k for k, _ in candidates])
    summary.store_seconds += time.perf_counter() - lookup_started
    todo = []
    for key, sourced in candidates:
        if key in stored or key in seen:
            summary.duplicates += 1
            continue
        seen.add(key)
        todo.append(sourced)
    return todo


def _store_results(
    store: Store,
    result: Future | list,
    todo: list[SourcedArticle],
    summary: IngestSummary,
    started: float,
    on_progress: Callable[[IngestSummary], None] | None,
    stops: _StopRequests,
) -> None:
    coded_items = result.result() if isinstance(result, Future) else result
    for sourced, coded in zip(todo, coded_items, strict=True):
        if isinstance(coded, ArticleError):
            summary.failures.append(str(coded))
            continue
        write_started = time.perf_counter()
        try:
            pk = store.write(coded, publisher=sourced.publisher, run_id=summary.run_id)
        except StoreError:
            raise  # the database itself failed: stop the run
        except WhimbrelError as err:
            summary.failures.append(str(err))
            continue
        finally:
            summary.store_seconds += time.perf_counter() - write_started
        if pk is None:
            summary.duplicates += 1
        else:
            summary.coded += 1
            summary.events += len(coded.events)
        summary.seconds = time.perf_counter() - started
        if on_progress is not None:
            on_progress(summary)
        stops.check()
