"""A target named further down the clause's own phrases (issue 16).

"staged protests to demand the removal of the Ugandan ambassador": no argument of the trigger
names an actor, but a phrase of its clause does; never an actor in a clause with a subject
of its own ("after Uganda closed the border"), and a reciprocal event's partner only when
named as one ("in talks with the British chancellor"). Made-up sentences, as minimal pairs.
"""

from __future__ import annotations

from datetime import date

import pytest

D2019 = date(2019, 6, 3)


def test_target_further_down_the_clause(root_dyads_of) -> None:
    text = (
        "Thousands of Kenyan farmers staged protests to demand the removal of the Ugandan "
        "ambassador."
    )
    assert ("KEN", "UGA", "14") in root_dyads_of(text, D2019)


def test_no_target_from_a_clause_of_its_own(root_dyads_of) -> None:
    text = "Thousands of Kenyan farmers staged protests after Uganda closed the border."
    pairs = root_dyads_of(text, D2019)
    assert ("KEN", "UGA", "14") not in pairs
    assert ("KEN", None, "14") in pairs


def test_reciprocal_partner_named_with_with(root_dyads_of) -> None:
    text = (
        "The French finance minister discussed the budget in talks on Monday with the British "
        "chancellor."
    )
    pairs = root_dyads_of(text, D2019)
    assert {("FRA", "GBR", "04"), ("GBR", "FRA", "04")} <= pairs


def test_reciprocal_partner_not_guessed(root_dyads_of) -> None:
    text = "The French finance minister discussed plans to counter Islamic State militants."
    assert not any(t for _, t, _ in root_dyads_of(text, D2019))


def test_target_in_the_object_phrase(root_dyads_of) -> None:
    assert ("GHA", "UKR", "05") in root_dyads_of(
        "Ghana signed a deal to buy wheat from Ukraine.", D2019
    )


# The agent of the object's participle is who is acted upon: "the attack carried out by X".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India condemned the attack carried out by Pakistani militants.", ("IND", "PAK", "11")),
        ("Turkish jets attacked a convoy escorted by Syrian troops.", ("TUR", "SYR", "19")),
    ],
)
def test_the_agent_of_the_object_s_participle(root_dyads_of, text: str, expected) -> None:
    assert expected in root_dyads_of(text, D2019)


# A passive's patient is read as an object is: what it is for or of names the target.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A camp for Congolese refugees was attacked by Burundian militiamen.", "COD"),
        ("Burundian militiamen attacked a camp for Congolese refugees.", "COD"),
    ],
)
def test_target_inside_the_passive_patient(root_dyads_of, text: str, expected: str) -> None:
    assert ("BDI", expected, "19") in root_dyads_of(text, D2019)


def test_no_target_inside_a_passive_patient_without_an_agent(root_dyads_of) -> None:
    # no agent: nobody named did it, so nothing is known to be aimed at the refugees
    pairs = root_dyads_of("A camp for Congolese refugees was attacked.", D2019)
    assert not any(s for s, _, _ in pairs)


# A cooperative act is not aimed at whom a finite complement is about ("agreed that Iran's
# programme was a threat" is no agreement with Iran); an infinitive's subject is acted on
# ("refused to allow UN planes to land").
def test_no_cooperation_with_the_subject_of_a_that_clause(root_dyads_of) -> None:
    pairs = root_dyads_of("France and Germany agreed that Iran's programme was a threat.", D2019)
    assert not any(t == "IRN" and r == "03" for _, t, r in pairs), pairs


def test_the_subject_of_an_infinitive_complement_is_acted_on(root_dyads_of) -> None:
    pairs = root_dyads_of("Angolan rebels refused to allow United Nations planes to land.", D2019)
    assert ("AGO", "IGO", "12") in pairs
