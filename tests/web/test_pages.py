"""The dashboard pages, rendered server-side: content, links, filters, escaping, headers."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from web_builders import DYAD, SCRIPT_TEXT, SCRIPT_TITLE, SPIKE_DAY
from web_support import Filled

from whimbrel.store import EventFilter, EventRow


class Elements(HTMLParser):
    """The start tags of a page, with their attributes and the text inside them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self.scripts += 1

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [
            a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())
        ]


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


def classes(html: str, css: str) -> list[str]:
    """The texts of the spans with class `css` (first-level text only)."""
    return re.findall(rf'<span class="[^"]*\b{css}\b[^"]*"[^>]*>([^<]*)</span>', html)


def test_root_redirects_to_the_overview(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 307 and response.headers["location"] == "/ui/"


def test_overview_shows_chart_dyads_and_speakers(client: TestClient, filled: Filled) -> None:
    page = client.get("/ui/", params={"from": "2024-03-01", "to": "2024-03-31"})
    assert page.status_code == 200
    html = page.text
    rows = filled.store.events(
        EventFilter(start=SPIKE_DAY.replace(day=1), end=SPIKE_DAY.replace(day=31))
    )
    assert f"{len(rows)} events from 2024-03-01 to 2024-03-31" in html
    bars = parse(html).find("a", **{"class": "bar-link"})
    assert bars and all(b["href"].startswith("/ui/events?") for b in bars)
    # one bar segment per (day, quad class) with events
    assert len(bars) == len({(r.day, r.quad_class) for r in rows})
    assert 'href="/ui/dyad?source=RUS&amp;target=UKR' in html
    assert "Volodymyr Zelensky" in html  # the most quoted speaker


def test_overview_bar_links_to_its_events(client: TestClient) -> None:
    html = client.get("/ui/", params={"from": "2024-03-18", "to": "2024-03-18"}).text
    bar = parse(html).find("a", **{"class": "bar-link"})[0]
    listing = client.get(bar["href"]).text
    assert "2024-03-18" in listing and 'class="event"' in listing


def test_empty_period_says_so(client: TestClient) -> None:
    html = client.get("/ui/", params={"from": "1990-01-01", "to": "1990-01-31"}).text
    assert "0 events" in html and "No events in this period." in html


def test_dyad_view_has_linked_points_and_a_peak(client: TestClient, filled: Filled) -> None:
    source, target = DYAD
    html = client.get("/ui/dyad", params={"source": source, "target": target}).text
    periods = filled.store.dyad(source, target)
    elements = parse(html)
    points = elements.find("a", **{"class": "point-link"})
    bars = elements.find("a", **{"class": "bar-link"})
    assert len(points) == len(bars) == len(periods)
    assert 'class="bar count peak"' in html
    peak = max(periods, key=lambda p: p.events)
    assert peak.period == SPIKE_DAY
    peak_link = next(b for b in bars if b["data-period"] == SPIKE_DAY.isoformat())
    listing = client.get(peak_link["href"]).text
    assert f"{peak.events} events" in listing


def test_dyad_view_defaults_to_the_busiest_pair(client: TestClient) -> None:
    html = client.get("/ui/dyad").text
    assert 'value="RUS"' in html and 'value="UKR"' in html


@pytest.mark.parametrize("by", ["week", "month"])
def test_dyad_view_by_week_and_month(client: TestClient, filled: Filled, by: str) -> None:
    html = client.get("/ui/dyad", params={"source": "RUS", "target": "UKR", "by": by}).text
    bars = parse(html).find("a", **{"class": "bar-link"})
    assert len(bars) == len(filled.store.dyad("RUS", "UKR", by))  # type: ignore[arg-type]


def test_event_list_filters_and_highlights(client: TestClient, filled: Filled) -> None:
    params = {"source": "RUS", "target": "UKR", "root": "19", "modality": "asserted"}
    html = client.get("/ui/events", params=params).text
    expected = [
        r
        for r in filled.store.events(EventFilter(source="RUS", target="UKR", root="19"))
        if r.modality == "asserted"
    ]
    assert f"{len(expected)} events" in html
    assert classes(html, "hl-trigger").count("shelled") >= 1
    assert "Russian forces" in classes(html, "hl-source")
    assert "Ukrainian positions near Kharkiv" in classes(html, "hl-target")
    assert "(clause-timex)" in html  # how the date was reached
    assert 'href="/ui/articles/' in html


def test_event_list_pages(client: TestClient, filled: Filled) -> None:
    total = len(filled.store.events())
    first = client.get("/ui/events").text
    assert f"{total} events, page 1 of {-(-total // 25)}" in first
    nxt = parse(first).find("a", rel="next")[0]["href"]
    second = client.get(nxt).text
    assert "page 2 of" in second and parse(second).find("a", rel="prev")


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"from": "yesterday"}, "from"),
        ({"source": "<b>"}, "source"),
        ({"root": "9x"}, "root"),
        ({"modality": "maybe"}, "modality"),
        ({"min_confidence": "high"}, "min_confidence"),
        ({"from": "2024-03-10", "to": "2024-03-01"}, "from"),
    ],
)
def test_bad_filters_are_a_400_page(client: TestClient, params: dict, field: str) -> None:
    page = client.get("/ui/events", params=params)
    assert page.status_code == 400
    assert page.headers["content-type"].startswith("text/html")
    assert f"{field}:" in page.text and "<b>" not in page.text


