"""The JSON API: every endpoint, auth, validation errors, pagination, limits, error shape."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_builders import DYAD, SPIKE_DAY
from web_support import AUTH, TOKEN, Filled

from whimbrel.contract import validate
from whimbrel.errors import InputError
from whimbrel.pipeline import Coder
from whimbrel.settings import Settings
from whimbrel.store import EventFilter, Store, tables
from whimbrel.web.app import create_app
from whimbrel.web.config import WebSettings

ARTICLE = {
    "text": "Turkish President Recep Tayyip Erdogan said on Thursday that Russian and "
    "Ukrainian delegations would meet in Ankara next week.",
    "published": "2024-03-14",
    "title": "Talks in Ankara",
}


def assert_error(response, status: int, code: str) -> dict:
    """Every error has the one body shape, with no traceback in it."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"status", "code", "message", "details"}
    assert error["status"] == status and error["code"] == code
    assert error["message"] and "\n" not in error["message"]
    assert "Traceback" not in response.text
    return error


# --- health and reads ---------------------------------------------------------------------


def test_health_reports_counts_and_policy(client: TestClient, filled: Filled) -> None:
    body = client.get("/health").json()
    counts = filled.store.counts()
    assert body["status"] == "ok" and body["database"] == "sqlite"
    assert body["articles"] == counts["articles"] == filled.samples + filled.built
    assert body["events"] == counts["events"]
    assert body["writes_enabled"] is True and body["reads"] == "open"


def test_events_filter_like_the_cli(client: TestClient, filled: Filled) -> None:
    source, target = DYAD
    spike = SPIKE_DAY.isoformat()
    params = {"source": source, "target": target, "from": spike, "to": spike}
    page = client.get("/events", params=params).json()

    expected = filled.store.events(EventFilter(SPIKE_DAY, SPIKE_DAY, source, target))
    assert page["total"] == len(expected) >= 5  # the hand-made spike, plus what the coder finds
    assert [i["event_pk"] for i in page["items"]] == [r.event_pk for r in expected]
    for item in page["items"]:
        assert item["source_country"] == source and item["target_country"] == target
        assert item["day"] == "2024-03-18"
    roots = client.get("/events", params={"root": "19", "limit": 500}).json()
    assert roots["total"] > 0 and {i["root"] for i in roots["items"]} == {"19"}
    assert client.get("/events", params={"min_confidence": 0.9}).json()["total"] == len(
        filled.store.events(EventFilter(min_confidence=0.9))
    )
    assert client.get("/events", params={"modality": "negated"}).json()["total"] == len(
        [r for r in filled.store.events() if r.modality == "negated"]
    )


# An event in GET /events: these fields, in this order (what clients read).
EVENT_ITEM_FIELDS = (
    "event_pk article_pk article_id article_title article_url publisher published event_id "
    "day date date_basis source_text source_code source_country source_role source_entity "
    "target_text target_code target_country target_role target_entity cameo root quad_class "
    "goldstein plover modality confidence location_name location_country location_lat "
    "location_lon trigger_text trigger_start trigger_end sentence_index sentence_text quote "
    "rule cluster_id cluster_mentions cluster_articles cluster_sources links"
).split()


def test_event_items_are_the_stored_rows(client: TestClient, filled: Filled) -> None:
    page = client.get("/events", params={"limit": 500}).json()
    rows = filled.store.events()
    assert len(page["items"]) == len(rows)
    for item, row in zip(page["items"], rows, strict=True):
        assert list(item) == EVENT_ITEM_FIELDS
        for name in EVENT_ITEM_FIELDS[:-1]:
            value = getattr(row, name)
            assert item[name] == (value.isoformat() if isinstance(value, date) else value)
        assert item["links"] == {
            "self": f"/events/{row.event_pk}",
            "article": f"/ui/articles/{row.article_pk}",
        }


