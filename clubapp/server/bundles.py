"""The server's side of USB sync: import a computer's bundle (the same checks as a network push), and write the
return bundle with the answers and what is new for that computer (the same rows as its pulls).

Keys (see clubapp/sync/bundle_format.py): each club computer registers, online, the public half of its Ed25519
key and its bundle secret (`POST /api/v1/bundle-keys`); the server signs return bundles with its own Ed25519 key,
kept in a file of its data folder, not in its database: a copy of the database can sign nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field
from sqlalchemy import select

from ..store.base import utcnow
from ..store.models import Photo
from ..store.sync_tables import Device, KeyValue
from ..sync.bundle import PHOTO_PREFIX
from ..sync.bundle_format import (
    BundleKeys,
    BundleRefused,
    json_entry,
    open_bundle,
    public_key,
    secret_bytes,
    write_bundle,
)
from ..sync.client import SyncError
from ..words import _
from .store import ServerStore
from .sync_service import MAX_CHANGES_PER_PUSH, SyncService

SIGNING_KEY_FILE = "bundle-signing.key"


def keys_setting(device_id: str) -> str:
    return f"bundle-keys:{device_id}"


def server_signing_key(store: ServerStore) -> Ed25519PrivateKey:
    """The server's bundle key, made on first use; readable by the server's account only."""
    path = Path(store.data_dir) / SIGNING_KEY_FILE
    if not path.is_file():
        partial = path.with_name(f"{path.name}.{os.getpid()}.{os.urandom(4).hex()}.part")  # one per writer
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w") as out:
                out.write(Ed25519PrivateKey.generate().private_bytes_raw().hex())
                out.flush()
                os.fsync(out.fileno())
            with contextlib.suppress(FileExistsError):  # two workers at once: the first one's key wins, for both
                os.link(partial, path)
        finally:
            partial.unlink(missing_ok=True)
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(path.read_text().strip()))


class BundleKeysRequest(BaseModel):
    public_key: str = Field(min_length=64, max_length=64, pattern="^[0-9a-f]{64}$")
    secret: str = Field(min_length=64, max_length=64, pattern="^[0-9a-f]{64}$")


def register_keys(store: ServerStore, device: Device, public: str, secret: str) -> str:
    """Keep a club computer's bundle keys (once: a second, different registration is refused); answer the
    server's public key."""
    if device.club_id is None:
        raise PermissionError(_("Partner staff computers do not use USB bundles."))
    with store.db.transaction() as session:
        row = session.get(KeyValue, keys_setting(device.id))
        wanted = {"public_key": public, "secret": secret}
        if row is None:
            session.add(KeyValue(key=keys_setting(device.id), value=wanted))
        elif row.value != wanted:
            raise ValueError(_("This computer registered other bundle keys before: enrol it again."))
    return server_signing_key(store).public_key().public_bytes_raw().hex()


def bundle_keys_router(store: ServerStore) -> APIRouter:
    router = APIRouter()

    @router.post("/api/v1/bundle-keys")
    def bundle_keys(body: BundleKeysRequest, request: Request) -> dict[str, str]:
        try:
            return {"server_public_key": register_keys(store, request.state.device, body.public_key, body.secret)}
        except PermissionError as exc:
            raise HTTPException(403, str(exc)) from exc
        except ValueError as exc:
            raise HTTPException(409, str(exc)) from exc

    return router


