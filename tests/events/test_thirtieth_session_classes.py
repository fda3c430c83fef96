"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds and on the public sets' misses (issue 16, thirtieth session: `audit` seeds 10252
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
        # an attack done verbally or politically is words (111), whoever attacks
        ("Israeli police verbally attacked Palestinian farmers.", ("ISR", "PSE", "11"),
         ("ISR", "PSE", "18")),
        ("The Labour leader said he attacked the Conservative leader politically, not "
         "personally.", ("GBR", None, "11"), ("GBR", None, "18")),
        # the twin: without the adverb, settlers who attack use force
        ("Israeli settlers attacked Palestinian farmers.", ("ISR", "PSE", "18"), None),
    ],
)  # fmt: skip
def test_an_attack_in_words_by_its_adverb(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "would never" in a quote is an assurance, no threat
        ('Russian President Vladimir Putin met reporters in Moscow. He said: "Ukraine is '
         'provoking us. We would never attack Ukraine."', None, ("RUS", "UKR", "13")),
        # the twin: "would" alone, said by the one who would act, is a threat
        ('Russian President Vladimir Putin met reporters in Moscow. He said: "Ukraine is '
         'provoking us. We would attack Ukraine."', ("RUS", "UKR", "13"), None),
    ],
)  # fmt: skip
def test_a_quoted_would_never_is_no_threat(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "would not" of help is a refusal (12x); of force, an assurance and no event
        ("Obama said he would not provide military aid to Israel.", ("USA", "ISR", "12"),
         ("USA", "ISR", "07")),
        ("Japan said it would not meet Chinese officials.", ("JPN", "CHN", "12"),
         ("JPN", "CHN", "03")),
        ("Russia said it would not attack Ukraine.", None, ("RUS", "UKR", "12")),
        ("Russia said it would not attack Ukraine.", None, ("RUS", "UKR", "13")),
        # the twin: what one says one has not done is a denial, no refusal
        ("Japan said it had not met Chinese officials.", None, ("JPN", "CHN", "12")),
    ],
)  # fmt: skip
def test_saying_one_would_not_help_refuses(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # people arrested in a raid are arrested, not property confiscated
        ("Afghan police arrested 10 suspected militants in separate raids.", "173", "1711"),
        ("Afghan police apprehended two suspects in a night raid.", "173", "1711"),
        # the twin: weapons seized in a raid are confiscated
        ("Afghan police seized weapons in separate raids.", "1711", None),
    ],
)  # fmt: skip
def test_arrested_in_a_raid(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, present: str, absent: str | None
) -> None:
    codes = {code for _, _, code in dyads_of(text, D2019)}
    assert present in codes, codes
    assert absent not in codes, codes


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a name given straight after the named, parsed as an apposition, is no phone call
        ("Venezuelan President Hugo Chavez called US President George W. Bush the devil.",
         None, ("VEN", "USA", "04")),
        # the twin: a call to the president on Monday is one
        ("Venezuelan President Hugo Chavez called US President George W. Bush on Monday.",
         ("VEN", "USA", "04"), None),
    ],
)  # fmt: skip
def test_a_name_in_apposition_is_no_call(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "they" is never the one private person who reports
        ("“Hong Kong residents are calm and have shown they can protest peacefully,” Scottish "
         "shop owner Ian Fraser told Reuters.", None, ("GBR", None, "13")),
        # the twin: a leader's "they" is his movement's
        ("Hamas leader Khaled Meshaal said they would attack Israel.", ("PSE", "ISR", "13"),
         None),
    ],
)  # fmt: skip
def test_they_is_no_private_reporter(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the press asks its questions; no appeal to the one who answers
        ("Asked by Reuters to clarify his statement, Nigerian oil minister Rilwanu Lukman said "
         "Nigeria was ready to back an extension.", None, ("GBR", "NGA", "02")),
        # the twin: a state asking a state appeals
        ("Indonesia asked the British government to release the documents.",
         ("IDN", "GBR", "02"), None),
    ],
)  # fmt: skip
def test_an_interview_question_is_no_appeal(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a cause or a debate hijacked is no one abducted
        ("The Congress party said the BJP later hijacked the issue.", None, ("IND", "IND", "18")),
        ("The BJP hijacked the debate on the temple.", None, ("IND", "IND", "18")),
        # the twin: a bus is hijacked
        ("Indian militants hijacked a bus in Kashmir.", ("IND", "IND", "18"), None),
    ],
)  # fmt: skip
def test_a_hijacked_issue_is_no_abduction(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # encouraging an actor to act asks it to (02x); encouraging an effort supports it
        ("Germany encouraged the U.S. to cut interest rates.", ("DEU", "USA", "02"),
         ("DEU", "USA", "05")),
        ("Germany encouraged the US efforts.", ("DEU", "USA", "05"), ("DEU", "USA", "02")),
    ],
)  # fmt: skip
def test_encouraged_to_act_is_an_appeal(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "demand_date"),
    [
        # a date in a clause of time beside the demand ("after ... in March") is that
        # clause's act's, not the demand's
        ("The European Union cut its aid to the Gaza authorities after Hamas took power in June, "
         "and is demanding that the group renounce violence.", "2019-03-14"),
        # the twin: the date of the conjoined verb's own clause carries over
        ("The European Union cut its aid to the Gaza authorities in June, and is demanding "
         "that the group renounce violence.", "2018-06"),
    ],
)  # fmt: skip
def test_a_bounding_clause_dates_its_own_act(coder: Coder, text: str, demand_date: str) -> None:
    coded = coder.code(make_article(text, D2019))
    demands = [e.date for e in coded.events if e.cameo.startswith("10")]
    assert demands == [demand_date], [(e.cameo, e.date) for e in coded.events]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an illness is no attack, a bodily complaint no complaint against anyone
        ("Former Malaysian prime minister Mahathir Mohamad is in hospital. Mahathir said he "
         "had a mild heart attack.", None, ("MYS", None, "19")),
        ("Former Malaysian prime minister Mahathir Mohamad is in hospital. He was rushed there "
         "after complaining of chest pains.", None, ("MYS", None, "11")),
        # the twins: an attack by forces, a complaint to a body about a neighbour
        ("Malaysian forces carried out an attack on Indonesian fishermen.",
         ("MYS", "IDN", "19"), None),
        ("Israel complained to the UN about Syrian shelling.", ("ISR", "SYR", "11"), None),
    ],
)  # fmt: skip
def test_an_ailment_is_no_act(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a suit in court is a lawsuit (115), no arrest
        ("The Mexican government sued the American company in federal court.", "115", "173"),
        # a fact acknowledged is no state recognised
        ("The town of Lowell has long recognized the value of its migrant workers.", None,
         "054"),
        # the twin: a state is recognised
        ("Serbia recognized Kosovo.", "054", None),
    ],
)  # fmt: skip
def test_lawsuits_and_facts_recognised(
    dyads_of: Callable[[str, date], set[Dyad]],
    text: str,
    present: str | None,
    absent: str | None,
) -> None:
    codes = {code for _, _, code in dyads_of(text, D2019)}
    if present is not None:
        assert present in codes, codes
    assert absent not in codes, codes


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # "any" such act is none told as done
        ("Any ballistic missile used by North Korea against Japan would be a short-range "
         "missile.", "hypothetical"),
        # the twin: the missile used is one
        ("The ballistic missile used by North Korea against Japan was a short-range missile.",
         "asserted"),
    ],
)  # fmt: skip
def test_any_act_is_no_act_done(
    modality_by_dyad: Callable[[str, date], dict[Dyad, str]], text: str, modality: str
) -> None:
    found = modality_by_dyad(text, D2019)
    assert found, found
    assert set(found.values()) == {modality}, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a contest or a market left is no ground given up
        ("Senator John Kerry withdrew from the presidential race.", None, ("USA", None, "08")),
        ("Two U.S. firms, Chrysler and Ford, withdrew from the local car market.", None,
         ("USA", None, "08")),
        # the twin: troops withdrawn from a town retreat
        ("Russian troops withdrew from the town.", ("RUS", None, "08"), None),
    ],
)  # fmt: skip
def test_a_contest_left_is_no_retreat(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # "hoping" is "hope" (a plan), not "hop"
        ("The Luxembourg presidency is hoping to sign a deal with France.", "planned"),
        # the twin: signed, it is done
        ("The Luxembourg presidency signed a deal with France.", "asserted"),
    ],
)  # fmt: skip
def test_hoping_is_a_plan(
    modality_by_dyad: Callable[[str, date], dict[Dyad, str]], text: str, modality: str
) -> None:
    found = modality_by_dyad(text, D2019)
    assert ("LUX", "FRA", "03" if modality == "planned" else "05") in found, found
    assert set(found.values()) == {modality}, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a killing the parser hung on a resolution is nobody's words
        ("The United States on Saturday vetoed the UN Security Council draft resolution that "
         "would have condemned an Israeli attack in Beit Lahia in northern Gaza that killed at "
         "least 11 Palestinian civilians.", ("USA", "IGO", "12"), ("IGO", "PSE", "11")),
        # the twin: a poster attacks in words
        ("A Labour poster attacked Michael Howard, the Tory leader.", ("GBR", "GBR", "11"),
         None),
    ],
)  # fmt: skip
def test_a_text_kills_no_one(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what may befall people, suggested, is a forecast, no appeal
        ("Red Cross officials suggest thousands may starve in Yemen.", None, ("NGO", "YEM", "02")),
        # the twin: an act another might do, suggested, is asked of it
        ("Oxfam suggested Canada might resettle 20,000 refugees a year.", ("NGO", "CAN", "02"),
         None),
    ],
)  # fmt: skip
def test_a_forecast_is_no_suggestion(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # dealing with someone is no combat, and no threat when promised
        ("“We will keep engaging with Indian officials,” the Canadian foreign minister said.",
         None, ("CAN", "IND", "13")),
        # a nation born is nothing yielded (a guard: its "in" phrases once read as "give in")
        ("Portugal prevailed in the end and gave birth to a nation.", None, ("PRT", None, "08")),
        # the twins: riot police engage migrants with water cannon; Britain gives in
        ("Greek riot police engaged Syrian migrants with water cannon.", ("GRC", "SYR", "17"),
         None),
        ("Britain gave in to French demands.", ("GBR", "FRA", "08"), None),
    ],
)  # fmt: skip
def test_engaging_with_and_giving_birth(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # a date below "since" in a meeting's phrase bounds the meeting; it does not date it
        ("The talks were the largest meeting between Chinese and Arab leaders since the "
         "founding of the People's Republic of China in 1949.", None),
        # the twin: a nominal event's own date dates it
        ("The annexation of Crimea by Russia in 2014 angered Ukraine.", "2014"),
    ],
)  # fmt: skip
def test_a_bounding_date_inside_a_noun(coder: Coder, text: str, dated: str | None) -> None:
    coded = coder.code(make_article(text, D2019))
    dates = {e.date for e in coded.events}
    if dated is None:
        assert "1949" not in dates, dates
    else:
        assert dated in dates, dates


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # seats aimed at in a campaign, and a rapid advance, are no force and no probe
        ("Canadian Prime Minister Justin Trudeau will target swing seats around Toronto.", None,
         ("CAN", "CAN", "19")),
        ("Last summer, Taliban fighters swept into the northern districts of Afghanistan.", None,
         ("AFG", "AFG", "09")),
        # a candidate fights an election on her record, with no force and no threat
        ("Labour's Mary Wells won the seat in 2001 and has a large majority. She says she "
         'will fight on her record "as a hard-working constituency MP".', None,
         ("GBR", None, "13")),
        # the twins: troops target leaders; a probe "into" a firm investigates it
        ("Israeli troops are targeting Hamas leaders.", ("ISR", "PSE", "19"), None),
        ("The FBI probed into the Russian firm.", ("USA", "RUS", "09"), None),
    ],
)  # fmt: skip
def test_seats_and_sweeps(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2019, present, absent)
