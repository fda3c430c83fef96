"""Parses that hide an argument (issue 16, parse traps).

"Donald Trump and Theresa May spoke": a second name ending in a common word ("May") can
leave the first hanging as its modifier, yet both spoke. "closes seven out of eight border
crossings": the parser hangs "out of" on the verb, yet the crossings are what was closed.
Made-up sentences, as minimal pairs.
"""

from __future__ import annotations

from datetime import date

import pytest

D2018 = date(2018, 4, 12)


def test_a_misparsed_pair_of_names_both_act(dyads_of) -> None:
    text = "Donald Trump and Theresa May spoke on the phone on Thursday."
    pairs = dyads_of(text, D2018)
    assert {("USAGOV", "GBRGOV", "041"), ("GBRGOV", "USAGOV", "041")} <= pairs


def test_a_modifier_before_one_name_is_no_pair(dyads_of) -> None:
    # no "and": the first name is not coordinated with the second
    pairs = dyads_of("Theresa May spoke to Donald Trump on the phone on Thursday.", D2018)
    assert not any(source == "USAGOV" for source, _, _ in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "Croatia closes seven out of eight border crossings with Serbia.",
        "Croatia closed seven of its eight border crossings with Serbia.",
        "Croatia closed its border crossings with Serbia.",
    ],
)
def test_a_counted_object_is_the_object(dyads_of, text: str) -> None:
    assert ("HRV", "SRB", "172") in dyads_of(text, D2018)


def test_a_relative_clause_on_the_last_name_is_its_own(dyads_of) -> None:
    text = (
        "The talks come amid tensions between Russia and Western countries, which accuse it "
        "of preparing an invasion of Ukraine."
    )
    pairs = {(s[:3] if s else None, t[:3] if t else None, c) for s, t, c in dyads_of(text, D2018)}
    assert ("WST", "RUS", "112") in pairs
    assert not any(s == "RUS" and c == "112" for s, _, c in pairs)
