"""Actor classes found by reading whimbrel's output on corpus items no gold set holds
(issue 16, twenty-sixth session: `audit` seeds 10227 onwards)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.records import Mention

D1997 = date(1997, 4, 3)
D2005 = date(2005, 1, 4)
D2018 = date(2018, 1, 4)
CodesOf = Callable[[str, date | None], list[tuple[str, str | None]]]
MentionsOf = Callable[[str, date | None], list[Mention]]


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # a story datelined in India: "Congress" is the Indian party however often it comes
        ("NEW DELHI, April 3 (AFP) - Congress spokesman Vithal Gadgil said Congress would "
         "not back down. Congress withdrew its support. Congress leaders met on Monday.",
         "Congress spokesman Vithal Gadgil", "INDPTY"),
        # a country's party named with "party" after it, a faction mark between
        ("India's Congress (I) party said it would not back down.",
         "India's Congress (I) party", "INDPTY"),
        ("The Congress-I withdrew its support.", "Congress-I", "INDPTY"),
        # the twins: the US Congress in a story from Washington; a country's legislature
        ("WASHINGTON, April 3 (Reuters) - Congress passed the bill. Congress will vote "
         "again.", "Congress", "USALEG"),
        ("Bolivia's Congress passed the law.", "Bolivia's Congress", "BOLLEG"),
    ],
)  # fmt: skip
def test_congress_is_the_party_of_the_story_it_is_datelined_in(
    codes_of: CodesOf, text: str, surface: str, code: str
) -> None:
    found = codes_of(text, D1997)
    assert code in [c for t, c in found if t == surface], found


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # the Muslim peoples of the southern Philippines, not a Pakistani town's
        ("Moro rebels attacked an army post in Mindanao.", "Moro rebels", "PHLREB"),
        ("Bangsamoro leaders met the president.", "Bangsamoro leaders", "PHLGOV"),
    ],
)  # fmt: skip
def test_a_people_of_one_country_is_that_countrys(
    codes_of: CodesOf, text: str, surface: str, code: str
) -> None:
    found = codes_of(text, D2018)
    assert [c for t, c in found if t == surface] == [code], found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a possessive in a relative clause's object is the relative's own subject's
        ("Turkish President Recep Tayyip Erdogan spoke in Ankara. He said a Syrian leader "
         "who has killed a million of his citizens must go.", "SYRGOV"),
        # the twin: outside the relative clause the speaker stays the antecedent
        ("Turkish President Recep Tayyip Erdogan spoke in Ankara. He said his ministers "
         "would not meet a Syrian leader who has killed a million citizens.", "TURGOV"),
    ],
)  # fmt: skip
def test_a_possessive_in_a_relative_clause_is_its_subjects(
    mentions_of: MentionsOf, text: str, code: str
) -> None:
    found = [m for m in mentions_of(text, D2018) if m.text == "his"]
    assert [m.actor.code for m in found] == [code], found


@pytest.mark.parametrize(
    ("text", "published", "surface", "code"),
    [
        # a family name only as near to a known one as "Hudak" to "Dacko" is another person
        ("David Hudak, 41, was arrested in the United States more than a week ago.", None,
         "David Hudak", None),
        # the twins: another romanisation of a known name is that person
        ("Mouammar Kadhafi met the Egyptian president.", D2005, "Mouammar Kadhafi",
         "LBYGOV"),
        ("Moammar Gadhafi met the Egyptian president.", D2005, "Moammar Gadhafi", "LBYGOV"),
    ],
)  # fmt: skip
def test_a_name_is_a_known_persons_only_when_spelt_near_enough(
    codes_of: CodesOf, text: str, published: date | None, surface: str, code: str | None
) -> None:
    found = [c for t, c in codes_of(text, published) if t == surface]
    assert found == [code], found


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # a particle opening a family name is free in case, as one inside a name is
        ("US forces have been searching for bin Laden around Tora Bora.", "bin Laden",
         "IMGMUSALQ"),
        ("US forces have been searching for Bin Laden around Tora Bora.", "Bin Laden",
         "IMGMUSALQ"),
        # a known person keeps his code when an apposition describes him
        ("US forces searched for bin Laden, the number one suspect in the September 11 "
         "attacks on New York, around Tora Bora.", "bin Laden", "IMGMUSALQ"),
    ],
)  # fmt: skip
def test_a_family_name_opened_by_a_particle_is_found_in_either_case(
    codes_of: CodesOf, text: str, surface: str, code: str
) -> None:
    found = [c for t, c in codes_of(text, date(2001, 12, 14)) if t == surface]
    assert found == [code], found
