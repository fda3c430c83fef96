"""Scoring time expressions: detection (strict and relaxed span) and value accuracy.

Gold offsets index the gold text; ours index the normalised text, which differs in whitespace
and quotation marks. Both sides are therefore compared in a shared coordinate: the number of
letters and digits before an offset, which normalisation does not change.

Value accuracy is judged at our precision: our values are YYYY, YYYY-MM or YYYY-MM-DD, so a
gold "2012-05-03T10:00" is right for "2012-05-03" and for "2012-05", wrong for "2012-06"
and for null. Only gold values that are calendar dates count (not "P1D", "PRESENT_REF",
"1998-W02"): those are outside what our Timex.value claims to express.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from whimbrel.evaluate.metrics import Counts, Ratio, normalise_words
from whimbrel.evaluate.records import GoldTimex

_CALENDAR = re.compile(r"^(\d{4})(-\d{2})?(-\d{2})?(T.*)?$")


@dataclass(frozen=True)
class CodedTimex:
    text: str
    start: int
    end: int
    value: str | None


@dataclass
class TimexScore:
    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    value: Ratio = field(default_factory=Ratio)
    # (gold, ours or None) for each calendar-date gold value we got wrong, for --details.
    wrong: list[tuple[GoldTimex, CodedTimex | None]] = field(default_factory=list)

    def add(self, other: TimexScore) -> None:
        self.strict.add(other.strict)
        self.relaxed.add(other.relaxed)
        self.value.add(other.value)
        self.wrong.extend(other.wrong)


def calendar_value(value: str | None) -> str | None:
    """The date part of a TIMEX3 value if it is a calendar date ("2012-05-03T10:00" -> date)."""
    if not value:
        return None
    match = _CALENDAR.match(value)
    if not match:
        return None
    return "".join(part for part in match.groups()[:3] if part)


def value_correct(gold_value: str, ours: str | None) -> bool:
    """Gold calendar value vs ours, compared at our precision."""
    return ours is not None and gold_value[: len(ours)] == ours and len(ours) <= len(gold_value)


def _alnum_prefix(text: str) -> list[int]:
    """counts[i] = letters and digits in text[:i]."""
    return [0, *accumulate(1 if ch.isalnum() else 0 for ch in text)]


def score_spans(
    gold_text: str,
    gold: Sequence[GoldTimex],
    coded_text: str,
    coded: Sequence[CodedTimex],
) -> TimexScore:
    """Detection and value scores for one document whose gold timexes carry offsets."""
    gold_at = _alnum_prefix(gold_text)
    ours_at = _alnum_prefix(coded_text)
    gold_with_spans = [t for t in gold if t.start is not None and t.end is not None]
    gold_spans = [(gold_at[t.start], gold_at[t.end]) for t in gold_with_spans]  # type: ignore[index]
    our_spans = [(ours_at[t.start], ours_at[t.end]) for t in coded]
    score = TimexScore()
    strict_hits = len(set(gold_spans) & set(our_spans))
    score.strict = Counts(
        tp=strict_hits, fp=len(set(our_spans)) - strict_hits, fn=len(set(gold_spans)) - strict_hits
    )
    used: set[int] = set()
    partner: dict[int, int] = {}
    for g, (g_start, g_end) in enumerate(gold_spans):
        for c, (c_start, c_end) in enumerate(our_spans):
            if c not in used and c_start < g_end and g_start < c_end:
                used.add(c)
                partner[g] = c
                break
    score.relaxed = Counts(
        tp=len(partner), fp=len(our_spans) - len(used), fn=len(gold_spans) - len(partner)
    )
    for g, timex in enumerate(gold_with_spans):
        wanted = calendar_value(timex.value)
        if wanted is None:
            continue
        ours = coded[partner[g]] if g in partner else None
        ok = value_correct(wanted, ours.value if ours else None)
        score.value.add(Ratio(int(ok), 1))
        if not ok:
            score.wrong.append((timex, ours))
    return score


def score_by_text(gold: Sequence[GoldTimex], coded: Sequence[CodedTimex]) -> TimexScore:
    """Scores for gold timexes given by text only (the project's own gold).

    A gold timex is found when one of ours has the same words; its value must then equal
    the gold's exactly, since our gold is annotated at the precision the text supports.
    """
    score = TimexScore()
    used: set[int] = set()
    found = 0
    for timex in gold:
        wanted = normalise_words(timex.text)
        match = next(
            (
                i
                for i, ours in enumerate(coded)
                if i not in used and normalise_words(ours.text) == wanted
            ),
            None,
        )
        ours = coded[match] if match is not None else None
        if match is not None:
            used.add(match)
            found += 1
        if timex.value is not None:
            ok = ours is not None and ours.value == timex.value
            score.value.add(Ratio(int(ok), 1))
            if not ok:
                score.wrong.append((timex, ours))
    score.strict = Counts(tp=found, fp=0, fn=len(gold) - found)
    score.relaxed = Counts(tp=found, fp=0, fn=len(gold) - found)
    return score
