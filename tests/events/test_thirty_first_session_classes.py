"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, thirty-first session: `audit` seeds 10263 onwards).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.pipeline import Coder, make_article

Dyad = tuple[str | None, str | None, str]
D2019 = date(2019, 3, 14)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what an actor comes under is the act of whom the phrase names, on the subject
        ("A Nigerian army patrol came under attack by Boko Haram fighters near Maiduguri.",
         ("NGA", "NGA", "19"), None),
        ("Afghan soldiers came under heavy fire from Taliban insurgents on Monday.",
         ("AFG", "AFG", "19"), None),
        ("Lebanese troops were under attack from Israel.", ("ISR", "LBN", "19"), None),
        ("Indian border guards came under fire from Pakistan.", ("PAK", "IND", "19"),
         ("PAK", "IND", "11")),
        # from those who bear no arms, or fire from a state on no troops, it is words
        ("The Kenyan president came under fire from opposition parties over the budget.",
         ("KEN", "KEN", "11"), ("KEN", "KEN", "19")),
        ("Australia came under fire from Indonesia over its refugee policy.",
         ("IDN", "AUS", "11"), ("IDN", "AUS", "19")),
        ("The Canadian prime minister came under criticism from Conservative MPs.",
         ("CAN", "CAN", "11"), None),
        ("The Spanish government came under attack from the opposition Popular Party.",
         ("ESP", "ESP", "11"), ("ESP", "ESP", "19")),
        # troops coming under fire have not arrived anywhere (CAMEO's "troops arrive")
        ("Indian border guards came under fire from Pakistan.", None, ("IND", "PAK", "07")),
        # the twins: troops coming to a country still arrive; a state under sanctions
        # is in a state, no act
        ("Chinese troops came to Cambodia under a UN mandate.", ("CHN", "KHM", "04"), None),
        ("Iran remains under sanctions from the United States.", None, ("USA", "IRN", "16")),
    ],
)  # fmt: skip
def test_what_an_actor_comes_under(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # talks broken off are halted (164), contacts or ties broken off cut (161): no threat
        ("Colombia broke off peace talks with the ELN guerrillas.", "164", "130"),
        ("Morocco broke off all contacts with the German embassy.", "161", "130"),
        ("Bolivia broke ties with Israel.", "161", None),
        ("Jordan suspended contacts with Syria.", "161", None),
        # the twin: CAMEO's own "break with", no object, stays its threat
        ("Georgia broke with Russia over the enclaves.", "130", None),
    ],
)  # fmt: skip
def test_breaking_off_talks_and_ties(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, present: str, absent: str | None
) -> None:
    codes = {code for _, _, code in dyads_of(text, D2019)}
    assert present in codes, codes
    assert absent not in codes, codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # talks that "broke off", with nothing named, threaten no one
        ("Chilean officials said talks with Peru had resumed after they broke off in May.",
         set()),
        ("Peru broke off the talks with Chile.", {"164"}),
    ],
)  # fmt: skip
def test_a_bare_break_off_is_no_threat(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, codes: set[str]
) -> None:
    assert {code for _, _, code in dyads_of(text, D2019)} == codes


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # in the speaker's own words, "they" is someone else: no threat of the speaker's
        ('"If the court frees these men, they will attack Kenya again," the Kenyan police '
         "chief said.", None, ("KEN", "KEN", "13")),
        ("The Egyptian minister said \"they will bomb Libya\" if nothing is done.", None,
         ("EGY", "LBY", "13")),
        # the twins: "we" in a quote is the speaker; a "they" outside the quote marks may be
        ('"We will attack Kenya again," the Somali militant leader said.', ("SOM", "KEN", "13"),
         None),
        ('Hamas leader Khaled Meshaal said they "would attack" Israel.', ("PSE", "ISR", "13"),
         None),
    ],
)  # fmt: skip
def test_they_in_a_quote_is_not_the_speaker(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a question is no appeal: an "if" clause hung on the verb's governor, and a quoted
        # question the parser folds into the clause
        ("The Israeli minister was seen asking a Turkish reporter if he was a spy.", None,
         ("ISR", "TUR", "02")),
        ('"Will you lift the sanctions?" the Iranian foreign minister asked the US envoy.',
         None, ("IRN", "USA", "02")),
        # the twins: a request, quoted or not, is an appeal; an "if" after calling an
        # election is its condition
        ("The Iranian foreign minister asked the US envoy to lift the sanctions.",
         ("IRN", "USA", "02"), None),
        ("Japanese prime minister Shinzo Abe said he might call an early election if the "
         "opposition blocked the budget.", ("JPN", None, "02"), None),
    ],
)  # fmt: skip
def test_a_question_is_no_appeal(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "first_date"),
    [
        # a date put ahead of a conjoined verb dates that verb alone
        ("Ethiopia has for years been threatening Eritrea, and in 2016 attacked Eritrean "
         "border posts.", "2019-03-14"),
        ("Serbia has long criticised Croatia, and on Monday it expelled a Croatian diplomat.",
         "2019-03-14"),
        # the twin: a date after both verbs dates both ("shot dead and wounded on Saturday")
        ("Ethiopia threatened Eritrea and attacked Eritrean border posts in 2016.", "2016"),
    ],
)  # fmt: skip
def test_a_conjunct_date_is_its_own(coder: Coder, text: str, first_date: str) -> None:
    coded = coder.code(make_article(text, D2019))
    first = min(coded.events, key=lambda e: e.trigger_span[0])
    assert first.date == first_date, [(e.cameo, e.trigger_text, e.date) for e in coded.events]
    assert len({e.date for e in coded.events}) == (1 if first_date == "2016" else 2)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "attacked Labour plans to ...", which the parser reads as a clause, is words
        ("British Prime Minister Theresa May spoke on Monday. She attacked Labour plans to "
         "raise taxes.", ("GBR", "GBR", "11"), ("GBR", "GBR", "19")),
        # the twin: soldiers who attacked rebel positions used force
        ("Sudanese soldiers attacked rebel positions near Kadugli.", ("SDN", "SDN", "19"),
         None),
    ],
)  # fmt: skip
def test_attacking_plans_is_words(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # fire opened with no "on" phrase is force on whom its purpose names
        ("Bangladeshi police opened fire to disperse the protesters.", ("BGD", "BGD", "19"),
         None),
        # the twin: warning shots into the air hit no one
        ("Bangladeshi police opened fire in the air to scare the crowd.", None,
         ("BGD", None, "19")),
        # fire opened is a weapon used, by a party's cadres too: force, no unarmed assault
        ("Communist Party of Nepal Maoist cadres opened fire and killed two policemen in "
         "Nepal.", ("NPL", "NPL", "19"), ("NPL", "NPL", "18")),
        # the twin: protesters who set fire to cars riot (fire set is no gunfire)
        ("Angry Croatian demonstrators set fire to cars.", ("HRV", "HRV", "14"),
         ("HRV", "HRV", "17")),
    ],
)  # fmt: skip
def test_opening_fire(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what is aimed "at" someone (aid, a campaign) attacks no one
        ("The new British aid programme is targeted at young children in Malawi.", None,
         (None, "GBR", "19")),
        # the twin: a checkpoint targeted is attacked, by a doer the report does not name
        ("A police checkpoint in Kabul was targeted on Monday.", (None, "AFG", "19"), None),
    ],
)  # fmt: skip
def test_targeted_at_is_no_attack(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a text attacks in words, whether or not whom it attacks is known
        ("A British Conservative election poster attacked Gordon Brown.", ("GBR", "GBR", "11"),
         ("GBR", "GBR", "19")),
        ("A British Labour poster attacked John Smithers.", ("GBR", None, "11"),
         ("GBR", None, "19")),
        # the twin: people who attack with stones use force
        ("British Conservative supporters attacked Labour campaigners with stones.",
         ("GBR", "GBR", "18"), None),
    ],
)  # fmt: skip
def test_a_text_attacks_in_words(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # support given is support (050), of the kind its modifier names
        ("Russia gave its full support to Serbia.", ("RUS", "SRB", "05"), None),
        ("Iran provided military support to the Syrian government.", ("IRN", "SYR", "07"),
         ("IRN", "SYR", "05")),
        # saying one would not give it refuses
        ("The French president said France would not give support to Chad.",
         ("FRA", "TCD", "12"), ("FRA", "TCD", "05")),
        # the twins: support (or an agreement) one has, or support one wants from another,
        # is no act of one's own
        ("The Malian government has the support of Algeria.", None, ("MLI", None, "05")),
        ("Mali wants the support of Algeria.", None, ("MLI", "DZA", "03")),
        ("Mali and Algeria have an extradition agreement.", None, ("MLI", "DZA", "05")),
        ("Mali and Algeria signed an extradition agreement.", ("MLI", "DZA", "05"), None),
    ],
)  # fmt: skip
def test_support_given(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # conceding where things stand claims no act
        ("Chinese officials admitted that the number of addicts was nowhere near the real "
         "figure.", None, ("CHN", None, "01")),
        # the twins: admitting what one's police did, or being behind or in charge of an
        # act, claims it
        ("The Chinese website administrator admitted he was in charge of the banned forum.",
         ("CHN", None, "01"), None),
        ("The Pakistani militant admitted he was behind the bombing.", ("PAK", None, "01"),
         None),
        ("Chinese officials admitted that police had beaten Tibetan monks.",
         ("CHN", "CHN", "01"), None),
    ],
)  # fmt: skip
def test_admitting_where_things_stand(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a job taken up, enlisting, running for office, money raised: no event
        ("The Indian ambassador took up his new post in Beijing.", set()),
        ("The Kenyan minister will take up a job at the World Bank.", set()),
        ("Two British volunteers signed up to fight in Syria.", set()),
        ("Nine Iranian clerics signed up to contest the presidential election.", set()),
        ("Hamas will contest the Palestinian elections.", set()),
        ("The Indian state power firm raised 4.5 billion rupees.", set()),
        ("The Indian railway corporation mobilised 3.8 billion rupees last year.", set()),
        ("Iranian officials hope the IAEA meeting will yield a favourable outcome for Iran.",
         set()),
        ("The petition, signed by Congress leaders in India, said Gujarat was burning.", set()),
        # the twins: positions taken up are forces moved; an understanding signed is an
        # agreement
        ("Russian troops took up positions on the Ukrainian border.", {"192"}),
        ("India and Nepal signed a memorandum of understanding on water.", {"057"}),
        ("Iran yielded to American pressure.", {"080"}),
    ],
)  # fmt: skip
def test_jobs_candidacies_and_money(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, codes: set[str]
) -> None:
    assert {code for _, _, code in dyads_of(text, D2019)} == codes


