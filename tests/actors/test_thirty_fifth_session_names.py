"""Actor classes found by reading whimbrel's output on corpus items no gold set holds
(issue 16, thirty-fifth session: `audit` seeds 10314 onwards)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

D1987 = date(1987, 4, 2)
CodesOf = Callable[[str, date | None], list[tuple[str, str | None]]]


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # a body the knowledge base lacks, named with a state's demonym before two words
        # more, is that state's
        ("Naidoo criticised the South African Transport Services for refusing to talk.",
         "South African Transport Services", "ZAF"),
        ("The Canadian Coalition on Acid Rain hailed the call.",
         "Canadian Coalition on Acid Rain", "CAN"),
        # the twin: a state's name may be the body's subject, not its owner ("the Iraq
        # Study Group" was an American panel)
        ("The Iraq Study Group urged Bush to withdraw troops.", "Iraq Study Group", None),
    ],
)  # fmt: skip
def test_a_body_named_with_a_demonym_is_that_states(
    codes_of: CodesOf, text: str, surface: str, code: str | None
) -> None:
    found = codes_of(text, D1987)
    assert [(c or "")[:3] or None for t, c in found if t == surface] == [code], found


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # "the pope" is the Holy See's wherever the story is told
        ("The Czech president met the pope at the airport.", "pope", "VAT"),
        ("In Havana, the pope urged Cuba to free political prisoners.", "pope", "VAT"),
        # the twin: a bare "the president" is of the country the story is about
        ("HAVANA - The president urged Cuba's farmers to work harder.", "president", "CUB"),
    ],
)  # fmt: skip
def test_the_pope_is_the_holy_sees(codes_of: CodesOf, text: str, surface: str, code: str) -> None:
    found = codes_of(text, D1987)
    assert [(c or "")[:3] for t, c in found if t == surface] == [code], found


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # a town the gazetteer has abroad, said to lie in a place of another country, is a
        # namesake there: the militants where it is are of that country
        ("Militants attacked an Army post in Shahgund area of Hajin in Bandipora District.",
         "Militants", "IND"),
        # the twin: the town alone is the gazetteer's
        ("Militants attacked an Army post in Hajin.", "Militants", "SYR"),
    ],
)  # fmt: skip
def test_a_town_lies_in_the_place_named_after_it(
    codes_of: CodesOf, text: str, surface: str, code: str
) -> None:
    found = codes_of(text, D1987)
    assert [(c or "")[:3] for t, c in found if t == surface] == [code], found


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # a body the knowledge base lacks, named as an organisation is, in a sentence that
        # names no other country, is of the country the story is about, with the role its
        # head word gives
        ("WASHINGTON - The National Association of Atomic Veterans sued the government.",
         "National Association of Atomic Veterans", "USA"),
        ("WASHINGTON - The Millbrook Miners Union criticised the government.",
         "Millbrook Miners Union", "USALAB"),
        # the twins: a name of no organisation the tagger calls one, and an international
        # body, are no one country's
        ("WASHINGTON - The Organisation of Economic Cooperation and Development criticised "
         "the government.", "Organisation of Economic Cooperation and Development", None),
    ],
)  # fmt: skip
def test_an_unknown_body_is_of_the_storys_country(
    codes_of: CodesOf, text: str, surface: str, code: str | None
) -> None:
    found = codes_of(text, D1987)
    assert [c for t, c in found if t == surface] == [code], found


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # a town's one-word name that is the family name of a person named in full before
        # it is that person: "Napier" is a New Zealand town, Robert Napier a Scottish robber
        ("Scotland's courts heard Robert Napier. Napier said the practice breached his "
         "rights.", "Napier", "GBR"),
        # the twin: the town named alone is the town
        ("Scotland's courts heard the case. Napier said the practice breached his rights.",
         "Napier", "NZL"),
    ],
)  # fmt: skip
def test_a_family_name_is_no_town(codes_of: CodesOf, text: str, surface: str, code: str) -> None:
    found = codes_of(text, D1987)
    assert [(c or "")[:3] for t, c in found if t == surface] == [code], found


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # a party's name in the singular before a title names the party's leader
        (
            "Liberal Democrat leader Charles Kennedy attacked the budget.",
            "Liberal Democrat leader Charles Kennedy",
            "GBRPTY",
        ),
    ],
)
def test_a_party_in_the_singular_names_its_leader(
    codes_of: CodesOf, text: str, surface: str, code: str
) -> None:
    assert [c for t, c in codes_of(text, D1987) if t == surface] == [code]
