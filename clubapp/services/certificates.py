"""Certificates for students: what they did (visits, issues reported, issues fixed that they followed), recorded
when printed, with a number and a verification code anyone can check with `clubapp verify CODE`.

The code is 60 random bits in Crockford's base32 with a check character: a mistyped code is recognised as such,
and a made-up or changed one matches no certificate the network issued. A code is checked against the
certificates in the store (a club's computers and the server hold the club's certificates).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, or_, select

from ..domain import codes
from ..store.base import today, utcnow
from ..store.database import Database
from ..store.models import Certificate, Club, Issue, IssueEvent, Member, Visit, VisitAttendee
from ..words import _
from .actor import Actor
from .authz import require_read, require_teacher
from .errors import InvalidInput, NotFound
from .records import live
from .views import shown_name

FIXED = ("fixed", "fix_verified")


@dataclass(frozen=True)
class CertificateData:
    """Everything a certificate page shows."""

    id: str
    number: str
    verification_code: str
    student_name: str
    club_name: str
    school_name: str
    country: str
    teacher_name: str
    issued_on: date
    period_start: date | None
    period_end: date | None
    visits: int
    issues_reported: int
    issues_fixed: int


@dataclass(frozen=True)
class Verification:
    genuine: bool
    message: str
    certificate: CertificateData | None = None


def new_verification_code() -> str:
    body = "".join(secrets.choice(codes.ALPHABET) for _ in range(12))
    return body + codes.check_char(body)


def format_code(code: str) -> str:
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


class CertificateService:
    def __init__(self, db: Database):
        self.db = db

    def issue(self, actor: Actor, club_id: str, member_ids: list[str] | None = None,
              period_start: date | None = None, period_end: date | None = None) -> list[CertificateData]:
        """Record one certificate per student (all active students with consent when `member_ids` is None)."""
        require_teacher(actor, club_id, _("print certificates"))
        with self.db.transaction() as session:
            club = session.get(Club, club_id)
            if club is None:
                raise NotFound(_("That club is not on this computer."))
            query = select(Member).where(Member.club_id == club_id, Member.role == "student",
                                         Member.deleted_at.is_(None))
            if member_ids is None:
                query = query.where(Member.active)
            else:
                query = query.where(Member.id.in_(member_ids))
            students = list(session.scalars(query.order_by(Member.given_name, Member.family_name)))
            if member_ids is not None and len(students) != len(set(member_ids)):
                raise InvalidInput({"members": _("Some of the chosen people are not students of this club.")})
            teacher = session.get(Member, actor.member_id) if actor.member_id else None
            if teacher is None:  # printed from the command line: signed for the club's teacher
                teacher = session.scalar(select(Member).where(Member.club_id == club_id, Member.role == "teacher",
                                                              Member.active, Member.deleted_at.is_(None))
                                         .order_by(Member.created_at))
            out = []
            for student in students:
                visits, reported, fixed = self._activity(session, student.id, period_start, period_end)
                certificate = Certificate(
                    club_id=club_id, member_id=student.id,
                    number=f"{club.code}-{today():%Y}-{secrets.choice(range(10_000, 100_000))}",
                    verification_code=new_verification_code(), issued_on=today(),
                    issued_by=actor.member_id, period_start=period_start, period_end=period_end,
                    visits_count=visits, issues_reported=reported, issues_fixed=fixed,
                )
                session.add(certificate)
                out.append(self._data(certificate, student, club, teacher))
            return out

    def discard(self, actor: Actor, certificate_ids: list[str]) -> None:
        """Forget certificates recorded for a batch that was stopped or failed before its PDF was written:
        their codes were never printed, so they must not verify (tombstones, so that this syncs too)."""
        if not certificate_ids:
            return
        with self.db.transaction() as session:
            for certificate in session.scalars(select(Certificate).where(Certificate.id.in_(certificate_ids))):
                require_teacher(actor, certificate.club_id, _("print certificates"))
                certificate.deleted_at = utcnow()

    def verify(self, code: str) -> Verification:
        """Anyone may check a code: it says only whether it is genuine, and whose certificate it is."""
        cleaned = codes.normalise(code).replace("-", "")
        if len(cleaned) != 13 or codes.check_char(cleaned[:-1]) != cleaned[-1]:
            return Verification(False, _("This is not a valid verification code: check it was typed exactly "
                                         "as printed."))
        with self.db.reading() as session:
            certificate = session.scalar(select(Certificate).where(Certificate.verification_code == cleaned,
                                                                   Certificate.deleted_at.is_(None)))
            if certificate is None:
                return Verification(False, _("No certificate with this code was issued in this network (as "
                                             "far as this computer knows: sync, then try again)."))
            student = session.get(Member, certificate.member_id)
            club = session.get(Club, certificate.club_id)
            if student is None or club is None:  # a certificate synced ahead of its student or club
                return Verification(False, _("No certificate with this code was issued in this network (as "
                                             "far as this computer knows: sync, then try again)."))
            teacher = session.get(Member, certificate.issued_by) if certificate.issued_by else None
            data = self._data(certificate, student, club, teacher)
        if certificate.revoked_at is not None:
            return Verification(False, _("Certificate {number} was withdrawn.").format(number=data.number), data)
        return Verification(True, _("Genuine: certificate {number} for {student}, {club}, issued on {date}.").format(
            number=data.number, student=data.student_name, club=data.club_name, date=data.issued_on.isoformat()), data)

    def list_for_club(self, actor: Actor, club_id: str) -> list[CertificateData]:
        with self.db.reading() as session:
            require_read(session, actor, club_id)
            club = live(session, Club, club_id, _("That club is not on this computer."))
            rows = session.execute(select(Certificate, Member).join(Member, Member.id == Certificate.member_id)
                                   .where(Certificate.club_id == club_id, Certificate.deleted_at.is_(None))
                                   .order_by(Certificate.issued_on)).all()
            return [replace(self._data(c, m, club, None), student_name=shown_name(actor, m)) for c, m in rows]

    @staticmethod
    def _activity(session, member_id: str, start: date | None, end: date | None) -> tuple[int, int, int]:
        visits = select(func.count()).select_from(VisitAttendee).join(Visit, Visit.id == VisitAttendee.visit_id) \
            .where(VisitAttendee.member_id == member_id, VisitAttendee.deleted_at.is_(None),
                   Visit.deleted_at.is_(None))
        reported = select(func.count()).select_from(Issue).where(Issue.created_by == member_id,
                                                                 Issue.deleted_at.is_(None))
        followed = select(IssueEvent.issue_id).where(IssueEvent.recorded_by == member_id)
        fixed = select(func.count()).select_from(Issue).where(
            or_(Issue.created_by == member_id, Issue.id.in_(followed)), Issue.status.in_(FIXED),
            Issue.deleted_at.is_(None))
        if start:
            visits, reported = visits.where(Visit.visited_on >= start), reported.where(Issue.identified_on >= start)
        if end:
            visits, reported = visits.where(Visit.visited_on <= end), reported.where(Issue.identified_on <= end)
        return session.scalar(visits) or 0, session.scalar(reported) or 0, session.scalar(fixed) or 0

    @staticmethod
    def _data(certificate: Certificate, student: Member, club: Club, teacher: Member | None) -> CertificateData:
        return CertificateData(
            id=certificate.id, number=certificate.number, verification_code=certificate.verification_code,
            student_name=student.full_name, club_name=club.name, school_name=club.school.name if club.school else "",
            country=club.country, teacher_name=teacher.full_name if teacher else "",
            issued_on=certificate.issued_on, period_start=certificate.period_start,
            period_end=certificate.period_end, visits=certificate.visits_count,
            issues_reported=certificate.issues_reported, issues_fixed=certificate.issues_fixed,
        )
