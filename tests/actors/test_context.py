"""In-article resolution (issue 15, classes 7, 8, 11 and 12): back-references, actors inside
modifiers, undated articles and domestic generic actors.

Sentences are made up for the case; most come as minimal pairs: one that must resolve and a
near twin that must not (the article does not say).
"""

from __future__ import annotations

from datetime import date

import pytest

from whimbrel.actors import find_mentions, plural_mentions
from whimbrel.pipeline import Coder, make_article
from whimbrel.records import CodedArticle, Mention

D2020 = date(2020, 1, 1)


def _one(mentions: list[Mention], text: str) -> Mention:
    found = [m for m in mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in mentions]}"
    return found[0]


def _code_of(mentions: list[Mention], text: str) -> str | None:
    return _one(mentions, text).actor.code


def _coded(coder: Coder, text: str, day: date | None = D2020) -> CodedArticle:
    return coder.code(make_article(text, day))


# --- 12. domestic generic actors take the article's country ---------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Maoist rebels ambushed a police patrol in Chhattisgarh.", "Maoist rebels", "INDREB"),
        ("Maoist rebels ambushed a police patrol in Chhattisgarh.", "police patrol", "INDCOP"),
        ("Gunmen abducted a businessman in Manipur.", "Gunmen", "INDUAF"),
        ("Thousands of protesters marched in Caracas.", "protesters", "VENCVL"),
        ("Police arrested two men in Ankara.", "Police", "TURCOP"),
        ("Villagers blocked the road near Peshawar.", "Villagers", "PAKCVL"),
        ("Separatists attacked a checkpoint in Donetsk.", "Separatists", "UKRREB"),
        (
            "NEW DELHI - The opposition Congress party criticised the state government.",
            "the state government",
            "INDGOV",
        ),
        (
            "NEW DELHI - The opposition Congress party criticised the state government.",
            "opposition Congress party",
            "INDOPP",
        ),
        # the dateline and the places named outweigh a country acted on
        (
            "LAGOS - Gunmen killed five villagers on Sunday. Police blamed Cameroon.",
            "Police",
            "NGACOP",
        ),
    ],
)
def test_generic_actor_takes_the_article_country(mentions_of, text, mention, code) -> None:
    assert _code_of(mentions_of(text, D2020), mention) == code


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # the twins: nothing says where
        ("Gunmen abducted a businessman.", "Gunmen"),
        ("Thousands of protesters marched.", "protesters"),
        ("The opposition party criticised the state government.", "the state government"),
        # a country acted on is not the actor's own
        ("Police criticised Turkey.", "Police"),
        ("Rebels attacked Russian troops.", "Rebels"),
        # a hyphenated first word is no dateline ("UN-sponsored"), and where talks are held
        # is not whose the opposition is
        (
            "UN-sponsored talks in Geneva collapsed. Talks with the opposition failed.",
            "the opposition",
        ),
        # countries split evenly: no guess
        ("Militants fled from Syria into Iraq. Militants fled from Iraq into Syria.", "Militants"),
    ],
)
def test_generic_actor_stays_unresolved_when_the_article_does_not_say(
    mentions_of, text, mention
) -> None:
    assert _code_of(mentions_of(text, D2020), mention) is None


# Police-report English: the armed, the criminal and the police by the words such reports
# use, and a place given as "the X area of Y District".
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Terrorists attacked a checkpoint in Srinagar.", "Terrorists", "INDUAF"),
        ("Maoists torched two trucks in Chhattisgarh.", "Maoists", "INDREB"),
        ("Kidnappers released the trader in Manipur.", "Kidnappers", "INDCRM"),
        ("Miscreants looted a bank in Assam.", "Miscreants", "INDCRM"),
        ("A head constable was injured in Quetta.", "head constable", "PAKCOP"),
        (
            "A constable was injured in Sharifabad area of Karachi District on Monday.",
            "constable",
            "PAKCOP",
        ),
        ("Striking workers blocked the highway near Lahore.", "Striking workers", "PAKLAB"),
    ],
)
def test_police_report_actors_take_the_article_country(mentions_of, text, mention, code) -> None:
    assert _code_of(mentions_of(text, D2020), mention) == code


