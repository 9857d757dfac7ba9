"""The local store of one install: its data directory, database, photo store and device identity."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..paths import DataDir
from .base import new_id
from .blobs import BlobStore
from .changes import DEVICE_ID, TRACK_CHANGES
from .database import Database
from .sync_tables import KeyValue


class Key:
    """The keys of the local store's settings (the `key_value` table), named once: LocalSettings reads them typed."""

    INSTALL_ID = "device_id"  # this install's id, made on first open: the origin of the records made here
    LANGUAGE = "language"
    SERVER_URL = "server_url"
    PHOTO_MAX_SIDE = "photo_max_side"
    INACTIVITY_MINUTES = "inactivity_minutes"
    HOME_CLUB_ID = "home_club_id"
    TEXT_SCALE = "text_scale"
    # written by the sync client
    SYNC_TOKEN = "sync_token"
    SYNC_CLUB_ID = "sync_club_id"  # "" on a partner's computer (it holds several clubs)
    SYNC_CLUBS = "sync_clubs"
    SYNC_DEVICE_ID = "sync_device_id"
    SYNC_PULLED_SEQ = "sync_pulled_seq"
    SYNC_SESSION = "sync_session"
    SYNC_SESSION_NEXT = "sync_session_next"
    LAST_SYNC_AT = "last_sync_at"
    WINDOW_GEOMETRY = "window_geometry"  # the main window's size and place, as Qt saves them (hex)
    # USB bundles' keys (sync/bundle_keys.py), forgotten when the computer's identity changes
    BUNDLE_SIGNING_KEY = "bundle_signing_key"
    BUNDLE_SECRET = "bundle_secret"
    BUNDLE_SERVER_KEY = "bundle_server_key"


class LocalStore(Database):
    """A desktop install's store. Local edits are queued for sync (see changes.py)."""

    def __init__(self, data_dir: DataDir):
        self.data_dir = data_dir.ensure()
        self.blobs = BlobStore(data_dir.photos)
        self.device_id = ""
        super().__init__(data_dir.database_url, session_info={TRACK_CHANGES: True})
        self.device_id = self._ensure_device_id()
        self._sessions.configure(info={TRACK_CHANGES: True, DEVICE_ID: self.device_id})

    def _ensure_device_id(self) -> str:
        with self.transaction() as session:
            row = session.get(KeyValue, Key.INSTALL_ID)
            if row is None:
                row = KeyValue(key=Key.INSTALL_ID, value=new_id())
                session.add(row)
            return str(row.value)

    @contextmanager
    def applying_sync(self) -> Iterator[Session]:
        """A transaction for what sync brings in: it is the server's already, so it is not queued to be sent."""
        with self._sessions() as session, session.begin():
            session.info[TRACK_CHANGES] = False
            yield session

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.reading() as session:
            value = session.scalar(select(KeyValue.value).where(KeyValue.key == key))
        return default if value is None else value

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as session:
            session.merge(KeyValue(key=key, value=value))


def open_local_store(data_dir: str | DataDir | None = None) -> LocalStore:
    return LocalStore(data_dir if isinstance(data_dir, DataDir) else DataDir.at(data_dir))
