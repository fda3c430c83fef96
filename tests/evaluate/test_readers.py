"""Gold readers on small hand-made files in each format (no corpus needed)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from whimbrel.errors import DataError
from whimbrel.evaluate import readers
from whimbrel.evaluate.codes import (
    country_key,
    pentaclass_of,
    plover_category,
    plover_of,
    read_cameo2plover,
)
from whimbrel.evaluate.records import GoldItem, GoldQuote, GoldSet


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("code", "key"),
    [
        ("USA", "USA"),
        ("GUYJUD", "GUY"),
        ("JAP", "JPN"),  # PLOVER GSR spelling
        ("IGOEUREEC", "IGO"),
        ("WSTMIL", "WST"),
        ("XKXGOV", "XKX"),  # Kosovo: no ISO code, still a country of its own
        ("---LEG", None),
        ("GOV", None),
        (None, None),
        ("", None),
    ],
)
def test_country_key(code, key):
    assert country_key(code) == key


def test_plover_gsr_expands_compound_and_reciprocal_actors(tmp_path):
    path = write_jsonl(
        tmp_path / "plover_gsr.jsonl",
        [
            {
                "id": "P1",
                "text": "Senior Hungarian and Romanian officials agreed.",
                "date": "2000-01-01",
                "events": [
                    {
                        "code": "AGREE",
                        "source": [{"code": "HUN"}, {"code": "ROU"}],
                        "target": [],
                        "reciprocal": True,
                    }
                ],
            },
            {
                "id": "P2",
                "text": "Iran and Syria condemned Israel and the US.",
                "events": [
                    {
                        "code": "DISAPPROVE",
                        "source": [{"code": "IRN"}, {"code": "SYR"}],
                        "target": [{"code": "ISR"}, {"code": "USA"}],
                        "reciprocal": False,
                    }
                ],
            },
        ],
    )
    gold = readers.read_plover_gsr(path)
    assert gold.scheme == "plover" and len(gold.items) == 2
    first, second = gold.items
    assert first.published is None  # the placeholder date never reaches the coder
    assert {(e.source, e.target) for e in first.events} == {("HUN", "ROU"), ("ROU", "HUN")}
    assert len(second.events) == 4
    assert {e.codes for e in second.events} == {("ACCUSE",)}  # old name, 2021 vocabulary


def test_petr2_validation_reads_codes_countries_and_no_event_records(tmp_path):
    path = write_jsonl(
        tmp_path / "petr2_gsr_validation.jsonl",
        [
            {
                "id": "A1",
                "text": "A court in Guyana issued warrants.",
                "date": "2008-08-06",
                "category": "AFP",
                "events": [{"code": "173", "source": "GUYJUD", "target": "BRAPPL"}],
            },
            {"id": "A2", "text": "Nothing.", "date": "121108", "events": [], "no_events": True},
            {"id": "A3", "text": "Broken.", "events": [], "expected_error": "parse"},
        ],
    )
    gold = readers.read_petr2_validation(path)
    assert [i.id for i in gold.items] == ["A1", "A2"]
    event = gold.items[0].events[0]
    assert (event.codes, event.source, event.target) == (("173",), "GUY", "BRA")
    assert gold.items[0].published == date(2008, 8, 6)
    assert gold.items[1].events == () and gold.items[1].published is None


def test_conflibert_reads_the_test_split_and_skips_unlabelled(tmp_path):
    path = write_jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": "t0", "split": "test", "text": "x", "events": [{"code": "4"}]},
            {"id": "t1", "split": "test", "text": "y", "events": [{"code": None}]},
            {"id": "r0", "split": "train", "text": "z", "events": [{"code": "1"}]},
        ],
    )
    gold = readers.read_conflibert(path)
    assert [(i.id, i.events[0].codes) for i in gold.items] == [("t0", ("4",))]
    assert len(readers.read_conflibert(path, split=None).items) == 2


def test_tempeval3_groups_platinum_apart(tmp_path):
    timex = {"text": "Tuesday", "value": "1998-01-06", "type": "DATE", "start": 3, "end": 10}
    path = write_jsonl(
        tmp_path / "te3.jsonl",
        [
            {
                "id": "d1",
                "dct": "1998-01-08",
                "text": "On Tuesday.",
                "timexes": [timex],
                "dataset": "tempeval3_tbaq_timebank",
            },
            {
                "id": "d2",
                "dct": "2013-03-22",
                "text": "On Tuesday.",
                "timexes": [timex],
                "dataset": "tempeval3_platinum_test",
            },
        ],
    )
    gold = readers.read_tempeval3(path)
    assert [i.group for i in gold.items] == ["timebank+aquaint", "platinum"]
    assert gold.items[0].published == date(1998, 1, 8)
    assert gold.items[0].timexes[0].start == 3


def test_cameo2plover_table(tmp_path):
    path = tmp_path / "table.txt"
    path.write_text(
        "# header\n03: AGREE\n030: AGREE,  , diplomatic # x\n08: CONCEDE\n080: CONCEDE, , # y\n"
        "08: RETREAT\n087: RETREAT, , military # z\n11: ACCUSE\n112: ACCUSE, disapprove, # w\n",
        encoding="utf-8",
    )
    table = read_cameo2plover(path)
    assert plover_of("0311", table) == "AGREE"
    assert plover_of("087", table) == "RETREAT"
    assert plover_of("1123", table) == "ACCUSE"
    assert plover_of("010", table) is None
    assert plover_category("demand") == "REQUEST"
    with pytest.raises(DataError, match="no 'CODE: CATEGORY'"):
        read_cameo2plover(write_jsonl(tmp_path / "bad.txt", [{"x": 1}]))


@pytest.mark.parametrize(
    ("cameo", "label"),
    [
        ("010", "0"),
        ("0234", "0"),
        ("036", "1"),
        ("057", "1"),
        ("061", "2"),
        ("112", "3"),
        ("1621", "3"),
        ("141", "4"),
        ("193", "4"),
        ("204", "4"),
        ("xx", None),
    ],
)
def test_pentaclass_of(cameo, label):
    assert pentaclass_of(cameo) == label


NEWS = [
    {
        "id": "n1",
        "text": "Moscow, March 3. Russia accused Ukraine of shelling. Later text not annotated.",
    }
]


def test_own_gold_reads_passage_events_alternatives_and_reciprocal(tmp_path):
    news = write_jsonl(tmp_path / "news.jsonl", NEWS)
    gold_path = write_jsonl(
        tmp_path / "g.jsonl",
        [
            {
                "id": "n1",
                "published": "2015-03-03",
                "passage": {"until": "of shelling."},
                "events": [
                    {
                        "sentence": "Russia accused",
                        "trigger": "accused",
                        "source": "RUS",
                        "target": "UKR",
                        "cameo": "112",
                        "alternatives": ["1123"],
                        "modality": "asserted",
                        "date": "2015-03-03",
                    },
                    {
                        "sentence": "Russia accused",
                        "source": "UKR",
                        "target": "RUS",
                        "cameo": "042",
                        "reciprocal": True,
                        "optional": True,
                    },
                ],
                "quotes": [{"first": "Russia accused", "last": "of shelling", "speaker": "Lavrov"}],
                "timexes": [{"text": "March 3", "value": "2015-03-03"}],
            }
        ],
    )
    gold = readers.read_own_gold(gold_path, news)
    (item,) = gold.items
    assert item.text == "Moscow, March 3. Russia accused Ukraine of shelling."
    assert item.published == date(2015, 3, 3)
    accuse, visit, back = item.events
    assert accuse.codes == ("112", "1123") and accuse.date == "2015-03-03"
    assert (visit.source, visit.target, back.source, back.target) == ("UKR", "RUS", "RUS", "UKR")
    assert visit.optional and back.optional
    assert gold.has_quotes and gold.has_timexes and gold.has_dates


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"cameo": "999"}, "unknown CAMEO code"),
        ({"modality": "maybe"}, "bad modality"),
        ({"date": "2015-3"}, "bad date"),
        ({"source": "Moscow"}, "not a country code"),
        ({"sentence": "not in the text"}, "not in the passage"),
        ({"colour": "red"}, "unknown event field"),
    ],
)
def test_own_gold_rejects_bad_records_naming_the_line(tmp_path, change, message):
    news = write_jsonl(tmp_path / "news.jsonl", NEWS)
    event = {"sentence": "Russia accused", "source": "RUS", "target": "UKR", "cameo": "112"}
    gold_path = write_jsonl(
        tmp_path / "g.jsonl",
        [{"id": "n1", "published": "2015-03-03", "events": [{**event, **change}]}],
    )
    with pytest.raises(DataError, match=message) as error:
        readers.read_own_gold(gold_path, news)
    assert "g.jsonl:1" in str(error.value)


def test_own_gold_names_a_missing_corpus_item(tmp_path):
    news = write_jsonl(tmp_path / "news.jsonl", NEWS)
    gold_path = write_jsonl(tmp_path / "g.jsonl", [{"id": "gone", "events": []}])
    with pytest.raises(DataError, match="'gone' not found"):
        readers.read_own_gold(gold_path, news)


# --- the recorded dev/test split -------------------------------------------------------


def test_split_reads_and_refuses_overlap_and_bad_shape(tmp_path):
    path = tmp_path / "split.json"
    path.write_text('{"split": {"dev": ["a", "b"], "test": ["c"]}}', encoding="utf-8")
    assert readers.read_split(path) == {"a": "dev", "b": "dev", "c": "test"}
    path.write_text('{"split": {"dev": ["a"], "test": ["a"]}}', encoding="utf-8")
    with pytest.raises(DataError, match="more than one split"):
        readers.read_split(path)
    path.write_text('{"split": {"train": ["a"]}}', encoding="utf-8")
    with pytest.raises(DataError, match="expected"):
        readers.read_split(path)


def test_split_of_keeps_one_split_and_names_it(tmp_path):
    path = tmp_path / "split.json"
    path.write_text('{"split": {"dev": ["a"], "test": ["b"]}}', encoding="utf-8")
    items = tuple(
        GoldItem(
            id=i, text="x", published=None, quotes=(GoldQuote("a b", "c d", None),) * (i == "b")
        )
        for i in ("a", "b")
    )
    gold = GoldSet(name="whimbrel_gold", scheme="cameo", items=items, has_quotes=True)
    test = readers.split_of(gold, path, "test")
    assert test.name == "whimbrel_gold_test" and [i.id for i in test.items] == ["b"]
    dev = readers.split_of(gold, path, "dev")
    assert [i.id for i in dev.items] == ["a"] and not dev.has_quotes
    with pytest.raises(DataError, match="unknown split"):
        readers.split_of(gold, path, "train")
