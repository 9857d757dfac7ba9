"""The sync client of a desktop install: enrol with a club's code, then push what is queued and pull what is new.

Push first, then pull, a batch at a time. An outbox entry leaves the queue only when the server has answered for
it (accepted, or refused with a reason kept for the teacher); a batch whose answer is lost is simply sent again,
and the server answers a change it has seen with the answer it gave the first time. Pulled rows are written in
a transaction that queues nothing (they are the server's already), with the mark of the last row applied saved in
the same transaction: a sync stopped at any point starts again where it stopped, and nothing is lost or doubled.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx
from sqlalchemy import delete, inspect, select

from ..services.errors import ServiceError
from ..services.issues import refresh_issue_state
from ..services.reviews import REVIEWABLE, refresh_review_state
from ..store.base import utcnow
from ..store.fields import field_columns, from_json
from ..store.local import LocalStore
from ..store.models import MODEL_BY_TABLE, Conflict, Issue, IssueEvent, Photo, ReviewEvent
from ..store.sync_tables import KeyValue, OutboxBlob, OutboxChange

PUSH_BATCH = 200
RETRY_PAUSES = (0.2, 0.5, 1.0, 2.0, 0.0)  # a bounded back-off: five tries, then the person is told
RETRY_STATUS = {429, 500, 502, 503, 504}
PHOTO_CHUNK = 256 * 1024
TIMEOUT = httpx.Timeout(30.0, connect=10.0)
Progress = Callable[[int, int, str], None]


class SyncError(ServiceError):
    """Sync could not finish; what was not sent is still queued."""


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

    def __str__(self) -> str:
        text = (f"{self.pushed} change(s) and {self.photos_sent} photo(s) sent, {self.pulled} change(s) and "
                f"{self.photos_received} photo(s) received")
        if self.refused:
            text += f", {len(self.refused)} refused"
        return text + (" (stopped)" if self.cancelled else "")


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

    # -- enrolment --------------------------------------------------------------------------------------------
    def is_enrolled(self) -> bool:
        return bool(self.store.get_setting("sync_token"))

    def enroll(self, server_url: str, code: str, device_name: str = "") -> dict[str, Any]:
        server_url = server_url.strip().rstrip("/")
        if not server_url.startswith(("http://", "https://")):
            raise SyncError("The server address starts with https:// (or http://).")
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
            raise SyncError("This computer is not connected to a club on a server yet: enrol it first.")
        report = SyncReport()
        started = time.perf_counter()
        stop = cancelled or (lambda: False)
        progress = progress or (lambda *_: None)
        self._push(report, progress, stop)
        if not report.cancelled:
            self._push_photos(report, progress, stop)
        if not report.cancelled:
            self._pull(report, progress, stop)
        if not report.cancelled:
            self._pull_photos(report, progress, stop)
        if not report.cancelled:
            self.store.set_setting("last_sync_at", utcnow().isoformat(timespec="seconds"))
        report.seconds = time.perf_counter() - started
        return report

    def state(self) -> SyncState:
        with self.store.reading() as session:
            count = len(list(session.scalars(select(OutboxChange.seq).where(OutboxChange.refused_reason.is_(None)))))
            refused = [f"{r.entity_type} {r.entity_id[:8]}: {r.refused_reason}" for r in
                       session.scalars(select(OutboxChange).where(OutboxChange.refused_reason.is_not(None)))]
            conflicts = [f"{c.entity_type} {c.entity_id[:8]}, {c.field}: kept {c.kept_value!r} (saved "
                         f"{_when(c.kept_at)}); computer {str(c.other_device)[:8]} wrote {c.other_value!r} "
                         f"({_when(c.other_at)})" for c in
                         session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None),
                                                                Conflict.deleted_at.is_(None)))]
        return SyncState(self.store.get_setting("server_url", "") or "", self.is_enrolled(),
                         self.store.get_setting("last_sync_at"), count, refused, conflicts)

    def _push(self, report: SyncReport, progress: Progress, stop: Callable[[], bool]) -> None:
        with self.store.reading() as session:
            total = len(list(session.scalars(select(OutboxChange.seq).where(OutboxChange.refused_reason.is_(None)))))
        done = 0
        while True:
            if stop():
                report.cancelled = True
                return
            with self.store.reading() as session:
                batch = list(session.scalars(select(OutboxChange).where(OutboxChange.refused_reason.is_(None))
                                             .order_by(OutboxChange.seq).limit(PUSH_BATCH)))
            if not batch:
                return
            changes = self.outbox_messages(batch)
            answer = self._request("POST", "/api/v1/push", json={"changes": changes})
            self.apply_answers(batch, answer.get("results", []), report)
            done += len(batch)
            progress(done, total, f"Sending changes: {done} of {total}")

    @staticmethod
    def outbox_messages(batch: list[OutboxChange]) -> list[dict[str, Any]]:
        return [{"change_id": c.change_id, "entity_type": c.entity_type, "entity_id": c.entity_id,
                 "club_id": c.club_id, "fields": c.fields, "base_seq": c.base_seq} for c in batch]

    def apply_answers(self, batch: list[OutboxChange], results: list[dict[str, Any]], report: SyncReport) -> None:
        """The server's answers for queued changes: accepted ones leave the queue, refused ones keep the reason."""
        by_id = {r.get("change_id"): r for r in results}
        with self.store.applying_sync() as session:
            for change in batch:
                result = by_id.get(change.change_id)
                row = session.get(OutboxChange, change.seq)
                if result is None or row is None:
                    continue  # not answered (stays queued), or answered before (a bundle imported twice)
                if result.get("status") == "accepted":
                    self._mark_accepted(session, change, int(result.get("server_seq") or 0))
                    session.execute(delete(OutboxChange).where(OutboxChange.seq == change.seq))
                    report.pushed += 1
                else:
                    row.refused_reason = str(result.get("reason") or "refused")[:500]
                    row.attempts += 1
                    report.refused.append(f"{change.entity_type}: {row.refused_reason}")

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
            rows = page.get("rows", [])
            if rows:
                self.apply_rows(rows, int(page["next"]))
                report.pulled += len(rows)
                progress(report.pulled, report.pulled + (PUSH_BATCH if page.get("more") else 0),
                         f"Receiving: {report.pulled} records")
            if not page.get("more"):
                return

    def apply_rows(self, rows: list[dict[str, Any]], mark: int) -> None:
        """Pulled rows and the mark after them, in one transaction that queues nothing; derived caches redone."""
        with self.store.applying_sync() as session:
            pending = self._pending_fields(session)
            touched_issues: set[str] = set()
            touched_reviews: set[tuple[str, str]] = set()
            for message in rows:
                row = self._apply(session, message, pending.get(message["id"], set()))
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
        for blob in queued:
            if stop():
                report.cancelled = True
                return
            if not self.store.blobs.has(blob.sha256):
                continue  # the bytes are gone from this computer (a restored backup): nothing to send
            status = self._request("GET", f"/api/v1/blobs/{blob.sha256}/status")
            data = self.store.blobs.read(blob.sha256)
            offset = int(status.get("received", 0)) if not status.get("have") else len(data)
            failures = 0
            while offset < len(data):
                if stop():
                    report.cancelled = True
                    return
                chunk = data[offset:offset + PHOTO_CHUNK]
                try:
                    answer = self._request("PUT", f"/api/v1/blobs/{blob.sha256}", params={"offset": offset},
                                           content=chunk, headers={"content-type": "application/octet-stream"})
                except SyncError as exc:
                    failures += 1
                    if failures >= 3:  # e.g. the file was changed on disk after it was queued: its hash is wrong
                        raise SyncError(f"A photo could not be sent ({exc}). The other records were sent.") from exc
                    # a chunk whose answer was lost may have landed: ask where the server is, and go on from there
                    status = self._request("GET", f"/api/v1/blobs/{blob.sha256}/status")
                    offset = len(data) if status.get("have") else int(status.get("received", 0))
                    continue
                report.bytes_sent += len(chunk)
                offset = int(answer.get("received", offset + len(chunk)))
                progress(report.bytes_sent, total, f"Sending photos: {report.bytes_sent // 1024} of "
                                                   f"{total // 1024} KB")
            with self.store.applying_sync() as session:
                session.execute(delete(OutboxBlob).where(OutboxBlob.sha256 == blob.sha256))
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
                raise SyncError("A photo arrived damaged; sync again to fetch it again.")
            self.store.blobs.put(data)
            report.photos_received += 1
            report.bytes_received += len(data)
            progress(index + 1, len(wanted), f"Receiving photos: {index + 1} of {len(wanted)}")

    @staticmethod
    def _pending_fields(session) -> dict[str, set[str]]:
        """Fields edited here and not yet accepted by the server: a pulled older version must not undo them."""
        pending: dict[str, set[str]] = {}
        for change in session.scalars(select(OutboxChange).where(OutboxChange.refused_reason.is_(None))):
            pending.setdefault(change.entity_id, set()).update(change.fields)
        return pending

    @staticmethod
    def _apply(session, message: dict[str, Any], keep: set[str]) -> Any:
        model = MODEL_BY_TABLE.get(message.get("entity_type"))
        if model is None:
            return None
        columns = field_columns(inspect(model))
        values = {key: from_json(columns[key], value) for key, value in message["fields"].items()
                  if key in columns and key not in keep}
        meta = {"server_seq": message["server_seq"], "field_seqs": message.get("field_seqs") or {}}
        row = session.get(model, message["id"])
        if row is not None and (row.server_seq or 0) > message["server_seq"]:
            return row  # we hold a newer version already (an older bundle imported late)
        if row is None:
            row = model(id=message["id"], origin_device=message.get("origin_device"), **values, **meta)
            session.add(row)
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
        headers = dict(headers or {})
        if token == "stored":
            headers["Authorization"] = f"Bearer {self.store.get_setting('sync_token', '')}"
        response = None
        for attempt, pause in enumerate(RETRY_PAUSES):  # every request is safe to repeat (see module doc)
            try:
                with httpx.Client(base_url=base, timeout=TIMEOUT, transport=self.transport) as http:
                    response = http.request(method, path, headers=headers, **kwargs)
                if response.status_code not in RETRY_STATUS:
                    if raw or response.status_code >= 400:
                        break
                    response.json()  # a truncated body is retried like a dropped connection
                    break
            except (httpx.HTTPError, ValueError) as exc:
                if attempt == len(RETRY_PAUSES) - 1:
                    raise SyncError(f"The server could not be reached ({type(exc).__name__}). Nothing was lost: "
                                    "what is not sent stays queued; try again when the connection is back.") from exc
            time.sleep(pause)
        if response.status_code in (401, 403):
            detail = _detail(response)
            raise SyncError(detail or "The server refused this computer: enrol it again.")
        if response.status_code >= 400:
            raise SyncError(f"The server answered with an error ({response.status_code}): {_detail(response)}")
        if raw:
            return response.content
        try:
            return response.json()
        except ValueError as exc:
            raise SyncError("The server's answer was damaged; try again.") from exc


def save_mark(session, mark: int) -> None:
    """The pull mark, in the transaction of the rows it follows; an older bundle never moves it back."""
    current = session.get(KeyValue, "sync_pulled_seq")
    if current is None or int(current.value or 0) < mark:
        session.merge(KeyValue(key="sync_pulled_seq", value=mark))


def _when(moment: datetime | None) -> str:
    return moment.strftime("%d %b %Y %H:%M UTC") if moment else "at an unknown time"


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail", "")
    except ValueError:
        return response.text[:200]
    return detail if isinstance(detail, str) else str(detail)[:200]
