"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds and on the public sets' misses (issue 16, twenty-eighth session: `audit` seeds 10239
onwards, 48 items each).

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
        # a headline's plural present reports a nominal event as done, as the past does
        ("Air strikes by Turkish jets on a Syrian village kill 14 people.",
         ("TUR", "SYR", "19"), None),
        ("Clashes between Armenian and Azerbaijani troops leave six dead.",
         ("ARM", "AZE", "19"), None),
        # the twin: the past tense codes as before
        ("Air strikes by Turkish jets on a Syrian village killed 14 people.",
         ("TUR", "SYR", "19"), None),
    ],
)  # fmt: skip
def test_a_nominal_event_reported_in_the_plural_present(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a verb with no object of its own, joined to the next, shares its object
        ("Egypt said its troops killed or wounded 40 Libyan fighters.", ("EGY", "LBY", "19"),
         None),
        ("Moroccan police arrested and charged three Algerian smugglers.",
         ("MAR", "DZA", "17"), None),
        # the twins: a verb of the other side shares none ("arrived" at no one), and a verb
        # with an object of its own keeps it
        ("Kenyan police arrived and arrested five Somali men.", ("KEN", "SOM", "17"),
         ("KEN", "SOM", "04")),
        ("Egyptian troops killed two smugglers and wounded 40 Libyan fighters.", None,
         ("EGY", "LBY", "18")),
    ],
)  # fmt: skip
def test_coordinated_verbs_share_an_object(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an attack on a cost, price or tax is words against a policy, no force
        ("The Labour leader launched an attack on the cost of the government's rail plan.",
         None, (None, None, "19")),
        ("Ghana's opposition attacked the price of the new fuel levy.", None,
         ("GHA", "GHA", "19")),
        # the twin: an attack on a place or an actor is force
        ("Malian rebels launched an attack on the army in Kidal.", ("MLI", "MLI", "19"),
         None),
    ],
)  # fmt: skip
def test_an_attack_on_a_cost_is_criticism(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a boycott one state imposes on another is a sanction (163), not a protest (143)
        ("Saudi Arabia and Egypt imposed an economic boycott on Qatar.",
         ("SAU", "QAT", "16"), ("SAU", "QAT", "14")),
        # the twin: a boycott staged by workers is their protest
        ("Egyptian workers staged a boycott of Israeli goods.", ("EGY", "ISR", "14"),
         ("EGY", "ISR", "16")),
    ],
)  # fmt: skip
def test_a_boycott_imposed_is_a_sanction(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the accused is the object: where the act it is accused of took place is no one
        # blamed, whether or not the object is a known actor
        ("Israel accused its arch-enemy of building a military foothold in Syria.", None,
         ("ISR", "SYR", "11")),
        ("Nigeria accused the sect of hiding weapons in Cameroon.", None,
         ("NGA", "CMR", "11")),
        # the twin: a named accused is the target
        ("Israel accused Iran of building a military foothold in Syria.",
         ("ISR", "IRN", "11"), ("ISR", "SYR", "11")),
    ],
)  # fmt: skip
def test_where_the_alleged_act_took_place_is_not_the_accused(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a page's list of related headlines is no report of the story
        ("Police fired tear gas at protesters in Ahmedabad. related stories modi visits "
         "riot-hit areas advani meets shankaracharya", None, ("IND", "IND", "04")),
        ("Police fired tear gas at protesters in Ahmedabad. Related articles: Pakistan "
         "attacks Indian posts in Kashmir", None, ("PAK", "IND", "19")),
        # the twin: the same headline as the story's own sentence codes
        ("Police fired tear gas at protesters in Ahmedabad. Pakistan attacks Indian posts "
         "in Kashmir.", ("PAK", "IND", "19"), None),
    ],
)  # fmt: skip
def test_copied_navigation_is_not_coded(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a sanction eased, relaxed or loosened is eased (08), as one lifted is
        ("Serbia eased emergency measures in Montenegro.", ("SRB", "MNE", "08"), None),
        ("Israel relaxed the blockade of Gaza.", ("ISR", "PSE", "08"), None),
        ("Washington loosened sanctions on Venezuela.", ("USA", "VEN", "08"), None),
        # tightened, it is imposed the more
        ("NATO tightened the naval blockade of Serbia.", ("IGO", "SRB", "19"), None),
        ("The European Union tightened sanctions on Belarus.", ("IGO", "BLR", "16"), None),
        # the twin: tensions eased are no sanction eased
        ("Egypt eased tensions with Sudan.", None, ("EGY", "SDN", "08")),
    ],
)  # fmt: skip
def test_a_sanction_eased_or_tightened(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an amount "of" aid given is the aid given, as an amount "in" aid is
        ("Japan gave Ghana 5 million dollars of aid.", ("JPN", "GHA", "07"), None),
        ("Japan gave Ghana 5 million dollars in aid.", ("JPN", "GHA", "07"), None),
        # the twin: an amount of no act is no event
        ("Japan gave Ghana 5 million dollars of its reserves.", None, ("JPN", "GHA", "07")),
    ],
)  # fmt: skip
def test_an_amount_of_aid(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a nominal event told in the progressive is reported as going on
        ("Palestinian riots against Israeli policies are still continuing.",
         ("PSE", "ISR", "14"), None),
        # the twin: one that only may happen is not reported
        ("Palestinian riots against Israeli policies may continue.", None,
         ("PSE", "ISR", "14")),
    ],
)  # fmt: skip
def test_a_nominal_event_in_the_progressive(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "the US" in a reported clause is the country, not "us", the speaker
        ("Turkey's prime minister warned that refugees would leave if the US forces fighting "
         "in Syria were given a role.", None, ("TUR", "SYR", "19")),
        # the twin: "we" in a quote is the speaker
        ('"We will attack the rebels," the Turkish minister said.', ("TUR", "TUR", "13"),
         None),
    ],
)  # fmt: skip
def test_the_us_is_not_us(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # helping to get another to act is pressure on them, no aid to them
        ("Britain helped persuade the United States to pull out.", None,
         ("GBR", "USA", "07")),
        ("Israel was credited with helping convince the United States to leave the deal.",
         None, ("ISR", "USA", "07")),
        # the twin: helping to rebuild a country aids it
        ("Japan helped rebuild Somalia.", ("JPN", "SOM", "07"), None),
    ],
)  # fmt: skip
def test_helping_persuade_is_no_aid(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # officials of a people of several states are not of the state described before
        ("Turkish soldiers entered Afrin. Kurdish officials asked the Syrian government to "
         "intervene.", None, ("TUR", "SYR", "02")),
        # the twin: bare officials are of it
        ("Turkish soldiers entered Afrin. Officials asked the Syrian government to "
         "intervene.", ("TUR", "SYR", "02"), None),
    ],
)  # fmt: skip
def test_officials_of_a_shared_people(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the country a dateline names after the city says which town it is
        ("BRUNSWICK, West Germany, April 7 - Police arrested the former head of a bank, the "
         "state prosecutor said.", ("DEU", "DEU", "17"), ("USA", "USA", "17")),
        # the twin: a dateline with no country is the city's
        ("BONN, April 7 - Police arrested the former head of a bank, the state prosecutor "
         "said.", ("DEU", "DEU", "17"), ("USA", "USA", "17")),
    ],
)  # fmt: skip
def test_a_dateline_names_its_country(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a strike "on" a day is a stoppage of work, not a strike on anyone
        ("Millions of Indian workers are taking part in a mass strike on Thursday against "
         "the labour reform.", ("IND", "IND", "14"), ("IND", "IND", "19")),
        # the twin: a strike on a place is an attack
        ("Israeli strikes on Gaza killed 12 people.", ("ISR", "PSE", "19"), None),
    ],
)  # fmt: skip
def test_a_strike_on_a_day_is_a_stoppage(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # refusing to deny, as to confirm, is declining comment, no rejection of anyone
        ("The Iranian government refused to deny that its forces seized the British tanker.",
         None, ("IRN", None, "12")),
        ("Iran refused to confirm or deny the report.", None, ("IRN", None, "12")),
        # the twin: a denial is a denial
        ("Iran denied that its forces seized the British tanker.", ("IRN", None, "01"), None),
    ],
)  # fmt: skip
def test_refusing_to_deny_is_no_rejection(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # calling someone to act is an appeal, as calling on them to act is
        ("Algeria called Chinese businessmen to invest more in Africa.", ("DZA", "CHN", "02"),
         ("DZA", "CHN", "04")),
        ("Algeria called on Chinese businessmen to invest more in Africa.",
         ("DZA", "CHN", "02"), None),
        # the twin: calling someone with no act asked is a telephone call
        ("Algeria's president called the Chinese premier on Monday.", ("DZA", "CHN", "04"),
         ("DZA", "CHN", "02")),
    ],
)  # fmt: skip
def test_calling_someone_to_act_is_an_appeal(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what is introduced is the act its noun names, no meeting
        ("Britain introduced sanctions against Sudan.", ("GBR", "SDN", "16"),
         ("GBR", "SDN", "04")),
        ("The changes were introduced by France to win over Russia.", None,
         ("FRA", "RUS", "04")),
    ],
)  # fmt: skip
def test_introduced_measures_are_their_noun(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # killed in a gunfight with police: the gunfight names both sides, and no one
        # unnamed did the killing
        ("A militant of Jamaat-ul-Mujahideen Bangladesh was killed in a gunfight with police "
         "in Gaibandha.", ("BGD", "BGD", "19"), (None, "BGD", "19")),
        # the twin: a gunfight that names no other side leaves the killer unnamed
        ("Two militants were killed in a gunfight in Kupwara, Kashmir.", (None, "IND", "19"),
         None),
    ],
)  # fmt: skip
def test_killed_in_a_fight_with_a_named_side(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what a verb does after an attack is not what the attack did
        ("Fighting raged in Syria. He volunteered to fight against Islamic State following "
         "the Manchester terrorist attack.", None, ("SYR", "IMG", "19")),
        # the twin: those killed in an attack are its targets
        ("Four Armenian soldiers were killed in an Azerbaijani attack.", ("AZE", "ARM", "19"),
         None),
    ],
)  # fmt: skip
def test_a_verb_after_an_attack_is_not_its_target(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a capital in capitals opening a story is its dateline, even with the dash stripped
        ("BAGHDAD US warplanes fired on targets in Sadr City on Thursday.",
         ("USA", "IRQ", "19"), ("IRQ", "IRQ", "19")),
        # the twin: a city's police are of the city's country
        ("Baghdad police arrested five Syrian men.", ("IRQ", "SYR", "17"), None),
    ],
)  # fmt: skip
def test_a_dateline_without_its_dash(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


D2015_TUESDAY = date(2015, 9, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date in the complement of an agreement dates the complement, not the agreement
        ("EU ministers agreed to reconvene on October 8.", "2015-09-15"),
        # a date between a past verb and its complement is the verb's own, and past
        ("Ethiopia and Eritrea agreed on Monday to resume talks.", "2015-09-14"),
        ("Ethiopia pledged on Sunday to withdraw its troops from Badme.", "2015-09-13"),
    ],
)  # fmt: skip
def test_the_date_of_an_agreement_to_act(coder: Coder, text: str, expected: str) -> None:
    coded = coder.code(make_article(text, D2015_TUESDAY))
    promises = [e for e in coded.events if e.cameo.startswith("03")]
    assert promises and all(e.date == expected for e in promises), [
        (e.cameo, e.date) for e in coded.events
    ]


