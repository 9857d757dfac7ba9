"""The one-folder app built by packaging/build.py starts on a school computer without Python: here on Linux it
opens a data folder, migrates it and answers, with status 0; its Map page and location picker work without the
web engine; it is at most 250 MB as a folder and 100 MB compressed (both printed)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist)],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    print(result.stdout.strip().splitlines()[-1])  # the size, for the record
    return dist / "clubapp" / "clubapp"


class _Counter(io.RawIOBase):
    """Counts the bytes written to it: the compressed size without a file on disk."""

    def __init__(self):
        self.count = 0

    def writable(self):
        return True

    def write(self, data):
        self.count += len(data)
        return len(data)


def test_the_bundle_is_small_enough_to_hand_out(bundle):
    folder = bundle.parent
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    counter = _Counter()
    with tarfile.open(fileobj=counter, mode="w:gz", compresslevel=6) as archive:
        archive.add(folder, arcname="clubapp")
    print(f"bundle: {size / 1e6:.0f} MB as a folder, {counter.count / 1e6:.0f} MB compressed (tar.gz)")
    assert size <= 250e6 and counter.count <= 100e6
    internal = folder / "_internal"
    assert not (internal / "numpy").exists() and not (internal / "folium").exists()  # folium's page only
    assert not list(internal.rglob("libQt6WebEngineCore*")) and not list(internal.rglob("libQt6Quick*"))
    languages = sorted(p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*.qm"))
    assert languages == ["qtbase_ar.qm", "qtbase_fr.qm", "qtbase_pt_BR.qm"]  # Qt's own words for the app's languages
    assert (internal / "clubapp" / "_assets" / "places" / "KE.tsv").is_file()  # town names offline


def test_the_map_page_and_the_picker_work_in_the_bundle_without_the_web_engine(bundle, tmp_path):
    from PySide6.QtGui import QColor, QImage

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    data = tmp_path / "demo"
    made = subprocess.run([str(bundle), "demo", "--data-dir", str(data)], capture_output=True, text=True,
                          timeout=300, env=env)
    assert made.returncode == 0, made.stderr
    env["CLUBAPP_CHECK_MAP"] = str(tmp_path)
    checked = subprocess.run([str(bundle), "--data-dir", str(data)], capture_output=True, text=True, timeout=180,
                             env=env)
    print(checked.stdout)
    assert checked.returncode == 0, checked.stderr[-3000:]
    assert "map: 5 projects" in checked.stdout and " 0 towns" not in checked.stdout
    assert "km from Nyeri, the club's town" in checked.stdout  # the picker found Karatina offline
    image = QImage(str(tmp_path / "bundle-map.png"))
    land = QColor("#f4f1e8")
    samples = [image.pixelColor(x, y) for x in range(0, image.width(), 25) for y in range(60, image.height(), 25)]
    assert sum(1 for c in samples if c == land) > 50  # the boundaries drawn, not a blank page


def test_the_bundle_opens_a_data_folder_and_quits_cleanly(bundle, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    version = subprocess.run([str(bundle), "--version"], capture_output=True, text=True, timeout=60, env=env)
    assert version.returncode == 0 and version.stdout.startswith("clubapp ")
    status = subprocess.run([str(bundle), "status", "--data-dir", str(tmp_path / "data"), "--json"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["counts"]["issues"] == 0
    assert (tmp_path / "data" / "clubapp.sqlite3").is_file()


def test_the_bundle_opens_demo_data_in_its_window_in_arabic_and_quits_with_status_0(bundle, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env |= {"QT_QPA_PLATFORM": "offscreen", "CLUBAPP_QUIT_AFTER_MS": "500"}
    assert (bundle.parent / "_internal" / "resources" / "translations" / "clubapp_ar.qm").is_file()
    data = tmp_path / "demo"
    made = subprocess.run([str(bundle), "demo", "--data-dir", str(data)], capture_output=True, text=True,
                          timeout=300, env=env)
    assert made.returncode == 0, made.stderr
    settings = subprocess.run([str(bundle), "status", "--data-dir", str(data), "--json"], capture_output=True,
                              text=True, timeout=120, env=env)
    assert json.loads(settings.stdout)["counts"]["issues"] > 0
    env["LANGUAGE"] = env["LC_ALL"] = "ar_EG.UTF-8"  # the system's language, as a first run would pick it
    window = subprocess.run([str(bundle), "--data-dir", str(data)], capture_output=True, text=True, timeout=180,
                            env=env)
    assert window.returncode == 0, window.stderr[-3000:]
    assert "window usable after" in window.stdout
    assert "(ar, right to left, الإعدادات)" in window.stdout  # its own .qm found inside the bundle
