"""Exporting stored events: CSV, JSONL, Parquet (one row per event mention) and GDELT.

    result = export(store, export_format(Path("events.parquet"), None), Path("events.parquet"))

The format comes from `--format`, else from the file's suffix (.csv, .jsonl/.ndjson,
.parquet); any other suffix without `--format` is refused rather than guessed.

csv, jsonl and parquet keep every event: one whose article had no date has an empty `day`
and `undated` true, never a made-up date.

`gdelt` writes GDELT 2.0's event table: 61 tab-separated columns, no header, one row per
deduplicated event (cluster), described by its earliest mention that passes the filters.
Events without a day are left out (`Exported.undated_left_out` counts them), so that SQLDATE
is always an integer.

    filled from whimbrel                     how
    GLOBALEVENTID                            the cluster id (the mention's id if unclustered)
    SQLDATE, MonthYear, Year, FractionDate   the event's day (event date, else publication)
    Actor1/2Code, Name, CountryCode          source/target actor code, entity (else text),
                                             country (ISO 3166-1 alpha-3, GDELT uses the same)
    Actor1/2Type1-3Code                      the CAMEO role blocks of the actor code (GOV,
                                             MIL, REB, ...: data/actors/role_blocks.tsv)
    IsRootEvent                              1 when the evidence is the article's first sentence
    EventCode, EventBaseCode, EventRootCode  CAMEO code, its first three digits, its root
    QuadClass, GoldsteinScale                from the CAMEO ontology
    NumMentions, NumSources, NumArticles     the cluster's counts (merged across all articles)
    ActionGeo_Type                           GDELT's geo type of the location: 1 country,
                                             2 US state, 3 US city, 4 world city, 5 world
                                             state (data/export/gdelt_geo_types.tsv)
    ActionGeo_FullName, CountryCode,         the event's location when found (country in
    Lat, Long                                ISO alpha-3, not GDELT's FIPS 10-4)
    DATEADDED                                when the article was stored (YYYYMMDDHHMMSS, UTC)
    SOURCEURL                                the article's URL; empty when none is known

Left empty: the KnownGroup/Ethnic/Religion actor attributes, AvgTone (no tone model), the
per-actor Geo columns, ActionGeo_ADM1/ADM2/FeatureID.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from whimbrel.errors import InputError
from whimbrel.store import EventFilter, EventRow, Store


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    gdelt = "gdelt"


# The formats a file's suffix names; GDELT's own files are `.CSV` holding tabs, so a GDELT
# export is only ever asked for by name.
SUFFIX_FORMATS = {
    ".csv": ExportFormat.csv,
    ".jsonl": ExportFormat.jsonl,
    ".ndjson": ExportFormat.jsonl,
    ".parquet": ExportFormat.parquet,
}


def export_format(output: Path, fmt: ExportFormat | None) -> ExportFormat:
    """`fmt` when given, else the format `output`'s suffix names; an InputError otherwise."""
    if fmt is not None:
        return fmt
    named = SUFFIX_FORMATS.get(output.suffix.lower())
    if named is None:
        suffix = f"suffix {output.suffix!r}" if output.suffix else "no suffix"
        raise InputError(
            str(output),
            f"{suffix} names no export format: use .csv, .jsonl or .parquet, "
            "or --format csv|jsonl|parquet|gdelt",
        )
    return named


@dataclass(frozen=True)
class Exported:
    """What an export wrote: `rows`, and the undated events a GDELT export left out."""

    rows: int
    undated_left_out: int = 0


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
    # True when the event has no day (its article had no date): `day` is then empty.
    "undated",
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
_BOOL_COLUMNS = {"undated"}


def export(
    store: Store, fmt: ExportFormat, output: Path, where: EventFilter | None = None
) -> Exported:
    """Write the events selected by `where` to `output`; say how many rows were written."""
    if fmt is ExportFormat.parquet:
        return Exported(_write_parquet(store.events(where), output))
    with _open(output) as handle:
        if fmt is ExportFormat.csv:
            return Exported(write_csv(store.events(where), handle))
        if fmt is ExportFormat.jsonl:
            return Exported(write_jsonl(store.events(where), handle))
        undated: list[EventRow] = []
        rows = write_gdelt(gdelt_rows(store, where, undated), handle)
        return Exported(rows, len(undated))


def _open(output: Path) -> TextIO:
    try:
        return output.open("w", encoding="utf-8", newline="")
    except OSError as err:
        raise InputError(str(output), f"cannot write ({err.strerror})") from None


def record(row: EventRow) -> dict[str, Any]:
    """The row's EVENT_COLUMNS, in order (dates as dates)."""
    values = {name: getattr(row, name) for name in EVENT_COLUMNS if name != "undated"}
    return values | {"undated": row.day is None}


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
        elif name in _BOOL_COLUMNS:
            kind = pa.bool_()
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


def gdelt_rows(
    store: Store, where: EventFilter | None = None, undated: list[EventRow] | None = None
) -> Iterator[list[str]]:
    """One GDELT 2.0 row per cluster, from its earliest mention passing the filters.

    An event without a day has no SQLDATE: it is left out, and appended to `undated`.
    """
    seen: set[int] = set()
    for row in store.events(where):
        cluster = row.cluster_id
        if cluster is not None:
            if cluster in seen:
                continue
            seen.add(cluster)
        if row.day is None:
            if undated is not None:
                undated.append(row)
            continue
        yield gdelt_row(row)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ")


