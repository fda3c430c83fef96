"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, twenty-third session: `audit` seeds 10207 to 10213) and in the `dev` split.

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Dyad = tuple[str | None, str | None, str]
D2005 = date(2005, 11, 23)
D2015 = date(2015, 9, 16)
D2018 = date(2018, 1, 25)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a participle with a "by" agent acts on the people or the name it qualifies
        ("Ten Palestinians killed by Israeli troops were buried on Friday.",
         ("ISR", "PSE", "19"), ("ISR", None, "19")),
        ("A Palestinian teenager killed by Israeli troops was buried on Friday.",
         ("ISR", "PSE", "19"), ("ISR", None, "19")),
        ("Assad, supported by Russia, wants to reassert control over all Syrian territory.",
         ("RUS", "SYR", "05"), ("RUS", None, "05")),
        ("Denmark, backed by the United States, filed a resolution on Thursday.",
         ("USA", "DNK", "05"), ("USA", None, "05")),
        # the twin: a thing it qualifies is no one acted on; its agents act on no one
        ("A statement signed by Russia and Ukraine was read out on Friday.", None,
         ("RUS", "UKR", "05")),
        ("Peterson took the oath at a ceremony attended by the French ambassador.", None,
         ("FRA", "USA", "01")),
    ],
)  # fmt: skip
def test_a_participle_acts_on_whom_it_qualifies(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a participle after the one written to says what the writing does
        ("The Iranian foreign minister wrote to the UN accusing Israel of aggression.",
         ("IRN", "ISR", "11"), ("IGO", "ISR", "11")),
        ("The Iranian foreign minister sent a letter to the UN accusing Israel of aggression.",
         ("IRN", "ISR", "11"), ("IGO", "ISR", "11")),
        ("Iran sent a letter to the Security Council urging Israel to withdraw.",
         ("IRN", "ISR", "02"), ("IGO", "ISR", "02")),
        # the twin: those the weapons are sent to do what the participle says
        ("Iran sent weapons to the Iraqi rebels fighting Turkey.", ("IRQ", "TUR", "19"),
         ("IRN", "TUR", "19")),
    ],
)  # fmt: skip
def test_a_writing_says_what_follows_its_addressee(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # support or aid withdrawn is reduced relations or aid stopped, no military retreat
        ("The US Senate has withdrawn support for Riyadh's war in Yemen.",
         ("USA", "SAU", "16"), ("USA", "SAU", "08")),
        ("France withdrew its aid to Rwanda.", ("FRA", "RWA", "16"), ("FRA", "RWA", "08")),
        # the twin: troops withdrawn are a retreat
        ("Israel withdrew its troops from Lebanon on Monday.", ("ISR", "LBN", "08"),
         ("ISR", "LBN", "16")),
    ],
)  # fmt: skip
def test_support_withdrawn_is_reduced_relations(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a clause of its own that tells of forces leaves a clash of politicians words
        ("The British ambassador clashed with President Trump, pointing out that the British "
         "air force is active over Syria.", ("GBR", "USA", "11"), ("GBR", "USA", "19")),
        # the twin: forces in the clash itself use force
        ("Indian troops clashed with Pakistani soldiers in Kashmir.", ("IND", "PAK", "19"),
         ("IND", "PAK", "11")),
    ],
)  # fmt: skip
def test_forces_told_of_in_another_clause_are_not_in_the_clash(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a verb made an idiom by its particle borrows no sibling's idiom
        ("India ruled out a withdrawal of troops from the border.", None, ("IND", None, "08")),
        # the twins: a particle that completes the act keeps it; the sibling's own idiom codes
        ("Maoist rebels blew up a police vehicle in Dantewada District of Chhattisgarh.",
         ("IND", "IND", "18"), None),
        ("Israel pulled out its troops from Gaza.", ("ISR", None, "08"), None),
    ],
)  # fmt: skip
def test_an_idiom_made_by_a_particle_borrows_no_siblings_idiom(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an event staged is no visit hosted, when the relative pronoun stands for it
        ("The 1996 World Cup, which India hosted jointly with Pakistan and Sri Lanka, was a "
         "success.", None, ("IND", "PAK", "04")),
        # a relative's noun is the verb's object for its idioms: ground taken is occupied
        ("The vote restores Zagreb's control in a region that Serb rebels captured in 1991.",
         ("SRB", None, "19"), None),
        # the twin: a visit hosted still codes
        ("India hosted the Pakistani prime minister in Delhi.", ("IND", "PAK", "04"), None),
    ],
)  # fmt: skip
def test_a_relative_pronouns_noun_is_the_object(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an act feared is not planned: "worried", "afraid" frame it as "fear" does
        ("Many are worried that Japan will reject its pacifist stance.", ("JPN", None, "12")),
        ("Officials are afraid that Iran will attack Israel.", ("IRN", "ISR", "19")),
    ],
)  # fmt: skip
def test_an_act_one_is_worried_about_is_not_planned(
    root_dyads_of: Callable[[str, date], set[Dyad]], text: str, absent: Dyad
) -> None:
    assert absent not in root_dyads_of(text, D2018)


def test_an_act_announced_as_planned_still_codes(
    modality_by_dyad: Callable[[str, date], dict[Dyad, str]],
) -> None:
    # the twin: no fear frames it
    found = modality_by_dyad("Japan will reject its pacifist stance, officials said.", D2018)
    assert found.get(("JPN", None, "12")) == "planned", found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # responsibility for an act, taken or accepted, is claimed as "claimed" claims it
        ("Chechen rebel leader Shamil Basayev took responsibility on Friday for the school "
         "siege.", ("RUS", None, "01"), None),
        ("The Pakistani Taliban accepted responsibility for the attack.", ("PAK", None, "01"),
         None),
        # the twin: duties taken up are no claim
        ("The Lebanese prime minister said his government will take up all its "
         "responsibilities to protect the people.", None, ("LBN", None, "01")),
    ],
)  # fmt: skip
def test_responsibility_taken_for_an_act_is_claimed(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # soldiers captured or seized are captives, not property
        ("Houthi militants parade captured Saudi soldiers on TV.", ("YEM", "SAU", "18"),
         ("YEM", "SAU", "17")),
        ("Taliban fighters seized five policemen in Kandahar.", ("AFG", "AFG", "18"), None),
        # the twins: things seized are property, and an army's base is ground taken
        ("Taliban fighters seized two police trucks in Kandahar.", ("AFG", "AFG", "17"),
         ("AFG", "AFG", "18")),
        ("Syrian rebels captured an army base in Idlib.", ("SYR", "SYR", "19"),
         ("SYR", "SYR", "18")),
        ("Syrian rebels captured two army tanks in Idlib.", None, ("SYR", "SYR", "18")),
    ],
)  # fmt: skip
def test_soldiers_captured_are_captives(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # one member of someone's family is a private person, not of their state or body
        ("The widow of former Russian secret agent Alexander Litvinenko accused Moscow of "
         "involvement in his murder.", None, ("RUSELI", "RUSGOV", "112")),
        # the twin: the agent himself is of his state
        ("Former Russian secret agent Alexander Litvinenko accused Moscow of involvement in "
         "the murder.", ("RUSELI", "RUSGOV", "112"), None),
    ],
)  # fmt: skip
def test_a_family_member_is_not_of_the_one_related_to(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2015, present, absent)
