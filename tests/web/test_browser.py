"""End to end in a real browser: Debian's Chromium driven by Playwright (never a downloaded
browser), over a store whose articles span four decades. Overview -> dyad -> spike -> event ->
article, the event list's facets, sorting and downloads, the map (also at 420 px wide), the
undated events, the alerts section and the offline API docs. Screenshots go to test-output/
(ignored by git) only: the README's images are made by `python scripts/screenshots.py`, so the
tests leave tracked files unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from web_builders import DYAD, SCRIPT_TEXT, SPIKE_DAY
from web_support import OUTPUT, Filled, LiveServer

from whimbrel.periods import choose_granularity
from whimbrel.store import EventFilter

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",  # containers often have a tiny /dev/shm
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=f"{CHROMIUM} not found: install Debian's chromium (`make test` does as root)",
)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@pytest.fixture(scope="module")
def browser_page(tmp_path_factory: pytest.TempPathFactory, live_server: LiveServer) -> Iterator:
    """A fresh Chromium profile; the page records every URL it requests."""
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM),
            headless=True,
            args=ARGS,
            viewport={"width": 1200, "height": 900},
        )
        page = context.new_page()
        page.set_default_timeout(15_000)
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        page.requested = requested  # type: ignore[attr-defined]
        failed: dict[str, str] = {}
        page.on(
            "requestfailed", lambda request: failed.update({request.url: request.failure or ""})
        )
        page.failed = failed  # type: ignore[attr-defined]
        try:
            yield page
        finally:
            context.close()


def shot(page, name: str) -> Path:
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / name
    page.screenshot(path=str(path), full_page=True)
    return path


def test_overview_to_dyad_to_spike_to_event_to_article(
    browser_page, live_server: LiveServer, filled: Filled
) -> None:
    page = browser_page
    base = live_server.base_url
    source, target = DYAD

    # Overview: the whole stored range, the chart and the most active dyads.
    dated = [r.day for r in filled.store.events() if r.day is not None]
    page.goto(f"{base}/ui/")
    summary = page.locator("p.summary").first.inner_text()
    by = choose_granularity(min(dated), max(dated))
    assert f"from {min(dated)} to {max(dated)}, by {by}" in summary
    assert page.locator("#quad-chart svg a.bar-link").count() > 0
    shot(page, "overview.png")

    # Pick the dyad from the table of most active dyads.
    page.locator("#top-dyads a.dyad-link", has_text=f"{source} → {target}").first.click()
    page.wait_for_url("**/ui/dyad?**")
    query = parse_qs(urlsplit(page.url).query)
    assert query["source"] == [source] and query["target"] == [target]
    # The whole range first; then March 2024 by day.
    assert page.locator("#count-chart a.bar-link").count() > 1
    page.locator("#dyad-form input[name=from]").fill("2024-03-01")
    page.locator("#dyad-form input[name=to]").fill("2024-03-31")
    page.locator("#dyad-form select[name=by]").select_option("day")
    page.locator("#dyad-form button[type=submit]").click()
    page.wait_for_load_state()
    march = EventFilter(start=SPIKE_DAY.replace(day=1), end=SPIKE_DAY.replace(day=31))
    periods = filled.store.dyad(source, target, "day", march)
    bars = page.locator("#count-chart a.bar-link")
    assert bars.count() == len(periods)
    # the line breaks at each day without events: one polyline per run of days with events
    days = [p.period.toordinal() for p in periods]
    runs = 1 + sum(1 for a, b in zip(days, days[1:], strict=False) if b != a + 1)
    assert page.locator("#goldstein-chart polyline.line").count() == runs > 1
    shot(page, "dyad-view.png")

    # Click the spike: the busiest day's bar.
    peak = page.locator("#count-chart a.bar-link:has(rect.peak)")
    assert peak.get_attribute("data-period") == SPIKE_DAY.isoformat()
    peak.locator("rect").click()
    page.wait_for_url("**/ui/events?**")
    spike = SPIKE_DAY.isoformat()
    expected = filled.store.events(EventFilter(SPIKE_DAY, SPIKE_DAY, source, target))
    assert page.locator("#event-count").inner_text().startswith(f"{len(expected)} events")
    cards = page.locator("article.event")
    assert cards.count() == len(expected)
    shot(page, "spike-events.png")

    # Open an event: its evidence has source, trigger and target highlighted.
    card = cards.filter(has_text="shelled").first
    card.locator("a.event-link").click()
    page.wait_for_url("**/ui/events/*")
    evidence = page.locator("blockquote.evidence").first
    assert evidence.locator(".hl-trigger").inner_text() == "shelled"
    assert evidence.locator(".hl-source").inner_text() == "Russian forces"
    assert evidence.locator(".hl-target").inner_text() == "Ukrainian positions near Kharkiv"
    assert spike in page.locator("dd.date").first.inner_text()
    assert "clause-timex" in page.locator("dd.date").first.inner_text()
    event_pk = page.url.rsplit("/", 1)[1]
    shot(page, "event.png")

    # Reach its article: the trigger is highlighted and is the link's target.
    page.locator("a.article-link").last.click()
    page.wait_for_url(f"**/ui/articles/*#event-{event_pk}")
    trigger = page.locator(f"#event-{event_pk}")
    assert trigger.inner_text() == "shelled"
    assert "hl-trigger" in (trigger.get_attribute("class") or "")
    assert page.evaluate("document.querySelector(':target') !== null")
    text = page.locator("#article-text")
    assert text.locator(".hl-actor").count() >= 2
    assert text.locator(".hl-timex").count() >= 1
    assert text.locator(".hl-quote").count() >= 1
    shot(page, "article.png")

    # Nothing was fetched from anywhere but the app.
    outside = [u for u in page.requested if not u.startswith(base)]
    assert outside == []


def test_script_in_an_article_renders_as_text(browser_page, live_server: LiveServer) -> None:
    page = browser_page
    base = live_server.base_url
    page.goto(f"{base}/ui/events?from={SPIKE_DAY}&to={SPIKE_DAY}&source=UKR")
    page.locator("article.event", has_text="They target civilians").locator(
        "a.article-link"
    ).first.click()
    page.wait_for_url("**/ui/articles/*")
    assert SCRIPT_TEXT in page.locator("#article-text").inner_text()
    assert "<script>" in page.locator("#article-title").inner_text()
    assert page.evaluate("window.__whimbrel_pwned === undefined")
    assert page.evaluate("document.scripts.length") == 0
    shot(page, "script-article.png")


def test_a_coded_sample_event_shows_its_evidence(
    browser_page, live_server: LiveServer, filled: Filled
) -> None:
    """The same walk on an event the real coder found in a shipped sample."""
    rows = [r for r in filled.store.events() if r.article_id.startswith("sample-")]
    if not rows:
        pytest.skip("the event coder found no events in the shipped samples")
    row = rows[0]
    page = browser_page
    page.goto(f"{live_server.base_url}/ui/events/{row.event_pk}")
    evidence = page.locator("blockquote.evidence").first
    assert evidence.inner_text() == row.sentence_text
    assert evidence.locator(".hl-trigger").inner_text() == row.trigger_text
    if row.source_text and row.source_text in row.sentence_text:
        assert row.source_text in evidence.locator(".hl-source").all_inner_texts()
    page.locator("a.article-link").last.click()
    page.wait_for_url(f"**#event-{row.event_pk}")
    assert page.locator(f"#event-{row.event_pk}").inner_text() == row.trigger_text
    shot(page, "sample-article.png")


def test_event_list_facets_sorting_and_downloads(
    browser_page, live_server: LiveServer, filled: Filled
) -> None:
    page = browser_page
    base = live_server.base_url
    page.goto(f"{base}/ui/events")
    assert page.locator("#facets a.facet").count() > 4
    facet = page.locator("#facets a.facet[data-field=country][data-value=RUS]")
    facet.click()
    page.wait_for_url("**country=RUS**")
    expected = len(filled.store.events(EventFilter(country="RUS")))
    assert page.locator("#event-count").inner_text().startswith(f"{expected} events")
    page.locator("#event-filters select[name=sort]").select_option("goldstein")
    page.locator("#event-filters button[type=submit]").click()
    page.wait_for_url("**sort=goldstein**")
    assert "country=RUS" in page.url  # the facet's filter is kept
    scores = [
        float(t)
        for t in page.locator("article.event dl.facts dd").all_inner_texts()
        if t.startswith(("+", "-"))
    ]
    assert scores == sorted(scores)
    for fmt in ("CSV", "JSONL", "PARQUET"):
        link = page.locator("#downloads a.download", has_text=fmt)
        href = link.get_attribute("href") or ""
        assert "country=RUS" in href  # the list's filters, not its order
        with page.expect_download() as info:
            link.click()
        download = info.value
        assert download.suggested_filename == f"whimbrel-events.{fmt.lower()}"
        assert download.failure() is None
    shot(page, "events-facets.png")
    assert [u for u in page.requested if not u.startswith(base)] == []


def test_undated_events_and_alerts_on_the_overview(
    browser_page, live_server: LiveServer, filled: Filled
) -> None:
    page = browser_page
    undated = filled.store.events(EventFilter(dated=False))
    page.goto(f"{live_server.base_url}/ui/")
    assert page.locator("#alerts h2").inner_text() == "Escalation alerts"
    count = page.locator("#undated-count").inner_text()
    assert count.startswith(f"{len(undated)} stored events have no date")
    page.locator("#undated-link").click()
    page.wait_for_url("**undated=1**")
    assert page.locator("article.event").count() == len(undated)
    assert all(t.startswith("–") for t in page.locator("dd.date").all_inner_texts())


def test_the_map_links_countries_and_places_and_fits_420_px(
    browser_page, live_server: LiveServer, filled: Filled
) -> None:
    page = browser_page
    base = live_server.base_url
    page.goto(f"{base}/ui/map")
    shaded = page.locator("#world-map svg a path[data-code]")
    assert shaded.count() >= 5
    assert page.locator("#world-map svg circle[data-place]").count() >= 5
    shot(page, "map.png")
    ukraine = page.locator("#world-map svg path[data-code=UKR]")
    events = int(ukraine.get_attribute("data-events") or 0)
    assert events == len(filled.store.events(EventFilter(place_country="UKR")))
    ukraine.click()
    page.wait_for_url("**place_country=UKR**")
    assert page.locator("article.event").count() == events
    for place in ("Benghazi", "Kabul"):  # dots with no neighbour drawn over them
        page.goto(f"{base}/ui/map")
        page.locator(f"#world-map svg circle[data-place={place}]").click()
        page.wait_for_url(f"**place={place}**")
        assert page.locator("article.event").count() == len(
            filled.store.events(EventFilter(place=place))
        )
    # Sarajevo's dot lies under Belgrade's at world scale: the list under the map reaches it.
    page.goto(f"{base}/ui/map")
    page.locator("a.place-link", has_text="Sarajevo").click()
    page.wait_for_url("**place=Sarajevo**")
    assert page.locator("article.event").count() == len(
        filled.store.events(EventFilter(place="Sarajevo"))
    )
    # At 420 px the map scales to the page, nothing scrolls sideways, labels stay legible.
    page.set_viewport_size({"width": 420, "height": 900})
    try:
        page.goto(f"{base}/ui/map")
        box = page.locator("#world-map svg").bounding_box()
        assert box is not None and 300 <= box["width"] <= 420
        assert page.evaluate("document.documentElement.scrollWidth") <= 420
        shot(page, "map-420.png")
    finally:
        page.set_viewport_size({"width": 1200, "height": 900})
    assert [u for u in page.requested if not u.startswith(base)] == []


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_api_docs_render_offline(browser_page, live_server: LiveServer, path: str) -> None:
    page = browser_page
    base = live_server.base_url
    page.goto(f"{base}/ui/")
    page.locator("header nav a", has_text="API").click()
    page.wait_for_url("**/docs")
    page.goto(f"{base}{path}")
    # the endpoints are listed once the documentation's script has read /openapi.json
    page.get_by_text("/alerts").first.wait_for()
    assert page.get_by_text("/dyads/{source}/{target}/series").count() >= 1
    shot(page, f"api{path.replace('/', '-')}.png")
    outside = [u for u in page.requested if not u.startswith((base, "blob:", "data:"))]
    # ReDoc's script names one foreign URL, its "powered by" logo (an image it hides when it
    # fails): the docs pages' Content-Security-Policy blocks it, so nothing leaves the app.
    assert all(page.failed.get(u) == "csp" for u in outside), (outside, page.failed)
