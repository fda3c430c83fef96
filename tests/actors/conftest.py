"""Helpers for the actor tests: code one text's mentions with the session's model and KB."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.actors import find_mentions
from whimbrel.pipeline import Coder
from whimbrel.records import Mention


@pytest.fixture(scope="session")
def mentions_of(coder: Coder) -> Callable[[str, date | None], list[Mention]]:
    def run(text: str, published: date | None) -> list[Mention]:
        doc = coder.nlp(text)
        starts = {s.start_char: i for i, s in enumerate(doc.sents)}
        return find_mentions(doc, published, starts, coder.kb)

    return run


@pytest.fixture(scope="session")
def codes_of(
    mentions_of: Callable[[str, date | None], list[Mention]],
) -> Callable[[str, date | None], list[tuple[str, str | None]]]:
    """(text, actor code) of each mention found in a text, in text order."""

    def run(text: str, published: date | None) -> list[tuple[str, str | None]]:
        return [(m.text, m.actor.code) for m in mentions_of(text, published)]

    return run
