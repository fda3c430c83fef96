"""Event nouns that name both parties: "clashes between police and protesters" (issue 16).

The first party acts on the second, and a mutual event (clash, gunfight, talks) gets the
reverse direction too. The noun must still be reported as having happened: the subject of a
past-tense verb ("broke out", "resumed") or the circumstance of one ("injured in the clash").
Made-up sentences, as minimal pairs.
"""

from __future__ import annotations

from datetime import date

import pytest

D2019 = date(2019, 7, 9)


@pytest.mark.parametrize(
    ("text", "first", "second", "code"),
    [
        ("A gunfight broke out between police and militants in Kulgam.", "INDCOP", "INDUAF", "190"),
        (
            "Clashes between police and protesters left 12 injured in Caracas.",
            "VENCOP",
            "VENCVL",
            "190",
        ),
        ("Talks between Armenia and Azerbaijan resumed in Moscow on Monday.", "ARM", "AZE", "046"),
        (
            "Two soldiers were injured in the clash between Security Forces and militants in "
            "Bijapur, Chhattisgarh.",
            "INDCOP",
            "INDUAF",
            "190",
        ),
        # "between" takes two even where the parser joins the second to the noun itself
        ("Talks between Iran and the EU began in Geneva.", "IRN", "IGOEUREEC", "046"),
        ("Negotiations between Peru and the IMF opened in Lima.", "PER", "IGOUNODEVIMF", "046"),
        # one head, two sides: "between Indian and Chinese troops"
        (
            "Clashes between Thai and Cambodian troops killed four soldiers.",
            "THAMIL",
            "KHMMIL",
            "190",
        ),
        # the noun as the subject of a passive
        ("Fresh talks between Serbia and Kosovo were held in Brussels.", "SRB", "XKX", "046"),
    ],
)
def test_a_noun_between_two_parties_codes_both_ways(dyads_of, text, first, second, code):
    pairs = dyads_of(text, D2019)
    assert (first, second, code) in pairs
    assert (second, first, code) in pairs


@pytest.mark.parametrize(
    "text",
    [
        # the twins: a thing between two parties that nobody reports as happening
        "There were no clashes between police and protesters in Caracas.",
        "Talks between Armenia and Azerbaijan will resume next week.",
        # a dispute discussed is no event between its parties
        "The two leaders discussed the border dispute between India and China.",
        # one party named, or the meeting still to come
        "Talks with the EU began in Tbilisi.",
        "Clashes between Thai troops killed four soldiers.",
        "Fresh talks between Serbia and Kosovo will be held in Brussels.",
    ],
)
def test_a_noun_between_two_parties_not_reported_as_happening_is_no_event(dyads_of, text):
    pairs = dyads_of(text, D2019)
    assert not {p for p in pairs if p[2] in ("190", "046") and p[0] and p[1]}


def test_an_encounter_with_armed_fighters_is_a_gunfight(dyads_of) -> None:
    # South Asian English: "an encounter between security forces and militants"
    text = (
        "One jawan was injured in the encounter between Security Forces and militants in Pulwama."
    )
    pairs = dyads_of(text, D2019)
    assert ("INDCOP", "INDUAF", "190") in pairs and ("INDUAF", "INDCOP", "190") in pairs
    # its twin: an encounter between two leaders is a meeting, not a fight
    pairs = dyads_of("The encounter between Obama and Putin in Beijing lasted ten minutes.", D2019)
    assert not {p for p in pairs if p[2].startswith("19")}
