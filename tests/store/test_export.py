"""`export.py`: csv, jsonl and parquet hold exactly what the store holds, in the published
column order; gdelt writes one 61-column row per event cluster. (Here, beside the store
fixtures, because every export reads a real store, SQLite and PostgreSQL.)"""

from __future__ import annotations

import csv
import json
import tempfile
from dataclasses import fields, replace
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from store_builders import coded, coded_articles, delete_key, dyad_articles, event, mention

from whimbrel.export import EVENT_COLUMNS, GDELT_COLUMNS, ExportFormat, export
from whimbrel.records import CodedArticle, Location, Mention
from whimbrel.store import EventFilter, EventRow, Store, tables, write

# The file format users read: these names, in this order (changing it breaks their readers).
PUBLISHED_COLUMNS = (
    "event_pk article_id article_url publisher published event_id day date date_basis "
    "source_text source_code source_country source_role source_entity "
    "target_text target_code target_country target_role target_entity "
    "cameo root quad_class goldstein plover modality confidence "
    "location_name location_country location_lat location_lon "
    "trigger_text trigger_start trigger_end sentence_index sentence_text quote rule "
    "cluster_id cluster_mentions cluster_articles cluster_sources undated"
).split()


def _fill(store: Store) -> None:
    for article in dyad_articles():
        assert store.write(article) is not None


def test_columns_are_the_published_format() -> None:
    assert list(EVENT_COLUMNS) == PUBLISHED_COLUMNS
    assert set(EVENT_COLUMNS) - {"undated"} <= {f.name for f in fields(EventRow)}


def test_export_csv_jsonl_parquet(store: Store, tmp_path: Path) -> None:
    _fill(store)
    where = EventFilter(source="RUS")
    assert export(store, ExportFormat.csv, tmp_path / "e.csv", where).rows == 3
    with (tmp_path / "e.csv").open(encoding="utf-8") as handle:
        assert handle.readline().rstrip("\r\n") == ",".join(PUBLISHED_COLUMNS)
        handle.seek(0)
        rows = list(csv.DictReader(handle))
    assert [r["cameo"] for r in rows] == ["190", "111", "036"]
    assert rows[0]["day"] == "2022-03-01"

    assert export(store, ExportFormat.jsonl, tmp_path / "e.jsonl").rows == 5
    lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert lines[0]["source_country"] == "RUS" and lines[0]["goldstein"] == -10.0

    assert export(store, ExportFormat.parquet, tmp_path / "e.parquet", where).rows == 3
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.column_names == PUBLISHED_COLUMNS
    assert table.column("cameo").to_pylist() == ["190", "111", "036"]
    assert table.column("day").to_pylist()[0] == date(2022, 3, 1)


def _actor(prefix: str, mention: Mention | None) -> dict[str, Any]:
    actor = mention.actor if mention else None
    return {
        f"{prefix}_text": mention.text if mention else None,
        f"{prefix}_code": actor.code if actor else None,
        f"{prefix}_country": actor.country if actor else None,
        f"{prefix}_role": actor.role if actor else None,
        f"{prefix}_entity": actor.entity if actor else None,
    }


