"""Actors: the dated knowledge base and in-article resolution to CAMEO actor codes.

    kb = load_kb(extra_files)                              # once per process
    mentions = find_mentions(doc, published, sentence_index, kb)
    on = published or article_date(doc)                    # an undated article: its text's date
    plural = plural_mentions(doc, mentions, sentence_index, kb)  # "the two sides": members

`kb.py` loads and looks up the knowledge base (data in `whimbrel/data/actors/`); `resolve.py`
runs the steps: `match.py` finds the KB's names, `describe.py` reads descriptions ("Kremlin
spokesman X", "Russian troops", "the US president", "the French-led coalition"), `context.py`
gives generic actors ("police", "gunmen") the article's country, a town the country of
its namesake near the article's other towns, and an undated article its date, `coref.py`
links pronouns, surnames and nominals to their antecedents and pairs "the two sides" with
the last two actors (`plural_mentions`, `recent_pair`, `is_reciprocal`: for the
event coder; a stored mention holds one actor, so plural ones are asked for, not returned).
`measure.py` scores the layer against gold actor codes.
"""

from __future__ import annotations

from whimbrel.actors.context import MEDIA, article_date
from whimbrel.actors.coref import (
    NEUTER,
    is_reciprocal,
    plural_mentions,
    recent_pair,
    thing_between,
)
from whimbrel.actors.kb import Entity, KnowledgeBase, Role, load_kb, offices
from whimbrel.actors.match import VENUE_NOUNS
from whimbrel.actors.resolve import find_mentions

__all__ = [
    "MEDIA",
    "NEUTER",
    "VENUE_NOUNS",
    "Entity",
    "KnowledgeBase",
    "Role",
    "article_date",
    "find_mentions",
    "is_reciprocal",
    "load_kb",
    "offices",
    "plural_mentions",
    "recent_pair",
    "thing_between",
]