def test_a_demonym_keeps_its_generic_noun(mentions_of) -> None:
    # "Italian aid workers" abducted in Iraq are Italy's, not the article's
    found = mentions_of("Insurgents abducted two Italian aid workers in Baghdad.", D2020)
    assert all(m.actor.code != "IRQLAB" for m in found)
    assert _code_of(found, "Insurgents") == "IRQREB"


# A party the knowledge base lacks belongs to the country the article is about.
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "NEW DELHI - Police detained activists of the Jana Sangharsh Party.",
            "Jana Sangharsh Party",
            "INDPTY",
        ),
        (
            "TAIPEI - The People First Party criticised the president.",
            "People First Party",
            "TWNPTY",
        ),
    ],
)
def test_an_unknown_party_is_the_article_country_s(mentions_of, text, mention, code) -> None:
    assert _code_of(mentions_of(text, D2020), mention) == code


def test_an_unknown_party_with_no_country_stays_unknown(mentions_of) -> None:
    assert _code_of(mentions_of("The Peace Party criticised Russia.", D2020), "Peace Party") is None


def test_soldiers_are_not_given_the_article_country(mentions_of) -> None:
    # Soldiers, troops and armies are as often a foreign state's as the article's own: in a
    # Washington story on Russia, "massing soldiers on the Ukrainian border" is no US force.
    text = (
        "WASHINGTON - President Biden spoke to reporters at the White House. "
        "Russia is massing soldiers on the Ukrainian border, US officials said."
    )
    found = mentions_of(text, D2020)
    assert all(m.actor.code != "USAMIL" for m in found if "soldiers" in m.text)
    # its twin: a demonym gives soldiers their country
    found = mentions_of("Russian soldiers crossed the border, US officials said.", D2020)
    assert _code_of(found, "Russian soldiers") == "RUSMIL"


def test_a_named_group_is_not_given_the_article_country(mentions_of) -> None:
    found = mentions_of("Kenyan police arrested four al-Shabaab militants in Mombasa.", D2020)
    assert _code_of(found, "Kenyan police") == "KENCOP"
    assert all(m.actor.code != "KENUAF" for m in found)


def test_possessed_generic_is_the_possessor_s(mentions_of) -> None:
    found = mentions_of("His commanding officer praised him in Kabul.", D2020)
    assert not [m for m in found if "officer" in m.text and m.actor.code]


def test_a_political_actor_belongs_to_the_article_not_to_where_it_meets(mentions_of) -> None:
    text = (
        "The Syrian government delegation left Damascus. The Syrian government rejected the "
        "plan. Talks with the opposition resumed in Geneva."
    )
    assert _code_of(mentions_of(text, D2020), "the opposition") == "SYROPP"


def test_a_party_name_resolves_by_the_article_country(mentions_of) -> None:
    indian = mentions_of("NEW DELHI - Congress party leaders met in Mumbai.", D2020)
    congress = [m for m in indian if "Congress" in m.text]
    assert congress and all(m.actor.country == "IND" for m in congress)
    american = mentions_of("WASHINGTON - Congress passed the bill in Washington.", D2020)
    assert _one(american, "Congress").actor.country == "USA"


def test_domestic_event_through_the_coder(coder: Coder) -> None:
    coded = _coded(coder, "Maoist rebels ambushed a police patrol in Chhattisgarh.")
    assert [(e.source.actor.code, e.target.actor.code) for e in coded.events if e.target] == [
        ("INDREB", "INDCOP")
    ]
    twin = _coded(coder, "Maoist rebels ambushed a police patrol.")
    assert not twin.events


# --- 7. back-references and descriptions -----------------------------------------------------


def test_a_surname_alone_after_the_full_name_is_that_person(mentions_of) -> None:
    text = "German lawmaker Lena Brandt criticised Turkey. Brandt said the talks had failed."
    found = mentions_of(text, D2020)
    brandt = [m for m in found if m.text == "Brandt"]
    assert brandt and brandt[0].actor.code == "DEULEG"
    assert brandt[0].antecedent == _one(found, "German lawmaker Lena Brandt").span


