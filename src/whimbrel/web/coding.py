"""Coding for the web server: a bounded pool of worker processes, off the threads that serve reads.

    pool = CodingPool(settings)                 # workers start on first use (or `start()`)
    coded = await pool.code(article, request.is_disconnected)
    pool.close()                                # at shutdown: workers killed, nothing waits

The spaCy pipeline runs in `settings.coding_workers` processes of its own, each loading the
model once, so a long text never holds the event loop or the threads that answer reads. At
most `coding_workers + coding_queue` requests are admitted at a time; one more is refused at
once with 503 and `Retry-After` instead of waiting. Each request has `coding_budget_s`
seconds from its arrival: when the budget passes, or the client goes away, the worker coding
it is killed (a process can be stopped mid-parse; a thread cannot) and a fresh one takes its
place on the next request. Coding writes nothing, so a killed worker leaves no trace.

A pool given an already loaded `Coder` (tests, an embedding application) codes in a thread of
this process instead, one article at a time; it keeps the admission limit and answers 503 when
the budget passes, but cannot stop the article in hand.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
import time
from collections.abc import Awaitable, Callable
from multiprocessing import get_context
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any

from whimbrel.records import Article, CodedArticle
from whimbrel.settings import Settings
from whimbrel.web.errors import ApiError

if TYPE_CHECKING:
    from whimbrel.pipeline import Coder

log = logging.getLogger("whimbrel.web")
# How often a waiting request looks at its worker, its deadline and its client.
POLL_S = 0.05


class _Worker:
    """One coding process and the pipe to it."""

    def __init__(self, settings: Settings) -> None:
        context = get_context("spawn")  # fork would copy the server's threads and sockets
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=_serve, args=(child, settings), name="whimbrel-coder", daemon=True
        )
        self.process.start()
        child.close()

    def kill(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


def _serve(conn: Connection, settings: Settings) -> None:
    """A worker's life: load the model once, then code each article sent until the pipe ends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server decides when workers stop
    from whimbrel.errors import WhimbrelError
    from whimbrel.pipeline import Coder

    try:
        coder = Coder.load(settings)
    except WhimbrelError as err:  # no model: said once, in answer to the first article
        conn.send(("unavailable", str(err)))
        return
    while True:
        try:
            article = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[str, Any] = ("ok", coder.code(article))
        except WhimbrelError as err:
            reply = ("invalid", str(err))
        except Exception as err:  # reported to the server's log, the worker goes on
            reply = ("failed", f"{type(err).__name__}: {err}")
        conn.send(reply)


class CodingPool:
    """Admission, time budget and cancellation for coding requests (see the module doc)."""

    def __init__(self, settings: Settings, coder: Coder | None = None) -> None:
        self.settings = settings
        self.coder = coder
        self.admitted = 0  # requests coding or waiting for a worker
        self.running = 0  # requests holding a worker
        self._idle: list[_Worker] = []
        self._workers: set[_Worker] = set()
        self._thread_lock = threading.Lock()  # the in-process coder: one article at a time
        self._closed = False

    @property
    def capacity(self) -> int:
        return self.settings.coding_workers + self.settings.coding_queue

    def start(self) -> None:
        """Start every worker now (each loads the model), rather than on first use."""
        while self.coder is None and len(self._workers) < self.settings.coding_workers:
            worker = _Worker(self.settings)
            self._workers.add(worker)
            self._idle.append(worker)

    def close(self) -> None:
        """Kill every worker: in-flight requests end with 503, nothing is left running."""
        self._closed = True
        for worker in list(self._workers):
            worker.kill()
        self._workers.clear()
        self._idle.clear()

    async def code(
        self, article: Article, disconnected: Callable[[], Awaitable[bool]]
    ) -> CodedArticle:
        """Code `article` within the budget, or raise the ApiError the client should get."""
        if self._closed:
            raise _unavailable("the server is stopping", retry=True)
        if self.admitted >= self.capacity:
            raise _unavailable(
                f"the coder is busy ({self.admitted} requests in hand); retry later", retry=True
            )
        self.admitted += 1
        deadline = time.monotonic() + self.settings.coding_budget_s
        try:
            # Wait for a worker; the event loop runs one coroutine at a time, so this test and
            # the increment after it cannot interleave with another request's.
            while self.running >= self.settings.coding_workers:
                await self._check(deadline, disconnected)
                await asyncio.sleep(POLL_S)
            self.running += 1
            try:
                if self.coder is not None:
                    return await self._in_thread(article, deadline)
                return await self._in_process(article, deadline, disconnected)
            finally:
                self.running -= 1
        finally:
            self.admitted -= 1

    async def _check(self, deadline: float, disconnected: Callable[[], Awaitable[bool]]) -> None:
        if time.monotonic() > deadline:
            raise _over_budget(self.settings.coding_budget_s)
        if await disconnected():
            raise _unavailable("the client went away", retry=False)

    async def _in_process(
        self, article: Article, deadline: float, disconnected: Callable[[], Awaitable[bool]]
    ) -> CodedArticle:
        worker = self._idle.pop() if self._idle else self._spawn()
        done = False
        try:
            # In a thread: a long text fills the pipe while a new worker still loads its model.
            await asyncio.to_thread(worker.conn.send, article)
            while not worker.conn.poll():
                await self._check(deadline, disconnected)
                await asyncio.sleep(POLL_S)
            status, payload = await asyncio.to_thread(worker.conn.recv)
            done = True
        except (EOFError, OSError):
            log.error("a coding worker ended unexpectedly (exit code %s)", worker.process.exitcode)
            raise _no_coder() from None
        finally:
            if done and not self._closed and status in ("ok", "invalid", "failed"):
                self._idle.append(worker)
            else:  # over budget, client gone, cancelled (shutdown) or crashed: stop it now
                self._workers.discard(worker)
                worker.kill()
        if status == "ok":
            return payload
        if status == "invalid":
            raise ApiError(422, "invalid_request", payload)
        if status == "unavailable":
            log.error("the coder cannot load: %s", payload)
            raise _no_coder()
        log.error("coding failed: %s", payload)
        raise ApiError(500, "internal_error", "coding failed (logged on the server)")

    def _spawn(self) -> _Worker:
        worker = _Worker(self.settings)
        self._workers.add(worker)
        return worker

    async def _in_thread(self, article: Article, deadline: float) -> CodedArticle:
        coder = self.coder
        assert coder is not None

        def run() -> CodedArticle:
            with self._thread_lock:
                return coder.code(article)

        try:
            return await asyncio.wait_for(
                asyncio.to_thread(run), max(0.0, deadline - time.monotonic())
            )
        except TimeoutError:
            raise _over_budget(self.settings.coding_budget_s) from None


def _unavailable(message: str, retry: bool = True) -> ApiError:
    headers = {"Retry-After": "5"} if retry else None
    return ApiError(503, "coder_busy", message, headers=headers)


def _no_coder() -> ApiError:
    return ApiError(503, "coder_unavailable", "the coder is unavailable (see the server log)")


def _over_budget(budget_s: float) -> ApiError:
    return ApiError(
        503,
        "coding_timeout",
        f"coding took longer than the budget of {budget_s:g}s (WHIMBREL_CODING_BUDGET); "
        "send a shorter text",
        headers={"Retry-After": "5"},
    )
