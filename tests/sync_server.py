"""A clubapp server with one club (a teacher, a student with a PIN) and a second club, on a loopback port:
shared by the sync tests and the desktop's Sync page test."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager

import uvicorn

from clubapp.domain.codelists import Role
from clubapp.server.app import create_app
from clubapp.server.enrolment import EnrolmentService
from clubapp.server.store import open_server_store
from clubapp.services.actor import Actor
from clubapp.services.members import MemberInput
from clubapp.services.registry import Services


@contextmanager
def running_server(tmp_path, url=None):
    """A server with one club (a teacher, a student with a PIN) and another club, served on a loopback port."""
    store = open_server_store(tmp_path / "server", url)
    services = Services.for_store(store.db, store.blobs)
    operator = Actor.operator()
    org = services.clubs.create_organisation(operator, "Transparency Kenya", "TK", "KE")
    club = services.clubs.create_club(operator, organisation_id=org, school_name="Nyeri High",
                                      club_name="Nyeri Integrity Club", country="KE")
    other = services.clubs.create_club(operator, organisation_id=org, school_name="Kisumu High",
                                       club_name="Kisumu Integrity Club", country="KE")
    services.clubs.create_first_teacher(club, given_name="Grace", family_name="Wambui", username="grace",
                                        password="teacher-pass")
    student = services.members.add_member(operator, club, MemberInput(given_name="Otieno"))
    services.members.record_consent(operator, student, "Mary Otieno (mother)")  # his records may travel
    services.accounts.create_account(operator, username="otieno", role=Role.STUDENT, secret="1234", member_id=student,
                                     club_id=club)
    enrolment = EnrolmentService(store.db)
    codes = {"club": enrolment.new_code(operator, club), "other": enrolment.new_code(operator, other)}
    try:
        with serving(store) as url:
            yield {"url": url, "store": store, "services": services, "club": club, "other": other, "codes": codes}
    finally:
        store.dispose()


@contextmanager
def serving(store):
    """The API of `store` served by uvicorn on a free loopback port, in a thread; yields its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    from clubapp.server.serving import server_options  # the timeouts `clubapp-server run` has

    http = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning",
                                         **server_options()))
    thread = threading.Thread(target=http.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not http.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert http.started, "the test server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        http.should_exit = True
        thread.join(10)


