"""Measure the store's deduplication (`store/dedup.py`) against a hand-built gold of
duplicate-event clusters.

The gold (`tests/gold/dedup_events.jsonl`) holds one line per event mention, naming a corpus
item by id and the mention by a short key quote; never the article text. Its schema:

    mention      unique name of this mention
    article      corpus item id in shared/corpus/news/news_items.jsonl
    key          a short quote found once in the article; its sentence is the evidence
    source, target            actor country codes the mention is coded with
    source_text, target_text  the words naming the actors in the sentence (or null)
    cameo        CAMEO code; its first two digits are the root
    location     the place the evidence sentence names for the event, or null
    date         the event's day when the text gives it (YYYY-MM-DD), else null: the
                 publication date stands in, as in the store
    cluster      the real-world event; mentions with the same cluster report the same event

Clustering takes the mentions in day order (as an ingest would meet them) and the score is
pairwise precision/recall over "same event" decisions.

    python -m whimbrel.evaluate.dedup_gold tests/gold/dedup_events.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from whimbrel.errors import DataError
from whimbrel.settings import Settings
from whimbrel.store.dedup import (
    DedupParams,
    MentionKey,
    PairScores,
    cluster_mentions,
    evidence_words,
    pairwise_scores,
    place_key,
)

REQUIRED = ("mention", "article", "key", "source", "target", "cameo", "date", "cluster")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class GoldMention:
    mention: str
    article: str
    key: str
    source: str | None
    target: str | None
    source_text: str | None
    target_text: str | None
    cameo: str
    date: str | None
    location: str | None
    cluster: str


def load_gold(path: Path) -> list[GoldMention]:
    gold = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            raise DataError(f"{path}:{number}", f"not JSON ({err.msg})") from None
        missing = [k for k in REQUIRED if k not in item]
        if missing:
            raise DataError(f"{path}:{number}", f"missing {', '.join(missing)}")
        gold.append(GoldMention(**{k: item.get(k) for k in GoldMention.__dataclass_fields__}))
    names = [g.mention for g in gold]
    if len(set(names)) != len(names):
        raise DataError(str(path), "mention names are not unique")
    return gold


def corpus_items(shared_dir: Path, ids: set[str]) -> dict[str, dict]:
    path = shared_dir / "corpus" / "news" / "news_items.jsonl"
    found = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            if item["id"] in ids:
                found[item["id"]] = item
    return found


def evidence_sentence(text: str, key: str, where: str) -> str:
    sentences = [s for s in _SENTENCE_END.split(text) if key in s]
    if len(sentences) != 1:
        raise DataError(where, f"key {key!r} found in {len(sentences)} sentences, expected 1")
    return sentences[0]


def gold_mentions(
    gold: list[GoldMention], items: dict[str, dict]
) -> tuple[list[MentionKey], list[str]]:
    """Mention keys for dedup, and gold cluster labels, in day order."""
    rows = []
    for g in gold:
        item = items.get(g.article)
        if item is None:
            raise DataError(g.mention, f"corpus item {g.article!r} not found")
        sentence = evidence_sentence(item["text"], g.key, g.mention)
        day = date.fromisoformat(g.date or item["date"][:10])
        key = MentionKey(
            root=g.cameo[:2],
            source_key=g.source,
            target_key=g.target,
            day=day,
            words=evidence_words(sentence, g.source_text, g.target_text),
            place=place_key(g.location),
        )
        rows.append((day, g.mention, key, g.cluster))
    rows.sort(key=lambda r: (r[0], r[1]))
    return [r[2] for r in rows], [r[3] for r in rows]


def evaluate(gold_path: Path, shared_dir: Path, params: DedupParams | None = None) -> PairScores:
    gold = load_gold(gold_path)
    items = corpus_items(shared_dir, {g.article for g in gold})
    keys, labels = gold_mentions(gold, items)
    return pairwise_scores(cluster_mentions(keys, params), labels)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m whimbrel.evaluate.dedup_gold GOLD.jsonl", file=sys.stderr)
        return 2
    gold_path = Path(args[0])
    shared = Settings.from_env().shared_dir
    gold = load_gold(gold_path)
    clusters = len({g.cluster for g in gold})
    scores = evaluate(gold_path, shared)
    print(f"dedup gold: {len(gold)} mentions in {clusters} real events ({gold_path})")
    print(
        f"pairwise precision {scores.precision:.3f}  recall {scores.recall:.3f}  "
        f"F1 {scores.f1:.3f}  (predicted pairs {scores.predicted_pairs}, "
        f"gold pairs {scores.gold_pairs}, correct {scores.true_pairs})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
