"""Runs that tell the analyst what happened (issue 17, items 2, 9 and 10): undated articles
and events counted, progress on long work, feeds that fall back to their own items.

Feeds are local files and pages come from a loopback HTTP server; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from whimbrel.cli import app, render
from whimbrel.cli.coding import CountingCoder
from whimbrel.fetch import FetchPolicy
from whimbrel.pipeline import Coder, make_article
from whimbrel.records import Failure, SourcedArticle
from whimbrel.sources import FEED_FALLBACK, read_sources
from whimbrel.store import Store

runner = CliRunner()
SAMPLES = Path(str(resources.files("whimbrel").joinpath("data/samples/articles.jsonl")))
FAST = FetchPolicy(timeout_s=2, retries=0)

TALKS = "Chile's president met Argentine officials in Santiago on Monday to discuss trade."
STRIKE = "Dock workers in Rotterdam went on strike on Tuesday over pay, the union said."
PROTEST = "Farmers in Lyon protested against new fuel taxes on Friday, blocking roads."


# --- a loopback server and feed files ---------------------------------------------------------


@contextmanager
def pages(routes: dict[str, str]) -> Iterator[str]:
    """Serve `routes` (path -> HTML) on 127.0.0.1; any other path is a 404."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            body = routes.get(self.path)
            self.send_response(200 if body is not None else 404)
            data = (body or "not found").encode()
            self.send_header("Content-Type", "text/html" if body else "text/plain")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def page(title: str, body: str, published: str) -> str:
    return (
        f'<html><head><title>{title}</title><meta property="article:published_time" '
        f'content="{published}"></head><body><article><h1>{title}</h1><p>{body}</p>'
        "</article></body></html>"
    )


def feed(path: Path, items: list[dict[str, str]]) -> Path:
    """An RSS 2.0 file of `items` (title, link, and optional description and pubDate)."""
    entries = []
    for item in items:
        fields = [f"<title>{item['title']}</title>", f"<link>{item['link']}</link>"]
        if "description" in item:
            fields.append(f"<description>{item['description']}</description>")
        if "date" in item:
            fields.append(f"<pubDate>{item['date']}</pubDate>")
        entries.append(f"<item>{''.join(fields)}</item>")
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<link>http://127.0.0.1/</link><description>d</description>{''.join(entries)}"
        "</channel></rss>",
        encoding="utf-8",
    )
    return path


# --- item 10: feeds that work when the page cannot be fetched ---------------------------------


def test_a_feed_item_whose_page_fails_is_its_own_title_description_and_date(
    tmp_path: Path,
) -> None:
    with pages({"/talks": page("Talks", TALKS, "2024-07-01")}) as base:
        rss = feed(
            tmp_path / "news.rss",
            [
                {"title": "Talks", "link": f"{base}/talks", "description": "ignored"},
                {
                    "title": "Dock strike",
                    "link": f"{base}/gone",
                    "description": f"<p>{STRIKE}</p>",
                    "date": "Tue, 02 Jul 2024 08:00:00 GMT",
                },
                {"title": "Headline only", "link": f"{base}/also-gone"},
            ],
        )
        items = list(read_sources([str(rss)], policy=FAST))
    talks, strike, headline = items
    assert isinstance(talks, SourcedArticle) and talks.warnings == ()
    assert TALKS in talks.article.text  # the page, not the feed's description
    assert isinstance(strike, SourcedArticle)
    assert strike.article.text == f"Dock strike\n\n{STRIKE}"  # tags stripped
    assert strike.article.published == date(2024, 7, 2)
    assert strike.article.url == f"{base}/gone"
    assert strike.warnings == (f"{FEED_FALLBACK} (HTTP 404 Not Found)",)
    # The near twin: a headline alone is not coded; the fetch failure stands.
    assert isinstance(headline, Failure)
    assert str(headline) == f"{base}/also-gone: HTTP 404 Not Found"


def test_ingest_stores_the_fallback_article_with_its_warning(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'feeds.sqlite'}"
    with pages({}) as base:
        rss = feed(
            tmp_path / "news.rss",
            [
                {
                    "title": "Farmers protest",
                    "link": f"{base}/protest",
                    "description": PROTEST,
                    "date": "Fri, 05 Jul 2024 10:00:00 GMT",
                }
            ],
        )
        result = runner.invoke(app, ["ingest", str(rss), "--db", db])
    assert result.exit_code == 0, result.output
    assert "coded 1 article(s)" in result.stderr
    with Store.open(db) as store:
        (stored,) = list(store.articles())
    assert stored.article.published == date(2024, 7, 5)
    assert [w for w in stored.warnings if w.startswith(FEED_FALLBACK)] == [
        f"{FEED_FALLBACK} (HTTP 404 Not Found)"
    ]


def _watch(tmp_path: Path, rss: Path) -> tuple[int, str]:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{rss}\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'watch.sqlite'}"
    args = ["watch", str(feeds), "--every", "0.01s", "--cycles", "3", "--db", db]
    result = runner.invoke(app, args)
    return result.exit_code, result.stderr


