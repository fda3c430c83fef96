"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, twenty-second session: `audit` seeds 10201 to 10204).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.pipeline import Coder, make_article

Dyad = tuple[str | None, str | None, str]
D2005 = date(2005, 11, 23)
D2015 = date(2015, 9, 17)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]
ModalEvent = tuple[str | None, str | None, str, str]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a phrasal verb is a word of its own: a sibling's particle idiom does not carry over
        ("Germany's ruling coalition split down the middle over the budget.", None,
         ("DEU", None, "19")),
        ("Syrian rebels proceeded into the valley on Monday.", None, ("SYR", None, "19")),
        # the twin: the verb's own particle idiom still codes
        ("Syrian troops cut down the fleeing rebels.", ("SYR", "SYR", "19"), None),
    ],
)  # fmt: skip
def test_a_siblings_phrasal_verb_does_not_carry_over(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # grenades and bombs thrown, hurled or lobbed, in the plural too
        ("Taliban militants lobbed grenades at a police post in Kandahar.", ("AFG", "AFG", "19")),
        ("Taliban militants hurled grenades at the police.", ("AFG", "AFG", "19")),
        ("Maoist rebels threw petrol bombs at the police in Bihar.", ("IND", "IND", "18")),
        # the twin: stones thrown are a riot, not a bombing
        ("Taliban supporters lobbed stones at the police.", ("AFG", "AFG", "14")),
    ],
)
def test_explosives_thrown_are_force(
    root_dyads_of: Callable[[str, date], set[Dyad]], text: str, present: Dyad
) -> None:
    assert present in root_dyads_of(text, D2005)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "under" names whose rule or command, not whom the act is aimed at
        ("The United States reimposed sanctions lifted under President Obama.", None,
         ("USA", "USA", "16")),
        # the twin: sanctions "on" someone are aimed at them
        ("The United States reimposed sanctions on Iran.", ("USA", "IRN", "16"), None),
    ],
)  # fmt: skip
def test_under_whose_rule_is_no_target(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "event", "modality"),
    [
        # an object with "no" is none given
        ("Iran offered no concessions to the United States.", ("IRN", "USA", "03"), "negated"),
        ("Israeli troops killed no one in Gaza.", ("ISR", "PSE", "19"), "negated"),
        # the twins: an object without it, or a name that begins with "No", is given
        ("Iran offered concessions to the United States.", ("IRN", "USA", "03"), "asserted"),
        ("Labour criticised the official No Campaign.", ("GBR", None, "11"), "asserted"),
    ],
)  # fmt: skip
def test_an_object_with_no_is_none_given(
    modality_by_dyad: Callable[[str, date], dict[Dyad, str]],
    text: str,
    event: Dyad,
    modality: str,
) -> None:
    found = modality_by_dyad(text, D2005)
    assert found.get(event) == modality, found


