"""Event matching and scores on small hand-made inputs (no corpus, no model)."""

from __future__ import annotations

import pytest

from whimbrel.evaluate.codes import pentaclass_of
from whimbrel.evaluate.metrics import (
    CodedEvent,
    CodedQuote,
    Counts,
    RootTally,
    date_correct,
    main_event,
    match_events,
    match_quote,
    speaker_correct,
)
from whimbrel.evaluate.records import GoldEvent, GoldQuote

SENTENCE = "Western countries accuse Russia of preparing an invasion of Ukraine."


def coded(cameo: str, source: str | None, target: str | None, **kw) -> CodedEvent:
    fields = {"sentence_index": 0, "sentence_text": SENTENCE, **kw}
    return CodedEvent(cameo=cameo, source=source, target=target, **fields)


def test_counts_precision_recall_f1():
    counts = Counts(tp=3, fp=1, fn=2)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.6)
    assert counts.f1 == pytest.approx(2 * 3 / (2 * 3 + 1 + 2))
    assert Counts().precision is None and Counts().recall is None and Counts().f1 == 0.0


def test_levels_separate_root_dyad_and_code():
    gold = [GoldEvent(codes=("1123",), source="UKR", target="RUS")]
    # Right root and code, wrong source country.
    guess = [coded("1123", "USA", "RUS")]
    assert match_events(gold, guess, "cameo", "root").counts == Counts(1, 0, 0)
    assert match_events(gold, guess, "cameo", "dyad").counts == Counts(0, 1, 1)
    # Right dyad and root, different leaf code.
    guess = [coded("112", "UKR", "RUS")]
    assert match_events(gold, guess, "cameo", "dyad").counts == Counts(1, 0, 0)
    assert match_events(gold, guess, "cameo", "code").counts == Counts(0, 1, 1)


def test_acceptable_alternatives_match_at_code_level():
    gold = [GoldEvent(codes=("112", "1123", "111"), source="WST", target="RUS")]
    for code in ("112", "1123", "111"):
        assert match_events(gold, [coded(code, "WST", "RUS")], "cameo", "code").counts.tp == 1
    assert match_events(gold, [coded("1121", "WST", "RUS")], "cameo", "code").counts.tp == 0


def test_each_gold_event_matches_at_most_one_coded_event():
    gold = [GoldEvent(codes=("042",), source="USA", target="CHN")]
    guess = [coded("042", "USA", "CHN"), coded("043", "USA", "CHN")]
    # Same dyad+root twice from one sentence counts once: no double reward, no penalty.
    assert match_events(gold, guess, "cameo", "dyad").counts == Counts(1, 0, 0)
    # At code level they differ: one hit, one false event.
    assert match_events(gold, guess, "cameo", "code").counts == Counts(1, 1, 0)


def test_matching_is_maximal_not_greedy():
    # Coded event A fits both gold events, B only the first; a greedy pairing of A with the
    # first gold would leave the second unmatched.
    gold = [
        GoldEvent(codes=("040", "043"), source="USA", target="RUS"),
        GoldEvent(codes=("040",), source="USA", target="RUS", sentence="invasion"),
    ]
    guess = [coded("043", "USA", "RUS"), coded("040", "USA", "RUS")]
    result = match_events(gold, guess, "cameo", "code")
    assert result.counts == Counts(2, 0, 0)


def test_sentence_key_confines_the_match_to_its_sentence():
    gold = [GoldEvent(codes=("036",), source="RUS", target="USA", sentence="will hold talks")]
    elsewhere = coded("036", "RUS", "USA", sentence_index=3, sentence_text="They met in June.")
    there = coded(
        "036", "RUS", "USA", sentence_index=1, sentence_text="Putin  will hold talks on Tuesday."
    )
    assert match_events(gold, [elsewhere], "cameo", "dyad").counts == Counts(0, 1, 1)
    assert match_events(gold, [there], "cameo", "dyad").counts == Counts(1, 0, 0)


def test_optional_gold_is_neither_missed_nor_a_false_event():
    gold = [
        GoldEvent(codes=("112",), source="WST", target="RUS"),
        GoldEvent(codes=("190",), source="RUS", target="UKR", modality="alleged", optional=True),
    ]
    only_required = match_events(gold, [coded("112", "WST", "RUS")], "cameo", "dyad")
    assert only_required.counts == Counts(1, 0, 0)
    both = match_events(
        gold, [coded("112", "WST", "RUS"), coded("190", "RUS", "UKR")], "cameo", "dyad"
    )
    assert both.counts == Counts(1, 0, 0)
    assert len(both.pairs) == 2  # the optional pair still feeds modality accuracy


def test_no_event_gold_makes_every_coded_event_false():
    result = match_events([], [coded("010", "RUS", None)], "cameo", "root")
    assert result.counts == Counts(0, 1, 0)
    assert [e.cameo for e in result.false] == ["010"]


