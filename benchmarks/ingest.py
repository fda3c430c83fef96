"""Ingest throughput: articles/s into each store backend, against coding alone, in one run.

    .venv/bin/python benchmarks/ingest.py                    # ~2-4 minutes on 2 busy cores
    .venv/bin/python benchmarks/ingest.py --sample 500 --repeat 3 --pg postgresql+psycopg://...

Takes a fixed sample of the shared corpus (`news/news_items.jsonl` under WHIMBREL_SHARED,
every k-th item so every dataset is represented), writes it to a temporary JSONL file, and
with one loaded coder measures, on the same articles:

- coding alone: reading the file and `Coder.code_many`, results thrown away;
- ingest into SQLite (a fresh file, WAL): reading, the duplicate check, coding, storing every
  article in its own transaction, and dedup clustering;
- ingest into PostgreSQL, when --pg or WHIMBREL_TEST_PG names a server (its tables are
  dropped first: point it at a scratch database);
- a second ingest of the same file into SQLite, which only skips duplicates.

The ratio is ingest time over coding time (1.00 = storing is free); "in store" is the part of
the ingest spent in the database (duplicate checks, writes, dedup), timed inside the same run,
so it is the cleaner measure of what storing costs. Machines are noisy: the measurements are
interleaved (coding, SQLite, PostgreSQL, coding, ...) --repeat times, each ingest into an
empty store, and the best time of each is kept.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from whimbrel.pipeline import Coder
from whimbrel.records import SourcedArticle
from whimbrel.runs import ingest_into
from whimbrel.settings import Settings
from whimbrel.sources import read_sources
from whimbrel.store import Store, open_engine, tables


def write_sample(settings: Settings, size: int, out: Path) -> int:
    path = settings.shared_dir / "corpus" / "news" / "news_items.jsonl"
    if not path.is_file():
        sys.exit(f"benchmark corpus not found: {path} (set WHIMBREL_SHARED)")
    lines = path.read_text(encoding="utf-8").splitlines()
    step = max(1, len(lines) // size)
    sample = lines[::step][:size]
    out.write_text("\n".join(sample) + "\n", encoding="utf-8")
    return len(sample)


def time_coding(coder: Coder, source: Path) -> tuple[float, int]:
    started = time.perf_counter()
    articles = (i.article for i in read_sources([str(source)]) if isinstance(i, SourcedArticle))
    count = sum(1 for _ in coder.code_many(articles))
    return time.perf_counter() - started, count


def time_ingest(coder: Coder, source: Path, url: str) -> tuple[float, float, int, int, int]:
    with Store.open(url) as store:
        summary = ingest_into(store, read_sources([str(source)]), coder.settings, coder=coder)
        counts = store.counts()
    return (
        summary.seconds,
        summary.store_seconds,
        summary.coded,
        summary.duplicates,
        counts["events"],
    )


def reset(url: str) -> None:
    engine = open_engine(url)
    with engine.begin() as conn:
        tables.metadata.drop_all(conn)
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=160, help="articles (default 160)")
    parser.add_argument("--repeat", type=int, default=2, help="best of N (default 2)")
    parser.add_argument("--pg", default=os.environ.get("WHIMBREL_TEST_PG"), help="PG URL")
    args = parser.parse_args()
    args.repeat = max(1, args.repeat)

    settings = Settings.from_env()
    coder = Coder.load(settings)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "sample.jsonl"
        n = write_sample(settings, args.sample, source)
        list(coder.code_many(a.article for a in list(read_sources([str(source)]))[:16]))  # warm

        targets = [("ingest into SQLite (WAL)", "sqlite")]
        if args.pg:
            targets.append(("ingest into PostgreSQL", args.pg))
        code_s = float("inf")
        best: dict[str, tuple[float, float, int, int]] = {}
        for round_ in range(args.repeat):
            seconds, coded = time_coding(coder, source)
            code_s = min(code_s, seconds)
            for name, target in targets:
                if target == "sqlite":
                    url = f"sqlite:///{Path(tmp) / f'bench-{round_}.sqlite'}"
                else:
                    reset(target)
                    url = target
                seconds, in_store, stored, _dups, events = time_ingest(coder, source, url)
                if name not in best or seconds < best[name][0]:
                    best[name] = (seconds, in_store, stored, events)
        print(f"sample: {n} items from the shared corpus ({coded} codable), best of {args.repeat}")
        print(
            f"{'run':32} {'seconds':>8} {'articles/s':>11} {'vs coding':>10} {'events':>7} "
            f"{'in store':>9} {'ms/article':>11}"
        )
        print(f"{'coding alone':32} {code_s:8.2f} {coded / code_s:11.1f} {1.0:10.2f}")
        for name, (seconds, in_store, stored, events) in best.items():
            print(
                f"{name:32} {seconds:8.2f} {stored / seconds:11.1f} "
                f"{seconds / code_s:10.2f} {events:7d} {in_store:9.2f} "
                f"{1000 * in_store / max(1, stored):11.1f}"
            )
        last_sqlite = f"sqlite:///{Path(tmp) / f'bench-{args.repeat - 1}.sqlite'}"
        seconds, _, stored, dups, _ = time_ingest(coder, source, last_sqlite)
        print(
            f"{'re-ingest SQLite (all skipped)':32} {seconds:8.2f} {dups / seconds:11.1f} "
            f"{seconds / code_s:10.2f} {'':>7}  ({stored} new, {dups} duplicates)"
        )
        if not args.pg:
            print("PostgreSQL: skipped (no --pg and WHIMBREL_TEST_PG unset)")


if __name__ == "__main__":
    main()
