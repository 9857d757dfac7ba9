"""Checks shared by the services' input: each returns an error message or None."""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal, InvalidOperation

from ..store.base import today

MAX_TEXT = 20_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Problems(dict[str, str]):
    """Collects problems field by field, so a form can show them all at once."""

    def check(self, field: str, message: str | None) -> None:
        if message and field not in self:
            self[field] = message


def clean_text(value: str | None, *, max_length: int = MAX_TEXT) -> str:
    """Strip control characters (they break PDFs and CSV) and surrounding space; keep every script as typed."""
    return _CONTROL.sub("", value or "").strip()[:max_length] if value else ""


def required(value: str, label: str) -> str | None:
    return None if value.strip() else f"{label} is needed."


def too_long(value: str, limit: int, label: str) -> str | None:
    return f"{label} is too long ({len(value)} characters; at most {limit})." if len(value) > limit else None


def one_of(value: str, allowed: dict[str, str] | set[str], label: str) -> str | None:
    return None if value in allowed else f"'{value}' is not a known {label}."


def not_in_future(value: date | None, label: str) -> str | None:
    return f"{label} cannot be in the future." if value and value > today() else None


def date_order(first: date | None, second: date | None, first_label: str, second_label: str) -> str | None:
    if first and second and second < first:
        return f"{second_label} is before {first_label}."
    return None


def coordinates(latitude: float | None, longitude: float | None) -> dict[str, str]:
    problems: dict[str, str] = {}
    if (latitude is None) != (longitude is None):
        problems["location"] = "Give both latitude and longitude, or neither."
        return problems
    if latitude is None or longitude is None:
        return problems
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        problems["location"] = "Latitude and longitude must be numbers."
    elif not -90 <= latitude <= 90:
        hint = " Were latitude and longitude swapped?" if -90 <= longitude <= 90 else ""
        problems["latitude"] = f"Latitude must be between -90 and 90 (got {latitude}).{hint}"
    elif not -180 <= longitude <= 180:
        problems["longitude"] = f"Longitude must be between -180 and 180 (got {longitude})."
    return problems


def money(value: Decimal | str | int | float | None, label: str) -> tuple[Decimal | None, str | None]:
    if value is None or value == "":
        return None, None
    try:
        amount = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        return None, f"{label} must be a number."
    if not amount.is_finite():
        return None, f"{label} must be a number."
    if amount < 0:
        return None, f"{label} cannot be negative."
    if amount >= Decimal("1e16"):
        return None, f"{label} is too large."
    return amount.quantize(Decimal("0.01")), None
