"""Event nouns that name both parties: "clashes between police and protesters" (issue 16).

The first party acts on the second, and a mutual event (clash, gunfight, talks) gets the
reverse direction too. The noun must still be reported as having happened: the subject of a
past-tense verb ("broke out", "resumed") or the circumstance of one ("injured in the clash").
Made-up sentences, as minimal pairs.
"""

from __future__ import annotations

from datetime import date

import pytest

from whimbrel.pipeline import Coder, make_article

D2019 = date(2019, 7, 9)


def _pairs(coder: Coder, text: str) -> set[tuple[str | None, str | None, str]]:
    coded = coder.code(make_article(text, D2019))
    return {
        (
            e.source.actor.code if e.source else None,
            e.target.actor.code if e.target else None,
            e.cameo,
        )
        for e in coded.events
    }


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
    ],
)
def test_a_noun_between_two_parties_codes_both_ways(coder: Coder, text, first, second, code):
    pairs = _pairs(coder, text)
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
    ],
)
def test_a_noun_between_two_parties_not_reported_as_happening_is_no_event(coder: Coder, text):
    pairs = _pairs(coder, text)
    assert not {p for p in pairs if p[2] in ("190", "046") and p[0] and p[1]}


def test_an_encounter_with_armed_fighters_is_a_gunfight(coder: Coder) -> None:
    # South Asian English: "an encounter between security forces and militants"
    text = (
        "One jawan was injured in the encounter between Security Forces and militants in Pulwama."
    )
    pairs = _pairs(coder, text)
    assert ("INDCOP", "INDUAF", "190") in pairs and ("INDUAF", "INDCOP", "190") in pairs
    # its twin: an encounter between two leaders is a meeting, not a fight
    pairs = _pairs(coder, "The encounter between Obama and Putin in Beijing lasted ten minutes.")
    assert not {p for p in pairs if p[2].startswith("19")}
