"""Acts a clause tells of without saying they were done (issue 16).

Found by reading whimbrel's output on corpus items no gold set holds: "failed to adopt",
"were not willing to lend", "until it recognizes", "warned against imposing", "a ban on its
diplomats speaking", "could lead to ... reaching a deal" were coded as done. Each class is
tested as a minimal pair on made-up sentences: the trap, and its twin that is still done.
"""

from __future__ import annotations

from datetime import date

import pytest

from whimbrel.pipeline import Coder, make_article

D2015 = date(2015, 6, 1)


def modalities(coder: Coder, text: str, cameo_root: str) -> set[str]:
    """The modality of every event coded in `text` whose CAMEO code starts with `cameo_root`."""
    coded = coder.code(make_article(text, D2015))
    return {e.modality for e in coded.events if e.cameo.startswith(cameo_root)}


@pytest.mark.parametrize(
    ("trap", "twin", "root"),
    [
        # what one failed, was unable or unwilling to do was not done
        (
            "The UN Security Council failed to adopt a resolution on Syria.",
            "The UN Security Council adopted a resolution on Syria.",
            "05",
        ),
        (
            "Russia was unable to stop the attack on Ukraine.",
            "Russia stopped the attack on Ukraine.",
            "08",
        ),
        (
            "Russia was unwilling to attack Ukraine.",
            "Russia attacked Ukraine.",
            "19",
        ),
        # the copula carries the negation of the adjective that frames the act
        (
            "The American president was not willing to lend the Libyan rebels the US Air Force.",
            "The American president lent the Libyan rebels the US Air Force.",
            "06",
        ),
    ],
)
def test_a_failed_or_unwilling_act_is_negated(
    coder: Coder, trap: str, twin: str, root: str
) -> None:
    assert modalities(coder, trap, root) and "asserted" not in modalities(coder, trap, root)
    assert "asserted" in modalities(coder, twin, root)


def test_a_plan_framed_by_a_ready_copula_stays_an_intent(coder: Coder) -> None:
    # only negation passes from the copula: "would be ready to host" is still an intent (036)
    text = "The Moroccan king said he would be ready to host a meeting between Israel and the PLO."
    coded = coder.code(make_article(text, D2015))
    assert {e.cameo for e in coded.events} == {"036"}
    assert {e.modality for e in coded.events} == {"planned"}


@pytest.mark.parametrize(
    ("trap", "twin", "root"),
    [
        # English tells an awaited act in the present after "until" and "once"
        (
            "The United States vowed not to deal with the PLO until it recognizes Israel.",
            "The PLO recognized Israel in 1993.",
            "05",
        ),
        (
            "Sanctions will stay until Iran releases the British sailors.",
            "Iran released the British sailors.",
            "08",
        ),
    ],
)
def test_an_act_awaited_after_until_is_not_coded(
    coder: Coder, trap: str, twin: str, root: str
) -> None:
    assert "asserted" not in modalities(coder, trap, root)
    assert "asserted" in modalities(coder, twin, root)


def test_a_past_act_after_until_is_still_done(coder: Coder) -> None:
    # a past tense after "until" tells what happened; so does a headline's present on both sides
    assert "asserted" in modalities(
        coder, "Syrian troops shelled Homs until the rebels released the hostages.", "08"
    )


def test_an_act_warned_against_is_not_done(coder: Coder) -> None:
    text = "Canadian minister Joe Clark warned the United States against imposing sanctions."
    coded = coder.code(make_article(text, D2015))
    codes = {e.cameo[:2] for e in coded.events}
    assert "13" in codes  # the warning is the event
    assert "16" not in codes  # the sanctions were not imposed
    assert "16" in {
        e.cameo[:2]
        for e in coder.code(
            make_article("The United States imposed sanctions on Canada.", D2015)
        ).events
    }


def test_what_a_ban_forbids_was_not_done(coder: Coder) -> None:
    trap = "The United States lifted its ban on its diplomats speaking with North Korean diplomats."
    twin = "American diplomats spoke with North Korean diplomats in Geneva."
    assert modalities(coder, trap, "04") == {"negated"}
    assert "asserted" in modalities(coder, twin, "04")
    # "banned X from doing": X is the one who would have acted, and did not
    coded = coder.code(
        make_article("Russia banned Ukrainian airlines from flying to Moscow.", D2015)
    )
    assert not any(
        e.modality == "asserted"
        and e.source
        and e.source.actor.code == "RUS"
        and e.cameo.startswith("03")
        for e in coded.events
    )


def test_an_outcome_is_as_real_as_what_leads_to_it(coder: Coder) -> None:
    trap = (
        "The Turkish preoccupation with the Kurds could lead to the Turkish president "
        "reaching a deal with Damascus."
    )
    twin = "The Turkish president reached a deal with Damascus."
    assert modalities(coder, trap, "03") == {"hypothetical"}
    assert "asserted" in modalities(coder, twin, "03")


def test_what_is_feared_is_neither_done_nor_threatened(coder: Coder) -> None:
    trap = "Churches will be guarded in Indonesia amid fears that extremists may strike."
    coded = coder.code(make_article(trap, D2015))
    assert not any(e.cameo[:2] in ("13", "18", "19") for e in coded.events)
    twin = "Indonesian extremists struck churches in Jakarta."
    assert "asserted" in modalities(coder, twin, "19")


def test_a_state_warning_of_others_makes_no_threat_of_theirs(coder: Coder) -> None:
    # a state's word on what rebels or extremists may do is no threat by them
    coded = coder.code(
        make_article("Indonesia said extremists may strike churches in Jakarta.", D2015)
    )
    assert not any(e.cameo.startswith("13") for e in coded.events)
    # what a state says its own forces will do is its threat
    coded = coder.code(make_article("Russia said its troops would attack Ukraine.", D2015))
    assert any(e.cameo.startswith("13") for e in coded.events)


def test_what_one_is_allowed_to_do_is_not_done(coder: Coder) -> None:
    trap = "Hungary passed a law allowing the Hungarian military to help Serbia handle refugees."
    assert modalities(coder, trap, "07") == set()
    twin = "The Hungarian military helped Serbia handle refugees."
    assert "asserted" in modalities(coder, twin, "07")
    # the permission itself is still an event
    coded = coder.code(make_article("Iraq allowed UN inspectors to visit the palace.", D2015))
    assert any(e.trigger_text == "allowed" for e in coded.events)


@pytest.mark.parametrize(
    ("trap", "twin", "root"),
    [
        # what one is pressed, persuaded, pushed or encouraged to do is asked, not done
        ("Congress is pressuring Obama to help Iran.", "Obama helped Iran.", "07"),
        ("Britain pushed Iran to negotiate with the EU.", "Iran negotiated with the EU.", "04"),
        ("Russia persuaded Syria to attack the rebels.", "Syria attacked the rebels.", "19"),
    ],
)
def test_what_one_is_pressed_to_do_is_not_done(
    coder: Coder, trap: str, twin: str, root: str
) -> None:
    assert modalities(coder, trap, root) == set()
    assert "asserted" in modalities(coder, twin, root)


def test_an_act_under_a_condition_on_a_copula_is_not_done(coder: Coder) -> None:
    trap = "US-Canadian ties could worsen if the two nations are unable to reach a free trade pact."
    assert modalities(coder, trap, "03") == set()
    twin = "The United States and Canada reached a free trade pact."
    assert "asserted" in modalities(coder, twin, "03")
