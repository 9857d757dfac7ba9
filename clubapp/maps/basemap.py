"""Country outlines for maps drawn without the internet: Natural Earth's boundaries (public domain), as shipped
in world-atlas's TopoJSON (fetched at install time, see packaging/fetch_assets.py).

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
    return ring


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
    """The rings that reach into a box (for a locator map)."""
    found = []
    for name, ring in country_rings():
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        if max(xs) >= west and min(xs) <= east and max(ys) >= south and min(ys) <= north:
            found.append((name, ring))
    return found
