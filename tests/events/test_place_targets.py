"""Targets from where the act happened, and those acted upon there (issue 16).

A city the knowledge base knows only as a place is no actor where it says where something
happened ("shelled a neighbourhood in Mosul"); the public gold sets still make it the target
of force done there. Those acted upon ("civilians", "residents") take the country of the
places named, never of the actors around them. Made-up sentences, as minimal pairs.
"""

from __future__ import annotations

from datetime import date

import pytest

from whimbrel.pipeline import Coder, make_article
from whimbrel.records import CodedArticle, Mention

D2016 = date(2016, 5, 2)


def _coded(coder: Coder, text: str) -> CodedArticle:
    return coder.code(make_article(text, D2016))


def _pairs(coded: CodedArticle) -> list[tuple[str | None, str | None, str]]:
    return [
        (
            e.source.actor.code if e.source else None,
            e.target.actor.code if e.target else None,
            e.root,
        )
        for e in coded.events
    ]


def _mention(coded: CodedArticle, text: str) -> Mention:
    found = [m for m in coded.mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in coded.mentions]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebel fighters shelled a neighbourhood in Mosul.", ("IRQREB", "IRQ", "19")),
        ("Syrian army helicopters bombed a market in Aleppo.", ("SYRMIL", "SYR", "19")),
    ],
)
def test_force_at_a_gazetteer_place_targets_its_country(coder: Coder, text, expected) -> None:
    coded = _coded(coder, text)
    assert expected in _pairs(coded)
    target = next(e.target for e in coded.events if e.target is not None)
    place = text[target.span[0] : target.span[1]]
    assert place == target.text and target.kind == "place"


def test_force_with_no_place_named_has_no_target(coder: Coder) -> None:
    # the twin: nothing says where
    assert _pairs(_coded(coder, "Syrian army helicopters bombed a market.")) == [
        ("SYRMIL", None, "19")
    ]


def test_a_visit_abroad_targets_the_host_but_a_trip_at_home_is_no_event(coder: Coder) -> None:
    abroad = _coded(coder, "The Jordanian foreign minister arrived in Mosul on Monday.")
    assert [(s, t) for s, t, _ in _pairs(abroad)] == [("JORGOV", "IRQ")]
    # at home only force is done to a place: a minister arriving in his own city meets nobody
    home = _coded(coder, "The Iraqi foreign minister arrived in Mosul on Monday.")
    assert _pairs(home) == []


def test_those_acted_upon_take_the_country_of_the_place(coder: Coder) -> None:
    coded = _coded(coder, "Turkish jets killed 12 civilians in Kirkuk.")
    assert _mention(coded, "civilians").actor.code == "IRQCVL"
    # the twin: no place named, and the attackers' country is not the victims'
    coded = _coded(coder, "Turkish jets killed 12 civilians.")
    assert _mention(coded, "civilians").actor.country is None


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Police arrested 15 activists in Alexandria.", "activists", "EGYCVL"),
        ("Police arrested three suspects in Peshawar.", "suspects", "PAKCRM"),
    ],
)
def test_domestic_targets_take_the_article_country(coder: Coder, text, mention, code) -> None:
    coded = _coded(coder, text)
    assert _mention(coded, mention).actor.code == code
    assert any(t == code and r == "17" for _, t, r in _pairs(coded))


def test_domestic_targets_stay_unresolved_when_the_article_does_not_say(coder: Coder) -> None:
    coded = _coded(coder, "Police arrested three suspects.")
    assert _mention(coded, "suspects").actor.country is None
    assert _pairs(coded) == []
