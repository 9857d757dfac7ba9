"""One sync at a time per data folder: the app's timer, the Sync page, `clubapp sync` and bundle commands take
the same file lock, so two of them never send the same queue at once (four at once once made the server think
the folder was a copy of another computer's)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from filelock import FileLock, Timeout

from ..store.local import LocalStore
from ..words import _
from .transport import SyncError

LOCK_NAME = "sync.lock"
WAIT_SECONDS = 120.0  # a sync already running usually ends within this; then the next one starts


@contextmanager
def one_sync_at_a_time(store: LocalStore, wait: float = WAIT_SECONDS) -> Iterator[None]:
    lock = FileLock(store.data_dir.root / LOCK_NAME, timeout=wait)
    try:
        lock.acquire()
    except Timeout as exc:
        raise SyncError(_("Another sync of this data folder is still running (the app, or another command): "
                          "wait for it to end, then try again.")) from exc
    except OSError as exc:
        raise SyncError(_("clubapp cannot write in its data folder ({folder}): {reason}. Check that the folder "
                          "exists, is not read-only and the disk has free space.").format(
                              folder=store.data_dir.root, reason=exc.strerror or exc)) from exc
    try:
        yield
    finally:
        lock.release()
