"""Quotes: direct, partial and indirect speech with their speakers."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from whimbrel.records import Mention, Quote


def extract_quotes(
    doc: Doc, mentions: Sequence[Mention], unbalanced_paragraphs: Sequence[int] = ()
) -> list[Quote]:
    """Placeholder seam: the quotes layer (issue 5) fills this in."""
    return []
