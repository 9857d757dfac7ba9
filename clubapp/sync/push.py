"""Pushing queued changes: a batch at a time, each leaving the queue only once the server has answered for it
(accepted, or refused with a reason kept for the teacher). A batch whose answer is lost is sent again unchanged.
Also the repair after a server restored from an older backup: every record of this club queued again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, func, inspect, select

from ..store.base import new_id
from ..store.database import rows_by_key
from ..store.fields import field_columns, to_json
from ..store.local import LocalStore
from ..store.models import MODEL_BY_TABLE, SYNCED_MODELS, Photo
from ..store.sync_tables import KeyValue, OutboxBlob, OutboxChange
from ..words import _
from .bundle_keys import SETTINGS as BUNDLE_KEY_SETTINGS
from .consent import held_for_consent
from .report import SyncReport
from .transport import SyncError, TooLarge, Transport

PUSH_BATCH = 200
Progress = Callable[[int, int, str], None]
# Rows a club's device may create or change (the server checks it too). Organisations, schools, clubs and
# conflicts are the server's.
DEVICE_WRITABLE = frozenset({"member", "account", "project", "visit", "visit_attendee", "issue", "issue_event",
                             "photo", "review_event", "certificate"})


class Pusher:
    def __init__(self, store: LocalStore, http: Transport):
        self.store = store
        self.http = http
        self.batch = PUSH_BATCH  # halved when a proxy answers 413, for the rest of this client's life
        self.held_photos: set[str] = set()  # photos whose rows wait for a student's consent (see consent.py)

    def push(self, report: SyncReport, progress: Progress, stop: Callable[[], bool]) -> None:
        with self.store.reading() as session:
            held = held_for_consent(session)
            total = session.scalar(select(func.count()).select_from(OutboxChange)
                                   .where(OutboxChange.refused_reason.is_(None))) - len(held.changes)
        if held:
            report.waiting_for_consent = held.summary()
        self.held_photos = held.photos
        done = after = 0
        handshake_done = False
        while True:
            if stop():
                report.cancelled = True
                return
            with self.store.reading() as session:
                page = list(session.scalars(select(OutboxChange).where(OutboxChange.refused_reason.is_(None),
                                                                       OutboxChange.seq > after)
                                            .order_by(OutboxChange.seq).limit(self.batch)))
            if not page:
                return
            batch = [change for change in page if change.seq not in held.changes]
            if not batch:
                after = page[-1].seq
                continue
            if done == 0 and not handshake_done:
                self.open_session()
                handshake_done = True
            try:
                answer = self.http.request("POST", "/api/v1/push", json={"changes": outbox_messages(batch)})
            except TooLarge:
                if self.batch == 1:
                    raise SyncError(_("One change is larger than the network lets through; it stays queued.")) from None
                self.batch = max(1, self.batch // 2)
                continue
            apply_answers(self.store, batch, answer.get("results", []), report)
            after = batch[-1].seq  # an unanswered change stays queued for the next sync, not this loop
            done += len(batch)
            progress(done, total, _("Sending changes: {done} of {total}").format(done=done, total=total))

    def open_session(self) -> None:
        """Before sending changes: name the last session and a new one (saved first, so a lost answer is sent
        again unchanged). If this data folder is a copy of another computer's, the server gives it its own
        identity, kept here from now on."""
        following = self.store.get_setting("sync_session_next") or new_id()
        self.store.set_setting("sync_session_next", following)
        answer = self.http.request("POST", "/api/v1/session",
                                   json={"previous": self.store.get_setting("sync_session"), "next": following})
        settings = {"sync_session": following, "sync_session_next": None}
        if answer.get("status") == "copy":  # a new identity gets its own bundle keys too (bundle_keys.py)
            settings |= {"sync_token": answer["token"], "sync_device_id": answer["device_id"],
                         **dict.fromkeys(BUNDLE_KEY_SETTINGS)}
        with self.store.applying_sync() as session:  # all at once: a crash here is a lost answer, sent again
            for key, value in settings.items():
                session.merge(KeyValue(key=key, value=value))


def outbox_messages(batch: list[OutboxChange]) -> list[dict[str, Any]]:
    return [{"change_id": c.change_id, "entity_type": c.entity_type, "entity_id": c.entity_id,
             "club_id": c.club_id, "fields": c.fields, "base_seq": c.base_seq} for c in batch]


def apply_answers(store: LocalStore, batch: list[OutboxChange], results: list[dict[str, Any]],
                  report: SyncReport) -> None:
    """The server's answers for queued changes: accepted ones leave the queue, refused ones keep the reason."""
    by_id = {r.get("change_id"): r for r in results if isinstance(r, dict) and isinstance(r.get("change_id"), str)}
    with store.applying_sync() as session:
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
                _mark_accepted(session, change, int(result.get("server_seq") or 0))
                done.append(change.seq)
                report.pushed += 1
            else:
                row.refused_reason = str(result.get("reason") or "refused")[:500]
                row.attempts += 1
                report.refused.append(f"{change.entity_type}: {row.refused_reason}")
        session.flush()
        for start in range(0, len(done), 500):  # acknowledged: they leave the queue, with the marks above
            session.execute(delete(OutboxChange).where(OutboxChange.seq.in_(done[start:start + 500])))


def _mark_accepted(session, change: OutboxChange, seq: int) -> None:
    model = MODEL_BY_TABLE.get(change.entity_type)
    row = session.get(model, change.entity_id) if model else None
    if row is not None and seq:
        row.server_seq = max(row.server_seq or 0, seq)
        row.field_seqs = {**(row.field_seqs or {}), **{key: seq for key in change.fields}}


def requeue_after_restore(store: LocalStore, high: int) -> int:
    """Queue every record of this club again (parents first), as edits made on the version the restored server
    still has, and every photo's bytes; the pull mark goes back to the start. Returns how many."""
    club_id = store.get_setting("sync_club_id")
    queued = 0
    with store.applying_sync() as session:
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
            if store.blobs.has(photo.sha256) and session.get(OutboxBlob, photo.sha256) is None:
                session.add(OutboxBlob(sha256=photo.sha256, size_bytes=photo.size_bytes))
                session.flush()
        session.merge(KeyValue(key="sync_pulled_seq", value=0))
    return queued
