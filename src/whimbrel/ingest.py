"""Reading articles from files: plain text, standard input and JSONL.

Each reader yields `Article`s, or a `Failure` in place of an item that cannot be read, so a
batch can report the bad item and go on. Errors that make the whole input unusable (a
missing file, bytes that are not UTF-8) are raised as `InputError`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
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


def read_text(path: str | Path) -> str:
    """Read a whole file (or standard input for "-") as UTF-8."""
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(name, "no such file")
        if p.is_dir():
            raise InputError(name, "is a directory, expected a .txt or .jsonl file")
        data = p.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(name, f"not UTF-8 text (byte {err.start})") from None


def is_jsonl(path: str | Path) -> bool:
    return str(path).lower().endswith((".jsonl", ".ndjson"))


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
    text = read_text(path)
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if not lines:
        raise InputError(str(path), "empty JSONL file")
    for position, (number, line) in enumerate(lines):
        where = f"{path} line {number}"
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
        item = json.loads(line)
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
