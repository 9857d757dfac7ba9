"""Boundaries for maps drawn without the internet: Natural Earth's countries (public domain), as shipped in
world-atlas's TopoJSON, and Natural Earth's provinces/counties (first-level administrative areas), simplified at
install time (both fetched by packaging/fetch_assets.py).

The web map decodes the TopoJSON in the page with topojson-client; PDFs draw outlines themselves, so this
module reads the same file into plain (longitude, latitude) rings. TopoJSON stores shared borders once, as
delta-encoded arcs on a quantized grid; a ring is a list of arc indices (a negative index is an arc reversed).
"""

from __future__ import annotations

import json
from functools import cache

from ..paths import asset

Ring = list[tuple[float, float]]


@cache
def _topology() -> dict:
    return json.loads(asset("topojson", "countries-50m.json").read_text(encoding="utf-8"))


@cache
def _arcs() -> list[Ring]:
    topology = _topology()
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


def _ring(indices: list[int]) -> Ring:
    arcs, ring = _arcs(), []
    for index in indices:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points[1:] if ring else points)  # consecutive arcs share their end point
    return unwrap(ring)


def unwrap(ring: Ring) -> Ring:
    """A ring that crosses the 180th meridian (Fiji, Chukotka) jumps from +180 to -180; drawn as it is, it is a
    line across the whole world. Each jump is undone, so the ring runs on past 180 (or -180) instead."""
    out, shift, previous = [], 0.0, None
    for lon, lat in ring:
        if previous is not None:
            step = lon + shift - previous
            if step > 180:
                shift -= 360
            elif step < -180:
                shift += 360
        previous = lon + shift
        out.append((previous, lat))
    return out


@cache
def admin1() -> dict:
    """{"countries": {code: name}, "features": [{"c": code, "n": name, "p": [lat, lon], "b": bbox}]}: the
    provinces without their boundaries (see `admin1_rings`)."""
    path = asset("admin1", "index.json")
    if not path.is_file():  # an install from before the provinces were fetched: countries only
        return {"countries": {}, "features": []}
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _country_rings(code: str) -> dict[int, list]:
    path = asset("admin1", f"{code}.json")
    if not path.is_file():
        return {}
    return {number: rings for number, rings in json.loads(path.read_text(encoding="utf-8"))}


def admin1_rings(index: int) -> list[list[list[float]]]:
    """The boundary rings ([lon, lat] points) of the province at `index` in admin1()["features"]."""
    return _country_rings(admin1()["features"][index]["c"]).get(index, [])


def country_name(code: str) -> str:
    """The name of a country from its two-letter code in the current language (CLDR's, through clubapp.words);
    Natural Earth's English name, or the code itself, when CLDR does not know it."""
    from ..words import country_name as in_the_language

    return in_the_language(code, fallback=admin1()["countries"].get((code or "").upper(), code))


@cache
def country_label_points() -> dict[str, tuple[float, float]]:
    """Where to write each country's name: the middle of its provinces' label points."""
    points: dict[str, list] = {}
    for feature in admin1()["features"]:
        points.setdefault(feature["c"], []).append(feature["p"])
    return {code: (sum(p[0] for p in ps) / len(ps), sum(p[1] for p in ps) / len(ps)) for code, ps in points.items()}


def admin1_in(boxes: list[tuple[float, float, float, float]]) -> list[dict]:
    """The provinces that reach into any of the boxes (west, south, east, north), each with its rings ("r").
    Plain Python (about 5,000 boxes to compare): the app's own map runs without numpy."""
    features = admin1()["features"] if boxes else []
    found = []
    for index, feature in enumerate(features):
        fw, fs, fe, fn = feature["b"]
        if any(fe >= west and fw <= east and fn >= south and fs <= north for west, south, east, north in boxes):
            found.append({**feature, "r": admin1_rings(index)})
    return found


@cache
def country_rings() -> list[tuple[str, Ring]]:
    """Every country's outer and inner rings, with the country's name."""
    out = []
    for geometry in _topology()["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name", "")
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry.get("arcs", [])]
        for polygon in polygons:
            for indices in polygon:
                out.append((name, _ring(indices)))
    return out


def rings_in(west: float, south: float, east: float, north: float) -> list[tuple[str, Ring]]:
    """The country rings that reach into a box (for a locator map)."""
    found = []
    for name, ring in country_rings():
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        if max(xs) >= west and min(xs) <= east and max(ys) >= south and min(ys) <= north:
            found.append((name, ring))
    return found


def admin1_rings_in(west: float, south: float, east: float, north: float) -> list[tuple[dict, Ring]]:
    """The province rings that reach into a box, with their province."""
    return [(feature, [tuple(p) for p in ring]) for feature in admin1_in([(west, south, east, north)])
            for ring in feature["r"]]
