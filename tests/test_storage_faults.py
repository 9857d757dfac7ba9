"""A damaged database, a read-only data folder, a full disk (issue #15 item 12): every command of the real
command line ends with a message a teacher can act on, never a traceback, and changes nothing; `clubapp restore`
works exactly when the database is damaged; the command line makes the daily backup."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from clubapp.cli.main import main as clubapp

COMMANDS = [["status"], ["status", "--json"], ["stats"], ["sync"], ["backup"], ["backup", "--list"],
            ["bundle", "export", "--out", "{tmp}/stick.zip"], ["export", "--format", "csv", "--out", "{tmp}/out"],
            ["photos", "add", "--project", "x", "{tmp}/p.jpg"]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    assert clubapp(["demo", "--data-dir", str(folder)]) == 0
    return folder


def fresh_copy(demo: Path, where: Path) -> Path:
    shutil.copytree(demo, where)
    return where


def run(argv: list[str], folder: Path, tmp: Path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    argv = [part.replace("{tmp}", str(tmp)) for part in argv]
    try:
        code = clubapp([*argv, "--data-dir", str(folder)] if argv[0] not in ("photos", "bundle") else
                       [argv[0], argv[1], "--data-dir", str(folder), *argv[2:]])
    except SystemExit as exc:  # argparse's own refusals
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "truncated":
        data = data[: len(data) // 3]
    else:  # bytes flipped in the page headers of the b-tree pages after the first
        for page in range(1, min(40, len(data) // 4096)):
            data[page * 4096] ^= 0xFF
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def no_part_files(folder: Path) -> bool:
    return not [p for p in folder.rglob("*") if p.name.endswith(".part")]


@pytest.mark.parametrize("how", ["truncated", "flipped"])
def test_a_damaged_database_is_told_by_every_command_and_restore_puts_a_good_backup_back(demo, tmp_path, capsys,
                                                                                           how):
    folder = fresh_copy(demo, tmp_path / "data")
    (tmp_path / "p.jpg").write_bytes(b"not read: the database fails first")
    capsys.readouterr()
    assert clubapp(["backup", "--data-dir", str(folder), "--json"]) == 0
    good = Path(json.loads(capsys.readouterr().out)["path"])
    _, before = run(["status", "--json"], folder, tmp_path, capsys)
    damage(folder / "clubapp.sqlite3", how)
    damaged_bytes = (folder / "clubapp.sqlite3").read_bytes()
    for argv in COMMANDS:
        code, said = run(argv, folder, tmp_path, capsys)
        if argv == ["backup", "--list"]:
            assert code == 0 and good.name in said  # the list still shows what to restore
            continue
        assert code == 1 and "Traceback" not in said, (argv, said)
        assert "damaged" in said and "restore" in said, (argv, said)
    assert (folder / "clubapp.sqlite3").read_bytes() == damaged_bytes  # nothing touched it
    code, said = run(["restore", str(good)], folder, tmp_path, capsys)
    assert code == 0, said
    assert "The damaged database was moved to" in said
    _, after = run(["status", "--json"], folder, tmp_path, capsys)
    assert json.loads(after)["counts"] == json.loads(before)["counts"]
    assert no_part_files(folder)
    assert [p.name for p in (folder / "backups").glob("damaged-*.sqlite3")]


def test_restoring_a_damaged_backup_is_refused_and_changes_nothing(demo, tmp_path, capsys):
    folder = fresh_copy(demo, tmp_path / "data")
    bad = tmp_path / "clubapp-20260101-000000.sqlite3"
    shutil.copy(folder / "clubapp.sqlite3", bad)
    damage(bad, "truncated")
    before = (folder / "clubapp.sqlite3").read_bytes()
    code, said = run(["restore", str(bad)], folder, tmp_path, capsys)
    assert code == 1 and said.startswith("Nothing was changed:") and "Traceback" not in said
    assert (folder / "clubapp.sqlite3").read_bytes() == before and no_part_files(folder)


def test_the_command_line_makes_the_daily_backup(demo, tmp_path, capsys):
    folder = fresh_copy(demo, tmp_path / "data")
    shutil.rmtree(folder / "backups", ignore_errors=True)
    assert run(["status"], folder, tmp_path, capsys)[0] == 0
    daily = list((folder / "backups").glob("clubapp-*.sqlite3"))
    assert len(daily) == 1
    assert run(["stats"], folder, tmp_path, capsys)[0] == 0
    assert list((folder / "backups").glob("clubapp-*.sqlite3")) == daily  # one a day, not one a command


@contextlib.contextmanager
def tmpfs(where: Path, size: str):
    """A small file system of its own (root only): to make a disk full or read-only for real."""
    where.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    if made.returncode != 0:
        pytest.fail(f"mounting a tmpfs is needed for this test (run as root): {made.stderr!r}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to mount a read-only or full file system")
def test_a_read_only_data_folder_is_told_by_every_command(demo, tmp_path, capsys):
    from test_photos import phone_jpeg

    (tmp_path / "p.jpg").write_bytes(phone_jpeg(800, 600))
    with tmpfs(tmp_path / "mnt", "64m") as mount:
        folder = fresh_copy(demo, mount / "data")
        project = _a_project(folder)
        before = (folder / "clubapp.sqlite3").read_bytes()
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        commands = [[project if part == "x" else part for part in argv] for argv in COMMANDS]
        for argv in commands:  # reading still works; what must write says why it cannot
            code, said = run(argv, folder, tmp_path, capsys)
            assert "Traceback" not in said, (argv, said)
            if argv[0] in ("sync", "photos", "bundle") or argv == ["backup"]:
                assert code == 1, (argv, said)
            if code != 0:
                assert "read-only" in said or "enrol it first" in said, (argv, said)
        assert (folder / "clubapp.sqlite3").read_bytes() == before


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to mount a read-only or full file system")
def test_a_full_disk_is_told_and_loses_nothing(demo, tmp_path, capsys):
    from test_photos import phone_jpeg

    (tmp_path / "p.jpg").write_bytes(phone_jpeg(1600, 1200))
    with tmpfs(tmp_path / "mnt", "16m") as mount:
        folder = mount / "data"
        (folder / "photos").mkdir(parents=True)
        shutil.copy(demo / "clubapp.sqlite3", folder / "clubapp.sqlite3")  # the records; photos left out for room
        code, said = run(["status", "--json"], folder, tmp_path, capsys)
        before = json.loads(said)["counts"]
        project = _a_project(folder)
        with (mount / "filler").open("wb") as filler, contextlib.suppress(OSError):  # the disk fills up
            while True:
                filler.write(bytes(256 * 1024))
                filler.flush()
        for argv in (["backup"], ["photos", "add", "--project", project, "{tmp}/p.jpg"],
                     ["export", "--format", "csv", "--out", str(mount / "export")]):
            code, said = run(argv, folder, tmp_path, capsys)
            assert code == 1 and "Traceback" not in said, (argv, said)
            assert "Free some space" in said, (argv, said)
        assert no_part_files(folder)
        (mount / "filler").unlink()
        code, said = run(["status", "--json"], folder, tmp_path, capsys)
        assert code == 0 and json.loads(said)["counts"] == before  # nothing lost, nothing half-added


def _a_project(folder: Path) -> str:
    import sqlite3

    connection = sqlite3.connect(folder / "clubapp.sqlite3")
    try:
        return connection.execute("SELECT id FROM project LIMIT 1").fetchone()[0]
    finally:
        connection.close()