def test_plover_scheme_maps_cameo_and_skips_codes_outside_plover():
    table = {"11": "ACCUSE", "112": "ACCUSE", "19": "ASSAULT"}
    gold = [GoldEvent(codes=("ACCUSE",), source="WST", target="RUS")]
    guess = [coded("1123", "WST", "RUS"), coded("010", "WST", None)]
    result = match_events(gold, guess, "plover", "dyad", table)
    # 1123 -> ACCUSE by its most specific prefix; 010 has no PLOVER category: not scored.
    assert result.counts == Counts(1, 0, 0)


def test_pentaclass_scores_the_main_event_class():
    gold = [GoldEvent(codes=("4",))]
    weak = coded("010", "USA", None, confidence=0.3)
    strong = coded("190", "USA", "IRQ", confidence=0.9)
    assert main_event([weak, strong]) == [strong]
    assert match_events(gold, main_event([weak, strong]), "pentaclass", "root").counts.tp == 1
    assert match_events(gold, [weak], "pentaclass", "root").counts == Counts(0, 1, 1)
    assert main_event([]) == []


@pytest.mark.parametrize(
    ("gold", "ours", "right"),
    [
        ("2021-06", "2021-06", True),
        ("2021-06", "2021-06-15", True),
        ("2021-06", "2021", False),
        ("2021-06", "2021-07", False),
        ("2021-12-07", "2021-12-04", False),
        ("2014", None, False),
    ],
)
def test_date_accuracy_at_the_gold_precision(gold, ours, right):
    assert date_correct(gold, ours) is right


def test_quote_match_and_speaker():
    gold = GoldQuote(first="We confirm", last="in Geneva", speaker="Putin")
    quotes = [
        CodedQuote("something else entirely", ("Biden",)),
        CodedQuote("we confirm the  meeting in Geneva", ("he", "Vladimir Putin")),
    ]
    found = match_quote(gold, quotes)
    assert found is quotes[1]
    assert speaker_correct(gold, found)
    assert not speaker_correct(GoldQuote("We confirm", "in Geneva", "Biden"), found)
    assert not speaker_correct(gold, None)
    assert match_quote(GoldQuote("not", "there", "X"), quotes) is None


# --- per-root counts and root confusions ---------------------------------------------


def tally(gold: list[GoldEvent], ours: list[CodedEvent], scheme="cameo", level="dyad"):
    result = RootTally()
    result.add(match_events(gold, ours, scheme, level), scheme, {})
    return result


def test_per_root_counts_hits_for_the_coded_root_misses_for_the_gold_root():
    gold = [
        GoldEvent(codes=("112", "173"), source="WST", target="RUS"),
        GoldEvent(codes=("190",), source="RUS", target="UKR"),
    ]
    ours = [coded("173", "WST", "RUS"), coded("042", "USA", "RUS")]
    result = tally(gold, ours)
    # The hit is counted under the root the coder chose (an acceptable alternative).
    assert (result.roots["17"].tp, result.roots["17"].fp, result.roots["17"].fn) == (1, 0, 0)
    assert "11" not in result.roots
    assert (result.roots["19"].fn, result.roots["19"].tp) == (1, 0)
    assert (result.roots["04"].fp, result.roots["04"].tp) == (1, 0)
    assert result.confusion == {}  # the false 04 is another dyad: not a confusion


def test_confusion_pairs_a_miss_with_a_false_event_of_the_same_dyad_and_sentence():
    gold = [GoldEvent(codes=("112",), source="WST", target="RUS", sentence="accuse Russia")]
    same_dyad = coded("190", "WST", "RUS")
    assert tally(gold, [same_dyad]).most_confused() == [("11", "19", 1)]
    # The same wrong root from another sentence, or between other actors, is no confusion.
    elsewhere = coded("190", "WST", "RUS", sentence_text="Another sentence.", sentence_index=1)
    assert tally(gold, [elsewhere]).confusion == {}
    reversed_dyad = coded("190", "RUS", "WST")
    assert tally(gold, [reversed_dyad]).confusion == {}


def test_each_false_event_is_confused_with_at_most_one_miss():
    gold = [
        GoldEvent(codes=("112",), source="WST", target="RUS"),
        GoldEvent(codes=("130",), source="WST", target="RUS"),
    ]
    result = tally(gold, [coded("190", "WST", "RUS")])
    assert sum(result.confusion.values()) == 1
    assert (result.roots["11"].fn, result.roots["13"].fn, result.roots["19"].fp) == (1, 1, 1)


def test_optional_gold_matched_adds_no_hit_and_no_false_event():
    gold = [GoldEvent(codes=("112",), source="WST", target="RUS", optional=True)]
    result = tally(gold, [coded("112", "WST", "RUS")])
    assert result.roots == {}


def test_most_confused_ranks_by_count_then_label():
    result = RootTally()
    result.confusion.update({("11", "19"): 1, ("19", "18"): 3, ("01", "11"): 1})
    assert result.most_confused(2) == [("19", "18", 3), ("01", "11", 1)]


def test_pentaclass_confusion_needs_no_dyad():
    gold = [GoldEvent(codes=("3",))]
    result = tally(gold, [coded("190", None, None)], scheme="pentaclass", level="root")
    assert pentaclass_of("190") != "3"
    assert result.most_confused() == [("3", pentaclass_of("190"), 1)]
