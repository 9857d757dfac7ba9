"""A believable demo network, built through the same services the app uses (so it obeys every rule they do).

Two partner organisations, seven clubs in five countries, a dozen members per club, five monitored projects per
club with visits, photos and issues whose histories span the last year: fixed and verified, partly fixed, not
fixed, waiting, overdue, followed up, reopened. Dates are relative to today, so the follow-up list always has
work in it. The same seed gives the same network (names, places, histories and club codes; record ids and
tracking numbers are new UUIDs each time, as on a real device).
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain import codes
from ..domain.codelists import Role
from ..domain.issue_status import EventKind
from ..store.base import today
from ..store.database import Database
from ..store.local import LocalStore
from ..store.models import Club
from . import demo_content as content
from .actor import Actor
from .demo_pictures import site_picture
from .issues import IssueInput
from .local_settings import LocalSettings
from .members import MemberInput
from .projects import ProjectInput
from .registry import Services
from .status import store_status
from .visits import VisitInput

TEACHER_PASSWORD = "teacher-pass"
STUDENT_PIN = "1234"
PARTNER_PASSWORD = "partner-pass"
PROJECTS_PER_CLUB = 5

GRADES = {"KE": "Form 3", "NP": "Grade 9", "LR": "Grade 10", "SL": "SSS 1", "AF": "Grade 10"}

Progress = Callable[[str], None]


def build_demo_network(
    store: Database,
    seed: int = 7,
    *,
    blobs: Any = None,
    with_photos: bool = True,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Fill `store` with the demo network; returns a summary (clubs and codes, accounts, counts, lines)."""
    return _DemoBuilder(store, seed, blobs, with_photos, progress or (lambda _message: None)).build()


