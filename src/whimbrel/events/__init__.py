"""Events: CAMEO coding of who did what to whom, when and where.

`code_events` is the stage's API (called by the pipeline); the work is in `coder.py`, with
the lexicon (`lexicon.py`), clause framing (`modality.py`), places (`places.py`) and the
CAMEO/PLOVER ontology (`ontology.py`) beside it.
"""

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
    """Every event in `doc`: sentences without an actor mention (or quote speaker) are skipped."""
    from whimbrel.events.coder import code_article

    return code_article(doc, published, sentences, mentions, timexes, quotes)
