"""Reading articles from files: plain text, standard input and JSONL.

Each reader yields `Article`s, or a `Failure` in place of an item that cannot be read, so a
batch can report the bad item and go on. Errors that make the whole input unusable (a
missing file, bytes that are not UTF-8) are raised as `InputError`.
"""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from whimbrel.errors import ArticleError, DateError, InputError
from whimbrel.pipeline import make_article
from whimbrel.records import Article, Failure, SourcedArticle, publisher_of


def parse_date(value: object, source: str) -> date | None:
    """Parse a YYYY-MM-DD date (a longer ISO timestamp is cut to its date)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise DateError(source, value)
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise DateError(source, value) from None


def read_bytes(path: str | Path) -> tuple[str, bytes]:
    """The name to report and the bytes of a whole file (or standard input for "-")."""
    name = str(path)
    if name == "-":
        return "<stdin>", sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        raise InputError(name, "no such file")
    if p.is_dir():
        raise InputError(name, "is a directory, expected a .txt or .jsonl file")
    return name, p.read_bytes()


def read_text(path: str | Path) -> str:
    """Read a whole file (or standard input for "-") as UTF-8."""
    name, data = read_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(name, f"not UTF-8 text (byte {err.start})") from None


def is_jsonl(path: str | Path) -> bool:
    return str(path).lower().endswith((".jsonl", ".ndjson"))


def jsonl_lines(path: str | Path) -> Iterator[tuple[str, str] | Failure]:
    """Each non-blank line of a JSONL file, with where it is ("FILE line N").

    Lines are split at newline bytes and decoded one by one, so a line that is not UTF-8 is
    one `Failure` and the lines around it are still read. A failure's position is the
    line's place among the file's non-blank lines.
    """
    name, data = read_bytes(path)
    lines = data.removeprefix(codecs.BOM_UTF8).split(b"\n")
    if not any(line.strip() for line in lines):
        raise InputError(name, "empty JSONL file")
    position = 0
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{name} line {number}"
        try:
            yield where, raw.decode("utf-8")
        except UnicodeDecodeError as err:
            yield Failure(where, position, f"not UTF-8 text (byte {err.start}); save it as UTF-8")
        position += 1


def read_articles(path: str | Path, published: date | None = None) -> Iterator[Article | Failure]:
    """The articles in `path`: one for a text file or stdin, one per line for JSONL.

    `published` is the default publication date; a JSONL line's own `published`/`date` wins.
    """
    if is_jsonl(path):
        for item in read_jsonl(path, published):
            yield item.article if isinstance(item, SourcedArticle) else item
        return
    text = read_text(path)
    name = "<stdin>" if str(path) == "-" else str(path)
    if not text.strip():
        raise InputError(name, "empty text")
    stem = None if name == "<stdin>" else Path(name).stem
    yield make_article(text, published, id=stem, source=name)


def read_jsonl(
    path: str | Path, published: date | None = None
) -> Iterator[SourcedArticle | Failure]:
    """One article per line of a JSONL file, with its publisher: the line's `source`, else
    its URL's host. A bad line (or a bad date inside it) is a `Failure` naming the line."""
    return jsonl_articles(jsonl_lines(path), published)


def jsonl_articles(
    lines: Iterable[tuple[str, str] | Failure], published: date | None = None
) -> Iterator[SourcedArticle | Failure]:
    """The article of each JSON line (given with where it is, as `jsonl_lines` yields them),
    with its publisher; a line that cannot be read stays the `Failure` it is, in its place."""
    for position, entry in enumerate(lines):
        if isinstance(entry, Failure):
            yield entry
            continue
        where, line = entry
        try:
            item = json_object(line, where)
            article = article_from_item(item, where, published)
        except InputError as err:
            yield Failure(err.source, position, err.problem)
            continue
        publisher = item.get("source")
        if not (isinstance(publisher, str) and publisher):
            publisher = publisher_of(article.url)
        yield SourcedArticle(article, publisher)


def json_object(line: str, where: str) -> dict[str, Any]:
    """One JSONL line as an object, or an ArticleError naming the line."""
    try:
        # Raw control characters inside strings are let through here and cleaned afterwards.
        item = json.loads(line, strict=False)
    except json.JSONDecodeError as err:
        raise ArticleError(where, f"not valid JSON ({err.msg})") from None
    if not isinstance(item, dict):
        raise ArticleError(where, f"not a JSON object (got {type(item).__name__})")
    return item


def article_from_item(item: dict[str, Any], where: str, published: date | None) -> Article:
    """An Article from a JSONL object: `text`, optional `id`, `published`/`date`, `title`, `url`."""
    text = item.get("text")
    if not isinstance(text, str):
        raise ArticleError(where, "no 'text' string")
    if not text.strip():
        raise ArticleError(where, "empty text")
    own_date = item.get("published", item.get("date"))
    day = parse_date(own_date, where) if own_date else published
    raw_id = item.get("id")
    return make_article(
        text,
        day,
        id=str(raw_id) if raw_id is not None else None,
        title=item.get("title") if isinstance(item.get("title"), str) else None,
        url=item.get("url") if isinstance(item.get("url"), str) else None,
        source=where,
    )
