"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, twenty-first session: `audit` seeds 10101 to 10107).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Dyad = tuple[str | None, str | None, str]
D2005 = date(2005, 11, 23)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # where a meeting was held is no one acted upon
        (
            "Bolivia's bank committee agreed at a meeting in New York to consider the offer.",
            ("BOL", None, "03"),
            ("BOL", "USA", "03"),
        ),
        (
            "Japan pledged aid at a donors conference in London.",
            ("JPN", None, "03"),
            ("JPN", "GBR", "03"),
        ),
        # the twin: a visit "for talks" in a capital is hosted there
        ("The Iraqi minister arrived for talks in Amman.", ("IRQ", "JOR", "04"), None),
        # ... and force done at a meeting is done to the place's country
        (
            "A US drone killed ten people at a meeting in Afghanistan.",
            ("USA", "AFG", "19"),
            None,
        ),
    ],
)
def test_a_meeting_place_is_no_target(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a past participle after a noun tells what was done to it, not by the verb's subject
        (
            "Pope Benedict spoke out in support of creches threatened with banishment.",
            None,
            ("VAT", None, "13"),
        ),
        (
            "The minister spoke in defence of farmers threatened with eviction by the army.",
            None,
            ("", None, "13"),
        ),
        # the twin: the subject's own threat still codes
        (
            "Pope Benedict, speaking in support of the creches, threatened the mayor with "
            "excommunication.",
            ("VAT", None, "13"),
            None,
        ),
    ],
)
def test_a_participle_after_its_noun_borrows_no_subject(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a kind or scourge of a social ill fought is that ill: no actor attacked
        ("Labour aggressively fought all forms of racism.", None, ("GBR", "GBR", "18")),
        ("The Nigerian army vowed to fight the scourge of terrorism.", None, ("NGA", "NGA", "19")),
        # the twin: kinds of people are people
        (
            "Labour activists attacked all kinds of Conservative campaigners.",
            ("GBR", "GBR", "18"),
            None,
        ),
    ],
)
def test_kinds_of_social_ills_are_no_actors(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # whom someone was involved in acting on was not acted on by his killers
        (
            "Pakistani security forces killed a terrorist involved in an assassination "
            "attempt on President Pervez Musharraf.",
            ("PAK", "PAK", "19"),
            ("PAKCOP", "PAKGOV", "190"),
        ),
        # the twin: the object itself is still acted on, at home
        (
            "Pakistani police arrested a terrorist in a raid on a hideout of the Taliban.",
            ("PAK", "PAK", "17"),
            None,
        ),
    ],
)
def test_whom_an_object_acted_on_is_not_the_target(
    assert_dyads: CheckPair,
    assert_roots: CheckPair,
    text: str,
    present: Dyad | None,
    absent: Dyad | None,
) -> None:
    assert_roots(text, D2005, present, None)
    assert_dyads(text, D2005, None, absent)


