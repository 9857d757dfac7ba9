"""Sync by USB stick, for schools without internet: the same messages as network sync, in a sealed zip file.

A computer writes its queued changes and photo bytes (`clubapp bundle export`); the server imports them and
writes a return bundle with its answers and what is new for that computer (`clubapp-server import-bundle`); the
computer imports that (`clubapp bundle import`). The guarantees are the network's: changes are answered by id
(importing twice changes nothing), photos are checked by hash, an older return bundle imported after a newer one
never moves anything back. Every entry is encrypted and signed (bundle_format.py): a computer's bundles with its
own Ed25519 key, the server's with the server's, so neither a finder of the stick nor a copy of the server's
database can read, change, plant or forge anything.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..store.base import utcnow
from ..store.local import LocalStore
from ..store.models import Photo
from ..store.sync_tables import OutboxBlob, OutboxChange
from ..words import _
from .bundle_format import BundleRefused, json_entry, open_bundle, secret_bytes, write_bundle
from .bundle_keys import keys_from_server, signing_key
from .consent import held_for_consent
from .lock import one_sync_at_a_time
from .pull import apply_rows
from .push import apply_answers, outbox_messages
from .report import SyncReport

PHOTO_PREFIX = "photos/"


def export_bundle(store: LocalStore, out: Path) -> dict[str, int]:
    """Everything this computer has not had acknowledged, for the server."""
    with one_sync_at_a_time(store):
        return _export(store, out)


def _export(store: LocalStore, out: Path) -> dict[str, int]:
    signer = signing_key(store)
    with store.reading() as session:
        held = held_for_consent(session)  # a student's records wait for consent, by USB stick as by network
        changes = [c for c in session.scalars(select(OutboxChange).where(OutboxChange.refused_reason.is_(None))
                                              .order_by(OutboxChange.seq)) if c.seq not in held.changes]
        queued = [b.sha256 for b in session.scalars(select(OutboxBlob)) if b.sha256 not in held.photos]
    photos = [sha for sha in queued if store.blobs.has(sha)]
    header = {"kind": "from-device", "device_id": store.get_setting("sync_device_id"),
              "created_at": utcnow().isoformat(timespec="seconds")}
    payload = {"changes": outbox_messages(changes),
               "pulled_seq": int(store.get_setting("sync_pulled_seq", 0) or 0)}
    entries = [("payload", lambda: json.dumps(payload).encode())]
    entries += [(PHOTO_PREFIX + sha, lambda sha=sha: store.blobs.read(sha)) for sha in photos]
    write_bundle(Path(out), header=header, secret=secret_bytes(store.get_setting("bundle_secret")), signer=signer,
                 entries=entries)
    return {"changes": len(changes), "photos": len(photos), "waiting_for_consent": len(held.changes)}


def import_return_bundle(store: LocalStore, path: Path) -> SyncReport:
    """The server's answers and what is new: applied as a network sync would apply them."""
    with one_sync_at_a_time(store):
        return _import(store, path)


def _import(store: LocalStore, path: Path) -> SyncReport:
    keys = keys_from_server(store)
    own_id = store.get_setting("sync_device_id")

    def keys_for(header: dict[str, Any]):
        if header.get("kind") != "to-device":
            raise BundleRefused(_("This bundle is one this computer wrote for the server, not the server's answer: "
                                  "take it to the server first."))
        if header.get("device_id") != own_id:
            raise BundleRefused(_("This bundle was made for another computer."))
        return keys

    bundle = open_bundle(path, keys_for)
    try:
        payload = json_entry(bundle, "payload")
        report = SyncReport()
        _apply_answers(store, payload, report)
        rows = payload.get("rows")
        if isinstance(rows, list) and rows:
            apply_rows(store, rows, int(payload.get("next") or 0))
            report.pulled = len(rows)
        with store.reading() as session:
            wanted = set(session.scalars(select(Photo.sha256)))
        for name in bundle.names():
            sha256 = name.removeprefix(PHOTO_PREFIX)
            if name.startswith(PHOTO_PREFIX) and sha256 in wanted and not store.blobs.has(sha256):
                data = bundle.read(name)
                if hashlib.sha256(data).hexdigest() == sha256:
                    store.blobs.put(data)
                    report.photos_received += 1
    finally:
        bundle.close()
    store.set_setting("last_sync_at", utcnow().isoformat(timespec="seconds"))
    return report


def _apply_answers(store: LocalStore, payload: dict[str, Any], report: SyncReport) -> None:
    answers = [a for a in payload.get("answers") or [] if isinstance(a, dict)]
    ids = [a.get("change_id") for a in answers if isinstance(a.get("change_id"), str)]
    with store.reading() as session:
        batch = list(session.scalars(select(OutboxChange).where(OutboxChange.change_id.in_(ids))))
    apply_answers(store, batch, answers, report)
    with store.applying_sync() as session:  # photos the server has now: no longer queued here
        for sha256 in payload.get("photos_received") or []:
            blob = session.get(OutboxBlob, sha256) if isinstance(sha256, str) else None
            if blob is not None:
                session.delete(blob)
                report.photos_sent += 1
