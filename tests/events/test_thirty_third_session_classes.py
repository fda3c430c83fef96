"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, thirty-third session: `audit` seeds 10284 onwards).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Dyad = tuple[str | None, str | None, str]
D2010 = date(2010, 9, 8)
D2018 = date(2018, 12, 21)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "visiting" before a titled name modifies it: the host met or received the visitor,
        # who visits the host, never the other way round
        ("Merkel met visiting French President Macron on Friday.", ("DEU", "FRA", "040"),
         ("DEU", "FRA", "042")),
        ("Erdogan received visiting Iraqi Prime Minister Haider al-Abadi in Ankara.",
         ("IRQ", "TUR", "042"), ("TUR", "IRQ", "042")),
        ("Abe thanked visiting Indian Prime Minister Modi.", ("JPN", "IND", "051"),
         ("JPN", "IND", "042")),
        # the twin: a visit made is still a visit
        ("Xi enjoyed visiting Paris.", ("CHN", "FRA", "042"), None),
    ],
)  # fmt: skip
def test_a_visiting_guest_is_visited_by_no_host(
    assert_country_codes: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_country_codes(text, D2010, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a case or a cause pleaded is argued for, asked of no one
        ("India's attorney general pleaded the government's case before the Supreme Court.",
         None, ("IND", None, "02")),
        # the twin: pleading with someone asks them
        ("Pakistan's envoy pleaded with India to release the fishermen.",
         ("PAK", "IND", "02"), None),
        # sanctions lifted are eased, whoever's they are, never imposed
        ("US sanctions were lifted on several Turkish citizens.", None, ("USA", "TUR", "16")),
        ("US sanctions were imposed on several Turkish citizens.", ("USA", "TUR", "16"), None),
        # what is to be done to a thing ordered is asked of no one
        ("Mattis ordered 50 copies to be made.", None, ("USA", "USA", "10")),
        ("Mattis ordered the flags to be lowered.", None, ("USA", "USA", "10")),
        # "they" of people of several countries said to act is each of them
        ("The foreign ministers of Britain and France said they would impose sanctions on "
         "Iran.", ("FRA", "IRN", "13"), None),
        ("British ministers said they would impose sanctions on Iran.", ("GBR", "IRN", "13"),
         None),
        # the subject "it" of what a state insisted is that state, not one named between
        ("Turkey, which occupies northern Cyprus, insisted it would not bow to demands to "
         "recognise Cyprus.", ("TUR", "CYP", "12"), ("CYP", None, "12")),
        ("The US warned Iran it would face sanctions.", ("USA", "IRN", "13"), None),
        # shelling named after the noun that modifies it is an attack, by whom the
        # modifiers name
        ("Four children were killed in Israeli tank shelling in the Gaza Strip on Friday.",
         ("ISR", "PSE", "19"), None),
        ("Five people died in Syrian government shelling on Aleppo.", ("SYR", "SYR", "19"),
         None),
        # a town force is aimed at is a place, whatever the tagger took its name for
        ("Hamas fired rockets at Sderot.", ("PSE", "ISR", "19"), ("PSE", "PSE", "19")),
        ("Turkish troops are firing artillery at Afrin from the border.",
         ("TUR", "SYR", "19"), None),
        # an infinitive split by an adverb still says what the one pressed is to do
        ("The UN is pressing the EU to at least close the deal on refugees.",
         ("IGO", "IGO", "02"), None),
        ("The US pressed Japan to fully open its markets.", ("USA", "JPN", "02"), None),
        # the noun a relative clause without "which" hangs on is its verb's object: an
        # office occupied is held, no land taken
        ("Erdogan remains Turkey's dominant politician, a position he has occupied for a "
         "decade.", None, ("TUR", None, "19")),
        ("Israel returned the land it occupied in 1967.", ("ISR", None, "19"), None),
        # a fact recognised is granted, no state recognised
        ("Reagan recognized that the states were running out of funds.", None,
         ("USA", None, "05")),
        ("China recognized Kosovo.", ("CHN", "XKX", "05"), None),
        # a region's largest economy or its giant is one of its states, not the region
        ("India pressed Asia's largest economy to invest more.", None, ("IND", "ASA", "02")),
        ("India praised Japan but pressed the Asian giant to invest more.", None,
         ("IND", "ASA", "02")),
        ("India urged Europe to invest more.", ("IND", "EUR", "02"), None),
        ("India criticised European nations.", ("IND", "EUR", "11"), None),
        # plans or a bill that "attack" someone attack in words
        ("Liam Fox said Labour poster plans attacking Mr Howard were a sign of abusive "
         "politics.", ("GBR", "GBR", "11"), ("GBR", "GBR", "18")),
        # a rapprochement or an alliance struck is a tie built, no blow
        ("Ankara has not struck a rapprochement with Assad.", None, ("TUR", "TUR", "19")),
        ("Turkish jets struck Kurdish positions in Syria.", ("TUR", "SYR", "19"), None),
    ],
)  # fmt: skip
def test_whose_act_and_on_whom(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a resignation letter presented is a resignation, as CAMEO codes one submitted
        ("Mattis presented his resignation letter to Trump.", ("USA", "USA", "0831"),
         ("USA", "USA", "040")),
        # the twin: another letter presented is still CAMEO's consultation
        ("The Iranian ambassador presented a letter to the Russian foreign minister.",
         ("IRN", "RUS", "040"), None),
    ],
)  # fmt: skip
def test_a_resignation_presented(
    assert_country_codes: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_country_codes(text, D2018, present, absent)
