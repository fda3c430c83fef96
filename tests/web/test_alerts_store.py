"""Escalation alerts over a real SQLite store: `alerts.stored_alerts`, `GET /alerts`, the
overview and `whimbrel alerts` fire on a planted escalation, naming the events behind it, and
stay quiet on flat noise."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient
from web_builders import ERDOGAN, RUSSIA, TURKEY, UKRAINE, ZELENSKY, Spec, build

from whimbrel.alerts import stored_alerts
from whimbrel.records import Actor, CodedArticle
from whimbrel.store import Store
from whimbrel.web.app import create_app
from whimbrel.web.config import WebSettings

MONDAY = date(2021, 1, 4)
WEEKS = [MONDAY + timedelta(weeks=i) for i in range(20)]
SYRIA = ("Syrian army positions", Actor("SYRMIL", "SYR", "MIL", "Syria"))
ISRAEL = ("Israeli officials", Actor("ISRGOV", "ISR", "GOV", "Israel"))
EGYPT = ("Egyptian mediators", Actor("EGYGOV", "EGY", "GOV", "Egypt"))
# (source, target, speaker, CAMEO codes drawn from): stationary dyads for the noise
DYADS = [
    (RUSSIA, UKRAINE, ZELENSKY, ("190", "036", "112")),
    (TURKEY, SYRIA, ERDOGAN, ("036", "190", "042")),
    (ISRAEL, EGYPT, ERDOGAN, ("036", "042", "112")),
]


def _articles(specs: list[Spec]) -> list[CodedArticle]:
    return [build(n, spec) for n, spec in enumerate(specs, start=1)]


def noise_specs(seed: int) -> list[Spec]:
    """Twenty weeks of each dyad at a fixed Poisson rate and a fixed mix of codes."""
    rng = np.random.default_rng(seed)
    out = []
    for source, target, speaker, codes in DYADS:
        for week in WEEKS:
            for _ in range(int(rng.poisson(2.0))):
                day = week + timedelta(days=int(rng.integers(0, 7)))
                code = str(rng.choice(codes))
                out.append(Spec(day, source, "acted on", code, target, speaker, "We said so"))
    return out


def _store(path: Path, specs: list[Spec]) -> Store:
    store = Store.open(f"sqlite:///{path}")
    for coded in _articles(specs):
        store.write(coded)
    return store


@pytest.fixture
def planted(tmp_path: Path) -> Iterator[Store]:
    """The noise, plus eight Turkish attacks on Syrian positions in the last week."""
    last = WEEKS[-1]
    attacks = [
        Spec(last + timedelta(days=i % 5), TURKEY, "shelled", "190", SYRIA, ERDOGAN, "Enough")
        for i in range(8)
    ]
    store = _store(tmp_path / "planted.sqlite", noise_specs(seed=3) + attacks)
    yield store
    store.close()


@pytest.fixture
def noise(tmp_path: Path) -> Iterator[Store]:
    store = _store(tmp_path / "noise.sqlite", noise_specs(seed=3))
    yield store
    store.close()


def _client(store: Store) -> TestClient:
    return TestClient(create_app(store=store, web=WebSettings(api_token=None)))


def test_a_planted_escalation_fires_with_its_events(planted: Store) -> None:
    with planted.engine.connect() as conn:
        found = stored_alerts(conn, "week", since=WEEKS[8])
    hits = [a for a in found if a.alert.dyad == ("TUR", "SYR")]
    assert hits, [a.alert for a in found]
    hit = hits[0]
    assert hit.alert.period == WEEKS[-1] and hit.alert.direction == "escalation"
    assert hit.period_end == WEEKS[-1] + timedelta(days=6)
    behind = planted.events(hit.events)
    assert len(behind) == hit.event_count >= 8
    assert all(r.source_country == "TUR" and r.target_country == "SYR" for r in behind)
    assert all(WEEKS[-1] <= r.day <= hit.period_end for r in behind)
    assert list(hit.event_pks) == [r.event_pk for r in behind][: len(hit.event_pks)]


def test_flat_noise_stays_quiet(noise: Store) -> None:
    with noise.engine.connect() as conn:
        assert stored_alerts(conn, "week", since=WEEKS[8]) == []
        assert stored_alerts(conn, "month", since=WEEKS[0]) == []
        # a range before anything stored, or after it, tests nothing
        assert stored_alerts(conn, "month", until=date(1666, 2, 3)) == []
        assert stored_alerts(conn, "week", since=date(2030, 1, 1)) == []


def test_the_api_reports_the_same_alerts(planted: Store, noise: Store) -> None:
    client = _client(planted)
    body = client.get("/alerts", params={"by": "week", "since": WEEKS[8].isoformat()}).json()
    with planted.engine.connect() as conn:
        expected = stored_alerts(conn, "week", since=WEEKS[8])
    assert [(i["source"], i["target"], i["period"], i["measure"]) for i in body["items"]] == [
        (a.alert.dyad[0], a.alert.dyad[1], a.alert.period.isoformat(), a.alert.measure)
        for a in expected
    ]
    item = next(i for i in body["items"] if (i["source"], i["target"]) == ("TUR", "SYR"))
    listed = client.get(item["links"]["events"] + "&limit=500").json()
    assert listed["total"] == item["event_count"]
    assert [e["event_pk"] for e in listed["items"]][: len(item["event_pks"])] == item["event_pks"]
    assert "/alerts" in client.get("/openapi.json").json()["paths"]
    assert (
        _client(noise).get("/alerts", params={"since": WEEKS[8].isoformat()}).json()["items"] == []
    )


def test_the_overview_shows_alerts_with_links(planted: Store) -> None:
    html = _client(planted).get("/ui/", params={"by": "week"}).text
    assert 'id="alert-table"' in html and "TUR → SYR" in html
    assert "/ui/events?source=TUR&amp;target=SYR&amp;from=" + WEEKS[-1].isoformat() in html


def test_bad_alert_queries_are_refused(noise: Store) -> None:
    client = _client(noise)
    assert client.get("/alerts", params={"by": "fortnight"}).status_code == 422
    bad = client.get("/alerts", params={"since": "2021-05-01", "until": "2021-01-01"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "whimbrel", "alerts", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
        timeout=120,
    )


def test_the_alerts_command_prints_the_same_alerts(planted: Store, noise: Store) -> None:
    db = str(planted.engine.url)
    with planted.engine.connect() as conn:
        expected = stored_alerts(conn, "week", since=WEEKS[8])
    result = _cli("--db", db, "--since", WEEKS[8].isoformat(), "--by", "week", "--format", "json")
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert [(a["source"], a["target"], a["period"], a["event_pks"]) for a in printed] == [
        (a.alert.dyad[0], a.alert.dyad[1], a.alert.period.isoformat(), list(a.event_pks))
        for a in expected
    ]
    table = _cli("--db", db, "--since", WEEKS[8].isoformat())
    assert table.returncode == 0 and "TUR -> SYR" in table.stdout
    quiet = _cli("--db", str(noise.engine.url), "--since", WEEKS[8].isoformat())
    assert quiet.returncode == 0 and quiet.stdout == ""
    assert "no alerts" in quiet.stderr
    refused = _cli("--db", db, "--by", "day")
    assert refused.returncode == 2  # a day has no baseline of its own: not offered
