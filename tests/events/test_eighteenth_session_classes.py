"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, eighteenth session: `audit` seeds 7171, 7272, 7373, 7474 and 7575).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.pipeline import Coder, make_article

Dyad = tuple[str | None, str | None, str]
ModalEvent = tuple[str | None, str | None, str, str]
D2015 = date(2015, 6, 1)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]
ModalEventsOf = Callable[[str, date], list[ModalEvent]]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # an acronym in capitals is no person's family name (Shinzo Abe, Gao Qiang)
        ("The Adult Basic Education (ABE) programme was praised by Kenya.", "ABE", None),
        # the twins: the name written as a name; a person the knowledge base files by an
        # acronym
        ("Japan's Abe met Kenyan officials in Tokyo.", "Abe", "JPNGOV"),
        ("ISIS attacked the town.", "ISIS", "IMGMUSISI"),
        # a role before the name, in apposition: the name takes the role's actor
        (
            "The spokesman of the Palestinian National Authority Karim Haddad accused Israel "
            "of stalling.",
            "Karim Haddad",
            "PSEGOV",
        ),
        (
            "The spokesman of the Palestinian National Authority, Karim Haddad, accused "
            "Israel of stalling.",
            "Karim Haddad",
            "PSEGOV",
        ),
        # the twin: the role after the name, as before
        ("Lena Brandt, a German lawmaker, criticised Russia.", "Lena Brandt", "DEULEG"),
        # a leader's full name that the knowledge base files under his organisation: his
        # family name alone later is he
        (
            "Hamas leader Khaled Meshaal arrived in Cairo on Monday. On Tuesday, Meshaal "
            "said Hamas would not recognise Israel.",
            "Meshaal",
            "PSEREB",
        ),
        # a city's name after an initial is a person's
        ("The killing was condemned, Naga council secretary S Milan said.", "S Milan", None),
    ],
)
def test_acronyms_and_titled_names(coder: Coder, text: str, name: str, code: str | None) -> None:
    coded = coder.code(make_article(text, D2015))
    found = {m.text: m.actor.code for m in coded.mentions}
    assert name in found and found[name] == code, coded.mentions


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # whom a fight is for is on the fighter's side, wherever the clause names it
        (
            "Chechen mercenaries fought a campaign for the Syrian government in Aleppo.",
            None,
            ("RUS", "SYR", "19"),
        ),
        ("Chechen fighters fought for the Syrian government.", None, ("RUS", "SYR", "19")),
        # the twin: whom it is against is the foe
        ("Chechen fighters fought against the Syrian government.", ("RUS", "SYR", "19"), None),
        # a government or a party that fights no one named campaigns, with no force
        (
            'French Prime Minister Villepin said: "I will fight to ensure it is honoured."',
            None,
            ("FRA", None, "13"),
        ),
        (
            "South African minister John Wiley had been fighting an active campaign to "
            "retain the seat.",
            None,
            ("ZAF", None, "19"),
        ),
        # the twins: armed forces, or a state named by its capital, who fight no one named
        # still fight
        (
            "Ankara views the Kurds as an extension of the PKK, with whom it has fought a "
            "four decade insurgency.",
            # (the PKK, whom "with whom" stands for, is fought: twenty-eighth session)
            ("TUR", "TUR", "19"),
            None,
        ),
        (
            "About 2,000 US troops have fought to liberate the city since 2014.",
            ("USA", None, "19"),
            None,
        ),
        # killing outright is never words, whoever does it
        (
            "A Pakistan Peoples Party politician murdered the Pakistani Prime Minister.",
            None,
            ("PAK", "PAK", "11"),
        ),
        # the twin: a politician's attack on a politician is words
        (
            "The Labour leader attacked the British Prime Minister over taxes.",
            ("GBR", "GBR", "11"),
            None,
        ),
    ],
)
def test_fights_for_and_fights_of_words(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # admitting how things are or can be owns no act
        ("The Australian minister admits the dispute is frustrating.", None, ("AUS", None, "01")),
        (
            "The Australian minister admitted the role cannot be frozen in aspic.",
            None,
            ("AUS", None, "01"),
        ),
        # the twins: admitting an act, or that the charges are true
        (
            "The scandal grew after South Korean scientist Hwang admitted the charges were true.",
            ("KOR", None, "01"),
            None,
        ),
        ("The Australian army admitted shooting two civilians.", ("AUS", None, "01"), None),
        # the twin of "S Milan": the city
        ("Thousands of protesters marched in Milan.", ("ITA", "ITA", "14"), None),
    ],
)
def test_admitted_views_and_a_city_named_alone(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "open fired at them": the pronoun is bound in its clause, not the militants
        (
            "Four policemen were killed when Tehreek-e-Taliban Pakistan militants open fired "
            "at them in Quetta.",
            ("PAKREB", "PAKCOP", "190"),
            None,
        ),
        # the twin, parsed as one verb
        (
            "Four policemen were killed when Tehreek-e-Taliban Pakistan militants opened "
            "fire on them in Quetta.",
            ("PAKREB", "PAKCOP", "190"),
            None,
        ),
        # a capital that force is used on is the place, even where it names the doer
        ("The Syrian government seized control of Damascus.", ("SYRGOV", "SYR", "192"), None),
        # protests broken up or dispersed: riot control (175), not a break with anyone
        (
            "Indonesian police violently broke up a march of striking workers in Surabaya.",
            ("IDNCOP", "IDNLAB", "175"),
            None,
        ),
        ("Bangladeshi police broke up a demonstration in Dhaka.", ("BGDCOP", "BGD", "175"), None),
        # (CAMEO's own pattern for "disperse" also coded the protesters' 145 back)
        ("Kenyan riot police dispersed a protest in Nairobi.", ("KENCOP", "KEN", "175"), None),
        ("Kenyan riot police dispersed a protest in Nairobi.", None, ("KEN", "KENCOP", "145")),
        # the twin: a gang broken up is not a protest
        (
            "Bangladeshi police broke up a gang of car thieves in Dhaka.",
            None,
            ("BGDCOP", "BGD", "175"),
        ),
        # a nominal event the victims suffered in
        (
            "Iraqi troops suffered heavy casualties in an Iranian offensive.",
            ("IRN", "IRQMIL", "190"),
            None,
        ),
    ],
)
def test_force_targets_and_riot_control(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # an act one is directed or instructed to do is not done (an order keeps CAMEO's
        # reading of the act ordered: "ordered La Prensa to suspend publication", 1721)
        (
            "Indian Prime Minister Vajpayee directed the state government to form a committee.",
            "IND",
        ),
        (
            "Indian Prime Minister Vajpayee instructed the state government to form a committee.",
            "IND",
        ),
    ],
)
def test_an_act_directed_is_not_done(modal_events_of: ModalEventsOf, text: str, doer: str) -> None:
    events = modal_events_of(text, D2015)
    asserted = [e for e in events if e[0] == doer and e[2] == "03" and e[3] == "asserted"]
    assert not asserted, asserted


