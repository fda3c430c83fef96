"""The real gold files: the project's own gold loads against the corpus and holds no article
text; every shared gold set reads. Skipped with a reason when ../shared is absent."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from whimbrel.evaluate import readers
from whimbrel.evaluate.runner import (
    NEWS_FILE,
    PLOVER_TABLE,
    SHARED_SETS,
    load_plover_table,
    load_set,
    read_gold_file,
)

GOLD = Path(__file__).resolve().parents[1] / "gold" / "events_gold.jsonl"
# Keys are "a few words": anything longer than this would be copying the article.
LONGEST_KEY = 100


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_own_gold_holds_only_short_keys_not_article_text():
    for number, line in enumerate(GOLD.read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        assert "text" not in record, f"line {number} carries text"
        # The corpus id is a name, not text (some Reported.ly ids run past 100 characters).
        for value in _strings({k: v for k, v in record.items() if k != "id"}):
            assert len(value) <= LONGEST_KEY, f"line {number}: {value[:40]!r}... is too long"


def test_own_gold_loads_against_the_corpus(shared_dir):
    gold = readers.read_own_gold(GOLD, shared_dir / NEWS_FILE)
    required = [e for item in gold.items for e in item.events if not e.optional]
    assert len(gold.items) >= 200
    assert len(required) >= 250
    assert len({item.id for item in gold.items}) == len(gold.items)
    datasets = Counter(item.id.split("-")[0] for item in gold.items)
    # Every dataset of the news corpus, at least 10 passages each.
    assert len(datasets) >= 12 and min(datasets.values()) >= 10, datasets
    # Passages with no required event test precision; they stay in.
    assert sum(1 for item in gold.items if not any(not e.optional for e in item.events)) >= 20
    roots = {e.codes[0][:2] for e in required}
    assert len(roots) >= 12, sorted(roots)
    assert {e.modality for item in gold.items for e in item.events} >= {
        "asserted",
        "planned",
        "alleged",
        "negated",
        "hypothetical",
    }
    # Passages stay short enough to annotate carefully.
    assert max(len(item.text) for item in gold.items) < 2500


def _split_script():
    path = Path(__file__).resolve().parents[2] / "scripts" / "split_gold.py"
    spec = importlib.util.spec_from_file_location("split_gold", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_drawn_item_is_annotated_and_split_once_as_recorded():
    ids = [json.loads(line)["id"] for line in GOLD.read_text(encoding="utf-8").splitlines()]
    draw = json.loads((GOLD.parent / "draw.json").read_text(encoding="utf-8"))
    record = json.loads((GOLD.parent / "split.json").read_text(encoding="utf-8"))
    script = _split_script()
    drawn = {i for members in script.drawn_by_dataset(draw).values() for i in members}
    # No drawn item was dropped after reading it: the gold holds the whole draw.
    assert drawn <= set(ids)
    owner = readers.read_split(GOLD.parent / "split.json")
    assert sorted(owner) == sorted(ids)
    # Passages written before the draw (their errors were read) are all in dev.
    assert all(owner[i] == "dev" for i in ids if i not in drawn)
    # The drawn passages' assignment is what the recorded seed gives.
    again = script.first_split(ids, draw, record["seed"], record["dev_share"])
    assert all(owner[i] == name for name in again for i in again[name] if i in drawn)
    assert {i.split("-")[0] for i in record["split"]["test"]} == {i.split("-")[0] for i in ids}


@pytest.mark.parametrize("name", sorted(SHARED_SETS))
def test_shared_gold_sets_read(shared_dir, name):
    gold = load_set(name, shared_dir)
    assert gold.items
    expected = {
        "plover_gsr": 322,
        "petr2_gsr_validation": 78,
        "conflibert_cameo": 451,
        "tempeval3_timex": 276,
        "meantime_timex": 120,
    }
    if name in expected:
        assert len(gold.items) == expected[name]
    if gold.has_timexes:
        assert all(t.start is not None for item in gold.items for t in item.timexes)


def test_plover_table_covers_the_cameo_roots_plover_codes(shared_dir):
    table = load_plover_table(shared_dir)
    assert (shared_dir / PLOVER_TABLE).is_file()
    assert table["190"] == "ASSAULT" and table["036"] == "AGREE" and table["112"] == "ACCUSE"
    assert "010" not in table


def test_split_script_assigns_later_passages_without_moving_any_other():
    script = _split_script()
    split = {"dev": ["a", "b"], "test": ["c"]}
    assert script.add_new(split, ["a", "b", "c", "d", "e"], seed=7, dev_share=0.4) == 2
    assert split["dev"][:2] == ["a", "b"] and split["test"][0] == "c"
    assert sorted(split["dev"] + split["test"]) == ["a", "b", "c", "d", "e"]
    again = {"dev": ["a", "b"], "test": ["c"]}
    script.add_new(again, ["a", "b", "c", "d", "e"], seed=7, dev_share=0.4)
    assert again == split  # the same seed assigns the same way


@pytest.mark.parametrize("name", sorted(SHARED_SETS))
def test_a_renamed_shared_gold_file_is_recognised_by_its_dataset(shared_dir, name, tmp_path):
    # The registry's `dataset` is what the records carry: a copy under another name reads
    # with the same reader as the set itself, not as the project's own gold.
    renamed = tmp_path / "renamed.jsonl"
    renamed.write_bytes((shared_dir / "corpus" / "gold" / SHARED_SETS[name].file).read_bytes())
    gold = read_gold_file(renamed, shared_dir)
    assert gold.name == load_set(name, shared_dir).name
    assert len(gold.items) == len(load_set(name, shared_dir).items)