def _device_keys(store: ServerStore, header: dict[str, Any]) -> tuple[Device, BundleKeys]:
    if header.get("kind") != "from-device":
        raise BundleRefused(_("This is a return bundle the server wrote for a computer: take it to that computer."))
    with store.db.reading() as session:
        device = session.get(Device, header["device_id"])
        keys = session.get(KeyValue, keys_setting(header["device_id"]))
        keys = keys.value if keys is not None else None
    if device is None:
        raise BundleRefused(_("This bundle comes from a computer this server does not know."))
    if device.revoked_at is not None:
        raise BundleRefused(_("This bundle comes from a computer that was revoked on {date}: nothing from it is "
                              "accepted. Enrol the computer again if it should sync.").format(
                                  date=device.revoked_at.strftime("%Y-%m-%d")))
    if device.club_id is None:
        raise BundleRefused(_("Partner staff computers do not send bundles."))
    if not isinstance(keys, dict):
        raise BundleRefused(_("This computer has no bundle key on this server: sync it once online, then export "
                              "the bundle again."))
    return device, BundleKeys(secret_bytes(keys.get("secret")), public_key(keys.get("public_key")))


def import_device_bundle(store: ServerStore, path: Path, out: Path | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {}

    def keys_for(header: dict[str, Any]) -> BundleKeys:
        found["device"], keys = _device_keys(store, header)
        return keys

    bundle = open_bundle(path, keys_for)
    try:
        device = found["device"]
        payload = json_entry(bundle, "payload")
        changes = payload.get("changes")
        if not isinstance(changes, list) or not all(isinstance(c, dict) for c in changes):
            raise BundleRefused(_("This bundle's changes are not in the form clubapp writes."))
        sync = SyncService(store.db)
        answers: list[dict[str, Any]] = []
        for start in range(0, len(changes), MAX_CHANGES_PER_PUSH):
            answers += sync.push(device, changes[start:start + MAX_CHANGES_PER_PUSH])
        received = _receive_photos(store, device, bundle)
    finally:
        bundle.close()
    summary = {"answered": len(answers), "accepted": sum(a.get("status") == "accepted" for a in answers),
               "photos": len(received)}
    if out is not None:
        summary["rows"] = _write_return(store, device, sync, Path(out), answers, received,
                                        payload.get("pulled_seq"), secret_bytes_of(store, device))
    return summary


def _receive_photos(store: ServerStore, device: Device, bundle) -> list[str]:
    with store.db.reading() as session:
        wanted = set(session.scalars(select(Photo.sha256).where(Photo.club_id == device.club_id)))
    received = []
    for name in bundle.names():
        sha256 = name.removeprefix(PHOTO_PREFIX)
        if name.startswith(PHOTO_PREFIX) and sha256 in wanted:
            data = bundle.read(name)
            if hashlib.sha256(data).hexdigest() == sha256:  # a damaged photo is left queued on the computer
                store.blobs.put(data)
                received.append(sha256)
    return received


def secret_bytes_of(store: ServerStore, device: Device) -> bytes:
    with store.db.reading() as session:
        return secret_bytes(session.get(KeyValue, keys_setting(device.id)).value["secret"])


def _write_return(store: ServerStore, device: Device, sync: SyncService, out: Path, answers: list[dict[str, Any]],
                  received: list[str], pulled_seq: Any, secret: bytes) -> int:
    rows: list[dict[str, Any]] = []
    mark = pulled_seq if isinstance(pulled_seq, int) and pulled_seq >= 0 else 0
    while True:
        page = sync.pull(device, mark)
        rows += page["rows"]
        mark = page["next"]
        if not page["more"]:
            break
    photo_rows = sorted({r["fields"]["sha256"] for r in rows if r["entity_type"] == "photo"})
    payload = {"answers": answers, "photos_received": received, "rows": rows, "next": mark}
    entries = [("payload", lambda: json.dumps(payload).encode())]
    entries += [(PHOTO_PREFIX + sha, lambda sha=sha: store.blobs.read(sha)) for sha in photo_rows
                if store.blobs.has(sha)]
    write_bundle(out, header={"kind": "to-device", "device_id": device.id,
                              "created_at": utcnow().isoformat(timespec="seconds")},
                 secret=secret, signer=server_signing_key(store), entries=entries)
    return len(rows)


__all__ = ["SyncError", "bundle_keys_router", "import_device_bundle", "register_keys", "server_signing_key"]
