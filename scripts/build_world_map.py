"""Build src/whimbrel/data/map/countries-110m.json from world-atlas's Natural Earth TopoJSON.

Run once by hand when the outlines should change; whimbrel itself never needs npm or the
network. Get the source package with npm (any machine with npm; not a project dependency):

    npm pack world-atlas@2.0.2        # writes world-atlas-2.0.2.tgz
    .venv/bin/python scripts/build_world_map.py world-atlas-2.0.2.tgz

What it does: decodes the `countries` object of `countries-110m.json` (TopoJSON: quantised,
delta-encoded arcs shared between neighbours), maps Natural Earth's numeric ISO 3166 ids to
alpha-3 codes with pycountry, projects every ring with `whimbrel.web.worldmap.project`
(Equal Earth, the frame the runtime draws in), simplifies it (Douglas-Peucker, a tolerance far
below a pixel at 420 px wide) and writes one compact SVG path per country. Antarctica is left
out (the map stops at 57°S). Three Natural Earth units have no ISO number: Kosovo becomes
KSV (the CAMEO code whimbrel's actors use), N. Cyprus and Somaliland are drawn as part of
Cyprus and Somalia, whose codes events carry. Each country lists the other codes it goes by
in whimbrel's data (`also`: XKX, GeoNames' code for Kosovo).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tarfile
from pathlib import Path
from typing import Any

import pycountry

from whimbrel.web.worldmap import FRAME_WIDTH, NORTH, PROJECTION, SOUTH, project

MEMBER = "package/countries-110m.json"
OUT = Path(__file__).resolve().parents[1] / "src/whimbrel/data/map/countries-110m.json"
# Natural Earth units without an ISO 3166 number, and the code whimbrel's events use for them.
NO_ISO_NUMBER = {
    "Kosovo": ("KSV", "Kosovo"),
    "N. Cyprus": ("CYP", None),
    "Somaliland": ("SOM", None),
}
# Other codes the same country goes by in whimbrel's data: GeoNames (so place resolution) calls
# Kosovo XKX where CAMEO actor codes say KSV.
ALSO_CODED = {"KSV": ["XKX"]}
LEFT_OUT = {"ATA"}  # Antarctica: below the map's southern edge
TOLERANCE = 0.35  # map units (1000 across): 0.15 px at 420 px wide
Point = tuple[float, float]


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Every arc as (lon, lat) points: undo the delta encoding and the quantisation."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A closed ring from arc indices (~i is arc i reversed); shared end points kept once."""
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker on an open polyline (iterative: long rings would overflow recursion)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        worst, worst_at = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0.0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            if d > worst:
                worst, worst_at = d, i
        if worst > tolerance:
            keep[worst_at] = True
            stack.extend([(first, worst_at), (worst_at, last)])
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def cut_at_antimeridian(lonlat: list[Point]) -> list[list[Point]]:
    """A ring that crosses 180° as the pieces on either side (Sutherland-Hodgman on lon=180).

    TopoJSON leaves the cut to the renderer (d3-geo clips on the sphere); drawn flat, a ring
    with 179.9 next to -179.9 would streak across the whole map.
    """
    unwrapped = [lonlat[0]]
    for lon, lat in lonlat[1:]:
        previous = unwrapped[-1][0]
        while lon - previous > 180.0:
            lon -= 360.0
        while lon - previous < -180.0:
            lon += 360.0
        unwrapped.append((lon, lat))
    low, high = min(p[0] for p in unwrapped), max(p[0] for p in unwrapped)
    if low >= -180.0 and high <= 180.0:
        return [lonlat]
    edge = 180.0 if high > 180.0 else -180.0
    inside = [_clip(unwrapped, edge, keep_below=edge > 0)]
    outside = _clip(unwrapped, edge, keep_below=edge < 0)
    inside.append([(lon - math.copysign(360.0, edge), lat) for lon, lat in outside])
    return [piece for piece in inside if len(piece) >= 3]


def _clip(ring_: list[Point], edge: float, keep_below: bool) -> list[Point]:
    def kept(p: Point) -> bool:
        return p[0] <= edge if keep_below else p[0] >= edge

    out: list[Point] = []
    for i, current in enumerate(ring_):
        previous = ring_[i - 1]
        if kept(current) != kept(previous):
            t = (edge - previous[0]) / (current[0] - previous[0])
            out.append((edge, previous[1] + t * (current[1] - previous[1])))
        if kept(current):
            out.append(current)
    return out


def ring_path(lonlat: list[tuple[float, float]]) -> str:
    """One ring as SVG path data: an absolute move, relative lines (0.1 unit), closed."""
    projected = [project(max(SOUTH, min(NORTH, lat)), lon) for lon, lat in lonlat]
    # Split at the far end (the first point) so the closed ring simplifies as two polylines.
    middle = len(projected) // 2
    points = simplify(projected[: middle + 1], TOLERANCE)[:-1] + simplify(
        projected[middle:], TOLERANCE
    )
    rounded: list[tuple[int, int]] = []
    for x, y in points:
        q = (round(x * 10), round(y * 10))
        if not rounded or rounded[-1] != q:
            rounded.append(q)
    if len(rounded) > 1 and rounded[0] == rounded[-1]:
        rounded.pop()
    if len(rounded) < 3:
        return ""
    (x0, y0), parts = rounded[0], []
    for (ax, ay), (bx, by) in zip(rounded, rounded[1:], strict=False):
        parts.append(f"{(bx - ax) / 10:g} {(by - ay) / 10:g}")
    return f"M{x0 / 10:g} {y0 / 10:g}l" + " ".join(parts) + "z"


def build(topology: dict[str, Any]) -> dict[str, Any]:
    arcs = decode_arcs(topology)
    shapes: dict[str, dict[str, Any]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        ne_name = geometry["properties"]["name"]
        if geometry.get("id") is None:
            code, name = NO_ISO_NUMBER[ne_name]
        else:
            country = pycountry.countries.get(numeric=geometry["id"])
            if country is None:
                raise SystemExit(f"{MEMBER}: unknown ISO number {geometry['id']} ({ne_name})")
            code, name = country.alpha_3, ne_name
        if code in LEFT_OUT:
            continue
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        paths = [
            ring_path(piece)
            for polygon in polygons
            for r in polygon
            for piece in cut_at_antimeridian(ring(r, arcs))
        ]
        entry = shapes.setdefault(
            code, {"code": code, "also": ALSO_CODED.get(code, []), "name": name, "path": ""}
        )
        entry["name"] = entry["name"] or name
        entry["path"] += "".join(p for p in paths if p)
    for entry in shapes.values():
        if not entry["path"] or not entry["name"]:
            raise SystemExit(f"{entry['code']}: no outline or no name after simplifying")
    return {
        "source": "Natural Earth 1:110m Admin 0 countries v4.1.0, via world-atlas 2.0.2",
        "projection": PROJECTION,
        "width": FRAME_WIDTH,
        "north": NORTH,
        "south": SOUTH,
        "countries": sorted(shapes.values(), key=lambda c: c["code"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="world-atlas-2.0.2.tgz from `npm pack`")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with tarfile.open(args.package) as archive:
        member = archive.extractfile(MEMBER)
        if member is None:
            sys.exit(f"{args.package}: no {MEMBER}")
        topology = json.load(member)
    data = build(topology)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(data['countries'])} countries, {args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
