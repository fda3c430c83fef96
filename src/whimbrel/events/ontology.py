"""The CAMEO event ontology: codes, labels, Goldstein weights, quad classes.

Data lives in `data/ontology/` (TSV, from the CAMEO 1.1b3 codebook and GDELT's lookup files).
Quad class follows GDELT's convention: 1 verbal cooperation (roots 01-04), 2 material
cooperation (05-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from whimbrel.errors import DataError


@dataclass(frozen=True)
class CameoCode:
    code: str
    label: str
    goldstein: float

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        return quad_class(self.root)


def quad_class(root: str) -> int:
    n = int(root[:2])
    if n <= 4:
        return 1
    if n <= 8:
        return 2
    if n <= 13:
        return 3
    return 4


def _rows(name: str) -> list[dict[str, str]]:
    path = resources.files("whimbrel").joinpath(f"data/ontology/{name}")
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@cache
def codes() -> dict[str, CameoCode]:
    weights = {row["code"]: row["goldstein"] for row in _rows("cameo-goldstein.tsv")}
    table: dict[str, CameoCode] = {}
    for row in _rows("cameo-codes.tsv"):
        code = row["code"]
        if code not in weights:
            raise DataError("data/ontology/cameo-goldstein.tsv", f"no weight for code {code}")
        table[code] = CameoCode(code, row["description"], float(weights[code]))
    return table


def lookup(code: str) -> CameoCode:
    try:
        return codes()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None


def label(code: str) -> str:
    entry = codes().get(code)
    return entry.label if entry else code