def test_watch_exits_1_when_every_item_of_a_cycle_failed(tmp_path: Path) -> None:
    with pages({}) as base:
        rss = feed(
            tmp_path / "down.rss",
            [{"title": f"item {n}", "link": f"{base}/gone-{n}"} for n in range(2)],
        )
        code, stderr = _watch(tmp_path, rss)
    assert code == 1
    assert "cycle 1: 0 new, 0 already stored, 2 failed" in stderr
    assert "cycle 2" not in stderr  # it stopped after the cycle that failed whole
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {tmp_path / 'feeds.txt'}: every item of cycle 1 failed (see above); stopping"
    ]


def test_watch_goes_on_when_some_item_of_a_cycle_is_stored(tmp_path: Path) -> None:
    with pages({}) as base:
        rss = feed(
            tmp_path / "half.rss",
            [
                {"title": "item 0", "link": f"{base}/gone-0"},
                {"title": "Dock strike", "link": f"{base}/gone-1", "description": STRIKE},
            ],
        )
        code, stderr = _watch(tmp_path, rss)
    assert code == 0, stderr
    assert "cycle 1: 1 new, 0 already stored, 1 failed" in stderr
    assert "cycle 3: 0 new, 1 already stored, 1 failed" in stderr
    assert "watch stopped after 3 cycle(s)" in stderr


# --- item 2: undated articles and events are counted ------------------------------------------


def test_ingest_counts_undated_articles_and_events_and_gdelt_says_what_it_left_out(
    tmp_path: Path,
) -> None:
    db = f"sqlite:///{tmp_path / 'undated.sqlite'}"
    source = tmp_path / "mixed.jsonl"
    source.write_text(
        json.dumps({"id": "dated", "text": STRIKE, "published": "2024-07-02"})
        + "\n"
        + json.dumps({"id": "undated", "text": TALKS})
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["ingest", str(source), "--db", db])
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        rows = store.events()
    undated = sum(row.day is None for row in rows)
    assert undated >= 1  # the talks article's meeting has no date to fall back on
    assert (
        f"  no date: 1 of the 2 article(s) and {undated} of the {len(rows)} event(s)"
        in result.stderr
    )
    out = tmp_path / "events.tsv"
    exported = runner.invoke(app, ["export", str(out), "--format", "gdelt", "--db", db])
    assert exported.exit_code == 0, exported.output
    assert f"left out {undated} undated event(s)" in exported.stderr
    assert all(line.split("\t")[1].isdigit() for line in out.read_text().splitlines())
    # The twin: a run over dated articles says nothing of dates.
    dated = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db])
    assert dated.exit_code == 0, dated.output
    assert "no date" not in dated.stderr


# --- item 9: progress -------------------------------------------------------------------------


def test_off_a_terminal_a_progress_line_comes_every_interval(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with render.progress("ingest", every_s=0.05) as tracker:
        tracker.update(3, 10, "3 stored")
        tracker.started = time.monotonic() - 30  # 3 of 10 in 30 s: 70 s to go
        time.sleep(0.4)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) >= 3
    assert lines[-1] == "ingest: 3/10 items; 0:00:30 elapsed; about 0:01:10 left; 3 stored"
    with render.progress("load", every_s=0.05) as tracker:
        tracker.update(4, None)  # no total known: no ETA
        time.sleep(0.2)
    assert capsys.readouterr().err.splitlines()[-1].startswith("load: 4 items; 0:00:00 elapsed")


def test_on_a_terminal_the_bar_shows_the_total_and_an_eta(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=200, color_system=None)
    monkeypatch.setattr(render, "err_console", console)
    with render.progress("ingest", every_s=60) as tracker:
        tracker.update(5, 20, "5 stored")
        time.sleep(0.8)
    shown = screen.getvalue()
    assert "5/20" in shown and "ETA" in shown and "5 stored" in shown


def test_a_logged_ingest_is_never_silent_for_longer_than_the_interval(tmp_path: Path) -> None:
    """A real run off a terminal (a pipe): lines come while the model loads and as it codes."""
    env = {**os.environ, "WHIMBREL_PROGRESS_EVERY": "0.5"}
    db = f"sqlite:///{tmp_path / 'logged.sqlite'}"
    result = subprocess.run(
        [sys.executable, "-m", "whimbrel", "ingest", str(SAMPLES), "--db", db],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    progress = [line for line in result.stderr.splitlines() if line.startswith("ingest: ")]
    assert progress, result.stderr
    total = len(SAMPLES.read_text(encoding="utf-8").splitlines())
    assert all(line.split(";")[0].endswith(f"/{total} items") for line in progress)
    assert f"coded {total} article(s)" in result.stderr


def test_eval_counts_each_coded_article_against_the_sets_begun(coder: Coder) -> None:
    tracker = render.Tracker()
    counting = CountingCoder(coder, tracker)
    first = [make_article(TALKS, date(2024, 7, 1), id="t"), make_article(STRIKE, id="s")]
    assert [c.article.id for c in counting.code_many(first)] == ["t", "s"]
    assert (tracker.done, tracker.total) == (2, 2)
    list(counting.code_many([make_article(PROTEST, id="p")]))
    assert (tracker.done, tracker.total) == (3, 3)
