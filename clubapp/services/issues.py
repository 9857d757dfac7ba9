"""Issues: record a problem, then follow it through its history until it is fixed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, literal, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from ..domain import codes
from ..domain.codelists import CONTACT_CHANNELS, ISSUE_CATEGORIES, ISSUE_SEVERITIES
from ..domain.issue_status import (
    ALLOWED_NEXT,
    EventFact,
    EventKind,
    IssueState,
    IssueStatus,
    days_waiting,
    derive_state,
    is_overdue,
)
from ..store.base import today, utcnow
from ..store.database import Database
from ..store.models import Club, Issue, IssueEvent, Member, Project
from ..store.sql import days_between
from ..words import _
from .actor import Actor
from .authz import readable_club_ids, require_read, require_write
from .errors import Conflict, InvalidInput, NotFound
from .overdue import overdue_in_sql
from .records import live, set_changed, valid
from .reviews import start_revision_if_locked
from .validation import Problems, clean_text, not_in_future, one_of, required, too_long
from .views import IssueView, issue_view, shown_name

# Events that tell an authority about the issue: they say to whom and how.
_CONTACT_EVENTS = (EventKind.REPORTED, EventKind.FOLLOW_UP_SENT)


def refresh_issue_state(session: Session, issue: Issue) -> IssueState:
    """Recompute the cached status columns from the events (after a local event, or events pulled by sync)."""
    events = session.scalars(
        select(IssueEvent).where(IssueEvent.issue_id == issue.id, IssueEvent.deleted_at.is_(None))
    )
    state = derive_state(EventFact(EventKind(e.kind), e.occurred_on, e.created_at, e.id) for e in events)
    issue.status = state.status.value
    issue.outcome = state.outcome.value if state.outcome else None
    issue.identified_on = state.identified_on
    issue.first_reported_on = state.first_reported_on
    issue.first_response_on = state.first_response_on
    issue.fixed_on = state.fixed_on
    issue.awaiting_response_since = state.awaiting_response_since
    return state


@dataclass
class IssueInput:
    title: str
    category: str
    severity: str
    description: str = ""
    responsible_party: str = ""

    def validate(self) -> Problems:
        problems = Problems()
        self.title, self.description = clean_text(self.title), clean_text(self.description)
        self.responsible_party = clean_text(self.responsible_party)
        problems.check("title", required(self.title, _("A short title")))
        problems.check("title", too_long(self.title, 300, _("The title")))
        problems.check("responsible_party", too_long(self.responsible_party, 300, _("Who should fix it")))
        problems.check("category", one_of(self.category, ISSUE_CATEGORIES, _("issue category")))
        problems.check("severity", one_of(self.severity, ISSUE_SEVERITIES, _("severity")))
        return problems


@dataclass(frozen=True)
class IssueRow:
    id: str
    club_id: str
    project_id: str
    project_title: str
    tracking_number: str
    title: str
    category: str
    severity: str
    status: str
    review_state: str
    identified_on: date | None
    awaiting_response_since: date | None
    days_waiting: int
    overdue: bool


@dataclass(frozen=True)
class WordMatch:
    """A word typed in the filter: found in a row's text, or in a label the UI shows (its codes, by field)."""

    text: str
    codes: tuple[tuple[str, tuple[str, ...]], ...] = ()  # ("category" | "severity" | "status", codes)


@dataclass(frozen=True)
class IssueQuery:
    """Which issues a window of the list shows, and in which order."""

    project_id: str | None = None
    overdue_only: bool = False
    category: str | None = None
    status: str | None = None
    words: tuple[WordMatch, ...] = ()
    sort: str = "identified_on"  # a field of IssueRow: see _SORT_COLUMNS
    descending: bool = True


@dataclass(frozen=True)
class IssueSlice:
    total: int | None  # how many issues the query picks (None when the window did not start at 0)
    rows: list[IssueRow]


_WORD_FIELDS = {"category": Issue.category, "severity": Issue.severity, "status": Issue.status}
_SORT_COLUMNS: dict[str, Any] = {
    "tracking_number": Issue.tracking_number, "title": Issue.title, "project_title": Project.title,
    "category": Issue.category, "severity": Issue.severity, "status": Issue.status,
    "identified_on": Issue.identified_on, "days_waiting": Issue.awaiting_response_since,
}


