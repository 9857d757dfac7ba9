"""Every local edit of a synced row becomes an outbox entry in the same transaction.

Doing this in one flush hook, rather than in each service, means no code path can change a record without
queueing its change for sync, and a crash can never leave a change committed but not queued (or the reverse).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from .base import Base, Synced, new_id, utcnow
from .fields import field_columns, to_json
from .sync_tables import KeyValue, OutboxChange

TRACK_CHANGES = "track_changes"  # session.info flag: queue local edits in the outbox (client stores)
DEVICE_ID = "device_id"  # session.info: the install making the edits
SERVER_SEQUENCING = "server_sequencing"  # session.info flag: the server numbers every accepted version


@event.listens_for(Base, "init", propagate=True)
def _apply_python_defaults(target: Base, args: Any, kwargs: dict[str, Any]) -> None:
    """Give a new object its column defaults at once (ids, timestamps, empty strings), not at flush time,
    so that services, the outbox and the UI see complete values before anything is written."""
    for attr in inspect(type(target)).column_attrs:
        column = attr.columns[0]
        if attr.key in kwargs or column.default is None:
            continue
        default = column.default
        if default.is_scalar:
            setattr(target, attr.key, default.arg)
        elif default.is_callable:
            setattr(target, attr.key, default.arg(None))


class SyncedRowDeleted(RuntimeError):
    pass


@event.listens_for(Session, "before_flush")
def _queue_local_changes(session: Session, flush_context: Any, instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise SyncedRowDeleted(
                f"{type(obj).__name__} rows are never deleted, only marked deleted (a tombstone syncs)"
            )
    if session.info.get(SERVER_SEQUENCING):
        _number_server_versions(session)
        return
    if not session.info.get(TRACK_CHANGES):
        return
    device_id = session.info.get(DEVICE_ID)
    now = utcnow()
    for obj in list(session.new):
        if isinstance(obj, Synced):
            obj.id = obj.id or new_id()
            obj.origin_device = obj.origin_device or device_id
            fields = {key: to_json(getattr(obj, key)) for key in field_columns(inspect(type(obj)))}
            _queue(session, obj, fields, base_seq=None)
    for obj in list(session.dirty):
        if not isinstance(obj, Synced) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        changed = {
            key: to_json(getattr(obj, key))
            for key in field_columns(state.mapper)
            if state.attrs[key].history.has_changes()
        }
        if changed:
            obj.updated_at = now
            _queue(session, obj, changed, base_seq=obj.server_seq)


def _queue(session: Session, obj: Synced, fields: dict[str, Any], base_seq: int | None) -> None:
    session.add(
        OutboxChange(
            change_id=new_id(),
            entity_type=obj.__tablename__,  # type: ignore[attr-defined]
            entity_id=obj.id,
            club_id=getattr(obj, "club_id", None) if type(obj).PARTITION_COLUMN else None,
            fields=fields,
            base_seq=base_seq,
        )
    )


SEQ_KEY = "server_seq"


def lock_server_sequence(session: Session) -> None:
    """Take the sequence's lock for the rest of this transaction (a push does this first). Pushes then run one
    after the other, so the same push sent twice at once is applied once, and sequence numbers commit in the
    order they were given: a puller never skips a number that commits late (PostgreSQL would allow that)."""
    if session.scalar(select(KeyValue).where(KeyValue.key == SEQ_KEY).with_for_update()) is None:
        session.add(KeyValue(key=SEQ_KEY, value=0))
        session.flush()


def next_server_seq(session: Session) -> int:
    """The next number in the server's one sequence of accepted versions. The counter row is locked until the
    transaction ends (PostgreSQL), so two workers never hand out the same number; SQLite has one writer anyway."""
    row = session.scalar(select(KeyValue).where(KeyValue.key == SEQ_KEY).with_for_update())
    if row is None:
        row = KeyValue(key=SEQ_KEY, value=0)
        session.add(row)
    row.value = int(row.value) + 1
    return int(row.value)


def _number_server_versions(session: Session) -> None:
    """On the server, every new or changed synced row gets the next sequence number (and so do its changed
    fields), whether it came by sync or from an administration command: pulls follow that order."""
    for obj in list(session.new):
        if isinstance(obj, Synced) and obj.server_seq is None:
            seq = next_server_seq(session)
            obj.server_seq = seq
            obj.field_seqs = {key: seq for key in field_columns(inspect(type(obj)))}
    for obj in list(session.dirty):
        if not isinstance(obj, Synced) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        changed = [key for key in field_columns(state.mapper) if state.attrs[key].history.has_changes()]
        if changed and not state.attrs["server_seq"].history.has_changes():
            seq = next_server_seq(session)
            obj.server_seq = seq
            obj.field_seqs = {**(obj.field_seqs or {}), **{key: seq for key in changed}}
