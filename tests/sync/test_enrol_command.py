"""`clubapp enroll` (issue #15 item 6): the code is asked for or read from standard input, so it never shows in the
list of running programs; --code still works, with a warning; a plain http:// address elsewhere is warned about."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from clubapp.store.local import open_local_store
from sync_server import running_server

CLUBAPP = str(Path(sys.executable).parent / "clubapp")
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def enroll(folder: Path, server: str, *extra: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([CLUBAPP, "enroll", "--data-dir", str(folder), "--server", server, *extra], input=stdin,
                          capture_output=True, text=True, timeout=120, env=ENV)


def test_the_code_is_read_from_standard_input_and_not_from_the_command_line(tmp_path):
    with running_server(tmp_path) as live:
        code = live["codes"]["club"]
        done = enroll(tmp_path / "pc1", live["url"], stdin=code + "\n")
        assert done.returncode == 0, done.stderr
        assert "Nyeri Integrity Club" in done.stdout and "Warning" not in done.stderr
        store = open_local_store(tmp_path / "pc1")
        try:
            assert store.get_setting("sync_token") and store.get_setting("bundle_server_key")  # bundle keys too
        finally:
            store.dispose()
        # the old way still works, with a warning about ps
        again = enroll(tmp_path / "pc2", live["url"], "--code", code)
        assert again.returncode == 0 and "can be seen by anyone on this computer" in again.stderr


def test_no_code_or_a_plain_http_address_elsewhere_is_told_and_changes_nothing(tmp_path):
    done = enroll(tmp_path / "pc", "http://clubs.example.org", stdin="")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "is not https://" in done.stderr and "No enrolment code was given" in done.stderr
    store = open_local_store(tmp_path / "pc")
    try:
        assert not store.get_setting("sync_token") and not store.get_setting("server_url")
    finally:
        store.dispose()
