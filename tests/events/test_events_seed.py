"""The issue's done-when list on the Putin-Biden article (shared corpus, published 2021-12-04).

Each check asks for an event by (source country, target country, root or code prefix) with
the modality, date or place the article supports; the negative checks guard against the
false conflict events the coder exists to avoid.
"""

from __future__ import annotations

import pytest

from whimbrel.events.rules import Rule, Step, rule_table
from whimbrel.records import Event

pytestmark = pytest.mark.shared


def _country(mention) -> str | None:
    return mention.actor.country if mention is not None else None


def _find(events, source, target, code, **fields) -> list[Event]:
    found = []
    for event in events:
        if _country(event.source) != source or _country(event.target) != target:
            continue
        if not event.cameo.startswith(code):
            continue
        if all(_field(event, name) == value for name, value in fields.items()):
            found.append(event)
    return found


def _field(event: Event, name: str):
    if name == "place_country":
        return event.location.country if event.location else None
    return getattr(event, name)


@pytest.mark.parametrize(
    ("source", "target", "code", "fields"),
    [
        ("RUS", "USA", "036", {"modality": "planned", "date": "2021-12-07"}),
        ("USA", "RUS", "036", {"modality": "planned", "date": "2021-12-07"}),
        ("WST", "RUS", "112", {"modality": "asserted"}),
        ("UKR", "RUS", "112", {"modality": "asserted"}),
        ("RUS", None, "016", {}),
        ("RUS", "WST", "112", {"modality": "asserted"}),
        ("USA", "UKR", "03", {"date": "2021-12-03"}),
        ("USA", "RUS", "13", {"modality": "asserted"}),
        ("USA", "RUS", "04", {"date": "2021-06", "place_country": "CHE"}),
        ("RUS", "USA", "04", {"date": "2021-06", "place_country": "CHE"}),
        ("USA", "CHN", "04", {"date": "2021-11-15"}),
        ("CHN", "USA", "04", {"date": "2021-11-15"}),
        ("RUS", None, "10", {}),
        ("UKR", None, "12", {}),
        ("USA", "RUS", "111", {}),
        ("USA", "UKR", "04", {"date": "2021-09"}),
        ("UKR", "USA", "04", {"date": "2021-09"}),
        ("USA", "UKR", "03", {"date": "2021-09"}),
    ],
)
def test_seed_event(seed_coded, source, target, code, fields):
    assert _find(seed_coded.events, source, target, code, **fields), [
        (_country(e.source), _country(e.target), e.cameo, e.modality, e.date)
        for e in seed_coded.events
    ]


def test_seed_sanctions_threat_comes_from_the_quote(seed_coded):
    threat = _find(seed_coded.events, "USA", "RUS", "13")[0]
    assert threat.quote is not None
    assert "sanctions" in threat.sentence.text


def test_seed_has_no_asserted_russian_assault_on_ukraine(seed_coded):
    assert not [
        e
        for e in _find(seed_coded.events, "RUS", "UKR", "")
        if e.modality == "asserted" and int(e.root) >= 18
    ]


def test_seed_has_no_asserted_western_military_action(seed_coded):
    western = {"USA", "WST", "IGO", "NATO"}
    assert not [
        e
        for e in seed_coded.events
        if _country(e.source) in western and e.quad_class == 4 and e.modality == "asserted"
    ]


def test_seed_events_are_dated_and_explained(seed_coded):
    for event in seed_coded.events:
        assert event.date_basis in ("clause-timex", "sentence-timex", "published")
        assert event.rule and 0 < event.confidence <= 1
        # The rule names its trigger rule and the steps that changed it, all from the table.
        first, *steps = event.rule.split("+")
        table = rule_table()
        assert all(table.steps[Step(step)].named for step in steps)
        assert event.confidence <= table.base[Rule(first)]
        assert event.sentence.span[0] <= event.trigger_span[0] < event.sentence.span[1]
