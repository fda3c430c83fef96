"""Actor classes found by reading whimbrel's output on corpus items no gold set holds
(issue 16, sixteenth session: `audit` seeds 4141 to 4747)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.records import Mention

D2005 = date(2005, 2, 1)
MentionsOf = Callable[[str, date | None], list[Mention]]


def _codes(mentions_of: MentionsOf, text: str) -> dict[str, str | None]:
    return {m.text: m.actor.code for m in mentions_of(text, D2005)}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a person the knowledge base lacks, named after a party's name, is its politician
        (
            "Lib Dem Norman Baker accused ministers of turning Britain into a dumpsite.",
            "Lib Dem Norman Baker",
            "GBRPTY",
        ),
        (
            "Tory leader Michael Howard dismissed the Budget.",
            "Tory leader Michael Howard",
            "GBRPTY",
        ),
        # the twin: a role word still says the office ("Labour MP": a legislator)
        ("Labour MP Tom Watson criticised the plan for Britain.", "Labour MP Tom Watson", "GBRLEG"),
        # a people named between a state's demonym and a plural role word is of that state
        (
            "Pakistani Baloch separatists attacked a train.",
            "Pakistani Baloch separatists",
            "PAKREB",
        ),
        # the twin: a portfolio there is the office's ("Defence Minister": the military)
        (
            "Japanese Defence Minister Yuko Kurihara met him.",
            "Japanese Defence Minister Yuko Kurihara",
            "JPNMIL",
        ),
        # intelligence services by their short names
        ("India accuses the ISI of backing militants.", "ISI", "PAKSPY"),
        (
            "Pakistan blamed India's Research and Analysis Wing.",
            "Research and Analysis Wing",
            "INDSPY",
        ),
        # a police commander is the police's, not the army's
        (
            "Nairobi police commander Njue Njagi said officers were investigating.",
            "Nairobi police commander Njue Njagi",
            "KENCOP",
        ),
    ],
)
def test_a_party_name_a_role_or_a_short_name_says_whose(
    mentions_of: MentionsOf, text: str, name: str, code: str
) -> None:
    codes = _codes(mentions_of, text)
    assert codes.get(name) == code, codes


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # an owner "its" is its clause's subject, not the nearest state
        ("China applied to join GATT and presented a memorandum backing its application.", "CHN"),
        ("Taiwan lagged behind Japan and South Korea in encouraging its businessmen.", "TWN"),
        # a described body is a subject too
        (
            "The Japanese government, under pressure from the United States, agreed to open "
            "its markets.",
            "JPNGOV",
        ),
        # the twin: an object urged to act owns what it acts on
        ("The UN urged Iran to open its nuclear sites.", "IRN"),
    ],
)
def test_an_owner_its_is_its_clauses_subject(
    mentions_of: MentionsOf, text: str, owner: str
) -> None:
    its = [m for m in mentions_of(text, D2005) if m.text == "its"]
    assert [m.actor.code for m in its] == [owner], its


def test_an_acronym_spells_the_capitalised_words_before_its_name(
    mentions_of: MentionsOf,
) -> None:
    # "Independent" is outside the name the pattern found ("Election Commission of Iraq"),
    # but the acronym in brackets spells it too
    text = (
        "The envoy praised the Independent Election Commission of Iraq (IECI). "
        "The UN has been supporting the IECI since 2004."
    )
    iecis = [m.actor.code for m in mentions_of(text, D2005) if m.text == "IECI"]
    assert iecis and all(code == "IRQGOV" for code in iecis), iecis


def test_a_person_named_by_a_common_noun_is_the_likelier_antecedent(
    mentions_of: MentionsOf,
) -> None:
    # "he" after "a man" in its own sentence is the man, not the pope named before
    text = (
        "Pope Benedict visited Sarajevo on Friday. Police said they had arrested a man "
        "claiming he wanted to kill the pope."
    )
    he = [m for m in mentions_of(text, D2005) if m.text == "he"]
    assert not any(m.actor.code for m in he), he
    # the twin: with no such noun, "he" is the person named before
    text = "Pope Benedict visited Sarajevo on Friday. He said he wanted peace."
    he = [m for m in mentions_of(text, D2005) if m.text == "He"]
    assert he and all(m.actor.code == "VATELI" for m in he), he
