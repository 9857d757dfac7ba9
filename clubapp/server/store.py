"""The server's database and photo folder: one SQLite file in --data-dir by default, PostgreSQL with
--database-url. The same models and migrations as the desktop; photos by hash behind the BlobStore interface."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..store.changes import SERVER_SEQUENCING, lock_server_sequence
from ..store.database import Database
from .storage import FolderStorage, PhotoStorage

SQLITE_NAME = "clubapp-server.sqlite3"


@dataclass
class ServerStore:
    db: Database
    blobs: PhotoStorage
    data_dir: Path

    def dispose(self) -> None:
        self.db.dispose()


def open_server_store(data_dir: str | Path, database_url: str | None = None,
                      photos: PhotoStorage | None = None) -> ServerStore:
    """Open (and migrate) the server's store. Without a URL, a SQLite file in `data_dir`; without a photo
    storage, the folder `data_dir`/photos."""
    folder = Path(data_dir).expanduser().resolve()
    folder.mkdir(parents=True, exist_ok=True)
    url = database_url or f"sqlite:///{folder / SQLITE_NAME}"
    db = Database(url, session_info={SERVER_SEQUENCING: True})
    with db.transaction() as session:  # the sequence's row exists before two pushes could race to make it
        lock_server_sequence(session)
    return ServerStore(db, photos if photos is not None else FolderStorage(folder / "photos"), folder)
