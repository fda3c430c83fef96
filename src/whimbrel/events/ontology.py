"""The CAMEO event ontology: codes, labels, Goldstein weights, quad classes.

Data lives in `data/ontology/` (TSV, from the CAMEO 1.1b3 codebook and GDELT's lookup files).
PLOVER types come from Schrodt's 2021 CAMEO->PLOVER table (`cameo-plover.tsv`, made by
`scripts/convert_cameo_plover.py`); a code missing there takes its nearest listed parent's
type, and roots 01 (statements) and 02 (appeals), which the table leaves out, have none.
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


VERBAL_COOPERATION = 1
MATERIAL_COOPERATION = 2
VERBAL_CONFLICT = 3
MATERIAL_CONFLICT = 4


def quad_class(root: str) -> int:
    n = int(root[:2])
    if n <= 4:
        return VERBAL_COOPERATION
    if n <= 8:
        return MATERIAL_COOPERATION
    if n <= 13:
        return VERBAL_CONFLICT
    return MATERIAL_CONFLICT


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


@dataclass(frozen=True)
class PloverType:
    """A CAMEO code's PLOVER event type, with the table's mode and context (may be empty)."""

    event: str
    mode: str
    context: tuple[str, ...]


@cache
def plover_table() -> dict[str, PloverType]:
    table: dict[str, PloverType] = {}
    for row in _rows("cameo-plover.tsv"):
        if not row["code"].isdigit() or not row["plover"]:
            raise DataError("data/ontology/cameo-plover.tsv", f"bad row {row!r}")
        context = tuple(c for c in (row["context"] or "").split(";") if c)
        table[row["code"]] = PloverType(row["plover"], row["mode"] or "", context)
    return table


def plover(code: str) -> PloverType | None:
    """The PLOVER type of `code`, from the code itself or its nearest listed parent."""
    table = plover_table()
    for length in range(len(code), 1, -1):
        found = table.get(code[:length])
        if found is not None:
            return found
    return None
