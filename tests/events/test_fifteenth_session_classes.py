"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, fifteenth session: `audit` seeds 3030 and 3131).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Dyad = tuple[str | None, str | None, str]
D2015 = date(2015, 6, 1)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # a feeling voiced by "express" is the statement CAMEO's pattern for it gives
        ("Kenya expressed concern over Uganda's troop movements.", ("KEN", "UGA", "012")),
        (
            "Kenya expressed condolences to Tanzania after the ferry disaster.",
            ("KEN", "TZA", "018"),
        ),
        ("Kenya expressed solidarity with Ethiopia.", ("KEN", "ETH", "051")),
        ("The Kenyan government expressed appreciation for Japan's help.", ("KEN", "JPN", "013")),
        ("Kenya has expressed full support for Ethiopia's peace plan.", ("KEN", "ETH", "051")),
        ("Kenya expressed its dissatisfaction to the Ugandan ambassador.", ("KEN", "UGA", "111")),
    ],
)
def test_a_feeling_expressed_is_a_statement(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, present: Dyad
) -> None:
    # countries and the full CAMEO code (the actor codes may carry a sector)
    found = {(s and s[:3], t and t[:3], code) for s, t, code in dyads_of(text, D2015)}
    assert present in found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a feeling voiced about no one is said to no one: no event
        ("Kenya's finance minister expressed surprise at the inflation figures.", "012"),
        ("Kenyan residents have expressed fear that militants would fire rockets.", "012"),
        # the intent is the event ("expressed its readiness to cooperate": 03x, coded on
        # the act intended), not a statement of readiness beside it
        ("Kenya expressed its readiness to cooperate with Uganda.", "013"),
    ],
)
def test_a_feeling_voiced_about_no_one_or_an_intent_is_no_statement(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, absent: str
) -> None:
    found = dyads_of(text, D2015)
    assert not any(code == absent for _, _, code in found), found


def test_the_twin_an_intent_expressed_is_still_coded(
    root_dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    found = root_dyads_of("Kenya expressed its readiness to cooperate with Uganda.", D2015)
    assert ("KEN", "UGA", "03") in found, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a cause ("due to", "because of", "owing to") names why, not on whom
        (
            "The Syrian government called off airstrikes against rebel fighters due to a "
            "sandstorm affecting parts of Lebanon.",
            None,
            ("SYR", "LBN", "16"),
        ),
        (
            "Kenya cancelled the meeting because of protests by Ugandan traders.",
            None,
            ("KEN", "UGA", "16"),
        ),
        # the twin: the phrase of the act itself names its target
        (
            "Kenya suspended its flights to Somalia because of a dispute with Ethiopia.",
            ("KEN", "SOM", "16"),
            ("KEN", "ETH", "16"),
        ),
    ],
)
def test_a_cause_names_no_target(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a passive act done on someone's orders is theirs, never done to them
        (
            "The Palestinian militant Abu Nidal was murdered on the orders of Iraqi President "
            "Saddam Hussein, reports said.",
            ("IRQ", "PSE", "19"),
            ("IRQ", "IRQ", "19"),
        ),
        (
            "The Kenyan journalist was arrested at the behest of the Ugandan government.",
            ("UGA", "KEN", "17"),
            None,
        ),
        # the twin: a request is not an order, and a "by" agent still acts
        (
            "The Kenyan journalist was arrested by Ugandan police at the request of the "
            "Rwandan government.",
            ("UGA", "KEN", "17"),
            ("RWA", "KEN", "17"),
        ),
    ],
)
def test_an_act_done_on_someones_orders_is_theirs(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # social ills attacked or fought are no actor: no force, no criticism at home
        ("The British Labour party attacked ignorance, disease and squalor.", None, "GBR"),
        ("The Kenyan government vowed to attack graft and bribery.", None, "KEN"),
        # the twins: an actor named beside them, or gunfire opened, is still acted on
        (
            "The British Labour party attacked the Conservatives over squalor.",
            ("GBR", "GBR", "11"),
            None,
        ),
        ("Suspected militants opened fire on police in Kenya.", ("KEN", "KEN", "19"), None),
    ],
)
def test_a_social_ill_attacked_is_no_actor(
    root_dyads_of: Callable[[str, date], set[Dyad]],
    text: str,
    present: Dyad | None,
    absent: str | None,
) -> None:
    found = root_dyads_of(text, D2015)
    if present is not None:
        assert present in found, found
    if absent is not None:
        assert not any(target == absent for _, target, _ in found), found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # parties and politicians attack one another in words
        ("The British Labour party attacked the Conservatives.", ("GBR", "GBR", "11"), None),
        ("Labour attacked the Tories over tax.", ("GBR", "GBR", "11"), ("GBR", "GBR", "18")),
        (
            "After battling President Reagan all year, Congress is about to pass a budget.",
            ("USA", "USA", "11"),
            ("USA", "USA", "19"),
        ),
        # what a politician said or proposed, attacked, is criticised (cue role proposition)
        (
            "Lib Dem leader Charles Kennedy is expected to attack Mr Blair's words.",
            ("GBR", "GBR", "11"),
            ("GBR", "GBR", "18"),
        ),
        ("The Tories attacked Labour's manifesto.", ("GBR", "GBR", "11"), None),
        # the twins: crowds of party people come to blows, so do a body's supporters on its
        # rival's offices; harm done is harm
        (
            "BJP workers attacked Congress supporters in Ahmedabad.",
            ("IND", "IND", "18"),
            ("IND", "IND", "11"),
        ),
        (
            "Supporters of the Nepalese opposition attacked the ruling party's offices.",
            ("NPL", "NPL", "18"),
            ("NPL", "NPL", "11"),
        ),
        (
            "The British Labour party said the Conservatives were killed in the attack.",
            None,
            ("GBR", "GBR", "11"),
        ),
    ],
)
def test_a_political_attack_is_words(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    "text",
    [
        # those a passive verb of harm says were harmed in (or after) an attack are its
        # target, before any place its phrase names
        "At least four Armenian soldiers were killed in an Azeri attack near the disputed "
        "Nagorno-Karabakh region.",
        "At least four Armenian soldiers are killed following an Azeri attack near the "
        "disputed Nagorno-Karabakh region.",
    ],
)
def test_an_attack_is_on_those_harmed_in_it(
    root_dyads_of: Callable[[str, date], set[Dyad]], text: str
) -> None:
    found = root_dyads_of(text, D2015)
    assert ("AZE", "ARM", "19") in found and ("AZE", "AZE", "19") not in found, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # fighting an election, a seat or the polls is electioneering, no force
        ("The British Labour party will fight the seat.", None, ("GBR", "GBR", "18")),
        ("The Tories say they will fight every seat in Scotland.", None, ("GBR", None, "13")),
        # the twin: troops fight a campaign against rebels
        (
            "Indian troops fought a fierce campaign against the Pakistani rebels.",
            ("IND", "PAK", "19"),
            None,
        ),
    ],
)
def test_fighting_a_seat_is_electioneering(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    "text",
    [
        # of targets named together, the doer's own state is its side, not whom it acts on
        "Kagame recognized the effective cooperation between Rwanda and China in agriculture.",
        "The Rwandan president expressed satisfaction over the development of Rwanda-China "
        "relations.",
    ],
)
def test_the_doers_own_state_beside_another_is_no_target(
    root_dyads_of: Callable[[str, date], set[Dyad]], text: str
) -> None:
    found = root_dyads_of(text, date(2006, 11, 3))
    assert any(target == "CHN" for _, target, _ in found), found
    assert not any(target == "RWA" for _, target, _ in found), found