def test_a_surname_the_parser_takes_for_a_place_is_still_that_person(mentions_of) -> None:
    # spaCy tags this "Tshisekedi" alone as a GPE; no place has the name, the person has
    text = (
        "KINSHASA - Soldiers broke up a rally backing Prime Minister Etienne Tshisekedi on "
        "Monday. Security forces held Tshisekedi around midday as he attempted to enter the "
        "building."
    )
    found = mentions_of(text, date(1997, 4, 9))
    alone = [m for m in found if m.text == "Tshisekedi"]
    assert alone and alone[0].actor.code == "ZARGOV"
    assert alone[0].antecedent == _one(found, "Prime Minister Etienne Tshisekedi").span


@pytest.mark.parametrize(
    "text",
    [
        # another person of the same family name
        "German lawmaker Lena Brandt criticised Turkey. Karl Brandt was once a banker.",
        # the surname before the full name
        "Brandt criticised Turkey. German lawmaker Lena Brandt spoke later.",
    ],
)
def test_a_surname_is_not_bound_to_someone_else(mentions_of, text) -> None:
    found = mentions_of(text, D2020)
    # (the article's country alone, by `people_of_article`, is no binding to Lena Brandt)
    assert all(
        m.antecedent is None and m.actor.code != "DEULEG"
        for m in found
        if m.text in ("Brandt", "Karl Brandt")
    ), [(m.text, m.actor.code) for m in found]


def test_a_bare_role_takes_the_state_described_just_before(mentions_of) -> None:
    text = (
        "Pakistani officials in Peshawar briefed reporters. A senior officer accused Afghan "
        "troops of shelling border posts."
    )
    found = mentions_of(text, D2020)
    officer = _one(found, "senior officer")
    assert officer.actor.country == "PAK"
    assert officer.antecedent == _one(found, "Pakistani officials").span
    alone = mentions_of("A senior officer accused Afghan troops of shelling posts.", D2020)
    assert all(m.actor.code is None for m in alone if "officer" in m.text)


def test_a_bare_role_with_no_state_before_is_of_the_articles_country(mentions_of) -> None:
    found = mentions_of(
        "PESHAWAR, Pakistan - Two men died in a blast. Officials blamed the militants.", D2020
    )
    assert _one(found, "Officials").actor.code == "PAKGOV"
    # "sources" may be anyone's: only a state description makes them a state's
    found = mentions_of(
        "PESHAWAR, Pakistan - Two men died in a blast. Local sources blamed the militants.", D2020
    )
    assert all(m.actor.code is None for m in found if "sources" in m.text)


def test_the_officers_resolve_from_the_article(mentions_of) -> None:
    found = mentions_of("Turkish officials arrived in Nicosia. The officials met reporters.", D2020)
    assert _one(found, "officials").actor.country == "TUR"


def test_an_institution_after_of_is_not_cut(mentions_of) -> None:
    found = mentions_of("The spokesman of the Kenyan Foreign Ministry condemned it.", D2020)
    assert _code_of(found, "spokesman of the Kenyan Foreign Ministry") == "KENGOV"


def test_an_appositive_gives_an_unknown_person_a_country_and_role(mentions_of) -> None:
    found = mentions_of("Lena Brandt, a German lawmaker, criticised Turkey.", D2020)
    assert _code_of(found, "Lena Brandt") == "DEULEG"
    dated = mentions_of(
        "BERLIN - Lena Brandt, a member of parliament for the Left Party, criticised Turkey.",
        D2020,
    )
    assert _code_of(dated, "Lena Brandt") == "DEULEG"
    # the twin: the article names no country of hers (Turkey is what she criticised)
    twin = mentions_of(
        "Lena Brandt, a member of parliament for the Left Party, criticised Turkey.", D2020
    )
    assert _code_of(twin, "Lena Brandt") is None


def _plural(coder: Coder, text: str, day: date = D2020) -> list[Mention]:
    doc = coder.nlp(text)
    starts = {s.start_char: i for i, s in enumerate(doc.sents)}
    mentions = find_mentions(doc, day, starts, coder.kb)
    return plural_mentions(doc, mentions, starts, coder.kb)