@cache
def role_blocks() -> frozenset[str]:
    """The CAMEO role blocks (GOV, MIL, REB, ...) of `data/actors/role_blocks.tsv`."""
    path = resources.files("whimbrel").joinpath("data/actors/role_blocks.tsv")
    with path.open(encoding="utf-8") as handle:
        return frozenset(
            line.split("\t")[0].strip()
            for line in handle
            if line.strip() and not line.startswith("#")
        )


def actor_types(code: str | None) -> list[str]:
    """The CAMEO type codes in an actor code, in order, at most GDELT's three.

    A code is 3-letter blocks: `RUSGOV` -> [GOV], `XXXMED` -> [MED], `IGOUNO` -> [IGO]. Only
    role blocks count: country blocks (no ISO 3166 code is a role block) and known groups
    such as NAT or UNO do not.
    """
    if not code:
        return []
    blocks = [code[i : i + 3].upper() for i in range(0, len(code) - 2, 3)]
    return [block for block in blocks if block in role_blocks()][:3]


@cache
def _geo_type_table() -> dict[str, tuple[int, int]]:
    path = resources.files("whimbrel").joinpath("data/export/gdelt_geo_types.tsv")
    with path.open(encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if not line.startswith("#")]
    return {kind: (int(in_usa), int(elsewhere)) for kind, in_usa, elsewhere in rows if kind}


@cache
def _gazetteer_kinds() -> dict[str, str]:
    """The gazetteer's place names (lower case) and their kind (city, region, sea)."""
    path = resources.files("whimbrel").joinpath("data/places/gazetteer.tsv")
    with path.open(encoding="utf-8") as handle:
        return {
            row["name"].strip().lower(): row["kind"]
            for row in csv.DictReader(handle, delimiter="\t")
            if not row["name"].startswith("#")
        }


def geo_type(
    name: str | None, country: str | None, lat: float | None, lon: float | None
) -> int | None:
    """GDELT's geo type of a stored location (1 country ... 5 world state), or None.

    A place with coordinates is the gazetteer's kind for its name, else a GeoNames city; one
    without coordinates but with a country is that country (only countries are stored
    without coordinates); anything else has no type.
    """
    if lat is None or lon is None:
        kind = "country" if country else None
    else:
        kind = _gazetteer_kinds().get((name or "").strip().lower(), "city")
    if kind is None:
        return None
    in_usa, elsewhere = _geo_type_table()[kind]
    return in_usa if country == "USA" else elsewhere


def _url(row: EventRow) -> str | None:
    """The article's URL: its `url`, else its id when that is a URL; None when unknown."""
    for candidate in (row.article_url, row.article_id):
        if candidate and candidate.startswith(("http://", "https://")):
            return candidate
    return None


def gdelt_row(row: EventRow) -> list[str]:
    """The 61 GDELT fields of one dated event (see the module doc)."""
    day, cameo = row.day, row.cameo
    if day is None:
        raise ValueError(f"event {row.event_pk} has no day: GDELT rows need a SQLDATE")
    source_types = actor_types(row.source_code)
    target_types = actor_types(row.target_code)
    values: dict[str, Any] = {
        "GLOBALEVENTID": row.cluster_id or row.event_pk,
        "SQLDATE": day.strftime("%Y%m%d"),
        "MonthYear": day.strftime("%Y%m"),
        "Year": day.year,
        "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}",
        "IsRootEvent": 1 if row.sentence_index == 0 else 0,
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": row.root,
        "QuadClass": row.quad_class,
        "GoldsteinScale": row.goldstein,
        "NumMentions": row.cluster_mentions or 1,
        "NumSources": row.cluster_sources or 1,
        "NumArticles": row.cluster_articles or 1,
        "ActionGeo_Type": geo_type(
            row.location_name, row.location_country, row.location_lat, row.location_lon
        ),
        "ActionGeo_FullName": row.location_name,
        "ActionGeo_CountryCode": row.location_country,
        "ActionGeo_Lat": row.location_lat,
        "ActionGeo_Long": row.location_lon,
        "DATEADDED": row.stored_at.strftime("%Y%m%d%H%M%S"),
        "SOURCEURL": _url(row),
        "Actor1Code": row.source_code,
        "Actor1Name": (row.source_entity or row.source_text or "").upper(),
        "Actor1CountryCode": row.source_country,
        "Actor2Code": row.target_code,
        "Actor2Name": (row.target_entity or row.target_text or "").upper(),
        "Actor2CountryCode": row.target_country,
    }
    for number in (1, 2, 3):
        values[f"Actor1Type{number}Code"] = _nth(source_types, number)
        values[f"Actor2Type{number}Code"] = _nth(target_types, number)
    return [_text(values.get(name)) for name in GDELT_COLUMNS]


def _nth(items: list[str], number: int) -> str | None:
    return items[number - 1] if len(items) >= number else None


def write_gdelt(rows: Iterable[list[str]], handle: TextIO) -> int:
    count = 0
    for row in rows:
        handle.write("\t".join(row) + "\n")
        count += 1
    return count
