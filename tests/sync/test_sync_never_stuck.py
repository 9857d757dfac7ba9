"""Sync that used to get stuck (issue #15 items 7, 8, 9), through a real server on 127.0.0.1 and the real
`clubapp sync` command: a refused photo, a photo whose bytes have not arrived, four syncs at once."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import func, select

from clubapp.cli.main import main as clubapp
from clubapp.paths import DataDir
from clubapp.services.accounts import AccountService
from clubapp.services.actor import Actor
from clubapp.services.members import MemberInput
from clubapp.services.projects import ProjectInput
from clubapp.services.registry import Services
from clubapp.store.local import LocalStore
from clubapp.store.models import Member
from clubapp.store.sync_tables import Device, OutboxBlob
from clubapp.sync import SyncClient, SyncReport
from sync_server import running_server

CLUBAPP = str(Path(sys.executable).parent / "clubapp")


def computer(tmp_path, name: str, url: str, code: str) -> LocalStore:
    store = LocalStore(DataDir(tmp_path / name))
    SyncClient(store).enroll(url, code)
    SyncClient(store).sync()
    return store


def add_photo(store: LocalStore, username: str, secret: str, picture: Path, title: str) -> str:
    actor = AccountService(store).sign_in(username, secret)
    services = Services.for_store(store)
    project = services.projects.create(actor, actor.club_id, ProjectInput(title=title, sector="health",
                                                                          status="implementation"))
    services.photos.add_photos(actor, [picture], project_id=project)
    [photo] = services.photos.list_photos(actor, project_id=project)
    return photo.sha256


def sync_command(store: LocalStore, capsys) -> tuple[int, str, str]:
    capsys.readouterr()
    code = clubapp(["sync", "--data-dir", str(store.data_dir.root)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_photo_the_server_refuses_leaves_the_upload_queue_and_the_pull_goes_on(tmp_path, capsys):
    """Item 7: two clubs add the same JPEG. The second club's photo row is refused ("another club already has
    it"); its bytes used to stay queued, get 404 and stop every sync of that computer before the pull."""
    from test_photos import phone_jpeg

    picture = tmp_path / "same.jpg"
    picture.write_bytes(phone_jpeg(1200, 900))
    with running_server(tmp_path) as live:
        live["services"].clubs.create_first_teacher(live["other"], given_name="Amina", family_name="Kamara",
                                                    username="amina", password="teacher-pass-2")
        a = computer(tmp_path, "a", live["url"], live["codes"]["club"])
        b = computer(tmp_path, "b", live["url"], live["codes"]["other"])
        try:
            add_photo(a, "otieno", "1234", picture, "Clinic roof")
            assert SyncClient(a).sync().photos_sent == 1
            add_photo(b, "amina", "teacher-pass-2", picture, "Clinic roof, Kisumu")
            live["services"].members.add_member(Actor.operator(), live["other"], MemberInput(given_name="Zawadi"))
            code, out, err = sync_command(b, capsys)
            assert code == 0, err
            assert "Another club already has a photo with exactly this content" in out  # the reason, shown
            with b.reading() as session:
                assert session.scalar(select(func.count()).select_from(OutboxBlob)) == 0  # out of the queue
                assert session.scalar(select(Member.id).where(Member.given_name == "Zawadi"))  # the pull went on
            state = SyncClient(b).state()
            assert any("Another club already has a photo" in line for line in state.refused)
            assert b.blobs.has(add_sha(b))  # the picture itself stays on this computer
            again = SyncClient(b).sync()  # and the next sync is an ordinary one
            assert again.photos_sent == 0 and not again.cancelled
        finally:
            a.dispose()
            b.dispose()


def add_sha(store: LocalStore) -> str:
    from clubapp.store.models import Photo

    with store.reading() as session:
        return session.scalar(select(Photo.sha256))


