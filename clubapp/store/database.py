"""Opening a database: engine settings, migrations on open, sessions that are one transaction each."""

from __future__ import annotations

import errno
import functools
import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from .. import paths

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


def make_engine(url: str, **kwargs: Any) -> Engine:
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin (see "begin" below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # WAL: readers never block the writer and a power cut loses at most the last commit, never the file.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock up front: two processes that both read then write would otherwise
        # deadlock, and SQLite would fail one at once instead of waiting its turn.
        mode = "IMMEDIATE" if connection.get_execution_options().get("sqlite_write", True) else "DEFERRED"
        connection.exec_driver_sql(f"BEGIN {mode}")


def alembic_config(url: str) -> Config:
    """Alembic's script_location is set from the paths module, so migrations run from a wheel or a bundle."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


_REVISION = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:\"([^\"]*)\"|'([^']*)'|None)", re.MULTILINE)


@functools.cache
def head_revision() -> str | None:
    """The newest revision, read from the migration files' `revision` and `down_revision` lines.

    Importing Alembic to ask it costs 0.13 s on every start, for an answer that is nearly always "at head"; a
    history this reading does not understand (a merge, two heads) returns None and Alembic decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in sorted((paths.migrations_dir() / "versions").glob("*.py")):
        found = {name: double or single for name, double, single in _REVISION.findall(script.read_text("utf-8"))}
        if "revision" not in found:
            return None
        revisions.add(found["revision"])
        if found.get("down_revision"):
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stamped_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (run each time a database is opened; cheap when current)."""
    head = head_revision()
    if head is not None and _stamped_revision(engine) == head:
        return  # at head: nothing to do, and Alembic is not even imported
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    head = ScriptDirectory.from_config(config).get_current_head()
    if current == head:
        return
    log.info("migrating database from %s to %s", current, head)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def schema_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


class Database:
    """An engine and its session factory. `transaction()` is one unit of work: all of it lands or none."""

    def __init__(self, url: str, *, session_info: dict[str, Any] | None = None, run_migrations: bool = True):
        self.engine = make_engine(url)
        if run_migrations:
            migrate(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, info=session_info or {})
        self._read_engine = self.engine.execution_options(sqlite_write=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (no write lock taken on SQLite). Objects stay readable after it closes."""
        with self._sessions(bind=self._read_engine) as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def rows_by_key(session: Session, model: Any, keys: list[Any], column: Any = None) -> dict[Any, Any]:
    """These rows loaded at once, 500 keys a query, rather than one query each: key -> row, or None where there
    is no row yet. Later session.get calls for them are answered from the session."""
    column = column if column is not None else model.id
    found: dict[Any, Any] = dict.fromkeys(keys)
    for start in range(0, len(keys), 500):
        for row in session.scalars(select(model).where(column.in_(keys[start:start + 500]))):
            found[getattr(row, column.key)] = row
    return found


class StorageProblem(Exception):
    """The data folder cannot be read or written (damaged database, read-only folder, full disk); the message
    says what to do, in words for a teacher."""


DAMAGED = ("file is not a database", "malformed", "disk image", "database corrupt", "not a database",
           "unsupported file format", "no such table")
READ_ONLY = ("readonly", "read-only", "unable to open database", "permission denied", "access permission")
FULL = ("disk is full", "database or disk is full", "no space left", "file too large", "quota")
READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}


def storage_problem(exc: BaseException, folder: Path) -> StorageProblem | None:
    """What a database, disk or file error means for the person at the computer, or None when it is none of
    those (a bug, which should then show as one)."""
    from ..words import _

    if isinstance(exc, StorageProblem):
        return exc
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        number = exc.errno
        text = ""
    elif isinstance(exc, (SQLAlchemyError, sqlite3.Error, UnicodeDecodeError)):
        number = None
        text = str(getattr(exc, "orig", None) or exc).lower()
    else:
        return None
    if number in FULL_ERRNOS or any(word in text for word in FULL):
        return StorageProblem(_("The disk that holds {folder} is full: the last change was not saved, nothing "
                                "else was lost. Free some space (delete files you do not need, empty the "
                                "recycle bin), then try again.").format(folder=folder))
    if number in READ_ONLY_ERRNOS or any(word in text for word in READ_ONLY):
        return StorageProblem(_("clubapp cannot write in {folder}: the folder or its disk is read-only, or this "
                                "account may not change it. Nothing was changed. Make the folder writable (or "
                                "choose another with --data-dir), then try again.").format(folder=folder))
    if isinstance(exc, UnicodeDecodeError) or any(word in text for word in DAMAGED):
        return StorageProblem(_("The clubapp database in {folder} is damaged ({reason}). Nothing was changed. "
                                "Put back the newest backup that is good: `clubapp backup --list` shows them, "
                                "`clubapp restore FILE` restores one.").format(folder=folder, reason=text[:80]
                                                                               or type(exc).__name__))
    if number is not None:
        return StorageProblem(_("clubapp could not use {folder} ({reason}). Nothing was changed; check the "
                                "folder and its disk, then try again.").format(folder=folder,
                                                                              reason=getattr(exc, "strerror", None) or exc))
    return None
