"""Make the README's screenshots: the overview, the dyad view and the map, into docs/.

    .venv/bin/python scripts/screenshots.py [--out docs]

Run on purpose, never by the tests (tests leave tracked files unchanged). It builds the browser
tests' store in a temporary folder (the shipped samples and tests/web/data/decades.jsonl,
coded by the real coder, plus the hand-made articles of tests/web/web_builders.py), serves it
on 127.0.0.1 and photographs the pages in Debian's Chromium through Playwright. Nothing is
downloaded; without Chromium or Playwright it exits 1 naming what is missing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"]
# (file, page): the dyad view shows the March 2024 spike by day, the others the whole store.
SHOTS = (
    ("overview.png", "/ui/"),
    ("dyad-view.png", "/ui/dyad?source=RUS&target=UKR&from=2024-03-01&to=2024-03-31&by=day"),
    ("map.png", "/ui/map"),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the images")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        print(f"screenshots: {CHROMIUM} not found: install Debian's chromium", file=sys.stderr)
        return 1
    try:
        from playwright.sync_api import sync_playwright
    except ModuleNotFoundError:
        print("screenshots: playwright is not installed (make install-test)", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT / "tests" / "web"))
    from web_support import fill_store, start_server

    from whimbrel.pipeline import Coder
    from whimbrel.store import Store
    from whimbrel.web.app import create_app
    from whimbrel.web.config import WebSettings

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{Path(folder) / 'screenshots.sqlite'}")
        fill_store(store, Coder.load())
        live = start_server(create_app(store=store, web=WebSettings(api_token=None)))
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
                page = browser.new_page(viewport={"width": 1200, "height": 900})
                for name, path in SHOTS:
                    page.goto(live.base_url + path)
                    page.screenshot(path=str(args.out / name), full_page=True)
                    print(f"wrote {args.out / name}")
                browser.close()
        finally:
            live.server.should_exit = True  # type: ignore[attr-defined]
            live.thread.join(timeout=10)
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
