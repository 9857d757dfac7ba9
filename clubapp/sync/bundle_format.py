"""The container of a USB sync bundle, shared by the desktop and the server: a zip file whose every entry is
encrypted (AES-256-GCM) and listed, with its size and hash, in an encrypted manifest signed with Ed25519.

    header.json    in the clear, small: format, kind, device id, time (what a reader needs to find its keys)
    signature.txt  Ed25519 over SHA-256(header) and SHA-256(manifest.bin), base64
    manifest.bin   encrypted: every other entry's name inside the bundle, stored size and SHA-256
    e/0, e/1, ...  encrypted: the payload (changes, answers, rows) and each photo

A reader checks before it decompresses or decrypts anything large: the file's size, the number of entries, the
header, signature and manifest each read with a small cap on the bytes actually read (a zip bomb is refused
after a few kilobytes); then the signature; then each entry, read with the cap its signed size gives, hashed,
and only then decrypted. An entry the manifest does not list is refused, so nothing can be planted. Whoever
finds the stick sees a device id, a time and the entries' sizes: no name, no record, no hash of a PIN.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..words import _
from .transport import SyncError

FORMAT = 2
MAX_BUNDLE_BYTES = 2 * 1024 ** 3
MAX_ENTRIES = 50_000
MAX_HEADER_BYTES = 4 * 1024
MAX_SIGNATURE_BYTES = 256
MAX_MANIFEST_BYTES = 8 * 1024 * 1024
MAX_ENTRY_BYTES = 1024 ** 3  # one entry, as its signed manifest states it (a whole club's first pull fits)
READ_CHUNK = 1024 * 1024
NONCE = 12
FIXED = ("header.json", "signature.txt", "manifest.bin")


class BundleRefused(SyncError):
    """A bundle was not imported: nothing in it was applied."""


@dataclass(frozen=True)
class BundleKeys:
    """What a reader needs: the AEAD key of the bundle's computer and the public key its signer signs with."""

    secret: bytes
    signer: Ed25519PublicKey


def damaged() -> BundleRefused:
    return BundleRefused(_("That file is not a clubapp sync bundle, or it is damaged."))


def seal(secret: bytes, data: bytes, context: bytes) -> bytes:
    nonce = os.urandom(NONCE)
    return nonce + AESGCM(secret).encrypt(nonce, data, context)


def unseal(secret: bytes, sealed: bytes, context: bytes) -> bytes:
    try:
        return AESGCM(secret).decrypt(sealed[:NONCE], sealed[NONCE:], context)
    except (InvalidTag, ValueError) as exc:
        raise BundleRefused(_("This bundle cannot be opened with this computer's key: it is not for this "
                              "computer, or it was changed.")) from exc


def _digest_to_sign(header: bytes, manifest: bytes) -> bytes:
    return b"clubapp-bundle-2" + hashlib.sha256(header).digest() + hashlib.sha256(manifest).digest()


def write_bundle(out: Path, *, header: dict[str, Any], secret: bytes, signer: Ed25519PrivateKey,
                 entries: Iterable[tuple[str, Callable[[], bytes]]]) -> None:
    """Write a bundle entry by entry (one photo in memory at a time), to a .part file renamed at the end."""
    header_bytes = json.dumps({**header, "format": FORMAT}, sort_keys=True).encode()
    partial = Path(str(out) + ".part")
    listed: list[dict[str, Any]] = []
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:  # sealed bytes do not shrink
            for index, (name, load) in enumerate(entries):
                stored = f"e/{index}"
                sealed = seal(secret, load(), header_bytes + b"\0" + name.encode())
                archive.writestr(stored, sealed)
                listed.append({"name": name, "file": stored, "size": len(sealed),
                               "sha256": hashlib.sha256(sealed).hexdigest()})
            manifest = seal(secret, json.dumps({"entries": listed}).encode(), header_bytes + b"\0manifest")
            archive.writestr("header.json", header_bytes)
            archive.writestr("manifest.bin", manifest)
            signature = signer.sign(_digest_to_sign(header_bytes, manifest))
            archive.writestr("signature.txt", base64.b64encode(signature))
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)


class Bundle:
    """An opened, verified bundle: its header, and its entries read on demand (each checked, then decrypted)."""

    def __init__(self, archive: zipfile.ZipFile, header_bytes: bytes, header: dict[str, Any], keys: BundleKeys,
                 entries: dict[str, dict[str, Any]]):
        self.archive = archive
        self.header = header
        self._header_bytes = header_bytes
        self._keys = keys
        self._entries = entries

    def names(self) -> list[str]:
        return list(self._entries)

    def read(self, name: str) -> bytes:
        entry = self._entries[name]
        changed = BundleRefused(_("An entry of this bundle was changed after it was signed."))
        info = self.archive.getinfo(entry["file"])
        if info.file_size != entry["size"]:
            raise changed
        sealed = read_capped(self.archive, info, entry["size"])
        if len(sealed) != entry["size"] or hashlib.sha256(sealed).hexdigest() != entry["sha256"]:
            raise changed
        return unseal(self._keys.secret, sealed, self._header_bytes + b"\0" + name.encode())

    def close(self) -> None:
        self.archive.close()


