"""code_batch(articles) -> coded articles: the stages in order, nothing else.

    normalise -> nlp -> timex -> actors -> quotes -> events

`Coder` holds what is loaded once per process (the spaCy pipeline). `code_batch` is a plain
function over plain records so any engine (a process pool, Dask, Spark's mapInPandas) can
call it unchanged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from whimbrel import nlp as nlp_layer
from whimbrel.actors import KnowledgeBase, article_date, find_mentions, load_kb
from whimbrel.errors import ArticleError
from whimbrel.events import code_events
from whimbrel.normalise import clean, normalise
from whimbrel.quotes import extract_quotes
from whimbrel.records import Article, CodedArticle, Sentence
from whimbrel.settings import Settings
from whimbrel.timex import find_timexes

NO_DATE_WARNING = "no publication date: relative dates left unresolved"
# The most characters parsed in one batch: the parser's working memory grows with the batch's
# text, not its count of texts, so a batch of long texts (or of one text's pieces) is capped.
# About 32 news articles; measured with benchmarks/length.py.
BATCH_CHARS = 100_000
T = TypeVar("T")


def actors_warning(on: date | None) -> str:
    """What an undated article's actors were resolved as of."""
    if on is None:
        return "no date in the text either: people coded only by what holds on any date"
    return f"no publication date: actor roles as of {on.isoformat()}, the latest date in the text"


def article_id(text: str) -> str:
    """A stable id for an article that arrived without one: a hash of its text."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def make_article(
    text: str,
    published: date | None = None,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str = "<text>",
) -> Article:
    """Build an Article from cleaned text and fields, refusing text with nothing to code.

    What cleaning changed (`normalise.clean`: NUL, controls, lone surrogates, a byte-order
    mark, CR line ends) becomes the article's warnings, so the story is kept and the change
    is on record.
    """
    if not isinstance(text, str):
        raise ArticleError(source, "empty text")
    fields = {"text": text, "id": id, "title": title, "url": url}
    cleaned = {name: clean(value, name) for name, value in fields.items() if value is not None}
    text = cleaned["text"].text
    if not text.strip():
        raise ArticleError(source, "empty text")
    id, title, url = (cleaned[n].text if n in cleaned else None for n in ("id", "title", "url"))
    return Article(
        id=id or article_id(text),
        text=text,
        published=published,
        title=title,
        url=url,
        warnings=tuple(w for c in cleaned.values() for w in c.warnings),
    )


@dataclass
class Coder:
    """The pipeline with its loaded model; one per process."""

    settings: Settings
    nlp: Language
    kb: KnowledgeBase

    @classmethod
    def load(cls, settings: Settings | None = None) -> Coder:
        settings = settings or Settings.from_env()
        return cls(
            settings=settings,
            nlp=nlp_layer.load(settings.model),
            kb=load_kb(settings.actor_files),
        )

    def code(self, article: Article) -> CodedArticle:
        return next(iter(self.code_many([article])))

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code articles in batches through `nlp.pipe`, yielding in input order.

        A long text goes through the pipe in pieces (`nlp.cut_pieces`); its pieces' Docs are
        joined back into one before the stages run, so they see the whole article.
        """
        pieces = (
            (piece, (article, unbalanced, len(cut)))
            for article, unbalanced in (_prepare(a) for a in articles)
            for cut in (nlp_layer.cut_pieces(article.text),)
            for piece in cut
        )
        pairs = (
            pair
            for batch in _batches(pieces, self.settings.batch_size, BATCH_CHARS)
            for pair in self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
        )
        parsed: list[Doc] = []
        for doc, (article, unbalanced, count) in pairs:
            parsed.append(doc)
            if len(parsed) == count:
                whole = nlp_layer.join_pieces(parsed)
                parsed = []
                try:
                    coded = self._code_doc(whole, article, unbalanced)
                finally:
                    nlp_layer.release(whole)
                yield coded

    def _code_doc(self, doc: Doc, article: Article, unbalanced: tuple[int, ...]) -> CodedArticle:
        sentences = tuple(
            Sentence(i, (start, start + len(text)), text)
            for i, (start, text) in enumerate(
                (s.start_char, s.text.rstrip()) for s in doc.sents if s.text.strip()
            )
        )
        starts = {s.span[0]: s.index for s in sentences}
        timexes = tuple(find_timexes(doc, article.published, starts))
        # Undated: roles as of the latest date the text gives, else only date-free codes.
        actors_on = article.published or article_date(doc)
        mentions = tuple(find_mentions(doc, actors_on, starts, self.kb))
        quotes = tuple(extract_quotes(doc, mentions, starts, unbalanced))
        events = tuple(
            e
            for e in code_events(doc, article.published, sentences, mentions, timexes, quotes)
            if e.confidence >= self.settings.min_confidence
        )
        warnings = article.warnings + (
            () if article.published else (NO_DATE_WARNING, actors_warning(actors_on))
        )
        return CodedArticle(
            article=article,
            sentences=sentences,
            mentions=mentions,
            timexes=timexes,
            quotes=quotes,
            events=events,
            warnings=warnings,
        )


def _batches(
    items: Iterable[tuple[str, T]], count: int, chars: int
) -> Iterator[list[tuple[str, T]]]:
    """`items` in batches of at most `count` texts and, unless one text is longer, `chars`
    characters."""
    batch: list[tuple[str, T]] = []
    size = 0
    for item in items:
        if batch and (len(batch) >= count or size + len(item[0]) > chars):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item[0])
    if batch:
        yield batch


def _prepare(article: Article) -> tuple[Article, tuple[int, ...]]:
    # Articles built by `make_article` are clean already; others (built directly) get it here.
    cleaned = clean(article.text)
    normalised = normalise(cleaned.text)
    if not normalised.text.strip():
        raise ArticleError(article.id, "empty text")
    prepared = replace(
        article,
        text=normalised.text,
        original_text=cleaned.text,
        warnings=article.warnings + cleaned.warnings,
    )
    return prepared, normalised.unbalanced_paragraphs


def code_batch(articles: Iterable[Article], settings: Settings | None = None) -> list[CodedArticle]:
    """Code `articles` with this process's pipeline (loaded on first use)."""
    return list(_coder(settings or Settings.from_env()).code_many(articles))


_CODERS: dict[Settings, Coder] = {}


def _coder(settings: Settings) -> Coder:
    coder = _CODERS.get(settings)
    if coder is None:
        coder = _CODERS[settings] = Coder.load(settings)
    return coder


def code(
    text: str,
    published: date | str | None = None,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
) -> CodedArticle:
    """Code one article's text. `published` anchors relative dates ("on Tuesday")."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    article = make_article(text, published, id=id, title=title, url=url)
    return _coder(settings or Settings.from_env()).code(article)


def code_many(
    articles: Iterable[Article], settings: Settings | None = None
) -> Iterator[CodedArticle]:
    """Code a stream of Articles in batches, yielding as each batch is done."""
    return _coder(settings or Settings.from_env()).code_many(articles)
