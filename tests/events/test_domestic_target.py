"""Force used at home on what no actor names (issue 16, domestic events).

"Police raided the house": police, rebels, unnamed armed men and the like, using force on a
thing or on people no actor names, in a sentence that names no other country, act at home:
the target is their own country. An army ("Russian troops shelled the building") acts abroad
as often as at home, a place named elsewhere is where it happened, and words are not force.
Made-up sentences, as minimal pairs.
"""

from __future__ import annotations

from datetime import date

import pytest

D2019 = date(2019, 6, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KARACHI, Pakistan - Police raided the house on Monday.", ("PAK", "PAK", "19")),
        ("LAGOS, Nigeria - Police arrested him on Monday.", ("NGA", "NGA", "17")),
        # a bare count of people ("arrested 12") names no actor either
        ("Kenyan police arrested 12 on Monday.", ("KEN", "KEN", "17")),
        # a passive's patient, with its agent named
        ("KARACHI, Pakistan - A family was shot by gunmen on Monday.", ("PAK", "PAK", "19")),
        # a news agency credited in the sentence is no party to it
        (
            "Six members of a family were shot by gunmen in Nigeria's Plateau state, a police "
            "spokesperson told Xinhua.",
            ("NGA", "NGA", "19"),
        ),
    ],
)
def test_force_at_home_targets_the_home_country(root_dyads_of, text: str, expected) -> None:
    assert expected in root_dyads_of(text, D2019)


@pytest.mark.parametrize(
    "text",
    [
        # an army is not known to be at home
        "Russian troops shelled the building on Monday.",
        # words that no one is named or described as hearing, not force
        "KARACHI, Pakistan - Police said on Monday the house was empty.",
    ],
)
def test_no_home_target(root_dyads_of, text: str) -> None:
    assert not any(s and s == t for s, t, _ in root_dyads_of(text, D2019))


# A directed act (appeal, praise, apology, aid, demand, criticism, rejection, threat) whose
# addressee the clause describes but no actor names, in a sentence that names no other
# country, is between actors of the doer's country. A statement is addressed to no one, a
# meeting needs its partner named, and an addressee in another country is not at home.
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("KARACHI, Pakistan - Police praised the house owners on Monday.", "05"),
        ("LAGOS, Nigeria - The Nigerian governor appealed to traders to reopen the market.", "02"),
        ("The Kenyan president apologised to the families of the victims on Monday.", "05"),
        ("The Chilean government rejected the demands of the striking miners.", "12"),
        ("Peruvian senators criticised the new law on Monday.", "11"),
        # a people no actor names
        ("LAGOS, Nigeria - The Nigerian president appealed to Muslims to stay calm.", "02"),
    ],
)
def test_an_act_addressed_at_home(root_dyads_of, text: str, root: str) -> None:
    pairs = root_dyads_of(text, D2019)
    assert any(s and s == t and r == root for s, t, r in pairs), pairs


@pytest.mark.parametrize(
    "text",
    [
        # a statement, not an act addressed to anyone
        "The Kenyan president spoke about the families of the victims on Monday.",
        # a meeting's partner must be named
        "The Kenyan president met the families of the victims on Monday.",
        # the addressee is abroad
        "The Kenyan president apologised to the families of the victims in Uganda.",
        "The Indian minister appealed to Christians in Pakistan to stay calm.",
        # the addressee is named, and the sentence places them abroad
        "The Kenyan president apologised to Wanjiru Kamau in Uganda on Monday.",
    ],
)
def test_an_act_not_known_to_be_addressed_at_home(root_dyads_of, text: str) -> None:
    pairs = root_dyads_of(text, D2019)
    assert not any(s and s == t for s, t, _ in pairs), pairs


def test_a_place_named_elsewhere_is_where_it_happened(root_dyads_of) -> None:
    pairs = root_dyads_of("KARACHI, Pakistan - Police raided a house in Kabul.", D2019)
    assert ("PAK", "AFG", "19") in pairs
    assert ("PAK", "PAK", "19") not in pairs


