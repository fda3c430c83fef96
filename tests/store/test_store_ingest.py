"""Ingest: code and store articles idempotently, from files, folders, pages and feeds."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_builders import page, rss, serve

from whimbrel.errors import InputError
from whimbrel.fetch import USER_AGENT, FetchPolicy, fetch
from whimbrel.ingest import read_articles
from whimbrel.pipeline import Coder
from whimbrel.records import SourcedArticle
from whimbrel.runs import ingest_into
from whimbrel.sources import read_source, read_sources
from whimbrel.store import Store, tables

SAMPLES = Path(str(resources.files("whimbrel").joinpath("data/samples")))
FAST = FetchPolicy(timeout_s=5, retries=2, backoff_s=0.01)

TALKS = (
    "Finland's foreign minister met her Estonian counterpart in Tallinn on Monday to discuss "
    "ferry links across the Gulf of Finland.\nThe two ministers signed an agreement on joint "
    "border patrols, officials said."
)
PROTEST = (
    "Thousands of farmers protested outside the parliament in Warsaw on Friday against grain "
    "imports.\nPolice said the demonstration was peaceful."
)


def _ingest(store: Store, sources: list[str], coder: Coder, **kw):
    return ingest_into(
        store, read_sources(sources, **kw), coder.settings, sources=sources, coder=coder
    )


def test_ingest_is_idempotent_and_stores_what_the_coder_found(db_url: str, coder: Coder) -> None:
    jsonl = str(SAMPLES / "articles.jsonl")
    with Store.open(db_url) as store:
        first = _ingest(store, [jsonl], coder)
        assert (first.coded, first.duplicates, first.failures) == (3, 0, [])
        expected = list(coder.code_many(a for a in read_articles(jsonl)))
        assert first.events == sum(len(c.events) for c in expected)
        assert store.counts()["events"] == first.events
        assert list(store.articles()) == expected  # every field back, as coded

        again = _ingest(store, [jsonl, str(SAMPLES)], coder)
        # The folder holds the same JSONL (3 duplicates) plus one new .txt article.
        assert (again.coded, again.duplicates) == (1, 6)
        assert store.counts()["articles"] == 4
        with store.engine.connect() as conn:
            runs = conn.execute(sa.select(tables.runs).order_by(tables.runs.c.id)).all()
        assert [(r.status, r.coded, r.duplicates) for r in runs] == [
            ("finished", 3, 0),
            ("finished", 1, 6),
        ]


def test_one_bad_line_is_reported_and_skipped(tmp_path: Path, db_url: str, coder: Coder) -> None:
    source = tmp_path / "mixed.jsonl"
    source.write_text(
        json.dumps({"id": "ok-1", "text": TALKS, "published": "2024-05-06", "source": "Wire"})
        + "\n{not json\n"
        + json.dumps({"id": "empty", "text": "  "})
        + "\n"
        + json.dumps({"id": "ok-2", "text": PROTEST, "date": "2024-05-10"})
        + "\n",
        encoding="utf-8",
    )
    with Store.open(db_url) as store:
        summary = _ingest(store, [str(source)], coder)
        assert summary.coded == 2
        assert len(summary.failures) == 2
        # Each failure names its line and keeps its place in the input.
        assert [(f.source, f.position) for f in summary.failures] == [
            (f"{source} line 2", 1),
            (f"{source} line 3", 2),
        ]
        assert summary.failures[0].problem.startswith("not valid JSON")
        assert summary.failures[1].problem == "empty text"
        with store.engine.connect() as conn:
            query = sa.select(tables.articles.c.id, tables.articles.c.publisher)
            publishers = {id_: publisher for id_, publisher in conn.execute(query)}
            failures = conn.scalar(sa.select(tables.runs.c.failures))
        assert publishers == {"ok-1": "Wire", "ok-2": None}
        assert "line 2" in failures and "line 3" in failures


def test_html_file_and_folder_sources(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(page("Ministers meet", TALKS, "2024-05-06"))
    (tmp_path / "b.txt").write_text(PROTEST, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = list(read_source(str(tmp_path)))
    assert all(isinstance(i, SourcedArticle) for i in items)
    html, text = (i.article for i in items)  # type: ignore[union-attr]
    assert "Gulf of Finland" in html.text and "Contact us" not in html.text
    assert html.title == "Ministers meet"
    assert str(html.published) == "2024-05-06"
    assert text.id == "b" and text.text == PROTEST


def test_pages_and_feeds_over_http(tmp_path: Path, db_url: str, coder: Coder) -> None:
    routes = {
        "/talks": (200, "text/html", page("Ministers meet", TALKS, "2024-05-06")),
        "/protest": (200, "text/html", page("Farmers protest", PROTEST, "2024-05-10")),
    }
    with serve(routes, failures={"/protest": 1}) as (base, seen):
        routes["/feed.xml"] = (
            200,
            "application/rss+xml",
            rss([f"{base}/talks", f"{base}/missing", f"{base}/protest"]),
        )
        url_list = tmp_path / "pages.urls"
        url_list.write_text(f"{base}/talks\n# a comment\n{base}/protest\n", encoding="utf-8")
        with Store.open(db_url) as store:
            feed = ingest_into(
                store,
                read_sources([f"{base}/feed.xml"], policy=FAST),
                coder.settings,
                coder=coder,
            )
            # The 503 on /protest was retried; the 404 was reported and skipped.
            assert feed.coded == 2
            assert [str(f) for f in feed.failures] == [f"{base}/missing: HTTP 404 Not Found"]
            listed = _ingest(store, [str(url_list)], coder, policy=FAST)
            assert (listed.coded, listed.duplicates) == (0, 2)
            urls = {r.article_url for r in store.events()} | {
                a.article.url for a in store.articles()
            }
            assert {f"{base}/talks", f"{base}/protest"} <= urls
    assert seen.count(("/protest", USER_AGENT)) == 3  # one 503, then the page, twice
    assert all(agent == USER_AGENT for _, agent in seen)


def test_fetch_is_polite_and_bounded() -> None:
    with serve({"/big": (200, "text/html", b"x" * 2000)}, failures={"/flaky": 5}) as (base, seen):
        with pytest.raises(InputError, match="larger than the 1000-byte limit"):
            fetch(f"{base}/big", FetchPolicy(max_bytes=1000))
        with pytest.raises(InputError, match=r"/flaky: HTTP 503"):
            fetch(f"{base}/flaky", FAST)
        assert [p for p, _ in seen].count("/flaky") == 3  # the first try and two retries
        with pytest.raises(InputError, match=r"/nothing: HTTP 404"):
            fetch(f"{base}/nothing", FAST)
        assert [p for p, _ in seen].count("/nothing") == 1  # a 404 is not retried
    with pytest.raises(InputError, match="cannot fetch"):
        fetch(base + "/gone", FetchPolicy(timeout_s=2, retries=0))


def test_unusable_sources_are_reported_whole(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    errors = list(read_sources([str(tmp_path / "nope.txt"), str(empty)]))
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'nope.txt'}: no such file",
        f"{empty}: folder holds no .txt, .jsonl, .html or feed files",
    ]
