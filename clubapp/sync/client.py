"""The sync client of a desktop install, a thin facade over its parts: enrol with a club's code (enrolment.py),
then push what is queued (push.py) and its photos' bytes (photos.py), and pull what is new (pull.py), every
request through one transport (transport.py).

Push first, then pull, a batch at a time. An outbox entry leaves the queue only when the server has answered for
it; pulled rows are written with the mark after them in one transaction: a sync stopped at any point starts again
where it stopped, and nothing is lost or doubled.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
from sqlalchemy import func, select

from ..store.base import utcnow
from ..store.local import LocalStore
from ..store.models import Conflict
from ..store.sync_tables import OutboxBlob, OutboxChange
from ..words import _
from . import enrolment
from .bundle_keys import register_keys
from .lock import one_sync_at_a_time
from .photos import MIN_PHOTO_CHUNK, PHOTO_CHUNK, PhotoSync
from .pull import Puller, apply_rows, save_mark
from .push import DEVICE_WRITABLE, PUSH_BATCH, Pusher, apply_answers, outbox_messages, requeue_after_restore
from .report import SyncReport, SyncState, when
from .transport import PROTOCOL, RETRY_PAUSES, RETRY_STATUS, TIMEOUT, SyncError, TooLarge, Transport

__all__ = ["DEVICE_WRITABLE", "MIN_PHOTO_CHUNK", "PHOTO_CHUNK", "PROTOCOL", "PUSH_BATCH", "RETRY_PAUSES",
           "RETRY_STATUS", "TIMEOUT", "SyncClient", "SyncError", "SyncReport", "SyncState", "TooLarge", "save_mark"]
Progress = Callable[[int, int, str], None]


class SyncClient:
    def __init__(self, store: LocalStore, transport: httpx.BaseTransport | None = None):
        self.store = store
        self.transport = transport  # tests put a fault-injecting transport or proxy here
        self.http = Transport(store, transport, RETRY_PAUSES)
        self.pusher = Pusher(store, self.http)
        self.photos = PhotoSync(store, self.http)
        self.puller = Puller(store, self.http, self._resend_all)

    # the knobs tests and the UI read: kept on the facade
    @property
    def retry_pauses(self) -> tuple[float, ...]:
        return self.http.retry_pauses

    @retry_pauses.setter
    def retry_pauses(self, pauses: tuple[float, ...]) -> None:
        self.http.retry_pauses = pauses

    @property
    def push_batch(self) -> int:
        return self.pusher.batch

    @push_batch.setter
    def push_batch(self, size: int) -> None:
        self.pusher.batch = size

    @property
    def photo_chunk(self) -> int:
        return self.photos.chunk

    @photo_chunk.setter
    def photo_chunk(self, size: int) -> None:
        self.photos.chunk = size

    # -- enrolment --------------------------------------------------------------------------------------------
    def is_enrolled(self) -> bool:
        return enrolment.is_enrolled(self.store)

    def enroll(self, server_url: str, code: str, device_name: str = "") -> dict[str, Any]:
        answer = enrolment.enroll(self.store, self.http, server_url, code, device_name)
        register_keys(self.store, self.http)  # for USB bundles, while online
        return answer

    def enroll_partner(self, server_url: str, username: str, password: str) -> dict[str, Any]:
        """Partner staff: this computer will read, not change, the clubs of the account's organisation."""
        return enrolment.enroll_partner(self.store, self.http, server_url, username, password)

    # -- sync -------------------------------------------------------------------------------------------------
    def sync(self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> SyncReport:
        if not self.is_enrolled():
            raise SyncError(_("This computer is not connected to a club on a server yet: enrol it first."))
        report = SyncReport()
        started = time.perf_counter()
        stop = cancelled or (lambda: False)
        progress = progress or (lambda *_: None)
        with one_sync_at_a_time(self.store), self.http.connection():
            register_keys(self.store, self.http)  # once: enrolled before bundles were signed this way
            self._push(report, progress, stop)
            register_keys(self.store, self.http)  # a copied data folder's new identity gets its own keys
            if not report.cancelled:
                self._push_photos(report, progress, stop)
            if not report.cancelled:
                self.puller.pull(report, progress, stop)
            if not report.cancelled:
                self.photos.pull(report, progress, stop)
        if not report.cancelled:
            self.store.set_setting("last_sync_at", utcnow().isoformat(timespec="seconds"))
        report.seconds = time.perf_counter() - started
        return report

    def _push(self, report: SyncReport, progress: Progress, stop: Callable[[], bool]) -> None:
        self.pusher.push(report, progress, stop)

    def _push_photos(self, report: SyncReport, progress: Progress, stop: Callable[[], bool]) -> None:
        self.photos.push(report, progress, stop, held=self.pusher.held_photos)

    def _resend_all(self, high: int, report: SyncReport, progress: Progress, stop: Callable[[], bool]) -> None:
        """The server was restored from an older backup: queue this club's records again and send them."""
        self.repair_after_restore(high)
        self._push(report, progress, stop)
        if not report.cancelled:
            self._push_photos(report, progress, stop)

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
                                                  kept=repr(c.kept_value), kept_at=when(c.kept_at),
                                                  device=str(c.other_device)[:8], other=repr(c.other_value),
                                                  other_at=when(c.other_at)) for c in
                         session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None),
                                                                Conflict.deleted_at.is_(None)))]
        return SyncState(self.store.get_setting("server_url", "") or "", self.is_enrolled(),
                         self.store.get_setting("last_sync_at"), count, refused, conflicts)

    # -- shared with USB bundles (bundle.py) ------------------------------------------------------------------
    outbox_messages = staticmethod(outbox_messages)

    def apply_answers(self, batch: list[OutboxChange], results: list[dict[str, Any]], report: SyncReport) -> None:
        apply_answers(self.store, batch, results, report)

    def apply_rows(self, rows: list[dict[str, Any]], mark: int) -> None:
        apply_rows(self.store, rows, mark)

    def repair_after_restore(self, high: int) -> int:
        return requeue_after_restore(self.store, high)