def test_the_twin_an_act_done_is_done(modal_events_of: ModalEventsOf) -> None:
    events = modal_events_of("Kenya and Uganda formed a joint committee on border security.", D2015)
    assert any(e[2] in ("03", "04", "05", "06") and e[3] == "asserted" for e in events), events


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a judgement in quotes, parsed in apposition to what it judges: praise, no call
        (
            'The United States called the Iranian nuclear deal "a milestone" for the region.',
            ("USA", "IRN", "05"),
            ("USA", "IRN", "04"),
        ),
        # the twin, without quotes
        (
            "The United States called the Iranian nuclear deal a milestone for the region.",
            ("USA", "IRN", "05"),
            None,
        ),
    ],
)
def test_a_judgement_in_quotes(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "code", "modality"),
    [
        # a present-tense act its own clause dates after the report is planned
        ("U.S. and Japanese officials meet tomorrow to settle a trade dispute.", "03", "planned"),
        ("Japanese officials meet U.S. officials on Tuesday in Washington.", "03", "planned"),
        ("The Japanese prime minister visits the United States next month.", "03", "planned"),
        # the twins: dated before the report, or in the past tense
        ("Japanese officials meet U.S. officials on Friday in Washington.", "04", "asserted"),
        ("Japanese officials met U.S. officials on Tuesday in Washington.", "04", "asserted"),
    ],
)
def test_a_present_tense_act_dated_after_the_report_is_planned(
    modal_events_of: ModalEventsOf, text: str, code: str, modality: str
) -> None:
    # published on Sunday 29 March 1987: Tuesday is the 31st (told in the present, to come),
    # Friday the 27th
    events = [e for e in modal_events_of(text, date(1987, 3, 29)) if e[:2] == ("JPN", "USA")]
    assert events and all(e[2:] == (code, modality) for e in events), events


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # an adjective parsed as an adverb still completes the verb: "set ablaze" (vehicles
        # set ablaze are property destroyed, 1712, since the twenty-eighth session)
        ("Maoists set ablaze eight vehicles in Jharkhand.", ("INDREB", "IND", "1712")),
        # a sentence's first word capitalised only for that makes no longer name
        ("Suspected Naxals set fire to eight vehicles in Jharkhand.", ("INDREB", "IND", "1712")),
        # the twin, mid-sentence
        (
            "Police said suspected Naxals set fire to eight vehicles in Jharkhand.",
            ("INDREB", "IND", "1712"),
        ),
    ],
)
def test_set_ablaze_by_suspected_naxals(assert_dyads: CheckPair, text: str, present: Dyad) -> None:
    assert_dyads(text, D2015, present, None)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a body the doer calls his own is his side, not whom he acts on
        (
            "Prime Minister Robert Mugabe of Zimbabwe said he suspended key talks to unite "
            "his ruling ZANU-PF party and opposition PF-ZAPU party.",
            "ZAPU",
        ),
        # the twin: the other side named alone
        ("Zimbabwe's Mugabe suspended talks with the opposition ZAPU party.", "ZAPU"),
    ],
)
def test_the_doers_own_party_is_no_target(coder: Coder, text: str, target: str) -> None:
    coded = coder.code(make_article(text, date(1987, 4, 17)))
    suspended = [e for e in coded.events if e.cameo == "164"]
    assert suspended and all(e.target is not None and target in e.target.text for e in suspended), (
        suspended
    )


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # those "besides" whom an act of cooperation is done are more guests, no partner
        (
            "all india qaumi ekta general secretary v n saraf said on tuesday that the "
            "proposed conclave would also be attended by former governors b satyanarayan "
            "reddy, romesh bhandari and b r bhagat besides bjp leader t n chaturvedi.",
            ("IND", "IND", "03"),
        ),
        # an NGO named in a sentence is no country for the officials around it
        (
            "The Red Cross will reopen its offices in Myanmar after the country's "
            "military-run government agreed to reconsider. The agreement came from a "
            "meeting last week between junta officials and the representative of the Red "
            "Cross in Myanmar.",
            ("NGO", "NGO", "05"),
        ),
    ],
)
def test_no_partners_besides_and_no_ngo_country(
    assert_roots: CheckPair, text: str, absent: Dyad
) -> None:
    assert_roots(text, date(2002, 3, 9), None, absent)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a participle with no subject of its own shares its head's mood
        (
            "The Tories claimed that Britain could save 35 billion pounds while also offering "
            "Ireland 4 billion pounds of aid.",
            "hypothetical",
        ),
        # the twin: a head done, the participle done
        (
            "Britain saved 35 billion pounds last year while also offering Ireland 4 billion "
            "pounds of aid.",
            "asserted",
        ),
    ],
)
def test_a_participle_shares_its_heads_mood(
    modal_events_of: ModalEventsOf, text: str, modality: str
) -> None:
    offers = [e for e in modal_events_of(text, D2015) if e[:2] == ("GBR", "IRL")]
    assert offers and all(e[3] == modality for e in offers), offers


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what a thing is for, told by a participle on its noun, is no act
        (
            "A car bomb hit an Iraqi police checkpoint protecting Baghdad University.",
            None,
            ("IRQ", "IRQ", "07"),
        ),
        # the twin: the act itself
        ("Iraqi police protected Baghdad University on Wednesday.", ("IRQ", "IRQ", "07"), None),
    ],
)
def test_what_a_thing_is_for_is_no_act(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what must be done, said in the passive with no one named, demands of no one
        (
            "British Tory leader Michael Howard said the changes should be carried out quickly.",
            None,
            ("GBR", "GBR", "10"),
        ),
        # the twin: what those who govern must do is a demand on them
        (
            "The British Tories say ministers must respond in Parliament to the claims.",
            ("GBR", "GBR", "10"),
            None,
        ),
    ],
)
def test_a_passive_obligation_demands_of_no_one(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)
