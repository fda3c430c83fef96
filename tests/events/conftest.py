"""Helpers for the event tests: code one text with the session's coder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.pipeline import Coder, make_article

Dyad = tuple[str | None, str | None, str]


@pytest.fixture(scope="session")
def dyads_of(coder: Coder) -> Callable[[str, date], set[Dyad]]:
    """(source actor code, target actor code, CAMEO code) of each event coded in a text."""

    def run(text: str, published: date) -> set[Dyad]:
        coded = coder.code(make_article(text, published))
        return {
            (
                e.source.actor.code if e.source else None,
                e.target.actor.code if e.target else None,
                e.cameo,
            )
            for e in coded.events
        }

    return run


@pytest.fixture(scope="session")
def root_dyads_of(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> Callable[[str, date], set[Dyad]]:
    """(source country, target country, CAMEO root) of each event coded in a text."""

    def run(text: str, published: date) -> set[Dyad]:
        return {
            (s[:3] if s else None, t[:3] if t else None, code[:2])
            for s, t, code in dyads_of(text, published)
        }

    return run


ModalEvent = tuple[str | None, str | None, str, str]


@pytest.fixture(scope="session")
def modal_events_of(coder: Coder) -> Callable[[str, date], list[ModalEvent]]:
    """(source country, target country, CAMEO root, modality) of each event coded in a text."""

    def run(text: str, published: date) -> list[ModalEvent]:
        coded = coder.code(make_article(text, published))
        return [
            (
                e.source.actor.code[:3] if e.source and e.source.actor.code else None,
                e.target.actor.code[:3] if e.target and e.target.actor.code else None,
                e.cameo[:2],
                e.modality,
            )
            for e in coded.events
        ]

    return run


@pytest.fixture(scope="session")
def assert_roots(
    root_dyads_of: Callable[[str, date], set[Dyad]],
) -> Callable[[str, date, Dyad | None, Dyad | None], None]:
    """Check a minimal pair's side: the text codes `present` and not `absent` (each a root
    dyad, or None for no check)."""

    def run(text: str, published: date, present: Dyad | None, absent: Dyad | None) -> None:
        _check_pair(root_dyads_of(text, published), present, absent)

    return run


@pytest.fixture(scope="session")
def assert_dyads(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> Callable[[str, date, Dyad | None, Dyad | None], None]:
    """As `assert_roots`, on full actor codes and CAMEO codes ("PAKPTY", "111")."""

    def run(text: str, published: date, present: Dyad | None, absent: Dyad | None) -> None:
        _check_pair(dyads_of(text, published), present, absent)

    return run


def _check_pair(found: set[Dyad], present: Dyad | None, absent: Dyad | None) -> None:
    if present is not None:
        assert present in found, found
    if absent is not None:
        assert absent not in found, found