@pytest.mark.parametrize(
    ("text", "absent_root"),
    [
        # law-making and office holding are no events between actors
        ("The Australian state government introduced a new workers' compensation act.", "04"),
        ("The government introduced a new tax on fuel.", "04"),
        ("Erdogan has occupied the position of prime minister for a decade.", "19"),
        ("Tony Blair has signed up for another dose of pain.", "05"),
    ],
)
def test_idioms_of_law_office_and_enrolment_are_no_events(
    root_dyads_of: Callable[[str, date], set[Dyad]], text: str, absent_root: str
) -> None:
    assert all(code != absent_root for _, _, code in root_dyads_of(text, D2005))


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the twins of the idioms above still code
        ("Iraqi troops occupied the border town of Safwan.", ("IRQ", "IRQ", "19"), None),
        ("Turkey signed an agreement with Britain.", ("TUR", "GBR", "05"), None),
    ],
)
def test_occupation_and_signing_still_code(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "with" beside an "against" names an ally, wherever the parser hangs the "against"
        (
            "Syrian Kurdish militants fought with US forces against Islamic State.",
            None,
            ("SYR", "USA", "19"),
        ),
        (
            "Syrian Kurdish militants fought with US forces in the fight against Islamic State.",
            None,
            ("SYR", "USA", "19"),
        ),
        # the twin: with no one fought against, "with" names the foe
        (
            "Syrian troops fought with Turkish forces near Afrin.",
            ("SYR", "TUR", "19"),
            None,
        ),
    ],
)
def test_those_fought_with_against_a_foe_are_allies(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # residents who strike at no one stop work
        (
            "In Peru, angry residents of the Arequipa region are going to strike for 72 hours.",
            ("PER", None, "14"),
            ("PER", None, "18"),
        ),
        # the twin: residents who strike back at someone use force
        (
            "Indian villagers struck back at the Maoists in Bihar.",
            ("IND", "IND", "18"),
            ("IND", None, "14"),
        ),
    ],
)
def test_residents_on_strike_stop_work(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # troops who attack "for" something still use force
        (
            "Angolan troops are attacking Zaire for no reason, the statement said.",
            ("AGOMIL", "COD", "190"),
            ("AGOMIL", "COD", "111"),
        ),
        # the twin: a politician attacking someone "for" something criticises
        (
            "The Tory leader attacked Tony Blair for his failures.",
            ("GBRPTY", "GBRGOV", "111"),
            None,
        ),
        # a text that attacks attacks in words
        (
            "A Labour poster attacked Michael Howard.",
            ("GBRPTY", "GBR", "111"),
            ("GBRPTY", "GBR", "180"),
        ),
        (
            "A Labour statement attacked Michael Howard.",
            ("GBRPTY", "GBR", "111"),
            None,
        ),
        # ... while activists may come to blows
        (
            "Labour activists attacked Conservative campaigners.",
            ("GBRPTY", "GBRCVL", "180"),
            None,
        ),
    ],
)
def test_who_attacks_decides_force_or_words(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a preposition with an object of its own is no particle of force
        (
            "The EU presidency decided not to press further quotas on member states.",
            None,
            ("IGO", None, "19"),
        ),
        # the twin: the particle itself still presses on
        ("Russian troops pressed on towards Kiev.", ("RUS", "UKR", "19"), None),
        # ... and a request's "for" is read either way
        (
            "Kuwait has asked at least four countries, including the United States, for use "
            "of their flags.",
            ("KWT", "USA", "02"),
            None,
        ),
    ],
)
def test_a_preposition_with_an_object_is_no_particle_of_force(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "event", "modality"),
    [
        # what is done "without" doing something leaves it undone
        (
            "Israel released the prisoners without consulting Egypt.",
            ("ISR", "EGY", "04"),
            "negated",
        ),
        # the twin: a participle beside the clause is done
        (
            "Israel released the prisoners after consulting Egypt.",
            ("ISR", "EGY", "04"),
            "asserted",
        ),
    ],
)
def test_what_is_done_without_is_not_done(
    modality_by_dyad: Callable[[str, date], dict[Dyad, str]],
    text: str,
    event: Dyad,
    modality: str,
) -> None:
    found = modality_by_dyad(text, D2005)
    assert found.get(event) == modality, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # one killing is no mass killing
        ("Naxals killed a civilian in Jharkhand.", ("IND", "IND", "19"), ("IND", "IND", "20")),
        # the twin: a massacre is
        ("Naxals massacred villagers in Jharkhand.", ("IND", "IND", "20"), None),
    ],
)
def test_one_killing_is_no_mass_killing(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # whose jurisdiction a place is in names no one acted on
        (
            "Naxals abducted a trader under Benoor police station limits.",
            ("INDREB", "IND", "181"),
            ("INDREB", "INDCOP", "181"),
        ),
        # the twin: the police station attacked is the police's
        (
            "Naxals attacked the Benoor police station.",
            ("INDREB", "INDCOP", "190"),
            None,
        ),
    ],
)
def test_a_jurisdiction_names_no_target(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "it" in a clause of time or reason may be the state acted "on"
        (
            "The United States imposed sanctions on Iraq after it invaded Kuwait in 1990.",
            ("IRQ", "KWT", "19"),
            ("USA", "KWT", "19"),
        ),
        # the twin: in a participle's complement, the subject speaks on
        (
            "A Hong Kong group turned its wrath on Britain, saying it would stage protests "
            "at a visit by Margaret Thatcher.",
            None,
            ("GBR", "GBR", "14"),
        ),
    ],
)
def test_a_pronoun_after_a_state_acted_on(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, date(1997, 4, 18), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "they" told before its attribution is the group the sentence before named
        (
            "Suspected Muslim separatists raided two houses in Narathiwat province on "
            "Wednesday. They shot into houses with rifles, killing nine villagers, local police "
            "said.",
            ("THAREB", "THACVL", "190"),
            ("THACOP", "THA", "190"),
        ),
        # the twin: police named before are "they" too
        (
            "Thai police raided two houses in Narathiwat province on Wednesday. They arrested "
            "nine villagers, a local official said.",
            ("THACOP", "THACVL", "173"),
            None,
        ),
    ],
)
def test_they_before_the_attribution(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # where force came from is not whom it was aimed at
        (
            "The Taliban staged an attack from Afghanistan in Pakistan's Upper Dir District.",
            ("AFG", "PAK", "19"),
            ("AFG", "AFG", "19"),
        ),
        # the twin: whom an expulsion is "from" is acted on
        ("Britain expelled diplomats from Russia.", ("GBR", "RUS", "16"), None),
    ],
)
def test_where_force_came_from_is_no_target(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, date(2009, 7, 1), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what is approved of is an act or a thing, no one at home
        (
            "Former British chancellor Ken Clarke welcomed a relaxation of the rules.",
            None,
            ("GBR", "GBR", "05"),
        ),
        ("The British prime minister praised the decision.", None, ("GBR", "GBR", "05")),
        # the twins: people praised, and support given to someone the clause describes
        ("The British prime minister praised the farmers.", ("GBR", "GBR", "05"), None),
        (
            "The Prime Minister has thrown his full support behind the Governor-General, Dr "
            "Peter Hollingworth.",
            ("AUS", "AUS", "05"),
            None,
        ),
    ],
)
def test_what_is_approved_of_is_no_one_at_home(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, date(2002, 1, 1), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # those asked to act are the object of the asking, not the subject "they" resumes
        (
            "The CPI Maoist cadres attacked the camp of a construction firm in Bargarh "
            "District. About 25 armed Maoists raided the camp and asked all the 13 "
            "construction workers to leave. They then set ablaze six vehicles, he said.",
            ("INDREB", "IND", "1712"),
            ("INDLAB", None, "1712"),
        ),
    ],
)
def test_they_resumes_the_subject_not_those_asked(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a yielding forced on its doer is to the one who forced it, and is the event
        (
            "Iraqi troops forced Islamic State fighters to withdraw from Ramadi.",
            ("IMGMUSISI", "IRQMIL", "0874"),
            ("IRQMIL", "IMGMUSISI", "170"),
        ),
        (
            "Pressure from Russia forced Armenia to release the prisoners.",
            ("ARM", "RUS", "0841"),
            None,
        ),
        # the twin: a coercion to do what is no yielding stays a coercion
        (
            "Iraqi troops forced Islamic State fighters to flee.",
            ("IRQMIL", "IMGMUSISI", "170"),
            None,
        ),
    ],
)
def test_a_forced_retreat_is_the_event(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, date(2015, 9, 1), present, absent)


def test_thanked_people_are_addressed_at_home(
    root_dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    found = root_dyads_of("The Indian minister thanked the public.", D2005)
    assert ("IND", "IND", "05") in found, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what one did before a passive was done to him is his own act, not the agent's
        (
            "Palestinian hired gun Abu Nidal was murdered on the orders of Iraqi President "
            "Saddam Hussein after refusing to train al-Qaida fighters.",
            ("PSE", "IMG", "12"),
            ("IRQ", "IMG", "12"),
        ),
        # the twin: the passive's own agent still did the passive's act
        (
            "Palestinian hired gun Abu Nidal was murdered on the orders of Iraqi President "
            "Saddam Hussein after refusing to train al-Qaida fighters.",
            ("IRQ", "PSE", "19"),
            None,
        ),
    ],
)
def test_what_a_patient_did_before_is_his_own(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, date(2002, 8, 20), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a share in someone's loss is no aid to them
        ("Turkey has contributed to Syria's bottomless misery.", None, ("TUR", "SYR", "07")),
        # the twin: a contribution to a fund is
        ("Japan contributed to the UN relief fund for Syria.", ("JPN", "IGO", "07"), None),
    ],
)
def test_a_share_in_misery_is_no_aid(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, date(2001, 3, 20), present, absent)