@pytest.mark.parametrize(
    ("text", "event", "absent"),
    [
        # a gerund the parser joins to "accused" is the accused's act, as alleged
        ("Britain accused Russia of spreading lies and then attacking Ukraine.",
         ("RUS", "UKR", "19"), ("GBR", "UKR", "19")),
        # the twin: one gerund
        ("Britain accused Russia of attacking Ukraine.", ("RUS", "UKR", "19"),
         ("GBR", "UKR", "19")),
    ],
)  # fmt: skip
def test_a_stray_gerund_is_the_accused_act(
    modality_by_dyad: Callable[[str, date], dict[Dyad, str]],
    text: str,
    event: Dyad,
    absent: Dyad,
) -> None:
    found = modality_by_dyad(text, D2005)
    assert found.get(event) == "alleged", found
    assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # what a demand noun's "that" clause asks for is not done
        ("Hutu rebels insisted on their demand that Burundi's government release the "
         "prisoners.", ("BDI", None, "08"), None),
        ("The rebels repeated their demand today that Israel free the prisoners.",
         ("ISR", None, "08"), None),
        # the twin: the demand itself codes, the act told as done still does
        ("Hutu rebels repeated their demand that Burundi's government release the prisoners.",
         None, ("BDI", "BDI", "10")),
        ("Israel freed the prisoners, the army said.", None, ("ISR", None, "08")),
    ],
)  # fmt: skip
def test_what_a_demand_noun_asks_is_not_done(
    modality_by_dyad: Callable[[str, date], dict[Dyad, str]],
    text: str,
    absent: Dyad | None,
    present: Dyad | None,
) -> None:
    found = modality_by_dyad(text, D2005)
    if absent is not None:
        assert found.get(absent) != "asserted", found
    if present is not None:
        assert present in found, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # lies, rhetoric and propaganda attacked are criticised, no force
        ("The Conservatives attacked the government's lies about the war.",
         ("GBR", "GBR", "11"), ("GBR", "GBR", "18")),
        ("Russia attacked the rhetoric of the British government.", ("RUS", "GBR", "11"),
         ("RUS", "GBR", "19")),
        # the twin: troops attacked are fought
        ("Russia attacked British troops.", ("RUS", "GBR", "19"), None),
    ],
)  # fmt: skip
def test_words_attacked_are_criticised(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # whom allies fight together is no partner of their cooperation
        ("British volunteers joined Kurdish forces to fight against Islamic State.", None,
         ("GBR", "IMG", "06")),
        # the twin: the partner joined is named
        ("Britain joined forces with France to rebuild Lebanon.", ("GBR", "FRA", "06"), None),
    ],
)  # fmt: skip
def test_a_common_foe_is_no_partner(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a vote or an election forced is a procedure, no one coerced
        ("US Senate Democrats will attempt to force a vote on the bill to protect Robert "
         "Mueller.", None, ("USA", "USA", "17")),
        ("Labour will try to force a Commons vote on the war.", None, ("GBR", None, "17")),
        # the twin: a state forced to act is coerced
        ("Russia forced Ukraine to hold a referendum.", ("RUS", "UKR", "17"), None),
    ],
)  # fmt: skip
def test_a_forced_vote_coerces_no_one(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, date(2018, 12, 19), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "suggest" with what is or was so claims; with what should be done it proposes
        ("The Sunday Telegraph suggested Tony Blair went back on a pledge.", None,
         ("GBR", "GBR", "02")),
        ("Britain suggested that Iran and Iraq meet in Geneva.", ("GBR", "IRN", "02"), None),
    ],
)  # fmt: skip
def test_a_suggestion_of_what_was_is_no_appeal(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


def test_a_meeting_suggested_has_not_happened(
    modal_events_of: Callable[[str, date], list[ModalEvent]],
) -> None:
    found = modal_events_of("Britain suggested that Iran and Iraq meet in Geneva.", D2005)
    assert ("IRN", "IRQ", "04", "asserted") not in found, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an effort, no clash: "struggle" borrows its block's subject test, not with "to"
        ("The Syrian army is struggling to muster a large fighting force.", None,
         ("SYR", None, "19")),
        # the twin: struggling against someone is fighting
        ("The Syrian army struggled against the rebels.", ("SYR", "SYR", "19"), None),
    ],
)  # fmt: skip
def test_struggling_to_act_is_no_fight(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # whom a doer named in a phrase acts on is not acted on by the clause
        ("The United States plans to withdraw 4,000 soldiers from a parallel force "
         "fighting the rebels.", None, ("USA", "USA", "03")),
        # the twins: an event noun's participle, or the object's, still names the target
        ("Al-Shabab claimed responsibility for an attack targeting a mall in Kenya's capital.",
         ("SOM", "KEN", "01"), None),
    ],
)  # fmt: skip
def test_whom_a_phrases_doer_acts_on_is_no_target(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "when" clause after a date happened then, wherever the parser hangs it
        ("The trial over the dispersal of the sit-in in August 2013, when about 1,000 people "
         "were killed by Egyptian security forces, was set for December 12.", "2013-08"),
        ("Relations have been tense since March 30, when Egyptian police killed ten "
         "protesters.", "2015-03-30"),
        # the twin: with no "when", the clause's own date
        ("Egyptian police killed ten protesters on Monday.", "2015-09-14"),
    ],
)  # fmt: skip
def test_a_when_clause_is_dated_by_its_date(coder: Coder, text: str, expected: str) -> None:
    coded = coder.code(make_article(text, D2015))
    killings = [e for e in coded.events if e.cameo.startswith("19")]
    assert killings and all(e.date == expected for e in killings), [
        (e.cameo, e.date) for e in coded.events
    ]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # support for a murder approves of no one it befell
        ("Hamas expressed support for the murder of Israeli journalists.", None,
         ("PSE", "ISR", "05")),
        # the twin: support for the journalists themselves
        ("Hamas expressed support for Israeli journalists.", ("PSE", "ISR", "05"), None),
    ],
)  # fmt: skip
def test_support_for_a_killing_is_no_approval_of_its_victims(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # independence shown is a quality, no demonstration
        ("Germany demonstrated its independence of the European Commission.", None,
         ("DEU", None, "14")),
        # the twin: support demonstrated for someone is approval
        ("Germany demonstrated its support for France.", ("DEU", "FRA", "05"), None),
    ],
)  # fmt: skip
def test_independence_shown_is_no_protest(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an attack its adjective calls one of words is criticism, whoever made it
        ("The Archbishop of Canterbury launched a strongly worded attack on the British "
         "government.", ("GBR", "GBR", "11"), ("GBR", "GBR", "19")),
        # the twin: an air attack is force
        ("Israel launched an air attack on Hamas.", ("ISR", "PSE", "19"), None),
    ],
)  # fmt: skip
def test_a_worded_attack_is_criticism(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # a present after a present may still be asked for
        ("Britain suggests Iran releases the sailors.", ("GBR", "IRN", "02")),
        # whom those a ban names would talk to is whom it was aimed at
        ("The United States lifted its ban on its diplomats speaking with North Korean "
         "diplomats.", ("USA", "PRK", "08")),
    ],
)  # fmt: skip
def test_the_twins_of_claims_and_phrases_still_code(
    root_dyads_of: Callable[[str, date], set[Dyad]], text: str, present: Dyad
) -> None:
    assert present in root_dyads_of(text, D2005)


