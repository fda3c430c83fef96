"""The offline world map: shipped outlines, shading, links, dots and the licence beside them."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from importlib import resources

import pycountry
import pytest

from whimbrel.web.worldmap import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    NO_EVENTS,
    SHADES,
    PlacePoint,
    count_breaks,
    countries,
    project,
    world_map_svg,
)

SVG = "{http://www.w3.org/2000/svg}"
MAP_DIR = resources.files("whimbrel").joinpath("data/map")


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def paths_by_code(root: ET.Element) -> dict[str, ET.Element]:
    return {p.get("data-code", ""): p for p in root.iter(f"{SVG}path") if p.get("data-code")}


def test_the_shipped_map_has_every_country_once_with_a_real_code() -> None:
    shapes = countries()
    codes = [s.code for s in shapes]
    assert len(codes) == len(set(codes)) >= 170
    for shape in shapes:
        assert shape.code == "KSV" or pycountry.countries.get(alpha_3=shape.code), shape.code
        assert shape.name and shape.path.startswith("M") and shape.path.endswith("z")
    # The big ones and the ones that needed care: merged units, cut at 180 degrees.
    assert {"USA", "RUS", "CHN", "BRA", "IND", "NGA", "FJI", "CYP", "SOM", "KSV"} <= set(codes)
    assert "ATA" not in codes  # below the map's southern edge


def test_the_licence_and_attribution_ship_beside_the_data() -> None:
    licence = MAP_DIR.joinpath("LICENSE.md").read_text(encoding="utf-8")
    assert "Natural Earth" in licence and "public domain" in licence.lower()
    assert "ISC" in licence and "Michael Bostock" in licence
    data = json.loads(MAP_DIR.joinpath("countries-110m.json").read_text(encoding="utf-8"))
    assert "Natural Earth" in data["source"]


def test_the_map_is_valid_xml_with_every_country() -> None:
    root = parse(world_map_svg({}))
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox", "").startswith(f"0 0 {FRAME_WIDTH:.0f} ")
    drawn = paths_by_code(root)
    assert set(drawn) == {s.code for s in countries()}
    assert all(p.get("fill") == NO_EVENTS for p in drawn.values())
    assert root.find(f"{SVG}title") is not None


def test_counts_shade_countries_darker_as_they_grow() -> None:
    counts = {"UKR": 548, "RUS": 120, "SYR": 12, "IRN": 1}
    drawn = paths_by_code(parse(world_map_svg(counts)))
    shade = {code: SHADES.index(drawn[code].get("fill", "")) for code in counts}
    assert shade["UKR"] == len(SHADES) - 1  # the busiest gets the darkest shade
    assert shade["IRN"] == 0
    assert shade["UKR"] > shade["RUS"] > shade["SYR"] > shade["IRN"]
    assert drawn["FRA"].get("fill") == NO_EVENTS
    title = drawn["UKR"].find(f"{SVG}title")
    assert title is not None and title.text == "Ukraine: 548 events"


def test_codes_are_matched_in_any_case_and_unmapped_counts_are_reported() -> None:
    svg = world_map_svg({"ukr": 3, "SGP": 10, "BHR": 2, "KSV": 1, "XKX": 2})
    drawn = paths_by_code(parse(svg))
    assert drawn["UKR"].get("data-events") == "3"
    assert drawn["KSV"].get("data-events") == "3"  # GeoNames' XKX and CAMEO's KSV: one Kosovo
    # Singapore and Bahrain have no outline at 1:110m: their events are named, not lost.
    assert "not drawn: 12 events (BHR 2, SGP 10)" in svg


@pytest.mark.parametrize(("top", "expected"), [(1, [1]), (548, [1, 5, 10, 50, 200])])
def test_count_classes_are_log_spaced_nice_numbers(top: int, expected: list[int]) -> None:
    assert count_breaks(top) == expected


def test_links_are_escaped_and_only_on_countries_with_events() -> None:
    svg = world_map_svg(
        {"UKR": 4},
        [PlacePoint('Kyiv "centre" <old town>', 50.45, 30.52, 4)],
        link=lambda code: f"/events?country={code}&root=19",
        place_link=lambda place: f"/events?place={place.name}&x=1",
    )
    root = parse(svg)  # would fail on an unescaped & or <
    anchors = list(root.iter(f"{SVG}a"))
    hrefs = [a.get("href") for a in anchors]
    assert hrefs == ["/events?country=UKR&root=19", '/events?place=Kyiv "centre" <old town>&x=1']
    assert "&amp;root=19" in svg and "&lt;old town&gt;" in svg
    assert sum(1 for _ in root.iter(f"{SVG}a")) == 2  # FRA etc. have no events: no link


def test_no_link_means_no_anchors() -> None:
    svg = world_map_svg({"UKR": 4}, [PlacePoint("Kyiv", 50.45, 30.52, 4)])
    assert not list(parse(svg).iter(f"{SVG}a"))


@pytest.mark.parametrize(
    ("name", "lat", "lon", "east", "north"),
    [
        ("Buenos Aires", -34.6, -58.4, False, False),
        ("Sydney", -33.87, 151.2, True, False),
        ("Reykjavik", 64.1, -21.9, False, True),
        ("Beijing", 39.9, 116.4, True, True),
    ],
)
def test_dots_fall_in_the_right_hemisphere(
    name: str, lat: float, lon: float, east: bool, north: bool
) -> None:
    root = parse(world_map_svg({}, [PlacePoint(name, lat, lon, 3)]))
    (dot,) = [c for c in root.iter(f"{SVG}circle") if c.get("data-place") == name]
    x, y = float(dot.get("cx", "nan")), float(dot.get("cy", "nan"))
    equator_y = project(0.0, 0.0)[1]
    assert (x > FRAME_WIDTH / 2) is east
    assert (y < equator_y) is north
    assert 0 <= x <= FRAME_WIDTH and 0 <= y <= FRAME_HEIGHT


def test_a_dot_lands_inside_its_country() -> None:
    # Kyiv's dot sits within Ukraine's outline's bounding box (the path is relative moves).
    shape = next(s for s in countries() if s.code == "UKR")
    x, y = project(50.45, 30.52)
    xs, ys = outline_points(shape.path)
    assert min(xs) < x < max(xs) and min(ys) < y < max(ys)


def outline_points(path: str) -> tuple[list[float], list[float]]:
    xs: list[float] = []
    ys: list[float] = []
    for ring in path.split("M")[1:]:
        start, _, moves = ring.rstrip("z").partition("l")
        x, y = map(float, start.split())
        xs.append(x)
        ys.append(y)
        numbers = [float(v) for v in moves.split()]
        for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
            x, y = x + dx, y + dy
            xs.append(x)
            ys.append(y)
    return xs, ys


def test_no_outline_streaks_across_the_map() -> None:
    # A ring crossing 180 degrees, drawn flat, would span the map: none may be half as wide.
    for shape in countries():
        for ring in shape.path.split("M")[1:]:
            xs, _ = outline_points("M" + ring)
            assert max(xs) - min(xs) < FRAME_WIDTH / 2, shape.code


def test_dots_off_the_map_are_left_out_and_bigger_counts_draw_bigger() -> None:
    root = parse(
        world_map_svg(
            {},
            [
                PlacePoint("McMurdo", -77.8, 166.7, 2),
                PlacePoint("Aleppo", 36.2, 37.15, 40),
                PlacePoint("Homs", 34.7, 36.7, 1),
            ],
        )
    )
    radius = {c.get("data-place"): float(c.get("r", "0")) for c in root.iter(f"{SVG}circle")}
    assert set(radius) == {"Aleppo", "Homs"}
    assert radius["Aleppo"] > radius["Homs"]


def test_readable_at_420_px() -> None:
    root = parse(world_map_svg({"UKR": 4}, width=420))
    assert root.get("width") == "420"
    scale = 420 / FRAME_WIDTH
    legend = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "legend")
    assert float(legend.get("font-size", "0")) * scale >= 9.5  # px on screen
    smallest_dot = 6.0  # viewBox units: the radius of a one-event place
    assert smallest_dot * scale >= 2.5
