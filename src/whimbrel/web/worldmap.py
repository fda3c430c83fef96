"""An offline SVG world map of events: countries shaded by event count, places as dots.

The outlines are Natural Earth's 1:110m countries (public domain, via the `world-atlas`
package; see `data/map/README.md`), projected once by `scripts/build_world_map.py` with
`project()` below and shipped as `data/map/countries-110m.json`. Nothing is fetched and no
script runs in the browser: `world_map_svg()` returns one self-contained `<svg>` string.

The projection is Equal Earth (Šavrič, Patterson and Jenny 2018): equal-area, so a shaded
country's size is its real size, and closed-form, so place dots are projected here with the
same formula the outlines were. The map runs from 57°S to 84°N: Antarctica is left out.

The SVG scales with its `viewBox`; text and dots are sized so that the map stays readable
when a page shows it 420 px wide.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib import resources

from whimbrel.errors import DataError

_MAP_DATA = "data/map/countries-110m.json"
PROJECTION = "equal-earth"

# The map frame: 1000 units wide, latitudes NORTH..SOUTH (degrees).
FRAME_WIDTH = 1000.0
NORTH, SOUTH = 84.0, -57.0

# Equal Earth's polynomial coefficients.
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3.0) / 2.0

# Sequential blues for counts (never red: red means material conflict on the dashboard).
SHADES = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")  # ColorBrewer Blues
NO_EVENTS = "#e9e9e6"
SEA = "#f7fafc"
DOT = "#6a3d9a"

LEGEND_HEIGHT = 90.0
FONT_SIZE = 24.0  # viewBox units: 10 px when the map is shown 420 px wide


def _equal_earth(lat: float, lon: float) -> tuple[float, float]:
    """Equal Earth on the unit sphere: x east, y north."""
    theta = math.asin(_M * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = (
        2.0
        * math.sqrt(3.0)
        * math.radians(lon)
        * math.cos(theta)
        / (3.0 * (9.0 * _A4 * t6 * t2 + 7.0 * _A3 * t6 + 3.0 * _A2 * t2 + _A1))
    )
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


_HALF_WIDTH = _equal_earth(0.0, 180.0)[0]
_SCALE = FRAME_WIDTH / (2.0 * _HALF_WIDTH)
_TOP = _equal_earth(NORTH, 0.0)[1]
FRAME_HEIGHT = (_TOP - _equal_earth(SOUTH, 0.0)[1]) * _SCALE


def project(lat: float, lon: float) -> tuple[float, float]:
    """Map units (x right, y down; 0..FRAME_WIDTH, 0..FRAME_HEIGHT) of a latitude/longitude."""
    x, y = _equal_earth(lat, lon)
    return (x + _HALF_WIDTH) * _SCALE, (_TOP - y) * _SCALE


@dataclass(frozen=True)
class CountryShape:
    """One country of the shipped map: ISO 3166 alpha-3 code (KSV for Kosovo), name, outline."""

    code: str
    name: str
    path: str  # SVG path data in map units
    also: tuple[str, ...] = ()  # other codes for it in whimbrel's data (XKX for KSV)


@dataclass(frozen=True)
class PlacePoint:
    """A place to draw as a dot: its name, coordinates and how many events happened there."""

    name: str
    lat: float
    lon: float
    events: int


@cache
def countries() -> tuple[CountryShape, ...]:
    """The shipped outlines, checked against this module's projection and frame."""
    path = resources.files("whimbrel").joinpath(_MAP_DATA)
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    frame = (data.get("projection"), data.get("width"), data.get("north"), data.get("south"))
    if frame != (PROJECTION, FRAME_WIDTH, NORTH, SOUTH):
        raise DataError(_MAP_DATA, f"built for {frame}, not {PROJECTION} {FRAME_WIDTH} wide")
    return tuple(
        CountryShape(c["code"], c["name"], c["path"], tuple(c["also"])) for c in data["countries"]
    )


def count_breaks(top: int, classes: int = len(SHADES)) -> list[int]:
    """Lower bounds of up to `classes` count classes, 1 first, on the 1-2-5 series, log-spaced.

    A map of 548 events gets [1, 5, 20, 100, 200]-like classes rather than equal steps, so
    that one busy country does not leave every other one in the palest shade.
    """
    if top < 1:
        return [1]
    nice = [m * 10**e for e in range(0, 10) for m in (1, 2, 5) if m * 10**e <= top]
    breaks = {1}
    for i in range(1, classes):
        target = top ** (i / classes)
        breaks.add(min(nice, key=lambda n: abs(math.log(n) - math.log(target))))
    return sorted(breaks)


def _shade(count: int, breaks: Sequence[int]) -> str:
    if count <= 0:
        return NO_EVENTS
    level = sum(1 for b in breaks if count >= b) - 1
    return SHADES[level + len(SHADES) - len(breaks)]


def _class_label(breaks: Sequence[int], i: int) -> str:
    low = breaks[i]
    if i + 1 == len(breaks):
        return f"{low}+"
    high = breaks[i + 1] - 1
    return str(low) if high == low else f"{low}-{high}"


