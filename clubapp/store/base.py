"""Declarative base and the columns every synced row carries.

What sync needs of a row (see README "Sync"):
- `id`, a UUID made where the row is created, so two offline devices never pick the same key;
- `origin_device`, the install that created it;
- `deleted_at`, a tombstone: synced rows are never removed, so a deletion travels like any other change;
- `server_seq`, the server's sequence number of the last version it accepted (None: never accepted yet);
  order comes from the server, never from a school computer's clock;
- `field_seqs`, the server sequence number at which each field last changed, so that edits of different
  fields merge and edits of the same field are detected as conflicts.
Columns marked `info={"derived": True}` are caches recomputed from other rows (an issue's status from its
events); they never travel in a sync message.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, DateTime, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


def today() -> date:
    return datetime.now(UTC).date()


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps are stored in UTC and always come back time-zone aware (SQLite would drop the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime, dict[str, Any]: JSON}


# Columns sync manages itself; they are not "fields" a person edits.
SYNC_META_COLUMNS = frozenset({"id", "origin_device", "created_at", "updated_at", "server_seq", "field_seqs"})


class Synced:
    """Mixin for every row that travels between devices and the server."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin_device: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None]
    server_seq: Mapped[int | None] = mapped_column(BigInteger, index=True)
    field_seqs: Mapped[dict[str, Any]] = mapped_column(default=dict)

    # The partition a row belongs to, for authorization and pulls; None only for organisations.
    PARTITION_COLUMN: ClassVar[str | None] = "club_id"

def derived(*args: Any, **kwargs: Any) -> Any:
    """A cache column recomputed locally; never sent in a sync message."""
    info = kwargs.pop("info", {})
    return mapped_column(*args, info={**info, "derived": True}, **kwargs)
