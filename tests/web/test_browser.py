"""End to end in a real browser: Debian's Chromium driven by Playwright (never a downloaded
browser). Overview -> dyad -> spike -> event -> article, with screenshots into test-output/ and
the README's screenshot of the dyad view into docs/dyad-view.png."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from web_builders import DYAD, SCRIPT_TEXT, SPIKE_DAY
from web_support import DOCS, OUTPUT, Filled, LiveServer

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

    # Overview: the chart and the most active dyads.
    page.goto(f"{base}/ui/")
    assert page.locator("#quad-chart svg a.bar-link").count() > 0
    shot(page, "overview.png")

    # Pick the dyad from the table of most active dyads.
    page.locator("#top-dyads a.dyad-link", has_text=f"{source} → {target}").first.click()
    page.wait_for_url("**/ui/dyad?**")
    query = parse_qs(urlsplit(page.url).query)
    assert query["source"] == [source] and query["target"] == [target]
    page.locator("#dyad-form select[name=by]").select_option("day")
    page.locator("#dyad-form button[type=submit]").click()
    page.wait_for_load_state()
    bars = page.locator("#count-chart a.bar-link")
    assert bars.count() == len(filled.store.dyad(source, target))
    assert page.locator("#goldstein-chart polyline.line").count() == 1
    shot(page, "dyad-view.png")
    DOCS.mkdir(exist_ok=True)
    page.screenshot(path=str(DOCS / "dyad-view.png"), full_page=True)

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
