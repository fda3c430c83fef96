"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, seventeenth session: `audit` seeds 6363, 6464, 6565, 6767 and 6868).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.pipeline import Coder, make_article

Dyad = tuple[str | None, str | None, str]
ModalEvent = tuple[str | None, str | None, str, str]
D2015 = date(2015, 6, 1)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]
ModalEventsOf = Callable[[str, date], list[ModalEvent]]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # coordinated subjects of a verb of fighting fight each other (cue role mutual)
        ("Iran and Iraq fought a long war in the 1980s.", ("IRQ", "IRN", "19"), None),
        ("Indian and Pakistani troops clashed along the border.", ("IND", "PAK", "19"), None),
        ("Rebels and government troops clashed near Aleppo.", ("SYR", "SYR", "19"), None),
        # the twins: allies fighting together fight no one named; a purpose names the foe
        (
            "American and British troops fought together in Helmand.",
            None,
            ("USA", "GBR", "19"),
        ),
        (
            "British troops have fought alongside Kurdish militias to oust Islamic State "
            "from Raqqa.",
            ("GBRMIL", "IMGMUSISI", "190"),
            None,
        ),
    ],
)
def test_coordinated_fighters_fight_each_other(
    assert_dyads: CheckPair,
    assert_roots: CheckPair,
    text: str,
    present: Dyad | None,
    absent: Dyad | None,
) -> None:
    check = assert_dyads if present is not None and len(present[2]) == 3 else assert_roots
    check(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "led an attack": the leader's attack, not a rally of opposition (CAMEO's 113)
        (
            "Militants led an attack on a police camp in Assam.",
            ("INDUAF", "INDCOP", "190"),
            ("INDUAF", "INDCOP", "113"),
        ),
        # "ordered air strikes": the strikes are the commander's, no demand on the struck
        (
            "Obama ordered air strikes against Islamic State in Iraq.",
            ("USAGOV", "IMGMUSISI", "195"),
            ("USAGOV", "IMGMUSISI", "100"),
        ),
        # "battled insurgents": a fight (CAMEO's own pattern says military cooperation)
        (
            "US forces battled insurgents in the Baghdad slum of Sadr City.",
            ("USAMIL", "IRQREB", "190"),
            ("USAMIL", "IRQREB", "062"),
        ),
    ],
)
def test_an_attack_led_or_ordered_is_the_leaders(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the twins: a delegation led to a capital is a visit intended; an actor ordered
        # to act is a demand on it
        ("Obama will lead a delegation to Moscow next week.", ("USA", "RUS", "03"), None),
        ("An Argentine judge ordered Carlos Menem to appear in court.", ("ARG", "ARG", "10"), None),
    ],
)
def test_the_twins_a_visit_led_and_an_order_to_an_actor(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # asking someone when something would happen is a question, no request
        ("Modi asked the home minister when the session would end.", None, ("IND", "IND", "02")),
        # the twin: asking someone to act is one
        ("Modi asked the home minister to resign.", ("IND", "IND", "02"), None),
        # "helping police with their inquiries": questioned, no aid given
        (
            "A British man was arrested and was helping police with their inquiries.",
            None,
            ("GBR", "GBR", "07"),
        ),
        # the twin: a state helping another's investigation aids it
        (
            "Britain was helping Kenya with its investigation into the attack.",
            ("GBR", "KEN", "07"),
            None,
        ),
        # an office's participle is no act: "installed as coordinating minister"
        (
            "Budiono was installed as coordinating minister for the economy, Indonesia's "
            "president said.",
            None,
            ("IDN", "IDN", "05"),
        ),
    ],
)
def test_questions_and_titles_are_no_acts(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # government forces and snipers are the article's (scope article)
        ("Government forces shelled rebel positions near Aleppo.", "Government forces", "SYRMIL"),
        ("A sniper opened fire on a police patrol in Garissa, Kenya.", "sniper", "KENUAF"),
        # militant groups are armed non-state actors of their demonym's state
        (
            "Palestinian militant groups fired rockets at Israel.",
            "Palestinian militant groups",
            "PSEUAF",
        ),
    ],
)
def test_forces_snipers_and_militant_groups_are_actors(
    coder: Coder, text: str, name: str, code: str
) -> None:
    coded = coder.code(make_article(text, D2015))
    assert {m.text: m.actor.code for m in coded.mentions}.get(name) == code, coded.mentions


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # "would" in reported speech is the future seen from the past: planned
        ("The Kremlin said Putin would visit Turkey on Friday.", "planned"),
        ("Putin would visit Turkey on Friday, the Kremlin said.", "planned"),
        # the twins: a condition, no report, or "would have" keep it hypothetical
        ("The Kremlin said Putin would visit Turkey if the talks went well.", "hypothetical"),
        ("Putin would visit Turkey if the talks went well.", "hypothetical"),
        ("The Kremlin said Putin would have preferred to visit Turkey.", "hypothetical"),
    ],
)
def test_a_reported_would_is_a_plan(
    modal_events_of: ModalEventsOf, text: str, modality: str
) -> None:
    visits = [e for e in modal_events_of(text, D2015) if e[:2] == ("RUS", "TUR")]
    assert visits and all(e[3] == modality for e in visits), visits


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # an act weighed is not done (cue role weigh)
        ("Israel is considering releasing the Palestinian prisoners.", "hypothetical"),
        ("Israel is mulling releasing the Palestinian prisoners.", "hypothetical"),
        # the twin: an act done
        ("Israel released the Palestinian prisoners.", "asserted"),
    ],
)
def test_an_act_weighed_is_not_done(
    modal_events_of: ModalEventsOf, text: str, modality: str
) -> None:
    releases = [e for e in modal_events_of(text, D2015) if e[2] == "08"]
    assert releases and all(e[3] == modality for e in releases), releases