@dataclass(frozen=True)
class TimelineEntry:
    id: str
    kind: str
    occurred_on: date
    recorded_at: datetime
    recorded_by: str
    note: str
    reported_to: str
    channel: str
    reference: str


class IssueService:
    def __init__(self, db: Database):
        self.db = db

    def record(
        self,
        actor: Actor,
        project_id: str,
        data: IssueInput,
        *,
        identified_on: date | None = None,
        visit_id: str | None = None,
    ) -> tuple[str, str]:
        """Record a problem; returns its id and tracking number (shown to the student at once)."""
        problems = data.validate()
        identified_on = identified_on or today()
        problems.check("identified_on", not_in_future(identified_on, _("The day it was found")))
        if problems:
            raise InvalidInput(problems)
        with self.db.transaction() as session:
            project = live(session, Project, project_id, _("That project is no longer on this computer."))
            require_write(actor, project.club_id)
            club = project.club
            issue = Issue(
                club_id=project.club_id,
                project_id=project.id,
                visit_id=visit_id,
                title=data.title,
                category=data.category,
                severity=data.severity,
                description=data.description,
                responsible_party=data.responsible_party,
                created_by=actor.member_id,
            )
            issue.tracking_number = codes.tracking_number(club.code, issue.id)
            session.add(issue)
            session.add(
                IssueEvent(
                    club_id=issue.club_id,
                    issue_id=issue.id,
                    kind=EventKind.IDENTIFIED.value,
                    occurred_on=identified_on,
                    recorded_by=actor.member_id,
                )
            )
            session.flush()
            refresh_issue_state(session, issue)
            return issue.id, issue.tracking_number

    def update(self, actor: Actor, issue_id: str, data: IssueInput) -> None:
        data = valid(data)
        with self.db.transaction() as session:
            issue = self._get(session, issue_id)
            require_write(actor, issue.club_id)
            set_changed(issue, vars(data), on_change=start_revision_if_locked)

    def add_event(
        self,
        actor: Actor,
        issue_id: str,
        kind: EventKind,
        *,
        occurred_on: date | None = None,
        note: str = "",
        reported_to: str = "",
        channel: str = "",
        reference: str = "",
    ) -> str:
        """Record the next step of an issue's history. Events are never edited afterwards."""
        occurred_on = occurred_on or today()
        problems = Problems()
        problems.check("occurred_on", not_in_future(occurred_on, _("The date")))
        note, reported_to, reference = clean_text(note), clean_text(reported_to), clean_text(reference)
        if kind in _CONTACT_EVENTS:
            problems.check("reported_to", required(reported_to, _("Who it was sent to")))
            problems.check("channel", one_of(channel, CONTACT_CHANNELS, _("way of contacting")))
        problems.check("reported_to", too_long(reported_to, 300, _("Who it was sent to")))
        problems.check("reference", too_long(reference, 120, _("The reference")))
        if problems:
            raise InvalidInput(problems)
        with self.db.transaction() as session:
            issue = self._get(session, issue_id)
            require_write(actor, issue.club_id)
            state = refresh_issue_state(session, issue)
            if kind not in ALLOWED_NEXT[state.status]:
                raise Conflict(
                    _("An issue that is '{status}' cannot be marked '{step}' next.").format(status=state.status.value,
                                                                               step=kind.value)
                )
            if state.identified_on and occurred_on < state.identified_on:
                raise InvalidInput({"occurred_on": _("The date is before the issue was found.")})
            event = IssueEvent(
                club_id=issue.club_id,
                issue_id=issue.id,
                kind=kind.value,
                occurred_on=occurred_on,
                recorded_by=actor.member_id,
                note=note,
                reported_to=reported_to,
                channel=channel,
                reference=reference,
            )
            session.add(event)
            session.flush()
            refresh_issue_state(session, issue)
            return event.id

    def next_actions(self, status: str) -> tuple[EventKind, ...]:
        return ALLOWED_NEXT[IssueStatus(status)]

    def timeline(self, actor: Actor, issue_id: str) -> list[TimelineEntry]:
        with self.db.reading() as session:
            issue = self._get(session, issue_id)
            require_read(session, actor, issue.club_id)
            rows = session.execute(
                select(IssueEvent, Member)
                .outerjoin(Member, Member.id == IssueEvent.recorded_by)
                .where(IssueEvent.issue_id == issue_id, IssueEvent.deleted_at.is_(None))
            ).all()
        entries = [
            TimelineEntry(
                e.id,
                e.kind,
                e.occurred_on,
                e.created_at,
                shown_name(actor, m),
                e.note,
                e.reported_to,
                e.channel,
                e.reference,
            )
            for e, m in rows
        ]
        return sorted(entries, key=lambda t: (t.occurred_on, t.recorded_at.isoformat(), t.id))

    def get(self, actor: Actor, issue_id: str) -> IssueView:
        with self.db.reading() as session:
            issue = self._get(session, issue_id)
            require_read(session, actor, issue.club_id)
            return issue_view(issue)

    def find_by_tracking_number(self, actor: Actor, tracking_number: str) -> IssueView:
        if not codes.is_tracking_number(tracking_number):
            raise InvalidInput(
                {"tracking_number": _("That is not a tracking number (check for a typing mistake).")}
            )
        number = codes.normalise(tracking_number, country_prefix=True)
        with self.db.reading() as session:
            issue = session.scalar(select(Issue).where(Issue.tracking_number == number))
            if issue is None:
                raise NotFound(_("No issue {number} on this computer.").format(number=number))
            require_read(session, actor, issue.club_id)
            return issue_view(issue)

    def list(
        self,
        actor: Actor,
        club_id: str | None = None,
        project_id: str | None = None,
        overdue_only: bool = False,
        on: date | None = None,
    ) -> list[IssueRow]:
        """Issues with their derived status; `overdue_only` gives the Follow-ups due list."""
        on = on or today()
        # Plain columns, not Issue objects: the issues page lists up to 100,000 rows and building ORM objects
        # for each would be most of the time it takes to open.
        query = (
            select(
                Issue.id, Issue.club_id, Issue.project_id, Project.title, Issue.tracking_number, Issue.title,
                Issue.category, Issue.severity, Issue.status, Issue.review_state, Issue.identified_on,
                Issue.awaiting_response_since, Club.follow_up_days,
            )
            .join(Project, Project.id == Issue.project_id)
            .join(Club, Club.id == Issue.club_id)
            .where(Issue.deleted_at.is_(None))
            .order_by(Issue.identified_on.desc(), Issue.tracking_number)
        )
        if project_id:
            query = query.where(Issue.project_id == project_id)
        if overdue_only:
            query = query.where(overdue_in_sql(on))
        with self.db.reading() as session:
            if club_id is not None:
                require_read(session, actor, club_id)
                query = query.where(Issue.club_id == club_id)
            else:
                allowed = readable_club_ids(session, actor)
                if allowed is not None:
                    query = query.where(Issue.club_id.in_(allowed))
            rows = session.execute(query).all()
        result = []
        for (issue_id, club_id_, project_id_, project_title, number, title, category, severity, status, review_state,
             identified_on, since, follow_up_days) in rows:
            result.append(IssueRow(issue_id, club_id_, project_id_, project_title, number, title, category, severity,
                                   status, review_state, identified_on, since, days_waiting(since, on),
                                   is_overdue(since, on, follow_up_days)))
        if overdue_only:
            result.sort(key=lambda r: -r.days_waiting)
        return result

    def list_window(self, actor: Actor, club_id: str | None, query: IssueQuery, offset: int = 0,
                    limit: int = 200, on: date | None = None, *, count: bool = True) -> IssueSlice:
        """One screenful of the issues `query` picks, filtered and sorted in SQL, with how many there are in all
        when offset is 0 (a short window is all there is; a full one is counted unless `count` is False, then
        total is None: count_issues later): the issues page shows 100,000 issues without reading them all."""
        on = on or today()
        # SQLite's LIKE ignores case already (ASCII letters; other scripts have no case or are typed as stored):
        # lower() on three columns of every row cost more than the search itself
        sqlite = self.db.engine.dialect.name == "sqlite"
        since = Issue.awaiting_response_since
        waiting = days_between(since, literal(on))
        conditions = _window_conditions(query, on, sqlite)
        base = select().select_from(Issue).join(Project, Project.id == Issue.project_id).join(
            Club, Club.id == Issue.club_id).where(*conditions)
        sort = _SORT_COLUMNS.get(query.sort)
        if sort is None:
            raise ValueError(f"cannot sort issues by {query.sort!r}")  # the UI's own column names: a bug, not input
        if query.sort == "days_waiting":
            sort = case((since.is_(None), None), else_=waiting)
        if query.words:  # a search: find the matches, then sort them (walking the sort's index is slower)
            sort = func.coalesce(sort, sort)
        primary = sort.desc() if query.descending else sort.asc()
        if not sqlite:  # SQLite puts empty values last going down, first going up; PostgreSQL the other way
            primary = primary.nulls_last() if query.descending else primary.nulls_first()
        ordered = [primary, Issue.tracking_number.desc() if query.descending else Issue.tracking_number]
        with self.db.reading() as session:
            if club_id is not None:
                require_read(session, actor, club_id)
                base = base.where(Issue.club_id == club_id)
            else:
                allowed = readable_club_ids(session, actor)
                if allowed is not None:
                    base = base.where(Issue.club_id.in_(allowed))
            rows = session.execute(base.add_columns(
                Issue.id, Issue.club_id, Issue.project_id, Project.title, Issue.tracking_number, Issue.title,
                Issue.category, Issue.severity, Issue.status, Issue.review_state, Issue.identified_on,
                since, Club.follow_up_days,
            ).order_by(*ordered).offset(max(0, offset)).limit(max(0, min(limit, 5000)))).all()
            total = None
            if offset == 0:  # a short first window is all there is; otherwise count them
                if len(rows) < limit:
                    total = len(rows)
                elif count:
                    total = session.scalar(base.add_columns(func.count()))
        result = []
        for (issue_id, club_id_, project_id, project_title, number, title, category, severity, status, review_state,
             identified_on, awaiting, follow_up_days) in rows:
            result.append(IssueRow(issue_id, club_id_, project_id, project_title, number, title, category, severity,
                                   status, review_state, identified_on, awaiting, days_waiting(awaiting, on),
                                   is_overdue(awaiting, on, follow_up_days)))
        return IssueSlice(total=total, rows=result)

    def count_issues(self, actor: Actor, club_id: str | None, query: IssueQuery, on: date | None = None) -> int:
        """How many issues `query` picks (the count list_window(count=False) left out)."""
        return self.list_window(actor, club_id, query, 0, 0, on).total or 0

    def remove(self, actor: Actor, issue_id: str) -> None:
        with self.db.transaction() as session:
            issue = self._get(session, issue_id)
            require_write(actor, issue.club_id)
            issue.deleted_at = utcnow()

    @staticmethod
    def _get(session: Session, issue_id: str) -> Issue:
        return live(session, Issue, issue_id, _("That issue is no longer on this computer."))


def _window_conditions(query: IssueQuery, on: date, sqlite: bool) -> list[ColumnElement[bool]]:
    """What an issue must be to be in the window: live, then the page's filters and typed words."""
    conditions: list[ColumnElement[bool]] = [Issue.deleted_at.is_(None)]
    if query.project_id:
        conditions.append(Issue.project_id == query.project_id)
    if query.overdue_only:
        conditions.append(overdue_in_sql(on))
    if query.category:
        conditions.append(Issue.category == query.category)
    if query.status:
        conditions.append(Issue.status == query.status)
    for word in query.words:  # every word somewhere in the row: its text, or a label the UI matched
        pattern = "%" + word.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        found = [column.like(pattern, escape="\\") if sqlite else column.ilike(pattern, escape="\\")
                 for column in (Issue.tracking_number, Issue.title, Project.title)]
        for field, values in word.codes:
            if values:
                found.append(_WORD_FIELDS[field].in_(values))
        conditions.append(or_(*found))
    return conditions
