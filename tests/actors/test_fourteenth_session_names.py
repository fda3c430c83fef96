"""Actor classes found by reading whimbrel's output on corpus items no gold set holds
(issue 16, fourteenth session: `audit` seeds 1515 and 1616)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.records import Mention

D2005 = date(2005, 2, 1)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a spaced dash after a family name is no part of it, so the name is the article's
        # own person again, not the knowledge base's namesake (John Howard, Australia)
        (
            "Michael Howard is to make a pitch for the ethnic vote. Mr Howard - himself the "
            "son of immigrants - will acknowledge that discrimination exists.",
            "Mr Howard",
            None,
        ),
        # "the Commission" inside a longer name is that name's, not the European Commission
        (
            "The chairman of the Commission for Racial Equality called for shortlists.",
            "Commission for Racial Equality",
            None,
        ),
        # the twin: "the Commission" alone is the European Commission
        ("The Commission said on Monday it would fine Microsoft.", "The Commission", "IGOEUREEC"),
        # people from a capital are its country's people, not its government
        ("Workers from Bangkok will join the protest.", "Workers from Bangkok", "THALAB"),
        # the twin: a body's members "from" it are its own
        ("Diplomats from Moscow met the rebels.", "Diplomats from Moscow", "RUSGOV"),
    ],
)
def test_names_that_go_on_and_people_from_a_place(
    mentions_of: Callable[[str, date | None], list[Mention]], text: str, name: str, code: str | None
) -> None:
    found = {m.text: m.actor.code for m in mentions_of(text, D2005)}
    assert name in found, found
    assert found[name] == code


def test_a_family_name_that_runs_on_into_a_place_is_the_place(
    mentions_of: Callable[[str, date | None], list[Mention]],
) -> None:
    # "Wazir Bagh" is a neighbourhood, not Yemen's Khalid al-Wazir (an undated report)
    text = "The exchange of fire took place when Police raided a house in Wazir Bagh."
    assert not any(m.actor.code and m.actor.code.startswith("YEM") for m in mentions_of(text, None))
    # the twin: the person named in full
    found = {m.text: m.actor.code for m in mentions_of("Khalid al-Wazir met officials.", D2005)}
    assert found.get("Khalid al-Wazir", "").startswith("YEM")