def _stored_records(store: Store, article_pk: int) -> list[dict[str, Any]]:
    """The export rows the store should give for one article, built from the records read
    back (`Store.read`) and the raw events and clusters tables, not from `store.query`."""
    coded = store.read(article_pk)
    ev, cl = tables.events, tables.clusters
    with store.engine.connect() as conn:
        keys = conn.execute(
            sa.select(ev.c.pk, cl.c.id, cl.c.num_mentions, cl.c.num_articles, cl.c.num_sources)
            .outerjoin(cl, cl.c.id == ev.c.cluster_id)
            .where(ev.c.article_pk == article_pk)
            .order_by(ev.c.ordinal)
        ).all()
    article = coded.article
    out = []
    for e, (event_pk, cluster, mentions, articles, sources) in zip(coded.events, keys, strict=True):
        place = e.location
        out.append(
            {
                "event_pk": event_pk,
                "article_id": article.id,
                "article_url": article.url,
                "publisher": write.publisher_of(article.url),
                "published": article.published,
                "event_id": e.id,
                "day": write.event_day(e.date, article.published),
                "date": e.date,
                "date_basis": e.date_basis,
                **_actor("source", e.source),
                **_actor("target", e.target),
                "cameo": e.cameo,
                "root": e.root,
                "quad_class": e.quad_class,
                "goldstein": e.goldstein,
                "plover": e.plover,
                "modality": e.modality,
                "confidence": e.confidence,
                "location_name": place.name if place else None,
                "location_country": place.country if place else None,
                "location_lat": place.lat if place else None,
                "location_lon": place.lon if place else None,
                "trigger_text": e.trigger_text,
                "trigger_start": e.trigger_span[0],
                "trigger_end": e.trigger_span[1],
                "sentence_index": e.sentence.index,
                "sentence_text": e.sentence.text,
                "quote": e.quote,
                "rule": e.rule,
                "cluster_id": cluster,
                "cluster_mentions": mentions,
                "cluster_articles": articles,
                "cluster_sources": sources,
                "undated": write.event_day(e.date, article.published) is None,
            }
        )
    return out


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(article=coded_articles)
def test_any_stored_article_exports_as_stored(module_store: Store, article: CodedArticle) -> None:
    delete_key(module_store, write.article_key(article.article))
    pk = module_store.write(article)
    assert pk is not None
    where = EventFilter(article_pk=pk)
    expected = sorted(_stored_records(module_store, pk), key=lambda r: r["event_pk"])
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for fmt in (ExportFormat.csv, ExportFormat.jsonl, ExportFormat.parquet):
            assert export(module_store, fmt, out / fmt.value, where).rows == len(expected)
        # One line per row: split on "\n" only, as text may hold other line separators.
        jsonl = (out / "jsonl").read_text(encoding="utf-8").split("\n")[:-1]
        lines = sorted((json.loads(x) for x in jsonl), key=lambda r: r["event_pk"])
        with (out / "csv").open(encoding="utf-8", newline="") as handle:
            cells = sorted(csv.DictReader(handle), key=lambda r: int(r["event_pk"]))
        parquet = sorted(pq.read_table(out / "parquet").to_pylist(), key=lambda r: r["event_pk"])
    assert all(list(line) == PUBLISHED_COLUMNS for line in lines)
    assert lines == [{k: _plain(v) for k, v in r.items()} for r in expected]
    assert cells == [
        {k: "" if v is None else str(_plain(v)) for k, v in r.items()} for r in expected
    ]
    assert parquet == expected


def test_export_gdelt_has_the_61_columns(store: Store, tmp_path: Path) -> None:
    _fill(store)
    out = tmp_path / "events.tsv"
    assert export(store, ExportFormat.gdelt, out).rows == 5
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(GDELT_COLUMNS) == 61
    assert all(len(r) == 61 for r in rows)
    first = dict(zip(GDELT_COLUMNS, rows[0], strict=True))
    assert first["SQLDATE"] == "20220301"
    assert first["MonthYear"] == "202203"
    assert first["Actor1Code"] == "RUSGOV"
    assert first["Actor1CountryCode"] == "RUS"
    assert first["Actor2CountryCode"] == "UKR"
    assert (first["EventCode"], first["EventBaseCode"], first["EventRootCode"]) == (
        "190",
        "190",
        "19",
    )
    assert first["QuadClass"] == "4" and float(first["GoldsteinScale"]) == -10.0
    assert first["NumMentions"] == "1" and first["NumArticles"] == "1"
    assert first["ActionGeo_FullName"] == "Kyiv" and first["ActionGeo_Lat"] == "50.45"
    assert first["SOURCEURL"] == "https://news.example/a"
    with store.engine.connect() as conn:
        stored_at = conn.scalar(
            sa.select(tables.articles.c.stored_at).where(tables.articles.c.id == "a")
        )
    assert first["DATEADDED"] == stored_at.strftime("%Y%m%d%H%M%S")


