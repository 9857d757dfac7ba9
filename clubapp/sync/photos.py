"""Photo bytes, apart from their rows: sent in chunks that resume from the byte the server holds, received whole,
and every file checked against its SHA-256 before it is sent or kept."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from sqlalchemy import delete, select

from ..store.local import LocalStore
from ..store.models import Photo
from ..store.sync_tables import OutboxBlob, OutboxChange
from ..words import _
from .report import SyncReport
from .transport import NotOnServer, SyncError, TooLarge, Transport

PHOTO_CHUNK = 256 * 1024
MIN_PHOTO_CHUNK = 16 * 1024
Progress = Callable[[int, int, str], None]


class PhotoSync:
    def __init__(self, store: LocalStore, http: Transport):
        self.store = store
        self.http = http
        self.chunk = PHOTO_CHUNK  # halved when a proxy answers 413

    def push(self, report: SyncReport, progress: Progress, stop: Callable[[], bool],
             held: set[str] = frozenset()) -> None:  # type: ignore[assignment]
        """Photo bytes the server lacks, in chunks; a broken upload resumes from the byte the server has."""
        self._drop_refused()
        with self.store.reading() as session:
            queued = list(session.scalars(select(OutboxBlob).order_by(OutboxBlob.queued_at)))
        total = sum(b.size_bytes for b in queued)
        finished = shown = 0
        for blob in queued:
            if stop():
                report.cancelled = True
                return
            if blob.sha256 in held:
                continue  # its photo row waits for a student's consent: the bytes wait with it
            if not self.store.blobs.has(blob.sha256):
                continue  # the bytes are gone from this computer (a restored backup): nothing to send
            data = self.store.blobs.read(blob.sha256)
            if hashlib.sha256(data).hexdigest() != blob.sha256:  # checked here first: nothing damaged leaves
                self._set_aside(blob.sha256, _("Its file was changed or damaged on this computer after it was "
                                               "added: add the photo again from the camera or phone."), report)
                continue
            try:
                sent = self._upload(blob.sha256, data, report, progress, stop, finished, total, shown)
            except NotOnServer as exc:  # its row is not the server's (yet): the other photos and the pull go on
                self._set_aside(blob.sha256, _("The server has no record of this photo for this club ({reason}); "
                                               "it stays on this computer and is tried again at the next "
                                               "sync.").format(reason=exc), report)
                continue
            if sent is None:
                return  # stopped
            shown = sent
            with self.store.applying_sync() as session:
                session.execute(delete(OutboxBlob).where(OutboxBlob.sha256 == blob.sha256))
            finished += len(data)
            report.photos_sent += 1

    def _upload(self, sha256: str, data: bytes, report: SyncReport, progress: Progress, stop: Callable[[], bool],
                finished: int, total: int, shown: int) -> int | None:
        """Send what the server lacks of one photo; returns the progress shown, or None when stopped."""
        status = self.http.request("GET", f"/api/v1/blobs/{sha256}/status")
        offset = int(status.get("received", 0)) if not status.get("have") else len(data)
        failures = furthest = 0
        while offset < len(data):
            if stop():
                report.cancelled = True
                return None
            chunk = data[offset:offset + self.chunk]
            try:
                answer = self.http.request("PUT", f"/api/v1/blobs/{sha256}", params={"offset": offset},
                                           content=chunk, headers={"content-type": "application/octet-stream"})
            except TooLarge:
                if self.chunk <= MIN_PHOTO_CHUNK:
                    raise
                self.chunk //= 2
                continue
            except SyncError as exc:
                failures += 1
                if failures >= 3:  # e.g. the file was changed on disk after it was queued: its hash is wrong
                    raise SyncError(_("A photo could not be sent ({reason}). The other records were sent.").format(
                        reason=exc)) from exc
                # a chunk whose answer was lost may have landed: ask where the server is, and go on from there
                status = self.http.request("GET", f"/api/v1/blobs/{sha256}/status")
                offset = len(data) if status.get("have") else int(status.get("received", 0))
                continue
            report.bytes_sent += len(chunk)
            offset = int(answer.get("received", offset + len(chunk)))
            if offset > furthest:  # further than ever: a bad link is slow, not broken
                failures, furthest = 0, offset
            shown = max(shown, finished + offset)  # what the server holds; never shown going back
            progress(shown, total, _("Sending photos: {done} of {total} KB").format(
                done=shown // 1024, total=total // 1024))
        return shown

    def _drop_refused(self) -> None:
        """Bytes whose photo row the server refused (e.g. another club has the same picture) leave the upload
        queue: the row's refusal, with its reason, is what the teacher reads on the Sync page; the photo stays
        on this computer."""
        with self.store.applying_sync() as session:
            refused = set(session.scalars(
                select(Photo.sha256).join(OutboxChange, OutboxChange.entity_id == Photo.id)
                .where(OutboxChange.entity_type == "photo", OutboxChange.refused_reason.is_not(None))))
            accepted_elsewhere = set(session.scalars(  # another row of this computer with those bytes still goes
                select(Photo.sha256).where(Photo.sha256.in_(refused), Photo.server_seq.is_not(None))))
            gone = refused - accepted_elsewhere
            if gone:
                session.execute(delete(OutboxBlob).where(OutboxBlob.sha256.in_(gone)))

    def _set_aside(self, sha256: str, reason: str, report: SyncReport) -> None:
        with self.store.applying_sync() as session:
            session.get(OutboxBlob, sha256).last_error = reason
        report.refused.append(_("photo {id}: {reason}").format(id=sha256[:8], reason=reason))

    def pull(self, report: SyncReport, progress: Progress, stop: Callable[[], bool]) -> None:
        """Bytes of photos whose rows arrived; each checked against its hash before it is kept."""
        with self.store.reading() as session:
            wanted = sorted({sha for sha in session.scalars(select(Photo.sha256).where(Photo.deleted_at.is_(None)))
                             if not self.store.blobs.has(sha)})
        for index, sha256 in enumerate(wanted):
            if stop():
                report.cancelled = True
                return
            try:
                data = self.http.request("GET", f"/api/v1/blobs/{sha256}", raw=True)
            except NotOnServer:  # its computer has not sent the bytes yet: the others come now, this one later
                report.photos_missing += 1
                continue
            if hashlib.sha256(data).hexdigest() != sha256:
                raise SyncError(_("A photo arrived damaged; sync again to fetch it again."))
            self.store.blobs.put(data)
            report.photos_received += 1
            report.bytes_received += len(data)
            progress(index + 1, len(wanted), _("Receiving photos: {done} of {total}").format(
                done=index + 1, total=len(wanted)))
