"""Every local edit of a synced row becomes an outbox entry in the same transaction.

Doing this in one flush hook, rather than in each service, means no code path can change a record without
queueing its change for sync, and a crash can never leave a change committed but not queued (or the reverse).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from .base import Base, Synced, new_id, utcnow
from .fields import field_columns, to_json
from .sync_tables import OutboxChange

TRACK_CHANGES = "track_changes"  # session.info flag: queue local edits in the outbox (client stores)
DEVICE_ID = "device_id"  # session.info: the install making the edits


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
