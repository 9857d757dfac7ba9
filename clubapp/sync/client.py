"""The sync client of a desktop install: enrol with a club's code, then push what is queued and pull what is new.

Push first, then pull, a batch at a time. An outbox entry leaves the queue only when the server has answered for
it (accepted, or refused with a reason kept for the teacher); a batch whose answer is lost is simply sent again,
and the server answers a change it has seen with the answer it gave the first time. Pulled rows are written in
a transaction that queues nothing (they are the server's already), with the mark of the last row applied saved in
the same transaction: a sync stopped at any point starts again where it stopped, and nothing is lost or doubled.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx
from sqlalchemy import delete, func, inspect, select, text

from ..services.errors import ServiceError
from ..services.issues import refresh_issue_state
from ..services.members import scrub_erased_member
from ..services.reviews import REVIEWABLE, refresh_review_state
from ..store.base import new_id, utcnow
from ..store.database import rows_by_key
from ..store.fields import field_columns, from_json, to_json
from ..store.local import LocalStore
from ..store.models import (
    MODEL_BY_TABLE,
    SYNCED_MODELS,
    Conflict,
    Issue,
    IssueEvent,
    Member,
    Photo,
    ReviewEvent,
)
from ..store.sync_tables import KeyValue, OutboxBlob, OutboxChange
from ..words import _, ngettext, number
from .consent import held_for_consent

PROTOCOL = 1  # the sync protocol this client speaks; a server that needs a newer one answers 426
PUSH_BATCH = 200
RETRY_PAUSES = (0.2, 0.5, 1.0, 2.0, 0.0)  # a bounded back-off: five tries, then the person is told
RETRY_STATUS = {429, 500, 502, 503, 504}
PHOTO_CHUNK = 256 * 1024
MIN_PHOTO_CHUNK = 16 * 1024
TIMEOUT = httpx.Timeout(30.0, connect=10.0)
Progress = Callable[[int, int, str], None]
# Rows a club's device may create or change (the server checks it too). Organisations, schools, clubs and
# conflicts are the server's.
DEVICE_WRITABLE = frozenset({"member", "account", "project", "visit", "visit_attendee", "issue", "issue_event",
                             "photo", "review_event", "certificate"})


class SyncError(ServiceError):
    """Sync could not finish; what was not sent is still queued."""


class TooLarge(SyncError):
    """A proxy or the server refused a request as too large (413): send less at a time."""


@dataclass
class SyncReport:
    pushed: int = 0
    refused: list[str] = field(default_factory=list)
    pulled: int = 0
    photos_sent: int = 0
    photos_received: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    seconds: float = 0.0
    cancelled: bool = False
    server_restored: bool = False  # the server had lost changes (an older backup): they were sent again
    waiting_for_consent: str = ""  # what stays queued until a student's consent is recorded

    def __str__(self) -> str:
        def changes(n: int) -> str:
            return ngettext("{count} change", "{count} changes", n).format(count=number(n))

        def photos(n: int) -> str:
            return ngettext("{count} photo", "{count} photos", n).format(count=number(n))

        text = _("{pushed} and {photos_sent} sent, {pulled} and {photos_received} received").format(
            pushed=changes(self.pushed), photos_sent=photos(self.photos_sent), pulled=changes(self.pulled),
            photos_received=photos(self.photos_received))
        if self.refused:
            text += _(", {count} refused").format(count=number(len(self.refused)))
        if self.server_restored:
            text += _("; the server had been restored from an older backup: this computer's records were sent "
                      "again")
        if self.waiting_for_consent:
            text += "; " + self.waiting_for_consent
        return text + (_(" (stopped)") if self.cancelled else "")


@dataclass(frozen=True)
class SyncState:
    server_url: str
    enrolled: bool
    last_sync_at: str | None
    pending: int
    refused: list[str]
    conflicts: list[str] = field(default_factory=list)


class SyncClient:
    def __init__(self, store: LocalStore, transport: httpx.BaseTransport | None = None):
        self.store = store
        self.transport = transport  # tests put a fault-injecting transport or proxy here
        self.retry_pauses = RETRY_PAUSES
        self._local = threading.local()  # each thread's sync keeps its own connection
        self.push_batch = PUSH_BATCH  # halved when a proxy answers 413, for the rest of this client's life
        self.photo_chunk = PHOTO_CHUNK
        self._held_photos: set[str] = set()  # photos whose rows wait for a student's consent (see consent.py)

    # -- enrolment --------------------------------------------------------------------------------------------
    def is_enrolled(self) -> bool:
        return bool(self.store.get_setting("sync_token"))

    def enroll(self, server_url: str, code: str, device_name: str = "") -> dict[str, Any]:
        server_url = server_url.strip().rstrip("/")
        if not server_url.startswith(("http://", "https://")):
            raise SyncError(_("The server address starts with https:// (or http://)."))
        answer = self._request("POST", "/api/v1/enroll", base=server_url, token=None,
                               json={"code": code.strip(), "device_name": device_name or self.store.device_id})
        for key, value in (("server_url", server_url), ("sync_token", answer["token"]),
                           ("sync_device_id", answer["device_id"]), ("sync_club_id", answer["club_id"]),
                           ("home_club_id", answer["club_id"])):
            self.store.set_setting(key, value)
        return answer

    def enroll_partner(self, server_url: str, username: str, password: str) -> dict[str, Any]:
        """Partner staff: this computer will read, not change, the clubs of the account's organisation."""
        server_url = server_url.strip().rstrip("/")
        answer = self._request("POST", "/api/v1/enroll-partner", base=server_url, token=None,
                               json={"username": username, "password": password,
                                     "device_name": self.store.device_id})
        for key, value in (("server_url", server_url), ("sync_token", answer["token"]),
                           ("sync_device_id", answer["device_id"]), ("sync_club_id", "")):
            self.store.set_setting(key, value)
        return answer

    # -- sync -------------------------------------------------------------------------------------------------
    def sync(self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> SyncReport:
        if not self.is_enrolled():
            raise SyncError(_("This computer is not connected to a club on a server yet: enrol it first."))
        report = SyncReport()
        started = time.perf_counter()
        stop = cancelled or (lambda: False)
        progress = progress or (lambda *_: None)
        self._local.http = httpx.Client(timeout=TIMEOUT, transport=self.transport)  # one connection, kept alive
        try:
            self._push(report, progress, stop)
            if not report.cancelled:
                self._push_photos(report, progress, stop)
            if not report.cancelled:
                self._pull(report, progress, stop)
            if not report.cancelled:
                self._pull_photos(report, progress, stop)
        finally:
            self._local.http.close()
            self._local.http = None
        if not report.cancelled:
            self.store.set_setting("last_sync_at", utcnow().isoformat(timespec="seconds"))
        report.seconds = time.perf_counter() - started
        return report

    def state(self) -> SyncState:
        with self.store.reading() as session:
            count = session.scalar(select(func.count()).select_from(OutboxChange)
                                   .where(OutboxChange.refused_reason.is_(None))) or 0
            refused = [f"{r.entity_type} {r.entity_id[:8]}: {r.refused_reason}" for r in
                       session.scalars(select(OutboxChange).where(OutboxChange.refused_reason.is_not(None)))]
            refused += [_("photo {id}: {reason}").format(id=b.sha256[:8], reason=b.last_error) for b in
                        session.scalars(select(OutboxBlob).where(OutboxBlob.last_error.is_not(None)))]
            conflicts = [_("{kind} {id}, {field}: kept {kept} (saved {kept_at}); computer {device} wrote {other} "
                           "({other_at})").format(kind=c.entity_type, id=c.entity_id[:8], field=c.field,
                                                  kept=repr(c.kept_value), kept_at=_when(c.kept_at),
                                                  device=str(c.other_device)[:8], other=repr(c.other_value),
                                                  other_at=_when(c.other_at)) for c in
                         session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None),
                                                                Conflict.deleted_at.is_(None)))]
        return SyncState(self.store.get_setting("server_url", "") or "", self.is_enrolled(),
                         self.store.get_setting("last_sync_at"), count, refused, conflicts)

    def _push(self, report: SyncReport, progress: Progress, stop: Callable[[], bool]) -> None:
        with self.store.reading() as session:
            held = held_for_consent(session)
            total = session.scalar(select(func.count()).select_from(OutboxChange)
                                   .where(OutboxChange.refused_reason.is_(None))) - len(held.changes)
        if held:
            report.waiting_for_consent = held.summary()
        self._held_photos = held.photos
        done = after = 0
        handshake_done = False
        while True:
            if stop():
                report.cancelled = True
                return
            with self.store.reading() as session:
                page = list(session.scalars(select(OutboxChange).where(OutboxChange.refused_reason.is_(None),
                                                                       OutboxChange.seq > after)
                                            .order_by(OutboxChange.seq).limit(self.push_batch)))
            if not page:
                return
            batch = [change for change in page if change.seq not in held.changes]
            if not batch:
                after = page[-1].seq
                continue
            if done == 0 and not handshake_done:
                self._open_session()
                handshake_done = True
            changes = self.outbox_messages(batch)
            try:
                answer = self._request("POST", "/api/v1/push", json={"changes": changes})
            except TooLarge:
                if self.push_batch == 1:
                    raise SyncError(_("One change is larger than the network lets through; it stays queued.")) from None
                self.push_batch = max(1, self.push_batch // 2)
                continue
            self.apply_answers(batch, answer.get("results", []), report)
            after = batch[-1].seq  # an unanswered change stays queued for the next sync, not this loop
            done += len(batch)
            progress(done, total, _("Sending changes: {done} of {total}").format(done=done, total=total))

    def _open_session(self) -> None:
        """Before sending changes: name the last session and a new one (saved first, so a lost answer is sent
        again unchanged). If this data folder is a copy of another computer's, the server gives it its own
        identity, kept here from now on."""
        following = self.store.get_setting("sync_session_next") or new_id()
        self.store.set_setting("sync_session_next", following)
        answer = self._request("POST", "/api/v1/session",
                               json={"previous": self.store.get_setting("sync_session"), "next": following})
        settings = {"sync_session": following, "sync_session_next": None}
        if answer.get("status") == "copy":
            settings |= {"sync_token": answer["token"], "sync_device_id": answer["device_id"]}
        with self.store.applying_sync() as session:  # all at once: a crash here is a lost answer, sent again
            for key, value in settings.items():
                session.merge(KeyValue(key=key, value=value))

    @staticmethod
    def outbox_messages(batch: list[OutboxChange]) -> list[dict[str, Any]]:
        return [{"change_id": c.change_id, "entity_type": c.entity_type, "entity_id": c.entity_id,
                 "club_id": c.club_id, "fields": c.fields, "base_seq": c.base_seq} for c in batch]

    def apply_answers(self, batch: list[OutboxChange], results: list[dict[str, Any]], report: SyncReport) -> None:
        """The server's answers for queued changes: accepted ones leave the queue, refused ones keep the reason."""
        by_id = {r.get("change_id"): r for r in results}
        with self.store.applying_sync() as session:
            rows_by_key(session, OutboxChange, [c.seq for c in batch], OutboxChange.seq)
            for entity_type in {c.entity_type for c in batch}:
                if entity_type in MODEL_BY_TABLE:
                    rows_by_key(session, MODEL_BY_TABLE[entity_type],
                                [c.entity_id for c in batch if c.entity_type == entity_type])
            done: list[int] = []
            for change in batch:
                result = by_id.get(change.change_id)
                row = session.get(OutboxChange, change.seq)
                if result is None or row is None:
                    continue  # not answered (stays queued), or answered before (a bundle imported twice)
                if result.get("status") == "accepted":
                    self._mark_accepted(session, change, int(result.get("server_seq") or 0))
                    done.append(change.seq)
                    report.pushed += 1
                else:
                    row.refused_reason = str(result.get("reason") or "refused")[:500]
                    row.attempts += 1
                    report.refused.append(f"{change.entity_type}: {row.refused_reason}")
            session.flush()
            for start in range(0, len(done), 500):  # acknowledged: they leave the queue, with the marks above
                session.execute(delete(OutboxChange).where(OutboxChange.seq.in_(done[start:start + 500])))

    @staticmethod
    def _mark_accepted(session, change: OutboxChange, seq: int) -> None:
        model = MODEL_BY_TABLE.get(change.entity_type)
        row = session.get(model, change.entity_id) if model else None
        if row is not None and seq:
            row.server_seq = max(row.server_seq or 0, seq)
            row.field_seqs = {**(row.field_seqs or {}), **{key: seq for key in change.fields}}

    def _pull(self, report: SyncReport, progress: Progress, stop: Callable[[], bool]) -> None:
        while True:
            if stop():
                report.cancelled = True
                return
            since = int(self.store.get_setting("sync_pulled_seq", 0) or 0)
            page = self._request("GET", "/api/v1/pull", params={"since": since})
            high = int(page.get("high", since))
            if since > high and not report.server_restored:
                # We saw numbers the server never handed out since: it was restored from an older backup.
                # Missing there is not deleted here: send our records again, then pull everything again.
                report.server_restored = True
                self.repair_after_restore(high)
                self._push(report, progress, stop)
                if not report.cancelled:
                    self._push_photos(report, progress, stop)
                continue
            if "clubs" in page and self._clubs_changed(set(page["clubs"])):
                continue  # clubs joined: pull from the start, for their older records too
            rows = page.get("rows", [])
            if rows:
                self.apply_rows(rows, int(page["next"]))
                report.pulled += len(rows)
                progress(report.pulled, report.pulled + (PUSH_BATCH if page.get("more") else 0),
                         ngettext("Receiving: {count} record", "Receiving: {count} records", report.pulled)
                         .format(count=number(report.pulled)))
            if not page.get("more"):
                return

    def _clubs_changed(self, clubs: set[str]) -> bool:
        """A partner's organisation gains or loses a club. A club that left is removed from this computer, with
        its photos; a club that joined is pulled from the start. True when the pull must start again."""
        known = self.store.get_setting("sync_clubs")
        if known is not None and set(known) == clubs:
            return False
        gone = set(known or []) - clubs
        joined = bool(clubs - set(known or [])) and known is not None
        orphaned: set[str] = set()
        with self.store.applying_sync() as session:
            if gone:
                orphaned = set(session.scalars(select(Photo.sha256).where(Photo.club_id.in_(gone))))
                for model in reversed(SYNCED_MODELS):  # children first
                    column = model.id if model.__tablename__ == "club" else getattr(model, "club_id", None)
                    if column is not None:
                        session.execute(delete(model).where(column.in_(gone)))
                orphaned -= set(session.scalars(select(Photo.sha256)))  # still shown by a club that stays
            if joined:
                session.merge(KeyValue(key="sync_pulled_seq", value=0))
            session.merge(KeyValue(key="sync_clubs", value=sorted(clubs)))
        for sha256 in orphaned:
            self.store.blobs.path_for(sha256).unlink(missing_ok=True)
        return joined

    def repair_after_restore(self, high: int) -> int:
        """Queue every record of this club again (parents first), as edits made on the version the restored
        server still has, and every photo's bytes; the pull mark goes back to the start. Returns how many."""
        club_id = self.store.get_setting("sync_club_id")
        queued = 0
        with self.store.applying_sync() as session:
            for model in SYNCED_MODELS:
                table = model.__tablename__  # type: ignore[attr-defined]
                if table not in DEVICE_WRITABLE or not club_id:
                    continue
                columns = field_columns(inspect(model))
                query = select(model).where(model.club_id == club_id, model.server_seq.is_not(None))
                for row in session.scalars(query.order_by(model.created_at)):
                    base = min(int(row.server_seq), high)
                    session.add(OutboxChange(change_id=new_id(), entity_type=table, entity_id=row.id,
                                             club_id=club_id, base_seq=base,
                                             fields={key: to_json(getattr(row, key)) for key in columns}))
                    row.server_seq = base
                    row.field_seqs = {key: min(int(seq), high) for key, seq in (row.field_seqs or {}).items()}
                    queued += 1
            for photo in session.scalars(select(Photo).where(Photo.club_id == club_id)):
                if self.store.blobs.has(photo.sha256) and session.get(OutboxBlob, photo.sha256) is None:
                    session.add(OutboxBlob(sha256=photo.sha256, size_bytes=photo.size_bytes))
                    session.flush()
            session.merge(KeyValue(key="sync_pulled_seq", value=0))
        return queued

    def apply_rows(self, rows: list[dict[str, Any]], mark: int) -> None:
        """Pulled rows and the mark after them, in one transaction that queues nothing; derived caches redone."""
        order = {model.__tablename__: n for n, model in enumerate(SYNCED_MODELS)}  # type: ignore[attr-defined]
        rows = sorted(rows, key=lambda m: (order.get(m.get("entity_type"), len(order)), m.get("server_seq") or 0))
        with self.store.applying_sync() as session:
            # parents before children; a row pointing to one of its own table later in the page waits for commit
            session.execute(text("PRAGMA defer_foreign_keys = ON"))
            known: dict[tuple[str, str], Any] = {}  # one query per table, not one per row
            for entity_type in {m.get("entity_type") for m in rows}:
                if entity_type in MODEL_BY_TABLE:
                    ids = [m["id"] for m in rows if m.get("entity_type") == entity_type]
                    known.update({(entity_type, key): row for key, row in
                                  rows_by_key(session, MODEL_BY_TABLE[entity_type], ids).items()})
            pending = self._pending_fields(session)
            touched_issues: set[str] = set()
            touched_reviews: set[tuple[str, str]] = set()
            for message in rows:
                keep = pending.get(message["id"], set())
                if message.get("entity_type") == "member" and (message.get("fields") or {}).get("erased_at"):
                    keep = set()  # an erasure wins over any edit of the person still waiting here
                row = self._apply(session, message, keep, known)
                if not keep and isinstance(row, Member) and row.erased_at is not None:
                    session.flush()
                    scrub_erased_member(session, row)
                if isinstance(row, IssueEvent):
                    touched_issues.add(row.issue_id)
                elif isinstance(row, Issue):
                    touched_issues.add(row.id)
                elif isinstance(row, ReviewEvent):
                    touched_reviews.add((row.entity_type, row.entity_id))
            session.flush()
            for issue_id in touched_issues:
                issue = session.get(Issue, issue_id)
                if issue is not None:
                    refresh_issue_state(session, issue)
            for entity_type, entity_id in touched_reviews:
                record = session.get(REVIEWABLE[entity_type], entity_id) if entity_type in REVIEWABLE else None
                if record is not None:
                    refresh_review_state(session, entity_type, record)
            save_mark(session, mark)


    def _push_photos(self, report: SyncReport, progress: Progress, stop: Callable[[], bool]) -> None:
        """Photo bytes the server lacks, in chunks; a broken upload resumes from the byte the server has."""
        with self.store.reading() as session:
            queued = list(session.scalars(select(OutboxBlob).order_by(OutboxBlob.queued_at)))
        total = sum(b.size_bytes for b in queued)
        finished = shown = 0
        for blob in queued:
            if stop():
                report.cancelled = True
                return
            if blob.sha256 in self._held_photos:
                continue  # its photo row waits for a student's consent: the bytes wait with it
            if not self.store.blobs.has(blob.sha256):
                continue  # the bytes are gone from this computer (a restored backup): nothing to send
            data = self.store.blobs.read(blob.sha256)
            if hashlib.sha256(data).hexdigest() != blob.sha256:  # checked here first: nothing damaged leaves
                reason = _("Its file was changed or damaged on this computer after it was added: add the photo "
                          "again from the camera or phone.")
                with self.store.applying_sync() as session:
                    session.get(OutboxBlob, blob.sha256).last_error = reason
                report.refused.append(_("photo {id}: {reason}").format(id=blob.sha256[:8], reason=reason))
                continue
            status = self._request("GET", f"/api/v1/blobs/{blob.sha256}/status")
            offset = int(status.get("received", 0)) if not status.get("have") else len(data)
            failures = furthest = 0
            while offset < len(data):
                if stop():
                    report.cancelled = True
                    return
                chunk = data[offset:offset + self.photo_chunk]
                try:
                    answer = self._request("PUT", f"/api/v1/blobs/{blob.sha256}", params={"offset": offset},
                                           content=chunk, headers={"content-type": "application/octet-stream"})
                except TooLarge:
                    if self.photo_chunk <= MIN_PHOTO_CHUNK:
                        raise
                    self.photo_chunk //= 2
                    continue
                except SyncError as exc:
                    failures += 1
                    if failures >= 3:  # e.g. the file was changed on disk after it was queued: its hash is wrong
                        raise SyncError(_("A photo could not be sent ({reason}). The other records were sent.").format(
                            reason=exc)) from exc
                    # a chunk whose answer was lost may have landed: ask where the server is, and go on from there
                    status = self._request("GET", f"/api/v1/blobs/{blob.sha256}/status")
                    offset = len(data) if status.get("have") else int(status.get("received", 0))
                    continue
                report.bytes_sent += len(chunk)
                offset = int(answer.get("received", offset + len(chunk)))
                if offset > furthest:  # further than ever: a bad link is slow, not broken
                    failures, furthest = 0, offset
                shown = max(shown, finished + offset)  # what the server holds; never shown going back
                progress(shown, total, _("Sending photos: {done} of {total} KB").format(
                    done=shown // 1024, total=total // 1024))
            with self.store.applying_sync() as session:
                session.execute(delete(OutboxBlob).where(OutboxBlob.sha256 == blob.sha256))
            finished += len(data)
            report.photos_sent += 1

    def _pull_photos(self, report: SyncReport, progress: Progress, stop: Callable[[], bool]) -> None:
        """Bytes of photos whose rows arrived; each checked against its hash before it is kept."""
        with self.store.reading() as session:
            wanted = sorted({sha for sha in session.scalars(select(Photo.sha256).where(Photo.deleted_at.is_(None)))
                             if not self.store.blobs.has(sha)})
        for index, sha256 in enumerate(wanted):
            if stop():
                report.cancelled = True
                return
            data = self._request("GET", f"/api/v1/blobs/{sha256}", raw=True)
            if hashlib.sha256(data).hexdigest() != sha256:
                raise SyncError(_("A photo arrived damaged; sync again to fetch it again."))
            self.store.blobs.put(data)
            report.photos_received += 1
            report.bytes_received += len(data)
            progress(index + 1, len(wanted), _("Receiving photos: {done} of {total}").format(
                done=index + 1, total=len(wanted)))

    @staticmethod
    def _pending_fields(session) -> dict[str, set[str]]:
        """Fields edited here and not yet accepted by the server: a pulled older version must not undo them."""
        pending: dict[str, set[str]] = {}
        for change in session.scalars(select(OutboxChange).where(OutboxChange.refused_reason.is_(None))):
            pending.setdefault(change.entity_id, set()).update(change.fields)
        return pending

    @staticmethod
    def _apply(session, message: dict[str, Any], keep: set[str], known: dict[tuple[str, str], Any]) -> Any:
        model = MODEL_BY_TABLE.get(message.get("entity_type"))
        if model is None:
            return None
        columns = field_columns(inspect(model))
        values = {key: from_json(columns[key], value) for key, value in message["fields"].items()
                  if key in columns and key not in keep}
        meta = {"server_seq": message["server_seq"], "field_seqs": message.get("field_seqs") or {}}
        key = (message["entity_type"], message["id"])
        row = known[key] if key in known else session.get(model, message["id"])
        if row is not None and (row.server_seq or 0) > message["server_seq"]:
            return row  # we hold a newer version already (an older bundle imported late)
        if row is None:
            row = model(id=message["id"], origin_device=message.get("origin_device"), **values, **meta)
            session.add(row)
            known[key] = row  # the same row twice in a page (pulled ahead, then in its turn)
        else:
            for key, value in values.items():
                setattr(row, key, value)
            for key, value in meta.items():
                setattr(row, key, value)
        created = message.get("created_at")
        if created:  # the server's time, on every peer: ties between events break the same way everywhere
            row.created_at = datetime.fromisoformat(created)
        return row

    # -- transport --------------------------------------------------------------------------------------------
    def _request(self, method: str, path: str, *, base: str | None = None, token: str | None = "stored",
                 raw: bool = False, headers: dict[str, str] | None = None, **kwargs: Any) -> Any:
        base = base or self.store.get_setting("server_url", "")
        headers = {**(headers or {}), "X-Clubapp-Protocol": str(PROTOCOL)}
        if token == "stored":
            headers["Authorization"] = f"Bearer {self.store.get_setting('sync_token', '')}"
        response = None
        for attempt, pause in enumerate(self.retry_pauses):  # every request is safe to repeat (see module doc)
            try:
                url = base.rstrip("/") + path
                http = getattr(self._local, "http", None)
                if http is not None:
                    response = http.request(method, url, headers=headers, **kwargs)
                else:
                    with httpx.Client(timeout=TIMEOUT, transport=self.transport) as http:
                        response = http.request(method, url, headers=headers, **kwargs)
                if response.status_code not in RETRY_STATUS:
                    if raw or response.status_code >= 400:
                        break
                    response.json()  # a truncated body is retried like a dropped connection
                    break
            except (httpx.HTTPError, ValueError) as exc:
                if attempt == len(self.retry_pauses) - 1:
                    raise SyncError(_("The server could not be reached ({reason}). Nothing was lost: what is not sent stays "
                                      "queued; try again when the connection is back.").format(reason=type(exc).__name__)) from exc
            time.sleep(pause)
        if response.status_code == 426:
            raise SyncError(_detail(response) or _("Update clubapp: the server needs a newer version."))
        if response.status_code == 413:
            raise TooLarge(_("The network refused a request as too large."))
        if response.status_code in (401, 403):
            detail = _detail(response)
            raise SyncError(detail or _("The server refused this computer: enrol it again."))
        if response.status_code >= 400:
            raise SyncError(_("The server answered with an error ({status}): {detail}").format(
                status=response.status_code, detail=_detail(response)))
        if raw:
            return response.content
        try:
            return response.json()
        except ValueError as exc:
            raise SyncError(_("The server's answer was damaged; try again.")) from exc


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else _("at an unknown time")


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail", "")
    except ValueError:
        return response.text[:200]
    return detail if isinstance(detail, str) else str(detail)[:200]


def save_mark(session, mark: int) -> None:
    """The pull mark, saved in the transaction of the rows before it; an older bundle never moves it back."""
    current = session.get(KeyValue, "sync_pulled_seq")
    if current is None or int(current.value or 0) < mark:
        session.merge(KeyValue(key="sync_pulled_seq", value=mark))
