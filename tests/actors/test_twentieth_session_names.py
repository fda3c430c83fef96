"""Actor classes found by reading whimbrel's output on corpus items no gold set holds
(issue 16, twentieth session: `audit` seeds 9191 to 9494)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.records import Mention

D2005 = date(2005, 11, 23)
MentionsOf = Callable[[str, date | None], list[Mention]]


def _codes(mentions_of: MentionsOf, text: str, day: date = D2005) -> dict[str, str | None]:
    return {m.text: m.actor.code for m in mentions_of(text, day)}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a role noun "in" an institution is its member
        (
            "Officers in the Russian military attacked Canada.",
            "Officers in the Russian military",
            "RUSMIL",
        ),
        (
            "Officials in the Indian government criticised Pakistan.",
            "Officials in the Indian government",
            "INDGOV",
        ),
        # the twin: "in" a place says where they are, and a place's police are its own
        ("Police in Kabul arrested two men.", "Police", "AFGCOP"),
        # ... and "from" a country still names whose they are
        ("Officials from Chad met French officials.", "Officials from Chad", "TCDGOV"),
        # ... and a role noun's own "of" phrase says what they are
        (
            "Members of parliament from Kenya's Liberal Democratic Party called on the minister "
            "to resign.",
            "Members of parliament",
            "KENLEG",
        ),
    ],
)
def test_members_of_an_institution(
    mentions_of: MentionsOf, text: str, name: str, code: str
) -> None:
    assert _codes(mentions_of, text).get(name) == code


@pytest.mark.parametrize(
    ("text", "name", "code", "not_code"),
    [
        # a Chinese name's family name comes first: "Hu" alone after "Hu Jintao" is he
        (
            "Chinese President Hu Jintao arrived in Canberra. Hu said this on Monday.",
            "Hu",
            "CHNGOV",
            None,
        ),
        # the twin: a Western name's first word alone is nobody known
        (
            "Australian Prime Minister John Howard met Chinese officials. John criticised China.",
            "John",
            None,
            "AUSGOV",
        ),
        # an honorific the tagger took into the name leaves it the leader's family name
        (
            "There are no plans for Mr Blair to hold a news conference, the Conservatives said.",
            "Mr Blair",
            "GBRGOV",
            None,
        ),
        # the twin: the knowledge base records no one's sex, and "Mrs Blair" is his wife
        (
            "There are no plans for Mrs Blair to hold a news conference, the Conservatives said.",
            "Mrs Blair",
            None,
            "GBRGOV",
        ),
    ],
)
def test_short_names_of_people(
    mentions_of: MentionsOf, text: str, name: str, code: str | None, not_code: str | None
) -> None:
    codes = _codes(mentions_of, text)
    assert name in codes, codes
    if code is not None:
        assert codes[name] == code, codes
    if not_code is not None:
        assert codes[name] != not_code, codes


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a party the knowledge base lacks is of the country whose it is said to be, not the
        # article's (a Chinese wire's)
        (
            "BEIJING - Chinese President Hu Jintao said on Monday that he met members of "
            "Japan's Komei Party.",
            "Komei Party",
            "JPNPTY",
        ),
        # an acronym the article spells out, before a role word, is whose the role is
        (
            "The European Community will retaliate against Japan, an EC official warned in "
            "Washington after talks with U.S. officials.",
            "official",
            "IGOEUREEC",
        ),
        # a spokesman for a part of a body speaks for the body
        (
            "Militants of the Tehreek-e-Taliban Pakistan (TTP) stormed checkpoints in "
            "Peshawar. A spokesman for the Darra Adamkhel chapter of the TTP claimed "
            "responsibility.",
            "spokesman",
            "PAKREB",
        ),
    ],
)
def test_whose_a_group_or_its_voice_is(
    mentions_of: MentionsOf, text: str, name: str, code: str
) -> None:
    codes = _codes(mentions_of, text)
    assert codes.get(name) == code, codes


@pytest.mark.parametrize(
    ("text", "day", "name", "code"),
    [
        # a title says what a person is on a day between the knowledge base's terms for him
        (
            "Italian Prime Minister Romano Prodi flew into southern Albania.",
            date(1997, 4, 2),
            "Italian Prime Minister Romano Prodi",
            "ITAGOV",
        ),
        (
            "Turkish Foreign Minister Abdullah Gul called on the EU to act.",
            date(2005, 12, 17),
            "Turkish Foreign Minister Abdullah Gul",
            "TURGOV",
        ),
        # the twins: no title, a former one, or one ended by force leaves him an elite
        ("Romano Prodi flew into southern Albania.", date(1997, 4, 2), "Romano Prodi", "ITAELI"),
        (
            "Former Prime Minister Romano Prodi flew into southern Albania.",
            date(1997, 4, 2),
            "Former Prime Minister Romano Prodi",
            "ITAELI",
        ),
        (
            "Supporters of ousted President Jean-Bertrand Aristide took to the streets.",
            date(2004, 3, 2),
            "President Jean-Bertrand Aristide",
            "HTIELI",
        ),
        # ... a term the knowledge base has on the day still decides
        (
            "The new Israeli Labour leader Amir Peretz may help unite Israel.",
            date(2006, 11, 3),
            "Israeli Labour leader Amir Peretz",
            "ISRGOVMIL",
        ),
        # ... and the title of an office whose term has ended is a courtesy
        (
            "President Donald Trump criticised the EU.",
            date(2021, 12, 4),
            "President Donald Trump",
            "USAELI",
        ),
    ],
)
def test_a_title_on_the_day(
    mentions_of: MentionsOf, text: str, day: date, name: str, code: str
) -> None:
    codes = _codes(mentions_of, text, day)
    assert codes.get(name) == code, codes
