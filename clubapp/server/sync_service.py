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

import hashlib
import json
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from ..services.issues import refresh_issue_state
from ..services.members import PERSONAL_FIELDS, erased_fields, scrub_erased_member
from ..services.reviews import REVIEWABLE, refresh_review_state
from ..store.base import utcnow
from ..store.changes import lock_server_sequence
from ..store.database import Database, rows_by_key
from ..store.fields import field_columns, from_json, to_json
from ..store.models import FOREIGN_KEYS, MODEL_BY_TABLE, SYNCED_MODELS, Club, Conflict, Issue, Member, Photo
from ..store.sync_tables import AppliedChange, Device
from ..sync.client import DEVICE_WRITABLE
from .change_validation import Invalid, check_envelope, check_values

MAX_CHANGES_PER_PUSH = 500
PULL_PAGE = 500


CONSENT_MISSING = ("A student's records are accepted only once a teacher has recorded a parent's or guardian's "
                   "consent: record it on the Members page, then sync again.")


ID_REUSED = ("This change id was already used by this club for a different change: it was not applied, and "
             "nothing was changed.")


class Refused(Exception):
    pass


def content_hash(change: dict[str, Any]) -> str:
    """What a change says, as a SHA-256: the same change sent again has the same hash, another under its id not."""
    said = {key: change.get(key) for key in ("entity_type", "entity_id", "fields", "base_seq")}
    return hashlib.sha256(json.dumps(said, sort_keys=True, separators=(",", ":"), default=str).encode()).hexdigest()


CLUB_ROLES = ("student", "teacher")  # the accounts a club's computer may make; partner staff and admins are the server's


def _check_authority(session: Session, device: Device, entity_type: str, values: dict[str, Any], row: Any) -> None:
    """What the club check alone lets through: a change of the device's club that points at another club's
    record (and re-derives it: an approval, an issue's status), an account a club may not make, a review
    decision that names no teacher of the club, a photo row naming bytes only another club has."""
    def now(key: str) -> Any:
        return values[key] if key in values else getattr(row, key, None)

    for key, target in FOREIGN_KEYS.get(entity_type, ()):
        model = MODEL_BY_TABLE[target]
        if not values.get(key) or target == "club" or not hasattr(model, "club_id"):
            continue  # the club is checked above; an account's organisation below
        parent = session.get(model, values[key])
        if parent is not None and parent.club_id != device.club_id:
            raise Refused(f"This record points to another club's {target} ({key}).")
    if entity_type == "account" and (now("role") not in CLUB_ROLES or now("organisation_id")):
        raise Refused("A club's computer makes only its students' and teachers' accounts.")
    if entity_type == "review_event":
        model = REVIEWABLE.get(now("entity_type"))
        reviewed = session.get(model, now("entity_id")) if model is not None and now("entity_id") else None
        if reviewed is None or reviewed.club_id != device.club_id:
            raise Refused("A review is of a record of this club.")
        if now("action") in ("approved", "returned"):
            teacher = session.get(Member, now("actor_id")) if now("actor_id") else None
            if teacher is None or teacher.role != "teacher" or teacher.club_id != device.club_id \
                    or not teacher.active:
                raise Refused("Only a teacher of this club can approve or return a record.")
    if entity_type == "photo" and "sha256" in values:
        others = select(Photo.club_id).where(Photo.sha256 == values["sha256"], Photo.club_id != device.club_id)
        ours = select(Photo.id).where(Photo.sha256 == values["sha256"], Photo.club_id == device.club_id)
        if session.scalar(others.limit(1)) is not None and session.scalar(ours.limit(1)) is None:
            raise Refused("Another club already has a photo with exactly this content; this copy stays on this computer.")


