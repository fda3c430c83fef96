"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, sixteenth session: `audit` seeds 4141, 4343, 4444 and 4646).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Dyad = tuple[str | None, str | None, str]
ModalEvent = tuple[str | None, str | None, str, str]
D2015 = date(2015, 6, 1)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]
ModalEventsOf = Callable[[str, date], list[ModalEvent]]


def test_an_act_kept_from_being_done_is_its_doers_and_not_done(
    dyads_of: Callable[[str, date], set[Dyad]], modal_events_of: ModalEventsOf
) -> None:
    # "blocked X from holding a rally": the rally would have been X's, and was not held
    text = "Kenyan police blocked the opposition leader from holding a rally in Nairobi."
    assert not any(s == "KENCOP" and code[:2] == "14" for s, _, code in dyads_of(text, D2015))
    rallies = [e for e in modal_events_of(text, D2015) if e[2] == "14"]
    assert rallies and all(modality == "negated" for *_, modality in rallies), rallies


@pytest.mark.parametrize(
    "text",
    [
        # what a ban or a block keeps from happening is another's act, not the banner's
        "Kenyan police banned the opposition rally in Nairobi.",
        "The Kenyan police chief blocked the opposition's march.",
    ],
)
def test_an_act_forbidden_is_not_the_forbidders(
    dyads_of: Callable[[str, date], set[Dyad]], text: str
) -> None:
    found = dyads_of(text, D2015)
    assert not any(code[:2] == "14" for _, _, code in found), found


def test_the_twin_an_act_held_is_coded(root_dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    found = root_dyads_of("The Kenyan opposition held a rally in Nairobi.", D2015)
    assert ("KEN", "KEN", "14") in found, found


def test_a_suggested_act_is_not_done(modal_events_of: ModalEventsOf) -> None:
    expulsions = [
        e
        for e in modal_events_of("Kenya's president suggested expelling the Ugandan envoy.", D2015)
        if e[2] == "16" or e[2] == "17"
    ]
    assert all(modality != "asserted" for *_, modality in expulsions), expulsions
    # the twin: an expulsion done
    done = modal_events_of("Kenya expelled the Ugandan envoy.", D2015)
    assert ("KEN", "UGA", "16", "asserted") in done, done


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "hail from" is where one comes from; "admitted refugees" let them in
        (
            "Three Kenyan youths hailing from Nairobi were abducted by Somali militants.",
            ("SOM", "KEN", "18"),
            ("KEN", "KEN", "05"),
        ),
        ("Germany admitted 800,000 Syrian refugees last year.", None, ("DEU", "SYR", "01")),
        # the twins: praise hailed, and a responsibility admitted
        ("Kenya hailed Uganda's decision to withdraw its troops.", ("KEN", "UGA", "05"), None),
        (
            "Turkey admitted responsibility for the attack on the Syrian convoy.",
            ("TUR", "SYR", "01"),
            None,
        ),
    ],
)
def test_hailing_from_and_admitting_people_are_no_statements(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # help to plan or organise a hostile act aids no one: the helper takes part in it
        ("Iran helped to plan attacks on Israel.", None, ("IRN", "ISR", "07")),
        ("Syria helped organise a plot to bomb the Israeli embassy.", None, ("SYR", "ISR", "07")),
        # the twin: help to rebuild is aid
        ("Japan helped rebuild schools in Afghanistan.", ("JPN", "AFG", "07"), None),
    ],
)
def test_help_in_a_hostile_act_is_no_aid(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a tie deepened names no partner at home (cue role bond)
        (
            "China hopes to deepen its traditional friendship, the Chinese foreign ministry said.",
            None,
            ("CHN", "CHN", "03"),
        ),
        # the twin: the partner named
        ("China hopes to deepen its friendship with Laos.", ("CHN", "LAO", "03"), None),
    ],
)
def test_a_tie_deepened_has_no_partner_at_home(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a capital in a phrase of place only says where: the country, not its government
        (
            "Unidentified attackers exploded a device in a supermarket in central Addis Ababa.",
            ("ETHUAF", "ETH", "183"),
            ("ETHUAF", "ETHGOV", "183"),
        ),
        (
            "French police arrested an arsonist for a fire in an apartment in the 18th "
            "arrondissement of Paris which killed eight people.",
            ("FRACOP", "FRA", "173"),
            ("FRAGOV", None, "190"),
        ),
        # the twin: a protest in a capital is aimed at those who govern there
        ("Thousands of protesters rallied in central Cairo.", ("EGYCVL", "EGYGOV", "141"), None),
    ],
)
def test_a_capital_that_says_where_is_no_government(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a state never stops work: its strike against another is force; so is a strike
        # called retaliatory or punitive
        (
            "The United States launched an offshore strike against Iranian missile installations.",
            ("USA", "IRN", "19"),
            ("USA", "IRN", "14"),
        ),
        (
            "Turkish jets carried out a punitive strike on Kurdish positions in Iraq.",
            None,
            ("TUR", "IRQ", "14"),
        ),
        # the twins: teachers, or a nation's workers named by its demonym, stop work
        (
            "Brazil's university teachers launched a national strike.",
            ("BRA", "BRA", "14"),
            ("BRA", "BRA", "19"),
        ),
        (
            "Druze inhabitants of the Syrian Golan Heights threatened today to hold a general "
            "strike unless Israel rescinded its annexation of the region.",
            None,
            ("SYR", "ISR", "19"),
        ),
    ],
)
def test_a_strike_by_a_state_is_force(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "were engaged in", "were involved in": the subject does the act its "in" names
        (
            "Serb forces were engaged in ethnic cleansing against Albanians in Kosovo.",
            ("SRB", "ALB", "20"),
            (None, "SRB", "19"),
        ),
        (
            "Pakistani troops were involved in the attack on the Indian post.",
            ("PAK", "IND", "19"),
            None,
        ),
        # staff engaged (posted, hired) are not attacked
        (
            "For this purpose, 120 Indian constables have been engaged under a police "
            "commissioner in Bangalore.",
            None,
            (None, "IND", "19"),
        ),
        # the twin: troops that engage the enemy fight
        ("Indian troops engaged the militants near the border.", ("IND", "IND", "19"), None),
    ],
)
def test_engaged_in_an_act_is_doing_it(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # an act someone is set, about, poised or close to do has not been done yet
        ("Israel is poised to attack Iran.", "planned"),
        ("Israel is set to attack Iran.", "planned"),
        ("Israel is about to attack Iran.", "planned"),
        ("Israel is likely to attack Iran.", "hypothetical"),
        # the twin: an attack made
        ("Israel attacked Iran.", "asserted"),
    ],
)
def test_an_act_about_to_happen_is_not_done(
    modal_events_of: ModalEventsOf, text: str, modality: str
) -> None:
    found = modal_events_of(text, D2015)
    assert ("ISR", "IRN", "19", modality) in found, found


