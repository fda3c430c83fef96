"""The real gold files: the project's own gold loads against the corpus and holds no article
text; every shared gold set reads. Skipped with a reason when ../shared is absent."""

from __future__ import annotations

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
        for value in _strings(record):
            assert len(value) <= LONGEST_KEY, f"line {number}: {value[:40]!r}... is too long"


def test_own_gold_loads_against_the_corpus(shared_dir):
    gold = readers.read_own_gold(GOLD, shared_dir / NEWS_FILE)
    required = [e for item in gold.items for e in item.events if not e.optional]
    assert len(gold.items) >= 40
    assert len(required) >= 100
    assert len({item.id for item in gold.items}) == len(gold.items)
    datasets = Counter(item.id.split("-")[0] for item in gold.items)
    assert len(datasets) >= 6, datasets  # mixed sources, not one corpus
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


@pytest.mark.parametrize("name", sorted(SHARED_SETS))
def test_a_renamed_shared_gold_file_is_recognised_by_its_dataset(shared_dir, name, tmp_path):
    # The registry's `dataset` is what the records carry: a copy under another name reads
    # with the same reader as the set itself, not as the project's own gold.
    renamed = tmp_path / "renamed.jsonl"
    renamed.write_bytes((shared_dir / "corpus" / "gold" / SHARED_SETS[name].file).read_bytes())
    gold = read_gold_file(renamed, shared_dir)
    assert gold.name == load_set(name, shared_dir).name
    assert len(gold.items) == len(load_set(name, shared_dir).items)