def test_the_two_sides_hold_the_last_two_actors(coder: Coder) -> None:
    text = "Russia and Ukraine held talks in Minsk on Monday. The two sides agreed to a truce."
    [sides] = _plural(coder, text)
    assert sides.text == "The two sides"
    assert [a.country for a in sides.members] == ["RUS", "UKR"]
    assert sides.actor.code is None  # one mention, two actors: no single code
    assert _plural(coder, "The two sides agreed to a truce.") == []


def test_the_two_men_are_men(coder: Coder) -> None:
    text = (
        "Vladimir Putin spoke to Joe Biden. Later Ursula von der Leyen called Ankara. "
        "The two men met again in Geneva."
    )
    [men] = _plural(coder, text, date(2021, 12, 4))
    assert [a.entity for a in men.members] == ["Vladimir Putin", "Joe Biden"]


# "the island": the latest island state named before it (countries.yaml descriptors)
def test_the_island(mentions_of) -> None:
    text = "Turkish troops landed on Cyprus in 1974. The island has been divided since."
    assert _one(mentions_of(text, D2020), "island").actor.country == "CYP"


def test_the_island_is_no_mainland_state(mentions_of) -> None:
    text = "Turkish troops crossed into Syria in 2019. The island has been divided since."
    assert all(m.actor.code is None for m in mentions_of(text, D2020) if m.text == "island")


# --- 8. actors inside modifiers --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Warplanes from the French-led coalition bombed a jihadist camp in Mali.",
            "Warplanes from the French-led coalition",
            "FRAMIL",
        ),
        ("The Saudi-led coalition bombed a port.", "Saudi-led coalition", "SAUMIL"),
        ("Troops from Chad attacked the rebels.", "Troops from Chad", "TCDMIL"),
        # backed: the militias act, where the article places them; else their backer's
        (
            "Iranian-backed militias attacked a US base in Iraq.",
            "Iranian-backed militias",
            "IRQUAF",
        ),
        ("Iranian-backed militias attacked a US base.", "Iranian-backed militias", "IRNUAF"),
    ],
)
def test_the_acting_party_in_a_modifier(mentions_of, text, mention, code) -> None:
    assert _code_of(mentions_of(text, D2020), mention) == code


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The coalition bombed a port.", "coalition"),
        ("Troops from the north attacked the rebels.", "Troops"),
        ("A joint statement says that Iran should release the sailors.", "A joint statement"),
    ],
)
def test_no_modifier_no_actor(mentions_of, text, absent) -> None:
    assert all(m.actor.code is None for m in mentions_of(text, D2020) if absent in m.text)


def test_a_statement_by_two_states_is_theirs(mentions_of) -> None:
    text = "A joint statement by France and Germany says that Iran should release the sailors."
    found = mentions_of(text, D2020)
    statement = _one(found, "A joint statement")
    assert statement.actor.code == "FRA"
    assert statement.antecedent == _one(found, "France").span
    # the statement that only precedes something is no act of its issuer's
    twin = mentions_of("The statement by France came before the summit in Paris.", D2020)
    assert not [m for m in twin if "statement" in m.text]


def test_modifier_event_through_the_coder(coder: Coder) -> None:
    coded = _coded(coder, "Warplanes from the French-led coalition bombed a jihadist camp in Mali.")
    assert [(e.source.actor.code, e.cameo[:2]) for e in coded.events] == [("FRAMIL", "19")]


def test_each_issuer_of_a_joint_statement_acts(coder: Coder) -> None:
    coded = _coded(
        coder, "A joint statement by France and Germany demands that Iran release the sailors."
    )
    sources = {e.source.actor.country for e in coded.events if e.source}
    assert sources == {"FRA", "DEU"}


def test_a_statement_by_one_issuer_is_that_issuer_s(coder: Coder) -> None:
    coded = _coded(coder, "A statement by France demands that Iran release the sailors.")
    assert {e.source.actor.country for e in coded.events if e.source} == {"FRA"}


# --- 11. undated articles --------------------------------------------------------------------


def test_undated_article_gives_only_what_holds_on_any_date(coder: Coder) -> None:
    coded = _coded(coder, "President Bush criticised Iran.", None)
    bush = _one(list(coded.mentions), "President Bush")
    assert (bush.actor.code, bush.actor.entity) == ("USA", "George W. Bush")
    assert any("people coded only by what holds" in w for w in coded.warnings)


