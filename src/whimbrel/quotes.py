"""Quotes: direct, partial and indirect speech with their speakers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from whimbrel.records import Mention, Quote


def extract_quotes(
    doc: Doc,
    mentions: Sequence[Mention],
    sentence_index: Mapping[int, int],
    unbalanced_paragraphs: Sequence[int] = (),
) -> list[Quote]:
    """Every quote in `doc` with its speaker (a mention from `mentions`, or None).

    `unbalanced_paragraphs` lists paragraphs whose quotation marks the normaliser could not
    pair. Placeholder seam: the quotes layer (issue 5) fills this in.
    """
    return []
