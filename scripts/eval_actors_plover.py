"""Measure actor coding against the PLOVER gold-standard records' source and target actors.

    python scripts/eval_actors_plover.py [SHARED_DIR] [--misses]   # default: Settings.shared_dir

Prints coverage (a coded mention overlaps the gold actor), country agreement and sector
agreement; see `whimbrel.actors.measure`. `--misses` also lists every gold actor not found or
found with another country (record id, text, gold country, codes found).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from whimbrel import nlp as nlp_layer
from whimbrel.actors import load_kb
from whimbrel.actors.measure import plover_agreement
from whimbrel.settings import Settings


def main() -> None:
    settings = Settings.from_env()
    args = [a for a in sys.argv[1:] if a != "--misses"]
    shared = Path(args[0]) if args else settings.shared_dir
    path = shared / "corpus/gold/plover_gsr/plover_gsr.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    misses: list[tuple[str, str, str, list[str]]] = []
    c = plover_agreement(
        records, nlp_layer.load(settings.model), load_kb(settings.actor_files), misses
    )
    if "--misses" in sys.argv:
        for record_id, text, country, found in misses:
            print(f"{'WRONG' if found else 'MISS '} {record_id} {text!r} {country} {found}")
    print(f"gold actors with a country code: {c['gold']}")
    print(f"covered by a coded mention:      {c['covered'] / c['gold']:.1%}")
    print(f"country agrees:                  {c['country'] / c['gold']:.1%}")
    print(
        f"sector agrees (where gold has one, {c['with_sector']}): "
        f"{c['sector'] / max(c['with_sector'], 1):.1%}"
    )


if __name__ == "__main__":
    main()