def test_gdelt_writes_one_row_per_cluster(store: Store, tmp_path: Path) -> None:
    """Three wires report one strike: three mention rows, one GDELT event counting them."""
    rus, ukr = mention("Russia", "RUSGOV", "RUS"), mention("Ukraine", "UKRGOV", "UKR")
    for n, host in enumerate(("wire-a.example", "wire-b.example", "wire-b.example")):
        text = f"Russia shelled Ukraine, report {n}."
        strike = event(text, rus, ukr, "195", "2022-03-01", goldstein=-10.0, quad_class=4)
        article = coded(f"s{n}", text, date(2022, 3, 2), (replace(strike, id=f"e{n}"),))
        assert store.write(
            replace(article, article=replace(article.article, url=f"https://{host}/{n}"))
        )
    assert export(store, ExportFormat.jsonl, tmp_path / "e.jsonl").rows == 3
    assert export(store, ExportFormat.gdelt, tmp_path / "e.tsv").rows == 1
    (line,) = (tmp_path / "e.tsv").read_text(encoding="utf-8").splitlines()
    row = dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
    mentions = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert row["GLOBALEVENTID"] == str(mentions[0]["cluster_id"])
    assert (row["NumMentions"], row["NumArticles"], row["NumSources"]) == ("3", "3", "2")
    assert row["SOURCEURL"] == mentions[0]["article_url"] == "https://wire-a.example/0"


# GDELT 2.0's event table as its codebook defines it (GDELT-Event_Codebook-V2.0: 61 fields,
# tab-delimited, no header), with the type each field has there: integers, floating point,
# and strings (CAMEO codes keep their leading zeros, so they are strings). Integer fields that
# GDELT leaves blank for some rows (the per-actor and action Geo_Type) use pandas' nullable
# Int64; SQLDATE, MonthYear, Year and DATEADDED are never blank, so they are plain int64.
GDELT_CODEBOOK: dict[str, str] = {
    "GLOBALEVENTID": "int64",
    "SQLDATE": "int64",
    "MonthYear": "int64",
    "Year": "int64",
    "FractionDate": "float64",
    **{
        f"Actor{n}{field}": "string"
        for n in (1, 2)
        for field in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    },
    "IsRootEvent": "int64",
    "EventCode": "string",
    "EventBaseCode": "string",
    "EventRootCode": "string",
    "QuadClass": "int64",
    "GoldsteinScale": "float64",
    "NumMentions": "int64",
    "NumSources": "int64",
    "NumArticles": "int64",
    "AvgTone": "float64",
    **{
        f"{geo}Geo_{field}": kind
        for geo in ("Actor1", "Actor2", "Action")
        for field, kind in (
            ("Type", "Int64"),
            ("FullName", "string"),
            ("CountryCode", "string"),
            ("ADM1Code", "string"),
            ("ADM2Code", "string"),
            ("Lat", "float64"),
            ("Long", "float64"),
            ("FeatureID", "string"),
        )
    },
    "DATEADDED": "int64",
    "SOURCEURL": "string",
}


