"""Agreement of the actor layer with gold actor codes (PLOVER gold-standard records).

`plover_agreement(records, nlp, kb)` takes the records of
`corpus/gold/plover_gsr/plover_gsr.jsonl` (each with `text` and `events[].source/target`, an
actor being `{text, code, sector}`) and counts, over gold actors with a 3-letter country code
whose text occurs in the sentence: `covered` (a coded mention overlaps it), `country` (one of
those mentions has that country block) and, where gold gives a sector, `sector` (the next
block). The gold dates are a placeholder (2000-01-01), so sectors of people whose office
depends on the date are only roughly comparable.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any

from spacy.language import Language

from whimbrel.actors.kb import KnowledgeBase
from whimbrel.actors.resolve import find_mentions

# PLOVER GSR spellings that are not ISO 3166-1 alpha-3 (every Italy in the gold is ITL)
GOLD_ALIASES = {"JAP": "JPN", "GER": "DEU", "ITL": "ITA", "VTN": "VNM"}
GOLD_DATE = date(2000, 1, 1)


def plover_agreement(
    records: Iterable[dict[str, Any]],
    nlp: Language,
    kb: KnowledgeBase,
    misses: list[tuple[str, str, str, list[str]]] | None = None,
) -> Counter:
    """Counts as described above; `misses`, when given, collects each gold actor not covered
    or covered with another country as (record id, actor text, gold code, codes found)."""
    records = list(records)
    counts: Counter = Counter()
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        starts = {s.start_char: i for i, s in enumerate(doc.sents)}
        mentions = find_mentions(doc, GOLD_DATE, starts, kb)
        for event in record["events"]:
            for actor in [*event.get("source", []), *event.get("target", [])]:
                text, code = actor.get("text"), actor.get("code")
                if not text or not code or len(code) != 3 or code == "IGO":
                    continue
                where = record["text"].find(text)
                if where < 0:
                    continue
                counts["gold"] += 1
                hits = [
                    m
                    for m in mentions
                    if m.span[0] < where + len(text) and where < m.span[1] and m.actor.code
                ]
                country = GOLD_ALIASES.get(code, code)
                found = [m.actor.code or "" for m in hits]
                if not hits:
                    if misses is not None:
                        misses.append((record["id"], text, country, found))
                    continue
                counts["covered"] += 1
                if any(c[:3] == country for c in found):
                    counts["country"] += 1
                elif misses is not None:
                    misses.append((record["id"], text, country, found))
                if actor.get("sector"):
                    counts["with_sector"] += 1
                    if any((m.actor.code or "")[3:6] == actor["sector"] for m in hits):
                        counts["sector"] += 1
    return counts
