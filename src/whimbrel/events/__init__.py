"""Events: CAMEO coding of who did what to whom, when and where."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc

from whimbrel.records import Event, Mention, Quote, Sentence, Timex


def code_events(
    doc: Doc,
    published: date | None,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    timexes: Sequence[Timex],
    quotes: Sequence[Quote],
) -> list[Event]:
    """Placeholder seam: the event coder (issue 4) fills this in."""
    return []