def test_events_paginate_without_gaps_or_repeats(client: TestClient, filled: Filled) -> None:
    total = len(filled.store.events())
    seen: list[int] = []
    url: str | None = "/events?limit=7"
    pages = 0
    while url:
        page = client.get(url).json()
        assert page["total"] == total and len(page["items"]) <= 7
        seen += [i["event_pk"] for i in page["items"]]
        url = page["next"]
        pages += 1
    assert pages == -(-total // 7)
    assert seen == [r.event_pk for r in filled.store.events()]
    beyond = client.get("/events", params={"offset": total + 10}).json()
    assert beyond["items"] == [] and beyond["next"] is None


def test_next_link_keeps_the_filters(client: TestClient) -> None:
    page = client.get("/events", params={"source": "RUS", "limit": 2}).json()
    assert "source=RUS" in page["next"] and "offset=2" in page["next"]


def test_event_with_its_evidence(client: TestClient, filled: Filled) -> None:
    row = filled.store.events()[-1]
    body = client.get(f"/events/{row.event_pk}").json()
    event, evidence = body["event"], body["evidence"]
    assert event["cameo"] == row.cameo and event["id"] == row.event_id
    sentence = evidence["sentence"]
    start, end = evidence["trigger"]
    assert sentence[start:end] == event["trigger"]["text"]
    if evidence["source"]:
        s, e = evidence["source"]
        assert sentence[s:e] == event["source"]["text"]
    assert body["article"]["id"] == row.article_id
    assert client.get(body["links"]["article"]).status_code == 200


def test_missing_event_is_404(client: TestClient) -> None:
    assert_error(client.get("/events/999999"), 404, "not_found")
    assert_error(client.get("/events/0"), 422, "invalid_request")
    assert_error(client.get(f"/events/{2**70}"), 422, "invalid_request")


@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_dyad_series_matches_the_store(client: TestClient, filled: Filled, by: str) -> None:
    source, target = DYAD
    body = client.get(f"/dyads/{source}/{target}/series", params={"by": by}).json()
    expected = filled.store.dyad(source, target, by)  # type: ignore[arg-type]
    assert body["by"] == by and len(body["periods"]) == len(expected) > 0
    for got, want in zip(body["periods"], expected, strict=True):
        assert got["period"] == want.period.isoformat()
        assert got["events"] == want.events
        assert got["goldstein_mean"] == pytest.approx(want.goldstein_mean)
        assert sum(got["quad_counts"].values()) == want.events
        assert date.fromisoformat(got["period_end"]) >= want.period
    assert sum(p["events"] for p in body["periods"]) == len(
        client.get("/events", params={"source": source, "target": target}).json()["items"]
    )


def test_dyad_series_by_day_peaks_on_the_spike(client: TestClient) -> None:
    periods = client.get("/dyads/RUS/UKR/series").json()["periods"]
    peak = max(periods, key=lambda p: p["events"])
    assert peak["period"] == SPIKE_DAY.isoformat()


def test_actor_search(client: TestClient) -> None:
    body = client.get("/actors", params={"q": "zelensky"}).json()
    assert body["items"] and all(
        "zelensky" in (i["text"] + str(i["entity"])).lower() for i in body["items"]
    )
    by_code = client.get("/actors", params={"q": "RUSGOV"}).json()["items"]
    assert by_code and {i["code"] for i in by_code} == {"RUSGOV"}
    # LIKE wildcards are literal characters, not patterns.
    assert client.get("/actors", params={"q": "%"}).json()["items"] == []
    assert client.get("/actors", params={"q": "_"}).json()["items"] == []


# --- writes and auth -----------------------------------------------------------------------


def test_code_returns_the_contract(client: TestClient) -> None:
    response = client.post("/code", json=ARTICLE, headers=AUTH)
    assert response.status_code == 200, response.text
    document = response.json()
    validate(document)
    assert document["article"]["published"] == "2024-03-14"
    assert document["article"]["title"] == "Talks in Ankara"
    assert any(t["value"] == "2024-03-14" for t in document["timexes"])


def test_store_article_then_duplicate(client: TestClient, filled: Filled) -> None:
    body = dict(ARTICLE, url="https://example.org/api-test/1")
    before = filled.store.counts()["articles"]
    first = client.post("/articles", json=body, headers=AUTH)
    assert first.status_code == 201, first.text
    stored = first.json()
    assert stored["stored"] is True
    assert filled.store.read(stored["article_pk"]).article.url == body["url"]
    again = client.post("/articles", json=body, headers=AUTH)
    assert again.status_code == 200
    assert again.json() == {**stored, "stored": False, "events": None}
    assert filled.store.counts()["articles"] == before + 1
    assert client.get(stored["links"]["page"]).status_code == 200


@pytest.mark.parametrize("path", ["/code", "/articles"])
def test_writes_need_the_token(client: TestClient, path: str) -> None:
    error = assert_error(client.post(path, json=ARTICLE), 401, "missing_token")
    assert "Bearer" in error["message"]
    wrong = {"Authorization": "Bearer not-the-token-at-all"}
    assert_error(client.post(path, json=ARTICLE, headers=wrong), 403, "bad_token")
    basic = {"Authorization": "Basic dXNlcjpwYXNz"}
    assert_error(client.post(path, json=ARTICLE, headers=basic), 401, "missing_token")


def test_without_a_configured_token_writes_are_refused(filled: Filled, coder: Coder) -> None:
    app = create_app(store=filled.store, web=WebSettings(api_token=None), coder=coder)
    with TestClient(app) as plain:
        for headers in ({}, AUTH):
            error = assert_error(
                plain.post("/code", json=ARTICLE, headers=headers), 503, "writes_disabled"
            )
            assert "WHIMBREL_API_TOKEN" in error["message"]
        assert plain.get("/events").status_code == 200


def test_token_protected_reads(filled: Filled, coder: Coder) -> None:
    web = WebSettings(api_token=TOKEN, reads="token")
    app = create_app(store=filled.store, web=web, coder=coder)
    with TestClient(app) as guarded:
        assert_error(guarded.get("/events"), 401, "missing_token")
        assert_error(guarded.get("/actors", params={"q": "x"}), 401, "missing_token")
        assert_error(
            guarded.get("/events", headers={"Authorization": "Bearer nope"}), 403, "bad_token"
        )
        assert guarded.get("/events", headers=AUTH).status_code == 200
        assert guarded.get("/health").status_code == 200
        page = guarded.get("/ui/events")
        assert page.status_code == 401 and "Sign in" in page.text
        login = guarded.post(
            "/ui/login", data={"token": TOKEN, "next": "/ui/events"}, follow_redirects=False
        )
        assert login.status_code == 303 and login.headers["location"] == "/ui/events"
        assert "httponly" in login.headers["set-cookie"].lower()
        assert guarded.get("/ui/events").status_code == 200  # the cookie now carries the token
        bad = guarded.post("/ui/login", data={"token": "wrong-token-wrong"})
        assert bad.status_code == 403


def test_reads_by_token_need_a_token_configured(filled: Filled) -> None:
    with pytest.raises(InputError, match="WHIMBREL_API_TOKEN"):
        create_app(store=filled.store, web=WebSettings(reads="token"))


def test_settings_from_env_have_no_default_token() -> None:
    assert WebSettings.from_env({}).api_token is None
    env = {
        "WHIMBREL_API_TOKEN": TOKEN,
        "WHIMBREL_API_READS": "token",
        "WHIMBREL_API_MAX_BODY": "4096",
    }
    web = WebSettings.from_env(env)
    assert (web.api_token, web.reads, web.max_body_bytes) == (TOKEN, "token", 4096)
    with pytest.raises(InputError, match="WHIMBREL_API_READS"):
        WebSettings.from_env({"WHIMBREL_API_READS": "sometimes"})
    with pytest.raises(InputError, match="WHIMBREL_API_TOKEN"):
        WebSettings.from_env({"WHIMBREL_API_TOKEN": "short"})
    with pytest.raises(InputError, match="WHIMBREL_API_MAX_BODY"):
        WebSettings.from_env({"WHIMBREL_API_MAX_BODY": "lots"})


# --- validation, limits, errors ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({}, "body.text"),
        ({"text": ""}, "body.text"),
        ({"text": "   \n "}, "body.text"),
        ({"text": "x", "published": "14/03/2024"}, "body.published"),
        ({"text": "x", "surprise": 1}, "body.surprise"),
        ({"text": 42}, "body.text"),
    ],
)
def test_bad_article_bodies_are_422(client: TestClient, body: dict, where: str) -> None:
    error = assert_error(client.post("/code", json=body, headers=AUTH), 422, "invalid_request")
    assert error["details"][0]["where"] == where
    assert error["message"].startswith(where)


