"""Actor classes found by reading whimbrel's output on corpus items no gold set holds
(issue 16, twenty-third session: `audit` seeds 10207 to 10213, and the `dev` split's errors)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.records import Mention

D2004 = date(2004, 10, 1)
D2005 = date(2005, 1, 1)
D2018 = date(2018, 1, 25)
CodesOf = Callable[[str, date | None], list[tuple[str, str | None]]]


@pytest.mark.parametrize(
    ("text", "day", "name", "code"),
    [
        # a whole name spelt like a known person's is theirs only if the first names agree
        ("Matthew Taylor has written to the watchdog.", None, "Matthew Taylor", None),
        ("Matthew Taylor has written to the watchdog.", D2005, "Matthew Taylor", None),
        # the twin: another transliteration of the same first and family names
        ("Mouammar Kadhafi spoke in Tripoli.", D2005, "Mouammar Kadhafi", "LBYGOV"),
    ],
)  # fmt: skip
def test_a_name_spelt_alike_needs_the_same_first_name(
    codes_of: CodesOf, text: str, day: date | None, name: str, code: str | None
) -> None:
    found = dict(codes_of(text, day))
    assert found.get(name) == code, found


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        # a family name the report gives another first name is the report's person (an
        # undated article codes a known person by what all their roles share: AUS)
        ("With careful timing, a Tory defector and his new Labour bosses have tried to "
         "overshadow Michael Howard's latest speech on taxation.\n\nWith everyone in "
         "Westminster now working towards a general election, Mr Howard is eager to set out "
         "some clear policies. The big idea is a plan which Mr Howard has pledged to put into "
         "tax cuts.", None, None),
        # the twin: the known person, named in full
        ("Prime Minister John Howard spoke in Sydney. Mr Howard said so.", D2005, "AUSGOV"),
    ],
)  # fmt: skip
def test_a_family_name_with_another_first_name_is_not_the_known_person(
    codes_of: CodesOf, text: str, day: date | None, code: str | None
) -> None:
    codes = [c for n, c in codes_of(text, day) if n == "Mr Howard"]
    if code is None:
        assert not any(c and c.startswith("AUS") for c in codes), codes
    else:
        assert code in codes, codes


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a family name the tagger takes for a noun at the start of a sentence, as subject
        ("Trump urged Turkey to talk.", "Trump", "USAGOV"),
        ("Donald Trump spoke. Trump also called on Ankara to avoid actions.", "Trump",
         "USAGOV"),
        # the twin: a common noun that is also a family name stays a word
        ("Young people marched in Ankara.", "Young", None),
    ],
)  # fmt: skip
def test_a_family_name_opening_a_sentence_as_its_subject(
    codes_of: CodesOf, text: str, name: str, code: str | None
) -> None:
    codes = [c for n, c in codes_of(text, D2018) if n == name]
    assert codes == ([code] if code else []), codes


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a state's representative is its diplomat, a shadow minister the opposition's
        ("Iraq's representative, Samir Sumaida'ie, expressed his appreciation.",
         "Iraq's representative, Samir Sumaida'ie", "IRQGOV"),
        ("Tory shadow chancellor Oliver Letwin accused Mr Blair.",
         "Tory shadow chancellor Oliver Letwin", "GBROPP"),
        # Westminster in the news is Britain's parliament, not a town in Colorado
        ("MPs at Westminster voted against the bill.", "Westminster", "GBRLEG"),
        # a party's official speaks for a party of the article's country
        ("A senior party official in Tokyo said so.", "senior party official", "JPNPTY"),
        # the twins: a state's official and minister
        ("A senior Japanese official said so.", "Japanese official", "JPNGOV"),
        ("Home Secretary David Blunkett said so.", "David Blunkett", "GBRGOV"),
    ],
)  # fmt: skip
def test_role_words_and_seats_of_state_party_and_opposition(
    codes_of: CodesOf, text: str, name: str, code: str
) -> None:
    found = dict(codes_of(text, D2004))
    assert found.get(name) == code, found


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a royal named by title and first name after the full name is that royal
        ("Mohammed bin Salman visited Cairo. Later, Prince Mohammed met Sisi.",
         "Prince Mohammed", "SAUGOV"),
        # the twin: a title and another first name is someone else
        ("Mohammed bin Salman visited Cairo. Later, Prince Khalid met Sisi.", "Prince Khalid",
         None),
    ],
)  # fmt: skip
def test_a_royal_by_title_and_first_name_is_the_one_named_before(
    codes_of: CodesOf, text: str, name: str, code: str | None
) -> None:
    found = dict(codes_of(text, D2018))
    assert found.get(name) == code, found


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a tribal agency is the place it is named after (Pakistan's, until 2018)
        ("Unidentified assailants shot dead a tribal elder in Kurram Agency.", "Kurram Agency",
         "PAK"),
        # the twin: an agency of a state is its body
        ("The Central Intelligence Agency said so.", "Central Intelligence Agency", "USASPY"),
    ],
)  # fmt: skip
def test_a_place_named_agency_is_the_place(
    codes_of: CodesOf, text: str, name: str, code: str
) -> None:
    found = dict(codes_of(text, None))
    assert found.get(name) == code, found


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # where someone is from is the country, not its government
        ("An east London schoolgirl who left the UK in 2015 was tracked down in Syria.",
         "London", "GBR"),
        # the twins: the capital acting, and its role word, are the state's bodies
        ("London said it would act.", "London", "GBRGOV"),
        ("London police said so.", "London police", "GBRCOP"),
    ],
)  # fmt: skip
def test_a_capital_naming_where_someone_is_from_is_the_country(
    codes_of: CodesOf, text: str, name: str, code: str
) -> None:
    found = dict(codes_of(text, D2018))
    assert found.get(name) == code, found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "who has said he will": the relative's noun is who "he" is
        ("Ja'afari said he would not negotiate. The initiative rests with President Vladimir "
         "Putin, who has said he will convene a congress in Sochi.", "RUSGOV"),
    ],
)  # fmt: skip
def test_a_pronoun_reported_by_a_relatives_who_is_its_noun(
    mentions_of: Callable[[str, date | None], list[Mention]], text: str, code: str
) -> None:
    pronouns = [m for m in mentions_of(text, D2018) if m.text == "he"]
    assert pronouns[-1].actor.code == code, [(m.text, m.actor.code) for m in pronouns]
