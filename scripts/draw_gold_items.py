"""Draw the news items to annotate for the project's own event gold, and record the draw.

A seeded random sample of `--per-dataset` items from every dataset of
`$WHIMBREL_SHARED/corpus/news/news_items.jsonl`, leaving out items a developer has already
looked at: those in the event gold, in the quote gold files, and any id named in tests/ or
src/. Items are not filtered on content: a passage with no political event is valid gold
(it tests precision). The draw is written to tests/gold/draw.json (seed, ids per dataset, in
draw order), so the selection can be checked and repeated:

    python scripts/draw_gold_items.py --seed 16 --per-dataset 13
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from pathlib import Path

from whimbrel.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
NEWS_FILE = Path("corpus/news/news_items.jsonl")


def seen_ids(known_ids: set[str]) -> set[str]:
    """Ids already in a gold file or named anywhere in the code and tests."""
    seen: set[str] = set()
    for path in [GOLD_DIR / "events_gold.jsonl", *sorted((GOLD_DIR / "quotes").glob("*.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                seen.add(str(record.get("id") or record.get("item")))
    quoted = re.compile(r"[\"']([A-Za-z0-9_.\-]+)[\"']")
    for folder in (ROOT / "tests", ROOT / "src"):
        for path in folder.rglob("*.py"):
            seen.update(
                m for m in quoted.findall(path.read_text(encoding="utf-8")) if m in known_ids
            )
    return seen


def draw(news: Path, seed: int, per_dataset: int) -> dict[str, list[str]]:
    by_dataset: dict[str, list[str]] = defaultdict(list)
    for line in news.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if str(record.get("text") or "").strip():
            by_dataset[record["dataset"]].append(record["id"])
    excluded = seen_ids({i for ids in by_dataset.values() for i in ids})
    rng = random.Random(seed)
    drawn = {}
    for dataset in sorted(by_dataset):
        pool = [i for i in by_dataset[dataset] if i not in excluded]
        drawn[dataset] = rng.sample(pool, min(per_dataset, len(pool)))
    return drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--per-dataset", type=int, default=13)
    parser.add_argument("--out", type=Path, default=GOLD_DIR / "draw.json")
    args = parser.parse_args()
    news = Settings.from_env().shared_dir / NEWS_FILE
    drawn = draw(news, args.seed, args.per_dataset)
    record = {
        "script": "scripts/draw_gold_items.py",
        "seed": args.seed,
        "per_dataset": args.per_dataset,
        "drawn": drawn,
    }
    args.out.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(f"{sum(map(len, drawn.values()))} items from {len(drawn)} datasets -> {args.out}")


if __name__ == "__main__":
    main()