def test_undated_article_takes_the_date_its_text_gives(coder: Coder) -> None:
    coded = _coded(
        coder, "WASHINGTON, March 3, 2004 (Reuters) - President Bush criticised Iran.", None
    )
    assert _one(list(coded.mentions), "President Bush").actor.code == "USAGOV"
    assert any("as of 2004-03-03" in w for w in coded.warnings)
    later = _coded(coder, "In March 2012, President Bush criticised Iran.", None)
    assert _one(list(later.mentions), "President Bush").actor.code == "USAELI"


def test_a_dated_article_has_no_actor_warning(coder: Coder) -> None:
    coded = _coded(coder, "President Bush criticised Iran.", date(2004, 3, 3))
    assert _one(list(coded.mentions), "President Bush").actor.code == "USAGOV"
    assert coded.warnings == ()


def test_a_generic_phrase_tagged_as_an_organisation_is_still_generic(mentions_of) -> None:
    # the tagger calls capitalised "Security Forces" an ORG; it is the article's police
    found = mentions_of("Security Forces arrested three men in Sopore, Jammu and Kashmir.", D2020)
    assert _code_of(found, "Security Forces") == "INDCOP"
    # its twin: nothing says where
    found = mentions_of("Security Forces arrested three men.", D2020)
    assert _code_of(found, "Security Forces") is None


# --- binding: an object pronoun is not the subject of its own clause ------------------------


@pytest.mark.parametrize(
    ("text", "pronoun_means"),
    [
        # the subjectless clause borrows the main clause's subject, and so does its "his"
        (
            "Zairean President Mobutu Sese Seko used his troops to stop a march backing Prime "
            "Minister Etienne Tshisekedi, even arresting him briefly.",
            "Prime Minister Etienne Tshisekedi",
        ),
        # its twin: "him" in a clause with a subject of its own may be the main subject
        (
            "Zairean President Mobutu Sese Seko said police had insulted him.",
            "Zairean President Mobutu Sese Seko",
        ),
    ],
)
def test_an_object_pronoun_is_not_its_clause_s_subject(mentions_of, text, pronoun_means) -> None:
    found = mentions_of(text, date(1997, 4, 9))
    him = _one(found, "him")
    assert him.antecedent == _one(found, pronoun_means).span


# "the country", "the nation": the latest state named before it; nothing before, nothing.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("France condemned the coup in Mali and suspended aid to the country.", "MLI"),
        ("The IMF praised Egypt on Monday. It said the nation had met its targets.", "EGY"),
    ],
)
def test_the_country_is_the_state_named_before(mentions_of, text, code) -> None:
    found = mentions_of(text, D2020)
    nominal = [m for m in found if m.text in ("country", "nation")]
    assert nominal and nominal[0].actor.code == code


def test_the_country_with_no_state_before_is_nobody(mentions_of) -> None:
    found = mentions_of("The country suspended aid on Monday. France protested.", D2020)
    assert all(m.actor.code is None for m in found if m.text == "country")


# A bare office ("the Prime Minister") with no earlier holder of it in the article is of the
# country the article is about: its holder on the date when the knowledge base knows one, else
# that country's government; in an article that names no country, no one.
@pytest.mark.parametrize(
    ("day", "text", "code", "entity"),
    [
        (
            date(2025, 9, 1),
            "LONDON - British police arrested two men. The Prime Minister criticised them.",
            "GBRGOV",
            "Keir Starmer",
        ),
        (
            date(2002, 5, 6),
            "CANBERRA - Australian police arrested two men. The Prime Minister criticised them.",
            "AUSGOV",
            None,
        ),
    ],
)
def test_a_bare_office_is_of_the_country_the_article_is_about(
    mentions_of, day, text, code, entity
) -> None:
    office = [m for m in mentions_of(text, day) if m.text == "Prime Minister"]
    assert office and (office[0].actor.code, office[0].actor.entity) == (code, entity)


def test_a_bare_office_in_an_article_of_no_country_is_no_one(mentions_of) -> None:
    found = mentions_of("The Prime Minister criticised the protesters.", date(2002, 5, 6))
    assert not [m for m in found if m.text == "Prime Minister"]


