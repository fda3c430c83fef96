"""The dashboard pages, rendered server-side: content, links, filters, escaping, headers."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_builders import DYAD, SCRIPT_TEXT, SCRIPT_TITLE, SPIKE_DAY
from web_support import Filled

from whimbrel.export import ExportFormat, export
from whimbrel.periods import choose_granularity, period_start
from whimbrel.store import EventFilter, EventRow
from whimbrel.web.charts import fit_granularity


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
    assert f"{len(rows)} dated events from 2024-03-01 to 2024-03-31, by day" in html
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
    assert "No dated events in this period." in html


def test_overview_covers_the_whole_stored_range(client: TestClient, filled: Filled) -> None:
    """Four decades by default, zero-filled, by a granularity whose bars stay visible."""
    dated = [r for r in filled.store.events() if r.day is not None]
    first, last = min(r.day for r in dated), max(r.day for r in dated)
    assert last.year - first.year >= 30
    by = choose_granularity(first, last)
    html = client.get("/ui/").text
    assert f"{len(dated)} dated events from {first} to {last}, by {by}" in html
    bars = parse(html).find("a", **{"class": "bar-link"})
    assert len(bars) == len({(period_start(r.day, by), r.quad_class) for r in dated})
    widths = [float(w) for w in re.findall(r'class="bar quad-\d"[^>]*width="([0-9.]+)"', html)]
    assert widths and min(widths) >= 4.0
    # ticks on calendar boundaries: years (or quarters), never a day
    ticks = re.findall(r'<text class="tick" [^>]*text-anchor="middle">([^<]+)</text>', html)
    assert ticks and all(re.fullmatch(r"\d{4}( Q[1-4])?", t) for t in ticks)


@pytest.mark.parametrize("by", ["day", "week", "month", "quarter", "year"])
def test_overview_granularity_can_be_chosen(client: TestClient, filled: Filled, by: str) -> None:
    """A granularity too fine for the range is coarsened, and the page says so."""
    html = client.get("/ui/", params={"by": by}).text
    shown = re.search(r"dated events from (\S+) to (\S+), by (\w+)\.", html)
    assert shown is not None
    first, last = (date.fromisoformat(d) for d in shown.group(1, 2))
    drawn = fit_granularity(first, last, by)  # type: ignore[arg-type]
    assert shown.group(3) == drawn
    assert (drawn != by) == (f"has too many {by}s to draw: shown by {drawn}" in html)
    if by in ("day", "week", "month"):
        assert drawn != by  # four decades by day, week or month would be bars under 1 px
    one_month = client.get("/ui/", params={"by": "week", "from": "2024-03-01", "to": "2024-03-31"})
    assert ", by week." in one_month.text


def test_overview_counts_and_lists_undated_events(client: TestClient, filled: Filled) -> None:
    undated = filled.store.events(EventFilter(dated=False))
    assert undated  # two DECADES articles have no date at all
    html = client.get("/ui/").text
    assert f"{len(undated)} stored events have no date" in html
    listed = parse(html).find("a", id="undated-link")[0]["href"]
    page = client.get(listed).text
    assert f"{len(undated)} events without a date" in page
    assert page.count('class="event"') == len(undated)


def test_event_list_says_how_many_undated_events_its_filters_select(
    client: TestClient, filled: Filled
) -> None:
    rows = filled.store.events(EventFilter(source="AFG"))
    undated = [r for r in rows if r.day is None]
    assert undated
    html = client.get("/ui/events", params={"source": "AFG"}).text
    assert f"{len(undated)} of them have no date" in html
    ranged = client.get("/ui/events", params={"source": "AFG", "from": "1980-01-01"}).text
    assert f"{len(undated)} more match these filters but have no date" in ranged
    link = parse(ranged).find("a", id="undated-link")[0]["href"]
    assert "undated=1" in link and "from=" not in link


def test_event_list_facets_link_to_narrower_lists(client: TestClient, filled: Filled) -> None:
    html = client.get("/ui/events", params={"from": "2024-03-01"}).text
    facets = parse(html).find("a", **{"class": "facet"})
    fields = {f["data-field"] for f in facets}
    assert fields == {"root", "quad_class", "modality", "country"}
    root = next(f for f in facets if f["data-field"] == "root")
    expected = len(
        filled.store.events(EventFilter(start=date(2024, 3, 1), root=root["data-value"]))
    )
    narrowed = client.get(root["href"]).text
    assert f"{expected} events" in narrowed


@pytest.mark.parametrize("sort", ["goldstein", "confidence"])
def test_event_list_sorts(client: TestClient, sort: str) -> None:
    html = client.get("/ui/events", params={"sort": sort}).text
    if sort == "goldstein":
        values = [float(v) for v in re.findall(r"<dt>Goldstein</dt><dd>([-+0-9.]+)</dd>", html)]
        assert values == sorted(values)
    else:
        values = [float(v) for v in re.findall(r"<dt>confidence</dt><dd>([0-9.]+)</dd>", html)]
        assert values == sorted(values, reverse=True)
    assert len(values) == 25
    assert client.get("/ui/events", params={"sort": "size"}).status_code == 400


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_downloads_hold_the_filtered_events(
    client: TestClient, filled: Filled, tmp_path: Path, fmt: str
) -> None:
    """Each download link of a filtered list gives what `whimbrel export` writes for it."""
    params = {"source": "RUS", "root": "19"}
    html = client.get("/ui/events", params=params).text
    link = next(
        a["href"]
        for a in parse(html).find("a", **{"class": "download"})
        if f"format={fmt}" in a["href"]
    )
    response = client.get(link)
    assert response.status_code == 200
    assert f'filename="whimbrel-events.{fmt}"' in response.headers["content-disposition"]
    expected = tmp_path / f"expected.{fmt}"
    export(filled.store, ExportFormat(fmt), expected, EventFilter(source="RUS", root="19"))
    assert response.content == expected.read_bytes()
    assert len(filled.store.events(EventFilter(source="RUS", root="19"))) > 1


def test_map_shades_countries_and_links_places(client: TestClient, filled: Filled) -> None:
    html = client.get("/ui/map").text
    elements = parse(html)
    placed = [r for r in filled.store.events() if r.location_country]
    assert "have a place country" in html
    shaded = {
        p["data-code"]: int(p["data-events"])
        for p in elements.find("path")
        if p.get("data-code") and p.get("data-events") != "0"
    }
    counts: dict[str, int] = {}
    for r in placed:
        counts[r.location_country] = counts.get(r.location_country, 0) + 1
    assert shaded and all(counts.get(code) == n for code, n in shaded.items())
    dots = elements.find("circle")
    assert {d["data-place"] for d in dots if d.get("data-place")} >= {"Sarajevo", "Kharkiv"}
    # a country and a place link to their events
    link = re.search(r'<a href="(/ui/events\?place_country=UKR[^"]*)">', html)
    assert link is not None
    listing = client.get(link.group(1).replace("&amp;", "&")).text
    assert f"{counts['UKR']} events placed in UKR" in listing
    place = re.search(r'<a href="(/ui/events\?place=Sarajevo[^"]*)">', html)
    assert place is not None and "at Sarajevo" in client.get(place.group(1)).text
    by_target = client.get("/ui/map", params={"by": "target", "root": "19"}).text
    assert "Events by target country" in by_target


def test_dyad_view_has_linked_points_and_a_peak(client: TestClient, filled: Filled) -> None:
    source, target = DYAD
    month = {"from": "2024-03-01", "to": "2024-03-31", "by": "day"}
    html = client.get("/ui/dyad", params={"source": source, "target": target, **month}).text
    periods = filled.store.dyad(
        source, target, "day", EventFilter(start=date(2024, 3, 1), end=date(2024, 3, 31))
    )
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


@pytest.mark.parametrize("by", ["week", "month", "quarter", "year"])
def test_dyad_view_by_granularity(client: TestClient, filled: Filled, by: str) -> None:
    start = date(2024, 1, 1) if by == "week" else date(2019, 1, 1)
    params = {"source": "RUS", "target": "UKR", "by": by, "from": start.isoformat()}
    html = client.get("/ui/dyad", params=params).text
    assert "too many" not in html
    bars = parse(html).find("a", **{"class": "bar-link"})
    expected = filled.store.dyad("RUS", "UKR", by, EventFilter(start=start))  # type: ignore[arg-type]
    assert len(bars) == len(expected) >= 2


def test_dyad_view_covers_the_whole_range_and_breaks_its_line(
    client: TestClient, filled: Filled
) -> None:
    """RUS -> UKR has events in 2019, 2022 and 2024: by year the line breaks at empty years."""
    html = client.get("/ui/dyad", params={"source": "RUS", "target": "UKR", "by": "year"}).text
    first = min(r.day for r in filled.store.events() if r.day is not None)
    assert f"{first} to" in html
    years = sorted({p.period.year for p in filled.store.dyad("RUS", "UKR", "year")})
    runs = 1 + sum(1 for a, b in zip(years, years[1:], strict=False) if b != a + 1)
    assert html.count('<polyline class="line"') == runs >= 2


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
    row = filled.store.events(EventFilter(source="TURGOV", start=date(2024, 3, 1)))[0]
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
    for path in ("/ui/", "/ui/dyad", "/ui/events", "/ui/map"):
        html = client.get(path).text
        refs = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert refs and not [r for r in refs if re.match(r"(https?:)?//", r)], path
    assert client.get("/static/whimbrel.css").status_code == 200


def test_sample_articles_render(client: TestClient, filled: Filled) -> None:
    """The shipped samples, coded for real, each render as an article page."""
    for pk in range(1, filled.samples + filled.built + 1):
        page = client.get(f"/ui/articles/{pk}")
        assert page.status_code == 200, pk


def test_the_new_filter_fields_select_what_they_say(filled: Filled) -> None:
    """`dated`, `country`, `place_country` and `place`, checked against the rows themselves."""
    rows = filled.store.events()

    def pks(where: EventFilter) -> list[int]:
        return [r.event_pk for r in filled.store.events(where)]

    assert pks(EventFilter(dated=False)) == [r.event_pk for r in rows if r.day is None] != []
    assert pks(EventFilter(dated=True)) == [r.event_pk for r in rows if r.day is not None]
    assert pks(EventFilter(country="RUS")) == [
        r.event_pk for r in rows if "RUS" in (r.source_country, r.target_country)
    ]
    assert (
        pks(EventFilter(place_country="BIH"))
        == [r.event_pk for r in rows if r.location_country == "BIH"]
        != []
    )
    assert (
        pks(EventFilter(place="Kabul"))
        == [r.event_pk for r in rows if r.location_name == "Kabul"]
        != []
    )
    ranged = EventFilter(start=date(2000, 1, 1), source="AFG")
    assert pks(ranged) == [] and pks(ranged.undated()) == [
        r.event_pk for r in rows if r.day is None and r.source_country == "AFG"
    ]


@pytest.mark.parametrize("path", ["/ui/", "/ui/dyad"])
def test_a_range_too_long_to_draw_shrinks_to_the_data(
    client: TestClient, filled: Filled, path: str
) -> None:
    dated = [r.day for r in filled.store.events() if r.day is not None]
    page = client.get(path, params={"from": "0001-01-01", "to": "9999-12-31", "by": "day"})
    assert page.status_code == 200
    assert f"{min(dated)} to {max(dated)}" in page.text and "by year" in page.text
