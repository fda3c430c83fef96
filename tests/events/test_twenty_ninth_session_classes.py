"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds and on the public sets' misses (issue 16, twenty-ninth session: `audit` seeds 10249
onwards).

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
        # a name given is no demand ("for" hangs on the name) and no telephone call
        ("The Conservative Party called Labour a tired machine for winning elections.", None,
         ("GBR", "GBR", "10")),
        ("Senator John McCain criticised the plan, calling it “a historic blunder by the White "
         "House”.", ("USA", "USA", "11"), ("USA", "USA", "04")),
        # the twins: a call for something is a demand; a verb of disapproval that names
        # ("branding the levy a stealth tax") is words against the named
        ("The Conservative Party called for an inquiry into the Labour government.",
         ("GBR", "GBR", "10"), None),
        ("The Conservative Party was branding Labour a party of stealth taxes.",
         ("GBR", "GBR", "11"), None),
    ],
)  # fmt: skip
def test_a_name_given_is_no_call(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


def test_a_misparsed_list_is_no_name(coder: Coder) -> None:
    """A phrasal verb names nothing, nor does a list the parser splits into two objects: the
    strike called off stays called off (082)."""
    coded = coder.code(
        make_article(
            "The Greek Bank Employees' Union called off a threatened strike following a "
            "meeting last night of the union's executive committee, the Greek Bankers "
            "Association and Labour Minister Nikos Pappas.",
            D2019,
        )
    )
    assert any(e.cameo == "082" for e in coded.events), [e.cameo for e in coded.events]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an attack told in a participle that hangs on what is said is words
        ("Attacking the Catholic Church, the Indian home minister said it spoke for no one.",
         ("IND", None, "11"), ("IND", None, "19")),
        # a person named by name alone, who speaks while attacking, bears no arms
        ("The British budget was presented on Tuesday. Jonathan Pryce attacked government red "
         "tape, dubbing the chancellor a bureaucrat.", ("GBR", None, "11"),
         ("GBR", None, "19")),
        # the twin: a state that attacks while it speaks uses force
        ("Israel attacked Gaza, saying it was responding to rockets.", ("ISR", "PSE", "19"),
         None),
    ],
)  # fmt: skip
def test_an_attack_told_as_speech_is_words(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "X, for the Liberal Democrats," speaks for the party
        ("Gordon Brown presented his budget. Angela Merrow, for the Liberal Democrats, accused "
         "Mr Brown of ducking hard choices.", ("GBRPTY", "GBRELI", "112"), None),
        # the twin: "for her part" names no party
        ("Gordon Brown presented his budget. Angela Merrow, for her part, accused Mr Brown of "
         "ducking hard choices.", ("GBR", "GBRELI", "112"), ("GBRPTY", "GBRELI", "112")),
    ],
)  # fmt: skip
def test_a_person_speaking_for_a_party(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what is withdrawn is no force: no military retreat
        ("The Labour Party has withdrawn two campaign posters.", None, ("GBR", None, "08")),
        ("The British prime minister withdrew her invitation to the Iranian president.", None,
         ("GBR", "IRN", "08")),
        # nor is a body or a treaty left ground given up
        ("Britain will trade freely once it has withdrawn from the European Union.", None,
         ("GBR", "IGO", "08")),
        # the twins: troops, ships and forces withdrawn, fled from a place
        ("Russia withdrew its troops from the Georgian border.", ("RUS", "GEO", "08"), None),
        ("The US Navy withdrew two aircraft carriers from the Gulf.", ("USA", None, "08"),
         None),
        ("Israeli troops withdrew from the Gaza Strip.", ("ISR", "PSE", "08"), None),
        ("Isis commanders fled the Isis stronghold of Baghuz.", ("IMG", None, "08"), None),
    ],
)  # fmt: skip
def test_only_forces_retreat(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # refugees, reporters or civilians who flee retreat no forces
        ("Iraqi refugees fled the Isis stronghold of Mosul.", None, ("IRQ", "IMG", "08")),
        ("British journalists fled the Isis stronghold of Baghuz.", None, ("GBR", "IMG", "08")),
        # the twin: fighters who flee do
        ("Isis commanders fled the Isis stronghold of Baghuz.", ("IMG", None, "08"), None),
    ],
)  # fmt: skip
def test_a_civilian_fleeing_is_no_retreat(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "law and order" is one noun, whatever the parser makes of "order"
        ("The Indian home minister met police officials to discuss the law and order situation "
         "in the state.", None, ("IND", None, "09")),
        # the twin: an order given is still one
        ("The Indian home minister ordered the arrest of three Pakistani militants.",
         ("IND", "PAK", "17"), None),
    ],
)  # fmt: skip
def test_law_and_order_is_a_noun(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a politician defending a politician defends in words (052), protects no one (074)
        ("Defence minister George Fernandes defended the government of Narendra Modi in "
         "Gujarat.", ("IND", "IND", "05"), ("IND", "IND", "07")),
        # the twin: troops defending a town protect it
        ("Nigerian troops defended the town of Maiduguri against Boko Haram.",
         None, ("NGA", "NGA", "05")),
    ],
)  # fmt: skip
def test_a_politician_defends_in_words(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a gerund coordinated with a noun is a noun: no one's fighting is Russia's
        ("Russia promised a committee for Syria, but disagreement over its members, as well as "
         "fighting in Syria, slowed progress.", ("RUS", "SYR", "03"), ("RUS", "SYR", "19")),
        # the twin: a coordinated verb keeps its subject
        ("Russia promised a committee for Syria but kept fighting rebels in Syria.",
         ("RUS", "SYR", "19"), None),
    ],
)  # fmt: skip
def test_a_gerund_beside_a_noun_has_no_subject(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "remains detained" is a state, the held one no detainer
        ("A British Isis member was arrested by Iraqi Kurds and remains detained in Erbil.",
         ("IRQ", "GBR", "17"), ("GBR", "IRQ", "17")),
        # a passive conjunct the tagger calls a past tense is passive still
        ("The British defence secretary said British Isis recruits should be hunted down and "
         "killed.", None, ("IMG", None, "13")),
        # the twin: a conjunct with an object of its own is active
        ("Ten Iraqi soldiers were ambushed and killed by Isis fighters.", ("IMG", "IRQ", "19"),
         None),
    ],
)  # fmt: skip
def test_who_is_held_holds_no_one(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # fighters penned into ground are no detainees
        ("Syrian Kurdish forces confined Isis militants to a small pocket near the Iraqi border.",
         None, ("SYR", "IMG", "17")),
        # the twin: one confined to a home is held
        ("Egyptian police confined the opposition leader to his home.", ("EGY", "EGY", "17"),
         None),
    ],
)  # fmt: skip
def test_confined_to_an_area_is_no_detention(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "cameo", "expected"),
    [
        # a date in a contrasting clause beside the act is that clause's
        ("Although Britain cut aid to Kenya in 1990, although Germany helped Kenya rebuild its "
         "schools, relations remain poor.", "070", "2019-03-14"),
        # a date that modifies what bounds the act ("following the 2001 attacks") is not the
        # act's
        ("Although the US turned on Saddam in 1990, although Iran helped the US track al-Qaida "
         "following the 2001 attacks, hostility persists.", "070", "2019-03-14"),
        # the twins: a "when" clause tells of the same time; an event noun's own date dates it
        ("When Britain cut aid to Kenya in 1990, Germany helped Kenya rebuild its schools.",
         "070", "1990"),
        ("Iraq has been unstable since the 2003 US invasion.", "192", "2003"),
    ],
)  # fmt: skip
def test_a_date_beside_or_bounding_the_act(
    coder: Coder, text: str, cameo: str, expected: str
) -> None:
    coded = coder.code(make_article(text, D2019))
    dates = [e.date for e in coded.events if e.cameo == cameo]
    assert dates and all(d == expected for d in dates), [(e.cameo, e.date) for e in coded.events]


