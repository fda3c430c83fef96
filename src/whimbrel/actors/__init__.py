"""Actors: the dated knowledge base and in-article resolution to CAMEO actor codes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.tokens import Doc

from whimbrel.records import Mention


@dataclass(frozen=True)
class KnowledgeBase:
    """Placeholder seam: the actor layer (issue 3) fills this in."""

    sources: tuple[Path, ...] = ()


def load_kb(extra_files: Sequence[Path] = ()) -> KnowledgeBase:
    """The packaged knowledge base with `extra_files` (user actor files) layered over it."""
    return KnowledgeBase(tuple(extra_files))


def find_mentions(
    doc: Doc,
    published: date | None,
    sentence_index: Mapping[int, int],
    kb: KnowledgeBase,
) -> list[Mention]:
    """Every actor mention in `doc`, resolved against `kb` as valid on `published`.

    `sentence_index` maps a sentence's start character to its index in the article.
    """
    return []
