"""The plain records every pipeline stage shares.

Stages take and return these frozen dataclasses; only `contract.py` turns them into the
JSON contract. Spans are `(start, end)` character offsets, end exclusive, into the
*normalised* article text (`Article.text`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

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
    # name | alias | description | metonym | pronoun | nominal | unknown
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

    def to_dict(self) -> dict:
        from whimbrel.contract import to_contract

        return to_contract(self)
