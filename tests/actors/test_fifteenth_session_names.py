"""Actor classes found by reading whimbrel's output on corpus items no gold set holds
(issue 16, fifteenth session: `audit` seeds 3030 and 3131)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.records import Mention

D2015 = date(2015, 6, 1)
MentionsOf = Callable[[str, date | None], list[Mention]]


def _codes(mentions_of: MentionsOf, text: str, published: date = D2015) -> dict[str, str | None]:
    return {m.text: m.actor.code for m in mentions_of(text, published)}


@pytest.mark.parametrize(
    "text",
    [
        # a one-word name given with an age in brackets, or "identified as", is a private
        # person the report introduces, not the knowledge base's King Salman
        "According to details, a student, identified as Salman (11), had brought a grenade.",
        "Police arrested a shopkeeper, Salman (34), in Karachi on Monday.",
        "The dead man was identified as Salman, a local shopkeeper.",
    ],
)
def test_a_private_person_introduced_is_no_namesake(mentions_of: MentionsOf, text: str) -> None:
    codes = _codes(mentions_of, text)
    assert not any(code and code.startswith("SAU") for code in codes.values()), codes


def test_a_private_person_stays_private_at_every_mention(mentions_of: MentionsOf) -> None:
    # "his nephew Abdullah (8)" is no Saudi king, nor is "Abdullah" again later (the
    # tokenizer keeps "8)" as one word)
    text = (
        "The principal and his nephew Abdullah (8) were killed when militants opened fire. "
        "The armed men attacked the car, killing the nephew, Abdullah, on the spot."
    )
    assert not any(
        m.actor.code and m.actor.code.startswith("SAU") for m in mentions_of(text, D2015)
    )


def test_the_twin_a_leader_named_is_the_leader(mentions_of: MentionsOf) -> None:
    codes = _codes(mentions_of, "King Salman received the Egyptian delegation in Riyadh.")
    assert codes.get("King Salman") == "SAUGOV", codes


def test_an_organisation_inside_a_longer_persons_name_is_the_person(
    mentions_of: MentionsOf,
) -> None:
    # Phoenix files "Bashir Ahmed" as a militant organisation (IMGMUSALQ); inside a longer
    # person's name it is that person's name
    text = "A tribal elder, Mir Bashir Ahmed Bizenjo, was shot dead in Hub town, reports Dawn."
    codes = _codes(mentions_of, text)
    assert not any(code and code.startswith("IMG") for code in codes.values()), codes
    # the twin: the name alone is the knowledge base's reading
    codes = _codes(mentions_of, "Bashir Ahmed was named in the indictment.")
    assert codes.get("Bashir Ahmed") == "IMGMUSALQ", codes


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # the Commonwealth alone is the Commonwealth of Nations, not a town in the Philippines
        (
            "Nigeria says the Commonwealth should suspend Zimbabwe.",
            "Commonwealth",
            "IGOCWN",
        ),
        # in an Australian story it is the federal government (the article's countries choose)
        (
            "In Sydney, Commonwealth crown solicitor James Lichtenberger charged the man with "
            "carrying cash out of Australia.",
            "Commonwealth",
            "AUSGOV",
        ),
        # a one-word institution's name that runs on with "of" and a name is a longer name
        ("The Commonwealth of Virginia sued the company on Monday.", "Commonwealth", None),
        # a union federation whose name holds "Congress" is no legislature
        (
            "The Congress of South African Trade Unions called a general strike.",
            "Congress of South African Trade Unions",
            "ZAFLAB",
        ),
    ],
)
def test_the_commonwealth_and_names_that_run_on_with_of(
    mentions_of: MentionsOf, text: str, name: str, code: str | None
) -> None:
    codes = _codes(mentions_of, text)
    assert codes.get(name, "missing") == code, codes


def test_what_a_place_once_was_is_no_actor(mentions_of: MentionsOf) -> None:
    # "the former Soviet republic of Belarus": the Soviet Union is no party here
    text = "Washington may impose sanctions on leaders of the former Soviet republic of Belarus."
    codes = _codes(mentions_of, text)
    assert "SUN" not in codes.values() and codes.get("Belarus") == "BLR", codes
    # the twin: a former leader is still the state's
    codes = _codes(mentions_of, "Former Soviet leader Mikhail Gorbachev criticised the plan.")
    assert any(code and code.startswith("SUN") for code in codes.values()), codes


def test_officials_after_an_ngo_are_not_the_ngos_government(mentions_of: MentionsOf) -> None:
    # a role word speaks for a state; with none described, for the article's country, and
    # an aid agency the article is about is no state
    text = "The Red Cross said it would reopen its field offices. An official said so."
    codes = _codes(mentions_of, text)
    assert not any(
        code and code.startswith("NGO") and code.endswith("GOV") for code in codes.values()
    ), codes
    # the twin: officials after a state's description are that state's
    text = "Pakistani officials in Peshawar briefed reporters. Officials rejected the appeal."
    codes = _codes(mentions_of, text)
    assert codes.get("Officials") == "PAKGOV", codes


def test_a_junta_is_its_countrys_government(mentions_of: MentionsOf) -> None:
    codes = _codes(mentions_of, "Junta officials in Myanmar rejected the appeal.")
    assert codes.get("Junta officials") == "MMRGOV", codes


def test_officials_speak_for_a_state_not_for_militants(mentions_of: MentionsOf) -> None:
    # a role word takes the latest state body described before it; militants are none
    text = (
        "Suspected Kamtapur Liberation Organisation (KLO) militants fired at labour camps in "
        "Dhubri. Police sources and eyewitnesses said four militants opened fire."
    )
    codes = _codes(mentions_of, text)
    assert not any(text.endswith("sources") and code for text, code in codes.items()), codes
    # the twin: officials after a state's forces are that state's
    text = "The Indian army shelled the village. Officials said two were killed."
    assert _codes(mentions_of, text).get("Officials", "").startswith("IND")


def test_a_committee_named_by_its_subjects_is_no_party(mentions_of: MentionsOf) -> None:
    text = "The Senate Labor and Human Resources Committee has held a hearing on Bell."
    codes = _codes(mentions_of, text, date(1987, 4, 1))
    assert not any(code and code.startswith("AUS") for code in codes.values()), codes
    # the twin: a party's own committee is the party's
    text = "The Labour Party's national executive committee met on Monday."
    assert _codes(mentions_of, text).get("Labour Party") == "GBRPTY"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a role word with its own "of"/"for" phrase speaks for that body
        (
            "A spokesperson of the banned Baloch Liberation Army claimed responsibility.",
            "spokesperson",
            "PAKREB",
        ),
        # "peace" and "special" sit between a state and its envoy
        ("US peace envoy Dennis Ross met Israeli leaders.", "US peace envoy Dennis Ross", "USAGOV"),
        # the twin: a spokesman after a state's forces is still that state's
        ("The Indian army shelled the village, a spokesman said.", "spokesman", "INDMIL"),
    ],
)
def test_whom_a_role_word_speaks_for(
    mentions_of: MentionsOf, text: str, name: str, code: str
) -> None:
    codes = _codes(mentions_of, text, date(1997, 4, 10))
    assert codes.get(name) == code, codes


def test_a_regions_adjective_is_no_country(mentions_of: MentionsOf) -> None:
    # "Central American", "Latin American": a region, not the United States
    text = "Cuba flew in 500 more combat troops to the leftist-ruled Central American nation."
    assert "USA" not in _codes(mentions_of, text).values()
    # the twin: the knowledge base's own longer demonyms stay countries
    codes = _codes(mentions_of, "South African troops and North Korean diplomats met.")
    assert codes.get("South African troops", "").startswith("ZAF"), codes
    assert codes.get("North Korean diplomats", "").startswith("PRK"), codes


def test_a_sea_named_after_a_state_is_no_actor(mentions_of: MentionsOf) -> None:
    # "the Indian Ocean" (which Phoenix files as India's parliament), "the Arabian Sea"
    text = "Scotland sent help to the victims of the Indian Ocean tidal wave."
    assert not any(code and code.startswith("IND") for code in _codes(mentions_of, text).values())
    # the twins: the parliament by its own name, even as the tagger's "person", and a
    # state's navy on the sea
    assert _codes(mentions_of, "The Lok Sabha passed the bill.").get("Lok Sabha") == "INDGOVLEG"
    codes = _codes(mentions_of, "The Indian navy patrolled the Arabian Sea.")
    assert codes.get("Indian navy") == "INDMIL", codes


def test_a_family_name_before_a_locality_word_is_a_place(mentions_of: MentionsOf) -> None:
    # "at Kawari village": a village's name, not Qatar's minister al-Kawari
    text = "Militants killed five civilians at Kawari village in Kupwara District."
    assert not any(code and code.startswith("QAT") for code in _codes(mentions_of, text).values())
