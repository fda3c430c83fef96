"""Code a stream of read articles without storing them (`whimbrel code`).

    outcomes = code_items(read_articles("news.jsonl"), settings, source="news.jsonl")

Each outcome is a `CodedArticle`, or the `Failure` in the place of an item that could not be
read or coded, in input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from whimbrel.engines import Outcome, code_chunk
from whimbrel.errors import InputError
from whimbrel.pipeline import Coder
from whimbrel.records import Article, Failure
from whimbrel.settings import Settings

CHUNK = 32


def code_items(
    items: Iterable[Article | Failure],
    settings: Settings,
    *,
    source: str,
    coder: Coder | None = None,
) -> Iterator[Outcome]:
    """Each item's outcome, in input order, coded in chunks of `CHUNK` articles.

    The model is loaded (unless `coder` is given) only once the input holds an article; an
    empty input is an `InputError` naming `source`.
    """
    buffer: list[Article | Failure] = []
    articles = 0
    seen = False
    for item in items:
        seen = True
        buffer.append(item)
        articles += isinstance(item, Article)
        if articles >= CHUNK:
            coder = coder or Coder.load(settings)
            yield from _settle(buffer, settings, coder)
            buffer, articles = [], 0
    if not seen:
        raise InputError(source, "no articles")
    if articles:
        coder = coder or Coder.load(settings)
    yield from _settle(buffer, settings, coder)


def _settle(
    buffer: list[Article | Failure], settings: Settings, coder: Coder | None
) -> Iterator[Outcome]:
    """The buffer's outcomes in input order: its articles coded in one chunk."""
    articles = [item for item in buffer if isinstance(item, Article)]
    coded = iter(code_chunk(articles, settings, coder) if articles else ())
    for item in buffer:
        yield item if isinstance(item, Failure) else next(coded)
