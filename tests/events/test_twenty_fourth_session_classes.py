"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, twenty-fourth session: `audit` seeds 10214 to 10217, 48 items each, many
shared).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Dyad = tuple[str | None, str | None, str]
D1987 = date(1987, 3, 19)
D2006 = date(2006, 12, 12)
D2017 = date(2017, 11, 10)
D2020 = date(2020, 9, 1)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a group with no name of its own acts for whoever leads it
        ("A seven-member team led by Bhutanese refugee leader Tek Nath Rijal met Nepal's "
         "Prime Minister Girija Prasad Koirala on Monday.", ("BTN", "NPL", "04"), None),
        ("A delegation headed by Chinese Foreign Minister Wang Yi held talks with Nepal's "
         "Prime Minister on Monday.", ("CHN", "NPL", "04"), None),
        # the twin: a group its own name qualifies is that group's, not its leader's
        ("Three Hizbul cadres led by a Pakistani commander attacked an Indian army post.",
         None, ("PAK", "IND", "19")),
    ],
)  # fmt: skip
def test_a_group_led_by_someone_acts_for_its_leader(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2006, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # seeking aid or backing asks for it; it is no intent to give it
        ("Nepal is seeking Indian help to resolve the refugee problem.",
         ("NPL", "IND", "02"), ("NPL", "IND", "03")),
        ("Nepal sought aid from India.", ("NPL", "IND", "02"), ("NPL", "IND", "03")),
        ("Nepal sought US backing for the plan.", ("NPL", "USA", "02"), None),
        # the twin: seeking talks still voices the intent to hold them
        ("Nepal sought talks with India.", ("NPL", "IND", "03"), None),
    ],
)  # fmt: skip
def test_seeking_aid_is_an_appeal_for_it(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2006, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a clause set apart before the verb by a dash is a statement of its own
        ("Britain and France want the EU budget capped at 1% - the European Commission has "
         "urged an increase.", None, ("IGO", "GBR", "02")),
        # the twin: a demand told before its verb, after a comma, is still its content
        ("Iran must halt enrichment, the United States demanded.", ("USA", "IRN", "10"), None),
    ],
)  # fmt: skip
def test_a_clause_set_apart_by_a_dash_is_no_complement(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2006, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what is asked in a letter or of someone summoned is asked of them
        ("DUP leader Arlene Foster has written to Irish Prime Minister Micheal Martin to "
         "request a meeting.", ("GBR", "IRL", "02"), None),
        ("Nigerian foreign minister Dubem Oniya summoned Niger's ambassador to complain of "
         "inaction over the gangs.", ("NGA", "NER", "11"), None),
        # the twin: those one leads in a ceremony are not whom the appeal is made to
        ("Australian Prime Minister John Howard led a group of Indonesian students in a "
         "ceremony in Sydney to appeal for calm.", None, ("AUS", "IDN", "02")),
    ],
)  # fmt: skip
def test_a_purpose_is_addressed_to_whom_the_letter_went(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2020, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a death where they fought is no act done to the place
        ("A total of four Danish citizens are known to have died in Iraq fighting or working "
         "with the Peshmerga.", None, ("DNK", "IRQ", "18")),
        # the twin: force that follows an act of force is done where that act was
        # (harm told after a bombing is the bombing, an assault: twenty-seventh session)
        ("Two Palestinian suicide bombers blew themselves up in Jerusalem, killing 26 people.",
         ("PSE", "ISR", "18"), None),
    ],
)  # fmt: skip
def test_fighting_after_a_death_takes_no_place_as_target(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2017, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # attacks on a plan, law or measure are words against it
        ("Belgrade trade union leaders have joined attacks on a controversial wage freeze in "
         "Yugoslavia.", ("YUG", None, "11"), ("YUG", "YUG", "18")),
        ("The Tories joined attacks on the government's budget plan.", None,
         ("GBR", None, "18")),
        # the twin: attacks on villages are force
        ("Serbian militias joined attacks on Bosnian villages.", ("YUG", "YUG", "19"), None),
    ],
)  # fmt: skip
def test_an_attack_on_a_measure_is_criticism(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D1987, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a body's name cut to its last word is the body named in full before it
        ("The UN Security Council adopted a statement on Thursday. Council members praised "
         "the Ugandan government.", ("IGO", "UGA", "05"), None),
        # the twin: a last word no body named before ends with names none of them
        ("The UN Security Council adopted a statement on Thursday. Commission members "
         "praised the Ugandan government.", None, ("IGO", "UGA", "05")),
    ],
)  # fmt: skip
def test_a_short_name_is_the_body_named_in_full(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2006, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the agents of a participle on a noun back what it qualifies, not each other
        ("The regime, backed by Russia and Iran, fought on.", None, ("RUS", "IRN", "05")),
        # the twins: what they qualify named, they act on it; an agreement is between them
        ("Assad, backed by Russia and Iran, fought on.", ("RUS", "SYR", "05"), None),
        ("The ceasefire, agreed by Russia and Turkey at a summit in Sochi, took effect.",
         ("RUS", "TUR", "03"), None),
    ],
)  # fmt: skip
def test_a_participles_agents_act_together(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2017, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # force told on a militant group the world fights is news of that war, no blame
        ("A Pentagon spokesman said the SDF had seized the last Isis strongholds.", None,
         ("USA", "SYR", "11")),
        # the twin: force told on a state accuses its doer
        ("Ukraine said Russian troops shelled Kharkiv.", ("UKR", "RUS", "11"), None),
    ],
)  # fmt: skip
def test_force_on_a_militant_group_accuses_no_one(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2017, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "they" after people its own sentence names, though no actor, is not bound to an
        # actor of the sentence before
        ("Turkish police evicted hundreds of Syrians in Edirne. Burkina Faso's army issued "
         "an ultimatum to coup leaders, hours after they released the prime minister.", None,
         ("TUR", "TUR", "08")),
        # the twin: with no such people, "they" is the actor of the sentence before
        ("Turkish police raided a house in Istanbul. Hours later they arrested two Syrians.",
         ("TUR", "SYR", "17"), None),
    ],
)  # fmt: skip
def test_they_after_unnamed_people_is_not_an_earlier_actor(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2017, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a place seized by its name is ground occupied, as "the town" is
        ("Islamic State captured Raqqa in early 2014.", ("IMG", "SYR", "19"),
         ("IMG", "SYR", "17")),
        ("The Taliban seized Kunduz on Monday.", ("AFG", "AFG", "19"), ("AFG", "AFG", "17")),
        # the twin: a thing seized is property
        ("Iran seized a British tanker in the Gulf.", ("IRN", "GBR", "17"), None),
    ],
)  # fmt: skip
def test_a_place_seized_by_name_is_ground_occupied(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2017, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an amount "in" aid is no aid to whom the clause names
        ("Hungarian Prime Minister Viktor Orban proposed $3 billion in EU aid for Syria's "
         "neighbours.", None, ("IGO", "HUN", "07")),
        # the twin: those who suffered in an attack were attacked
        ("Iraqi troops suffered heavy casualties in an Iranian offensive.",
         ("IRN", "IRQ", "19"), None),
    ],
)  # fmt: skip
def test_aid_is_given_to_no_one_the_clause_names_around_it(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2017, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a stance states take together is towards a third, not towards each other
        ("Russia and China supported the resolution.", None, ("RUS", "CHN", "05")),
        ("Britain and France backed the plan.", None, ("GBR", "FRA", "05")),
        # the twin: what they sign together is between them
        ("Israel and Jordan signed a peace treaty.", ("ISR", "JOR", "05"), None),
    ],
)  # fmt: skip
def test_a_stance_taken_together_is_not_towards_each_other(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2017, present, absent)
