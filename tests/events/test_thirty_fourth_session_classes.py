"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, thirty-fourth session: `audit` seeds 10304 onwards).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Dyad = tuple[str | None, str | None, str]
D2005 = date(2005, 6, 1)
D2013 = date(2013, 9, 10)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a politician who fights for a peaceful end campaigns, whatever place a phrase near
        # the fight names ("in the wake of" says after what, never where)
        ("Obama is fighting to win back public confidence in the wake of the Syria arms "
         "scandal.", None, ("USA", "SYR", "19")),
        ("Obama fought hard to keep his job in the Syria arms scandal.", None,
         ("USA", "SYR", "19")),
        # nor is such a fight, told with a word of speech, an attack in words
        ("President Obama, fighting to win back public confidence in the wake of the Syria "
         "arms scandal, told reporters he had erred.", None, ("USA", "SYR", "11")),
        # the twins: armed men who fight for ground, or fight a foe, use force
        ("Syrian rebels fought hard to retake Aleppo.", ("SYR", "SYR", "19"), None),
        ("Syrian rebels fought government troops to retake Aleppo.", ("SYR", "SYR", "19"),
         None),
    ],
)  # fmt: skip
def test_a_fight_for_a_peaceful_end_is_no_force(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2013, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # troops or money "freed up" are made available: no one is released
        ("US troops freed up in Syria could be sent to Iraq.", None, ("USA", "SYR", "08")),
        ("Iran freed two British sailors.", ("IRN", "GBR", "08"), None),
        # a difficulty faced is no pessimistic comment (CAMEO's pattern for "face problem")
        ("Labour faces a problem with Gordon Brown.", None, ("GBR", "GBR", "01")),
        # a tie, a hope or a standing destroyed is ruined; no force is used on anyone
        ("Russia's quarrel with Turkey could destroy its understanding with Ankara over "
         "Syria.", None, ("RUS", "TUR", "11")),
        ("The decision will destroy any trust the Kurds have in the United States.", None,
         ("USA", "USA", "19")),
        ("Russian jets destroyed a Turkish convoy in Syria.", ("RUS", "TUR", "19"), None),
        # people captured are captives, armed men captured are detained; ground captured
        # is occupied
        ("The SDF captured three foreigners, a Briton, a Spaniard and an Italian.",
         ("SYR", "GBR", "18"), ("SYR", "GBR", "19")),
        ("Indian police captured two Maoist cadres in Bihar.", ("IND", "IND", "17"), None),
        ("Syrian rebels captured the town of Idlib.", ("SYR", "SYR", "19"), None),
        # captives executed are killed; a plan or a warrant executed is carried out
        ("Islamic State executed 20 Syrian soldiers.", ("IMG", "SYR", "18"), None),
        ("Police executed a search warrant at the house of a Pakistani diplomat.", None,
         ("PAK", "PAK", "18")),
        ("Iraq executed the economic plan.", None, ("IRQ", None, "18")),
        ("Labour is encountering problems with Gordon Brown.", None, ("GBR", "GBR", "01")),
        # an aircraft flown is no investigation (CAMEO's pattern for surveillance flights);
        # a weapon used still is the attack it makes
        ("The fighter jets, first used by the Royal Air Force, were sold to India.", None,
         ("GBR", None, "09")),
        ("Russia used chemical weapons against Syrian rebels.", ("RUS", "SYR", "20"), None),
    ],
)  # fmt: skip
def test_what_a_verb_takes_says_what_it_does(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


def test_what_is_rarely_done_is_not_reported_as_done(
    modality_by_dyad: Callable[[str, date], dict[Dyad, str]],
) -> None:
    # a habit kept rarely or seldom tells of no act, as "never" does
    for adverb in ("rarely", "seldom", "never"):
        found = modality_by_dyad(f"Israel {adverb} claims responsibility for its strikes.", D2013)
        assert found.get(("ISR", None, "01")) == "negated", (adverb, found)
    done = modality_by_dyad("Israel claims responsibility for its strikes.", D2013)
    assert done.get(("ISR", None, "01")) == "asserted", done


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a grouping counted by its members is the one named before ("the bloc" already was)
        ("EU leaders met in Brussels on Friday. Turkey warned the 25-nation bloc against "
         "delay.", ("TUR", "IGO", "13"), ("TUR", "TUR", "13")),
        ("NATO met in Brussels. Russia criticised the 26-member alliance on Monday.",
         ("RUS", "IGO", "11"), None),
        ("NATO met in Brussels. Russia criticised the alliance on Monday.",
         ("RUS", "IGO", "11"), None),
        # "the group" is the armed group named before, itself rather than its members
        ("Sixteen soldiers were killed in an attack by the PKK. Prime Minister Davutoglu "
         "vowed to destroy the group.", ("TUR", "TUR", "13"), None),
        ("Isis refused to leave the town. Snipers killed three SDF soldiers. The group is "
         "using civilians as human shields.", ("IMG", None, "18"), ("SYR", None, "18")),
        # a known person named in full, then by the first name alone, is that person
        ("Saddam Hussein went on trial on Monday. The United States backed Saddam's "
         "government in the 1980s.", ("USA", "IRQ", "05"), None),
        # armed "fighters" with no country named are of the country the story is filed from
        ("MOGADISHU - Islamist fighters opened fire on Ethiopian troops.",
         ("SOM", "ETH", "19"), None),
    ],
)  # fmt: skip
def test_who_is_meant(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # men "alleged to have" done something are accused by no one named; the act stays
        # alleged, theirs
        ("Two Syrian men alleged to have killed the journalist were arrested in Turkey.",
         ("SYR", None, "19"), ("SYR", None, "11")),
        ("Turkey alleged that Syria had shelled the town.", ("TUR", "SYR", "11"), None),
        # sanctioning a plan or an undertaking approves it; sanctioning people punishes them
        ("The Democrats said the probe would sanction a fishing expedition by Republicans.",
         None, ("USA", None, "16")),
        ("The United States sanctioned three Russian officials.", ("USA", "RUS", "16"), None),
        # a dateline's city, parsed a subject, is where the story was filed, no doer
        ("BAGHDAD -- Two car bombs in Baghdad killed at least 11 people on Sunday.",
         (None, "IRQ", "19"), ("IRQ", "IRQ", "19")),
        ("New Delhi: US President George W. Bush on Friday praised Japan.",
         ("USA", "JPN", "05"), ("IND", "JPN", "05")),
    ],
)  # fmt: skip
def test_who_did_it(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a country and its capital are one state: a target named by the capital is no
        # one else the country acts on
        ("Turkey warned the European Union not to cross Ankara's red lines.",
         ("TUR", "IGO", "13"), ("TUR", "TUR", "13")),
        # the twin: a country's people protest to its government where it sits
        ("Thousands of Algerians protested in Algiers on Friday.", ("DZA", "DZA", "14"),
         None),
    ],
)  # fmt: skip
def test_a_state_does_not_act_on_its_own_capital(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)