def test_body_that_is_not_json(client: TestClient) -> None:
    response = client.post(
        "/code", content=b"{not json", headers={**AUTH, "content-type": "application/json"}
    )
    assert_error(response, 422, "invalid_request")


@pytest.mark.parametrize(
    "params",
    [
        {"from": "2024-13-01"},
        {"from": "2024-03-10", "to": "2024-03-01"},
        {"source": "R U S"},
        {"source": "'; DROP TABLE events; --"},
        {"root": "abc"},
        {"modality": "certain"},
        {"min_confidence": "2"},
        {"limit": "501"},
        {"limit": "0"},
        {"offset": "-1"},
        {"offset": str(2**64)},
    ],
)
def test_bad_event_filters_are_422(client: TestClient, params: dict) -> None:
    assert_error(client.get("/events", params=params), 422, "invalid_request")


def test_bad_dyad_and_actor_queries(client: TestClient) -> None:
    assert_error(
        client.get("/dyads/RUS/UKR/series", params={"by": "fortnight"}), 422, "invalid_request"
    )
    assert_error(client.get("/dyads/R$S/UKR/series"), 422, "invalid_request")
    assert_error(client.get("/actors"), 422, "invalid_request")
    assert_error(client.get("/actors", params={"q": "x" * 101}), 422, "invalid_request")
    assert_error(client.get("/actors", params={"q": "   "}), 422, "invalid_request")


