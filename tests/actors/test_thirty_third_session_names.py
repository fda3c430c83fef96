"""Actor classes found by reading whimbrel's output on corpus items no gold set holds
(issue 16, thirty-third session: `audit` seeds 10284 onwards)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.records import Mention

D2005 = date(2005, 11, 2)
D2010 = date(2010, 9, 8)
D2016 = date(2016, 10, 5)
CodesOf = Callable[[str, date | None], list[tuple[str, str | None]]]
MentionsOf = Callable[[str, date | None], list[Mention]]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # a romanised given name's second syllable hyphened on, in lower case, is still the
        # name the knowledge base spells with a space and a capital
        ("Ma Ying-jeou criticised Japan.", "Ma Ying-jeou", "TWN"),
        ("Former president Lee Teng-hui criticised Japan.", "Former president Lee Teng-hui",
         "TWN"),
        ("President Roh Moo-hyun met Koizumi.", "President Roh Moo-hyun", "KOR"),
    ],
)  # fmt: skip
def test_a_hyphened_given_name_is_the_knowledge_bases(
    codes_of: CodesOf, text: str, surface: str, country: str
) -> None:
    found = codes_of(text, D2005 if "Roh" in text else D2010)
    assert [(c or "")[:3] for t, c in found if t == surface] == [country], found


def test_a_lower_case_word_after_a_space_is_no_part_of_a_name(codes_of: CodesOf) -> None:
    # the twin: only a hyphen joins the syllable; "Ma Ying jeou" stays unknown
    found = codes_of("Ma Ying jeou criticised Japan.", D2010)
    assert not any((c or "").startswith("TWN") for _, c in found), found


@pytest.mark.parametrize(
    ("text", "published", "surface", "code"),
    [
        # an office-holder's own nationality stated after the name is no other person
        ("Donald Tusk of Poland criticised Russia.", D2016, "Donald Tusk", "IGOEUREEC"),
        ("European Council President Donald Tusk of Poland said Europe must act.", D2016,
         "European Council President Donald Tusk", "IGOEUREEC"),
        # the twin: a country not the person's own makes a namesake of that country
        ("King Hassan of Morocco met the envoy.", date(1990, 5, 1), "King Hassan", "MAR"),
        # a demonym before the title states the country as a noun does: Saudi Arabia's king,
        # not the Jordanian namesake the knowledge base files under "King Abdullah"
        ("Police arrested a man who insulted Saudi King Abdullah.", D2010, "King Abdullah",
         "SAU"),
        # the twins: the person's own demonym keeps him
        ("Jordanian King Abdullah met the envoy.", D2010, "King Abdullah", "JORGOV"),
        ("British Prime Minister Tony Blair met the envoy.", date(2005, 5, 17),
         "British Prime Minister Tony Blair", "GBRGOV"),
    ],
)  # fmt: skip
def test_a_country_stated_with_a_name(
    codes_of: CodesOf, text: str, published: date, surface: str, code: str
) -> None:
    found = codes_of(text, published)
    assert [c for t, c in found if t == surface] == [code], found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a name that only modifies "government" names the government, not a person "he"
        # may mean
        ("The Pakistani ambassador said the Modi government is trying to calm its people. "
         "He said Pakistan would defend itself.", None),
        # the twin: the person named as a subject is the one "he" means
        ("Modi said the government is trying to calm its people. He said India would "
         "defend itself.", "IND"),
    ],
)  # fmt: skip
def test_a_name_for_a_government_is_no_antecedent(
    mentions_of: MentionsOf, text: str, country: str | None
) -> None:
    he = [m for m in mentions_of(text, D2016) if m.text == "He"]
    assert [m.actor.country for m in he] == ([country] if country else []), he


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # a name spelt with a syllable before it is another name, however alike the
        # consonants ("Bell" is not Burma's David Oliver Abel)
        ("On Monday school inspection chief David Bell accused some schools of failing "
         "pupils.", "chief David Bell", None),
        # the twin: a transliteration that changes a letter is the same person
        ("Mouammar Kadhafi met the envoy.", "Mouammar Kadhafi", "LBYGOV"),
    ],
)  # fmt: skip
def test_a_name_with_another_opening_is_no_transliteration(
    codes_of: CodesOf, text: str, surface: str, code: str | None
) -> None:
    found = codes_of(text, None if "Bell" in text else D2005)
    assert [c for t, c in found if t == surface] == [code], found


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        # a region or a state inside the name of an office's portfolio says what the office
        # deals with, not whose it is
        ("Delia Rosal, executive director of the department's Asia and Pacific Affairs, met "
         "China's envoy.", "ASA", "CHN"),
        ("The head of the Foreign Ministry's Europe department met the Russian ambassador.",
         "EUR", "RUS"),
        ("Assistant Secretary of State for East Asian and Pacific Affairs Christopher Hill "
         "met Chinese officials.", "ASA", "CHN"),
        ("Canada's Minister of Indian Affairs met the chiefs.", "IND", "CAN"),
    ],
)  # fmt: skip
def test_a_portfolio_names_no_actor(codes_of: CodesOf, text: str, absent: str, kept: str) -> None:
    countries = [(c or "")[:3] for _, c in codes_of(text, D2005)]
    assert absent not in countries and kept in countries, countries


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the twins: an adjective on an office in lower case, or on a ministry, is its owner
        ("The Iraqi defence department said so.", "IRQ"),
        ("Chinese foreign affairs spokesman Qin Gang said so.", "CHN"),
        ("The Pakistani Foreign Affairs Ministry spokesman said so.", "PAK"),
    ],
)  # fmt: skip
def test_an_owner_of_an_office_is_kept(codes_of: CodesOf, text: str, country: str) -> None:
    countries = [(c or "")[:3] for _, c in codes_of(text, D2016)]
    assert country in countries, countries


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # a name after "alias" is the person's other name, not the king's
        ("Police on May 16 arrested Maskawat Hasan alias Sakib alias Abdullah, commander "
         "of the JMB.", "Abdullah", None),
        # the twin: the king named as himself
        ("Police arrested a man who insulted King Abdullah.", "King Abdullah", "JORGOV"),
        # a place name that opens a body's name is no place: "the Confederation of British
        # Industry" (Confederation is also a Canadian town)
        ("The Confederation of British Industry called for a pause.",
         "Confederation of British Industry", None),
    ],
)  # fmt: skip
def test_a_name_that_is_part_of_another(
    codes_of: CodesOf, text: str, surface: str, code: str | None
) -> None:
    found = codes_of(text, date(2010, 5, 17))
    codes = [c for t, c in found if t == surface]
    assert codes == [code] if code else not any(codes), found
