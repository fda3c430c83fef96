"""The store's commands: ingest, events, dyad, export and watch."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from rich.console import Console
from store_builders import coded, event, mention, page, rss, serve
from typer.testing import CliRunner

from whimbrel.cli import app, render
from whimbrel.errors import InputError
from whimbrel.fetch import FetchPolicy
from whimbrel.pipeline import Coder
from whimbrel.runs import parse_every, read_feeds_file, watch
from whimbrel.store import Store

SAMPLES = Path(str(resources.files("whimbrel").joinpath("data/samples")))
runner = CliRunner()


def test_ingest_command_twice(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    first = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db])
    assert first.exit_code == 0, first.output
    assert "coded 4 article(s)" in first.stderr
    second = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db])
    assert second.exit_code == 0
    assert "coded 0 article(s)" in second.stderr
    assert "skipped 4 duplicate(s)" in second.stderr


def test_bad_database_url_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["events", "--db", "oracle://x/y"])
    assert result.exit_code == 1
    assert "oracle://x/y: unsupported database 'oracle'" in result.stderr


def _fill(db_url: str) -> None:
    rus, ukr = mention("Russia", "RUSGOV", "RUS"), mention("Ukraine", "UKRGOV", "UKR")
    with Store.open(db_url) as store:
        for i, (day, cameo, g, q) in enumerate(
            [("2022-03-01", "190", -10.0, 4), ("2022-03-15", "036", 4.0, 1)]
        ):
            text = f"Russia and Ukraine, report {i}."
            e = event(text, rus, ukr, cameo, day, goldstein=g, quad_class=q)
            store.write(coded(f"n{i}", text, date.fromisoformat(day), (e,)))


def test_events_dyad_and_export_commands(db_url: str, tmp_path: Path) -> None:
    _fill(db_url)
    listed = runner.invoke(app, ["events", "--db", db_url, "--root", "19", "--format", "csv"])
    assert listed.exit_code == 0, listed.output
    rows = list(csv.DictReader(io.StringIO(listed.stdout)))
    assert [(r["cameo"], r["source_country"], r["day"]) for r in rows] == [
        ("190", "RUS", "2022-03-01")
    ]
    table = runner.invoke(app, ["events", "--db", db_url, "--source", "RUS"])
    assert "2 events" in table.stdout
    # json is one array; jsonl one event a line; both carry the same rows as csv.
    as_json = runner.invoke(app, ["events", "--db", db_url, "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    array = json.loads(as_json.stdout)
    assert [(e["cameo"], e["day"]) for e in array] == [("190", "2022-03-01"), ("036", "2022-03-15")]
    as_lines = runner.invoke(app, ["events", "--db", db_url, "--format", "jsonl"])
    assert [json.loads(line) for line in as_lines.stdout.splitlines()] == array
    assert runner.invoke(app, ["events", "--db", db_url, "--format", "xml"]).exit_code == 2

    dyad = runner.invoke(
        app, ["dyad", "RUS", "UKR", "--by", "month", "--db", db_url, "--format", "json"]
    )
    assert dyad.exit_code == 0, dyad.output
    assert json.loads(dyad.stdout) == [
        {
            "period": "2022-03-01",
            "events": 2,
            "goldstein_sum": -6.0,
            "goldstein_mean": -3.0,
            "quad1": 1,
            "quad2": 0,
            "quad3": 0,
            "quad4": 1,
        }
    ]
    out = tmp_path / "events.tsv"
    exported = runner.invoke(app, ["export", "--format", "gdelt", "--db", db_url, str(out)])
    assert exported.exit_code == 0, exported.output
    assert "wrote 2 rows" in exported.stderr
    assert [len(line.split("\t")) for line in out.read_text().splitlines()] == [61, 61]
    bad = runner.invoke(app, ["export", "--format", "xml", "--db", db_url, str(out)])
    assert bad.exit_code == 2


def test_parse_every_and_feeds_file(tmp_path: Path) -> None:
    assert parse_every("15m") == 900
    assert parse_every("30s") == 30
    assert parse_every("1h") == 3600
    with pytest.raises(InputError, match="bad interval"):
        parse_every("soon")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("# my feeds\n\nhttp://127.0.0.1:1/rss\n", encoding="utf-8")
    assert read_feeds_file(feeds) == ["http://127.0.0.1:1/rss"]


def test_watch_polls_ingests_new_items_and_survives_a_down_feed(
    tmp_path: Path, coder: Coder
) -> None:
    talks = "Chile's president met Argentine officials in Santiago on Monday to discuss trade."
    strike = "Dock workers in Rotterdam went on strike on Tuesday over pay, the union said."
    routes = {"/talks": (200, "text/html", page("Talks", talks, "2024-07-01"))}
    with serve(routes) as (base, _seen):
        routes["/feed"] = (200, "application/rss+xml", rss([f"{base}/talks"]))
        log = io.StringIO()
        cycles_seen: list[int] = []

        def between_cycles(_seconds: float) -> None:
            # The feed gains an entry between the first and second cycle.
            cycles_seen.append(len(cycles_seen) + 1)
            routes["/strike"] = (200, "text/html", page("Strike", strike, "2024-07-02"))
            routes["/feed"] = (
                200,
                "application/rss+xml",
                rss([f"{base}/talks", f"{base}/strike"]),
            )

        console = Console(file=log, width=200)
        with Store.open(f"sqlite:///{tmp_path / 'watch.sqlite'}") as store:
            done = watch(
                store,
                [f"{base}/feed", "http://127.0.0.1:9/down-feed"],
                coder.settings,
                every_s=0.01,
                cycles=2,
                on_cycle=render.watch_cycle(console),
                sleep=between_cycles,
                coder=coder,
                policy=FetchPolicy(timeout_s=2, retries=0),
            )
            render.watch_stopped(console, done)
            assert done == 2
            assert store.counts()["articles"] == 2
    lines = log.getvalue().splitlines()
    assert "cycle 1: 1 new, 0 already stored, 1 failed" in lines[0]
    assert "down-feed: cannot fetch" in lines[1]
    assert "cycle 2: 1 new, 1 already stored, 1 failed" in lines[2]
    assert lines[-1] == "watch stopped after 2 cycle(s)"
