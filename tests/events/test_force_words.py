"""A force verb turned into words by its object (issue 16, wrong codes).

CAMEO's "attack government" is criticism (111): "the opposition attacked the government's
policy". But the object must be what was attacked: "rebels attacked government troops" is
force (19x), the government only a modifier of the troops. Likewise a naming verb names:
"called it the most dangerous moment" is no telephone call (041). Made-up sentences,
minimal pairs.
"""

from __future__ import annotations

from datetime import date

import pytest

D2015 = date(2015, 6, 1)


def _roots(dyads: set[tuple[str | None, str | None, str]]) -> set[str]:
    return {code[:2] for _, _, code in dyads}


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese rebels attacked government troops in Darfur.",
        "Sudanese rebels attacked a government convoy in Darfur.",
    ],
)
def test_attacking_what_the_government_owns_is_force(dyads_of, text: str) -> None:
    roots = _roots(dyads_of(text, D2015))
    assert "19" in roots
    assert "11" not in roots


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese opposition attacked the government's tax policy.",
        "The Sudanese opposition attacked the government's plans.",
    ],
)
def test_attacking_a_policy_is_criticism(dyads_of, text: str) -> None:
    roots = _roots(dyads_of(text, D2015))
    assert "11" in roots
    assert "19" not in roots


@pytest.mark.parametrize(
    "text",
    [
        "One Russian politician called it the most dangerous moment in US-Russian relations.",
        "Reagan will retaliate for what he calls Japan's failure to end its practices.",
    ],
)
def test_naming_is_no_telephone_call(dyads_of, text: str) -> None:
    assert not any(code.startswith("04") for _, _, code in dyads_of(text, D2015))


def test_a_telephone_call_is_one(dyads_of) -> None:
    assert ("RUSGOV", "USAGOV", "041") in dyads_of(
        "Putin called Biden on Tuesday.", date(2021, 12, 8)
    )


def test_a_judgement_names_what_it_judges(dyads_of) -> None:
    text = (
        "Schwab described the agreement as an important milestone in Russia's bid to join the WTO."
    )
    assert not any(t and t.startswith("RUS") for _, t, _ in dyads_of(text, date(2006, 11, 19)))
