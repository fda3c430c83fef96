"""The plain records every pipeline stage shares.

Stages take and return these frozen dataclasses; only `contract.py` turns them into the
JSON contract. Spans are `(start, end)` character offsets, end exclusive, into the
*normalised* article text (`Article.text`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal
from urllib.parse import urlsplit

Span = tuple[int, int]

Modality = Literal["asserted", "planned", "alleged", "negated", "hypothetical"]
QuoteKind = Literal["direct", "partial", "indirect"]
# Precision of a resolved date: what the text supports, never more.
Precision = Literal["year", "month", "day"]


@dataclass(frozen=True)
class Article:
    """One news article as it enters the pipeline (after normalisation, `text` is repaired)."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    language: str = "en"
    # The text exactly as it arrived, before normalisation; `text` is what spans index.
    original_text: str | None = None
    # What cleaning on the way in changed (`normalise.clean`); copied to the coded article.
    warnings: tuple[str, ...] = ()


def publisher_of(url: str | None) -> str | None:
    """The publisher a URL names (GDELT's "source"): its host, without a leading www."""
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


@dataclass(frozen=True)
class SourcedArticle:
    """An article with its publisher, as a source reader yields it."""

    article: Article
    publisher: str | None = None
    # What the reader had to make do with (a feed item's own text when its page could not be
    # fetched); added to the coded article's warnings.
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Failure:
    """An item that could not be read, coded or stored, and why.

    Readers and engines yield it in the place of the item, so a batch reports it and goes on.
    Plain and picklable (unlike exceptions with custom constructors): it crosses process and
    Dask boundaries and is written to Parquet unchanged.
    """

    # What failed: a file and line, a URL, an article id, a partition file.
    source: str
    # Where the item stood in the stream, chunk or run that yielded it (0-based).
    position: int
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"


@dataclass(frozen=True)
class Sentence:
    index: int
    span: Span
    text: str


@dataclass(frozen=True)
class Timex:
    """A time expression and its value resolved against the publication date.

    `value` is an ISO date at `precision` (YYYY, YYYY-MM or YYYY-MM-DD) or None when the
    expression is not a calendar date (a duration, "several days") or needs an anchor the
    article lacks. `kind` is TimeML's type (DATE, TIME, DURATION, SET).
    """

    text: str
    span: Span
    value: str | None
    precision: Precision | None
    kind: str = "DATE"
    sentence: int | None = None
    # How the value was reached, for audit ("explicit", "weekday:future", "month:past", ...).
    method: str | None = None


@dataclass(frozen=True)
class Actor:
    """A resolved actor: the CAMEO-style code and what it is made of."""

    code: str | None
    country: str | None
    role: str | None
    entity: str | None


@dataclass(frozen=True)
class Mention:
    """An actor mention in the text, resolved (possibly only partly) to an actor."""

    text: str
    span: Span
    actor: Actor
    sentence: int | None = None
    # name | alias | description | metonym | pronoun | nominal | unknown | place (a place
    # the event layer names as the target: "shelled a neighbourhood in Aleppo") | domestic
    # (what a force acted on at home, of its own country: "police raided the house"; the
    # government a protest at home names no one of: "Kurds demonstrated in Kirkuk")
    kind: str = "name"
    # For coreferent mentions, the span of the mention they point back to.
    antecedent: Span | None = None
    # A plural mention's actors ("the two sides", "a joint statement by France and Germany"),
    # in text order; empty for a mention of one actor.
    members: tuple[Actor, ...] = ()


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Quote:
    id: str
    text: str
    span: Span
    kind: QuoteKind
    speaker: Mention | None
    cue: str | None = None
    sentence: int | None = None


@dataclass(frozen=True)
class Event:
    id: str
    sentence: Sentence
    trigger_text: str
    trigger_span: Span
    source: Mention | None
    target: Mention | None
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    modality: Modality
    confidence: float
    date: str | None = None
    # How `date` was chosen: "clause-timex", "sentence-timex", "published", or None.
    date_basis: str | None = None
    plover: str | None = None
    location: Location | None = None
    quote: str | None = None
    rule: str | None = None


@dataclass(frozen=True)
class CodedArticle:
    """Everything the coder found in one article."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    # Problems met while coding that did not stop it (e.g. "no publication date").
    warnings: tuple[str, ...] = field(default=())
