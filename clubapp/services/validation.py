"""Checks shared by the services' input: each returns an error message or None."""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal, InvalidOperation

from ..store.base import today
from ..words import _, ngettext, number

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
    return None if value.strip() else _("{label} is needed.").format(label=label)


def too_long(value: str, limit: int, label: str) -> str | None:
    return ngettext("{label} is too long ({length} character; at most {limit}).",
                    "{label} is too long ({length} characters; at most {limit}).", len(value)).format(
        label=label, length=number(len(value)), limit=number(limit)) if len(value) > limit else None


def one_of(value: str, allowed: dict[str, str] | set[str], label: str) -> str | None:
    return None if value in allowed else _("'{value}' is not a known {label}.").format(value=value, label=label)


def not_in_future(value: date | None, label: str) -> str | None:
    return _("{label} cannot be in the future.").format(label=label) if value and value > today() else None


def date_order(first: date | None, second: date | None, first_label: str, second_label: str) -> str | None:
    if first and second and second < first:
        return _("{second} is before {first}.").format(second=second_label, first=first_label)
    return None


def coordinates(latitude: float | None, longitude: float | None) -> dict[str, str]:
    problems: dict[str, str] = {}
    if (latitude is None) != (longitude is None):
        problems["location"] = _("Give both latitude and longitude, or neither.")
        return problems
    if latitude is None or longitude is None:
        return problems
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        problems["location"] = _("Latitude and longitude must be numbers.")
    elif not -90 <= latitude <= 90:
        hint = " " + _("Were latitude and longitude swapped?") if -90 <= longitude <= 90 else ""
        problems["latitude"] = _("Latitude must be between -90 and 90 (got {value}).").format(value=latitude) + hint
    elif not -180 <= longitude <= 180:
        problems["longitude"] = _("Longitude must be between -180 and 180 (got {value}).").format(value=longitude)
    return problems


def money(value: Decimal | str | int | float | None, label: str) -> tuple[Decimal | None, str | None]:
    if value is None or value == "":
        return None, None
    try:
        amount = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        return None, _("{label} must be a number.").format(label=label)
    if not amount.is_finite():
        return None, _("{label} must be a number.").format(label=label)
    if amount < 0:
        return None, _("{label} cannot be negative.").format(label=label)
    if amount >= Decimal("1e16"):
        return None, _("{label} is too large.").format(label=label)
    return amount.quantize(Decimal("0.01")), None
