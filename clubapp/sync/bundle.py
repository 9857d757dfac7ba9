"""Sync by USB stick, for schools without internet: the same messages as network sync, in a zip file.

A computer writes its queued changes and photo bytes (`clubapp bundle export`); the server imports them and
writes a return bundle with its answers and what is new for that computer (`clubapp-server import-bundle`); the
computer imports that (`clubapp bundle import`). The guarantees are the network's: changes are answered by id
(importing twice changes nothing), photos are checked by hash, an older return bundle imported after a newer one
never moves anything back. Bundles are signed (HMAC-SHA256) with a key only the enrolled computer and the server
know (the SHA-256 of the device token), so a bundle cannot be forged or altered on the way.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..services.local_settings import Key, LocalSettings
from ..store.base import utcnow
from ..store.local import LocalStore
from ..store.sync_tables import OutboxBlob, OutboxChange
from ..words import _
from .client import SyncClient, SyncError, SyncReport
from .consent import held_for_consent

FORMAT = 1
MAX_BUNDLE_BYTES = 2 * 1024 ** 3


def sign(key_hex: str, *parts: bytes) -> str:
    mac = hmac.new(bytes.fromhex(key_hex), digestmod=hashlib.sha256)
    for part in parts:
        mac.update(hashlib.sha256(part).digest())
    return mac.hexdigest()


def read_bundle(path: Path, key_for: Any) -> tuple[dict[str, Any], dict[str, bytes], zipfile.ZipFile]:
    """Open a bundle, find its key from the manifest (`key_for(manifest)`), check the signature."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size > MAX_BUNDLE_BYTES:
        raise SyncError(_("That is not a sync bundle (missing, or too large)."))
    try:
        archive = zipfile.ZipFile(path)
        manifest_bytes = archive.read("manifest.json")
        payload = archive.read("payload.json")
        signature = archive.read("signature.txt").decode().strip()
        manifest = json.loads(manifest_bytes)
    except (zipfile.BadZipFile, KeyError, ValueError, UnicodeDecodeError) as exc:
        raise SyncError(_("That file is not a clubapp sync bundle, or it is damaged.")) from exc
    if manifest.get("format") != FORMAT:
        raise SyncError(_("This bundle was written by another version of clubapp."))
    key = key_for(manifest)
    if not key or not hmac.compare_digest(sign(key, manifest_bytes, payload), signature):
        raise SyncError(_("This bundle's signature does not match: it was changed, or it is not for this computer."))
    return manifest, {"payload": payload}, archive


def write_bundle(out: Path, key_hex: str, manifest: dict[str, Any], payload: dict[str, Any],
                 blobs: dict[str, bytes]) -> None:
    manifest_bytes = json.dumps(manifest, indent=1).encode()
    payload_bytes = json.dumps(payload).encode()
    partial = Path(str(out) + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", manifest_bytes)
        archive.writestr("payload.json", payload_bytes)
        for sha256, data in blobs.items():
            archive.writestr(f"photos/{sha256}", data, compress_type=zipfile.ZIP_STORED)  # JPEGs do not shrink
        archive.writestr("signature.txt", sign(key_hex, manifest_bytes, payload_bytes))
    partial.replace(out)


def device_key(store: LocalStore) -> str:
    token = store.get_setting(Key.SYNC_TOKEN)
    if not token:
        raise SyncError(_("This computer is not enrolled with a club yet: enrol it once (online), then use bundles."))
    return hashlib.sha256(token.encode()).hexdigest()


def export_bundle(store: LocalStore, out: Path) -> dict[str, int]:
    """Everything this computer has not had acknowledged, for the server."""
    key = device_key(store)
    with store.reading() as session:
        held = held_for_consent(session)  # a student's records wait for consent, by USB stick as by network
        changes = [c for c in session.scalars(select(OutboxChange).where(OutboxChange.refused_reason.is_(None))
                                              .order_by(OutboxChange.seq)) if c.seq not in held.changes]
        queued = [b.sha256 for b in session.scalars(select(OutboxBlob)) if b.sha256 not in held.photos]
    blobs = {sha: store.blobs.read(sha) for sha in queued if store.blobs.has(sha)}
    settings = LocalSettings(store)
    manifest = {"format": FORMAT, "kind": "from-device", "device_id": settings.device_id,
                "pulled_seq": settings.pulled_seq,
                "created_at": utcnow().isoformat(timespec="seconds")}
    write_bundle(Path(out), key, manifest, {"changes": SyncClient.outbox_messages(changes)}, blobs)
    return {"changes": len(changes), "photos": len(blobs), "waiting_for_consent": len(held.changes)}


def import_return_bundle(store: LocalStore, path: Path) -> SyncReport:
    """The server's answers and what is new: applied as a network sync would apply them."""
    key = device_key(store)
    manifest, parts, archive = read_bundle(path, lambda m: key if m.get("kind") == "to-device" else None)
    if manifest.get("device_id") != LocalSettings(store).device_id:
        raise SyncError(_("This bundle was made for another computer."))
    payload = json.loads(parts["payload"])
    client = SyncClient(store)
    report = SyncReport()
    answers = payload.get("answers", [])
    ids = [a.get("change_id") for a in answers]
    with store.reading() as session:
        batch = list(session.scalars(select(OutboxChange).where(OutboxChange.change_id.in_(ids))))
    client.apply_answers(batch, answers, report)
    with store.applying_sync() as session:  # photos the server has now: no longer queued here
        for sha256 in payload.get("photos_received", []):
            blob = session.get(OutboxBlob, sha256)
            if blob is not None:
                session.delete(blob)
                report.photos_sent += 1
    rows = payload.get("rows", [])
    if rows:
        client.apply_rows(rows, int(payload.get("next", 0)))
        report.pulled = len(rows)
    for name in archive.namelist():
        if name.startswith("photos/"):
            data = archive.read(name)
            if hashlib.sha256(data).hexdigest() == name.removeprefix("photos/"):
                store.blobs.put(data)
                report.photos_received += 1
    LocalSettings(store).mark_synced(utcnow().isoformat(timespec="seconds"))
    return report