class _DemoBuilder:
    def __init__(self, store: Database, seed: int, blobs: Any, with_photos: bool, progress: Progress):
        self.store = store
        self.rng = random.Random(seed)
        self.services = Services.for_store(store, blobs if blobs is not None else getattr(store, "blobs", None))
        self.with_photos = with_photos and self.services.photos.blobs is not None
        self.progress = progress
        self.operator = Actor.operator()
        self.today = today()
        self.clubs: list[dict[str, Any]] = []
        self.accounts: list[dict[str, str]] = []
        self.overdue_clubs: set[str] = set()

    # -- the whole network ------------------------------------------------------------------------------------

    def build(self) -> dict[str, Any]:
        org_ids = {}
        for org in content.ORGANISATIONS:
            org_ids[org.key] = self.services.clubs.create_organisation(
                self.operator, org.name, org.short_name, org.countries
            )
            username = f"partner.{org.short_name.lower()}"
            self.services.accounts.create_account(
                self.operator,
                username=username,
                role=Role.PARTNER_STAFF,
                secret=PARTNER_PASSWORD,
                organisation_id=org_ids[org.key],
            )
            self.accounts.append(
                {"username": username, "secret": PARTNER_PASSWORD, "role": "partner_staff", "club": ""}
            )
        with tempfile.TemporaryDirectory(prefix="clubapp-demo-") as photo_dir:
            self.photo_dir = Path(photo_dir)
            for index, club in enumerate(content.CLUBS):
                self.progress(f"Club {index + 1} of {len(content.CLUBS)}: {club.place}")
                self._club(index, club, org_ids[club.organisation])
        home = self.clubs[content.HOME_CLUB_INDEX]
        if isinstance(self.store, LocalStore):
            LocalSettings(self.store).home_club_id = home["id"]
        counts = store_status(self.store)["counts"]
        return {
            "home_club_id": home["id"],
            "clubs": self.clubs,
            "accounts": self.accounts,
            "counts": counts,
            "lines": self._summary_lines(counts),
        }

    def _summary_lines(self, counts: dict[str, int]) -> list[str]:
        lines = [
            f"{counts['organisations']} partner organisations, {counts['clubs']} clubs, "
            f"{counts['students']} students, {counts['teachers']} teachers, {counts['projects']} projects, "
            f"{counts['visits']} visits, {counts['issues']} issues, {counts['photos']} photos",
            "",
            "Clubs (code, place, teacher's user name):",
        ]
        for club in self.clubs:
            home = "  <- this computer's club" if club["id"] == self.clubs[content.HOME_CLUB_INDEX]["id"] else ""
            lines.append(f"  {club['code']}  {club['country']} {club['place']:<10} {club['teacher']}{home}")
        lines += [
            "",
            f"Sign in: teachers with password '{TEACHER_PASSWORD}', students of the home club with PIN "
            f"'{STUDENT_PIN}', partner staff (partner.ia, partner.waan) with '{PARTNER_PASSWORD}'.",
        ]
        return lines

    # -- one club ----------------------------------------------------------------------------------------------

    def _club(self, index: int, club: content.DemoClub, organisation_id: str) -> None:
        club_id = self.services.clubs.create_club(
            self.operator,
            organisation_id=organisation_id,
            school_name=club.school,
            club_name=club.club,
            country=club.country,
            admin_area=club.admin_area,
            place=club.place,
            latitude=club.latitude,
            longitude=club.longitude,
            code=self._club_code(club.country),
        )
        username = f"teacher.{club.place.lower()}"
        given, family, gender = club.teacher
        teacher_id = self.services.clubs.create_first_teacher(
            club_id, given_name=given, family_name=family, username=username, password=TEACHER_PASSWORD,
            gender=gender,
        )
        teacher = Actor(Role.TEACHER, member_id=teacher_id, club_id=club_id, display_name=f"{given} {family}")
        self.accounts.append(
            {"username": username, "secret": TEACHER_PASSWORD, "role": "teacher", "club": club.place}
        )
        students = self._students(index, club, club_id, teacher)
        code = self.services.clubs.get_club(self.operator, club_id).code
        self.clubs.append(
            {"id": club_id, "code": code, "name": club.club, "country": club.country, "place": club.place,
             "teacher": username}
        )
        # Each club monitors five of the eight kinds of project, a different five from its neighbour.
        templates = [
            content.PROJECT_TEMPLATES[(index + k) % len(content.PROJECT_TEMPLATES)]
            for k in range(PROJECTS_PER_CLUB)
        ]
        for number, template in enumerate(templates):
            self._project(club, club_id, number, template, students, teacher)

    def _club_code(self, country: str) -> str | None:
        """A code from the seed, so the README's demo codes stay the same; None (a random one) if taken."""
        code = country + "".join(self.rng.choice(codes.ALPHABET) for _ in range(4))
        with self.store.reading() as session:
            taken = session.scalar(select(Club.id).where(Club.code == code))
        return None if taken else code

    def _students(
        self, index: int, club: content.DemoClub, club_id: str, teacher: Actor
    ) -> list[Actor]:
        students = []
        for number, (given, family, gender) in enumerate(club.students):
            member_id = self.services.members.add_member(
                self.operator,
                club_id,
                MemberInput(
                    given_name=given,
                    family_name=family,
                    gender=gender,
                    birth_year=self.today.year - self.rng.randint(13, 17),
                    grade=GRADES.get(club.country, "Grade 9"),
                    joined_on=self.today - timedelta(days=self.rng.randint(200, 500)),
                ),
            )
            # Two students per club have no consent form back yet: the app must show it.
            if number < len(club.students) - 2:
                self.services.members.record_consent(
                    teacher, member_id, "Parent or guardian (signed form)",
                    self.today - timedelta(days=self.rng.randint(150, 400)),
                )
            if index == content.HOME_CLUB_INDEX:
                username = f"{given}.{family}".lower()
                self.services.accounts.create_account(
                    teacher, username=username, role=Role.STUDENT, secret=STUDENT_PIN, member_id=member_id,
                    club_id=club_id,
                )
                self.accounts.append(
                    {"username": username, "secret": STUDENT_PIN, "role": "student", "club": club.place}
                )
            students.append(Actor(Role.STUDENT, member_id=member_id, club_id=club_id, display_name=given))
        return students

    # -- projects, visits, issues ------------------------------------------------------------------------------

    def _project(
        self,
        club: content.DemoClub,
        club_id: str,
        number: int,
        template: content.ProjectTemplate,
        students: list[Actor],
        teacher: Actor,
    ) -> None:
        """A project with three visits, its reviews, a photo of the first visit and the template's problems."""
        author = students[number % len(students)]
        data = self._project_input(club, number, template)
        project_id = self.services.projects.create(author, club_id, data)
        location = (data.latitude or 0.0, data.longitude or 0.0)
        visits = self._visits(project_id, students)
        self._review(author, teacher, "project", project_id, recent=False)
        for visit_id, age, attendees in visits:
            self._review(attendees[0], teacher, "visit", visit_id, recent=age < 20)
        if self.with_photos:
            old_visit_id, old_age, recorder = visits[0][0], visits[0][1], visits[0][2][0]
            self._photo(recorder, template, *location, old_age, project_id=project_id,
                        visit_id=old_visit_id, evidence="before", caption="The site on our first visit")
        for problem_title, category, severity in template.problems:
            visit_id, age, attendees = self.rng.choices(visits, weights=(35, 40, 25))[0]
            self._issue(club, project_id, visit_id, age, attendees, teacher, problem_title, category, severity,
                        club.authorities[number % len(club.authorities)], location, template)

    def _project_input(self, club: content.DemoClub, number: int, template: content.ProjectTemplate) -> ProjectInput:
        """The project's facts: in one of the club's villages, with its authority, contractor, dates and budget."""
        rng = self.rng
        village = club.villages[number % len(club.villages)]
        latitude = round(club.latitude + rng.uniform(-0.03, 0.03), 5)
        longitude = round(club.longitude + rng.uniform(-0.03, 0.03), 5)
        planned_start = self.today - timedelta(days=rng.randint(300, 560))
        planned_end = planned_start + timedelta(days=rng.randint(150, 330))
        actual_start = planned_start + timedelta(days=rng.randint(0, 45))
        finished = planned_end + timedelta(days=rng.randint(0, 90))
        completed = finished < self.today - timedelta(days=30) and rng.random() < 0.4
        usd = rng.randint(*template.budget) // 100 * 100
        return ProjectInput(
            title=template.title.format(village=village, place=club.place),
            sector=template.sector,
            status="completion" if completed else "implementation",
            type=template.type,
            description=template.description,
            public_authority=club.authorities[number % len(club.authorities)],
            implementing_agency=club.contractors[number % len(club.contractors)],
            funding_source=rng.choice(("National government", "County / municipal budget", "Donor grant")),
            budget_amount=str(usd * content.USD_RATE[club.currency]),
            budget_currency=club.currency,
            planned_start=planned_start,
            planned_end=planned_end,
            actual_start=actual_start,
            actual_end=finished if completed else None,
            beneficiaries=rng.randint(*template.beneficiaries) // 10 * 10,
            latitude=latitude,
            longitude=longitude,
            address=f"{village}, {club.place}",
            admin_area=club.admin_area,
            country=club.country,
        )

    def _visits(self, project_id: str, students: list[Actor]) -> list[tuple[str, int, list[Actor]]]:
        """Three visits: an old one, one a few months ago and a recent one. Problems are found on visits, and how
        far a problem's story has got depends on how long ago it was found. Returns (id, days ago, who went)."""
        rng = self.rng
        visits = []
        for age in (rng.randint(150, 320), rng.randint(45, 140), rng.randint(4, 14)):
            attendees = rng.sample(students, 4)
            visit_id = self.services.visits.record(
                attendees[0],
                project_id,
                VisitInput(
                    visited_on=self.today - timedelta(days=age),
                    notes=rng.choice(content.VISIT_NOTES),
                    documents_available=rng.choice(("yes", "partly", "no")),
                    community_engaged=rng.choice(("yes", "partly", "no", "unknown")),
                    matches_specification=rng.choice(("yes", "partly", "no")),
                    beneficiaries_satisfied=rng.choice(("yes", "partly", "no")),
                    attendee_ids=[a.member_id for a in attendees if a.member_id],
                ),
            )
            visits.append((visit_id, age, attendees))
        return visits

    def _issue(
        self,
        club: content.DemoClub,
        project_id: str,
        visit_id: str,
        age: int,
        attendees: list[Actor],
        teacher: Actor,
        title: str,
        category: str,
        severity: str,
        authority: str,
        location: tuple[float, float],
        template: content.ProjectTemplate,
    ) -> None:
        rng = self.rng
        possible = [name for name, (low, high) in content.SCENARIO_AGE.items() if low <= age <= high]
        scenario = rng.choices(possible, weights=[content.SCENARIO_WEIGHTS[n] for n in possible])[0]
        if club.place not in self.overdue_clubs and "overdue_no_response" in possible:
            scenario = "overdue_no_response"  # every club has something to follow up
        if scenario == "overdue_no_response":
            self.overdue_clubs.add(club.place)
        found_on = self.today - timedelta(days=age)
        recorder = attendees[0]
        issue_id, tracking = self.services.issues.record(
            recorder,
            project_id,
            IssueInput(
                title=title,
                category=category,
                severity=severity,
                description=f"Seen on our visit of {found_on:%d %B %Y}. {title}.",
                responsible_party=authority,
            ),
            identified_on=found_on,
            visit_id=visit_id,
        )
        stretch = rng.uniform(0.8, 1.0)  # one factor per issue keeps the steps in order
        for step, (kind, after_days) in enumerate(content.SCENARIOS[scenario]):
            occurred_on = min(found_on + timedelta(days=round(after_days * stretch)), self.today)
            contact = kind in ("reported", "follow_up_sent")
            self.services.issues.add_event(
                attendees[step % len(attendees)],
                issue_id,
                EventKind(kind),
                occurred_on=occurred_on,
                note=content.EVENT_NOTES.get(kind, ""),
                reported_to=authority if contact else "",
                channel=rng.choice(content.CHANNELS) if contact else "",
                reference=f"{tracking[:6]}/{rng.randint(10, 99)}" if kind == "reported" else "",
            )
            if kind == "fix_verified" and self.with_photos and club is content.CLUBS[content.HOME_CLUB_INDEX]:
                self._photo(attendees[0], template, *location, (self.today - occurred_on).days,
                            issue_id=issue_id, evidence="after", caption="After the fix", fixed=True)
        self._review(recorder, teacher, "issue", issue_id, recent=age < 20)

    def _review(self, author: Actor, teacher: Actor, entity_type: str, entity_id: str, *, recent: bool) -> None:
        """Old work is approved; recent work is a mix of drafts, waiting submissions and returned ones."""
        roll = self.rng.random()
        if recent and roll < 0.25:
            return  # a draft the student has not submitted yet
        self.services.reviews.submit(author, entity_type, entity_id)
        if recent and roll < 0.6:
            return  # waiting in the teacher's queue
        if recent and roll < 0.75:
            self.services.reviews.return_with_comment(
                teacher, entity_type, entity_id, self.rng.choice(content.RETURN_COMMENTS)
            )
            return
        self.services.reviews.approve(teacher, entity_type, entity_id)

    # -- photos ------------------------------------------------------------------------------------------------

    def _photo(
        self,
        actor: Actor,
        template: content.ProjectTemplate,
        latitude: float,
        longitude: float,
        age_days: int,
        *,
        fixed: bool = False,
        **owner: Any,
    ) -> None:
        """A drawn picture of the site, saved as a phone would (EXIF date and GPS), then imported."""
        taken = self.today - timedelta(days=age_days)
        path = self.photo_dir / f"IMG_{len(list(self.photo_dir.iterdir())) + 1:04d}.jpg"
        path.write_bytes(site_picture(self.rng, template.sector, taken, latitude, longitude, fixed=fixed))
        self.services.photos.add_photos(actor, [path], **owner)
