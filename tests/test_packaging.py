"""`pip install .` (not only editable) carries what the app needs at run time from db/ and resources/, and a wheel
built from a clean copy of the sources fetches the fonts and map data itself (packaging/hatch_build.py), so the
installed app can print, demo and map with nothing else run."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_carries_migrations_and_resources_and_opens_a_store(tmp_path):
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(ROOT), "-w", str(tmp_path)],
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    [wheel] = tmp_path.glob("clubapp-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "clubapp/_db/env.py" in names
    assert any(n.startswith("clubapp/_db/versions/0001") for n in names)
    assert not any("screenshots" in n for n in names)  # documentation pictures stay out of the app
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import clubapp, clubapp.paths as p; from clubapp.store.local import open_local_store;"
        "assert clubapp.__file__.startswith(sys.argv[1]), clubapp.__file__;"
        "assert str(p.migrations_dir()).startswith(sys.argv[1]);"
        "s = open_local_store(sys.argv[2]); print(len(s.device_id))"
    )
    run = subprocess.run([sys.executable, "-c", probe, str(unpacked), str(tmp_path / "data")],
                         capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "36"


def test_a_wheel_built_from_a_clean_copy_carries_the_fonts_and_the_map_data(tmp_path):
    """As from a fresh clone: only the files git knows (no clubapp/_assets); the build hook fetches them."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    clean = tmp_path / "clone"
    for name in filter(None, listed.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (clean / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, clean / name)
    assert not (clean / "clubapp" / "_assets").exists()
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(clean), "-w",
                            str(tmp_path / "wheels")], capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr[-3000:]
    [wheel] = (tmp_path / "wheels").glob("clubapp-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("clubapp/_assets/fonts/NotoSans-Regular.ttf", "clubapp/_assets/fonts/NotoNaskhArabic-Regular.ttf",
                   "clubapp/_assets/topojson/countries-50m.json", "clubapp/_assets/admin1/index.json",
                   "clubapp/_assets/admin1/KE.json", "clubapp/_assets/places/KE.tsv",
                   "clubapp/_assets/places/LICENSE.txt", "clubapp/_assets/leaflet/leaflet.js",
                   "clubapp/_assets/markercluster/leaflet.markercluster.js"):
        assert needed in names, needed
    # and the unpacked wheel finds a town and draws boundaries with no source checkout beside it
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    probe = ("import sys; sys.path.insert(0, sys.argv[1]); import clubapp.store.places as p, clubapp.maps.basemap as b;"
             "assert p.__file__.startswith(sys.argv[1]);"
             "print(p.find('Nyeri', countries=['KE'])[0].name, len(b.country_rings()) > 200)")
    run = subprocess.run([sys.executable, "-c", probe, str(unpacked)], capture_output=True, text=True, timeout=120,
                         cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["Nyeri", "True"]