def test_photos_whose_bytes_are_not_on_the_server_yet_come_later_and_the_rest_now(tmp_path, capsys):
    """Item 8: a photo row arrived, its bytes did not (their computer went offline). The others are pulled, the
    sync ends well (status 0) and says how many wait; a later sync fetches them."""
    from test_photos import phone_jpeg

    with running_server(tmp_path) as live:
        a = computer(tmp_path, "a", live["url"], live["codes"]["club"])
        c = computer(tmp_path, "c", live["url"], live["codes"]["club"])
        try:
            for n in (1, 2):
                (tmp_path / f"{n}.jpg").write_bytes(phone_jpeg(800 + n * 10, 600))
            sent = add_photo(a, "otieno", "1234", tmp_path / "1.jpg", "Borehole")
            SyncClient(a).sync()
            waiting = add_photo(a, "otieno", "1234", tmp_path / "2.jpg", "Road")
            SyncClient(a)._push(SyncReport(), lambda *_: None, lambda: False)  # the rows go; the bytes do not
            code, out, err = sync_command(c, capsys)
            assert code == 0, err
            assert "1 photo not yet on the server" in out
            assert c.blobs.verify(sent) and not c.blobs.has(waiting)
            SyncClient(a).sync()  # A comes back online
            later = SyncClient(c).sync()
            assert later.photos_received == 1 and later.photos_missing == 0 and c.blobs.verify(waiting)
        finally:
            a.dispose()
            c.dispose()


def test_four_syncs_started_together_in_one_app_take_turns_and_keep_the_identity(tmp_path):
    """The same through the API the app's timer and Sync page use: four threads, each with its own connection to
    the folder's database, released together."""
    with running_server(tmp_path) as live:
        a = computer(tmp_path, "a", live["url"], live["codes"]["club"])
        try:
            student = AccountService(a).sign_in("otieno", "1234")
            for n in range(40):
                Services.for_store(a).projects.create(student, student.club_id, ProjectInput(
                    title=f"Project {n}", sector="health", status="implementation"))
            identity = a.get_setting("sync_device_id")
            gate = threading.Barrier(4)
            reports, errors = [], []

            def one_sync() -> None:
                store = LocalStore(DataDir(a.data_dir.root))
                try:
                    gate.wait()
                    reports.append(SyncClient(store).sync())
                except Exception as exc:  # noqa: BLE001 - the test reports whatever went wrong
                    errors.append(exc)
                finally:
                    store.dispose()

            threads = [threading.Thread(target=one_sync) for _ in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(120)
            assert errors == [] and len(reports) == 4
            assert sum(r.pushed for r in reports) == 40
            assert a.get_setting("sync_device_id") == identity
            with live["store"].db.reading() as session:
                assert session.scalar(select(func.count()).select_from(Device)) == 1
        finally:
            a.dispose()


def test_four_syncs_at_once_on_one_data_folder_run_one_after_another_and_keep_its_identity(tmp_path):
    """Item 9: four `clubapp sync` at once made the server think the folder was a copy and give it a new
    identity. Now they take turns (a file lock), all succeed, and the computer stays itself."""
    with running_server(tmp_path) as live:
        a = computer(tmp_path, "a", live["url"], live["codes"]["club"])
        try:
            for n in range(3):
                Services.for_store(a).projects.create(AccountService(a).sign_in("otieno", "1234"), a.get_setting(
                    "sync_club_id"), ProjectInput(title=f"Project {n}", sector="health", status="implementation"))
            identity = a.get_setting("sync_device_id"), a.get_setting("sync_token")
            with live["store"].db.reading() as session:
                devices = session.scalar(select(func.count()).select_from(Device))
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            runs = [subprocess.Popen([CLUBAPP, "sync", "--data-dir", str(a.data_dir.root)], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=env) for _ in range(4)]
            results = [(run.wait(timeout=300), run.stdout.read(), run.stderr.read()) for run in runs]
            for run in runs:
                run.stdout.close()
                run.stderr.close()
            assert [code for code, _, _ in results] == [0, 0, 0, 0], results
            assert sum("3 changes" in out for _, out, _ in results) == 1  # sent once, by one of them
            assert (a.get_setting("sync_device_id"), a.get_setting("sync_token")) == identity
            with live["store"].db.reading() as session:
                assert session.scalar(select(func.count()).select_from(Device)) == devices  # no copy identity
        finally:
            a.dispose()