@pytest.mark.parametrize(
    ("text", "asserted"),
    [
        # protests spearheaded are the spearheads' protests
        ("Nepalese opposition parties spearheaded mass protests against King Gyanendra.",
         ("NPL", "NPL", "14")),
        # a "with" clause of its own beside a decision was done, not decided
        ("EU ministers decided on the relocation of refugees, with Hungary voting against.",
         ("HUN", None, "11")),
    ],
)  # fmt: skip
def test_spearheaded_and_voted_against(coder: Coder, text: str, asserted: Dyad) -> None:
    coded = coder.code(make_article(text, D2019))
    found = {
        (
            e.source.actor.code[:3] if e.source and e.source.actor.code else None,
            e.target.actor.code[:3] if e.target and e.target.actor.code else None,
            e.cameo[:2],
            e.modality,
        )
        for e in coded.events
    }
    assert (*asserted, "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "published", "dated"),
    [
        # a bare month in a past-tense clause is the last one, up to a year back
        ("Nepalese opposition parties spearheaded mass protests in April against King "
         "Gyanendra.", date(2006, 12, 13), "2006-04"),
        # a date below "until" or "since" bounds the act, it does not date it
        ("Malaysian opposition leader Lim Kit Siang called on the chief justice to resign until "
         "the outcome of the court proceedings in August.", date(1997, 4, 11), "1997-04-11"),
        # the twins: a future tense still looks ahead; "since" a nominal event still dates
        # that event
        ("Nepalese opposition parties will hold mass protests in April against King "
         "Gyanendra.", date(2006, 12, 13), "2007-04"),
        ("Iraqis go to the polls on Thursday to elect their first parliament since the 2003 "
         "US-led invasion.", date(2005, 12, 13), "2003"),
    ],
)  # fmt: skip
def test_past_months_and_open_bounds(coder: Coder, text: str, published: date, dated: str) -> None:
    coded = coder.code(make_article(text, published))
    assert [e.date for e in coded.events][:1] == [dated], [
        (e.cameo, e.trigger_text, e.date) for e in coded.events
    ]
