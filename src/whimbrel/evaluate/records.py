"""Gold records: what every gold reader returns, whatever the format it reads.

A `GoldSet` is a list of `GoldItem`s (a text to code, its date, what a perfect coder would
find). Only `text` and `published` are ever handed to the coder; the rest stays here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

# How a set's events are labelled, which decides the levels it can be scored at.
#   cameo: CAMEO codes with actor countries (three levels: root, dyad+root, dyad+code)
#   plover: PLOVER categories with actor countries (root = category, dyad = countries + category)
#   pentaclass: one of five CAMEO classes for the sentence's main event (root level only)
#   none: the set has no event gold (time expressions only)
Scheme = Literal["cameo", "plover", "pentaclass", "none"]


@dataclass(frozen=True)
class GoldEvent:
    """One event a coder should find.

    `codes` are the acceptable labels, the preferred one first: CAMEO codes ("112", "1123"),
    PLOVER categories ("ACCUSE") or a pentaclass digit ("3"), following the set's scheme.
    `source` and `target` are country keys (see `countries.country_key`), None for none/unknown.
    """

    codes: tuple[str, ...]
    source: str | None = None
    target: str | None = None
    # A few words of the sentence the event is in; None when the item is one sentence.
    sentence: str | None = None
    trigger: str | None = None
    source_actor: str | None = None
    target_actor: str | None = None
    modality: str | None = None
    # ISO date at the precision the text supports (YYYY, YYYY-MM or YYYY-MM-DD).
    date: str | None = None
    # An optional event may be found without being required: no miss if absent, no false
    # event if present (vague statements, embedded alleged or hypothetical events).
    optional: bool = False


@dataclass(frozen=True)
class GoldQuote:
    """A quotation, keyed by its first and last few words, and who said it."""

    first: str
    last: str
    speaker: str | None


@dataclass(frozen=True)
class GoldTimex:
    """A time expression: its text, its value, and (where the format gives them) offsets.

    `start`/`end` index `GoldItem.text`. `value` is the gold's own normalised value
    (TIMEX3 values such as "1998-01-08", "1998-W02", "PRESENT_REF" or "P1D").
    """

    text: str
    value: str | None
    kind: str = "DATE"
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class GoldItem:
    id: str
    text: str
    published: date | None
    events: tuple[GoldEvent, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    timexes: tuple[GoldTimex, ...] = ()
    # Sub-group for reporting (e.g. TempEval-3 "platinum" vs the rest); None for one group.
    group: str | None = None


@dataclass(frozen=True)
class GoldSet:
    name: str
    scheme: Scheme
    items: tuple[GoldItem, ...]
    # Where the gold came from and any fixed selection applied, for the report.
    description: str = ""
    has_quotes: bool = False
    has_timexes: bool = False
    has_modality: bool = False
    has_dates: bool = False
    notes: tuple[str, ...] = field(default=())
