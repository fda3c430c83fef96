"""A killed ingest leaves no half-stored article, and the next run completes the rest.

These start the real `whimbrel ingest` in a subprocess and kill it mid-run (SIGKILL: no chance
to clean up) or stop it (SIGTERM: the run is marked interrupted).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from whimbrel.pipeline import Coder, make_article
from whimbrel.runs import ingest_into
from whimbrel.sources import read_sources
from whimbrel.store import Store, open_engine, tables

ARTICLES = 100


def _corpus(path: Path) -> dict[str, str]:
    texts = {
        f"report-{i}": (
            f"Report {i}: Norway's foreign minister met Swedish officials in Oslo on Monday to "
            f"discuss fishing quota number {i}. The talks ended without agreement, officials "
            "said. Sweden will host the next round in Stockholm."
        )
        for i in range(ARTICLES)
    }
    path.write_text(
        "".join(
            json.dumps({"id": k, "text": v, "published": "2024-06-03"}) + "\n"
            for k, v in texts.items()
        ),
        encoding="utf-8",
    )
    return texts


def _count(url: str) -> int:
    engine = open_engine(url)
    try:
        with engine.connect() as conn:
            if not sa.inspect(conn).has_table("articles"):
                return 0
            return conn.scalar(sa.select(sa.func.count()).select_from(tables.articles)) or 0
    finally:
        engine.dispose()


def _start_and_wait_for_more_than(source: Path, url: str, already: int) -> subprocess.Popen:
    """Start `whimbrel ingest` and return once it has stored a new article."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "whimbrel", "ingest", str(source), "--db", url],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while _count(url) <= already:
        if proc.poll() is not None:
            pytest.fail(f"ingest ended before it could be stopped: {proc.stderr.read()!r}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("ingest stored nothing within 120 s")
        time.sleep(0.02)
    return proc


def test_stopped_and_killed_runs_lose_and_duplicate_nothing(
    tmp_path: Path, db_url: str, coder: Coder
) -> None:
    source = tmp_path / "reports.jsonl"
    texts = _corpus(source)

    # SIGTERM: the run finishes the article in hand, records itself as interrupted, exits 130.
    proc = _start_and_wait_for_more_than(source, db_url, 0)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"interrupted (run again to finish)" in err
    after_term = _count(db_url)
    with Store.open(db_url) as store, store.engine.connect() as conn:
        run = conn.execute(sa.select(tables.runs)).one()
    assert (run.status, run.coded) == ("interrupted", after_term)

    # SIGKILL: no chance to clean up; whatever was committed is whole.
    proc = _start_and_wait_for_more_than(source, db_url, after_term)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()

    with Store.open(db_url) as store:
        stored = list(store.articles())
        assert after_term < len(stored) < ARTICLES, "the kill should land mid-run"
        # Every stored article is whole: exactly what coding it again gives.
        for coded in stored:
            article = make_article(
                texts[coded.article.id], coded.article.published, id=coded.article.id
            )
            assert coded == coder.code(article)
        # The next run stores the rest and nothing twice.
        summary = ingest_into(store, read_sources([str(source)]), coder.settings, coder=coder)
        assert (summary.coded, summary.duplicates, summary.failures) == (
            ARTICLES - len(stored),
            len(stored),
            [],
        )
        assert sorted(c.article.id for c in store.articles()) == sorted(texts)
        with store.engine.connect() as conn:
            statuses = list(conn.scalars(sa.select(tables.runs.c.status).order_by("id")))
        assert statuses == ["interrupted", "running", "finished"]  # the killed run never ended
