"""Sentence -> events, through the real pipeline (spaCy model, actor layer, timex, quotes).

Sentences are from the corpus where one fits (ids in comments: PLOVER GSR, PETRARCH-2
validation, news items), shortened where only the clause matters; the rest are written in
the same news register. Each case names one event that must be found: (source country,
target country or None, CAMEO root, modality).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from whimbrel.events import code_events
from whimbrel.pipeline import Coder, make_article
from whimbrel.records import Actor, CodedArticle, Event, Mention, Sentence

PUBLISHED = date(2021, 12, 4)


def _coded(coder: Coder, text: str) -> CodedArticle:
    return coder.code(make_article(text, PUBLISHED))


def _key(event: Event) -> tuple:
    source = event.source.actor.country if event.source else None
    target = event.target.actor.country if event.target else None
    return source, target, event.root, event.modality


ROOT_CASES = [
    # 01: deny responsibility (seed article).
    ("Moscow has repeatedly denied any belligerent inclination.", "RUS", None, "01", "asserted"),
    # 02: appeal (news items).
    (
        "The United Nations secretary-general, Kofi Annan, has appealed to the European Union to "
        "play a bigger role in UN peacekeeping operations.",
        "IGO",
        "IGO",
        "02",
        "asserted",
    ),
    # 03: intent to negotiate (PLOVER-GSR01-AGREE-0036).
    ("Putin offered to negotiate with the president of Armenia.", "RUS", "ARM", "03", "planned"),
    # 04: meet (PETR2 COOP_0).
    ("The US, Russia, and Switzerland met yesterday.", "USA", "CHE", "04", "asserted"),
    # 05: apologise (PLOVER-GSR01-SUPPORT-0009).
    (
        "Argentina has apologized to Brazil for one of its gunboats intercepting a Brazilian ship.",
        "ARG",
        "BRA",
        "05",
        "asserted",
    ),
    # 06: share intelligence (PLOVER-GSR01-COOPERATE-0005).
    (
        "Israeli intelligence officials have shared evidence with the U.S. about contacts between "
        "al Qaeda and Iraq.",
        "ISR",
        "USA",
        "06",
        "asserted",
    ),
    # 07: grant asylum (PLOVER-GSR01-AID-0011).
    ("Uganda has granted political asylum to 18 Rwandan rebels.", "UGA", "RWA", "07", "asserted"),
    # 08: ease a blockade (PLOVER-GSR01-RETREAT-0015).
    (
        "The Israeli army lifted Friday a day-old blockade on Palestinian lorries passing through "
        "this crossing point.",
        "ISR",
        "PSE",
        "08",
        "asserted",
    ),
    # 09: investigate.
    (
        "France will investigate the Rwandan government over the killings.",
        "FRA",
        "RWA",
        "09",
        "planned",
    ),
    # 10: demand (seed article).
    ("To ease tensions, Moscow is calling for security guarantees.", "RUS", None, "10", "asserted"),
    # 11: accuse (seed article).
    (
        "Ukraine and its allies accuse Russia of having massed troops on its border.",
        "UKR",
        "RUS",
        "11",
        "asserted",
    ),
    # 12: reject (PLOVER-GSR01-REJECT-0021).
    (
        "Beirut again rejected Thursday a United Nations appeal for deploying army troops "
        "along its borders with Israel.",
        "LBN",
        "IGO",
        "12",
        "asserted",
    ),
    # 13: ultimatum (PLOVER-GSR01-THREATEN-0028).
    (
        "Peru has issued an ultimatum to Ecuador to halt attacks across their disputed jungle "
        "border.",
        "PER",
        "ECU",
        "13",
        "asserted",
    ),
    # 14: protest; the government is no named actor, so the place (Nairobi) is the target.
    (
        "Thousands of Kenyans protested against the government in Nairobi on Monday.",
        "KEN",
        "KEN",
        "14",
        "asserted",
    ),
    # 15: mobilise forces.
    ("Russia has mobilized troops on the border with Ukraine.", "RUS", "UKR", "15", "asserted"),
    # 16: expel inspectors (PLOVER-GSR01-SANCTION-0013).
    (
        "North Korea expelled inspectors of the International Atomic Energy Agency.",
        "PRK",
        "IGO",
        "16",
        "asserted",
    ),
    # 17: jail (PETR2 AFP0808020824_1).
    (
        "A Tunisian court has jailed a Nigerian student for two years.",
        "TUN",
        "NGA",
        "17",
        "asserted",
    ),
    # 18: abduct.
    (
        "Iraqi insurgents abducted two Italian aid workers in Baghdad.",
        "IRQ",
        "ITA",
        "18",
        "asserted",
    ),
    # 19: fire at (PETR2 TEST_2).
    (
        "The United States fired anti-aircraft batteries at Russia this week.",
        "USA",
        "RUS",
        "19",
        "asserted",
    ),
    # 20: massacre. "ethnic Albanian" names a minority, not Albania: Kosovo's (issue 15).
    (
        "Serbian forces massacred ethnic Albanian civilians in Kosovo.",
        "SRB",
        "XKX",
        "20",
        "asserted",
    ),
]

MODALITY_CASES = [
    ("Russia will meet Ukraine in Istanbul next week.", "RUS", "UKR", "03", "planned"),
    ("Israel did not attack Syria.", "ISR", "SYR", "19", "negated"),
    ("Russia denied attacking Ukraine.", "RUS", "UKR", "19", "negated"),
    # The condition ("If Russia invades Ukraine") is no event of its own: see
    # test_issue16_clauses.py; the act it conditions is hypothetical.
    (
        "If Russia invades Ukraine, the United States would impose sanctions on Moscow.",
        "USA",
        "RUS",
        "16",
        "hypothetical",
    ),
    # the owner "its" is the accuser, its clause's subject: Ukraine's cities were shelled
    ("Ukraine accused Russia of shelling its cities.", "RUS", "UKR", "19", "alleged"),
    # Refusal turns the refused act into a 12x code (refuse to help -> 122).
    ("China refused to help North Korea.", "CHN", "PRK", "12", "asserted"),
    # Reported threats: "said it would attack" is a threat, 13x.
    (
        "Russia said it would attack Ukraine if NATO expanded eastwards.",
        "RUS",
        "UKR",
        "13",
        "asserted",
    ),
    ("Iran warned that it will strike Israel.", "IRN", "ISR", "13", "asserted"),
    # Passive voice: the agent is the source.
    (
        "Russian forces were attacked by Ukrainian troops near Kharkiv.",
        "UKR",
        "RUS",
        "19",
        "asserted",
    ),
    # Relative clause: "who" is the men; with no actor attacked, the place is the target.
    (
        "Kenya arrested two Somali men, who had attacked a hotel in Nairobi.",
        "SOM",
        "KEN",
        "19",
        "asserted",
    ),
    # An allegation of a plan: the planned attack is alleged, not asserted (on the
    # accuser's sites: the owner "its" is its clause's subject).
    (
        "Iran accused the United States of planning an attack on its nuclear sites.",
        "USA",
        "IRN",
        "19",
        "alleged",
    ),
    # Inside a quote, "we" is the speaker.
    (
        '"We will meet Ukraine next week," the Russian foreign minister said.',
        "RUS",
        "UKR",
        "03",
        "planned",
    ),
    # Nominal event with a light verb; coordination gives one event per source.
    ("Germany and France held talks with Russia on Monday.", "DEU", "RUS", "04", "asserted"),
    ("Germany and France held talks with Russia on Monday.", "FRA", "RUS", "04", "asserted"),
]


@pytest.mark.parametrize(
    ("text", "source", "target", "root", "modality"),
    ROOT_CASES + MODALITY_CASES,
    ids=[f"{case[3]}-{case[4]}-{i}" for i, case in enumerate(ROOT_CASES + MODALITY_CASES)],
)
def test_sentence_codes_event(coder, text, source, target, root, modality):
    events = _coded(coder, text).events
    found = {_key(e) for e in events}
    assert (source, target, root, modality) in found, sorted(found, key=str)


@pytest.mark.parametrize(
    ("text", "forbidden_roots"),
    [
        # A hypothetical intervention is no asserted military action (seed article).
        (
            "Joining NATO would mean that the other countries of the alliance would be required to "
            "intervene militarily to defend Ukraine in the event of aggression.",
            {"15", "16", "17", "18", "19", "20"},
        ),
        # An accusation is not an assault: the invasion is at most alleged.
        (
            "Western countries accuse Russia of preparing an imminent invasion of Ukraine.",
            {"18", "19", "20"},
        ),
        # The condition of another act is not reported as happening.
        (
            "If Russia invades Ukraine, the United States would impose sanctions on Moscow.",
            {"18", "19", "20"},
        ),
        # Nothing happens between actors here.
        ("The weather in Moscow was cold on Saturday.", None),
        ("Joe Biden, who was responding to a question, did not give further details.", None),
        # A passive without its agent names no doer (news items).
        ("In Baghdad, 47 Iraqis died and over 120 were injured in a massive explosion.", None),
    ],
)
def test_no_asserted_event(coder, text, forbidden_roots):
    events = [e for e in _coded(coder, text).events if e.modality == "asserted"]
    if forbidden_roots is None:
        assert events == []
    else:
        assert not [e for e in events if e.root in forbidden_roots], events


def test_allegation_codes_accuser_and_alleged_act(coder):
    events = _coded(
        coder, "Western countries accuse Russia of preparing an imminent invasion of Ukraine."
    ).events
    keys = {_key(e) for e in events}
    assert ("WST", "RUS", "11", "asserted") in keys
    assert all(e.modality == "alleged" for e in events if e.root == "19")


def test_event_fields(coder):
    coded = _coded(
        coder,
        "The President of the United States met Chinese President Xi Jinping in Geneva in June.",
    )
    event = next(e for e in coded.events if e.source and e.source.actor.country == "USA")
    assert event.cameo == "044"  # met in a third country
    assert event.plover == "CONSULT"
    assert event.quad_class == 1 and event.goldstein > 0
    assert (event.date, event.date_basis) == ("2021-06", "clause-timex")
    assert event.location is not None and event.location.country == "CHE"
    assert event.rule and 0 < event.confidence <= 1
    assert coded.article.text[slice(*event.trigger_span)] == event.trigger_text


def test_dates_fall_back_to_publication(coder):
    coded = _coded(coder, "Israel did not attack Syria.")
    assert {(e.date, e.date_basis) for e in coded.events} == {("2021-12-04", "published")}


def test_bounding_time_expression_does_not_date_the_event(coder):
    coded = _coded(
        coder,
        "Kiev, for its part, categorically refuses to abandon such a "
        "membership plan, formally on the table since 2008.",
    )
    refusal = next(e for e in coded.events if e.root == "12")
    assert refusal.date == "2021-12-04"


# --- the matcher alone, over mentions built by hand ---------------------------------------


def _mentions(doc, pairs):
    found = []
    for text, code in pairs:
        start = re.search(rf"\b{re.escape(text)}\b", doc.text).start()
        found.append(
            Mention(text, (start, start + len(text)), Actor(code, code[:3], None, text), 0, "name")
        )
    return found


def test_matcher_relative_clause_and_coordination(nlp):
    text = "Tensions grew between Russia and Western countries, which accuse it of aggression."
    doc = nlp(text)
    sentences = [Sentence(0, (0, len(text)), text)]
    mentions = _mentions(doc, [("Russia", "RUS"), ("Western countries", "WST"), ("it", "RUS")])
    events = code_events(doc, PUBLISHED, sentences, mentions, [], [])
    assert {_key(e) for e in events} == {
        ("WST", "RUS", "11", "asserted"),
        ("RUS", None, "19", "alleged"),  # the aggression Russia is accused of
    }


def test_matcher_skips_sentences_without_actors(nlp):
    text = "Troops attacked the town."
    doc = nlp(text)
    sentences = [Sentence(0, (0, len(text)), text)]
    assert code_events(doc, PUBLISHED, sentences, [], [], []) == []


def test_quoted_event_carries_the_quote(coder):
    coded = _coded(coder, '"We will meet Ukraine next week," the Russian foreign minister said.')
    event = next(e for e in coded.events if e.target and e.target.actor.country == "UKR")
    assert event.quote in {q.id for q in coded.quotes}
    assert "quote-speaker" in event.rule


def test_the_two_men_are_the_last_two_actors(coder):
    coded = _coded(
        coder,
        "Russian President Vladimir Putin met Joe Biden. The two men talked "
        "again in Geneva in June.",
    )
    second = [e for e in coded.events if e.sentence.index == 1]
    assert {_key(e)[:3] for e in second} == {("RUS", "USA", "04"), ("USA", "RUS", "04")}
    assert all(e.cameo == "044" and e.date == "2021-06" for e in second)
    assert all("reciprocal-pair" in e.rule for e in second)


def test_no_publication_date_leaves_relative_dates_open(coder):
    coded = coder.code(make_article("Israel did not attack Syria on Tuesday.", None))
    assert coded.events
    assert {(e.date, e.date_basis) for e in coded.events} == {(None, None)}
