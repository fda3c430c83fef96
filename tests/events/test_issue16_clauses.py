"""Issue 16, classes 4-7: clauses that assert no event, opinions and judgements in reported
speech, and targets lost in titled coordination or purpose clauses. Each case runs the real
pipeline; the issue's sentences come first in each list, then minimal pairs of our own (a
sentence that must code beside a near twin that must not)."""

from __future__ import annotations

from datetime import date

import pytest

from whimbrel.pipeline import Coder, make_article
from whimbrel.records import Event

PUBLISHED = date(2021, 12, 4)


def _events(coder: Coder, text: str) -> list[Event]:
    return list(coder.code(make_article(text, PUBLISHED)).events)


def _keys(coder: Coder, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, root) of every event of `text`."""
    return {
        (
            e.source.actor.country if e.source else None,
            e.target.actor.country if e.target else None,
            e.root,
        )
        for e in _events(coder, text)
    }


# Class 4: simulation, denial of a past act, "never" under a reporting verb.
UNASSERTED = [
    ("South Korea staged an exercise simulating North Korean commandos attacking Seoul.", "19"),
    ("Belgrade insists it has never ratified the treaty with Pristina.", "03"),
    ("Ethiopian officials insist Egypt would never attack Ethiopia.", "19"),
    ("Russia said it did not attack Ukrainian ships.", "19"),
    ("The army rehearsed an assault by Chinese paratroopers on Taipei.", "19"),
    ("Israeli officials said Hamas would never release the hostages to Egypt.", "08"),
    ("Greek officials believe Turkish jets did not violate Greek airspace.", "19"),
]
ASSERTED_TWINS = [
    ("North Korean commandos attacked Seoul during the exercise.", ("PRK", "KOR", "19")),
    ("Russia said it attacked Ukrainian ships.", ("RUS", "UKR", "19")),
    ("Ethiopian officials say Egypt attacked Ethiopia.", ("EGY", "ETH", "19")),
    ("Chinese paratroopers assaulted Taipei.", ("CHN", "TWN", "19")),
    ("Turkish troops shelled Armenian villages.", ("TUR", "ARM", "19")),
]


@pytest.mark.parametrize(("text", "root"), UNASSERTED)
def test_unasserted_clause_is_no_event(coder, text, root):
    assert all(key[2] != root for key in _keys(coder, text))


@pytest.mark.parametrize(("text", "wanted"), ASSERTED_TWINS)
def test_asserted_twin_codes(coder, text, wanted):
    assert wanted in _keys(coder, text)


def test_exercise_itself_is_kept(coder):
    # The simulated attack is no event; the exercise South Korea staged still is.
    keys = _keys(
        coder, "South Korea staged an exercise simulating North Korean commandos attacking Seoul."
    )
    assert any(source == "KOR" and root == "15" for source, _, root in keys)


def test_denied_act_is_never_asserted(coder):
    # A deny cue's complement is coded negated (beside the denial itself), never asserted.
    events = _events(coder, "Turkey denies that its troops have ever shelled Armenian villages.")
    assert all(e.modality == "negated" for e in events if e.root == "19")


def test_negated_act_not_reported_stays_negated(coder):
    # Outside reported speech a negated act is still coded, as negated (the gold does so).
    events = _events(coder, "Israel has never recognized the Palestinian state.")
    assert events and all(e.modality == "negated" for e in events)
