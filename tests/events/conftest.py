"""Helpers for the event tests: code one text with the session's coder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.pipeline import Coder, make_article
from whimbrel.records import Mention

Dyad = tuple[str | None, str | None, str]


def _code(mention: Mention | None) -> str | None:
    return mention.actor.code if mention else None


def _country(code: str | None) -> str | None:
    return code[:3] if code else None


@pytest.fixture(scope="session")
def dyads_of(coder: Coder) -> Callable[[str, date], set[Dyad]]:
    """(source actor code, target actor code, CAMEO code) of each event coded in a text."""

    def run(text: str, published: date) -> set[Dyad]:
        coded = coder.code(make_article(text, published))
        return {(_code(e.source), _code(e.target), e.cameo) for e in coded.events}

    return run


@pytest.fixture(scope="session")
def root_dyads_of(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> Callable[[str, date], set[Dyad]]:
    """(source country, target country, CAMEO root) of each event coded in a text."""

    def run(text: str, published: date) -> set[Dyad]:
        return {(_country(s), _country(t), code[:2]) for s, t, code in dyads_of(text, published)}

    return run


ModalEvent = tuple[str | None, str | None, str, str]


@pytest.fixture(scope="session")
def modal_events_of(coder: Coder) -> Callable[[str, date], list[ModalEvent]]:
    """(source country, target country, CAMEO root, modality) of each event coded in a text."""

    def run(text: str, published: date) -> list[ModalEvent]:
        coded = coder.code(make_article(text, published))
        return [
            (_country(_code(e.source)), _country(_code(e.target)), e.cameo[:2], e.modality)
            for e in coded.events
        ]

    return run


@pytest.fixture(scope="session")
def modality_by_dyad(
    modal_events_of: Callable[[str, date], list[ModalEvent]],
) -> Callable[[str, date], dict[Dyad, str]]:
    """Each root dyad coded in a text, with its modality (the last one's, if coded twice)."""

    def run(text: str, published: date) -> dict[Dyad, str]:
        return {(s, t, root): m for s, t, root, m in modal_events_of(text, published)}

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


@pytest.fixture(scope="session")
def assert_country_codes(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> Callable[[str, date, Dyad | None, Dyad | None], None]:
    """As `assert_roots`, on countries and full CAMEO codes ("016", "111")."""

    def run(text: str, published: date, present: Dyad | None, absent: Dyad | None) -> None:
        found = {(_country(s), _country(t), code) for s, t, code in dyads_of(text, published)}
        _check_pair(found, present, absent)

    return run


def _check_pair(found: set[Dyad], present: Dyad | None, absent: Dyad | None) -> None:
    if present is not None:
        assert present in found, found
    if absent is not None:
        assert absent not in found, found
