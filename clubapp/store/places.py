"""Towns and villages offline (reference data read from disk, below the services so they may look places up): GeoNames' places of 1,000 people or more (fetched by packaging/fetch_assets.py
into one file a country), for the names on the app's own map, the look-up of a place by name without the
internet, and "taken near <town>" beside a photo.

Qt-free and numpy-free; a country's file is read only when a map, a look-up or a photo reaches into it.
"""

from __future__ import annotations

import json
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..paths import asset

Box = tuple[float, float, float, float]  # west, south, east, north


@dataclass(frozen=True)
class Town:
    name: str
    latitude: float
    longitude: float
    country: str
    province: str  # GeoNames' first-level code
    population: int
    other_names: tuple[str, ...] = ()


def folded(text: str) -> str:
    """A name as compared: case and accents set aside ("Kathmandu" finds "Kāṭhmāṇḍu"), other scripts kept."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@cache
def country_boxes() -> dict[str, Box]:
    path = asset("places", "index.json")
    if not path.is_file():  # an install from before the place names were fetched
        return {}
    return {code: tuple(row[:4]) for code, row in json.loads(path.read_text(encoding="utf-8")).items()}


_lock = threading.Lock()  # a map's worker and a photo's look-up may read the same country at once


@cache
def _country(code: str) -> tuple[Town, ...]:
    path = asset("places", f"{code.upper()}.tsv")
    if not path.is_file():
        return ()
    towns = []
    for line in path.read_text(encoding="utf-8").splitlines():
        name, lat, lon, province, population, others = line.split("\t")
        towns.append(Town(name, float(lat), float(lon), code.upper(), province, int(population),
                          tuple(others.split("|")) if others else ()))
    return tuple(towns)  # the most populous first


def towns_of(code: str) -> tuple[Town, ...]:
    with _lock:
        return _country(code)


def countries_in(box: Box, margin: float = 0.0) -> list[str]:
    west, south, east, north = box
    return [code for code, (w, s, e, n) in country_boxes().items()
            if e >= west - margin and w <= east + margin and n >= south - margin and s <= north + margin]


def towns_in(box: Box, *, at_most: int | None = None) -> list[Town]:
    """The towns inside the box, the most populous first."""
    west, south, east, north = box
    found = [town for code in countries_in(box) for town in towns_of(code)
             if west <= town.longitude <= east and south <= town.latitude <= north]
    found.sort(key=lambda t: -t.population)
    return found[:at_most] if at_most else found


def find(name: str, *, countries: list[str] | None = None, at_most: int = 10) -> list[Town]:
    """Towns called `name` in any spelling the data has (exact names first, then names that begin with it),
    in the given countries first and then everywhere, the most populous first."""
    wanted = folded(name)
    if len(wanted) < 2:
        return []
    exact: list[tuple[tuple[int, int], Town]] = []
    starts: list[tuple[tuple[int, int], Town]] = []
    preferred = [c.upper() for c in countries or []]
    order = preferred + [c for c in sorted(country_boxes()) if c not in preferred]
    for rank, code in enumerate(order):
        if rank >= len(preferred) and len(exact) >= at_most:
            break  # found enough in the club's own countries: the rest of the world is not read
        for town, spellings in _spellings(code):
            key = (0 if rank < len(preferred) else 1, -town.population)
            if wanted in spellings:
                exact.append((key, town))
            elif any(s.startswith(wanted) for s in spellings):
                starts.append((key, town))
    exact.sort(key=lambda pair: pair[0])
    starts.sort(key=lambda pair: pair[0])
    return [town for _key, town in exact + starts][:at_most]


@cache
def _spellings(code: str) -> tuple[tuple[Town, tuple[str, ...]], ...]:
    return tuple((town, tuple({folded(town.name), *(folded(o) for o in town.other_names)}))
                 for town in towns_of(code))


def country_name_of(code: str) -> str:
    """The country's name in the current language (its code when unknown)."""
    from ..words import country_name

    return country_name(code, fallback=code)


def kilometres(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from geopy.distance import geodesic

    return geodesic((lat1, lon1), (lat2, lon2)).km


def nearest(latitude: float, longitude: float, *, within_km: float = 30.0) -> tuple[Town, float] | None:
    """The nearest town and how far it is (km), if one is within `within_km`."""
    reach = within_km / 111.0 + 0.05
    box = (longitude - reach * 3, latitude - reach, longitude + reach * 3, latitude + reach)
    best: tuple[float, Town] | None = None
    for code in countries_in(box):
        for town in towns_of(code):
            if abs(town.latitude - latitude) > reach or abs(town.longitude - longitude) > reach * 3:
                continue
            distance = kilometres(latitude, longitude, town.latitude, town.longitude)
            if best is None or distance < best[0]:
                best = (distance, town)
    if best is None or best[0] > within_km:
        return None
    return best[1], best[0]
