"""Photo bytes on the server: uploaded in chunks that can resume where a broken connection stopped, checked
against their SHA-256 before they are kept, and served only to devices of a club whose photo rows name them."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select

from ..store.database import Database
from ..store.models import Club, Photo
from ..store.sync_tables import Device
from .storage import check_name
from .store import ServerStore

MAX_CHUNK = 1024 * 1024
CHUNK_TOO_LARGE = f"Chunks are at most {MAX_CHUNK} bytes."


NO_PHOTO_ROW = "no-photo-row"  # no photo of this club names these bytes: the sender drops them, with the reason
NOT_UPLOADED = "not-uploaded-yet"  # the photo row is here, its bytes not yet: a reader tries again later


class BlobRefused(Exception):
    """A refusal, with its HTTP status and, for the two a client acts on, a stable code (X-Clubapp-Reason)."""

    def __init__(self, status: int, message: str, code: str = ""):
        super().__init__(message)
        self.status = status
        self.code = code


class BlobService:
    def __init__(self, store: ServerStore):
        self.db: Database = store.db
        self.blobs = store.blobs
        self.partial_dir = Path(store.data_dir) / "uploads"

    def _expected_size(self, device: Device, sha256: str, upload: bool = False) -> int:
        check_name(sha256)
        with self.db.reading() as session:
            if device.club_id is None and not upload:  # partner staff read their organisation's photos
                clubs = select(Club.id).where(Club.organisation_id == device.organisation_id)
                size = session.scalar(select(Photo.size_bytes).where(Photo.sha256 == sha256,
                                                                     Photo.club_id.in_(clubs)).limit(1))
            else:
                size = session.scalar(select(Photo.size_bytes).where(Photo.sha256 == sha256,
                                                                     Photo.club_id == device.club_id).limit(1))
        if size is None:
            raise BlobRefused(404, "No photo of this club has that content.", NO_PHOTO_ROW)
        return int(size)

    def _partial(self, sha256: str) -> Path:
        return self.partial_dir / f"{check_name(sha256)}.part"  # the name is checked before it makes a path

    def status(self, device: Device, sha256: str) -> dict[str, int | bool]:
        size = self._expected_size(device, sha256)
        if self.blobs.has(sha256):
            return {"have": True, "received": size, "size": size}
        partial = self._partial(sha256)
        return {"have": False, "received": partial.stat().st_size if partial.exists() else 0, "size": size}

    def receive(self, device: Device, sha256: str, offset: int, chunk: bytes) -> dict[str, int | bool]:
        size = self._expected_size(device, sha256, upload=True)
        if len(chunk) > MAX_CHUNK:
            raise BlobRefused(413, CHUNK_TOO_LARGE)
        if self.blobs.has(sha256):
            return {"have": True, "received": size, "size": size}
        partial = self._partial(sha256)
        partial.parent.mkdir(parents=True, exist_ok=True)
        received = partial.stat().st_size if partial.exists() else 0
        if offset != received:
            raise BlobRefused(409, f"Send from byte {received}.")
        if received + len(chunk) > size:
            partial.unlink(missing_ok=True)
            raise BlobRefused(422, "More bytes than the photo has: start again.")
        with partial.open("ab") as out:
            out.write(chunk)
        received += len(chunk)
        if received < size:
            return {"have": False, "received": received, "size": size}
        data = partial.read_bytes()
        partial.unlink(missing_ok=True)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise BlobRefused(422, "The photo arrived damaged (its content does not match its hash): send it again.")
        self.blobs.put(data)
        return {"have": True, "received": size, "size": size}

    def read(self, device: Device, sha256: str) -> bytes:
        self._expected_size(device, sha256)
        if not self.blobs.has(sha256):
            raise BlobRefused(404, "The server does not have this photo's bytes yet.", NOT_UPLOADED)
        return self.blobs.read(sha256)
