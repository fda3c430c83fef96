"""Polite HTTP fetching of pages and feeds, and reading an article out of HTML.

`fetch(url)` has a timeout, a size limit, a user agent, and retries with exponential backoff
on connection errors and 5xx/429 answers. `article_from_html` uses trafilatura (the `web`
extra) for the body, title and date. Errors are `InputError`s naming the URL.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date

from whimbrel import __version__
from whimbrel.errors import ArticleError, InputError
from whimbrel.records import Article

USER_AGENT = f"whimbrel/{__version__} (+political event coder; polite fetcher)"


@dataclass(frozen=True)
class FetchPolicy:
    timeout_s: float = 20.0
    max_bytes: int = 5_000_000
    retries: int = 2
    backoff_s: float = 1.0


@dataclass(frozen=True)
class Page:
    url: str  # after redirects
    body: bytes
    content_type: str


def fetch(url: str, policy: FetchPolicy | None = None) -> Page:
    """GET `url`, retrying transient failures; raise InputError naming the URL otherwise."""
    policy = policy or FetchPolicy()
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    problem = "no attempt made"
    for attempt in range(policy.retries + 1):
        if attempt:
            time.sleep(policy.backoff_s * 2 ** (attempt - 1))
        try:
            with urllib.request.urlopen(request, timeout=policy.timeout_s) as response:
                body = response.read(policy.max_bytes + 1)
                if len(body) > policy.max_bytes:
                    raise InputError(url, f"larger than the {policy.max_bytes}-byte limit")
                return Page(response.geturl(), body, response.headers.get_content_type())
        except urllib.error.HTTPError as err:
            problem = f"HTTP {err.code} {err.reason}"
            if err.code < 500 and err.code != 429:
                break  # a 404 will not get better by asking again
        except (urllib.error.URLError, TimeoutError, ConnectionError) as err:
            reason = getattr(err, "reason", err)
            problem = f"cannot fetch ({reason})"
        except ValueError as err:
            raise InputError(url, f"not a fetchable URL ({err})") from None
    raise InputError(url, problem)


def decode(page: Page) -> str:
    return page.body.decode("utf-8", errors="replace")


def article_from_html(html: str, url: str | None, source: str, published: date | None) -> Article:
    """The article in an HTML page: main text, title and date by trafilatura."""
    try:
        import trafilatura
    except ModuleNotFoundError:
        raise InputError(source, "HTML needs trafilatura: pip install 'whimbrel[fetch]'") from None
    from whimbrel.ingest import parse_date
    from whimbrel.pipeline import make_article

    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False
    )
    if extracted is None or isinstance(extracted, dict):
        document = extracted or {}
    else:
        document = extracted.as_dict()
    if not (document.get("text") or "").strip():
        raise ArticleError(source, "no article text found in the HTML")
    # The page's own date wins; `published` is the default for pages without one.
    day = published
    raw_date = document.get("date")
    if raw_date:
        try:
            day = parse_date(str(raw_date), source) or published
        except InputError:
            day = published
    return make_article(
        document["text"], day, id=url or None, title=document.get("title"), url=url, source=source
    )