def _country_codes(dyads_of: Callable[[str, date], set[Dyad]], text: str) -> set[Dyad]:
    """(source country, target country, full CAMEO code) of each event of a text."""
    return {(s and s[:3], t and t[:3], code) for s, t, code in dyads_of(text, D2019)}


@pytest.mark.parametrize(
    "text",
    [
        # a relative pronoun after a preposition stands for the noun its clause qualifies
        "Ankara's claims about the PKK, with whom Turkey has fought an insurgency inside "
        "Turkish borders, have dogged relations.",
        "Turkey attacked the PKK, against whom it has fought for decades.",
    ],
)
def test_a_relative_pronoun_after_a_preposition(
    dyads_of: Callable[[str, date], set[Dyad]], text: str
) -> None:
    fights = {(s, t) for s, t, code in dyads_of(text, D2019) if code.startswith("19")}
    assert ("TUR", "TURREB") in fights, fights


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a building or vehicle set on fire is property destroyed, as one torched is
        ("Miscreants set ablaze several shops in Ahmedabad, India.", ("IND", "IND", "1712"),
         ("IND", "IND", "180")),
        ("Miscreants set a police station on fire in Ahmedabad, India.", ("IND", "IND", "1712"),
         None),
        ("Miscreants set fire to a bus in Ahmedabad, India.", ("IND", "IND", "1712"), None),
        # the twin: setting fire to no building or vehicle keeps CAMEO's own code
        ("Miscreants set fire to the crops of villagers in Ahmedabad, India.", None,
         ("IND", "IND", "1712")),
    ],
)  # fmt: skip
def test_set_on_fire_is_property_destroyed(
    dyads_of: Callable[[str, date], set[Dyad]],
    text: str,
    present: Dyad | None,
    absent: Dyad | None,
) -> None:
    found = _country_codes(dyads_of, text)
    if present is not None:
        assert present in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the police a state deploys are its own, not whom it acts on
        ("Israel deployed an extra 800 police officers in Jerusalem.", None,
         ("ISR", "ISRCOP", "153")),
        # the twin: what its officials say the police will do is aimed at whom they name
        ("Cairo's security chief warned that police would no longer tolerate rallies by the "
         "Kifaya group.", ("EGYGOV", "EGYCOP", "130"), None),
    ],
)  # fmt: skip
def test_the_police_a_state_deploys_are_its_own(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a sanction is eased for someone: with no one named, a policy changed, no event
        ("Taiwan relaxed restrictions to allow more students to study there.", None,
         ("TWN", None, "08")),
        # the twins: eased for someone named, or a curfew lifted at home
        ("Taiwan relaxed restrictions on students from China.", ("TWN", "CHN", "08"), None),
        ("Egypt lifted the curfew.", ("EGY", None, "08"), None),
    ],
)  # fmt: skip
def test_a_sanction_is_eased_for_someone(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "at no time", "at no point" deny the verb as "never" does
        ("At no time did Russia meet the Ukrainian envoy.", "negated"),
        ("At no point did Russia meet the Ukrainian envoy.", "negated"),
        # the twin: a time with no "no" dates the act
        ("At that time Russia met the Ukrainian envoy.", "asserted"),
    ],
)
def test_at_no_time_denies_the_act(
    modality_by_dyad: Callable[[str, date], dict[Dyad, str]], text: str, expected: str
) -> None:
    found = modality_by_dyad(text, D2019)
    assert found.get(("RUS", "UKR", "04")) == expected, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a meeting arranged or talks scheduled are planned: an intent to meet, not a meeting
        ("A security meeting has been arranged between the Israelis and the Palestinians.",
         ("ISR", "PSE", "03"), ("ISR", "PSE", "04")),
        ("Talks between Israel and Syria have been scheduled for next week.",
         ("ISR", "SYR", "03"), ("ISR", "SYR", "04")),
        # the twin: talks held were held
        ("Talks between Israel and Syria were held on Monday.", ("ISR", "SYR", "04"),
         ("ISR", "SYR", "03")),
    ],
)  # fmt: skip
def test_a_meeting_arranged_is_planned(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a cause or a plan that "threatens" is a risk, no one's threat
        ("The absence of the US president was threatening to overshadow the Russian summit.",
         None, ("USA", None, "13")),
        ("Russia's plan threatens to derail the talks with Ukraine.", None,
         ("RUS", "UKR", "13")),
        # the twin: an actor's threat is a threat
        ("Russia threatened to derail the talks with Ukraine.", ("RUS", "UKR", "13"), None),
    ],
)  # fmt: skip
def test_a_risk_is_no_threat(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # personal or rhetorical attacks are words
        ("President Donald Trump escalated personal attacks on Mexico's president.",
         ("USA", "MEX", "11"), ("USA", "MEX", "19")),
        # one caught up in a scandal is involved in it, not arrested
        ("The Pakistani prime minister was caught up in a corruption scandal, Indian police "
         "said.", None, ("IND", "PAK", "17")),
        # the twin: an attack with no word of speech is force
        ("Mexican troops launched attacks on Guatemalan smugglers.", ("MEX", "GTM", "19"),
         None),
    ],
)  # fmt: skip
def test_personal_attacks_and_scandals(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a coalition a party leads is political, not an army
        ("Sonia Gandhi accused the BJP-led coalition of caving in to pressure.",
         ("IND", "INDPTY", "112"), ("IND", "INDMIL", "112")),
        # the twin: a coalition a state leads is its forces
        ("The French-led coalition attacked the Malian rebels.", ("FRAMIL", "MLIREB", "190"),
         None),
    ],
)  # fmt: skip
def test_a_party_led_coalition_is_political(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # one pushed into something is moved by the pusher, who occupies nothing
        ("Erdogan pushed Trump into a U-turn on Syria.", None, ("TUR", "USA", "19")),
        ("Turkey pushed the Kurdish fighters into Syria.", None, ("TUR", None, "19")),
        # the twins: troops that push into a country advance into it; a pattern of where
        # force was used ("in a bomb attack") is no motion
        ("Turkish troops pushed into northern Syria.", ("TUR", "SYR", "19"), None),
        ("Irish guerrillas wounded two British soldiers in a bomb attack.",
         ("IRL", "GBR", "19"), None),
    ],
)  # fmt: skip
def test_pushed_into_moves_the_object(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # fire aimed into a place is aimed at it, as "at" is
        ("Hamas fired rockets into Israel.", ("PSE", "ISR", "19"), None),
        ("Kenyan police fired into a crowd of protesters in Nairobi.", ("KEN", "KEN", "19"),
         None),
        # the twins: into the air or the sea, on no one
        ("Kenyan police fired into the air to disperse the crowd.", None,
         ("KEN", None, "19")),
        ("North Korea fired a missile into the Sea of Japan.", None, ("PRK", None, "19")),
    ],
)  # fmt: skip
def test_fire_into_a_place(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a suit for damages is a lawsuit (115), not a criminal charge (17x)
        ("A Saudi businessman is suing the United States for damages.", ("SAU", "USA", "11"),
         ("SAU", "USA", "17")),
    ],
)  # fmt: skip
def test_a_suit_for_damages_is_a_lawsuit(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a sea is no one's, whatever province bears its name (Sudan's Red Sea State)
        ("Saudi air strikes on a village in Yemen's Red Sea border area killed 25 people.",
         None, ("SAU", "SDN", "19")),
        # the twin: a province named for itself is its country's
        ("Saudi air strikes in Yemen's Red Sea province killed 25 people.",
         ("SAU", "YEM", "19"), None),
    ],
)  # fmt: skip
def test_a_sea_is_no_province(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)
