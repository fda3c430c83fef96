"""Coding an article's events: candidates per sentence, assembled, then deduplicated.

One pass per sentence that has an actor mention (or lies in a quote with a speaker, says
"the two" / "both", or names a place, where violence with no named doer may be coded
against the place's country: "a shopkeeper was shot dead in Peshawar"): every token is
offered to `triggers.candidate` (is it a trigger, with what code and rule?), and so is every
judgement predicate to `judgements.judgement_candidate` ("said the tax was illegal"); each
candidate goes to `assembly.events_for` (frame, sources, targets, date and place: the `Event`
records). The rules and their base confidences are one table,
`data/lexicon/rules.tsv` (`events.rules`).

Every event names the rule that produced it and a confidence; duplicates (same sentence,
actors and root) keep the most confident, and an event without a target is dropped where
the same source and root have a targeted one in that sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import date
from typing import Generic, Protocol, TypeVar

from spacy.tokens import Doc

from whimbrel.events.anchoring import place_word
from whimbrel.events.assembly import Context, events_for
from whimbrel.events.judgements import judgement_candidate
from whimbrel.events.lexicon import lexicon
from whimbrel.events.phrases import Mentions
from whimbrel.events.rules import Rule
from whimbrel.events.triggers import candidate
from whimbrel.records import Event, Mention, Quote, Sentence, Timex

# A sentence without a mention may still pair the last two actors: "the two men met".
PAIR_WORDS = frozenset({"two", "both"})


class _HasSpan(Protocol):
    @property
    def span(self) -> tuple[int, int]: ...


Spanned = TypeVar("Spanned", bound=_HasSpan)


class _SpanIndex(Generic[Spanned]):
    """Items with a character `span`, found over a stretch by bisection, in their own order."""

    def __init__(self, items: Sequence[Spanned]) -> None:
        self.items = items
        self.order = sorted(range(len(items)), key=lambda k: items[k].span[0])
        self.starts = [items[k].span[0] for k in self.order]
        self.longest = max((i.span[1] - i.span[0] for i in items), default=0)

    def starting_in(self, start: int, end: int) -> list[Spanned]:
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [self.items[k] for k in sorted(self.order[lo:hi])]

    def over(self, start: int, end: int) -> list[Spanned]:
        lo = bisect.bisect_right(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        near = (self.items[k] for k in sorted(self.order[lo:hi]))
        return [i for i in near if i.span[0] < end and start < i.span[1]]


def _rank(event: Event) -> tuple[float, int]:
    """Confidence first, then the more specific code (124 "decline to yield" over 120)."""
    return event.confidence, len(event.cameo) + (event.cameo[-1] != "0")


def _actor_key(mention: Mention | None) -> object:
    """Mentions of one actor count once: "Ukraine and its allies" may both resolve to UKR."""
    if mention is None:
        return None
    return mention.actor.code or mention.span


def _dedupe(events: list[Event]) -> list[Event]:
    best: dict[tuple, Event] = {}
    for event in events:
        key = (
            event.sentence.index,
            _actor_key(event.source),
            _actor_key(event.target),
            event.root,
        )
        old = best.get(key)
        if old is None or _rank(event) > _rank(old):
            best[key] = event
    targeted = {
        (e.sentence.index, _actor_key(e.source), e.root)
        for e in best.values()
        if e.target is not None
    }
    kept = [
        e
        for e in best.values()
        if e.target is not None or (e.sentence.index, _actor_key(e.source), e.root) not in targeted
    ]
    return sorted(kept, key=lambda e: (e.trigger_span[0], e.id))


def code_article(
    doc: Doc,
    published: date | None,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    timexes: Sequence[Timex],
    quotes: Sequence[Quote],
) -> list[Event]:
    """The events of `doc`, deduplicated, in text order (see the module docstring)."""
    lex = lexicon()
    index = Mentions(doc, mentions)
    spoken = [q for q in quotes if q.speaker is not None]
    by_start = {s.start_char: s for s in doc.sents}
    # Found per sentence by bisection: a walk of all of them per sentence was quadratic.
    spoken_at, timexes_at = _SpanIndex(spoken), _SpanIndex(timexes)
    events: list[Event] = []
    for sentence in sentences:
        span = by_start.get(sentence.span[0])
        if span is None:
            span = doc.char_span(*sentence.span, alignment_mode="expand")
        if span is None:
            continue
        if lex.navigation_text(span.text):
            continue  # "related stories modi visits riot-hit areas": other stories' headlines
        quoted = bool(spoken_at.over(span.start_char, span.end_char))
        if not (
            quoted
            or index.in_span(span)
            or any(t.lower_ in PAIR_WORDS for t in span)
            # by token: `span.ents` walks every entity of the document
            or any(place_word(t) for t in span)
        ):
            continue
        sentence_timexes = timexes_at.starting_in(span.start_char, span.end_char)
        dated_offsets: set[int] = set()
        for timex in sentence_timexes:
            if timex.value is not None:
                dated_offsets.update(range(timex.span[0], timex.span[1]))
        context = Context(lex, index, published, sentence_timexes, spoken)
        judged = [j for j in (judgement_candidate(t, lex) for t in span) if j is not None]
        # A naming verb that makes a judgement ("described the plan as unacceptable") is
        # that judgement, not an event of its own ("describe", "call" a telephone call).
        naming = {j.clause.i for j in judged if j.rule is Rule.JUDGEMENT_NAMED}
        for token in span:
            found = candidate(token, lex, dated_offsets)
            if found is not None and found.trigger.i not in naming:
                events.extend(events_for(found, sentence, span, context))
        for found in judged:
            events.extend(events_for(found, sentence, span, context))
    return _dedupe(events)