def test_a_deal_close_to_signing_is_not_signed(modal_events_of: ModalEventsOf) -> None:
    found = modal_events_of(
        "Iraq and Russia are close to signing an economic cooperation plan.", D2015
    )
    assert found and all(modality != "asserted" for *_, modality in found), found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # who watched ("in the presence of") is no place and no victim: where it happened is
        (
            "The MP was shot dead in the presence of Ugandan police officials in Nairobi.",
            (None, "KEN", "19"),
            (None, "UGA", "19"),
        ),
        # a war prevented is no act on anyone; a motion signed is no agreement
        ("The Lebanese premier vowed to prevent civil war in Lebanon.", None, ("LBN", "LBN", "11")),
        (
            "The Scottish Tory leader signed a parliamentary motion questioning the plans.",
            None,
            ("GBR", None, "05"),
        ),
        # traffic disrupted is passage obstructed, as a road blocked
        (
            "Indian activists disrupted train traffic in Uttar Pradesh.",
            ("IND", "IND", "14"),
            ("IND", "IND", "16"),
        ),
        # the twins: a victim named is the target; a treaty signed is an agreement
        ("A Kenyan MP was shot dead in the presence of police.", (None, "KEN", "19"), None),
        ("Kenya and Uganda signed a border treaty.", ("KEN", "UGA", "05"), None),
    ],
)
def test_witnesses_averted_wars_and_motions_are_no_parties(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # force told by a participle after its act happened where that act was done
        (
            "Hamas suicide bombers blew themselves up in Jerusalem and Haifa, killing 26 people.",
            ("PSE", "ISR", "18"),  # harm told after a bombing is the bombing (assault)
            None,
        ),
        # the twin: words are not said where the speaker is
        (
            "ASEAN aired its new stand on Myanmar at this week's summit in the Malaysian "
            "capital, demanding progress on political reforms.",
            None,
            ("IGO", "MYS", "10"),
        ),
        # a party's pledges attacked are criticised (cue role proposition), not assaulted
        (
            "The Tory co-chairman attacked Labour's pledges.",
            ("GBR", "GBR", "11"),
            ("GBR", "GBR", "18"),
        ),
    ],
)
def test_a_participles_place_and_pledges_attacked(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # who leads a group is no act of the group's participle
        (
            "Israel has blocked a UN fact-finding mission led by South African Nobel laureate "
            "Desmond Tutu into the killing of 19 Palestinians.",
            None,
            ("ZAF", "PSE", "03"),
        ),
        # what a criticism is for is why, not whom it aims at
        (
            "The UN Human Rights Council has been criticised by UN Secretary General Kofi "
            "Annan for its focus on the Palestinian conflict.",
            None,
            ("IGO", "PSE", "11"),
        ),
        # the twins: a delegation led somewhere, and criticism of whom it names
        ("The Japanese trade minister led a delegation to China.", ("JPN", "CHN", "04"), None),
        ("Kenya criticised Uganda for its support of the rebels.", ("KEN", "UGA", "11"), None),
    ],
)
def test_who_leads_a_group_and_why_it_is_criticised_are_no_parties(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # opponents or critics of a state's body are of its country, not the body itself
        (
            "Opponents of Rwanda's Senate protested yesterday in the capital.",
            ("RWA", None, "14"),
            None,
        ),
        (
            "Critics of Kenya's proposed new constitution accused President Mwai Kibaki of "
            "breaching electoral laws.",
            ("KEN", "KEN", "11"),
            None,
        ),
        # the twin: a state's own opponents or allies are others
        ("Iran's opponents protested in Washington.", None, ("IRN", "USA", "14")),
        ("The allies of Iran condemned the attack on Syria.", None, ("IRN", "SYR", "11")),
        # a poll lead closed is no cut in relations
        (
            "Australia's opposition coalition has closed the ruling Labour party's lead.",
            None,
            ("AUS", "AUS", "16"),
        ),
    ],
)
def test_opponents_of_a_body_and_a_lead_closed(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)
