"""Wrong events found by reading whimbrel's output on corpus items no gold set holds
(issue 16, fourteenth session: `audit` seeds 1414, 1515 and 1616).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Dyad = tuple[str | None, str | None, str]
D1987 = date(1987, 4, 1)
D2005 = date(2005, 2, 1)
D2015 = date(2015, 6, 1)
D2018 = date(2018, 4, 12)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # blaming a cause (a lack, the weather, a fire) accuses no one at home
        (
            "Philippine officials blamed a lack of fire escapes for the deaths of 75 people.",
            None,
            ("PHL", "PHL", "11"),
        ),
        ("Nigerian police blamed the weather for the accident.", None, ("NGA", "NGA", "11")),
        ("Indian officials blamed the delay on bad weather.", None, ("IND", "IND", "11")),
        # the twins: people blamed, named or described, are accused
        (
            "Nigerian police blamed the villagers for the accident.",
            ("NGA", "NGA", "11"),
            None,
        ),
        (
            "The Nigerian government blamed the rebels for the attack.",
            ("NGA", "NGA", "11"),
            None,
        ),
        (
            "The Indian Congress party accused the government of misrule.",
            ("IND", "IND", "11"),
            None,
        ),
        ("BJP members are blaming the minority community.", ("IND", "IND", "11"), None),
    ],
)
def test_a_cause_blamed_is_no_one_accused(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # two states backing, praising or recognising a thing do it to no one, least of all
        # to each other
        ("Turkey and Italy supported the plan.", None, ("TUR", "ITA", "05")),
        ("Turkey and Italy supported development of relations.", None, ("ITA", "TUR", "05")),
        ("France and Germany praised the agreement.", None, ("FRA", "DEU", "05")),
        # the twins: acts that are mutual still pair the two
        ("Turkey and Italy signed an agreement.", ("TUR", "ITA", "05"), None),
        ("Bosnia and Slovenia agreed to a ceasefire.", ("BIH", "SVN", "03"), None),
        ("Turkey and Italy held talks.", ("TUR", "ITA", "04"), None),
    ],
)
def test_coordinated_parties_of_a_one_way_act_are_no_partners(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # "be going to" tells a future: planned, not done
        ("Pakistani police are going to arrest the Taliban commander.", "planned"),
        ("Pakistani police were going to arrest the Taliban commander.", "planned"),
        # the twin: done
        ("Pakistani police arrested the Taliban commander.", "asserted"),
    ],
)
def test_going_to_is_a_plan(modal_events_of, text: str, modality: str) -> None:
    events = modal_events_of(text, D2015)
    assert [e[3] for e in events if e[2] == "17"] == [modality]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # kicking someone out expels them: no blow struck
        ("Russia kicked out two British journalists.", ("RUS", "GBRMED", "174"), None),
        (
            "The Indian government kicked out two Pakistani diplomats.",
            ("INDGOV", "PAKGOV", "166"),
            ("INDGOV", "PAKGOV", "180"),
        ),
        # the twin: a kick is an assault
        ("Pakistani militants kicked a policeman.", ("PAKUAF", "PAKCOP", "180"), None),
        # those who enforce the law are police
        (
            "Militants opened fire at the law enforcers in Peshawar.",
            ("PAKUAF", "PAKCOP", "190"),
            None,
        ),
    ],
)
def test_expulsions_and_the_police(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2015, present, absent)


def test_a_disaster_kills_without_a_doer(root_dyads_of) -> None:
    assert not root_dyads_of("A tsunami killed 150,000 people in Indonesia.", D2005)
    # the twin: a named doer kills
    assert ("IDN", "IDN", "19") in root_dyads_of(
        "Indonesian troops killed 15 rebels in Aceh.", D2005
    )


def test_a_hyphen_still_joins_a_backer_to_its_group(dyads_of) -> None:
    # the twin of the spaced dash: "Iranian-backed" keeps its hyphen for the description
    assert ("IRQUAF", "USAMIL", "190") in dyads_of(
        "Iranian-backed militias attacked US troops in Iraq.", D2015
    )


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # people on the move visit no one where they go
        (
            "An estimated 500 Australian residents have left their homes for nearby Mittagong.",
            None,
            ("AUS", "AUS", "04"),
        ),
        # the twin: a leader who leaves for a capital visits its government
        ("The Australian prime minister left for Jakarta.", ("AUS", "IDN", "04"), None),
        # showing that something is so is no demonstration
        (
            "The British Liberal Democrats have demonstrated that they can defeat the government.",
            None,
            ("GBR", "GBR", "14"),
        ),
        # the twin: a demonstration
        (
            "Thousands of British students demonstrated in London against tuition fees.",
            ("GBR", "GBR", "14"),
            None,
        ),
    ],
)
def test_migrants_and_showing(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the one named or asked by someone to act is who acts
        (
            "South African President Thabo Mbeki was named by the African Union to mediate "
            "in the conflict.",
            ("ZAFGOV", None, "045"),
            ("IGOAFRAFU", None, "045"),
        ),
    ],
)
def test_the_infinitive_of_a_passive_is_its_subjects(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "published", "present", "absent"),
    [
        # what is discussed is the topic: the partner is the other party, or "with" names it
        ("Putin and Erdogan discussed Syria.", D2015, ("RUS", "TUR", "04"), ("RUS", "SYR", "04")),
        ("Russia discussed Syria with Turkey.", D2015, ("RUS", "TUR", "04"), ("RUS", "SYR", "04")),
        ("Russian officials discussed Afghanistan on Monday.", D2015, None, ("RUS", "AFG", "04")),
        (
            "Russia agreed to discuss the problems of Afghanistan in its talks with China.",
            D2015,
            ("RUS", "CHN", "03"),
            ("RUS", "AFG", "03"),
        ),
        # talking of something is speaking of it; talking about it is no talk with it
        (
            "Indian officials and Pakistani officials talked of the role of the ISI.",
            D2015,
            None,
            ("IND", "PAK", "04"),
        ),
        (
            "Russia and Turkey talked about Syria.",
            D2015,
            ("RUS", "TUR", "04"),
            ("RUS", "SYR", "04"),
        ),
        ("Saudi Arabia talked to Iran on Monday.", D2015, ("SAU", "IRN", "04"), None),
        # the twin: a "with" partner inside the topic's phrase is still the partner
        (
            "French Finance Minister Edouard Balladur discussed the need to control public "
            "spending in talks with British Chancellor of the Exchequer Nigel Lawson.",
            D1987,
            ("FRA", "GBR", "04"),
            None,
        ),
    ],
)
def test_what_is_discussed_is_no_partner(
    assert_roots: CheckPair, text: str, published: date, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, published, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # two sides of one country hold talks with each other, not with the city they meet in
        ("Hamas and Fatah held talks in Cairo.", ("PSEREB", "PSEPTY", "046"), None),
        (
            "The Nepalese government and the Maoist rebels held talks in Kathmandu.",
            ("NPLGOV", "NPLREB", "046"),
            None,
        ),
        # a dialogue held is talks
        (
            "Leaders of rival Hamas and Fatah movements are holding dialogue on a unity "
            "government.",
            ("PSEPTY", "PSEREB", "046"),
            None,
        ),
        ("Israel and Syria are holding dialogue.", ("ISR", "SYR", "046"), None),
        # the twins: one government's members, or two arms of one state, meet no one
        ("Putin and Lavrov met in Moscow.", None, ("RUSGOV", "RUSGOV", "040")),
        ("Pakistani police and army officials met in Peshawar.", None, ("PAKCOP", "PAKMIL", "040")),
    ],
)
def test_two_sides_of_one_country_meet_each_other(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # vowing to launch attacks threatens them: no promise to cooperate beside it
        (
            "The PKK vowed to launch attacks against Turkey.",
            ("TUR", "TUR", "13"),
            ("TUR", "TUR", "03"),
        ),
        # the twin: vowing talks is an intent to meet
        ("Iran vowed to hold talks with Turkey.", ("IRN", "TUR", "03"), None),
        # throwing out a move, an appeal or a plan rejects it; no relations are cut
        (
            "The Scottish Court of Session threw out a move by the executive.",
            ("GBR", "GBR", "12"),
            ("GBR", "GBR", "16"),
        ),
        (
            "The Pakistani Supreme Court threw out the government's appeal.",
            ("PAK", "PAK", "12"),
            None,
        ),
    ],
)
def test_vowed_attacks_and_rejections(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # force staged to free hostages is aimed at who holds them, through "attempt to"
        (
            "Filipino troops stage raids to attempt to free six hostages held by Abu Sayyaf "
            "militants.",
            ("PHLMIL", "PHLREB", "190"),
            None,
        ),
        # a rally staged to press a claim against someone is aimed at them
        (
            "Indian Hindus staged a rally in Delhi to press their claim against India's Moslem "
            "minority.",
            ("INDHIN", "INDMUS", "141"),
            None,
        ),
        # the twin: a meeting's partner is never what it was held for
        (
            "Indian Communists organised a public meeting to celebrate Tipu Jayanti.",
            None,
            ("IND", "IND", "040"),
        ),
    ],
)
def test_what_a_light_verb_act_is_for(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # agreeing that something is so is a shared view, no agreement to act
        (
            "Donald Trump and Theresa May agreed Bashar al-Assad's regime had a pattern of "
            "dangerous behaviour.",
            None,
            ("USA", "GBR", "03"),
        ),
        # the twins: agreeing to act, or that something will be done
        ("Russia and Turkey agreed that talks would resume.", ("RUS", "TUR", "03"), None),
        ("Russia and Ukraine agreed on a ceasefire.", ("RUS", "UKR", "03"), None),
        # putting off one's own decision cuts no relations
        (
            "Western leaders put off a final decision on military strikes in Syria.",
            None,
            ("WST", "SYR", "16"),
        ),
    ],
)
def test_views_and_delays_are_no_acts(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what is done "without" is not done, and a state's own country is no partner of
        # what it promises
        (
            "Ousted President Askar Akayev has agreed to resign without returning to Kyrgyzstan.",
            None,
            ("KGZ", "KGZ", "03"),
        ),
        (
            "Serbian President Vojislav Kostunica promised to democratize Serbia.",
            None,
            ("SRB", "SRB", "03"),
        ),
        (
            "Soviet leader Mikhail Gorbachev suggested Soviet membership.",
            None,
            ("SUN", "SUN", "02"),
        ),
        # the twins: another state is, and so are a state's people
        ("Russia promised to help Serbia.", ("RUS", "SRB", "03"), None),
        ("Charles Taylor called on Liberians to stand by him.", ("LBR", "LBR", "02"), None),
    ],
)
def test_own_country_and_without_are_no_partners(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


def test_a_place_described_beside_a_target_is_where(assert_dyads: CheckPair) -> None:
    # the parser hangs "the provincial capital of Khyber Pakhtunkhwa" on "residence"
    assert_dyads(
        "Unidentified militants on January 15 attacked the residence of an Afghan consulate "
        "official in cantonment area of Peshawar, the provincial capital of Khyber "
        "Pakhtunkhwa, reports Daily Times.",
        D2015,
        ("PAKUAF", "AFGGOV", "190"),
        ("PAKUAF", "PAK", "190"),
    )


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # how someone felt is no act: "felt compelled", "felt threatened"
        (
            "Iraqi Prime Minister Ayad Allawi felt compelled to give American reporters a "
            "geography lesson.",
            None,
            ("IRQ", "USA", "17"),
        ),
        ("Israel felt threatened by Iran.", None, ("ISR", None, "13")),
        # the twin: a threat made
        ("Iran threatened Israel.", ("IRN", "ISR", "13"), None),
        # aid goes to someone: help with a task, or a defence of a right, is no event
        ("German astronaut Thomas Reiter assisted the space walk.", None, ("DEU", None, "07")),
        (
            "Turkish Prime Minister Erdogan has defended freedom of speech.",
            None,
            ("TUR", None, "07"),
        ),
        # the twin: aid to a state
        ("Germany assisted Greece.", ("DEU", "GRC", "07"), None),
    ],
)
def test_feelings_and_aid_to_no_one(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a disaster named with its country does the harm with no doer
        ("Pakistani floods destroyed hundreds of homes.", None, ("PAK", None, "17")),
        ("Hundreds of homes were destroyed by the Pakistan floods.", None, ("PAK", None, "17")),
        # the twin: troops destroy homes
        ("Pakistani troops destroyed 12 homes.", ("PAK", None, "17"), None),
        # a claim that an act never happened asserts no act
        (
            "But Peru claimed that it never signed any maritime demarcation pact with Chile.",
            None,
            ("PER", "CHL", "05"),
        ),
        # the twin: a claim of an act alleges it
        ("Peru claimed that Chile had attacked its ships.", ("PER", "CHL", "11"), None),
    ],
)
def test_disasters_and_claims_of_what_never_was(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


def test_a_date_is_no_group_and_people_are_taken_from_a_place(dyads_of) -> None:
    # "May 15" is a date here, not the Greek group of that name; the town people are
    # kidnapped from is where, not who (only what is fired comes "from" its doer's place)
    found = dyads_of("Three Pakistani officials were kidnapped from Quetta on May 15.", D2015)
    assert (None, "PAKGOV", "181") in found
    assert not any(d[0] == "PAK" or d[1] == "GRCREB" for d in found)
    # the twin: a mortar fired from a place of another country is that place's act
    assert ("PSE", "ISR", "190") in {
        (s[:3] if s else None, t[:3] if t else None, c)
        for s, t, c in dyads_of(
            "Israel said a mortar bomb was fired at it from the Gaza Strip.", D2015
        )
    }
