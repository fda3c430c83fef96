"""Strict read parameters: NUL refused everywhere, dates only where dates are asked for, and
every status the API answers written in its OpenAPI document.

The app runs over a real SQLite store holding one coded article; no model is needed (every
request here is refused or answered before coding).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from fastapi.testclient import TestClient

from whimbrel.records import Actor, Article, CodedArticle, Mention
from whimbrel.store import Store
from whimbrel.web.app import create_app
from whimbrel.web.config import WebSettings

TOKEN = "strict-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = Store.open(f"sqlite:///{tmp_path_factory.mktemp('strict') / 'strict.sqlite'}")
    text = "Norway's foreign minister met Swedish officials in Oslo."
    mention = Mention("Norway", (0, 6), Actor("NOR", "NOR", None, "norway"), 0)
    store.write(CodedArticle(Article("a1", text, date(2024, 6, 3)), mentions=(mention,)))
    app = create_app(store=store, web=WebSettings(api_token=TOKEN))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
    store.close()


@pytest.mark.parametrize(
    "path",
    [
        "/actors?q=%00",
        "/actors?q=Nor%00way",
        "/events?source=%00RUS",
        "/events?%00=1",
        "/events?to=2024-06-03%00",
        "/ui/events?source=%00",
    ],
)
def test_nul_in_any_parameter_is_refused(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 422, response.text
    if not path.startswith("/ui"):
        assert "NUL" in response.json()["error"]["message"]


def test_a_search_without_nul_still_matches(client: TestClient) -> None:
    found = client.get("/actors?q=Nor").json()["items"]
    assert [a["text"] for a in found] == ["Norway"]
    assert client.get("/actors?q=zzz").json()["items"] == []


@pytest.mark.parametrize("value", ["0", "0.0", "1700000000", "2024-06", "06/03/2024", "true"])
def test_date_parameters_take_dates_only(client: TestClient, value: str) -> None:
    assert client.get(f"/events?to={value}").status_code == 422
    assert client.get(f"/events?from={value}").status_code == 422
    assert client.get(f"/dyads/NOR/SWE/series?from={value}").status_code == 422


def test_a_date_is_still_a_date(client: TestClient) -> None:
    assert client.get("/events?from=2024-06-01&to=2024-06-03").status_code == 200


@pytest.mark.parametrize("published", [0, 0.0, 1700000000, True, "0", "2024-06"])
def test_a_body_date_takes_a_date_only(client: TestClient, published: object) -> None:
    response = client.post("/code", json={"text": "Hello.", "published": published}, headers=AUTH)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["details"][0]["where"] == "body.published"


def test_the_openapi_document_lists_every_status(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path, operations in paths.items():
        for method, operation in operations.items():
            listed = set(operation["responses"])
            assert {"400", "422"} <= listed, (method, path, listed)
            if method == "post":
                assert {"401", "403", "413", "503"} <= listed, (method, path, listed)