# A protest aimed at no one named is aimed at the protesters' own government: by people
# ("Kurds", "Chileans"), civilians, parties, workers or students. A state that protests
# ("Chile protested") protests to someone the sentence does not name, and a protest held
# abroad or at another country's mission is not at home.
@pytest.mark.parametrize(
    ("text", "government"),
    [
        ("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.", "IRQGOV"),
        ("Thousands of Chileans marched in Santiago on Sunday.", "CHLGOV"),
        ("Chilean students staged a protest on Sunday.", "CHLGOV"),
        ("Chilean copper miners began a hunger strike on Sunday.", "CHLGOV"),
    ],
)
def test_a_protest_at_home_targets_the_government(dyads_of, text: str, government: str) -> None:
    assert any(t == government and code[:2] == "14" for _, t, code in dyads_of(text, D2019))


@pytest.mark.parametrize(
    "text",
    [
        "Chile protested strongly on Sunday.",
        "Chilean students demonstrated in Buenos Aires on Sunday.",
        "Chilean students demonstrated outside the Argentine embassy on Sunday.",
    ],
)
def test_a_protest_not_known_to_be_at_home(root_dyads_of, text: str) -> None:
    assert not any(s == t == "CHL" for s, t, _ in root_dyads_of(text, D2019))


# Two holders of different offices of one government are two actors: one can act on the
# other.
def test_one_office_holder_acts_on_another(dyads_of) -> None:
    text = (
        "KINSHASA, April 9 - Zairean President Mobutu Sese Seko used his troops to stop a march "
        "backing Prime Minister Etienne Tshisekedi, even arresting him briefly."
    )
    assert ("ZARGOV", "ZARGOV", "173") in dyads_of(text, date(1997, 4, 9))


def test_one_office_holder_is_one_actor(dyads_of) -> None:
    # "his" and "him" are both Mobutu here: no act on himself
    text = "KINSHASA, April 9 - President Mobutu Sese Seko said his critics had insulted him."
    assert not any(s == t == "ZARGOV" for s, t, _ in dyads_of(text, date(1997, 4, 9)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Terrorists opened fire on police in Peshawar.", ("PAK", "PAK", "19")),
        ("Pakistani troops opened fire on Indian posts.", ("PAK", "IND", "19")),
    ],
)
def test_opening_fire_on_someone_is_force(root_dyads_of, text: str, expected) -> None:
    assert expected in root_dyads_of(text, D2019)


@pytest.mark.parametrize(
    "text", ["The shop opened on Monday.", "The minister opened the fire station in Peshawar."]
)
def test_opening_something_else_is_no_force(root_dyads_of, text: str) -> None:
    assert not [r for _, _, r in root_dyads_of(text, D2019) if r == "19"]


def test_an_undated_person_acts_at_home_too(root_dyads_of) -> None:
    # with no date a person is coded by country alone, and is still not those acted on
    pairs = root_dyads_of("Tony Blair apologised to two families in Britain.", None)
    assert ("GBR", "GBR", "05") in pairs, pairs


# An arrest whose doer the report does not name is by the police of where it happened; one
# with its doer named, or not reported as done, is left as it is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Kenyan journalists were arrested in Uganda on Monday.", ("UGA", "KEN", "17")),
        (
            "PORT-AU-PRINCE, Haiti - Some of the Haitian gunmen have been arrested.",
            ("HTI", "HTI", "17"),
        ),
    ],
)
def test_an_arrest_by_no_one_named_is_by_the_police(root_dyads_of, text: str, expected) -> None:
    assert expected in root_dyads_of(text, D2019)


@pytest.mark.parametrize(
    "text",
    [
        "Two Kenyan journalists may be arrested in Uganda.",
        "Two Kenyan journalists were arrested in Uganda by Rwandan soldiers.",
    ],
)
def test_no_police_for_an_arrest_unreported_or_by_someone_named(root_dyads_of, text) -> None:
    assert not [s for s, _, _ in root_dyads_of(text, D2019) if s == "UGA"]
