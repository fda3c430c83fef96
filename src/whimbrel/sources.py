"""What `whimbrel ingest` and `watch` read: files, folders, pages, URL lists and feeds.

    SOURCE                      read as
    -                           standard input: JSON lines when its first line is a JSON
                                object, else one article
    a .txt/.text/.md file, or   one article (or a list of URLs, if every line is one)
    a file with no suffix
    a .jsonl / .ndjson file     one article per line (`text`, `id`, `published`, `url`, `source`)
    a .html / .htm file         one article, body and date by trafilatura
    a .urls file                one URL per line, each page fetched
    a .rss / .atom / .xml file  a feed: each entry's page fetched; an entry whose page cannot
                                be fetched is its own title, description and date, with a
                                warning (without a description, it is a failure)
    a folder                    every file above inside it, in name order
    http(s)://...               a page, or a feed when the server says it is one

Any other file (a .csv, a .pdf, ...) is refused with one line rather than coded as prose;
`format="text"` or `"jsonl"` (`ingest --format`) reads every file and stdin as that.

Each yields `SourcedArticle`s, or a `Failure` in place of an item that cannot be read, so one
bad page or line is reported and skipped; a failure's position is its place in the stream.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from whimbrel.errors import InputError
from whimbrel.fetch import FetchPolicy, article_from_html, decode, fetch
from whimbrel.ingest import (
    is_jsonl,
    json_object,
    jsonl_articles,
    read_articles,
    read_jsonl,
    read_text,
)
from whimbrel.pipeline import make_article
from whimbrel.records import Article, Failure, SourcedArticle, publisher_of

Item = SourcedArticle | Failure
FEED_SUFFIXES = (".rss", ".atom", ".xml")
HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt", ".text", ".md", "")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
READ_SUFFIXES = ".txt, .jsonl, .ndjson, .html, .urls, .rss, .atom or .xml"
FEED_FALLBACK = "feed item only: its page could not be fetched"


class SourceFormat(StrEnum):
    """How files and stdin are read: `auto` by suffix (stdin: JSON lines when its first line
    is a JSON object), or every one as `text` (one article) or `jsonl`."""

    auto = "auto"
    text = "text"
    jsonl = "jsonl"


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def read_source(
    source: str,
    published: date | None = None,
    policy: FetchPolicy | None = None,
    fmt: SourceFormat = SourceFormat.auto,
) -> Iterator[Item]:
    """The articles in one SOURCE (see the module doc). Raises InputError if unusable whole."""
    return _numbered(_read_source(source, published, policy, fmt))


def read_sources(
    sources: list[str],
    published: date | None = None,
    policy: FetchPolicy | None = None,
    fmt: SourceFormat = SourceFormat.auto,
) -> Iterator[Item]:
    """All SOURCEs in turn; a source that cannot be read at all is one reported failure."""

    def each() -> Iterator[Item]:
        for source in sources:
            try:
                yield from _read_source(source, published, policy, fmt)
            except InputError as err:
                yield _failure(err)

    return _numbered(each())


def check_sources(sources: list[str], fmt: SourceFormat = SourceFormat.auto) -> None:
    """Refuse, before any work, a named file of a kind not read (a missing file is reported
    as one failure of the run, as any unreadable source is)."""
    for source in sources:
        if source == "-" or is_url(source):
            continue
        path = Path(source)
        readable = _readable(path, named=True) or _is_url_list(path)
        if path.is_file() and fmt is SourceFormat.auto and not readable:
            raise _unread_kind(path)


def count_items(sources: list[str], fmt: SourceFormat = SourceFormat.auto) -> int | None:
    """How many items the SOURCEs hold, counted without reading them as articles; None when
    that cannot be known beforehand (stdin, URLs, feeds, URL lists)."""
    total = 0
    for source in sources:
        if source == "-" or is_url(source):
            return None
        path = Path(source)
        files = (
            sorted(p for p in path.rglob("*") if p.is_file() and _readable(p))
            if path.is_dir()
            else [path]
        )
        for file in files:
            suffix = file.suffix.lower()
            if fmt is SourceFormat.jsonl or (fmt is SourceFormat.auto and is_jsonl(file)):
                try:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1  # reported as one failure when read
            elif fmt is SourceFormat.auto and (
                suffix in FEED_SUFFIXES or suffix == ".urls" or _is_url_list(file)
            ):
                return None
            else:
                total += 1
    return total


def _numbered(items: Iterable[Item]) -> Iterator[Item]:
    """Stamp each failure with its place in the stream."""
    for position, item in enumerate(items):
        yield replace(item, position=position) if isinstance(item, Failure) else item


def _failure(err: InputError) -> Failure:
    return Failure(err.source, 0, err.problem)  # placed by `_numbered`


def _read_source(
    source: str, published: date | None, policy: FetchPolicy | None, fmt: SourceFormat
) -> Iterator[Item]:
    if is_url(source):
        yield from _read_url(source, published, policy)
        return
    path = Path(source)
    if source == "-":
        yield from _read_stdin(published, fmt)
        return
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and _readable(p))
        if not files:
            raise InputError(source, "folder holds no .txt, .jsonl, .html or feed files")
        for file in files:
            try:
                yield from _read_source(str(file), published, policy, fmt)
            except InputError as err:
                yield _failure(err)
        return
    suffix = path.suffix.lower()
    if fmt is SourceFormat.jsonl or (fmt is SourceFormat.auto and is_jsonl(source)):
        yield from read_jsonl(source, published)
    elif fmt is SourceFormat.text:
        yield from _prose(source, published)
    elif suffix in HTML_SUFFIXES:
        yield _html_file(path, published)
    elif suffix in FEED_SUFFIXES:
        yield from _read_feed(read_text(source), source, published, policy)
    elif suffix == ".urls" or _is_url_list(path):
        yield from _read_url_list(read_text(source), published, policy)
    elif suffix in TEXT_SUFFIXES or not path.exists():  # a missing file: "no such file"
        yield from _prose(source, published)
    else:
        raise _unread_kind(path)


def _prose(source: str, published: date | None) -> Iterator[Item]:
    for item in read_articles(source, published):
        yield item if isinstance(item, Failure) else SourcedArticle(item)


def _unread_kind(path: Path) -> InputError:
    return InputError(
        str(path),
        f"a {path.suffix or 'suffixless'} file is not read: ingest reads {READ_SUFFIXES} files "
        "(or --format text to read it as one article, --format jsonl as JSON lines)",
    )


def _read_stdin(published: date | None, fmt: SourceFormat) -> Iterator[Item]:
    """Standard input: JSON lines (`--format jsonl`, or a first line that is a JSON object)
    or one article."""
    text = read_text("-")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise InputError("<stdin>", "empty input")
    as_jsonl = fmt is SourceFormat.jsonl or (fmt is SourceFormat.auto and _is_json_object(lines[0]))
    if not as_jsonl:
        yield SourcedArticle(make_article(text, published, source="<stdin>"))
        return
    numbered = enumerate(text.splitlines(), start=1)
    yield from jsonl_articles(
        ((f"<stdin> line {n}", line) for n, line in numbered if line.strip()), published
    )


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json_object(line, "<stdin>"), dict)
    except InputError:
        return False


def _readable(path: Path, named: bool = False) -> bool:
    """A file ingest reads by its suffix. In a folder only .txt counts as prose; a file
    given by name (`named`) may also be .text, .md or have no suffix."""
    suffix = path.suffix.lower()
    return (
        suffix in (".txt", ".jsonl", ".ndjson", ".urls")
        or suffix in HTML_SUFFIXES
        or suffix in FEED_SUFFIXES
        or (named and suffix in TEXT_SUFFIXES)
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


def feed_entries(text: str, source: str) -> list[Any]:
    """The entries of an RSS/Atom feed (feedparser's), in feed order."""
    try:
        import feedparser
    except ModuleNotFoundError:
        raise InputError(source, "feeds need feedparser: pip install 'whimbrel[fetch]'") from None
    parsed = feedparser.parse(text)
    if parsed.bozo and not parsed.entries:
        raise InputError(source, f"not an RSS/Atom feed ({parsed.get('bozo_exception')})")
    return list(parsed.entries)


def feed_links(text: str, source: str) -> list[str]:
    """The entry links of an RSS/Atom feed, in feed order."""
    return [entry.link for entry in feed_entries(text, source) if entry.get("link")]


def _read_feed(
    text: str, source: str, published: date | None, policy: FetchPolicy | None
) -> Iterator[Item]:
    for number, entry in enumerate(feed_entries(text, source), start=1):
        link = entry.get("link")
        page = _page_article(link, published, policy) if link else None
        if isinstance(page, SourcedArticle):
            yield page
            continue
        own = _entry_article(entry, link, f"{source} item {number}", published)
        if own is None:  # a headline alone is too little to code: the failure stands
            yield page or Failure(f"{source} item {number}", 0, "no link and no description")
            continue
        reason = f" ({page.problem})" if page is not None else " (it has no link)"
        yield SourcedArticle(own, publisher_of(link), warnings=(FEED_FALLBACK + reason,))


_TAG = re.compile(r"<[^>]+>")


def _entry_article(
    entry: Any, link: str | None, where: str, published: date | None
) -> Article | None:
    """The article a feed entry itself holds: title and description (tags stripped), dated
    by the entry's own date (else `published`); None when it has no description."""
    title = _plain(entry.get("title"))
    description = _plain(entry.get("summary") or entry.get("description"))
    if not description:
        return None
    text = "\n\n".join(part for part in (title, description) if part)
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    day = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else published
    return make_article(text, day, id=link, title=title or None, url=link, source=where)


def _plain(value: object) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(html.unescape(_TAG.sub(" ", value)).split())
