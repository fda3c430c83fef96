"""CodedArticle <-> the output contract (`data/contract/coded-article.schema.json`).

The one serializer: the CLI, the store, the HTTP API and the exporters all go through
`to_contract` / `from_contract`, so the JSON users see has a single definition.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from whimbrel.records import (
    Actor,
    Article,
    CodedArticle,
    Event,
    Location,
    Mention,
    Quote,
    Sentence,
    Timex,
)

SCHEMA_VERSION = "1.0"


@cache
def schema() -> dict[str, Any]:
    text = (
        resources.files("whimbrel")
        .joinpath("data/contract/coded-article.schema.json")
        .read_text(encoding="utf-8")
    )
    return json.loads(text)


def validate(document: dict[str, Any]) -> None:
    """Raise `jsonschema.ValidationError` if `document` breaks the contract."""
    import jsonschema

    jsonschema.validate(document, schema())


def _actor(actor: Actor, text: str, span: tuple[int, int] | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "text": text,
        "code": actor.code,
        "country": actor.country,
        "role": actor.role,
        "entity": actor.entity,
    }
    if span is not None:
        out["span"] = list(span)
    return out


def mention_to_dict(mention: Mention) -> dict[str, Any]:
    out = _actor(mention.actor, mention.text, mention.span)
    out["kind"] = mention.kind
    out["sentence"] = mention.sentence
    out["antecedent"] = list(mention.antecedent) if mention.antecedent else None
    return out


def _optional_mention(mention: Mention | None) -> dict[str, Any] | None:
    return None if mention is None else mention_to_dict(mention)


def event_to_dict(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "sentence": {
            "index": event.sentence.index,
            "span": list(event.sentence.span),
            "text": event.sentence.text,
        },
        "trigger": {"text": event.trigger_text, "span": list(event.trigger_span)},
        "source": _optional_mention(event.source),
        "target": _optional_mention(event.target),
        "cameo": event.cameo,
        "root": event.root,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "plover": event.plover,
        "date": event.date,
        "date_basis": event.date_basis,
        "location": None
        if event.location is None
        else {
            "name": event.location.name,
            "country": event.location.country,
            "lat": event.location.lat,
            "lon": event.location.lon,
        },
        "modality": event.modality,
        "quote": event.quote,
        "confidence": event.confidence,
        "rule": event.rule,
    }


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    return {
        "id": quote.id,
        "text": quote.text,
        "span": list(quote.span),
        "kind": quote.kind,
        "speaker": _optional_mention(quote.speaker),
        "cue": quote.cue,
        "sentence": quote.sentence,
    }


def timex_to_dict(timex: Timex) -> dict[str, Any]:
    return {
        "text": timex.text,
        "span": list(timex.span),
        "value": timex.value,
        "precision": timex.precision,
        "type": timex.kind,
        "sentence": timex.sentence,
        "method": timex.method,
    }


def to_contract(coded: CodedArticle) -> dict[str, Any]:
    article = coded.article
    return {
        "schema_version": SCHEMA_VERSION,
        "article": {
            "id": article.id,
            "published": article.published.isoformat() if article.published else None,
            "language": article.language,
            "title": article.title,
            "url": article.url,
            "text": article.text,
            "original_text": article.original_text,
        },
        "sentences": [
            {"index": s.index, "span": list(s.span), "text": s.text} for s in coded.sentences
        ],
        "actors": [mention_to_dict(m) for m in coded.mentions],
        "events": [event_to_dict(e) for e in coded.events],
        "quotes": [quote_to_dict(q) for q in coded.quotes],
        "timexes": [timex_to_dict(t) for t in coded.timexes],
        "warnings": list(coded.warnings),
    }


# --- reading the contract back (the store and the API return CodedArticles) ---------------


def _span(value: list[int] | None) -> tuple[int, int] | None:
    return None if value is None else (int(value[0]), int(value[1]))


def mention_from_dict(data: dict[str, Any] | None) -> Mention | None:
    if data is None:
        return None
    span = _span(data.get("span")) or (0, 0)
    return Mention(
        text=data["text"],
        span=span,
        actor=Actor(
            code=data.get("code"),
            country=data.get("country"),
            role=data.get("role"),
            entity=data.get("entity"),
        ),
        sentence=data.get("sentence"),
        kind=data.get("kind", "name"),
        antecedent=_span(data.get("antecedent")),
    )


def event_from_dict(data: dict[str, Any]) -> Event:
    sentence = data["sentence"]
    location = data.get("location")
    return Event(
        id=data["id"],
        sentence=Sentence(sentence["index"], _span(sentence["span"]) or (0, 0), sentence["text"]),
        trigger_text=data["trigger"]["text"],
        trigger_span=_span(data["trigger"]["span"]) or (0, 0),
        source=mention_from_dict(data.get("source")),
        target=mention_from_dict(data.get("target")),
        cameo=data["cameo"],
        root=data["root"],
        quad_class=data["quad_class"],
        goldstein=data["goldstein"],
        modality=data["modality"],
        confidence=data["confidence"],
        date=data.get("date"),
        date_basis=data.get("date_basis"),
        plover=data.get("plover"),
        location=None if location is None else Location(**location),
        quote=data.get("quote"),
        rule=data.get("rule"),
    )


def from_contract(document: dict[str, Any]) -> CodedArticle:
    """Rebuild a CodedArticle from its contract dict (inverse of `to_contract`)."""
    a = document["article"]
    article = Article(
        id=a["id"],
        text=a["text"],
        published=date.fromisoformat(a["published"][:10]) if a.get("published") else None,
        title=a.get("title"),
        url=a.get("url"),
        language=a.get("language", "en"),
        original_text=a.get("original_text"),
    )
    return CodedArticle(
        article=article,
        sentences=tuple(
            Sentence(s["index"], _span(s["span"]) or (0, 0), s["text"])
            for s in document.get("sentences", [])
        ),
        mentions=tuple(
            m for m in (mention_from_dict(d) for d in document["actors"]) if m is not None
        ),
        timexes=tuple(
            Timex(
                text=t["text"],
                span=_span(t["span"]) or (0, 0),
                value=t.get("value"),
                precision=t.get("precision"),
                kind=t.get("type", "DATE"),
                sentence=t.get("sentence"),
                method=t.get("method"),
            )
            for t in document["timexes"]
        ),
        quotes=tuple(
            Quote(
                id=q["id"],
                text=q["text"],
                span=_span(q["span"]) or (0, 0),
                kind=q["kind"],
                speaker=mention_from_dict(q.get("speaker")),
                cue=q.get("cue"),
                sentence=q.get("sentence"),
            )
            for q in document["quotes"]
        ),
        events=tuple(event_from_dict(e) for e in document["events"]),
        warnings=tuple(document.get("warnings", [])),
    )
