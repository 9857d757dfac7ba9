"""What is in a store: counts per kind of record, clubs and their codes, pending changes, last sync.

The same figures come from `clubapp status --json` and (per club) from the server, so the two can be compared
after a sync. The JSON keys are documented in the README.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.local import Key
from ..store.models import SYNCED_MODELS, Club, Issue, Member
from ..store.sync_tables import KeyValue, OutboxBlob, OutboxChange

COUNTED = {
    "organisations": "organisation",
    "schools": "school",
    "clubs": "club",
    "members": "member",
    "accounts": "account",
    "projects": "project",
    "visits": "visit",
    "visit_attendees": "visit_attendee",
    "issues": "issue",
    "issue_events": "issue_event",
    "photos": "photo",
    "review_events": "review_event",
    "certificates": "certificate",
    "conflicts": "conflict",
}


def store_status(db: Database, club_id: str | None = None) -> dict[str, Any]:
    """What a store holds (of one club, or all): counts, issues by status, clubs, and what waits to be sent."""
    with db.reading() as session:
        counts = _counts(session, club_id)
        status_query = (
            select(Issue.status, func.count()).where(Issue.deleted_at.is_(None)).group_by(Issue.status)
        )
        if club_id is not None:
            status_query = status_query.where(Issue.club_id == club_id)
        issues_by_status = dict(session.execute(status_query).all())
        clubs_query = select(Club).where(Club.deleted_at.is_(None)).order_by(Club.country, Club.name)
        if club_id is not None:
            clubs_query = clubs_query.where(Club.id == club_id)
        clubs = [
            {"id": c.id, "code": c.code, "name": c.name, "country": c.country}
            for c in session.scalars(clubs_query)
        ]
        settings = {row.key: row.value for row in session.scalars(select(KeyValue))}
        pending = _pending(session)
    return {
        "counts": counts,
        "issues_by_status": issues_by_status,
        "countries": sorted({c["country"] for c in clubs}),
        "clubs": clubs,
        "device_id": settings.get(Key.INSTALL_ID),
        "home_club_id": settings.get(Key.HOME_CLUB_ID),
        "server_url": settings.get(Key.SERVER_URL),
        "pending": pending,
        "last_sync_at": settings.get(Key.LAST_SYNC_AT),
    }


def _counts(session: Session, club_id: str | None) -> dict[str, int]:
    by_table = {m.__tablename__: m for m in SYNCED_MODELS}  # type: ignore[attr-defined]
    counts: dict[str, int] = {}
    for key, table in COUNTED.items():
        model: Any = by_table[table]  # every synced model; the per-club ones have club_id
        query = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        if club_id is not None:
            if table == "club":
                query = query.where(model.id == club_id)
            elif model.PARTITION_COLUMN == "club_id":
                query = query.where(model.club_id == club_id)
            else:
                continue  # organisations and schools are not per club
        counts[key] = session.scalar(query) or 0
    for role, key in (("student", "students"), ("teacher", "teachers")):
        query = select(func.count()).select_from(Member).where(Member.role == role, Member.deleted_at.is_(None))
        if club_id is not None:
            query = query.where(Member.club_id == club_id)
        counts[key] = session.scalar(query) or 0
    return counts


def _pending(session: Session) -> dict[str, int]:
    """What waits to be sent, and how many changes the server refused."""
    def count(query: Any) -> int:
        return session.scalar(query) or 0

    return {"changes": count(select(func.count()).select_from(OutboxChange)),
            "photos": count(select(func.count()).select_from(OutboxBlob)),
            "refused": count(select(func.count()).select_from(OutboxChange)
                             .where(OutboxChange.refused_reason.is_not(None)))}
