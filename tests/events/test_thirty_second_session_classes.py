"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, thirty-second session: `audit` seeds 10273 onwards).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.pipeline import Coder, make_article

Dyad = tuple[str | None, str | None, str]
D2019 = date(2019, 3, 14)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # support one wants or expects is asked of another (02), no intent to give it
        ("Erdogan wants Russian support for the operation in Idlib.", ("TUR", "RUS", "02"),
         ("TUR", None, "03")),
        ("Kenya expects British backing for its bid.", ("KEN", "GBR", "02"), ("KEN", None, "03")),
        ("Haiti wants Canadian aid after the storm.", ("HTI", "CAN", "02"), None),
        # the twins: wanting to support, offering support, still intends or gives it
        ("Japan wants to support the Philippines.", ("JPN", "PHL", "03"), None),
        ("Norway offered its support to Colombia.", ("NOR", "COL", "03"), None),
    ],
)  # fmt: skip
def test_support_wanted_is_asked_of_another(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an act aimed at someone, joined or taken part in, is the joiner's act on them
        ("Belgium joined the NATO offensive against Libya.", ("BEL", "LBY", "19"),
         ("BEL", "LBY", "06")),
        ("Poland will join the sanctions against Belarus.", ("POL", "BLR", "16"), None),
        ("Danish jets took part in the military operation against the Houthis.", None,
         ("DNK", "YEM", "03")),
        # cooperation is never with whom an "against" phrase names
        ("Denmark joined the air campaign against Islamic State.", None, ("DNK", "IMG", "05")),
        ("Norway joined the fight against al-Shabaab.", None, ("NOR", "SOM", "06")),
        ("Ghana and Togo agreed to cooperate against Burkina Faso.", None, ("GHA", "BFA", "03")),
        # the twins: a coalition or a campaign joined with a partner still codes its own verb
        ("Belgium joined the coalition with France.", ("BEL", "FRA", "05"), None),
        ("Egypt agreed to help Sudan against the militias.", ("EGY", "SDN", "03"), None),
        # sanctions against someone, lifted, are eased on them (08)
        ("Canada lifted its sanctions against Cuba.", ("CAN", "CUB", "08"), None),
    ],
)  # fmt: skip
def test_joining_what_is_aimed_at_someone(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a place freed is ground fought for, no release or concession (08) to the place
        ("Ukrainian troops liberated Kherson.", None, ("UKR", "UKR", "08")),
        ("The Nigerian army freed the town from Boko Haram.", None, ("NGA", "NGA", "08")),
        ("Iraqi forces liberated most of Anbar province from Islamic State.", None,
         ("IRQ", "IRQ", "08")),
        # the twins: people freed are released
        ("Ukraine freed 40 Russian prisoners.", ("UKR", "RUS", "08"), None),
        ("Iraq liberated dozens of Kuwaiti detainees.", ("IRQ", "KWT", "08"), None),
    ],
)  # fmt: skip
def test_a_place_freed_is_no_release(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a recruit signs up: no cooperation
        ("Former British prime minister Harold Wilson enlisted in the Royal Navy.", None,
         ("GBR", "GBR", "06")),
        # the twin: enlisting another's help still codes
        ("The United States enlisted Kenya's help in the search.", ("USA", "KEN", "06"), None),
    ],
)  # fmt: skip
def test_enlisting_in_the_forces(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what another says, called baseless or a lie, is denied (016)
        ("Nigeria's envoy said Ghanaian allegations of smuggling were baseless.",
         ("NGA", "GHA", "016"), None),
        ("Morocco called the Algerian accusations unfounded.", ("MAR", "DZA", "016"), None),
        # the twins: a negated judgement denies nothing; criticism stays criticism
        ("Nigeria's envoy said Ghanaian allegations of smuggling were not baseless.", None,
         ("NGA", "GHA", "016")),
        ("Morocco called the Algerian decision unacceptable.", ("MAR", "DZA", "111"), None),
        # an adjective parsed as the object's modifier after it is still the name given: no
        # telephone call; the twin, a call with no name given, stays one
        ("Morocco called the Algerian decision unacceptable.", None, ("MAR", "DZA", "041")),
        ("Morocco called the Algerian foreign minister on Monday.", ("MAR", "DZA", "041"), None),
    ],
)  # fmt: skip
def test_claims_called_baseless_are_denied(
    assert_country_codes: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_country_codes(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # another actor one wants to act is appealed to (02)
        ("Jordan wants Israel to reopen the crossing.", ("JOR", "ISR", "02"), None),
        ("Seoul wanted Tokyo to apologise for the remarks.", ("KOR", "JPN", "02"), None),
        # the twins: wanting to act oneself is an intent; wanting a thing to happen asks no one
        ("Jordan wants to reopen the crossing with Israel.", None, ("JOR", "ISR", "02")),
        ("Jordan wants oil prices to fall.", None, ("JOR", None, "02")),
        # a guess at another's wish makes no appeal
        ("Jordan may want Israel to reopen the crossing.", None, ("JOR", "ISR", "02")),
        # a state wished is no act asked for, nor a thing wanted to end
        ("Jordan wants Israel to remain calm.", None, ("JOR", "ISR", "02")),
        ("Israel has been cautious, but the Jordanian king said he wanted it to end.", None,
         ("JOR", "ISR", "02")),
    ],
)  # fmt: skip
def test_wanting_another_to_act(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # whom a spy works for is no one spied on
        ("A former Iranian diplomat spied for the CIA for a decade.", None, ("IRN", "USA", "09")),
        # the twin: spying on someone still codes
        ("Iran spied on Israeli officials for a decade.", ("IRN", "ISR", "09"), None),
    ],
)  # fmt: skip
def test_spying_for_an_employer(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # pressing another to act, or pressing for something, asks for it (02)
        ("Egypt pressed Hamas to accept the truce.", ("EGY", "PSE", "02"), None),
        ("The EU pressured Serbia to arrest the general.", ("IGO", "SRB", "02"), None),
        ("France is pushing for a ceasefire in Mali.", ("FRA", "MLI", "02"), None),
        # a finite verb after an infinitive is the first verb's conjunct, with its subject
        ("The Kenyan president urged Uganda to act and pressed Rwanda to withdraw its troops.",
         ("KEN", "RWA", "02"), ("UGA", "RWA", "02")),
        # carrying on is no attack; the twin: one pressing on nowhere pushes no one
        ("The Italian government will press on with its pension reform.", None,
         ("ITA", None, "19")),
        ("The Italian government will press on with its pension reform.", None,
         ("ITA", None, "02")),
    ],
)  # fmt: skip
def test_pressing_another_to_act(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "dyad", "modality"),
    [
        # what happens "in the event that" or "in case" is a condition, not done
        ("Tokyo will respond in the event that North Korea attacks Japan.",
         ("PRK", "JPN", "19"), "hypothetical"),
        ("In case Russia invades Estonia, NATO will respond.", ("RUS", "EST", "19"),
         "hypothetical"),
        # the twin: "in the case of" says what it is about, and the act is done
        ("In the case of the border post, Armenia attacked Azerbaijan on Monday.",
         ("ARM", "AZE", "19"), "asserted"),
    ],
)  # fmt: skip
def test_in_the_event_that_is_a_condition(
    modality_by_dyad: Callable[[str, date], dict[Dyad, str]],
    text: str,
    dyad: Dyad,
    modality: str,
) -> None:
    assert modality_by_dyad(text, D2019).get(dyad) == modality


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # rebels who attack a government are that state's, not the reporting country's
        ("Turkey says rebels attacked Baghdad overnight.", ("IRQ", "IRQ", "19"),
         ("TUR", "IRQ", "19")),
        ("Insurgents shelled Kabul, India said.", ("AFG", "AFG", "19"), ("IND", "AFG", "19")),
    ],
)  # fmt: skip
def test_rebels_attacking_a_government_are_its_state(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "him" is no news outlet the speaker talked to
        ("Talking to CNN, Lindqvist said Islamic State had tortured him in prison.", None,
         ("IMG", "USA", "18")),
        # the twin: a person named before it still is
        ("Speaking to CNN, a Dutch aid worker said Islamic State had tortured him.",
         ("IMG", "NLD", "18"), None),
    ],
)  # fmt: skip
def test_him_is_no_news_outlet(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a dateline whose country the story names nowhere else (where diplomats meet) does
        # not outweigh the country it names again and again: its opposition is that country's
        ("GENEVA (AFP) - A Sri Lankan opposition delegation on Monday urged the UN to send "
         "monitors to Sri Lanka.\n\nRights groups say torture is widespread in Sri Lanka, that "
         "prisons in Sri Lanka are full and that camps in Sri Lanka hold thousands.\n\nThe "
         "opposition accused the government of torturing its supporters.",
         ("LKA", "LKA", "11"), ("CHE", "CHE", "11")),
        # the twin: a dateline the story is from still gives its country
        ("COLOMBO (AFP) - Rights groups say torture is widespread and prisons are full, a "
         "report sent to the UN in Geneva said.\n\nThe opposition accused the government of "
         "torturing its supporters.", ("LKA", "LKA", "11"), None),
    ],
)  # fmt: skip
def test_a_venue_dateline_is_not_the_story_country(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    "text",
    [
        # "mufti" is a cleric's title, not the family name of an Iraqi minister
        "the mufti-e-shahr maulana abdul karim appealed to members of his community to keep "
        "the peace.",
        "The Grand Mufti, Sheikh Ahmed, said the attack was a crime.",
    ],
)
def test_a_mufti_is_no_namesake(coder: Coder, text: str) -> None:
    coded = coder.code(make_article(text, D2019))
    assert not any((m.actor.code or "").startswith("IRQ") for m in coded.mentions)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a decision welcomed is approved of; whose decision it is is no guest
        ("The Danish embassy welcomed the Serbian leaders' decision.", None,
         ("DNK", "SRB", "04")),
        # the twin: a leader welcomed is hosted
        ("Denmark welcomed the Serbian prime minister.", ("DNK", "SRB", "04"), None),
    ],
)  # fmt: skip
def test_a_possessor_is_not_the_object(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "all of us" mobilised are rallied, no forces moved
        ('"This vote should mobilise all of us to reform," the Albanian premier said.', None,
         ("ALB", None, "13")),
        # the twin: troops mobilised are
        ("Albania mobilised 5,000 reservists.", ("ALB", None, "15"), None),
        # weather braved is no authority defied
        ("Thousands of Albanians defied heavy rain to rally in Tirana.", None,
         ("ALB", "ALB", "12")),
        ("Thousands of Albanians defied a police ban to rally in Tirana.", ("ALB", "ALB", "12"),
         None),
    ],
)  # fmt: skip
def test_rallied_people_and_braved_weather(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a trip or a holiday cut short halts no talks
        ("The Kenyan president cut short his holiday in Italy.", None, ("KEN", "ITA", "16")),
        ("The Chilean foreign minister cut short his visit to Peru.", None, ("CHL", "PER", "16")),
        # the twin: talks cut short are halted
        ("Chile cut short its talks with Peru.", ("CHL", "PER", "16"), None),
    ],
)  # fmt: skip
def test_a_trip_cut_short_halts_no_talks(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a partner named by "with", known or not, is whom one meets: the city is the place
        ("Somalia's president met with clan elders in Nairobi.", None, ("SOM", "KEN", "04")),
        ("The Brazilian finance minister held talks in New York with private bankers.", None,
         ("BRA", "USA", "04")),
        # the twin: with no partner named, the host country is the target, as the gold sets
        # code it
        ("The Iraqi foreign minister arrived in Amman for talks.", ("IRQ", "JOR", "04"), None),
    ],
)  # fmt: skip
def test_a_partner_named_is_not_the_place(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # travellers returning from a place are coming back: no visit to it
        ("Hundreds of Nigerian pilgrims returning from Mecca in Saudi Arabia were stranded at "
         "the airport.", None, ("NGA", "SAU", "04")),
        # the twin: travelling to a place visits it
        ("The Nigerian foreign minister travelled to Riyadh in Saudi Arabia for talks.",
         ("NGA", "SAU", "04"), None),
    ],
)  # fmt: skip
def test_returning_from_a_place_is_no_visit(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)
