"""Actor classes found by reading whimbrel's output on corpus items no gold set holds
(issue 16, twenty-fifth session: `audit` seeds 10218 and 10219)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

D2001 = date(2001, 12, 13)
D2021 = date(2021, 3, 1)
CodesOf = Callable[[str, date | None], list[tuple[str, str | None]]]


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # a particle inside a name is written in either case
        ("Osama bin Laden admitted planning the attacks.", "Osama bin Laden", "IMGMUSALQ"),
        ("Osama Bin Laden admitted planning the attacks.", "Osama Bin Laden", "IMGMUSALQ"),
        ("Ursula von der Leyen met the Irish prime minister.", "Ursula von der Leyen",
         "IGOEUREEC"),
        # the ILO under its American spelling and its office's name
        ("The International Labor Office (ILO) reiterated its demand.",
         "International Labor Office", "IGOUNOLABILO"),
        # opposition groups at home are the opposition; nationalists are people
        ("Opposition groups in Zimbabwe are demanding reforms.", "Opposition groups", "ZWEOPP"),
        ("Turkish nationalists attacked party offices.", "Turkish nationalists", "TURCVL"),
    ],
)  # fmt: skip
def test_a_name_written_another_way_is_its_actor(
    codes_of: CodesOf, text: str, surface: str, code: str
) -> None:
    found = codes_of(text, D2021)
    assert [c for t, c in found if t == surface] == [code], found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the twin: a capitalised word of a name still needs its capital
        ("The maliki tribe met on Monday.", "maliki"),
    ],
)  # fmt: skip
def test_a_names_own_words_keep_their_capitals(codes_of: CodesOf, text: str, surface: str) -> None:
    assert all(t != surface for t, _ in codes_of(text, D2001))


def test_a_squad_of_police_is_no_political_party(codes_of: CodesOf) -> None:
    # a "party" of police or soldiers in a South Asian report is a squad, not a party
    found = codes_of(
        "Militants hurled a grenade on a Police and Army party in Anantnag, Jammu and Kashmir.",
        D2001,
    )
    assert not any(c is not None and c.endswith("PTY") for _, c in found), found
