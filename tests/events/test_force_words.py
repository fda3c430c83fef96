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


@pytest.mark.parametrize(
    ("text", "coded", "not_coded"),
    [
        # what the government owns was attacked: force
        ("Sudanese rebels attacked government troops in Darfur.", "19", "11"),
        ("Sudanese rebels attacked a government convoy in Darfur.", "19", "11"),
        # the government's policy was attacked: criticism
        ("The Sudanese opposition attacked the government's tax policy.", "11", "19"),
        ("The Sudanese opposition attacked the government's plans.", "11", "19"),
    ],
)
def test_an_attack_is_force_or_words_by_its_object(
    root_dyads_of, text: str, coded: str, not_coded: str
) -> None:
    roots = {root for _, _, root in root_dyads_of(text, D2015)}
    assert coded in roots
    assert not_coded not in roots


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


# Unspecified violence by civilians, parties, workers or students is an assault (180), not
# military force (190); an army's stays force, and so does any with a weapon named.
@pytest.mark.parametrize(
    ("text", "coded", "not_coded"),
    [
        ("Algerian students attacked the police station in Oran.", "180", "190"),
        (
            "Supporters of the Nepalese opposition attacked the ruling party's offices.",
            "180",
            "190",
        ),
        ("Algerian troops attacked the rebel camp in Kabylie.", "190", "180"),
        ("Georgian demonstrators launched missiles at the Georgian government.", "19", "180"),
    ],
)
def test_unarmed_violence_is_an_assault(dyads_of, text: str, coded: str, not_coded: str) -> None:
    codes = {code for _, _, code in dyads_of(text, D2015)}
    assert any(c.startswith(coded) for c in codes), codes
    assert not_coded not in codes
