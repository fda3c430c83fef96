"""Runs: sources -> code -> store, the one path every way of storing articles goes through.

    summary = ingest_into(store, read_sources(["news.jsonl"]), settings, workers=2)
    summary = load_partitions("coded/", store)                      # Parquet -> store
    summary = ingest_partitioned(store, items, "coded/", client, settings)   # on Dask
    watch(store, feeds, settings, every_s=900)                      # poll feeds
    store_article(store, article, coder.code)                       # one article (HTTP)

This layer sits above the store and the engines: it reads sources, codes with an engine
(this process, a `LocalPool`, or Dask) and writes through `Store.write`, recording each run
and its `Failure`s in the runs table as one `RunSummary`.
"""

from whimbrel.runs.ingest import StoredArticle, ingest_into, store_article
from whimbrel.runs.partitioned import ingest_partitioned, load_files, load_partitions
from whimbrel.runs.summary import Interrupted, RunSummary
from whimbrel.runs.watch import all_failed, parse_every, read_feeds_file, watch

__all__ = [
    "Interrupted",
    "RunSummary",
    "StoredArticle",
    "all_failed",
    "ingest_into",
    "ingest_partitioned",
    "load_files",
    "load_partitions",
    "parse_every",
    "read_feeds_file",
    "store_article",
    "watch",
]
