"""Actor classes found by reading whimbrel's output on corpus items no gold set holds
(issue 16, thirty-fourth session: `audit` seeds 10304 onwards)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from whimbrel.records import Mention

D2006 = date(2006, 12, 27)
D2017 = date(2017, 9, 1)
D2018 = date(2018, 12, 30)
D2019 = date(2019, 2, 17)
CodesOf = Callable[[str, date | None], list[tuple[str, str | None]]]
MentionsOf = Callable[[str, date | None], list[Mention]]


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # a title in apposition to the name before it describes that name; the name after
        # its comma is someone else's, with their own office
        ("Backed by Hassan Rouhani, Iran's president, Vladimir Putin demanded new talks.",
         "Vladimir Putin", "RUS"),
        # the twin: a title before its own name, set off by a comma, is that person's
        ("Iran's president, Hassan Rouhani, met Vladimir Putin.",
         "Iran's president, Hassan Rouhani", "IRN"),
    ],
)  # fmt: skip
def test_a_title_in_apposition_describes_the_name_before_it(
    codes_of: CodesOf, text: str, surface: str, code: str
) -> None:
    found = codes_of(text, D2019)
    assert [(c or "")[:3] for t, c in found if t == surface] == [code], found


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # Iraq's Shia militias are no namesakes of Lebanon's Hezbollah
        ("Iraq's Hizbullah Brigades warned the United States.", "Hizbullah Brigades",
         "IRQREB"),
        ("Kata'ib Hezbollah fired rockets at the base.", "Kata'ib Hezbollah", "IRQREB"),
        ("The Popular Mobilization Forces entered the town.", "Popular Mobilization Forces",
         "IRQMIL"),
        # the twin: Hezbollah alone is Lebanon's
        ("Hizbullah fired rockets at Israel.", "Hizbullah", "LBNREB"),
    ],
)  # fmt: skip
def test_iraqs_militias_are_known(codes_of: CodesOf, text: str, surface: str, code: str) -> None:
    found = codes_of(text, D2019)
    assert [c for t, c in found if t == surface] == [code], found


def test_fighters_from_abroad_are_of_no_country_the_story_names(codes_of: CodesOf) -> None:
    # "fighters", like "militants", are of the country the story is about; "foreign" ones
    # come from somewhere it does not say
    at_home = codes_of("MOGADISHU - Islamist fighters opened fire on Ethiopian troops.", D2006)
    assert ("Islamist fighters", "SOMUAF") in at_home, at_home
    abroad = codes_of("Foreign fighters attacked the town in Syria.", D2006)
    assert [t for t, _ in abroad] == ["Syria"], abroad
    also_abroad = codes_of("Foreign militants attacked the town in Syria.", D2006)
    assert [t for t, _ in also_abroad] == ["Syria"], also_abroad


def test_a_shared_people_is_of_none_but_its_own_states(codes_of: CodesOf) -> None:
    # "fighters" with no country named are of the story's country, unless the people that
    # qualifies them lives elsewhere: Kurds in a story from Washington are no Americans
    found = codes_of(
        "WASHINGTON - Donald Trump has announced a troop withdrawal from Syria. Kurdish "
        "fighters appealed to the Assad regime for help.",
        D2018,
    )
    assert ("Kurdish fighters", None) in found, found
    # the twin: Kurds fighting in Syria are Syria's
    in_syria = codes_of("Kurdish fighters attacked Isis in Syria.", D2018)
    assert ("Kurdish fighters", "SYRUAF") in in_syria, in_syria


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # a UN envoy speaks for the UN, not for the country he is sent to
        ("Staffan de Mistura said the talks would resume in Geneva.", "Staffan de Mistura",
         "IGOUNO"),
        ("Ghassan Salame urged the Libyan factions to talk.", "Ghassan Salame", "IGOUNO"),
        ("Martin Griffiths met the Houthi leaders in Sanaa.", "Martin Griffiths", "IGOUNO"),
    ],
)  # fmt: skip
def test_un_envoys_are_known(codes_of: CodesOf, text: str, surface: str, code: str) -> None:
    found = codes_of(text, D2017 if "Griffiths" not in text else D2018)
    assert [c for t, c in found if t == surface] == [code], found


def _news_item(shared_dir: Path, item: str) -> str:
    with (shared_dir / "corpus" / "news" / "news_items.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] == item:
                return str(record["text"])
    pytest.skip(f"{item} is not in the shared corpus")


def test_a_town_named_as_a_thing_is_no_country_of_the_story(
    shared_dir: Path, mentions_of: MentionsOf
) -> None:
    # a police report from India lists the arms found, one of them a rifle named after a
    # US town ("one 30 06 Springfield"): the town named outside a place phrase is neither an
    # actor nor a scene, so the security forces are still India's, not the United States'
    found = mentions_of(_news_item(shared_dir, "satp-train-587"), None)
    forces = [m.actor.code for m in found if m.text == "SFs"]
    assert forces and set(forces) == {"INDCOP"}, forces
