"""The domain model: who monitors what, what they found, and how it was followed up.

Every table here is synced (see base.Synced) and belongs to one club, except organisations. Tables used only by
sync bookkeeping live in sync_tables.py.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    inspect,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Synced, derived

UUID = String(36)


class Organisation(Synced, Base):
    """A partner NGO that trains and runs clubs."""

    __tablename__ = "organisation"
    PARTITION_COLUMN = None

    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(40))
    countries: Mapped[str] = mapped_column(String(200), default="")  # ISO 3166-1 alpha-2, comma-separated


class School(Synced, Base):
    __tablename__ = "school"
    PARTITION_COLUMN = None  # schools, like organisations, are public directory entries

    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    admin_area: Mapped[str] = mapped_column(String(120), default="")  # region, county, province
    place: Mapped[str] = mapped_column(String(120), default="")  # town or village
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)


class Club(Synced, Base):
    __tablename__ = "club"
    PARTITION_COLUMN = "id"

    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    school_id: Mapped[str] = mapped_column(ForeignKey("school.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(12), unique=True)  # public short code, e.g. KE7Q3M
    country: Mapped[str] = mapped_column(String(2))
    admin_area: Mapped[str] = mapped_column(String(120), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    follow_up_days: Mapped[int] = mapped_column(Integer, default=30)  # no answer for this long: follow up
    language: Mapped[str] = mapped_column(String(16), default="en")

    organisation: Mapped[Organisation] = relationship()
    school: Mapped[School] = relationship()


class Member(Synced, Base):
    """A student or teacher of a club. Students are minors: their names and birth year stay in the club."""

    __tablename__ = "member"
    __table_args__ = (
        CheckConstraint("role IN ('student', 'teacher')", name="role"),
        CheckConstraint("birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100", name="birth_year"),
    )

    club_id: Mapped[str] = mapped_column(ForeignKey("club.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    given_name: Mapped[str] = mapped_column(String(120))
    family_name: Mapped[str] = mapped_column(String(120), default="")
    gender: Mapped[str] = mapped_column(String(16), default="undisclosed")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    grade: Mapped[str] = mapped_column(String(20), default="")
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_given_by: Mapped[str] = mapped_column(String(200), default="")  # parent or guardian who agreed
    consent_recorded_on: Mapped[date | None] = mapped_column(Date)
    consent_recorded_by: Mapped[str | None] = mapped_column(ForeignKey("member.id"))  # the teacher
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    joined_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    erased_at: Mapped[datetime | None]  # personal data erased at the student's request; sync never restores it

    club: Mapped[Club] = relationship()

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


class Account(Synced, Base):
    """A way to sign in. Students and teachers have one tied to their member row; partner staff and admins
    belong to an organisation instead. Only an argon2 hash of the password or PIN is kept."""

    __tablename__ = "account"
    __table_args__ = (
        CheckConstraint("role IN ('student', 'teacher', 'partner_staff', 'admin')", name="role"),
        # user names are a club's own (no club can take another's names or learn which exist); partner staff
        # and administrators, who belong to no club, have names unique among themselves
        UniqueConstraint("club_id", "username", name="uq_account_club_username"),
        Index("uq_account_staff_username", "username", unique=True, sqlite_where=text("club_id IS NULL"),
              postgresql_where=text("club_id IS NULL")),
    )

    club_id: Mapped[str | None] = mapped_column(ForeignKey("club.id"), index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("member.id"), unique=True)
    username: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    member: Mapped[Member | None] = relationship()


class Reviewable:
    """Records a student submits for a teacher's review.

    `revision` grows each time an approved record is changed; the review state is derived from the review
    events of the current revision (none yet: a draft), so an approved revision can never change silently.
    """

    revision: Mapped[int] = mapped_column(Integer, default=1)
    review_state: Mapped[str] = derived(String(16), default="draft")
    created_by: Mapped[str | None] = mapped_column(ForeignKey("member.id"))


class Project(Synced, Reviewable, Base):
    """A public service-delivery project the club monitors (fields follow OC4IDS where it has them)."""

    __tablename__ = "project"
    __table_args__ = (
        CheckConstraint("budget_amount IS NULL OR budget_amount >= 0", name="budget"),
        CheckConstraint("latitude IS NULL OR latitude BETWEEN -90 AND 90", name="latitude"),
        CheckConstraint("longitude IS NULL OR longitude BETWEEN -180 AND 180", name="longitude"),
    )

    club_id: Mapped[str] = mapped_column(ForeignKey("club.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    sector: Mapped[str] = mapped_column(String(40))  # OC4IDS projectSector
    status: Mapped[str] = mapped_column(String(20))  # OC4IDS projectStatus
    type: Mapped[str] = mapped_column(String(20), default="construction")  # OC4IDS projectType
    public_authority: Mapped[str] = mapped_column(String(300), default="")  # responsible for the project
    implementing_agency: Mapped[str] = mapped_column(String(300), default="")  # agency or contractor
    funding_source: Mapped[str] = mapped_column(String(300), default="")
    budget_amount: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    budget_currency: Mapped[str] = mapped_column(String(3), default="")
    planned_start: Mapped[date | None] = mapped_column(Date)
    planned_end: Mapped[date | None] = mapped_column(Date)
    actual_start: Mapped[date | None] = mapped_column(Date)
    actual_end: Mapped[date | None] = mapped_column(Date)
    beneficiaries: Mapped[int | None] = mapped_column(Integer)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    address: Mapped[str] = mapped_column(String(300), default="")
    admin_area: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="")

    club: Mapped[Club] = relationship()


class Visit(Synced, Reviewable, Base):
    """A monitoring visit to a project site, with the questions monitors answer there."""

    __tablename__ = "visit"

    club_id: Mapped[str] = mapped_column(ForeignKey("club.id"), index=True)
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    visited_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Each answer is a VISIT_ANSWERS code: yes, partly, no, unknown.
    documents_available: Mapped[str] = mapped_column(String(10), default="unknown")
    community_engaged: Mapped[str] = mapped_column(String(10), default="unknown")
    matches_specification: Mapped[str] = mapped_column(String(10), default="unknown")
    beneficiaries_satisfied: Mapped[str] = mapped_column(String(10), default="unknown")

    project: Mapped[Project] = relationship()
    attendees: Mapped[list[VisitAttendee]] = relationship(
        primaryjoin="and_(Visit.id == VisitAttendee.visit_id, VisitAttendee.deleted_at.is_(None))",
        viewonly=True,
    )


class VisitAttendee(Synced, Base):
    """One member present at a visit (its own row, so two devices adding people to a visit both count)."""

    __tablename__ = "visit_attendee"
    __table_args__ = (UniqueConstraint("visit_id", "member_id"),)

    club_id: Mapped[str] = mapped_column(ForeignKey("club.id"), index=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), index=True)

    member: Mapped[Member] = relationship()


class Issue(Synced, Reviewable, Base):
    """A problem monitors found. Its history is IssueEvent rows; the status columns here are a cache of them."""

    __tablename__ = "issue"

    club_id: Mapped[str] = mapped_column(ForeignKey("club.id"), index=True)
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"))
    tracking_number: Mapped[str] = mapped_column(String(24), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(30))
    severity: Mapped[str] = mapped_column(String(10))
    description: Mapped[str] = mapped_column(Text, default="")
    responsible_party: Mapped[str] = mapped_column(String(300), default="")  # who should fix it

    # Derived from the events (domain.issue_status.derive_state); indexed for the lists and figures.
    status: Mapped[str] = derived(String(20), default="identified", index=True)
    outcome: Mapped[str | None] = derived(String(20))
    identified_on: Mapped[date | None] = derived(Date, index=True)
    first_reported_on: Mapped[date | None] = derived(Date)
    first_response_on: Mapped[date | None] = derived(Date)
    fixed_on: Mapped[date | None] = derived(Date)
    awaiting_response_since: Mapped[date | None] = derived(Date, index=True)

    project: Mapped[Project] = relationship()
    events: Mapped[list[IssueEvent]] = relationship(
        back_populates="issue",
        primaryjoin="and_(Issue.id == IssueEvent.issue_id, IssueEvent.deleted_at.is_(None))",
        viewonly=True,
    )


class IssueEvent(Synced, Base):
    """One step in an issue's history. Append-only: never edited, so offline status changes never conflict."""

    __tablename__ = "issue_event"

    club_id: Mapped[str] = mapped_column(ForeignKey("club.id"), index=True)
    issue_id: Mapped[str] = mapped_column(ForeignKey("issue.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # domain.issue_status.EventKind
    occurred_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str | None] = mapped_column(ForeignKey("member.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    reported_to: Mapped[str] = mapped_column(String(300), default="")  # authority, for reports and follow-ups
    channel: Mapped[str] = mapped_column(String(16), default="")  # codelists.CONTACT_CHANNELS
    reference: Mapped[str] = mapped_column(String(120), default="")  # letter or case number given back

    issue: Mapped[Issue] = relationship(back_populates="events")
    recorder: Mapped[Member | None] = relationship()


class Photo(Synced, Base):
    """A photo's record; its bytes live in the photo store under their SHA-256, so one JPEG is stored once."""

    __tablename__ = "photo"
    __table_args__ = (
        CheckConstraint("evidence IS NULL OR evidence IN ('before', 'after')", name="evidence"),
    )

    club_id: Mapped[str] = mapped_column(ForeignKey("club.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(40), default="image/jpeg")
    taken_at: Mapped[datetime | None]
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    caption: Mapped[str] = mapped_column(Text, default="")
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"), index=True)
    issue_id: Mapped[str | None] = mapped_column(ForeignKey("issue.id"), index=True)
    evidence: Mapped[str | None] = mapped_column(String(10))
    added_by: Mapped[str | None] = mapped_column(ForeignKey("member.id"))


class ReviewEvent(Synced, Base):
    """A step of a teacher's review: submitted, approved or returned with a comment. Append-only.

    `snapshot` keeps the record as submitted, so the teacher sees what changed since the last approval.
    """

    __tablename__ = "review_event"
    __table_args__ = (
        CheckConstraint("action IN ('submitted', 'approved', 'returned')", name="action"),
        CheckConstraint("entity_type IN ('project', 'visit', 'issue')", name="entity_type"),
    )

    club_id: Mapped[str] = mapped_column(ForeignKey("club.id"), index=True)
    entity_type: Mapped[str] = mapped_column(String(10))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))
    comment: Mapped[str] = mapped_column(Text, default="")
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("member.id"))
    acted_at: Mapped[datetime]
    snapshot: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Certificate(Synced, Base):
    """A certificate printed for a student; its verification code lets anyone check it is genuine."""

    __tablename__ = "certificate"

    club_id: Mapped[str] = mapped_column(ForeignKey("club.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), index=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    verification_code: Mapped[str] = mapped_column(String(32), unique=True)
    issued_on: Mapped[date] = mapped_column(Date)
    issued_by: Mapped[str | None] = mapped_column(ForeignKey("member.id"))
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    visits_count: Mapped[int] = mapped_column(Integer, default=0)
    issues_reported: Mapped[int] = mapped_column(Integer, default=0)
    issues_fixed: Mapped[int] = mapped_column(Integer, default=0)
    revoked_at: Mapped[datetime | None]

    member: Mapped[Member] = relationship(foreign_keys=[member_id])


class Conflict(Synced, Base):
    """The same field edited on two devices: the server keeps one value (deterministically) and records the
    other here, so a teacher sees both, with who and when, and can choose."""

    __tablename__ = "conflict"

    club_id: Mapped[str] = mapped_column(ForeignKey("club.id"), index=True)
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    other_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    kept_device: Mapped[str | None] = mapped_column(String(36))
    other_device: Mapped[str | None] = mapped_column(String(36))
    kept_at: Mapped[datetime | None]
    other_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str | None] = mapped_column(ForeignKey("member.id"))


SYNCED_MODELS: tuple[type[Synced], ...] = (
    Organisation,
    School,
    Club,
    Member,
    Account,
    Project,
    Visit,
    VisitAttendee,
    Issue,
    IssueEvent,
    Photo,
    ReviewEvent,
    Certificate,
    Conflict,
)
"""In dependency order: a row's foreign keys point only to rows of earlier tables (sync applies in this order)."""

MODEL_BY_TABLE: dict[str, type[Synced]] = {m.__tablename__: m for m in SYNCED_MODELS}  # type: ignore[attr-defined]


def _foreign_keys() -> dict[str, list[tuple[str, str]]]:
    """For each synced table, its columns that point to a synced row: (attribute, table pointed to)."""
    keys: dict[str, list[tuple[str, str]]] = {}
    for model in SYNCED_MODELS:
        mapper = inspect(model)
        keys[model.__tablename__] = [  # type: ignore[attr-defined]
            (attr.key, fk.column.table.name) for attr in mapper.column_attrs for fk in attr.columns[0].foreign_keys
            if fk.column.table.name in MODEL_BY_TABLE]
    return keys


FOREIGN_KEYS = _foreign_keys()
