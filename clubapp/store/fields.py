"""Which columns of a synced row are "fields", and their JSON form for sync messages and the outbox."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, Numeric
from sqlalchemy.orm import Mapper

from .base import SYNC_META_COLUMNS, UTCDateTime


def field_columns(mapper: Mapper[Any]) -> dict[str, Any]:
    """Columns a sync message carries: everything but sync's own metadata and derived caches."""
    return {
        attr.key: attr.columns[0]
        for attr in mapper.column_attrs
        if attr.key not in SYNC_META_COLUMNS and not attr.columns[0].info.get("derived")
    }


def to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def from_json(column: Any, value: Any) -> Any:
    """The Python value of a column from its JSON form; raises ValueError or TypeError on a wrong type."""
    if value is None:
        return None
    column_type = column.type
    if isinstance(column_type, UTCDateTime):
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError(f"{column.key}: a timestamp needs its time zone")
        return parsed
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, Numeric):
        return Decimal(str(value))
    python_type = column_type.python_type if hasattr(column_type, "python_type") else object
    if python_type is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if python_type in (str, int, float, bool) and type(value) is not python_type:
        raise TypeError(f"{column.key}: expected {python_type.__name__}, got {type(value).__name__}")
    return value
