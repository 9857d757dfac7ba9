"""The steps every change to a record takes, written once: check the input, find the live record (or say it is
gone), and set only the fields that changed (so an edit that changes nothing queues nothing for sync).

    data = valid(data)
    with self.db.transaction() as session:
        issue = live(session, Issue, issue_id, _("That issue is no longer on this computer."))
        require_write(actor, issue.club_id)
        set_changed(issue, {name: getattr(data, name) for name in FIELDS}, on_change=start_revision_if_locked)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from sqlalchemy.orm import Session

from ..domain.errors import InvalidInput, NotFound

Row = TypeVar("Row")


class Checked(Protocol):
    def validate(self) -> Mapping[str, str]: ...


Input = TypeVar("Input", bound=Checked)


def valid(data: Input) -> Input:
    """`data` once its validate() (which also cleans it) finds nothing wrong; else every problem, field by field."""
    problems = data.validate()
    if problems:
        raise InvalidInput(dict(problems))
    return data


def live(session: Session, model: type[Row], record_id: str | None, missing: str) -> Row:
    """The record with that id, unless it is not here or was deleted: then NotFound with the `missing` text."""
    row = session.get(model, record_id) if record_id else None
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise NotFound(missing)
    return row


def set_changed(record: Any, values: Mapping[str, Any], *,
                on_change: Callable[[Any], None] | None = None) -> dict[str, Any]:
    """Set the fields whose value differs; `on_change(record)` first if any does. Returns what changed."""
    changed = {name: value for name, value in values.items() if getattr(record, name) != value}
    if changed and on_change is not None:
        on_change(record)
    for name, value in changed.items():
        setattr(record, name, value)
    return changed
