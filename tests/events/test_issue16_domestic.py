"""Issue 16, classes 8 and 9: domestic events, whole stories and parse traps.

Events between actors of one country code like any other once the actor layer names them
(arrests, raids, ambushes, riot control, rock-throwing protests); diplomatic steps phrased
as outcomes ("pulled out of the talks", "withdrew from talks with") are events; present-tense
one-line summaries code as their past-tense twins. Through the real pipeline.
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
        ("Pakistani police arrested two Taliban militants in Karachi.", ("PAK", "AFG", "17")),
        ("Two Taliban militants were arrested by Pakistani police.", ("PAK", "AFG", "17")),
        ("Kenyan police dispersed Kenyan protesters with tear gas.", ("KEN", "KEN", "17")),
        ("Palestinian protesters threw stones at Israeli soldiers.", ("PSE", "ISR", "14")),
        ("Iran withdrew from talks with the United States.", ("IRN", "USA", "16")),
        # the partner in the talks left is the target (phrase-target)
        ("Jordan pulled out of the talks with Israel.", ("JOR", "ISR", "16")),
        ("Taliban militants ambushed an Afghan army convoy in Helmand.", ("AFG", "AFG", "19")),
    ],
)
def test_domestic_and_outcome_events_code(coder: Coder, text: str, event: tuple) -> None:
    assert event in _events(coder, text)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # Twins: throwing flowers is no riot; withdrawing troops is no halt to talks;
        # being open to talks is no withdrawal from them.
        ("Palestinian protesters threw flowers at Israeli soldiers.", "14"),
        ("Iran withdrew its troops from Iraq.", "16"),
        ("Jordan said it was open to talks with Israel.", "16"),
    ],
)
def test_domestic_twins_stay_silent(coder: Coder, text: str, root: str) -> None:
    assert all(e[2] != root for e in _events(coder, text))


@pytest.mark.parametrize(
    ("present", "past"),
    [
        ("Russia attacks Ukrainian ports.", "Russia attacked Ukrainian ports."),
        ("China warns Japan over Taiwan.", "China warned Japan over Taiwan."),
        ("Canada suspends talks with India.", "Canada suspended talks with India."),
        (
            "Iraqi forces storm an Islamic State hideout.",
            "Iraqi forces stormed an Islamic State hideout.",
        ),
    ],
)
def test_present_tense_summaries_code_as_past_tense_copy(
    coder: Coder, present: str, past: str
) -> None:
    assert _events(coder, present) == _events(coder, past) != set()


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # "navy to navy talks": the parser reads "hold navy / to talks"; the talks are still
        # the light verb's object (issue 16, class 8).
        ("Japan will hold navy to navy talks with South Korea.", ("JPN", "KOR", "03")),
        ("India held army to army talks with China.", ("IND", "CHN", "04")),
        ("India held army to army talks with China.", ("CHN", "IND", "04")),
    ],
)
def test_x_to_x_talks_are_the_light_verbs_object(coder: Coder, text: str, event: tuple) -> None:
    assert event in _events(coder, text)


def test_aid_sent_to_talks_is_no_consultation(coder: Coder) -> None:
    # Twin: a plain "to" phrase stays a prepositional phrase.
    events = _events(coder, "Japan sent observers to navy talks with South Korea.")
    assert all(e[2] not in ("03", "04") for e in events)


@pytest.mark.parametrize(
    ("text", "event", "modality"),
    [
        ("Palestinian militants launched rockets at Israel.", ("PSE", "ISR", "19"), "asserted"),
        ("Putin talked by phone with Macron.", ("RUS", "FRA", "04"), "asserted"),
        # A prevented act is the prevented actor's, and did not take place.
        (
            "Egypt prevented Palestinian militants from launching rockets at Israel.",
            ("PSE", "ISR", "19"),
            "negated",
        ),
    ],
)
def test_launches_calls_and_prevented_acts(
    coder: Coder, text: str, event: tuple, modality: str
) -> None:
    article = coder.code(make_article(text, PUBLISHED))
    found = {
        (
            e.source.actor.country if e.source else None,
            e.target.actor.country if e.target else None,
            e.root,
            e.modality,
        )
        for e in article.events
    }
    assert (*event, modality) in found


@pytest.mark.parametrize(
    "text",
    [
        # Twins: a launch with nobody aimed at is no attack; asking someone to prevent
        # launches asserts none.
        "North Korea launched a rocket on Monday.",
        "Israel asked Abbas to prevent Palestinian militants from launching rockets at Israel.",
    ],
)
def test_launch_twins_assert_no_attack(coder: Coder, text: str) -> None:
    article = coder.code(make_article(text, PUBLISHED))
    assert all(not (e.root == "19" and e.modality == "asserted") for e in article.events)