def test_unknown_route_and_method(client: TestClient) -> None:
    assert_error(client.get("/nowhere"), 404, "not_found")
    assert_error(client.delete("/events"), 405, "method_not_allowed")


def test_request_size_limit(filled: Filled, coder: Coder) -> None:
    app = create_app(
        store=filled.store, web=WebSettings(api_token=TOKEN, max_body_bytes=2048), coder=coder
    )
    with TestClient(app) as small:
        big = {"text": "word " * 1000}
        assert_error(small.post("/code", json=big, headers=AUTH), 413, "request_too_large")

        def chunks():  # no Content-Length: the limit applies while streaming
            for _ in range(10):
                yield b"x" * 1000

        streamed = small.post("/code", content=chunks(), headers=AUTH)
        assert_error(streamed, 413, "request_too_large")
        assert small.post("/code", json={"text": "Talks opened."}, headers=AUTH).status_code == 200


def test_server_errors_hide_the_cause(tmp_path: Path, coder: Coder) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'broken.sqlite'}")
    tables.events.drop(store.engine)  # a database broken behind the app's back
    app = create_app(store=store, web=WebSettings(api_token=TOKEN), coder=coder)
    with TestClient(app, raise_server_exceptions=False) as broken:
        response = broken.get("/events")
        error = assert_error(response, 500, "internal_error")
        assert "events" not in error["message"] and "sqlite" not in response.text.lower()
    store.close()


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in (
        "/code",
        "/articles",
        "/events",
        "/events/{event_pk}",
        "/dyads/{source}/{target}/series",
        "/actors",
        "/alerts",
        "/health",
    ):
        assert path in paths
    assert not any(p.startswith("/ui") for p in paths)
    assert "HTTPBearer" in spec["components"]["securitySchemes"]
    # Swagger UI and ReDoc, with their scripts served by the app itself (no CDN)
    for page in ("/docs", "/redoc"):
        html = client.get(page).text
        scripts = re.findall(r'<script[^>]*src="([^"]+)"', html)
        styles = re.findall(r'<link[^>]*href="([^"]+)"', html)
        assert scripts, page
        for asset in scripts + styles:
            assert asset.startswith("/") and not asset.startswith("//"), asset
            assert client.get(asset).status_code == 200, asset


def test_docs_name_every_endpoint_and_setting(client: TestClient) -> None:
    """docs/web.md (which the README points to) says what the app does."""
    root = Path(__file__).resolve().parents[2]
    docs = (root / "docs" / "web.md").read_text(encoding="utf-8")
    for path, methods in client.get("/openapi.json").json()["paths"].items():
        for method in methods:
            assert f"`{method.upper()} {path}`" in docs, f"{method.upper()} {path} undocumented"
    config = (root / "src" / "whimbrel" / "web" / "config.py").read_text(encoding="utf-8")
    variables = set(re.findall(r'"(WHIMBREL_API_[A-Z_]+)"', config))
    assert len(variables) == 3
    for variable in variables:
        assert f"`{variable}`" in docs, f"{variable} undocumented"


def test_a_coder_that_cannot_load_is_503(filled: Filled) -> None:
    settings = Settings(model="whimbrel-no-such-model")
    app = create_app(store=filled.store, settings=settings, web=WebSettings(api_token=TOKEN))
    with TestClient(app, raise_server_exceptions=False) as no_model:
        error = assert_error(
            no_model.post("/code", json=ARTICLE, headers=AUTH), 503, "coder_unavailable"
        )
        assert "no-such-model" not in error["message"]  # details go to the server log
        assert no_model.get("/events").status_code == 200  # reading needs no model
