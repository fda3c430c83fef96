"""Events: CAMEO coding of who did what to whom, when and where.

`code_events` is the stage's API (called by the pipeline). `coder.py` runs it sentence by
sentence: `triggers.py` finds candidate triggers, `assembly.py` builds their `Event` records,
`rules.py` holds the rules and their confidences (one table). Beside them: the lexicon
(`lexicon.py`), clause framing (`modality.py`), phrases and actors (`phrases.py`), date and
place (`anchoring.py`, `places.py`) and the CAMEO/PLOVER ontology (`ontology.py`).
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