def test_quote_shown_with_its_event(client: TestClient) -> None:
    html = client.get("/ui/events", params={"root": "11"}).text
    assert "“They are lying about the strikes”" in html


def test_article_view_highlights_every_layer(client: TestClient, filled: Filled) -> None:
    row = filled.store.events(EventFilter(source="TUR"))[0]
    pk = row.event_pk
    event_page = client.get(f"/ui/events/{pk}").text
    link = parse(event_page).find("a", **{"class": "article-link"})[0]["href"]
    assert link.endswith(f"#event-{pk}")
    html = client.get(link.split("#")[0]).text
    assert "Turkish diplomats" in classes(html, "hl-actor")
    assert f'id="event-{pk}">met</span>' in html
    assert re.search(r'class="hl-timex"[^>]*>\w+day</span>', html)
    assert "Dialogue is the only way" in html and "hl-quote" in html


def test_article_text_is_escaped(client: TestClient, filled: Filled) -> None:
    row = next(r for r in filled.store.events() if r.article_id == "web-14")
    html = client.get(f"/ui/articles/{_article_pk(client, row)}").text
    assert parse(html).scripts == 0
    assert "&lt;script&gt;window.__whimbrel_pwned = true;&lt;/script&gt;" in html
    assert SCRIPT_TEXT not in html and SCRIPT_TITLE not in html
    listing = client.get("/ui/events", params={"from": "2024-03-18", "to": "2024-03-18"}).text
    assert parse(listing).scripts == 0 and SCRIPT_TITLE not in listing


def _article_pk(client: TestClient, row: EventRow) -> int:
    return client.get(f"/events/{row.event_pk}").json()["article"]["pk"]


def test_pages_send_security_headers(client: TestClient) -> None:
    headers = client.get("/ui/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_missing_things_are_404_pages(client: TestClient) -> None:
    for path in ("/ui/events/999999", "/ui/articles/999999"):
        page = client.get(path)
        assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")


def test_pages_use_only_local_assets(client: TestClient) -> None:
    for path in ("/ui/", "/ui/dyad", "/ui/events"):
        html = client.get(path).text
        refs = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert refs and not [r for r in refs if re.match(r"(https?:)?//", r)], path
    assert client.get("/static/whimbrel.css").status_code == 200


def test_sample_articles_render(client: TestClient, filled: Filled) -> None:
    """The shipped samples, coded for real, each render as an article page."""
    for pk in range(1, filled.samples + filled.built + 1):
        page = client.get(f"/ui/articles/{pk}")
        assert page.status_code == 200, pk
