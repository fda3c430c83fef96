"""What `whimbrel ingest` and `watch` read: files, folders, pages, URL lists and feeds.

    SOURCE                      read as
    -                           one article from standard input
    a .txt file                 one article (or a list of URLs, if every line is one)
    a .jsonl / .ndjson file     one article per line (`text`, `id`, `published`, `url`, `source`)
    a .html / .htm file         one article, body and date by trafilatura
    a .urls file                one URL per line, each page fetched
    a .rss / .atom / .xml file  a feed: each entry's page fetched
    a folder                    every file above inside it, in name order
    http(s)://...               a page, or a feed when the server says it is one

Each yields `SourcedArticle`s, or a `Failure` in place of an item that cannot be read, so one
bad page or line is reported and skipped; a failure's position is its place in the stream.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from whimbrel.errors import InputError
from whimbrel.fetch import FetchPolicy, article_from_html, decode, fetch
from whimbrel.ingest import is_jsonl, read_articles, read_jsonl, read_text
from whimbrel.records import Failure, SourcedArticle, publisher_of

Item = SourcedArticle | Failure
FEED_SUFFIXES = (".rss", ".atom", ".xml")
HTML_SUFFIXES = (".html", ".htm")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def read_source(
    source: str, published: date | None = None, policy: FetchPolicy | None = None
) -> Iterator[Item]:
    """The articles in one SOURCE (see the module doc). Raises InputError if unusable whole."""
    return _numbered(_read_source(source, published, policy))


def read_sources(
    sources: list[str], published: date | None = None, policy: FetchPolicy | None = None
) -> Iterator[Item]:
    """All SOURCEs in turn; a source that cannot be read at all is one reported failure."""

    def each() -> Iterator[Item]:
        for source in sources:
            try:
                yield from _read_source(source, published, policy)
            except InputError as err:
                yield _failure(err)

    return _numbered(each())


def _numbered(items: Iterable[Item]) -> Iterator[Item]:
    """Stamp each failure with its place in the stream."""
    for position, item in enumerate(items):
        yield replace(item, position=position) if isinstance(item, Failure) else item


def _failure(err: InputError) -> Failure:
    return Failure(err.source, 0, err.problem)  # placed by `_numbered`


def _read_source(source: str, published: date | None, policy: FetchPolicy | None) -> Iterator[Item]:
    if is_url(source):
        yield from _read_url(source, published, policy)
        return
    path = Path(source)
    if source != "-" and path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and _readable(p))
        if not files:
            raise InputError(source, "folder holds no .txt, .jsonl, .html or feed files")
        for file in files:
            try:
                yield from _read_source(str(file), published, policy)
            except InputError as err:
                yield _failure(err)
        return
    suffix = path.suffix.lower()
    if is_jsonl(source):
        yield from read_jsonl(source, published)
    elif suffix in HTML_SUFFIXES:
        yield _html_file(path, published)
    elif suffix in FEED_SUFFIXES:
        yield from _read_feed(read_text(source), source, published, policy)
    elif suffix == ".urls" or (source != "-" and _is_url_list(path)):
        yield from _read_url_list(read_text(source), published, policy)
    else:
        for item in read_articles(source, published):
            yield item if isinstance(item, Failure) else SourcedArticle(item)


def _readable(path: Path) -> bool:
    suffix = path.suffix.lower()
    return (
        suffix in (".txt", ".jsonl", ".ndjson", ".urls")
        or suffix in HTML_SUFFIXES
        or suffix in FEED_SUFFIXES
    )


def _is_url_list(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8") as handle:
            lines = [line.strip() for line in handle.read(65536).splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError):
        return False
    return bool(lines) and all(is_url(line) and " " not in line for line in lines)


def _html_file(path: Path, published: date | None) -> Item:
    try:
        article = article_from_html(read_text(path), None, str(path), published)
    except InputError as err:
        return _failure(err)
    return SourcedArticle(article)


def _page_article(url: str, published: date | None, policy: FetchPolicy | None) -> Item:
    try:
        page = fetch(url, policy)
        article = article_from_html(decode(page), url, url, published)
    except InputError as err:
        return _failure(err)
    return SourcedArticle(article, publisher_of(url))


def _read_url_list(text: str, published: date | None, policy: FetchPolicy | None) -> Iterator[Item]:
    for line in text.splitlines():
        url = line.strip()
        if url and not url.startswith("#"):
            yield _page_article(url, published, policy)


def _read_url(url: str, published: date | None, policy: FetchPolicy | None) -> Iterator[Item]:
    try:
        page = fetch(url, policy)
    except InputError as err:
        yield _failure(err)
        return
    head = page.body[:512].lstrip().lower()
    if page.content_type in FEED_TYPES or head.startswith((b"<?xml", b"<rss", b"<feed")):
        yield from _read_feed(decode(page), url, published, policy)
        return
    try:
        article = article_from_html(decode(page), url, url, published)
    except InputError as err:
        yield _failure(err)
        return
    yield SourcedArticle(article, publisher_of(url))


def feed_links(text: str, source: str) -> list[str]:
    """The entry links of an RSS/Atom feed, in feed order."""
    try:
        import feedparser
    except ModuleNotFoundError:
        raise InputError(source, "feeds need feedparser: pip install 'whimbrel[fetch]'") from None
    parsed = feedparser.parse(text)
    if parsed.bozo and not parsed.entries:
        raise InputError(source, f"not an RSS/Atom feed ({parsed.get('bozo_exception')})")
    return [entry.link for entry in parsed.entries if entry.get("link")]


def _read_feed(
    text: str, source: str, published: date | None, policy: FetchPolicy | None
) -> Iterator[Item]:
    for link in feed_links(text, source):
        yield _page_article(link, published, policy)
