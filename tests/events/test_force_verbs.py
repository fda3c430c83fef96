"""Verbs of destroying an enemy, and vows of revenge (issue 16).

"crushed the rebels" is force (19x) between two named actors, never an event when what is
crushed is no actor ("crushed hopes"); a vow of retaliation is a threat (138), never the
promise of cooperation (030) that a plain vow is. Made-up sentences, as minimal pairs.
"""

from __future__ import annotations

from datetime import date

import pytest

D2018 = date(2018, 3, 1)


@pytest.mark.parametrize("verb", ["crushed", "annihilated", "decimated", "eradicated"])
def test_destroying_a_named_enemy_is_force(dyads_of, verb: str) -> None:
    assert ("SYRGOV", "SYRREB", "190") in dyads_of(
        f"The Syrian government {verb} the rebels.", D2018
    )


@pytest.mark.parametrize(
    "text", ["Iran crushed hopes of a deal.", "The storm decimated crops in Haiti."]
)
def test_destroying_no_actor_is_no_event(dyads_of, text: str) -> None:
    assert dyads_of(text, D2018) == set()


def test_a_vow_to_crush_is_a_threat(dyads_of) -> None:
    pairs = dyads_of("The Syrian government vowed to crush the rebels.", D2018)
    assert ("SYRGOV", "SYRREB", "138") in pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran vowed retaliation against the United States.", ("IRN", "USA", "138")),
        ("Iran vowed reprisals against Israel.", ("IRN", "ISR", "138")),
    ],
)
def test_a_vow_of_revenge_is_a_threat(dyads_of, text, expected) -> None:
    pairs = dyads_of(text, D2018)
    assert expected in pairs
    assert not {p for p in pairs if p[2].startswith("03")}


def test_a_vow_of_support_stays_cooperation(dyads_of) -> None:
    # the twin: what is vowed decides
    pairs = dyads_of("Iran vowed support for Syria.", D2018)
    assert pairs and all(not p[2].startswith("13") for p in pairs)
