"""Split the project's own event gold once into `dev` and `test`, and record the split.

    python scripts/split_gold.py            # writes tests/gold/split.json, never overwrites it

Rules (recorded in the split file with the seed):

- Passages annotated before the seeded draw (`tests/gold/draw.json`) go to `dev`: their
  errors had already been read while the rules were written, so they cannot test anything.
- Drawn passages are shuffled per dataset with `random.Random(seed)` (datasets in name order,
  ids sorted first) and the first `round(dev_share * n)` of each dataset go to `dev`, the rest
  to `test`, so both splits hold every dataset.
- Passages added to the gold later keep the existing assignment of every other passage: each
  new id goes to `dev` when `random.Random(f"{seed}:{id}").random() < dev_share`.

`test` is for reporting only: its individual errors are never read while changing rules.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
SPLITS = ("dev", "test")


def gold_ids(path: Path) -> list[str]:
    return [
        json.loads(line)["id"]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def drawn_by_dataset(draw: dict[str, Any]) -> dict[str, list[str]]:
    """Drawn ids per dataset, the decade top-ups counted under their dataset."""
    by_dataset: dict[str, list[str]] = {d: list(ids) for d, ids in draw["drawn"].items()}
    for key, ids in draw.get("top_up", {}).items():
        by_dataset.setdefault(key.split(":")[0], []).extend(ids)
    return by_dataset


def first_split(
    ids: list[str], draw: dict[str, Any], seed: int, dev_share: float
) -> dict[str, list[str]]:
    present = set(ids)
    drawn = drawn_by_dataset(draw)
    in_draw = {i for members in drawn.values() for i in members}
    split: dict[str, list[str]] = {"dev": [i for i in ids if i not in in_draw], "test": []}
    rng = random.Random(seed)
    for dataset in sorted(drawn):
        members = sorted(i for i in drawn[dataset] if i in present)
        rng.shuffle(members)
        cut = round(dev_share * len(members))
        split["dev"].extend(members[:cut])
        split["test"].extend(members[cut:])
    return split


def add_new(split: dict[str, list[str]], ids: list[str], seed: int, dev_share: float) -> int:
    """Assign ids not yet in the split, leaving every assigned id where it is."""
    assigned = {i for members in split.values() for i in members}
    added = 0
    for item_id in ids:
        if item_id not in assigned:
            coin = random.Random(f"{seed}:{item_id}").random()
            split["dev" if coin < dev_share else "test"].append(item_id)
            added += 1
    return added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1616)
    parser.add_argument("--dev-share", type=float, default=0.4)
    parser.add_argument("--gold", type=Path, default=GOLD_DIR / "events_gold.jsonl")
    parser.add_argument("--draw", type=Path, default=GOLD_DIR / "draw.json")
    parser.add_argument("--out", type=Path, default=GOLD_DIR / "split.json")
    args = parser.parse_args()
    ids = gold_ids(args.gold)
    if args.out.is_file():
        record = json.loads(args.out.read_text(encoding="utf-8"))
        added = add_new(record["split"], ids, record["seed"], record["dev_share"])
        print(f"{args.out} exists: the split is kept; {added} new passage(s) assigned")
    else:
        draw = json.loads(args.draw.read_text(encoding="utf-8"))
        record = {
            "script": "scripts/split_gold.py",
            "seed": args.seed,
            "dev_share": args.dev_share,
            "rule": "pre-draw passages -> dev; drawn passages shuffled per dataset, "
            "round(dev_share * n) -> dev, the rest -> test; later passages by a per-id coin",
            "split": first_split(ids, draw, args.seed, args.dev_share),
        }
    args.out.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    sizes = ", ".join(f"{name} {len(record['split'][name])}" for name in SPLITS)
    print(f"{sizes} -> {args.out}")


if __name__ == "__main__":
    main()