def read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """An entry's bytes, decompressing at most `cap` + 1 of them whatever its header claims."""
    if info.file_size > cap:
        raise damaged()
    parts: list[bytes] = []
    got = 0
    try:
        with archive.open(info) as stream:
            while got <= cap:
                part = stream.read(min(READ_CHUNK, cap + 1 - got))
                if not part:
                    break
                parts.append(part)
                got += len(part)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
        raise damaged() from exc
    if got > cap:
        raise damaged()
    return b"".join(parts)


def open_bundle(path: Path, keys_for: Callable[[dict[str, Any]], BundleKeys]) -> Bundle:
    """Open and verify a bundle. `keys_for(header)` finds the keys from the header, or refuses (revoked,
    another computer's, unknown) with its own message."""
    path = Path(path)
    try:
        size = path.stat().st_size if path.is_file() else -1
    except OSError:
        size = -1
    if size < 0 or size > MAX_BUNDLE_BYTES:
        raise BundleRefused(_("That is not a sync bundle (missing, or too large)."))
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise damaged() from exc
    try:
        bundle = _verify(archive, keys_for)
    except BaseException:
        archive.close()
        raise
    return bundle


def _verify(archive: zipfile.ZipFile, keys_for: Callable[[dict[str, Any]], BundleKeys]) -> Bundle:
    infos = archive.infolist()
    names = [info.filename for info in infos]
    if "manifest.json" in names and "header.json" not in names:  # a bundle of the first, unsealed format
        raise _other_version()
    if len(infos) > MAX_ENTRIES or len(set(names)) != len(names) or not set(FIXED) <= set(names):
        raise damaged()
    header_bytes = read_capped(archive, archive.getinfo("header.json"), MAX_HEADER_BYTES)
    try:
        header = json.loads(header_bytes)
    except (ValueError, UnicodeDecodeError) as exc:
        raise damaged() from exc
    if not isinstance(header, dict):
        raise damaged()
    if header.get("format") != FORMAT:
        raise _other_version()
    if not isinstance(header.get("device_id"), str) or not isinstance(header.get("kind"), str):
        raise damaged()
    keys = keys_for(header)
    try:
        signature = base64.b64decode(read_capped(archive, archive.getinfo("signature.txt"), MAX_SIGNATURE_BYTES),
                                     validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BundleRefused(_("This bundle's signature is damaged.")) from exc
    manifest_bytes = read_capped(archive, archive.getinfo("manifest.bin"), MAX_MANIFEST_BYTES)
    try:
        keys.signer.verify(signature, _digest_to_sign(header_bytes, manifest_bytes))
    except InvalidSignature as exc:
        raise BundleRefused(_("This bundle's signature does not match: it was changed, or it was not made by "
                              "the computer or server it names.")) from exc
    manifest = _parse_manifest(unseal(keys.secret, manifest_bytes, header_bytes + b"\0manifest"))
    listed = {entry["file"] for entry in manifest.values()}
    if set(names) - set(FIXED) != listed or len(listed) != len(manifest):
        raise BundleRefused(_("This bundle holds entries its signature does not cover (or lacks some it "
                              "lists)."))
    return Bundle(archive, header_bytes, header, keys, manifest)


def _other_version() -> BundleRefused:
    return BundleRefused(_("This bundle was written by another version of clubapp: update clubapp on both sides, "
                           "then export the bundle again."))


def _parse_manifest(plain: bytes) -> dict[str, dict[str, Any]]:
    try:
        manifest = json.loads(plain)
    except (ValueError, UnicodeDecodeError) as exc:
        raise damaged() from exc
    entries = manifest.get("entries") if isinstance(manifest, dict) else None
    if not isinstance(entries, list):
        raise damaged()
    by_name: dict[str, dict[str, Any]] = {}
    for entry in entries:
        if not (isinstance(entry, dict) and isinstance(entry.get("name"), str) and isinstance(entry.get("file"), str)
                and isinstance(entry.get("size"), int) and 0 <= entry["size"] <= MAX_ENTRY_BYTES
                and isinstance(entry.get("sha256"), str)) or entry["name"] in by_name or entry["file"] in FIXED:
            raise damaged()
        by_name[entry["name"]] = entry
    return by_name


def json_entry(bundle: Bundle, name: str) -> dict[str, Any]:
    """A JSON entry that must be an object."""
    if name not in bundle.names():
        raise damaged()
    try:
        value = json.loads(bundle.read(name))
    except (ValueError, UnicodeDecodeError) as exc:
        raise damaged() from exc
    if not isinstance(value, dict):
        raise damaged()
    return value


def public_key(hex_text: Any) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(bytes.fromhex(hex_text))
    except (TypeError, ValueError) as exc:
        raise BundleRefused(_("The key this bundle needs is damaged: sync once online to renew it.")) from exc


def secret_bytes(hex_text: Any) -> bytes:
    try:
        secret = bytes.fromhex(hex_text)
    except (TypeError, ValueError) as exc:
        raise BundleRefused(_("The key this bundle needs is damaged: sync once online to renew it.")) from exc
    if len(secret) != 32:
        raise BundleRefused(_("The key this bundle needs is damaged: sync once online to renew it."))
    return secret
