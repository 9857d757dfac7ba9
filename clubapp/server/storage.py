"""Where the server keeps photo bytes. By default a folder (photos/ab/abcdef..., the desktop's BlobStore); any
object with these four methods can take its place, e.g. an S3-compatible bucket keyed by the same SHA-256 names.
Uploads in progress are staged in the data folder (uploads/) whatever the storage, and handed over whole."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..store.blobs import BlobStore

HEX = frozenset("0123456789abcdef")


@runtime_checkable
class PhotoStorage(Protocol):
    def has(self, sha256: str) -> bool: ...

    def put(self, data: bytes) -> str:
        """Keep the bytes under their SHA-256 (returned); the same bytes twice are kept once."""
        ...

    def read(self, sha256: str) -> bytes: ...

    def verify(self, sha256: str) -> bool:
        """True when the kept bytes still hash to their name."""
        ...


def check_name(sha256: str) -> str:
    """A photo is named by its SHA-256 in lower-case hex; anything else is refused before it reaches storage."""
    if len(sha256) != 64 or not set(sha256) <= HEX:
        raise ValueError("not a SHA-256 hex digest")
    return sha256


FolderStorage = BlobStore  # the default: a folder on the server's disk
