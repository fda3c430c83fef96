"""Which CAMEO pattern wins when two of one block match alike (issue 16, wrong codes).

A CAMEO synonym block lists its patterns under the verb they were written for; every verb of
the block may use them. When two match with the same specificity, the one written for the
verb in the sentence wins: "ratified a treaty" is signing one (057), "approved a treaty" keeps
approve's first reading (031); "ended talks" halts negotiations (164), "called off talks"
reduces relations (160). Made-up sentences, minimal pairs.
"""

from __future__ import annotations

from datetime import date

import pytest

D2015 = date(2015, 6, 1)


def codes_of(dyads_of, text: str) -> set[str]:
    """The CAMEO codes of the events coded in `text`."""
    return {code for _, _, code in dyads_of(text, D2015)}


@pytest.mark.parametrize(
    ("text", "coded", "not_coded"),
    [
        ("Georgia ratified the treaty with Armenia.", "057", "031"),
        ("The Georgian parliament ratified a trade agreement with Armenia.", "057", "031"),
        ("Georgia approved the treaty with Armenia.", "031", "057"),
        ("Turkey ended talks with Greece.", "164", "160"),
        ("Turkey called off talks with Greece.", "160", "164"),
    ],
)
def test_a_pattern_written_for_the_verb_wins_a_tie(
    dyads_of, text: str, coded: str, not_coded: str
) -> None:
    codes = codes_of(dyads_of, text)
    assert coded in codes
    assert not_coded not in codes


# Expelling people is deporting them (174); expelling a state's diplomats reduces relations
# with it (166).
@pytest.mark.parametrize(
    ("text", "coded", "not_coded"),
    [
        ("Kenya expelled two Ugandan journalists.", "174", "166"),
        ("Qatar expelled three Egyptian opposition leaders.", "174", "166"),
        ("Kenya expelled two Ugandan diplomats.", "166", "174"),
        ("Britain expelled the Russian ambassador.", "166", "174"),
        # an organisation's officials too
        (
            "North Korea expelled inspectors of the International Atomic Energy Agency.",
            "166",
            "174",
        ),
    ],
)
def test_expelling_people_or_diplomats(dyads_of, text: str, coded: str, not_coded: str) -> None:
    codes = codes_of(dyads_of, text)
    assert coded in codes
    assert not_coded not in codes


# A sibling verb's idiom does not carry over when it would change the verb's quad class:
# "take part" (030) is no reading of "captured part of", nor express's "&OPPOSITION" (110)
# of "citing opposition"; the sibling keeps its own idiom ("took part in the talks" is the
# talks, 046).
@pytest.mark.parametrize(
    ("text", "coded", "not_coded"),
    [
        ("Chadian troops captured part of a rebel base near the Sudanese border.", "192", "030"),
        ("Chad took part in the talks with Sudan.", "046", "192"),
        ("Turkey rejected the Greek plan, citing domestic opposition.", "120", "110"),
    ],
)
def test_a_sibling_idiom_keeps_the_verb_in_its_quad_class(
    dyads_of, text: str, coded: str, not_coded: str
) -> None:
    codes = codes_of(dyads_of, text)
    assert coded in codes
    assert not_coded not in codes


# Yielding to demands is CAMEO 08; meeting a demand is no meeting, so the meeting's
# reverse code does not follow the pattern that changed the verb's code.
@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        ("Kenya met the demands of the Somali rebels.", ("KEN", "SOMREB", "080"), "040"),
        ("Nepal accepted the demands of the striking teachers.", ("NPL", "NPLEDU", "080"), None),
        ("Nepal bowed to pressure from the Maoist rebels.", ("NPL", "NPLREB", "080"), None),
        ("Nepal gave in to demands from the Maoist rebels.", ("NPL", "NPLREB", "080"), None),
        ("Nepal caved in to the Maoist rebels.", ("NPL", "NPLREB", "080"), None),
    ],
)
def test_yielding_to_demands(dyads_of, text: str, wanted, unwanted: str | None) -> None:
    dyads = dyads_of(text, D2015)
    assert wanted in dyads
    assert unwanted not in {code for _, _, code in dyads}


def test_meeting_twin_stays_a_meeting_both_ways(dyads_of) -> None:
    dyads = dyads_of("Kenya met with the Somali rebels.", D2015)
    assert {("KEN", "SOMREB", "040"), ("SOMREB", "KEN", "040")} <= dyads


def test_negotiating_with_is_negotiation_both_ways(dyads_of) -> None:
    # CAMEO's own "negotiate with" pattern says 050 (diplomatic cooperation); a negotiation
    # is 046, with the partner negotiating back.
    dyads = dyads_of("Colombia negotiated with the FARC rebels.", D2015)
    assert {("COL", "COLREB", "046"), ("COLREB", "COL", "046")} <= dyads
    assert "050" not in {code for _, _, code in dyads}


# Denying a request, a motion or bail rejects it (12); denying an accusation is 016.
@pytest.mark.parametrize(
    ("text", "coded", "not_coded"),
    [
        ("The Kenyan court denied bail to the two Somali suspects.", "120", "016"),
        ("Kenya denied a Somali request for extradition.", "120", "016"),
        ("Kenya denied the Somali accusations.", "016", "120"),
    ],
)
def test_denying_a_request_is_a_rejection(dyads_of, text: str, coded: str, not_coded: str) -> None:
    codes = codes_of(dyads_of, text)
    assert coded in codes
    assert not_coded not in codes


# Dismissing an appeal or a plan rejects it (12); dismissing allegations denies them (016).
@pytest.mark.parametrize(
    ("text", "coded", "not_coded"),
    [
        ("Kenyan rebels dismissed an appeal from the Kenyan government to disarm.", "120", "110"),
        ("Kenya dismissed the Somali peace plan.", "120", "110"),
        ("Kenya dismissed the Somali allegations.", "016", "110"),
    ],
)
def test_dismissing_is_a_rejection_or_a_denial(
    dyads_of, text: str, coded: str, not_coded: str
) -> None:
    codes = codes_of(dyads_of, text)
    assert coded in codes
    assert not_coded not in codes


# A protest lodged with a state, or an official one, is a complaint (114); a protest staged
# in the street is a demonstration (14).
@pytest.mark.parametrize(
    ("text", "coded", "not_coded"),
    [
        ("Japan lodged a protest with China over the incursion.", "114", "140"),
        ("Serbia lodged an official protest against Albania.", "114", "140"),
        ("Lebanon filed a complaint with the UN Security Council.", "114", "140"),
        ("Kenyan students staged a protest against the Ugandan border closure.", "140", "114"),
    ],
)
def test_a_protest_lodged_is_a_complaint(dyads_of, text: str, coded: str, not_coded: str) -> None:
    codes = codes_of(dyads_of, text)
    assert coded in codes
    assert not_coded not in codes


# Beating people up is physical assault (182); beating a rival in an election or a match is
# no event.
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Israeli soldiers beat up Palestinian detainees.", ("ISRMIL", "PSEOPP", "182")),
        ("Kenyan police beat Somali refugees in Nairobi.", ("KENCOP", "SOMREF", "182")),
        ("A Somali refugee was beaten to death by Kenyan police.", ("KENCOP", "SOMREF", "182")),
    ],
)
def test_beating_people_is_assault(dyads_of, text: str, wanted) -> None:
    assert wanted in dyads_of(text, D2015)


def test_beating_a_rival_is_no_event(dyads_of) -> None:
    assert not dyads_of("Kenya beat Uganda in the final of the regional cup.", D2015)
