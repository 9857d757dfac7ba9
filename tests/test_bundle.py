"""The one-folder app built by packaging/build.py starts on a school computer without Python: here on Linux it
opens a data folder, migrates it and answers, with status 0."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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
