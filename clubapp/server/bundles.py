"""The server's side of USB sync: import a computer's bundle (the same checks as a network push), and write the
return bundle with the answers and what is new for that computer (the same rows as its pulls)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..store.base import utcnow
from ..store.models import Photo
from ..store.sync_tables import Device
from ..sync.bundle import FORMAT, read_bundle, write_bundle
from ..sync.client import SyncError
from .store import ServerStore
from .sync_service import MAX_CHANGES_PER_PUSH, SyncService


def import_device_bundle(store: ServerStore, path: Path, out: Path | None = None) -> dict[str, Any]:
    with store.db.reading() as session:
        devices = {d.id: d for d in session.scalars(select(Device))}

    def key_for(manifest: dict[str, Any]) -> str | None:
        device = devices.get(manifest.get("device_id"))
        if manifest.get("kind") != "from-device" or device is None or device.revoked_at is not None:
            return None
        return device.token_hash

    manifest, parts, archive = read_bundle(path, key_for)
    device = devices[manifest["device_id"]]
    if device.club_id is None:
        raise SyncError("Partner staff computers do not send bundles.")
    changes = json.loads(parts["payload"]).get("changes", [])
    sync = SyncService(store.db)
    answers: list[dict[str, Any]] = []
    for start in range(0, len(changes), MAX_CHANGES_PER_PUSH):
        answers += sync.push(device, changes[start:start + MAX_CHANGES_PER_PUSH])
    received = []
    with store.db.reading() as session:
        wanted = set(session.scalars(select(Photo.sha256).where(Photo.club_id == device.club_id)))
    for name in archive.namelist():
        sha256 = name.removeprefix("photos/")
        if name.startswith("photos/") and sha256 in wanted:
            data = archive.read(name)
            if hashlib.sha256(data).hexdigest() == sha256:  # a damaged photo is left queued on the computer
                store.blobs.put(data)
                received.append(sha256)
    summary = {"answered": len(answers), "accepted": sum(a.get("status") == "accepted" for a in answers),
               "photos": len(received)}
    if out is not None:
        rows: list[dict[str, Any]] = []
        mark = int(manifest.get("pulled_seq", 0))
        while True:
            page = sync.pull(device, mark)
            rows += page["rows"]
            mark = page["next"]
            if not page["more"]:
                break
        photo_rows = {r["fields"]["sha256"] for r in rows if r["entity_type"] == "photo"}
        blobs = {sha: store.blobs.read(sha) for sha in photo_rows if store.blobs.has(sha)}
        write_bundle(Path(out), device.token_hash,
                     {"format": FORMAT, "kind": "to-device", "device_id": device.id,
                      "created_at": utcnow().isoformat(timespec="seconds")},
                     {"answers": answers, "photos_received": received, "rows": rows, "next": mark}, blobs)
        summary["rows"] = len(rows)
    return summary