def test_a_western_given_name_is_no_family_name(coder: Coder) -> None:
    """Officials of Hong Kong or Taiwan with Western given names put the family name last:
    "Sarah Liao" is Liao, and no bare "Sarah" or "Timothy" is a Chinese official."""
    kb = coder.kb
    for given in ("Sarah", "Timothy"):
        owners = [kb.entities[s.entity] for s in kb.lookup(given) if s.kind == "surname"]
        assert not [e.name for e in owners if e.country in ("CHN", "HKG", "TWN")], given
    assert any(kb.entities[s.entity].name == "Sarah Liao" for s in kb.lookup("Liao"))
    # the twin: a family name put first stays the family name
    assert any(kb.entities[s.entity].country == "CHN" for s in kb.lookup("Wang"))


def test_a_first_name_alone_takes_the_story_country(coder: Coder) -> None:
    """A British story that names a girl by her first name is not about China."""
    coded = coder.code(
        make_article(
            "Prosecutor Timothy Langdale told the jury how the defendant drove off. He was "
            "released in 1997, but was not monitored by July, when Sarah was abducted.",
            date(2005, 6, 1),
        )
    )
    assert not any(m.actor.country == "CHN" for m in coded.mentions), [
        (m.text, m.actor.code) for m in coded.mentions
    ]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # inspectors, observers and aid workers withdrawn are CAMEO's own withdrawals
        ("The OSCE withdrew its observers from Ukraine.", ("IGOEUROSC", "UKR", "1662"), None),
        ("The United Nations withdrew its aid workers from Somalia.", ("IGOUNO", "SOM", "1663"),
         None),
        # the twin: peacekeepers keep theirs
        ("Ethiopia withdrew its peacekeepers from Somalia.", ("ETH", "SOM", "1661"), None),
    ],
)  # fmt: skip
def test_inspectors_and_aid_workers_withdrawn(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # asylum seekers let in are no admission (the row's two words are one object)
        ("Germany admitted 2,000 asylum seekers.", None, ("DEU", None, "01")),
        # the twin: an admission of what one did
        ("Germany admitted that it had spied on Turkey.", ("DEU", None, "01"), None),
    ],
)  # fmt: skip
def test_asylum_seekers_admitted(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # infrastructure blown up is property destroyed; a building blown up a bombing
        ("Afghan rebels blew up a bridge near Kabul.", ("AFGREB", "AFG", "1712"), None),
        ("Pakistani militants blew up two gas pipelines in Naseerabad.",
         ("PAKUAF", "PAK", "1712"), None),
        ("Afghan rebels blew up a police station in Kabul.", ("AFGREB", "AFGCOP", "183"),
         None),
        # the twin: bombers who blow themselves up stay a bombing
        ("Hamas suicide bombers blew themselves up in Jerusalem.", ("PSEREB", "ISR", "183"),
         None),
    ],
)  # fmt: skip
def test_what_is_blown_up(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a crowd named by its count alone acts as people do
        ("Tens of thousands protested in Kiev.", ("UKR", "UKR", "14"), None),
        ("Thousands marched in Caracas against the Venezuelan government.",
         ("VEN", "VEN", "14"), None),
        # the twin: a sum of money is no crowd
        ("The Nigerian charity raised thousands for the victims.", None, ("NGA", "NGA", "07")),
    ],
)  # fmt: skip
def test_a_crowd_by_its_count(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an acronym spelt out earlier names its people too
        ("The British National Party lost its deposit. Police arrested two BNP activists in "
         "Leeds.", ("GBRCOP", "GBRPTY", "173"), ("GBRCOP", "BGDPTY", "173")),
        # police of a place no gazetteer knows are the story's
        ("Britain's BBC aired a documentary. West Yorkshire police arrested two British National "
         "Party activists.", ("GBRCOP", "GBROPP", "173"), None),
    ],
)  # fmt: skip
def test_local_names_of_the_story(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a private person who tracks someone down arrests no one
        ("The British Labour MP David Pound spoke in Leeds. Lucy, 36, tracked down Mr Pound "
         "after her birth mother told her his name.", None, ("GBR", "GBR", "17")),
        # the twin: police who do, do
        ("British police tracked down the Labour MP David Pound.", ("GBR", "GBR", "17"), None),
    ],
)  # fmt: skip
def test_only_an_authority_arrests(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is said or believed of someone is claimed, not seen
        ("Isis is said to have used chemical weapons against Iraqi forces.", "alleged"),
        ("Russia is believed to have attacked Ukrainian ships.", "alleged"),
        # the twin: what the report tells as done is asserted
        ("Russia attacked Ukrainian ships.", "asserted"),
    ],
)  # fmt: skip
def test_hearsay_in_the_passive_is_alleged(coder: Coder, text: str, expected: str) -> None:
    coded = coder.code(make_article(text, D2019))
    modalities = [e.modality for e in coded.events if e.cameo[:2] in ("17", "19", "20")]
    assert modalities and all(m == expected for m in modalities), [
        (e.cameo, e.modality) for e in coded.events
    ]
