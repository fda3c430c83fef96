"""Highlighting spans in untrusted text: split it into segments, each with the layers over it.

The templates render each segment as a `<span>` with one class per layer (actor, timex,
quote, trigger, ...); the text itself is always escaped by Jinja, never marked safe, so an
article containing `<script>` shows as text. Overlapping and nested spans are fine: a segment
is a stretch of text over which the set of layers does not change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from whimbrel.records import CodedArticle, Mention
from whimbrel.store.query import EventRow


@dataclass(frozen=True)
class Layer:
    kind: str  # the CSS class: actor, timex, quote, trigger, source, target, evidence
    start: int
    end: int
    label: str | None = None  # shown as the segment's tooltip
    anchor: str | None = None  # an element id on the layer's first segment (#event-12)


@dataclass(frozen=True)
class Segment:
    text: str
    kinds: tuple[str, ...] = ()
    label: str | None = None
    anchor: str | None = None

    @property
    def css(self) -> str:
        return " ".join(f"hl-{k}" for k in self.kinds)


def segments(text: str, layers: Iterable[Layer], offset: int = 0) -> list[Segment]:
    """`text` cut at every layer boundary; `offset` is where `text` starts in the article."""
    size = len(text)
    placed = [
        (max(0, layer.start - offset), min(size, layer.end - offset), layer)
        for layer in layers
        if layer.end - offset > 0 and layer.start - offset < size and layer.end > layer.start
    ]
    cuts = sorted({0, size, *(s for s, _, _ in placed), *(e for _, e, _ in placed)})
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        if start >= end:
            continue
        over = [layer for s, e, layer in placed if s <= start and end <= e]
        anchors = [
            layer.anchor for s, _, layer in placed if s == start and layer.anchor and layer in over
        ]
        labels = [layer.label for layer in over if layer.label]
        out.append(
            Segment(
                text=text[start:end],
                kinds=tuple(dict.fromkeys(layer.kind for layer in over)),
                label=" · ".join(dict.fromkeys(labels)) or None,
                anchor=anchors[0] if anchors else None,
            )
        )
    return out


def _actor_label(mention: Mention) -> str:
    actor = mention.actor
    entity = f" ({actor.entity})" if actor.entity else ""
    return f"actor {actor.code or actor.country or 'unresolved'}{entity}"


def article_layers(coded: CodedArticle, event_anchors: Sequence[str | None] = ()) -> list[Layer]:
    """Actors, time expressions, quotes and event triggers of a coded article.

    `event_anchors[i]` is the element id for the i-th event's trigger (so a link can jump to it).
    """
    from whimbrel.events.ontology import label as cameo_label

    layers: list[Layer] = []
    for quote in coded.quotes:
        speaker = quote.speaker.text if quote.speaker else "unknown speaker"
        layers.append(Layer("quote", *quote.span, label=f"quote ({quote.kind}) by {speaker}"))
    for timex in coded.timexes:
        value = timex.value or "unresolved"
        layers.append(Layer("timex", *timex.span, label=f"time: {value}"))
    for mention in coded.mentions:
        layers.append(Layer("actor", *mention.span, label=_actor_label(mention)))
    for i, event in enumerate(coded.events):
        anchor = event_anchors[i] if i < len(event_anchors) else None
        layers.append(
            Layer(
                "trigger",
                *event.trigger_span,
                label=f"event {event.cameo} {cameo_label(event.cameo)}",
                anchor=anchor,
            )
        )
    return layers


def evidence_layers(row: EventRow) -> list[Layer]:
    """Source, trigger and target spans of an event row (article offsets)."""
    layers = []
    actors = (
        ("source", row.source_start, row.source_end, row.source_code or row.source_country),
        ("target", row.target_start, row.target_end, row.target_code or row.target_country),
    )
    for kind, start, end, code in actors:
        if start is not None and end is not None:
            layers.append(Layer(kind, start, end, label=f"{kind}: {code or '?'}"))
    layers.append(
        Layer("trigger", row.trigger_start, row.trigger_end, label=f"trigger: {row.cameo}")
    )
    return layers


def evidence_segments(row: EventRow) -> list[Segment]:
    return segments(row.sentence_text, evidence_layers(row), offset=row.sentence_start)
