"""Exporting stored events: CSV, JSONL, Parquet (one row per event mention) and GDELT.

`gdelt` writes GDELT 2.0's event table: 61 tab-separated columns, no header, one row per
deduplicated event (cluster), described by its earliest mention that passes the filters.

    filled from whimbrel                     how
    GLOBALEVENTID                            the cluster id (the mention's id if unclustered)
    SQLDATE, MonthYear, Year, FractionDate   the event's day (event date, else publication)
    Actor1/2Code, Name, CountryCode          source/target actor code, entity (else text),
                                             country (ISO 3166-1 alpha-3, GDELT uses the same)
    Actor1/2Type1Code                        the actor's role (GOV, MIL, REB, ...)
    IsRootEvent                              1 when the evidence is the article's first sentence
    EventCode, EventBaseCode, EventRootCode  CAMEO code, its first three digits, its root
    QuadClass, GoldsteinScale                from the CAMEO ontology
    NumMentions, NumSources, NumArticles     the cluster's counts (merged across all articles)
    ActionGeo_FullName, CountryCode,         the event's location when found (country in
    Lat, Long                                ISO alpha-3, not GDELT's FIPS 10-4)
    DATEADDED                                when the article was stored (YYYYMMDDHHMMSS, UTC)
    SOURCEURL                                the article's URL, else its id

Left empty: the KnownGroup/Ethnic/Religion/Type2-3 actor attributes, AvgTone (no tone model),
the per-actor Geo columns, ActionGeo_Type/ADM1/ADM2/FeatureID.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from whimbrel.errors import InputError
from whimbrel.store import EventFilter, EventRow, Store


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    gdelt = "gdelt"


GDELT_COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode "
    "Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode "
    "Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale "
    "NumMentions NumSources NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code "
    "Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code "
    "Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code "
    "ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID "
    "DATEADDED SOURCEURL"
).split()

# The columns of the csv, jsonl and parquet files (and `whimbrel events`), in this order: the
# fields of `EventRow` a reader of the file needs, named as in `EventRow`.
EVENT_COLUMNS = (
    "event_pk",
    "article_id",
    "article_url",
    "publisher",
    "published",
    "event_id",
    "day",
    "date",
    "date_basis",
    "source_text",
    "source_code",
    "source_country",
    "source_role",
    "source_entity",
    "target_text",
    "target_code",
    "target_country",
    "target_role",
    "target_entity",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "plover",
    "modality",
    "confidence",
    "location_name",
    "location_country",
    "location_lat",
    "location_lon",
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "sentence_index",
    "sentence_text",
    "quote",
    "rule",
    "cluster_id",
    "cluster_mentions",
    "cluster_articles",
    "cluster_sources",
)

# Parquet column types for EVENT_COLUMNS (everything else is a string).
_INT_COLUMNS = {
    "event_pk",
    "quad_class",
    "trigger_start",
    "trigger_end",
    "sentence_index",
    "cluster_id",
    "cluster_mentions",
    "cluster_articles",
    "cluster_sources",
}
_FLOAT_COLUMNS = {"goldstein", "confidence", "location_lat", "location_lon"}
_DATE_COLUMNS = {"published", "day"}


def export(store: Store, fmt: ExportFormat, output: Path, where: EventFilter | None = None) -> int:
    """Write the events selected by `where` to `output`; return the number of rows written."""
    if fmt is ExportFormat.parquet:
        return _write_parquet(store.events(where), output)
    with _open(output) as handle:
        if fmt is ExportFormat.csv:
            return write_csv(store.events(where), handle)
        if fmt is ExportFormat.jsonl:
            return write_jsonl(store.events(where), handle)
        return write_gdelt(gdelt_rows(store, where), handle)


def _open(output: Path) -> TextIO:
    try:
        return output.open("w", encoding="utf-8", newline="")
    except OSError as err:
        raise InputError(str(output), f"cannot write ({err.strerror})") from None


def record(row: EventRow) -> dict[str, Any]:
    """The row's EVENT_COLUMNS, in order (dates as dates)."""
    return {name: getattr(row, name) for name in EVENT_COLUMNS}


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _plain_record(row: EventRow) -> dict[str, Any]:
    return {name: _plain(value) for name, value in record(row).items()}


def write_csv(rows: Iterable[EventRow], handle: TextIO) -> int:
    writer = csv.DictWriter(handle, fieldnames=EVENT_COLUMNS)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(_plain_record(row))
        count += 1
    return count


def write_jsonl(rows: Iterable[EventRow], handle: TextIO) -> int:
    count = 0
    for row in rows:
        handle.write(json.dumps(_plain_record(row), ensure_ascii=False))
        handle.write("\n")
        count += 1
    return count


def _write_parquet(rows: list[EventRow], output: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ModuleNotFoundError:
        raise InputError(
            str(output), "Parquet needs pyarrow: pip install 'whimbrel[parquet]'"
        ) from None
    fields = []
    for name in EVENT_COLUMNS:
        if name in _INT_COLUMNS:
            kind = pa.int64()
        elif name in _FLOAT_COLUMNS:
            kind = pa.float64()
        elif name in _DATE_COLUMNS:
            kind = pa.date32()
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind))
    table = pa.Table.from_pylist([record(r) for r in rows], schema=pa.schema(fields))
    try:
        pq.write_table(table, output)
    except OSError as err:
        raise InputError(str(output), f"cannot write ({err})") from None
    return table.num_rows


# --- GDELT -------------------------------------------------------------------------------


def gdelt_rows(store: Store, where: EventFilter | None = None) -> Iterator[list[str]]:
    """One GDELT 2.0 row per cluster, from its earliest mention passing the filters."""
    seen: set[int] = set()
    for row in store.events(where):
        cluster = row.cluster_id
        if cluster is not None:
            if cluster in seen:
                continue
            seen.add(cluster)
        yield gdelt_row(row)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ")


def gdelt_row(row: EventRow) -> list[str]:
    day, cameo = row.day, row.cameo
    values: dict[str, Any] = {
        "GLOBALEVENTID": row.cluster_id or row.event_pk,
        "SQLDATE": day.strftime("%Y%m%d") if day else "",
        "MonthYear": day.strftime("%Y%m") if day else "",
        "Year": day.year if day else "",
        "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
        "IsRootEvent": 1 if row.sentence_index == 0 else 0,
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": row.root,
        "QuadClass": row.quad_class,
        "GoldsteinScale": row.goldstein,
        "NumMentions": row.cluster_mentions or 1,
        "NumSources": row.cluster_sources or 1,
        "NumArticles": row.cluster_articles or 1,
        "ActionGeo_FullName": row.location_name,
        "ActionGeo_CountryCode": row.location_country,
        "ActionGeo_Lat": row.location_lat,
        "ActionGeo_Long": row.location_lon,
        "DATEADDED": row.stored_at.strftime("%Y%m%d%H%M%S"),
        "SOURCEURL": row.article_url or row.article_id,
        "Actor1Code": row.source_code,
        "Actor1Name": (row.source_entity or row.source_text or "").upper(),
        "Actor1CountryCode": row.source_country,
        "Actor1Type1Code": row.source_role,
        "Actor2Code": row.target_code,
        "Actor2Name": (row.target_entity or row.target_text or "").upper(),
        "Actor2CountryCode": row.target_country,
        "Actor2Type1Code": row.target_role,
    }
    return [_text(values.get(name)) for name in GDELT_COLUMNS]


def write_gdelt(rows: Iterable[list[str]], handle: TextIO) -> int:
    count = 0
    for row in rows:
        handle.write("\t".join(row) + "\n")
        count += 1
    return count
