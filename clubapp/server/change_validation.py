"""One validation of a pushed change, the same whatever database the server runs on.

SQLite takes almost anything (a NUL character, 10,000 characters in a 300-character column, NaN, the year 9999);
PostgreSQL refuses some of it with an error that used to fail the whole push. Every change is checked here first,
and refused on its own with a reason a teacher can read; the changes beside it are applied."""

from __future__ import annotations

import math
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Integer, Numeric, String

MAX_ID = 36  # change and record ids are UUIDs (String(36) columns)
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100  # a school computer's clock may be years off, not centuries
MAX_PHOTO_BYTES = 60 * 1024 * 1024  # clubapp.services.photos.MAX_FILE_BYTES: nothing bigger is a photo
INTEGER_RANGE = {Integer: 2**31, BigInteger: 2**63}  # PostgreSQL's INTEGER and BIGINT


class Invalid(ValueError):
    """What is wrong with a change, in words for the teacher."""


def check_envelope(change: dict[str, Any]) -> None:
    """The change's id, kind and record id, and every text and number it carries, before any query sees them."""
    change_id = change.get("change_id")
    if not isinstance(change_id, str) or not change_id.strip():
        raise Invalid("The change has no id: it was not applied.")
    if len(change_id) > MAX_ID:
        raise Invalid("The change id is too long.")
    for key in ("change_id", "entity_type", "entity_id"):
        value = change.get(key)
        if isinstance(value, str) and "\x00" in value:
            raise Invalid(f"The change's {key} holds a NUL character.")
    base_seq = change.get("base_seq")
    if base_seq is not None and (isinstance(base_seq, bool) or not isinstance(base_seq, int)
                                 or not 0 <= base_seq < 2**63):
        raise Invalid("The change is malformed (its base_seq is not a version number).")
    _check_json(change.get("fields"), "fields")


def _check_json(value: Any, where: str, depth: int = 0) -> None:
    if depth > 20:
        raise Invalid(f"{where} is nested too deeply.")
    if isinstance(value, str):
        if "\x00" in value:
            raise Invalid(f"{_field(where)} holds a NUL character.")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise Invalid(f"{_field(where)} holds a number that is not finite ({value}).")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_json(key, where, depth + 1)
            _check_json(item, f"{where}.{key}" if depth == 0 else where, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check_json(item, where, depth + 1)


def _field(where: str) -> str:
    return f"The field {where.split('.', 1)[1]}" if "." in where else "A field"


def check_values(entity_type: str, columns: dict[str, Any], values: dict[str, Any]) -> None:
    """The fields as column values: no longer than their column, finite, in the column's range, dates within
    reason. The same limits PostgreSQL enforces, enforced on SQLite too."""
    for key, value in values.items():
        if value is None:
            continue
        column_type = columns[key].type
        if isinstance(value, str) and isinstance(column_type, String) and column_type.length \
                and len(value) > column_type.length:
            raise Invalid(f"The field {key} is longer than {column_type.length} characters ({len(value)}).")
        if isinstance(value, Decimal):
            _check_decimal(key, value, column_type)
        if isinstance(value, float) and not math.isfinite(value):
            raise Invalid(f"The field {key} holds a number that is not finite.")
        if isinstance(value, int) and not isinstance(value, bool):
            bound = next((limit for kind, limit in INTEGER_RANGE.items() if type(column_type) is kind), None)
            if bound is not None and not -bound <= value < bound:
                raise Invalid(f"The field {key} holds a number out of range.")
        if isinstance(value, datetime | date) and not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
            raise Invalid(f"The field {key} holds a date out of range (year {value.year}).")
    if entity_type == "photo" and isinstance(values.get("size_bytes"), int) \
            and not 0 < values["size_bytes"] <= MAX_PHOTO_BYTES:
        raise Invalid(f"A photo is at most {MAX_PHOTO_BYTES // 1_048_576} MB.")


def _check_decimal(key: str, value: Decimal, column_type: Any) -> None:
    if not value.is_finite():
        raise Invalid(f"The field {key} holds a number that is not finite ({value}).")
    if isinstance(column_type, Numeric) and column_type.precision:
        whole_digits = column_type.precision - (column_type.scale or 0)
        if abs(value) >= Decimal(10) ** whole_digits:
            raise Invalid(f"The field {key} holds a number too large for it.")
