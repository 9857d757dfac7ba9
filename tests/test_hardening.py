"""Hardening: swapped coordinates, class lists with slips, any bytes as a class list, a killed process."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clubapp.services.class_list import import_class_list, parse_class_list, preview_class_list
from clubapp.services.errors import InvalidInput
from clubapp.services.members import MemberInput
from clubapp.services.projects import ProjectInput


def test_swapped_coordinates_are_caught_and_nothing_is_written(services, world):
    # The club is in Nyeri (-0.4197, 36.9475); typed the wrong way round the point lands in the Indian Ocean
    # far from it, but swapped back it is next door.
    with pytest.raises(InvalidInput, match="look swapped"):
        services.projects.create(world.student, world.club_id, ProjectInput(
            title="Borehole", sector="waterAndWaste", status="implementation", latitude=36.95, longitude=-0.41))
    assert services.projects.list(world.teacher, world.club_id) == []
    # A point far away that is no swap (a national project elsewhere) is the student's call, not a typo.
    services.projects.create(world.student, world.club_id, ProjectInput(
        title="Mombasa port road", sector="transport.road", status="implementation", latitude=-4.05,
        longitude=39.67))


def test_a_class_list_with_slips_is_previewed_row_by_row(services, world):
    services.members.add_member(world.teacher, world.club_id, MemberInput(given_name="Amani", family_name="Wafula"))
    data = ("First name;Surname;Sex;Year of birth\n"
            "Amani;Wafula;F;2011\n"          # already in the club
            "Juma;Kariuki;M;2010\n"
            "juma;KARIUKI;M;2010\n"          # the same child twice
            "Zawadi;Chege;X;2011\n"          # not a gender we know
            "Élodie;Mbeki;F;2012\n").encode("cp1252")  # a spreadsheet saved in Windows' encoding
    rows = preview_class_list(services.members, world.teacher, world.club_id, data)
    problems = {row.line: row.problems for row in rows}
    assert problems[2] == ["already a member of the club"]
    assert problems[3] == [] and problems[4] == ["the same name as line 3"]
    assert "gender" in problems[5][0]
    assert rows[4].member.given_name == "Élodie" and problems[6] == []
    assert import_class_list(services.members, world.teacher, world.club_id, rows) == 2
    again = preview_class_list(services.members, world.teacher, world.club_id, data)
    assert not [row for row in again if row.ok]  # importing the same file twice adds nobody twice


def test_a_class_list_needs_a_name_column_and_a_student_cannot_import(services, world):
    with pytest.raises(InvalidInput, match="Given name"):
        parse_class_list(b"Surname,Grade\nWafula,Form 3\n")
    with pytest.raises(InvalidInput, match="empty"):
        parse_class_list(b"")
    with pytest.raises(Exception, match="teacher"):
        preview_class_list(services.members, world.student, world.club_id, b"Given name\nAmani\n")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000) | st.text(max_size=500).map(lambda t: ("Given name,Gender\n" + t).encode()))
def test_any_bytes_as_a_class_list_give_rows_or_a_clear_refusal(data):
    try:
        rows = parse_class_list(data)
    except InvalidInput as refusal:
        assert refusal.problems["file"]
        return
    for row in rows:
        assert row.ok or row.problems  # every row is either good or says what is wrong


WRITER = """
import sys
from clubapp.services.actor import Actor
from clubapp.services.members import MemberInput
from clubapp.services.registry import Services
from clubapp.store.local import open_local_store
store = open_local_store(sys.argv[1])
services = Services.for_store(store)
club = services.clubs.list_clubs(Actor.operator())[0].id
for n in range(100000):
    services.members.add_member(Actor.operator(), club, MemberInput(given_name=f"Student {n}"))
    print(n + 1, flush=True)
"""


def test_a_killed_app_leaves_a_sound_database_with_every_saved_record(services, world, tmp_path):
    data_dir = services.store.data_dir.root
    before = len(services.members.list_members(world.teacher, world.club_id))
    services.store.dispose()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir)], stdout=subprocess.PIPE, text=True)
    saved = 0
    deadline = time.monotonic() + 60
    while saved < 150 and time.monotonic() < deadline:
        saved = int(writer.stdout.readline() or saved)
    os.kill(writer.pid, signal.SIGKILL)  # as a power cut would: no clean-up, maybe mid-transaction
    writer.wait(10)
    assert saved >= 150
    connection = sqlite3.connect(data_dir / "clubapp.sqlite3")
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    from clubapp.services.registry import Services
    from clubapp.store.local import open_local_store

    reopened = open_local_store(data_dir)
    try:
        members = Services.for_store(reopened).members.list_members(world.teacher, world.club_id)
        assert len(members) >= before + saved  # every save that returned is there
    finally:
        reopened.dispose()


def test_backup_and_restore_from_the_command_line(services, world, tmp_path):
    import json

    data_dir = str(services.store.data_dir.root)
    services.projects.create(world.student, world.club_id, ProjectInput(
        title="Before the backup", sector="education", status="implementation"))
    services.store.dispose()

    def clubapp(*args):
        return subprocess.run([sys.executable, "-m", "clubapp.cli.main", *args], capture_output=True, text=True,
                              timeout=60)

    made = clubapp("backup", "--data-dir", data_dir, "--json")
    assert made.returncode == 0, made.stderr
    backup = json.loads(made.stdout)["path"]
    from clubapp.services.registry import Services
    from clubapp.store.local import open_local_store

    store = open_local_store(data_dir)
    Services.for_store(store).projects.create(world.student, world.club_id, ProjectInput(
        title="After the backup", sector="education", status="implementation"))
    store.dispose()
    garbage = tmp_path / "not-a-backup.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    refused = clubapp("restore", "--data-dir", data_dir, str(garbage))
    assert refused.returncode == 1 and "Nothing was changed" in refused.stderr
    restored = clubapp("restore", "--data-dir", data_dir, backup)
    assert restored.returncode == 0, restored.stderr
    store = open_local_store(data_dir)
    try:
        titles = {p.title for p in Services.for_store(store).projects.list(world.teacher, world.club_id)}
    finally:
        store.dispose()
    assert titles == {"Before the backup"}
    listed = json.loads(clubapp("backup", "--data-dir", data_dir, "--list", "--json").stdout)
    assert {b["label"] for b in listed} >= {"manual", "before-restore"}  # the undo copy is kept
