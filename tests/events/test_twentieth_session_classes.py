"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, twentieth session: `audit` seeds 9191 to 9494).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Dyad = tuple[str | None, str | None, str]
D2005 = date(2005, 11, 23)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a measure announced is the announcer's own: "announced sanctions" imposes them
        ("Canada announced new sanctions on Russia.", ("CAN", "RUS", "16"), None),
        ("Norway announced an embargo against Iran.", ("NOR", "IRN", "16"), None),
        # the twin: a clause announced is reported speech, the act its own subject's
        (
            "Canada announced that Russia had imposed sanctions on Ukraine.",
            ("RUS", "UKR", "16"),
            ("CAN", "RUS", "16"),
        ),
    ],
)
def test_a_measure_announced_is_taken(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a voiced feeling's object is the feeling, never someone at home it is voiced to
        (
            "Chinese President Hu Jintao on Friday expressed satisfaction.",
            None,
            ("CHN", "CHN", "05"),
        ),
        # the twin: whom it is voiced to is
        (
            "Chinese President Hu Jintao expressed concern to the farmers.",
            ("CHNGOV", "CHNAGR", "012"),
            None,
        ),
    ],
)
def test_a_voiced_feeling_is_no_addressee(
    assert_roots: CheckPair,
    assert_dyads: CheckPair,
    text: str,
    present: Dyad | None,
    absent: Dyad | None,
) -> None:
    assert_dyads(text, D2005, present, None)
    assert_roots(text, D2005, None, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what is praised belongs to a named owner, known or not: no one at home is praised
        (
            "Chinese State Councilor Tang Jiaxuan praised the Komei Party's efforts.",
            None,
            ("CHN", "CHN", "05"),
        ),
        # the twin: an owner described, not named, is at home
        (
            "Chinese State Councilor Tang Jiaxuan praised the farmers' efforts.",
            ("CHN", "CHN", "05"),
            None,
        ),
    ],
)
def test_a_named_owner_is_not_at_home(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a Chinese name's family name comes first: "Hu" alone after "Hu Jintao" is he
        (
            "Chinese President Hu Jintao spoke of the economy on Friday. Hu said this when "
            "meeting with Australian Prime Minister John Howard.",
            ("CHNGOV", "AUSGOV", "040"),
            None,
        ),
    ],
)
def test_short_names_of_people_named_in_full(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2005, present, absent)


ModalEvent = tuple[str | None, str | None, str, str]
ModalEventsOf = Callable[[str, date], list[ModalEvent]]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # "no plans for X to meet", parsed as a relative clause of "plans": no meeting
        (
            "There are no plans for Tony Blair to meet French President Jacques Chirac.",
            "negated",
        ),
        # the twin: "no plans to", parsed as the noun's infinitive, was already right
        ("Britain has no plans to attack Iran.", "negated"),
    ],
)
def test_no_plans_for_someone_to_act(
    modal_events_of: ModalEventsOf, text: str, modality: str
) -> None:
    events = modal_events_of(text, D2005)
    assert events, text
    assert {m for *_, m in events} == {modality}, events


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a request met is acceded to, as demands are: no meeting with whoever made it
        (
            "The Danish government plans to meet a NATO request to send more troops.",
            ("DNKGOV", "IGOWSTNAT", "035"),
            ("DNKGOV", "IGOWSTNAT", "036"),
        ),
        # the twin: people met are met
        (
            "The Danish government plans to meet NATO officials on Monday.",
            ("DNKGOV", "IGOWSTNAT", "036"),
            None,
        ),
    ],
)
def test_a_request_met_is_no_meeting(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an appeal's object is what is asked for, not someone at home it is made to
        ("The Brazilian president urged passage of the budget bill.", None, ("BRA", "BRA", "02")),
        # the twins: an object told to act, or asked for something, is the addressee
        ("The Brazilian president urged the army to stay alert.", ("BRA", "BRA", "02"), None),
        ("The Brazilian president asked the court for a delay.", ("BRA", "BRA", "02"), None),
    ],
)
def test_what_an_appeal_asks_for_is_no_addressee(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what a summit or talks are "on" is their topic, not a partner
        (
            "Obama is scheduled to attend a summit on the unrest in Iran.",
            None,
            ("USA", "IRN", "03"),
        ),
        # the twin: where the summit is held is the host
        ("Obama is scheduled to attend a summit in Iran.", ("USA", "IRN", "03"), None),
    ],
)
def test_what_a_meeting_is_on_is_its_topic(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # coordinated subjects that meet someone their object describes do not meet each other
        (
            "Chinese and Egyptian foreign ministers will jointly meet the press.",
            None,
            ("CHN", "EGY", "03"),
        ),
        (
            "Chinese and Egyptian foreign ministers met reporters in Beijing.",
            None,
            ("CHN", "EGY", "04"),
        ),
        # the twins: with no object they meet each other, and what they discuss is a topic
        ("Chinese and Egyptian foreign ministers met in Beijing.", ("CHN", "EGY", "04"), None),
        (
            "The United States and North Korea also discussed technical problems.",
            ("USA", "PRK", "04"),
            None,
        ),
    ],
)
def test_those_who_meet_others_together(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # condemning an act of force is aimed at its doer, never at where it happened
        (
            "Denmark condemned the bombings against three hotels in Amman, Jordan.",
            None,
            ("DNK", "JOR", "11"),
        ),
        (
            "The European Commission condemned the attack on a camp in Sri Lanka.",
            None,
            ("IGO", "LKA", "11"),
        ),
        # the twin: condemning what was done to people there is aimed at them
        (
            "Denmark condemned the arrests of journalists in Amman, Jordan.",
            ("DNK", "JOR", "11"),
            None,
        ),
    ],
)
def test_force_condemned_is_not_its_place(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a show of force at home is aimed at no one there
        (
            "India has test-fired a surface-to-air missile from a site in the eastern Orissa "
            "state.",
            None,
            ("IND", "IND", "15"),
        ),
        # the twin: drills near another country's border are aimed at it
        ("Russia held naval drills near Latvia.", ("RUS", "LVA", "15"), None),
    ],
)
def test_a_show_of_force_at_home(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2005, present, absent)