def _events(n: int) -> str:
    return f"{n} event" if n == 1 else f"{n} events"


def _anchor(href: str | None, body: str) -> str:
    return f'<a href="{escape(href)}">{body}</a>' if href is not None else body


def world_map_svg(
    counts_by_country: Mapping[str, int],
    places: Sequence[PlacePoint] = (),
    link: Callable[[str], str] | None = None,
    place_link: Callable[[PlacePoint], str] | None = None,
    width: int = 900,
    title: str = "Events by country",
) -> str:
    """The world map as one `<svg>` element.

    `counts_by_country` maps ISO alpha-3 codes to event counts; countries are shaded in
    log-spaced classes (legend below the map). `places` are drawn as dots sized by the square
    root of their count. With `link`, each country with events is an `<a>` to `link(code)`
    (a country without events has nothing to link to); with
    `place_link`, each dot to `place_link(place)`. Every shape has a `<title>` for hover.
    Counts for codes the map has no outline for (countries too small at 1:110m) are summed in
    a note under the legend, never dropped silently. `width` is the rendered width in pixels;
    the drawing scales to any width through its viewBox.
    """
    shapes = countries()
    known = {shape.code for shape in shapes}
    canonical = {other: shape.code for shape in shapes for other in shape.also}
    counted: dict[str, int] = {}
    for code, n in counts_by_country.items():
        if n > 0:
            key = canonical.get(code.upper(), code.upper())
            counted[key] = counted.get(key, 0) + n
    breaks = count_breaks(max(counted.values(), default=0))
    total_height = FRAME_HEIGHT + LEGEND_HEIGHT
    height = round(width * total_height / FRAME_WIDTH)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="world-map" role="img" '
        f'width="{width}" height="{height}" '
        f'viewBox="0 0 {FRAME_WIDTH:.0f} {total_height:.0f}" '
        f'style="max-width:100%;height:auto" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<path class="sea" d="{_sea_outline()}" fill="{SEA}"/>',
        '<g class="countries" stroke="#ffffff" stroke-width="0.6" stroke-linejoin="round">',
    ]
    for shape in shapes:
        n = counted.get(shape.code, 0)
        body = (
            f'<path d="{shape.path}" fill="{_shade(n, breaks)}" data-code="{shape.code}" '
            f'data-events="{n}"><title>{escape(shape.name)}: {_events(n)}</title></path>'
        )
        out.append(_anchor(link(shape.code) if link and n else None, body))
    out.append("</g>")
    out.append(f'<g class="places" fill="{DOT}" fill-opacity="0.8" stroke="#ffffff">')
    for place in sorted(places, key=lambda p: (-p.events, p.name)):
        if not (SOUTH <= place.lat <= NORTH and -180.0 <= place.lon <= 180.0):
            continue  # off the map (Antarctica) or not a coordinate
        x, y = project(place.lat, place.lon)
        radius = min(22.0, 6.0 + 2.0 * math.sqrt(max(place.events, 1) - 1))
        body = (
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" stroke-width="1.5" '
            f'data-place="{escape(place.name)}" data-events="{place.events}">'
            f"<title>{escape(place.name)}: {_events(place.events)}</title></circle>"
        )
        out.append(_anchor(place_link(place) if place_link else None, body))
    out.append("</g>")
    out.append(_legend(breaks, {c: n for c, n in counted.items() if c not in known}))
    out.append("</svg>")
    return "".join(out)


@cache
def _sea_outline() -> str:
    """The map's edge: the 180° meridians from SOUTH to NORTH, closed along both parallels."""
    lats = [SOUTH + (NORTH - SOUTH) * i / 40 for i in range(41)]
    east = [project(lat, 180.0) for lat in lats]
    west = [project(lat, -180.0) for lat in reversed(lats)]
    return "M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in east + west) + "Z"


def _legend(breaks: Sequence[int], unmapped: Mapping[str, int]) -> str:
    top = FRAME_HEIGHT + 12.0
    box = 28.0
    parts = [f'<g class="legend" font-size="{FONT_SIZE:.0f}" font-family="sans-serif">']
    x = 10.0
    for i, label in enumerate(["none", *(_class_label(breaks, j) for j in range(len(breaks)))]):
        fill = NO_EVENTS if i == 0 else _shade(breaks[i - 1], breaks)
        parts.append(
            f'<rect x="{x:.0f}" y="{top:.0f}" width="{box:.0f}" height="{box:.0f}" '
            f'fill="{fill}" stroke="#999999" stroke-width="0.5"/>'
            f'<text x="{x + box + 6:.0f}" y="{top + box - 6:.0f}">{escape(label)}</text>'
        )
        x += box + 14.0 + 0.62 * FONT_SIZE * max(len(label), 2)
    if unmapped:
        listed = ", ".join(f"{code} {n}" for code, n in sorted(unmapped.items())[:4])
        more = "" if len(unmapped) <= 4 else ", ..."
        note = f"not drawn: {_events(sum(unmapped.values()))} ({listed}{more})"
        parts.append(
            f'<text class="unmapped" x="10" y="{top + box + 32:.0f}">{escape(note)}</text>'
        )
    parts.append("</g>")
    return "".join(parts)