def test_the_object_the_parser_gives_said_is_the_reported_subject(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    # "Police said a group of armed people, dressed in uniform, looted a truck": the parser
    # hangs "looted" on "said" with "a group" as its object; the police looted nothing
    text = (
        "Indian police said a group of 25 armed people, dressed in green uniform, looted a "
        "truck in Balaghat District."
    )
    found = dyads_of(text, D2015)
    assert not any(source == "INDCOP" for source, _, _ in found), found
    # the twin: a speaker who says something and then acts is still the doer
    found = dyads_of("The Indian foreign minister said so and left for Kabul.", D2015)
    assert any(source == "INDGOV" for source, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a state or place found only deep in a synonym-block verb's phrases is no one the
        # verb acts on
        (
            "Putin, seizing a chance to legitimise his ascendancy in Syria, declared Syria a "
            "showcase.",
            ("RUS", "SYR", "17"),
        ),
    ],
)
def test_a_guessed_place_is_no_target_of_a_vague_verb(
    root_dyads_of: Callable[[str, date], set[Dyad]], text: str, absent: Dyad
) -> None:
    found = root_dyads_of(text, D2015)
    assert absent not in found, found


def test_the_twin_a_block_verb_with_its_own_object_still_codes(
    root_dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    found = root_dyads_of("Russian troops stormed Grozny.", D2015)
    assert ("RUS", "RUS", "19") in found, found


def test_a_datelines_city_is_no_doer(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    # "ISLAMABAD - Tribal elders ... are negotiating": the parser hangs the dateline on the
    # subject; the city is where the story was filed, not the government negotiating
    text = (
        "ISLAMABAD - Tribal elders in Pakistan's South Waziristan tribal area are negotiating "
        "with the kidnappers of two Chinese engineers, a government spokesman said Sunday."
    )
    found = dyads_of(text, D2015)
    assert not any(source == "PAKGOV" for source, _, _ in found), found
    # the twin: a dateline before "Police" still says whose police they are
    found = dyads_of("KARACHI - Police raided a house in Lyari and arrested two suspects.", D2015)
    assert any(source == "PAKCOP" for source, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # "hardly" and "scarcely" deny the verb they modify, as "never" does
        ("Russia hardly criticised Ukraine.", "negated"),
        ("The YPG are democratic, scarcely qualifying them as terrorists.", "negated"),
        # the twin: "hardly" on a phrase of time denies nothing
        ("Russia criticised Ukraine hardly a week after the vote.", "asserted"),
    ],
)
def test_hardly_denies_its_verb(
    modal_events_of: Callable[[str, date], list[tuple[str | None, str | None, str, str]]],
    text: str,
    modality: str,
) -> None:
    found = modal_events_of(text, D2015)
    assert found and all(m == modality for _, _, _, m in found), found


def test_a_gunfight_with_armed_forces_is_force(
    root_dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    # a party's cadres in a gunfight with an armed force fought; they did not riot (180)
    text = (
        "Two cadres of Purba Bangla Communist Party (PBCP) were killed in a gunfight with "
        "Rapid Action Battalion (RAB) in Tangail District on April 7, reports New Age."
    )
    found = root_dyads_of(text, D2015)
    assert ("BGD", "BGD", "19") in found and ("BGD", "BGD", "18") not in found, found
    # the twin: protesters who attack police riot (CAMEO 145, since the twenty-sixth
    # session; an assault, 18x, before), and do not fight
    found = root_dyads_of("Protesters attacked police in Dhaka.", D2015)
    assert ("BGD", "BGD", "14") in found and ("BGD", "BGD", "19") not in found, found