# A place of a place ("in Hayatabad area of Peshawar") places the article as its phrase
# does; a country that owns what is acted on ("criticised the policy of Pakistan") does not.
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Two men were shot in Hayatabad area of Peshawar. Police raided a house.", "PAK"),
        ("Two men were shot in the capital of Sindh province. Police raided a house.", "PAK"),
        ("The Indian minister criticised the policy of Pakistan. Police raided a house.", "IND"),
    ],
)
def test_a_place_of_a_place_places_the_article(mentions_of, text, country) -> None:
    police = [m for m in mentions_of(text, date(2016, 5, 14)) if m.text == "Police"]
    assert police and police[0].actor.country == country


# "they"/"them" stands for a group named by a plural role in its sentence or the one before,
# never its own clause's subject; a subject in a subordinate clause is left to the event
# layer's reported-speech rules.
def test_them_is_the_group_not_its_own_clause_subject(mentions_of) -> None:
    found = mentions_of(
        "PESHAWAR - Police raided the house but the terrorists opened fire on them.",
        date(2016, 5, 14),
    )
    police = [m for m in found if m.text == "Police"]
    them = [m for m in found if m.text == "them"]
    assert police and them and them[0].actor == police[0].actor


def test_they_in_a_reported_clause_is_left_alone(mentions_of) -> None:
    found = mentions_of(
        "PESHAWAR - The militants said they would release the hostages.", date(2016, 5, 14)
    )
    assert not [m for m in found if m.text == "they"]


def test_an_honorific_is_no_part_of_a_later_short_name(mentions_of) -> None:
    # a person the knowledge base knows by full name only
    found = mentions_of(
        "Dr Peter Hollingworth was named on Monday. Dr Hollingworth said he was pleased.",
        date(2002, 5, 6),
    )
    full = [m for m in found if m.text == "Dr Peter Hollingworth"]
    short = [m for m in found if m.text == "Dr Hollingworth"]
    assert full and short and short[0].actor == full[0].actor


@pytest.mark.parametrize("phrase", ["campaigners", "rights groups"])
def test_campaigners_are_of_the_article(mentions_of, phrase: str) -> None:
    found = mentions_of(
        f"Child {phrase} accused the Australian bishop in Sydney.", date(2002, 5, 6)
    )
    assert any(m.text.endswith(phrase) and m.actor.country == "AUS" for m in found), found


# A person the knowledge base lacks, in a sentence that names no other country, is of the
# country the article is about; one beside another country is not known to be.
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("CANBERRA - Australian police arrested two men. Jane Doakes criticised them.", "AUS"),
        ("CANBERRA - Australian police arrested two men. Jane Doakes criticised Fiji.", None),
    ],
)
def test_an_unknown_person_is_of_the_articles_country(mentions_of, text, country) -> None:
    person = [m for m in mentions_of(text, date(2002, 5, 6)) if m.text == "Jane Doakes"]
    assert person and person[0].actor.country == country


def test_they_in_a_when_clause_is_the_group(mentions_of) -> None:
    found = mentions_of(
        "LIMA - The minister said police acted in self-defence when they shot three farmers.",
        date(2004, 9, 1),
    )
    police = [m for m in found if m.text == "police"]
    they = [m for m in found if m.text == "they"]
    assert police and they and they[0].actor == police[0].actor


def test_they_in_a_before_clause_is_left_alone(mentions_of) -> None:
    found = mentions_of(
        "LIMA - Police will wait for orders before they disperse the farmers.", date(2004, 9, 1)
    )
    assert not [m for m in found if m.text == "they"]


# Indian organisations the news names often (the knowledge base's parties section): each is
# India's, in lower-case text too.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Bajrang Dal criticised the ban.", "INDRAD"),
        ("the sangh parivar criticised the ban.", "INDRAD"),
        ("The Hurriyat Conference criticised the ban.", "INDOPP"),
        ("The AIADMK criticised the ban.", "INDPTY"),
    ],
)
def test_indian_organisations(mentions_of, text, code) -> None:
    found = mentions_of(text, date(2002, 3, 15))
    assert found and found[0].actor.code == code