def test_a_when_clause_with_no_date_before_it_keeps_its_own(coder: Coder) -> None:
    text = "A crisis ensued in 1995 when Croatian police arrested the mayor in April."
    coded = coder.code(make_article(text, D2015))
    arrests = [e for e in coded.events if e.cameo.startswith("17")]
    assert arrests and all(e.date == "2015-04" for e in arrests), [
        (e.cameo, e.date) for e in coded.events
    ]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what an act is done "for" doing is why, not at whom ("punish X for bribing Y")
        ("The United States decided to punish the wheat exporter for bribing the Iraqi "
         "regime.", None, ("USA", "IRQ", "17")),
        # the twins: the one punished, named as the object, is the target; what is called
        # "for" is what is asked
        ("The US sanctioned Russia for annexing Crimea.", ("USA", "RUS", "16"), None),
        ("The Arab League called for convening an urgent meeting of the UN Security "
         "Council.", ("IGO", "IGO", "10"), None),
        # troops brought home are withdrawn, no aid to anyone at home
        ("Trump announced he was bringing the troops home.", None, ("USA", "USA", "07")),
        # the twin: troops delivered to another state are military aid
        ("Russia delivered troops to Syria.", ("RUS", "SYR", "07"), None),
    ],
)  # fmt: skip
def test_what_an_act_was_for_and_forces_brought_home(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, date(2018, 12, 21), present, absent)


@pytest.mark.parametrize(
    ("text", "event", "told"),
    [
        # a claim noun's clause, with or without "that", is not told as done
        ("Britain hit back at Russian claims it had used civilians as human shields.",
         ("GBR", "RUS", "18", "asserted"), False),
        # what one "was supposed to" do is expected, not done
        ("The Zambian president was supposed to visit South Africa two weeks ago.",
         ("ZMB", "ZAF", "04", "hypothetical"), True),
        # the twins: the act told as done
        ("Britain used Russian civilians as human shields, Russia said.",
         ("GBR", "RUS", "18", "asserted"), True),
        ("The Zambian president visited South Africa two weeks ago.",
         ("ZMB", "ZAF", "04", "asserted"), True),
    ],
)  # fmt: skip
def test_claims_and_expectations_are_not_told_as_done(
    modal_events_of: Callable[[str, date], list[ModalEvent]],
    text: str,
    event: ModalEvent,
    told: bool,
) -> None:
    found = modal_events_of(text, D2005)
    assert (event in found) is told, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an infinitive with its own "to" after "stop V-ing" is agreed to, not stopped
        ("Japan agreed to stop dumping microchips and to allow the United States access to "
         "its market.", None, ("JPN", "USA", "12")),
        # "as" after an object names what the object is taken for
        ("Maoist rebels beat up a villager in Bihar, branding him as a police informer.",
         None, ("IND", "IND", "11")),
        # the twin: the one praised "as" a partner is still the target
        ("China praised Pakistan as a reliable partner.", ("CHN", "PAK", "05"), None),
    ],
)  # fmt: skip
def test_infinitive_conjuncts_and_labels(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


def test_such_as_names_some_of_those_acted_on(
    root_dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    # the guard of "as" after an object: "such as" names some of the object
    text = (
        "The US has cautiously backed rebel groups, on and off, such as the Kurd-led Syrian "
        "Democratic Forces."
    )
    assert ("USA", "SYR", "05") in root_dyads_of(text, date(2018, 4, 9))
