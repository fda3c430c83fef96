"""The event coder's rules and their confidences, from `data/lexicon/rules.tsv`.

An event's `rule` names how its trigger became a candidate (a `Rule`: "noun-framed") and
every step that filled in or recoded it (a `Step`: "+quote-speaker"). The table gives each
rule its base confidence, each step its penalty (and, for a few, a ceiling), and the bounds an
event's confidence is kept within. The enums are the names the code refers to; the table
must have exactly one row for each of them (`DataError` otherwise).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources

from whimbrel.errors import DataError

_PATH = "data/lexicon/rules.tsv"


class Rule(StrEnum):
    """How a trigger became a candidate event (`events.triggers`)."""

    VERB_CURATED_PATTERN = "verb-curated-pattern"
    VERB_CAMEO_PATTERN = "verb-cameo-pattern"
    VERB_CURATED = "verb-curated"
    VERB_CAMEO_DEFAULT = "verb-cameo-default"
    VERB_CAMEO_BLOCK = "verb-cameo-block"
    REPORTED_OBLIGATION = "reported-obligation"
    ASKED_TO_ACT = "asked-to-act"
    DECLINED_COMMENT = "declined-comment"
    ASSISTED_ACT = "assisted-act"
    VOICED_FEELING = "voiced-feeling"
    NOUN_LIGHT_VERB = "noun-light-verb"
    NOUN_ALLEGED = "noun-alleged"
    NOUN_FRAMED = "noun-framed"
    NOUN_OPTION_THREAT = "noun-option-threat"
    NOUN_DATED = "noun-dated"
    NOUN_OWN_ACTOR = "noun-own-actor"
    NOUN_PARTNER = "noun-partner"
    NOUN_REACTION = "noun-reaction"
    JUDGEMENT_NAMED = "judgement-named"
    JUDGEMENT_REPORTED = "judgement-reported"


class Step(StrEnum):
    """A fallback or recoding applied while an event is assembled (`events.assembly`)."""

    COMPLEMENT_TARGET = "complement-target"
    CONDITION_TARGET = "condition-target"
    PRONOUN_FALLBACK = "pronoun-fallback"
    PLACE_TARGET = "place-target"
    REPORTER_PRONOUN = "reporter-pronoun"
    QUOTE_SPEAKER = "quote-speaker"
    REFUSAL = "refusal"
    CESSATION = "cessation"
    THREAT = "threat"
    SAID_THREAT = "said-threat"
    FUTURE_DATED = "future-dated"
    INTENT = "intent"
    RECIPROCAL_PAIR = "reciprocal-pair"
    IMPLICIT_TARGET = "implicit-target"
    MISSING_TARGET = "missing-target"
    REPORTED_OPINION = "reported-opinion"
    PURPOSE_TARGET = "purpose-target"
    ADDRESSEE_TARGET = "addressee-target"
    ALLEGED_FAILURE = "alleged-failure"
    REPORTED_ACCUSATION = "reported-accusation"
    UNNAMED_DOER = "unnamed-doer"
    ORIGIN_SOURCE = "origin-source"
    PHRASE_TARGET = "phrase-target"
    DOMESTIC_TARGET = "domestic-target"
    UNARMED = "unarmed-violence"
    LABOUR_STRIKE = "labour-strike"
    ARMED_STRIKE = "armed-strike"
    GROUND_TAKEN = "ground-taken"
    SPOKEN_ATTACK = "spoken-attack"
    ARMED_ATTACK = "armed-attack"
    POLITICAL_ATTACK = "political-attack"
    VERBAL_DEFENCE = "verbal-defence"
    COERCER_TARGET = "coercer-target"
    CONSEQUENCE_TARGET = "consequence-target"
    BOMBING_HARM = "bombing-harm"


class Bound(StrEnum):
    """The range every event's confidence is clamped to."""

    LOWEST = "lowest"
    HIGHEST = "highest"


@dataclass(frozen=True)
class StepEffect:
    """What a step does to the confidence, and whether the event's rule names it."""

    penalty: float
    ceiling: float | None
    named: bool


@dataclass(frozen=True)
class RuleTable:
    """The table as the coder reads it: base confidence per rule, effect per step, bounds."""

    base: dict[Rule, float]
    steps: dict[Step, StepEffect]
    bounds: dict[Bound, float]

    def clamp(self, confidence: float) -> float:
        return max(self.bounds[Bound.LOWEST], min(self.bounds[Bound.HIGHEST], confidence))


def _values(names: type[StrEnum]) -> set[str]:
    return {member.value for member in names}


def _number(text: str, row: dict[str, str]) -> float:
    try:
        return float(text)
    except ValueError:
        raise DataError(_PATH, f"not a number {text!r} in row {row['name']!r}") from None


def table_rows() -> list[dict[str, str]]:
    """The packaged table's rows (comments and blank lines left out), as strings."""
    with resources.files("whimbrel").joinpath(_PATH).open(encoding="utf-8") as handle:
        rows = []
        for row in csv.DictReader(handle, delimiter="\t"):
            name = (row.get("name") or "").strip()
            if not name or name.startswith("#"):
                continue
            rows.append({k: (v or "").strip() for k, v in row.items() if k is not None})
        return rows


@cache
def rule_table() -> RuleTable:
    """The packaged table, loaded and checked against the enums once per process."""
    return parse_rule_table(table_rows())


def parse_rule_table(rows: Iterable[dict[str, str]]) -> RuleTable:
    """Rows of `rules.tsv` as a `RuleTable`: one row per `Rule`, `Step` and `Bound`."""
    base: dict[Rule, float] = {}
    steps: dict[Step, StepEffect] = {}
    bounds: dict[Bound, float] = {}
    for row in rows:
        name, kind = row["name"], row["kind"]
        confidence = _number(row["confidence"], row)
        if kind == "rule" and name in _values(Rule) and name not in base:
            base[Rule(name)] = confidence
        elif kind == "step" and name in _values(Step) and name not in steps:
            if row["named"] not in ("yes", "no"):
                raise DataError(_PATH, f"named must be yes or no in row {name!r}")
            ceiling = _number(row["ceiling"], row) if row["ceiling"] else None
            steps[Step(name)] = StepEffect(confidence, ceiling, row["named"] == "yes")
        elif kind == "bound" and name in _values(Bound) and name not in bounds:
            bounds[Bound(name)] = confidence
        else:
            raise DataError(_PATH, f"unknown or repeated {kind} {name!r}")
    for wanted, found in ((Rule, base), (Step, steps), (Bound, bounds)):
        missing = sorted(member.value for member in wanted if member not in found)
        if missing:
            raise DataError(_PATH, f"no row for {', '.join(missing)}")
    return RuleTable(base, steps, bounds)
