"""`pip install .` (not only editable) carries what the app needs at run time from db/ and resources/."""

from __future__ import annotations

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