class SyncService:
    def __init__(self, db: Database):
        self.db = db

    # -- push -------------------------------------------------------------------------------------------------
    def push(self, device: Device, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if device.club_id is None:
            raise Refused("Partner staff computers read the clubs' records; they do not change them.")
        if len(changes) > MAX_CHANGES_PER_PUSH:
            raise Refused(f"At most {MAX_CHANGES_PER_PUSH} changes per request.")
        problems: dict[int, str] = {}
        for index, change in enumerate(changes):  # before any query sees them (a NUL fails PostgreSQL's)
            try:
                check_envelope(change)
            except Invalid as exc:
                problems[index] = str(exc)
        answers = []
        with self.db.transaction() as session:
            lock_server_sequence(session)
            known = self._prefetch(session, device.club_id,
                                   [c for index, c in enumerate(changes) if index not in problems])
            for index, change in enumerate(changes):
                if index in problems:  # refused on its own, remembered nowhere: nothing changes
                    answers.append({"change_id": str(change.get("change_id", "")), "status": "refused",
                                    "reason": problems[index]})
                else:
                    answers.append(self._one(session, device, change, known))
        return answers

    @staticmethod
    def _prefetch(session: Session, club_id: str, changes: list[dict[str, Any]]) -> dict[tuple[str, str], Any]:
        """The changes seen before and the rows changed, one query per table rather than one per change:
        (table, id) -> row, or None when there is none yet."""
        ids = [str(c.get("change_id")) for c in changes if c.get("change_id")]
        known: dict[tuple[str, str], Any] = {("applied_change", key): None for key in ids}
        for start in range(0, len(ids), 500):  # this club's answers only: another club's ids are not ours
            for row in session.scalars(select(AppliedChange).where(AppliedChange.club_id == club_id,
                                                                   AppliedChange.change_id.in_(ids[start:start + 500]))):
                known[("applied_change", row.change_id)] = row
        by_type: dict[str, list[str]] = {}
        for c in changes:
            if isinstance(c.get("entity_type"), str) and c["entity_type"] in MODEL_BY_TABLE \
                    and isinstance(c.get("entity_id"), str):
                by_type.setdefault(c["entity_type"], []).append(c["entity_id"])
        for table, entity_ids in by_type.items():
            known.update({(table, key): row for key, row in
                          rows_by_key(session, MODEL_BY_TABLE[table], entity_ids).items()})
        return known

    def _one(self, session: Session, device: Device, change: dict[str, Any],
             known: dict[tuple[str, str], Any]) -> dict[str, Any]:
        change_id = change["change_id"]  # checked: an id of at most 36 characters, no NUL
        key = ("applied_change", change_id)
        digest = content_hash(change)
        seen = known[key] if key in known else session.get(AppliedChange, (device.club_id, change_id))
        if seen is not None:
            if seen.content_hash == digest or (seen.content_hash is None and seen.device_id == device.id):
                return {"change_id": change_id, **seen.result}  # sent again (a lost answer, a copy, a bundle)
            return {"change_id": change_id, "status": "refused", "reason": ID_REUSED}
        savepoint = session.begin_nested()
        try:
            seq = self._apply(session, device, change, known)
            result: dict[str, Any] = {"status": "accepted", "server_seq": seq}
            savepoint.commit()
        except Refused as exc:
            savepoint.rollback()
            result = {"status": "refused", "reason": str(exc)}
            seq = None
        applied = AppliedChange(club_id=device.club_id, change_id=change_id, content_hash=digest,
                                device_id=device.id, entity_type=str(change.get("entity_type", ""))[:30],
                                entity_id=str(change.get("entity_id", ""))[:36], server_seq=seq, result=result)
        session.add(applied)
        known[key] = applied  # the same change twice in one push: answered the same
        return {"change_id": change_id, **result}

    def _apply(self, session: Session, device: Device, change: dict[str, Any],
               known: dict[tuple[str, str], Any]) -> int:
        entity_type, entity_id = change.get("entity_type"), change.get("entity_id")
        model, values = _values_of(change)
        row = known[(entity_type, entity_id)] if (entity_type, entity_id) in known else session.get(model, entity_id)
        club_id = values.get("club_id", getattr(row, "club_id", None))
        if club_id != device.club_id or (row is not None and row.club_id != device.club_id):
            raise Refused("This record belongs to another club.")
        _check_authority(session, device, entity_type, values, row)
        base_seq = change.get("base_seq") or 0
        if not isinstance(base_seq, int | float):
            raise Refused("The change is malformed (its base_seq is not a number).")
        if row is None and entity_type == "member" and values.get("role", "student") == "student" \
                and not values.get("consent_given"):
            raise Refused(CONSENT_MISSING)  # the app holds these back (clubapp.sync.consent); an old one may not
        erasing = entity_type == "member" and row is not None and row.erased_at is None and values.get("erased_at")
        if erasing:  # every personal field, also those this device did not see change since it last synced
            values.update(erased_fields(row.id, row.role))
        if entity_type == "member" and row is not None and row.erased_at is not None:
            # erased for good: a computer that was offline may still hold the old details; they are not taken
            values = {key: value for key, value in values.items() if key not in PERSONAL_FIELDS + ("erased_at",)}
        if row is None:
            row = model(id=entity_id, origin_device=device.id, **values)
            session.add(row)
        else:
            _merge(session, device, entity_type, row, values, base_seq, erasing=bool(erasing))
        try:
            session.flush()
        except Exception as exc:
            raise Refused(f"The record could not be stored ({type(exc).__name__}).") from exc
        known[(entity_type, entity_id)] = row
        if erasing:
            scrub_erased_member(session, row)  # conflict records that still hold an old name
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
            high = _high_mark(session)
            if partner:
                clubs = list(session.scalars(select(Club).where(Club.organisation_id == device.organisation_id)))
            else:
                club = session.get(Club, device.club_id)
                clubs = [club] if club is not None else []
            if not clubs:
                return {"rows": [], "next": since, "more": False, "high": high, "clubs": []}
            club_ids = [c.id for c in clubs]
            scope = {"organisation": ("id", [clubs[0].organisation_id]), "school": ("id", [c.school_id for c in clubs]),
                     "club": ("id", club_ids)}
            for model in SYNCED_MODELS:
                table = model.__tablename__  # type: ignore[attr-defined]
                column, values = scope.get(table, ("club_id", club_ids))
                # up to the mark read first: each query here may see pushes committed since (PostgreSQL's read
                # committed), and a row of one (an issue) without the row it needs from the same push (its
                # project, read by an earlier query) would break the puller. Pushes commit in sequence order,
                # so every version up to `high` is committed and visible to every query below.
                newer = (model.server_seq > since) & (model.server_seq <= high)
                query = select(model).where(getattr(model, column).in_(values), newer)
                if partner and table == "account":
                    query = select(model).where(model.id == device.account_id, newer)
                query = query.order_by(model.server_seq).limit(limit)
                found = [(r.server_seq, table, r) for r in session.scalars(query)]
                table_full = table_full or len(found) == limit
                rows += found
            rows.sort(key=lambda item: item[0])
            page = rows[:limit]
            mark = page[-1][0] if page else since

            def readable(table: str, row: Any) -> bool:
                if partner and table == "account":
                    return row.id == device.account_id
                column, values = scope.get(table, ("club_id", club_ids))
                return getattr(row, column) in values

            ahead = _parents_ahead(session, page, mark, readable)
            out = [_message(table, row) for _seq, table, row in ahead + page]
        if partner:
            out = [_pseudonymous(message) for message in out]
        return {"rows": out, "next": mark, "more": len(rows) > limit or table_full, "high": high,
                "clubs": sorted(club_ids)}


def _parents_ahead(session: Session, page: list[tuple[int, str, Any]], mark: int, readable: Any) -> list:
    """Rows the page's rows point to that were changed after the page's end (a club renamed after its projects
    were made): sent now too, so that a page never names a row its reader does not have yet. They come again,
    unchanged, when the pull reaches their number."""
    have = {(table, row.id) for _seq, table, row in page}
    ahead: list[tuple[int, str, Any]] = []
    frontier = page
    for _depth in range(6):  # organisation <- school <- club <- project <- issue <- event: bounded
        wanted: dict[str, set[str]] = {}
        for _seq, table, row in frontier:
            for key, target in FOREIGN_KEYS.get(table, ()):
                value = getattr(row, key)
                if value and (target, value) not in have:
                    wanted.setdefault(target, set()).add(value)
        frontier = []
        for target, ids in wanted.items():
            model = MODEL_BY_TABLE[target]
            for row in session.scalars(select(model).where(model.id.in_(ids), model.server_seq > mark)):
                if readable(target, row):
                    frontier.append((row.server_seq, target, row))
                have.add((target, row.id))
            have.update((target, i) for i in ids)
        if not frontier:
            break
        ahead += frontier
    return ahead



def _values_of(change: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """The model a change is of and its fields as column values; refused when it is not a record a club's
    computer writes, or a field is unknown or of the wrong type."""
    entity_type = change.get("entity_type")
    if not isinstance(entity_type, str) or entity_type not in DEVICE_WRITABLE:
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
    try:
        check_values(entity_type, columns, values)
    except Invalid as exc:
        raise Refused(str(exc)) from exc
    return model, values


def _merge(session: Session, device: Device, entity_type: str, row: Any, values: dict[str, Any], base_seq: float,
           erasing: bool) -> None:
    """An edit into the server's row, field by field. A field changed on the server since this device last saw it,
    by another device, keeps the server's value; the other one is kept in a Conflict row for the teacher."""
    for key, value in values.items():
        if getattr(row, key) == value:
            continue
        newer = (row.field_seqs or {}).get(key, row.server_seq or 0)
        if newer > base_seq and not erasing and not _own_version(session, device, row.id, newer):
            session.add(Conflict(club_id=row.club_id, entity_type=entity_type, entity_id=row.id, field=key,
                                 kept_value=to_json(getattr(row, key)), other_value=to_json(value),
                                 other_device=device.id, other_at=utcnow(), kept_at=row.updated_at))
            continue
        setattr(row, key, value)
    row.updated_at = utcnow()


def _high_mark(session: Session) -> int:
    """The last sequence number handed out. A device whose mark is above it synced with a server that has
    since been restored from an older backup: it re-sends what the server lost (see the client)."""
    from ..store.changes import SEQ_KEY
    from ..store.sync_tables import KeyValue

    row = session.get(KeyValue, SEQ_KEY)
    return int(row.value or 0) if row is not None else 0


def _own_version(session: Session, device: Device, entity_id: str, seq: int) -> bool:
    """Was version `seq` of this record made by this device's own earlier change? Then an edit queued after
    it (a project created, then corrected, before any sync) builds on it: no conflict with oneself."""
    return session.scalar(select(AppliedChange.change_id).where(
        AppliedChange.device_id == device.id, AppliedChange.entity_id == entity_id,
        AppliedChange.server_seq == seq).limit(1)) is not None


def _message(table: str, row: Any) -> dict[str, Any]:
    fields = {key: to_json(getattr(row, key)) for key in field_columns(inspect(type(row)))}
    return {"entity_type": table, "id": row.id, "server_seq": row.server_seq, "field_seqs": row.field_seqs or {},
            "origin_device": row.origin_device, "created_at": to_json(row.created_at),
            "updated_at": to_json(row.updated_at), "fields": fields}


def _pseudonymous(message: dict[str, Any]) -> dict[str, Any]:
    """What a partner may know of a student: a stable pseudonym, gender, grade, and an age band (kept as the
    band's middle birth year, so figures by age band still work). Consent details stay in the club."""
    if message["entity_type"] == "conflict" and message["fields"].get("entity_type") == "member":
        return {**message, "fields": {**message["fields"], "kept_value": None, "other_value": None}}
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
