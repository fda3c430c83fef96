"""Actor classes found by reading whimbrel's output on corpus items no gold set holds
(issue 16, twenty-second session: `audit` seeds 10201 to 10204)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

D1987 = date(1987, 6, 2)
D2010 = date(2010, 6, 1)
D2015 = date(2015, 9, 9)
D2018 = date(2018, 4, 13)
CodesOf = Callable[[str, date | None], list[tuple[str, str | None]]]


@pytest.mark.parametrize(
    ("text", "day", "namesake"),
    [
        # a name takes no article: "the Kurd" is a common noun, not Humayun Aziz Kurd
        ("The Kurd offers no details on his story.", D2010, False),
        ("He met a Kurd from Kobane.", D2010, False),
        # the twin: the family name alone after the full name is the minister
        ("Interior Minister Humayun Aziz Kurd visited Quetta. Kurd said the talks went well.",
         D2010, True),
    ],
)  # fmt: skip
def test_a_family_name_with_an_article_is_a_common_noun(
    codes_of: CodesOf, text: str, day: date, namesake: bool
) -> None:
    codes = [code for name, code in codes_of(text, day) if name == "Kurd"]
    assert ("PAKGOVAGR" in codes) is namesake, codes


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a one-word name at the end of a longer name is not the knowledge base's
        ("Bassam Abu Abdullah, an adviser to the Syrian information ministry, denied it.",
         "Abdullah", None),
        # the twin: a titled one-word name is
        ("King Abdullah met Barack Obama in Amman.", "King Abdullah", "JORGOV"),
    ],
)  # fmt: skip
def test_a_name_inside_a_longer_name_is_not_the_namesake(
    codes_of: CodesOf, text: str, name: str, code: str | None
) -> None:
    found = dict(codes_of(text, D2018))
    assert found.get(name) == code, found


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # an expatriate is a private person
        ("British expat Eric Kempson criticised the camp.", "British expat Eric Kempson",
         "GBRCVL"),
        # the people of Canada's provinces are Canadian, not British or Colombian
        ("Thousands of British Columbian workers staged a strike.",
         "British Columbian workers", "CANLAB"),
        # a title with its "of" phrase names its holder
        ("U.K. Chancellor of the Exchequer Nigel Lawson said the talks went well.",
         "U.K. Chancellor of the Exchequer Nigel Lawson", "GBRGOV"),
    ],
)  # fmt: skip
def test_who_people_are_by_their_descriptions(
    codes_of: CodesOf, text: str, phrase: str, code: str
) -> None:
    found = dict(codes_of(text, D1987 if "Lawson" in text else D2015))
    assert found.get(phrase) == code, found


@pytest.mark.parametrize(
    ("text", "police"),
    [
        # a former police chief is of the police no longer
        ("The former police chief clashed with the campaigners in Sunderland.", False),
        # the twin: a serving one is
        ("The police chief clashed with the campaigners in Sunderland.", True),
    ],
)
def test_a_former_member_is_no_longer_of_the_body(
    codes_of: CodesOf, text: str, police: bool
) -> None:
    codes = [code or "" for _, code in codes_of(text, D2015)]
    assert any(code.endswith("COP") for code in codes) is police, codes


def test_a_group_is_no_antecedent_of_he(codes_of: CodesOf) -> None:
    # Phoenix dates the codes of "The Islamic State": it is a group all the same
    text = (
        "A congressman disputed Donald Trump's claim that ISIS has been defeated in Syria, "
        "used to justify his decision to withdraw US troops."
    )
    found = codes_of(text, D2018)
    assert ("his", "USAGOV") in found, found


def test_he_may_mean_a_person_the_knowledge_base_lacks(codes_of: CodesOf) -> None:
    # the family name alone after a full name the knowledge base lacks is still a person a
    # pronoun may mean: not the Tony Blair named before him
    text = (
        "Tony Blair spoke in London on Monday. On Salisbury Yakovenko disputes the claim. "
        "Yakovenko says Russia has been warning for weeks. He accuses Britain of staging "
        "the attack."
    )
    found = codes_of(text, D2018)
    assert ("He", "GBRELI") not in found, found


@pytest.mark.parametrize(
    ("day", "code"),
    [
        # with no date at all, a group whose status changed is what all its codes share
        (None, "AFG"),
        # the twins: dated, it is what it was that day
        (date(2004, 10, 6), "AFGREB"),
        (date(2022, 3, 1), "AFGGOV"),
    ],
)
def test_an_undated_group_is_what_it_always_was(
    codes_of: CodesOf, day: date | None, code: str
) -> None:
    text = "The Taliban claimed responsibility for the attack."
    found = codes_of(text, day)
    assert ("Taliban", code) in found, found
