"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, nineteenth session: `audit` seeds 8585 to 9090).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Dyad = tuple[str | None, str | None, str]
D2015 = date(2015, 5, 5)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # after a wire's dateline the parser ended a sentence after its first name ("Greece |
        # and Turkey agreed"), losing the subject of its verb
        (
            "ANKARA, May 4 - Greece and Turkey agreed on Tuesday to resume talks on Cyprus, "
            "officials said.",
            ("GRC", "TUR", "03"),
            None,
        ),
        # the twin: the same sentence after a sentence that ends with a full stop
        (
            "Ankara, May 4. Greece and Turkey agreed on Tuesday to resume talks on Cyprus, "
            "officials said.",
            ("GRC", "TUR", "03"),
            None,
        ),
    ],
)
def test_the_sentence_after_a_dateline(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # rebels are of the state whose government they fight, whoever is named beside them
        (
            "Kenya accused Ethiopia of arming rebels who are fighting the Somali government.",
            ("ETH", "SOM", "06"),
            ("ETH", "KEN", "06"),
        ),
        # ... and wherever they are
        (
            "The United States funds rebels in Honduras who are fighting the government of "
            "Nicaragua.",
            ("NIC", "NIC", "19"),
            ("HND", "NIC", "19"),
        ),
        (
            "Rebels in eastern Congo are fighting the Rwandan government.",
            ("RWA", "RWA", "19"),
            None,
        ),
        # the twin: rebels whose country their demonym names keep it
        (
            "Ethiopian rebels who are fighting the Somali government attacked a market.",
            ("ETH", "SOM", "19"),
            ("SOM", "SOM", "19"),
        ),
    ],
)
def test_rebels_are_of_the_state_they_fight(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, date(2011, 9, 5), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # in 1987 Moscow is in the Soviet Union, where Gorbachev is at home: no third place
        (
            "Gorbachev met Thatcher in Moscow.",
            ("SUNGOV", "GBRGOV", "040"),
            ("SUNGOV", "GBRGOV", "044"),
        ),
        # the twin: a third country's city is one
        ("Gorbachev met Thatcher in Geneva.", ("SUNGOV", "GBRGOV", "044"), None),
    ],
)
def test_a_capital_is_where_its_state_was(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, date(1987, 3, 5), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # waging or escalating an armed act carries it out, like launching one; a war aimed at
        # someone is force against them, whether the parser hangs "against" on the noun or
        # on its verb
        ("Iraq escalated its raids on Iranian oil sites.", ("IRQ", "IRN", "19"), None),
        ("Israel has stepped up raids on Palestinian militants.", ("ISR", "PSE", "19"), None),
        ("Iraq vowed to keep up raids on Iranian oil sites.", ("IRQ", "IRN", "13"), None),
        # the twin: stepping an act down carries none out
        ("Turkey stepped down its attacks on Kurdish rebels.", None, ("TUR", "TUR", "19")),
        ("Chadian rebels waged a war against Sudan.", ("TCD", "SDN", "19"), None),
        # vowed, it is a threat; the rebels are of the state whose government they vow to fight
        (
            "Rebels vowed to wage war against the government of Chad.",
            ("TCD", "TCD", "13"),
            None,
        ),
        # the twins: a war on a scourge names no foe; expanding cooperation is still cooperation
        ("The United States waged a war on drugs.", None, ("USA", None, "19")),
        ("Uganda hopes to expand cooperation with China.", ("UGA", "CHN", "03"), None),
    ],
)
def test_waging_and_escalating_armed_acts(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a loss welcomed or backed is no approval of, or support for, whom it befell
        ("Baghdad hailed Iran's failure to achieve victory.", None, ("IRQ", "IRN", "05")),
        ("Israel welcomed the death of the Hamas leader.", None, ("ISR", "PSE", "05")),
        ("France welcomed the arrest of the Serbian general.", None, ("FRA", "SRB", "05")),
        ("NATO allies have backed Assad's overthrow since 2011.", None, ("IGO", "SYR", "05")),
        # the twins: a gain or an effort welcomed is approval of its owner
        ("Kenya praised Somalia's efforts to end the war.", ("KEN", "SOM", "05"), None),
        ("Iraq hailed Iran's decision to release prisoners.", ("IRQ", "IRN", "05"), None),
    ],
)
def test_a_loss_welcomed_approves_of_no_one(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what a demand's object names is what is demanded, not whom it is made of
        ("Iran demanded the right to enrich uranium.", ("IRN", None, "10"), ("IRN", "IRN", "10")),
        # people at home demand of those who govern
        ("Zambian teachers are demanding pay raises.", ("ZMB", "ZMB", "10"), None),
        # ... and a vow's or a threat's object is what is threatened, unless it is people
        ("Hamas vowed revenge in a statement.", ("PSE", None, "13"), ("PSE", "PSE", "13")),
        ("Maoists threatened villagers in Bihar.", ("IND", "IND", "13"), None),
        # the twin: an order's object is whom it is made of when an infinitive says what they
        # are to do
        (
            "The Israeli army ordered every male in the village to gather in the school.",
            ("ISR", "ISR", "10"),
            None,
        ),
    ],
)
def test_what_is_demanded_is_no_addressee(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)
