"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds and on the public sets' misses (issue 16, twenty-seventh session: `audit` seeds 10235
onwards, 48 items each).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Dyad = tuple[str | None, str | None, str]
D2018 = date(2018, 12, 19)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]
ModalityOf = Callable[[str, date], dict[Dyad, str]]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an undertaking noun is the act its modifier names, with its own arguments
        ("Russia launched a bombing campaign against Chechen rebels.",
         ("RUS", "RUS", "19"), None),
        ("Qatar began mediation efforts between Egypt and Sudan.", ("QAT", "EGY", "04"), None),
        ("Egypt sent a mediation mission between Israel and Hamas.", ("EGY", "ISR", "04"),
         None),
        ("Greenpeace began a boycott campaign against Danish goods.", ("NGO", "DNK", "14"),
         None),
        # the twins: an undertaking with no act named is no event
        ("Russia launched a new campaign in Chechnya.", None, ("RUS", "RUS", "19")),
        ("Qatar began new efforts between Egypt and Sudan.", None, ("QAT", "EGY", "04")),
    ],
)  # fmt: skip
def test_an_undertaking_is_the_act_its_modifier_names(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # mediation ended or suspended is halted (CAMEO 165), no mediation
        ("Egypt ended its mediation between Israel and Hamas.", ("EGY", "ISR", "16"),
         ("EGY", "ISR", "04")),
        ("Algeria suspended its mediation efforts between Mali and the rebels.",
         ("DZA", "MLI", "16"), ("DZA", "MLI", "04")),
        ("Egypt announced the suspension of its mediation between Israel and Hamas.",
         ("EGY", "ISR", "16"), ("EGY", "ISR", "04")),
        # the twin: mediation begun is mediation
        ("Egypt began its mediation between Israel and Hamas.", ("EGY", "ISR", "04"),
         ("EGY", "ISR", "16")),
    ],
)  # fmt: skip
def test_mediation_ended_is_halted(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a stance one says one would not take is refused now: a rejection
        ("Spain said it would not recognize Kosovo.", ("ESP", "XKX", "12"), None),
        ("Greece said it would not support the Turkish plan.", ("GRC", "TUR", "12"), None),
        # not yielding to demands or pressure is a refusal to yield
        ("Russia said it would not bow to the demands of the Chechen rebels.",
         ("RUS", "RUS", "12"), ("RUS", "RUS", "08")),
        ("Iran said it would not yield to pressure from the United States.",
         ("IRN", "USA", "12"), ("IRN", "USA", "08")),
        ("Israel did not bow to pressure from Egypt.", ("ISR", "EGY", "12"), None),
        # the twins: an act one says one would not do is an assurance, no event; and a
        # stance one says one has not taken is denied
        ("Spain said it would not attack Morocco.", None, ("ESP", "MAR", "19")),
        ("Spain said it would not attack Morocco.", None, ("ESP", "MAR", "12")),
        ("Spain said it had not recognized Kosovo.", None, ("ESP", "XKX", "12")),
        ("Russia bowed to the demands of the Chechen rebels.", ("RUS", "RUS", "08"),
         ("RUS", "RUS", "12")),
    ],
)  # fmt: skip
def test_a_stance_one_would_not_take_is_rejected(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # people in a place are its civilians, as residents are
        ("Thousands of people protested in Kenya against President Uhuru Kenyatta.",
         ("KEN", "KEN", "14"), None),
        ("Hundreds of people marched in Nairobi against the Kenyan government.",
         ("KEN", "KEN", "14"), None),
        ("A crowd protested in Lagos against the Nigerian government.", ("NGA", "NGA", "14"),
         None),
        # the twin: people of a named nation are that nation's
        ("Thousands of Kenyan people protested against the Ugandan government.",
         ("KEN", "UGA", "14"), ("UGA", "UGA", "14")),
    ],
)  # fmt: skip
def test_people_in_a_place_are_its_civilians(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a closure the report gives no doer is no blockade of the place's country
        ("Parts of the airport in Los Angeles were closed down on Monday.", None,
         (None, "USA", "19")),
        ("The main road to Kabul was closed for three hours.", None, (None, "AFG", "19")),
        # the twins: a closure by a named actor is still coded, and violence with no doer
        ("Israeli troops closed the main road to Nablus.", ("ISR", "PSE", "17"), None),
        ("A bomb exploded in a market in Kabul on Monday.", (None, "AFG", "18"), None),
    ],
)  # fmt: skip
def test_a_closure_with_no_doer_is_no_blockade(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a building or vehicle burned is property destroyed
        ("Maoist rebels torched a police station in Bihar.", ("IND", "IND", "17"), None),
        ("Maoist rebels burned three buses in Bihar.", ("IND", "IND", "17"), None),
        # by protesters it is a riot
        ("Protesters burned the US embassy in Tehran.", ("IRN", "USA", "14"),
         ("IRN", "USA", "17")),
        # the twins: a flag burned is a protest, and what is no building is no act on anyone
        ("Protesters burned the US flag in Tehran.", ("IRN", "USA", "14"),
         ("IRN", "USA", "17")),
        ("Indian police burned seized drugs in Mumbai.", None, ("IND", "IND", "17")),
    ],
)  # fmt: skip
def test_a_building_burned_is_property_destroyed(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # harm told as the consequence of a bombing is the bombing, an assault
        ("A car bomb exploded near a police patrol in Baghdad, killing 17 people.",
         (None, "IRQ", "18"), (None, "IRQ", "19")),
        ("Hamas suicide bombers blew themselves up in Jerusalem, killing 26 people.",
         ("PSE", "ISR", "18"), ("PSE", "ISR", "19")),
        # the twin: harm told as the consequence of shelling stays force
        ("Sudanese rebels shelled the Sudanese army in Juba on Sunday, killing 20 soldiers.",
         ("SDN", "SDN", "19"), ("SDN", "SDN", "18")),
    ],
)  # fmt: skip
def test_harm_done_by_a_bombing_is_the_bombing(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # aid reduced is aid cut
        ("The United States reduced aid to Pakistan.", ("USA", "PAK", "16"), None),
        ("Japan scaled back its assistance to Burma.", ("JPN", "MMR", "16"), None),
        # ties normalized or upgraded are relations improved
        ("India and China normalized ties.", ("IND", "CHN", "05"), None),
        ("Czechia and Albania have upgraded their diplomatic ties to ambassadorial level.",
         ("CZE", "ALB", "05"), None),
        # forces strengthened are forces increased
        ("Israel has strengthened its forces in Lebanon.", ("ISR", "LBN", "15"), None),
        # a withdrawal sped up is a withdrawal
        ("The United States speeded up the withdrawal of its troops from Panama.",
         ("USA", "PAN", "08"), None),
        # the twins: what else is reduced, upgraded or strengthened is no act on anyone
        ("The United States reduced its budget deficit.", None, ("USA", "USA", "16")),
        ("India upgraded its air defence systems.", None, ("IND", "IND", "05")),
        ("Iran strengthened its economy.", None, ("IRN", "IRN", "15")),
    ],
)  # fmt: skip
def test_aid_reduced_ties_upgraded_forces_strengthened(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what a resolution or a bill would do is proposed, not done
        ("Russia vetoed a UN resolution to impose sanctions on Syria.", None,
         ("IGO", "SYR", "16")),
        ("The United States drafted a resolution to impose sanctions on Iran.", None,
         ("USA", "IRN", "16")),
        # the veto itself is still the act
        ("Russia vetoed a UN resolution to impose sanctions on Syria.", ("RUS", "IGO", "12"),
         None),
        # the twins: sanctions imposed are imposed, and a resolution's own words are its act
        ("The UN imposed sanctions on Syria.", ("IGO", "SYR", "16"), None),
        ("The UN Security Council adopted a resolution condemning Israel.",
         ("IGO", "ISR", "11"), None),
    ],
)  # fmt: skip
def test_what_a_draft_proposes_is_not_done(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # talks concluded were held
        ("India and Pakistan concluded their talks in Islamabad yesterday.",
         ("IND", "PAK", "04"), None),
        ("Iran concluded an agreement with Iraq.", ("IRN", "IRQ", "05"), None),
        # the twin: a conclusion reported frames what it reports
        ("The court concluded that Iran had attacked the ship.", None, ("IRN", "IRN", "04")),
    ],
)  # fmt: skip
def test_talks_concluded_were_held(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # where prisoners are held is not whose they are
        ("Pakistan vowed to track down a former Guantanamo inmate.", None,
         ("PAK", "CUB", "13")),
        ("Yemen welcomed home three Guantanamo detainees.", None, ("YEM", "CUB", "05")),
        # the twin: a demonym still names the prisoners' country
        ("Pakistan vowed to arrest Cuban prisoners.", ("PAK", "CUB", "13"), None),
    ],
)  # fmt: skip
def test_where_prisoners_are_held_is_not_their_country(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a refusal demanded of another is not done: the demand is the event
        ("Greece demanded that its European partners refuse to recognize Macedonia.",
         ("GRC", "EUR", "10"), ("EUR", "MKD", "12")),
        ("Greece urged Italy to refuse to recognize Macedonia.", ("GRC", "ITA", "02"),
         ("ITA", "MKD", "12")),
        # the twins: a refusal done, or said of oneself, is a rejection
        ("Greece refused to recognize Macedonia.", ("GRC", "MKD", "12"), None),
        ("Greece said it would refuse to recognize Macedonia.", ("GRC", "MKD", "12"), None),
    ],
)  # fmt: skip
def test_a_refusal_demanded_is_not_done(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # blows delivered are a setback or a threat's content, never a rejection
        ("Al-Qaeda has threatened to deliver devastating blows to the United States.",
         ("IMG", "USA", "13"), ("IMG", "USA", "12")),
        ("The bombing delivered a blow to the peace process between Israel and Syria.", None,
         (None, "ISR", "12")),
    ],
)  # fmt: skip
def test_blows_delivered_are_no_rejection(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a command to one's own forces is no demand between actors
        ("The British home secretary ordered British troops to march into Belfast.", None,
         ("GBR", "GBR", "10")),
        ("The Indian prime minister ordered the army to withdraw from Kashmir.", None,
         ("IND", "IND", "10")),
        # what they were ordered to do is still theirs
        ("Putin ordered Russian troops to attack Ukraine.", ("RUS", "UKR", "19"),
         ("RUS", "RUS", "10")),
        # the twins: an order to another state, or to another's forces, is a demand
        ("Obama ordered Pakistan to hand over the suspects.", ("USA", "PAK", "10"), None),
        ("Putin ordered Ukrainian troops to surrender.", ("RUS", "UKR", "10"), None),
    ],
)  # fmt: skip
def test_a_command_to_ones_own_forces_is_no_demand(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # where rockets were fired from is where force came from, never its target
        ("On Saturday two rockets fired from Lebanon hit northern Israel, the army said.",
         None, (None, "LBN", "18")),
        # the twin: where they hit is
        ("A car bomb exploded in a market in Kabul on Monday.", (None, "AFG", "18"), None),
    ],
)  # fmt: skip
def test_where_rockets_came_from_is_not_their_target(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # forces removed are withdrawn
        ("Russia removed its forces from the Ukrainian border.", ("RUS", "UKR", "08"),
         ("RUS", "UKR", "17")),
        # the twin: people expelled are expelled
        ("Kenya expelled Somali refugees.", ("KEN", "SOM", "17"), None),
    ],
)  # fmt: skip
def test_forces_removed_are_withdrawn(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # one expelled from a party was expelled by the party, not arrested by police
        ("Ranjan, an Indian MP, had been expelled from the Rashtriya Janata Dal.", None,
         ("IND", "IND", "17")),
        # the twin: an arrest with no doer named is by the police where it happened
        ("Some of the Indian gunmen have been arrested in Mumbai.", ("IND", "IND", "17"),
         None),
    ],
)  # fmt: skip
def test_one_expelled_from_a_party_was_not_arrested(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "event", "modality"),
    [
        # a goal worked towards is not yet done
        ("The EU pledged to work towards lifting the ban on China.", ("IGO", "CHN", "08"),
         "hypothetical"),
        ("The EU moved towards lifting the arms ban on China.", ("IGO", "CHN", "08"),
         "hypothetical"),
        # the twin: a ban lifted is lifted
        ("The EU lifted the arms ban on China.", ("IGO", "CHN", "08"), "asserted"),
    ],
)  # fmt: skip
def test_a_goal_worked_towards_is_not_done(
    modality_by_dyad: ModalityOf, text: str, event: Dyad, modality: str
) -> None:
    found = modality_by_dyad(text, D2018)
    assert found.get(event) == modality, found
