"""Actors: the dated knowledge base and in-article resolution to CAMEO actor codes."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from whimbrel.records import Mention


def find_mentions(doc: Doc, published: date | None) -> list[Mention]:
    """Every actor mention in `doc`, resolved against the knowledge base valid on `published`.

    Placeholder seam: the actor layer (issue 3) fills this in.
    """
    return []