def _gdelt_store(store: Store) -> None:
    """Events a GDELT script must read: roles in codes, places of each kind, one undated."""
    gov, mil = mention("Russia", "RUSGOV", "RUS"), mention("Ukrainian army", "UKRMIL", "UKR")
    reb, un = mention("rebels", "SYRREB", "SYR"), mention("the UN", "IGOUNO", "IGO")
    items = [
        # id, published, date, source, target, cameo, place, url
        (
            "g1",
            date(2022, 3, 1),
            "2022-03-01",
            gov,
            mil,
            "190",
            Location("Kyiv", "UKR", 50.45, 30.52),
            "https://news.example/g1",
        ),
        ("g2", date(2022, 3, 2), "2022-03-02", mil, gov, "0231", Location("Ukraine", "UKR"), None),
        (
            "g3",
            date(2022, 3, 3),
            "2022-03-03",
            reb,
            un,
            "111",
            Location("Black Sea", None, 43.0, 35.0),
            None,
        ),
        (
            "g4",
            date(2022, 3, 4),
            "2022-03-04",
            un,
            reb,
            "036",
            Location("Boston", "USA", 42.36, -71.06),
            "https://news.example/g4",
        ),
        ("g5", None, None, gov, reb, "173", None, "https://news.example/g5"),
    ]
    for article_id, published, day, source, target, cameo, place, url in items:
        text = f"Report {article_id} on {cameo}."
        e = event(text, source, target, cameo, day, goldstein=-2.0, quad_class=3)
        e = replace(e, id=f"{article_id}e", root=cameo[:2], location=place)
        assert store.write(coded(article_id, text, published, (e,), url=url)) is not None


def test_gdelt_export_reads_with_gdelt_columns_and_types(store: Store, tmp_path: Path) -> None:
    import pandas as pd

    _gdelt_store(store)
    out = tmp_path / "events.export.CSV"
    result = export(store, ExportFormat.gdelt, out)
    assert (result.rows, result.undated_left_out) == (4, 1)
    frame = pd.read_csv(
        out, sep="\t", header=None, names=list(GDELT_CODEBOOK), dtype=GDELT_CODEBOOK
    )
    assert list(frame.columns) == GDELT_COLUMNS
    assert {name: str(kind) for name, kind in frame.dtypes.items()} == GDELT_CODEBOOK
    by_id = frame.set_index("SOURCEURL", drop=False)
    assert frame["SQLDATE"].tolist() == [20220301, 20220302, 20220303, 20220304]
    # CAMEO type codes from the actor codes: `== 'GOV'` finds the government's events.
    assert frame.loc[frame["Actor1Type1Code"] == "GOV", "EventCode"].tolist() == ["190"]
    assert frame.loc[frame["Actor2Type1Code"] == "MIL", "EventCode"].tolist() == ["190"]
    assert frame["Actor1Type1Code"].tolist() == ["GOV", "MIL", "REB", "IGO"]
    assert frame["Actor2Type1Code"].tolist() == ["MIL", "GOV", "IGO", "REB"]
    assert frame["EventCode"].tolist() == ["190", "0231", "111", "036"]  # zeros kept
    # Geo types: a world city, a country (no coordinates), a sea placed as a point, a US city.
    assert frame["ActionGeo_Type"].tolist() == [4, 1, 4, 3]
    located = frame["ActionGeo_Lat"].notna()
    assert frame.loc[located, "ActionGeo_Type"].notna().all()
    # SOURCEURL is the article's URL where one is known, never an internal id.
    assert frame["SOURCEURL"].fillna("").tolist() == [
        "https://news.example/g1",
        "",
        "",
        "https://news.example/g4",
    ]
    assert by_id.loc["https://news.example/g1", "ActionGeo_FullName"] == "Kyiv"


def test_undated_events_are_kept_with_an_empty_day_and_a_flag(store: Store, tmp_path: Path) -> None:
    _gdelt_store(store)
    assert export(store, ExportFormat.csv, tmp_path / "e.csv").rows == 5
    with (tmp_path / "e.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["article_id"], r["day"], r["undated"]) for r in rows] == [
        ("g1", "2022-03-01", "False"),
        ("g2", "2022-03-02", "False"),
        ("g3", "2022-03-03", "False"),
        ("g4", "2022-03-04", "False"),
        ("g5", "", "True"),
    ]
    export(store, ExportFormat.parquet, tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.column("undated").to_pylist() == [False, False, False, False, True]
    assert table.column("day").to_pylist()[-1] is None
