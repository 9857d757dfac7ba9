"""What the server does with a device's changes (push) and what it sends back (pull).

Push: each change is answered on its own — accepted (with the server sequence number of the version it made) or
refused (with the reason) — in its own savepoint, so one bad change never stops the others. A change id seen
before gets the answer it got the first time (a device that lost the answer sends it again: nothing doubles).
A device writes only its own club's rows. An edit made on an old version of a field that has changed since is a
conflict: the server keeps the newer value and records both in a Conflict row for the teacher.

Pull: the rows of the device's club (and its club, school and organisation) with a sequence number above the
device's mark, in sequence order, a page at a time. Derived caches (an issue's status) never travel: each side
recomputes them from the rows that do.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from ..services.issues import refresh_issue_state
from ..services.reviews import REVIEWABLE, refresh_review_state
from ..store.base import utcnow
from ..store.changes import lock_server_sequence
from ..store.database import Database
from ..store.fields import field_columns, from_json, to_json
from ..store.models import MODEL_BY_TABLE, SYNCED_MODELS, Club, Conflict, Issue
from ..store.sync_tables import AppliedChange, Device

# Rows a club's device may create or change. Organisations, schools, clubs and conflicts are the server's.
DEVICE_WRITABLE = {"member", "account", "project", "visit", "visit_attendee", "issue", "issue_event", "photo",
                   "review_event", "certificate"}
MAX_CHANGES_PER_PUSH = 500
PULL_PAGE = 500


class Refused(Exception):
    pass


class SyncService:
    def __init__(self, db: Database):
        self.db = db

    # -- push -------------------------------------------------------------------------------------------------
    def push(self, device: Device, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if device.club_id is None:
            raise Refused("Partner staff computers read the clubs' records; they do not change them.")
        if len(changes) > MAX_CHANGES_PER_PUSH:
            raise Refused(f"At most {MAX_CHANGES_PER_PUSH} changes per request.")
        answers = []
        with self.db.transaction() as session:
            lock_server_sequence(session)
            for change in changes:
                answers.append(self._one(session, device, change))
        return answers

    def _one(self, session: Session, device: Device, change: dict[str, Any]) -> dict[str, Any]:
        change_id = str(change.get("change_id", ""))
        seen = session.get(AppliedChange, change_id) if change_id else None
        if seen is not None:
            return {"change_id": change_id, **seen.result}
        savepoint = session.begin_nested()
        try:
            seq = self._apply(session, device, change)
            result: dict[str, Any] = {"status": "accepted", "server_seq": seq}
            savepoint.commit()
        except Refused as exc:
            savepoint.rollback()
            result = {"status": "refused", "reason": str(exc)}
            seq = None
        if change_id:
            session.add(AppliedChange(change_id=change_id, device_id=device.id,
                                      entity_type=str(change.get("entity_type", ""))[:30],
                                      entity_id=str(change.get("entity_id", ""))[:36], server_seq=seq,
                                      result=result))
        return {"change_id": change_id, **result}

    def _apply(self, session: Session, device: Device, change: dict[str, Any]) -> int:
        entity_type = change.get("entity_type")
        if entity_type not in DEVICE_WRITABLE:
            raise Refused(f"A club's computer cannot change '{entity_type}' records.")
        model = MODEL_BY_TABLE[entity_type]
        entity_id, fields = change.get("entity_id"), change.get("fields")
        if not isinstance(entity_id, str) or len(entity_id) != 36 or not isinstance(fields, dict):
            raise Refused("The change is malformed (an id and a set of fields are needed).")
        columns = field_columns(inspect(model))
        unknown = set(fields) - set(columns) - {"deleted_at"}
        if unknown:
            raise Refused(f"Unknown field(s): {', '.join(sorted(unknown))}.")
        try:
            values = {key: from_json(columns[key], value) for key, value in fields.items() if key in columns}
        except (TypeError, ValueError, ArithmeticError) as exc:  # a bad date, number or decimal
            raise Refused(f"A field has the wrong type: {type(exc).__name__} {exc}") from exc
        row = session.get(model, entity_id)
        club_id = values.get("club_id", getattr(row, "club_id", None))
        if club_id != device.club_id or (row is not None and row.club_id != device.club_id):
            raise Refused("This record belongs to another club.")
        base_seq = change.get("base_seq") or 0
        if row is None:
            row = model(id=entity_id, origin_device=device.id, **values)
            session.add(row)
        else:
            for key, value in values.items():
                if getattr(row, key) == value:
                    continue
                newer = (row.field_seqs or {}).get(key, row.server_seq or 0)
                if newer > base_seq:  # changed on the server since this device last saw it: keep, and tell
                    session.add(Conflict(club_id=row.club_id, entity_type=entity_type, entity_id=row.id, field=key,
                                         kept_value=to_json(getattr(row, key)), other_value=to_json(value),
                                         other_device=device.id, other_at=utcnow(), kept_at=row.updated_at))
                    continue
                setattr(row, key, value)
            row.updated_at = utcnow()
        try:
            session.flush()
        except Exception as exc:  # noqa: BLE001 - a missing parent row, a duplicate: refuse this one change
            raise Refused(f"The record could not be stored ({type(exc).__name__}).") from exc
        self._refresh_derived(session, entity_type, row)
        return row.server_seq or 0

    @staticmethod
    def _refresh_derived(session: Session, entity_type: str, row: Any) -> None:
        if entity_type == "issue_event":
            issue = session.get(Issue, row.issue_id)
            if issue is not None:
                refresh_issue_state(session, issue)
        elif entity_type == "issue":
            refresh_issue_state(session, row)
        if entity_type == "review_event":
            record = session.get(REVIEWABLE[row.entity_type], row.entity_id) if row.entity_type in REVIEWABLE \
                else None
            if record is not None:
                refresh_review_state(session, row.entity_type, record)

    # -- pull -------------------------------------------------------------------------------------------------
    def pull(self, device: Device, since: int, limit: int = PULL_PAGE) -> dict[str, Any]:
        """A club's computer gets its club; a partner's computer gets every club of its organisation, with
        students under a pseudonym (no name, no birth year: an age band's middle year), and no accounts but its
        own."""
        limit = max(1, min(limit, PULL_PAGE))
        rows: list[tuple[int, str, Any]] = []
        table_full = False  # a table that filled its page may hold more rows after it
        partner = device.club_id is None
        with self.db.reading() as session:
            if partner:
                clubs = list(session.scalars(select(Club).where(Club.organisation_id == device.organisation_id)))
            else:
                club = session.get(Club, device.club_id)
                clubs = [club] if club is not None else []
            if not clubs:
                return {"rows": [], "next": since, "more": False}
            club_ids = [c.id for c in clubs]
            scope = {"organisation": ("id", [clubs[0].organisation_id]), "school": ("id", [c.school_id for c in clubs]),
                     "club": ("id", club_ids)}
            for model in SYNCED_MODELS:
                table = model.__tablename__  # type: ignore[attr-defined]
                column, values = scope.get(table, ("club_id", club_ids))
                query = select(model).where(getattr(model, column).in_(values), model.server_seq > since)
                if partner and table == "account":
                    query = select(model).where(model.id == device.account_id, model.server_seq > since)
                query = query.order_by(model.server_seq).limit(limit)
                found = [(r.server_seq, table, r) for r in session.scalars(query)]
                table_full = table_full or len(found) == limit
                rows += found
            rows.sort(key=lambda item: item[0])
            page = rows[:limit]
            out = [_message(table, row) for _seq, table, row in page]
        if partner:
            out = [_pseudonymous(message) for message in out]
        return {"rows": out, "next": page[-1][0] if page else since, "more": len(rows) > limit or table_full}


def _message(table: str, row: Any) -> dict[str, Any]:
    fields = {key: to_json(getattr(row, key)) for key in field_columns(inspect(type(row)))}
    return {"entity_type": table, "id": row.id, "server_seq": row.server_seq, "field_seqs": row.field_seqs or {},
            "origin_device": row.origin_device, "created_at": to_json(row.created_at),
            "updated_at": to_json(row.updated_at), "fields": fields}


def _pseudonymous(message: dict[str, Any]) -> dict[str, Any]:
    """What a partner may know of a student: a stable pseudonym, gender, grade, and an age band (kept as the
    band's middle birth year, so figures by age band still work). Consent details stay in the club."""
    if message["entity_type"] != "member" or message["fields"].get("role") != "student":
        return message
    from ..domain.codelists import age_band
    from ..services.members import pseudonym
    from ..store.base import today

    fields = dict(message["fields"])
    year = today().year
    band = age_band(fields.get("birth_year"), year)
    middle = {"under 13": 11, "13-15": 14, "16-18": 17, "over 18": 20}.get(band)
    fields.update(given_name=pseudonym(message["id"]), family_name="", consent_given_by="",
                  birth_year=year - middle if middle else None)
    return {**message, "fields": fields}
