"""Keys that gold and coder output are compared on: country keys, PLOVER categories, classes.

Gold sets spell countries and categories in several dialects (CAMEO actor codes "GUYJUD",
PLOVER GSR's "JAP", an older PLOVER draft's "DEMAND"); these functions bring both sides to one
key so that a match means the same thing in every set. The small tables live in
`data/evaluate/` (TSV).
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources
from pathlib import Path

import pycountry

from whimbrel.errors import DataError
from whimbrel.records import Actor

# CAMEO roots by ConfliBERT "PentaClass" (see the corpus SOURCES.md).
_PENTACLASS_ROOTS = {
    "0": range(1, 3),
    "1": range(3, 6),
    "2": range(6, 9),
    "3": (9, 10, 11, 12, 13, 16),
    "4": (14, 15, 17, 18, 19, 20),
}
PENTACLASS_LABELS = {
    "0": "Make a Statement",
    "1": "Verbal Cooperation",
    "2": "Material Cooperation",
    "3": "Verbal Conflict",
    "4": "Material Conflict",
}


def _tsv(name: str) -> list[dict[str, str]]:
    path = resources.files("whimbrel").joinpath(f"data/evaluate/{name}")
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    if not rows:
        raise DataError(f"data/evaluate/{name}", "empty table")
    return rows


@cache
def country_aliases() -> dict[str, str | None]:
    """Code -> country key, for the codes that are not ISO 3166 alpha-3 ("" means none)."""
    return {row["code"]: (row["country"] or None) for row in _tsv("country-aliases.tsv")}


@cache
def _iso3() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


def country_key(code: str | None) -> str | None:
    """The country key of a CAMEO/ISO actor code: "GUYJUD" -> "GUY", "JAP" -> "JPN".

    Returns None for no code, the "---" placeholder, or a prefix that is not a country.
    """
    if not code:
        return None
    prefix = code.strip().upper()[:3]
    aliases = country_aliases()
    if prefix in aliases:
        return aliases[prefix]
    return prefix if prefix in _iso3() else None


def actor_key(actor: Actor | None) -> str | None:
    """The country key of a coded actor: its country, else its code's country prefix."""
    if actor is None:
        return None
    return country_key(actor.country) or country_key(actor.code)


@cache
def plover_aliases() -> dict[str, str]:
    return {row["category"]: row["plover_2021"] for row in _tsv("plover-categories.tsv")}


def plover_category(name: str) -> str:
    """A PLOVER category in the 2021 table's vocabulary ("DEMAND" -> "REQUEST")."""
    name = name.strip().upper()
    return plover_aliases().get(name, name)


_TABLE_LINE = re.compile(r"^(\d{2,4}):\s*([A-Za-z_]+)")


def read_cameo2plover(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER category from PLOVER's CAMEO2PLOVER table ("030: AGREE, , x # ...").

    Roots 01 and 02 have no PLOVER category and are absent.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise DataError(
            str(path), f"cannot read the CAMEO->PLOVER table ({error.strerror})"
        ) from None
    table: dict[str, str] = {}
    for line in lines:
        match = _TABLE_LINE.match(line.strip())
        if match:
            # Root 08 is listed twice (CONCEDE, RETREAT); its three-digit rows decide.
            table.setdefault(match.group(1), match.group(2).upper())
    if not table:
        raise DataError(str(path), "no 'CODE: CATEGORY' lines found")
    return table


def plover_of(cameo: str, table: dict[str, str]) -> str | None:
    """The PLOVER category of a CAMEO code, by the most specific entry in `table`."""
    for length in (len(cameo), 3, 2):
        category = table.get(cameo[:length])
        if category:
            return category
    return None


def pentaclass_of(cameo: str) -> str | None:
    """ConfliBERT's five-class label ("0".."4") of a CAMEO code."""
    try:
        root = int(cameo[:2])
    except ValueError:
        return None
    for label, roots in _PENTACLASS_ROOTS.items():
        if root in roots:
            return label
    return None
