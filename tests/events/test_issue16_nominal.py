"""Issue 16, class 2: events named by nouns.

A noun is an event where the clause reports it as having happened and the noun phrase names
its own actor ("killed in a Chadian air raid", "Rejections by Uganda doomed...", "strikes
carried out by Turkish aircraft"), or where a span of time counts it ("holds two weeks of
naval drills"). Twins without an actor of their own, or not reported as having happened,
stay silent. Through the real pipeline.
"""

from __future__ import annotations

from datetime import date

import pytest

from whimbrel.pipeline import Coder, make_article

PUBLISHED = date(2021, 12, 4)


def _events(coder: Coder, text: str) -> set[tuple[str | None, str | None, str]]:
    article = coder.code(make_article(text, PUBLISHED))
    return {
        (
            e.source.actor.country if e.source else None,
            e.target.actor.country if e.target else None,
            e.root,
        )
        for e in article.events
    }


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # The sentences (with actors the actor layer resolves today).
        ("Rejections by Uganda and Rwanda doomed the Kenyan proposal.", ("UGA", "KEN", "12")),
        (
            "Three Syrian fighters died in drone strikes carried out by Turkish aircraft.",
            ("TUR", "SYR", "19"),
        ),
        (
            "The Russian navy holds two weeks of naval drills in the Baltic Sea.",
            ("RUS", None, "15"),
        ),
        # a show of force at a border is aimed at the country across it (phrase-target)
        ("Poland staged war games near the Belarusian border.", ("POL", "BLR", "15")),
        # Our own.
        ("Twelve Nigerian villagers are killed in a Chadian air raid.", ("TCD", "NGA", "19")),
        ("A Pakistani raid on Indian positions wounded four soldiers.", ("PAK", "IND", "19")),
        ("Israeli sailors were hurt in an Iranian attack on their tanker.", ("IRN", "ISR", "19")),
        ("China holds three days of talks with Taiwan.", ("CHN", "TWN", "04")),
        # a light verb's dative is its noun's target
        ("Japan gave Indonesia a loan of ten billion yen.", ("JPN", "IDN", "07")),
        ("Norway will give Kenya a grant of five million dollars.", ("NOR", "KEN", "03")),
        # a gerund the parser tags as a verb, used as a noun
        ("Four children were killed in Israeli tank shelling in Gaza.", ("ISR", "PSE", "19")),
    ],
)
def test_nominal_events_code(coder: Coder, text: str, event: tuple) -> None:
    assert event in _events(coder, text)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # No actor of its own: who struck is unknown. The harm may still be coded as violence
        # by an unnamed doer (no source, `test_unnamed_doer.py`), never with a doer guessed.
        ("Three Syrian fighters died in drone strikes.", "19"),
        ("Israeli sailors were hurt in an attack on their tanker.", "19"),
        ("Four children were killed in tank shelling in Gaza.", "19"),
    ],
)
def test_nominal_twins_name_no_doer(coder: Coder, text: str, root: str) -> None:
    assert all(e[0] is None for e in _events(coder, text) if e[2] == root)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # Not reported as having happened.
        ("The Russian attack on Ukraine, if it happens, would be a disaster.", "19"),
        ("The threat of a Russian attack on Ukraine grew.", "19"),
        ("Fears of a Russian invasion of Ukraine grew on Monday.", "19"),
        # Not an event noun at all ("calls" is no rejection); "games" alone is no drill.
        ("Calls by Uganda and Rwanda doomed the Kenyan proposal.", "12"),
        ("Poland staged games near the Belarusian border.", "15"),
    ],
)
def test_nominal_twins_stay_silent(coder: Coder, text: str, root: str) -> None:
    assert all(e[2] != root for e in _events(coder, text))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Turkey's ambassador to Athens arrived last night from a meeting with Greek Prime "
            "Minister Andreas Papandreou.",
            ("TUR", "GRC", "04"),
        ),
        (
            "The Indian envoy returned on Friday after talks with Chinese officials.",
            ("IND", "CHN", "04"),
        ),
        # a passive clause: who suffered it took part ("killed in clashes with")
        (
            "Two Afghan soldiers were killed in clashes with Taliban militants in Kunduz.",
            ("AFG", "AFG", "19"),
        ),
        (
            "Three Indian soldiers were wounded during an encounter with Pakistani militants.",
            ("IND", "PAK", "19"),
        ),
    ],
)
def test_a_reciprocal_noun_with_its_partner_pairs_the_clause_subject(
    coder: Coder, text: str, event: tuple
) -> None:
    events = _events(coder, text)
    assert event in events and (event[1], event[0], event[2]) in events


@pytest.mark.parametrize(
    "text",
    [
        # Asking for talks, or being open to them, is not taking part in them.
        "Russia called for talks with Ukraine.",
        "Russia said it was open to talks with Ukraine.",
        # a passive clause's subject that is no actor takes no part
        "The agreement was signed in talks with Ukraine.",
    ],
)
def test_talks_not_taken_part_in_are_no_consultation(coder: Coder, text: str) -> None:
    assert all(e[2] != "04" for e in _events(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        # a mutual act among one side's own members, no partner named
        "Ruling party executives in Seoul met today to draw up a package of measures.",
        "Japanese ministers held talks in Tokyo on Monday.",
        # nor is the intent to one
        "Japanese ministers will meet in Osaka on Monday.",
    ],
)
def test_a_mutual_act_with_no_partner_is_no_event(coder: Coder, text: str) -> None:
    assert all(e[2] not in ("03", "04") for e in _events(coder, text))


def test_a_mutual_act_between_two_named_sides_is_one(coder: Coder) -> None:
    events = _events(coder, "Japanese and Chinese ministers held talks in Tokyo on Monday.")
    assert ("JPN", "CHN", "04") in events


def test_a_visit_to_no_actor_s_place_is_no_event(coder: Coder) -> None:
    assert all(
        e[2] != "04"
        for e in _events(coder, "A senior Nigerian police officer visited the scene on Monday.")
    )
    # its twin: a visit to a named country's city is one
    events = _events(coder, "A senior Nigerian police officer visited Niamey on Monday.")
    assert ("NGA", "NER", "04") in events
