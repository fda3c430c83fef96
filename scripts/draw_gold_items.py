"""Draw the news items to annotate for the project's own event gold, and record the draw.

A seeded random sample of `--per-dataset` items from every dataset of
`$WHIMBREL_SHARED/corpus/news/news_items.jsonl`, leaving out items a developer has already
looked at (those in the event gold, in the quote gold files, and any id named in tests/ or
src/, at the commit the draw was made from) and ids the corpus gives with two different
texts. Items are not filtered on content: a passage with no political event is valid gold
(it tests precision). The draw is written to tests/gold/draw.json (seed, ids per dataset, in
draw order), so the selection can be checked and repeated:

    python scripts/draw_gold_items.py --seed 16 --per-dataset 13 \\
        --top-up tempeval3_silver_gigaword_politics_subset:199:6
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
from collections import defaultdict
from pathlib import Path

from whimbrel.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
NEWS_FILE = Path("corpus/news/news_items.jsonl")


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


def seen_ids(known_ids: set[str], revision: str) -> set[str]:
    """Ids already in a gold file or named in the code and tests at `revision`.

    Read from git at the revision the draw was made from, so that the gold grown from the
    draw (and tests written later) leave the draw unchanged.
    """
    seen: set[str] = set()
    gold_files = [
        path
        for path in _git("ls-tree", "-r", "--name-only", revision, "tests/gold").split()
        if path.endswith(".jsonl") and ("events_gold" in path or "/quotes/" in path)
    ]
    for path in gold_files:
        for line in _git("show", f"{revision}:{path}").splitlines():
            if line.strip():
                record = json.loads(line)
                seen.add(str(record.get("id") or record.get("item")))
    quoted = _git("grep", "-h", "-o", "-I", "-E", "[\"'][A-Za-z0-9_.-]+[\"']", revision, "--")
    seen.update(word.strip("\"'") for word in quoted.split() if word.strip("\"'") in known_ids)
    return seen


def draw(
    news: Path, seed: int, per_dataset: int, revision: str, top_ups: list[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The main draw (per dataset), then each top-up `DATASET:DATE_PREFIX:N` in order.

    Top-ups continue the same random sequence after the main draw, so they leave it as it
    was; they fill a decade the main draw left thin (e.g. the 1990s: `...:199:6`).
    """
    by_dataset: dict[str, list[str]] = defaultdict(list)
    texts: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, str] = {}
    for line in news.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if str(record.get("text") or "").strip():
            by_dataset[record["dataset"]].append(record["id"])
            texts[record["id"]].add(record["text"])
            dates[record["id"]] = str(record.get("date") or "")
    excluded = seen_ids({i for ids in by_dataset.values() for i in ids}, revision)
    rng = random.Random(seed)
    drawn = {}
    for dataset in sorted(by_dataset):
        pool = [i for i in by_dataset[dataset] if i not in excluded]
        sample = rng.sample(pool, min(per_dataset, len(pool)))
        # An id the corpus gives twice (with two texts) names no one passage: it is dropped
        # after the draw, so the random sequence, and every other dataset's draw, is unchanged.
        drawn[dataset] = [i for i in dict.fromkeys(sample) if len(texts[i]) == 1]
    taken = {i for ids in drawn.values() for i in ids}
    extra = {}
    for top_up in top_ups:
        dataset, prefix, count = top_up.split(":")
        pool = [
            i
            for i in dict.fromkeys(by_dataset[dataset])
            if dates[i].startswith(prefix)
            and i not in excluded
            and i not in taken
            and len(texts[i]) == 1
        ]
        extra[top_up] = rng.sample(pool, min(int(count), len(pool)))
        taken.update(extra[top_up])
    return drawn, extra


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--per-dataset", type=int, default=13)
    # The commit the draw was made from: what had been seen then is left out.
    parser.add_argument("--revision", default="3101ecb")
    parser.add_argument(
        "--top-up",
        action="append",
        default=None,
        help="DATASET:DATE_PREFIX:N, more items of one decade after the main draw",
    )
    parser.add_argument("--out", type=Path, default=GOLD_DIR / "draw.json")
    args = parser.parse_args()
    news = Settings.from_env().shared_dir / NEWS_FILE
    top_ups = args.top_up or ["tempeval3_silver_gigaword_politics_subset:199:6"]
    drawn, extra = draw(news, args.seed, args.per_dataset, args.revision, top_ups)
    record = {
        "script": "scripts/draw_gold_items.py",
        "seed": args.seed,
        "per_dataset": args.per_dataset,
        "revision": args.revision,
        "drawn": drawn,
        "top_up": extra,
    }
    args.out.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    count = sum(map(len, drawn.values())) + sum(map(len, extra.values()))
    print(f"{count} items from {len(drawn)} datasets -> {args.out}")


if __name__ == "__main__":
    main()
