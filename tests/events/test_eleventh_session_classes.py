"""Wrong and missed events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, eleventh session: `audit` seeds 1357 and 2469).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.pipeline import Coder, make_article

Dyad = tuple[str | None, str | None, str]
D2015 = date(2015, 6, 1)
RootsOf = Callable[[str, date], set[Dyad]]
ModalOf = Callable[[str, date], list[tuple[str | None, str | None, str, str]]]
CheckRoots = Callable[[str, date, Dyad | None, Dyad | None], None]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a question put to someone is no appeal; asking for something or someone to act is
        (
            "Japanese reporters asked the Chinese minister whether Beijing would lift sanctions.",
            None,
            ("JPN", "CHN", "02"),
        ),
        ("Japan asked China whether it would lift the sanctions.", None, ("JPN", "CHN", "02")),
        ("Japan asked China about its plans for the islands.", None, ("JPN", "CHN", "02")),
        ("Japan asked China several questions about the islands.", None, ("JPN", "CHN", "02")),
        (
            "Asked by Indian reporters whether Pakistan would hold talks, Sharif said no.",
            None,
            ("IND", "PAK", "02"),
        ),
        ("Japan asked China to lift the sanctions.", ("JPN", "CHN", "02"), None),
        ("Japan asked China for help with the rescue.", ("JPN", "CHN", "02"), None),
        ("Japan asked that China lift the sanctions.", ("JPN", "CHN", "02"), None),
        # an adverbial "if" is a condition, no question
        ("Japan will appeal to the United Nations if China refuses.", ("JPN", "IGO", "02"), None),
    ],
)
def test_a_question_is_no_appeal(
    assert_roots: CheckRoots, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2015, present, absent)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # one "by" phrase for passives joined by "and", whichever of them carries it
        (
            "Two Afghan traders were kidnapped and later killed by Taliban militants.",
            [("AFG", "AFG", "18"), ("AFG", "AFG", "19")],
        ),
        (
            "Two Afghan traders were kidnapped by Taliban militants and later killed.",
            [("AFG", "AFG", "18"), ("AFG", "AFG", "19")],
        ),
        (
            "Two Indian traders were arrested by Pakistani police and released.",
            [("PAK", "IND", "17"), ("PAK", "IND", "08")],
        ),
    ],
)
def test_passives_joined_by_and_share_their_doer(
    root_dyads_of: RootsOf, text: str, present: list[Dyad]
) -> None:
    found = root_dyads_of(text, D2015)
    for dyad in present:
        assert dyad in found, found


def test_a_passive_without_a_by_phrase_borrows_no_doer(root_dyads_of: RootsOf) -> None:
    # the twin: nobody is named, so nobody is made the doer of the release
    found = root_dyads_of("The Indian minister was arrested and later freed on bail.", D2015)
    assert not any(source is not None for source, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # a capitalised word describing a group is no part of its name
        (
            "Suspected Communist Party of India Maoist cadres killed a villager in Gumla "
            "District on July 6.",
            "IND",
            "INDREB",
        ),
        (
            "Armed Communist Party of India Maoist cadres abducted a trader in Gumla District.",
            "IND",
            "INDREB",
        ),
    ],
)
def test_a_describing_word_before_a_group_name(
    coder: Coder, text: str, absent: str, present: str
) -> None:
    coded = coder.code(make_article(text, D2015))
    sources = [e.source.actor.code for e in coded.events if e.source is not None]
    assert present in sources, sources
    assert absent not in sources, sources


def test_a_longer_party_name_is_still_not_the_shorter_one(coder: Coder) -> None:
    # the twin: a capitalised word that is part of the name keeps the KB's shorter name off
    coded = coder.code(make_article("The Social Democratic Party won the vote.", D2015))
    assert not any(m.actor.code == "USAPTY" for m in coded.mentions), coded.mentions


def test_the_rebels_again_are_the_rebels_named_before(coder: Coder) -> None:
    text = (
        "Kisangani was taken on March 15 by Zairean rebels fighting the regime of President "
        "Mobutu. Refugees fled from camps near the Rwandan border as the rebels swept across "
        "the east, taking a string of towns."
    )
    coded = coder.code(make_article(text, date(1997, 4, 18)))
    rebels = [m for m in coded.mentions if m.text == "rebels"]
    assert rebels and all(m.actor.code == "ZARREB" for m in rebels), coded.mentions
    # the twin: with no rebels named before, the sentence's country still gives theirs
    coded = coder.code(
        make_article("Refugees fled as the rebels swept across Rwanda.", date(1997, 4, 18))
    )
    rebels = [m for m in coded.mentions if m.text == "rebels"]
    assert rebels and rebels[0].actor.code == "RWAREB", coded.mentions


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # what an allegation, claim or report says is someone's claim, not the reporter's
        (
            "Pakistan rejected allegations that it was supporting the Taliban.",
            ("PAK", "AFG", "05", "alleged"),
        ),
        (
            "India dismissed claims that its troops had shelled Pakistani villages.",
            ("IND", "PAK", "19", "alleged"),
        ),
        (
            "The ambassador said reports that Iran had armed the Houthis were baseless.",
            ("IRN", "YEM", "06", "alleged"),
        ),
    ],
)
def test_what_an_allegation_says_is_alleged(modal_events_of: ModalOf, text: str, event) -> None:
    found = modal_events_of(text, D2015)
    assert event in found, found
    assert (*event[:3], "asserted") not in found, found


def test_a_that_clause_after_an_ordinary_noun_is_still_asserted(modal_events_of: ModalOf) -> None:
    # the twin: a relative clause of an ordinary noun tells what happened
    found = modal_events_of("Pakistan signed the agreement that India had proposed.", D2015)
    assert not any(modality == "alleged" for *_, modality in found), found
    found = modal_events_of("Pakistan said it was supporting the Afghan government.", D2015)
    assert ("PAK", "AFG", "05", "asserted") in found, found
    # an incident report's credit line, "<paper> reports that", tagged as a noun
    found = modal_events_of(
        "E Pao reports on July 11 that a militant was arrested by Indian security forces in "
        "Imphal West District.",
        D2015,
    )
    assert ("IND", "IND", "17", "asserted") in found, found
