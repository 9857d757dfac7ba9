"""Fetch the third-party files the app ships but the repository does not hold, into clubapp/_assets/.

- fonts/: Noto Sans, Noto Sans Devanagari and Noto Naskh Arabic (regular and bold) from Debian's fonts-noto-core
  package (installed by .ci/install), with the package's licence (SIL Open Font License);
- leaflet/: Leaflet 1.9.4 from the PyPI package django-js-lib-leaflet (BSD-2-Clause);
- markercluster/: Leaflet.markercluster from the npm registry (MIT); jquery/: jQuery (MIT), which folium's
  page template uses;
- topojson/: topojson-client (ISC) and world-atlas's Natural Earth country boundaries (ISC; the data is public
  domain) from the npm registry, for the offline basemap.

Run by .ci/install and packaging/build.py; safe to run again (it does nothing when the files are there).
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "clubapp" / "_assets"
STAMP = ASSETS / "assets.json"
VERSION = 2  # change to fetch again

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


def fetch_leaflet() -> None:
    target = ASSETS / "leaflet"
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp, LEAFLET_PYPI],
                       check=True)
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


def fetch_npm(package: str, version: str, files: dict[str, str]) -> None:
    url = f"https://registry.npmjs.org/{package}/-/{package}-{version}.tgz"
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - the npm registry, a fixed https URL
        data = response.read()
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        for member, relative in files.items():
            extracted = archive.extractfile(member)
            if extracted is None:
                raise SystemExit(f"fetch_assets: {member} missing from {package} {version}")
            out = ASSETS / relative
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(extracted.read())


def main() -> None:
    if STAMP.is_file() and json.loads(STAMP.read_text()).get("version") == VERSION:
        return
    ASSETS.mkdir(parents=True, exist_ok=True)
    fetch_fonts()
    fetch_leaflet()
    for package, (version, files) in NPM.items():
        fetch_npm(package, version, files)
    STAMP.write_text(json.dumps({"version": VERSION, "leaflet": LEAFLET_PYPI,
                                 "npm": {p: v for p, (v, _f) in NPM.items()}, "fonts": list(FONTS)}, indent=2))
    print(f"fetch_assets: third-party files in {ASSETS}")


if __name__ == "__main__":
    main()
