"""What is in a store: counts per kind of record, clubs and their codes, pending changes, last sync.

The same figures come from `clubapp status --json` and (per club) from the server, so the two can be compared
after a sync. The JSON keys are documented in the README.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from ..store.database import Database
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
    by_table = {m.__tablename__: m for m in SYNCED_MODELS}  # type: ignore[attr-defined]
    counts: dict[str, int] = {}
    with db.reading() as session:
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
        student_query = (
            select(func.count())
            .select_from(Member)
            .where(Member.role == "student", Member.deleted_at.is_(None))
        )
        teacher_query = (
            select(func.count())
            .select_from(Member)
            .where(Member.role == "teacher", Member.deleted_at.is_(None))
        )
        if club_id is not None:
            student_query = student_query.where(Member.club_id == club_id)
            teacher_query = teacher_query.where(Member.club_id == club_id)
        counts["students"] = session.scalar(student_query) or 0
        counts["teachers"] = session.scalar(teacher_query) or 0
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
        countries = sorted({c["country"] for c in clubs})
        settings = {row.key: row.value for row in session.scalars(select(KeyValue))}
        pending_changes = session.scalar(select(func.count()).select_from(OutboxChange)) or 0
        pending_photos = session.scalar(select(func.count()).select_from(OutboxBlob)) or 0
        refused = (
            session.scalar(
                select(func.count()).select_from(OutboxChange).where(OutboxChange.refused_reason.is_not(None))
            )
            or 0
        )
    return {
        "counts": counts,
        "issues_by_status": issues_by_status,
        "countries": countries,
        "clubs": clubs,
        "device_id": settings.get("device_id"),
        "home_club_id": settings.get("home_club_id"),
        "server_url": settings.get("server_url"),
        "pending": {"changes": pending_changes, "photos": pending_photos, "refused": refused},
        "last_sync_at": settings.get("last_sync_at"),
    }
