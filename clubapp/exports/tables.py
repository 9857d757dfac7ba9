"""The rows every tabular export shares: projects, issues (current status and dates), events, visits and photos.

Rows are streamed from the database in batches (yield_per), so exporting a large network does not hold it all
in memory. Each column has a readable header, an HXL hashtag (the second header row of the CSV, which
humanitarian data tools read) and a kind (text, int, number, date) so XLSX cells are typed. A column with
`labels` holds the readable label of the code in the column before it.

Filters follow `clubapp stats`: club, country and sector apply to every table; the date range picks issues by
the day they were found (their events come with them, the whole history), visits by their day and photos by the
day they were taken; a status filter picks issues by their current status (with their events and photos).
Projects are the frame: every project in scope, with the counts of the issues the filter picked.
New record kinds (promised items, surveys, meetings...) become new Table entries and methods of ExportRows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select, true
from sqlalchemy.orm import aliased

from ..domain.actor import Actor
from ..domain.codelists import Role
from ..domain.pseudonyms import pseudonym
from ..store.database import Database
from ..store.models import Club, Issue, IssueEvent, Member, Photo, Project, Visit, VisitAttendee
from .labels import code_labels

BATCH = 2_000
MEDIA_FOLDER = "media"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    hxl: str = ""
    kind: str = "text"  # text, int, number, date
    labels: str = ""  # a code_labels() table: this column is the label of the code in `label_of`
    label_of: str = ""


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    @property
    def hashtags(self) -> list[str]:
        return [c.hxl for c in self.columns]

    @property
    def keys(self) -> list[str]:
        return [c.key for c in self.columns]

    @property
    def source_keys(self) -> list[str]:
        """The columns read from the database (label columns are filled in from them)."""
        return [c.key for c in self.columns if not c.label_of]


def _labelled(key: str, header: str, hxl: str, labels: str, label_header: str, label_hxl: str) -> tuple[Column, ...]:
    return (Column(key, header, hxl), Column(f"{key}_label", label_header, label_hxl, labels=labels, label_of=key))


PROJECTS = Table("projects", (
    Column("id", "Project id", "#activity+id"), Column("club", "Club code", "#org+code"),
    *_labelled("country", "Country code", "#country+code", "country", "Country", "#country+name"),
    Column("title", "Title", "#activity+name"),
    *_labelled("sector", "Sector (OC4IDS code)", "#sector+code", "sector", "Sector", "#sector+name"),
    *_labelled("status", "Status (OC4IDS code)", "#status+code", "project_status", "Status", "#status+name"),
    *_labelled("type", "Type (OC4IDS code)", "#activity+type+code", "project_type", "Type", "#activity+type+name"),
    Column("public_authority", "Responsible authority", "#org+name+responsible"),
    Column("implementing_agency", "Implementing agency or contractor", "#org+name+impl"),
    Column("funding_source", "Funding source", "#org+name+funder"),
    Column("budget_amount", "Budget", "#value+budget", "number"), Column("budget_currency", "Currency", "#currency"),
    Column("planned_start", "Planned start", "#date+start+planned", "date"),
    Column("planned_end", "Planned end", "#date+end+planned", "date"),
    Column("actual_start", "Actual start", "#date+start", "date"),
    Column("actual_end", "Actual end", "#date+end", "date"),
    Column("beneficiaries", "Beneficiaries", "#beneficiary+num", "int"),
    Column("latitude", "Latitude", "#geo+lat", "number"), Column("longitude", "Longitude", "#geo+lon", "number"),
    Column("admin_area", "Area", "#adm1+name"), Column("address", "Address", "#loc+name"),
    Column("issues", "Issues", "#indicator+issues+num", "int"),
    Column("issues_fixed", "Issues fixed", "#indicator+fixed+num", "int"),
    *_labelled("review_state", "Review (code)", "#status+review+code", "review", "Review", "#status+review+name"),
))
ISSUES = Table("issues", (
    Column("tracking_number", "Tracking number", "#event+code"), Column("id", "Issue id", "#event+id"),
    Column("project_id", "Project id", "#activity+id"), Column("club", "Club code", "#org+code"),
    *_labelled("country", "Country code", "#country+code", "country", "Country", "#country+name"),
    Column("admin_area", "Area", "#adm1+name"),
    *_labelled("sector", "Sector (OC4IDS code)", "#sector+code", "sector", "Sector", "#sector+name"),
    Column("title", "Title", "#event+name"),
    *_labelled("category", "Category (code)", "#event+type+code", "category", "Category", "#event+type+name"),
    *_labelled("severity", "Severity (code)", "#severity+code", "severity", "Severity", "#severity+name"),
    Column("responsible_party", "Responsible for fixing", "#org+name+responsible"),
    *_labelled("status", "Current status (code)", "#status+code", "issue_status", "Current status", "#status+name"),
    *_labelled("outcome", "Outcome (code)", "#status+outcome+code", "outcome", "Outcome", "#status+outcome+name"),
    Column("identified_on", "Identified on", "#date+identified", "date"),
    Column("first_reported_on", "First reported on", "#date+reported", "date"),
    Column("first_response_on", "First response on", "#date+response", "date"),
    Column("fixed_on", "Fixed on", "#date+fixed", "date"),
    Column("awaiting_response_since", "Waiting for an answer since", "#date+awaiting", "date"),
    Column("recorded_by", "Recorded by (pseudonym)", "#contact+pseudonym"),
    *_labelled("recorded_by_gender", "Recorder's gender (code)", "#contact+gender+code", "gender",
               "Recorder's gender", "#contact+gender+name"),
))
EVENTS = Table("events", (
    Column("tracking_number", "Tracking number", "#event+code"), Column("issue_id", "Issue id", "#event+id"),
    Column("club", "Club code", "#org+code"),
    *_labelled("kind", "Event (code)", "#status+code", "event", "Event", "#status+name"),
    Column("occurred_on", "Date", "#date", "date"), Column("reported_to", "Sent to", "#org+name+recipient"),
    *_labelled("channel", "How (code)", "#channel+code", "channel", "How", "#channel+name"),
    Column("reference", "Reference", "#meta+reference"), Column("note", "Note", "#description"),
    Column("recorded_by", "Recorded by (pseudonym)", "#contact+pseudonym"),
))
VISITS = Table("visits", (
    Column("id", "Visit id", "#meta+visit+id"), Column("project_id", "Project id", "#activity+id"),
    Column("club", "Club code", "#org+code"), Column("visited_on", "Date", "#date+visited", "date"),
    Column("attendees", "Monitors present", "#reached+monitors+num", "int"),
    *_labelled("documents_available", "Project documents available (code)", "#indicator+documents+code",
               "answer", "Project documents available", "#indicator+documents+name"),
    *_labelled("community_engaged", "Community engaged (code)", "#indicator+community+code", "answer",
               "Community engaged", "#indicator+community+name"),
    *_labelled("matches_specification", "Work matches the specification (code)", "#indicator+specification+code",
               "answer", "Work matches the specification", "#indicator+specification+name"),
    *_labelled("beneficiaries_satisfied", "Beneficiaries satisfied (code)", "#indicator+satisfied+code", "answer",
               "Beneficiaries satisfied", "#indicator+satisfied+name"),
    Column("notes", "Notes", "#description"),
))
PHOTOS = Table("photos", (
    Column("id", "Photo id", "#meta+photo+id"), Column("file", "File in the media zip", "#meta+file"),
    Column("project_id", "Project id", "#activity+id"), Column("tracking_number", "Issue tracking number",
                                                               "#event+code"),
    Column("visit_id", "Visit id", "#meta+visit+id"), Column("club", "Club code", "#org+code"),
    Column("taken_at", "Taken on", "#date+taken", "date"), Column("caption", "Caption", "#description"),
    *_labelled("evidence", "Evidence (code)", "#meta+evidence+code", "evidence", "Evidence", "#meta+evidence+name"),
    Column("latitude", "Latitude", "#geo+lat", "number"), Column("longitude", "Longitude", "#geo+lon", "number"),
    Column("width", "Width (pixels)", "#meta+width+num", "int"),
    Column("height", "Height (pixels)", "#meta+height+num", "int"),
    Column("size_bytes", "Size (bytes)", "#meta+bytes+num", "int"),
))
TABLES = (PROJECTS, ISSUES, EVENTS, VISITS, PHOTOS)


@dataclass(frozen=True)
class ExportFilter:
    """What to export, like `clubapp stats`'s filter (see the module's docstring for what applies where)."""

    date_from: date | None = None
    date_to: date | None = None
    countries: tuple[str, ...] = ()
    club_codes: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # issues' current status (domain.issue_status.IssueStatus values)


def scope(actor: Actor) -> ColumnElement[bool]:
    if actor.role is Role.ADMIN:
        return true()
    if actor.role is Role.PARTNER_STAFF:
        return Club.organisation_id == actor.organisation_id
    return Club.id == actor.club_id


def is_sha256(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def media_name(sha256: str, media_type: str) -> str:
    """Where a photo's bytes sit in a media zip (and in an OC4IDS package zip): named by their hash. A hash that
    is not one (a forged record) names no file: it could otherwise put "../" into a zip entry's name."""
    if not is_sha256(sha256):
        return ""
    suffix = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp"}.get(media_type, "bin")
    return f"{MEDIA_FOLDER}/{sha256}.{suffix}"


def _who(member_id: str | None, role: str | None) -> str:
    return pseudonym(member_id, role or "student") if member_id else ""


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), UTC)


class ExportRows:
    """Streams the rows of each table an actor may export, with the filter applied."""

    def __init__(self, db: Database, actor: Actor, club_codes: tuple[str, ...] = (),
                 flt: ExportFilter | None = None):
        flt = flt or ExportFilter()
        if club_codes:
            flt = replace(flt, club_codes=tuple(club_codes) + flt.club_codes)
        self.db, self.actor, self.filter = db, actor, flt
        self._labels: dict[str, dict[str, str]] | None = None

    @property
    def labels(self) -> dict[str, dict[str, str]]:
        if self._labels is None:
            self._labels = code_labels()
        return self._labels

    # -- conditions ------------------------------------------------------------------------------------------
    def _where(self) -> list[ColumnElement[bool]]:
        """Club, country and sector: every query joins Club and Project."""
        flt = self.filter
        conditions = [scope(self.actor)]
        if flt.club_codes:
            conditions.append(Club.code.in_(flt.club_codes))
        if flt.countries:
            conditions.append(Club.country.in_(flt.countries))
        if flt.sectors:
            conditions.append(Project.sector.in_(flt.sectors))
        return conditions

    def issue_where(self) -> list[ColumnElement[bool]]:
        flt = self.filter
        conditions = []
        if flt.date_from:
            conditions.append(Issue.identified_on >= flt.date_from)
        if flt.date_to:
            conditions.append(Issue.identified_on <= flt.date_to)
        if flt.statuses:
            conditions.append(Issue.status.in_(flt.statuses))
        return conditions

    def project_where(self) -> list[ColumnElement[bool]]:
        return [Project.deleted_at.is_(None), *self._where()]

    # -- streaming -------------------------------------------------------------------------------------------
    def rows(self, table: Table) -> Iterator[dict[str, Any]]:
        return {"projects": self.projects, "issues": self.issues, "events": self.events,
                "visits": self.visits, "photos": self.photos}[table.name]()

    def _stream(self, query: Any, table: Table, finish: Callable[[dict[str, Any], Any], None] | None = None
                ) -> Iterator[dict[str, Any]]:
        """Plain column tuples, not ORM objects: a million rows export several times faster. Values keep their
        Python types (dates, Decimals) for typed cells; label columns are filled from their codes."""
        keys = table.source_keys
        labelled = [(c.key, c.label_of, self.labels[c.labels]) for c in table.columns if c.label_of]
        with self.db.reading() as session:
            for row in session.execute(query.execution_options(yield_per=BATCH)):
                out = dict(zip(keys, row, strict=False))
                if finish:
                    finish(out, row)
                for key, code_key, labels in labelled:
                    code = out.get(code_key)
                    out[key] = labels.get(code, code or "") if code else ""
                yield out

    def _select(self, table: Table, model: Any, columns: dict[str, Any], *extra: Any) -> Any:
        return select(*[columns[key] if key in columns else getattr(model, key) for key in table.source_keys], *extra)

    def projects(self) -> Iterator[dict[str, Any]]:
        counts = (select(Issue.project_id, func.count().label("n"),
                         func.sum(case((Issue.outcome == "fixed", 1), else_=0)).label("fixed"))
                  .where(Issue.deleted_at.is_(None), *self.issue_where()).group_by(Issue.project_id).subquery())
        columns = {"club": Club.code, "country": func.coalesce(func.nullif(Project.country, ""), Club.country),
                   "issues": func.coalesce(counts.c.n, 0), "issues_fixed": func.coalesce(counts.c.fixed, 0)}
        query = (self._select(PROJECTS, Project, columns)
                 .select_from(Project)
                 .join(Club, Club.id == Project.club_id)
                 .outerjoin(counts, counts.c.project_id == Project.id)
                 .where(*self.project_where()).order_by(Club.code, Project.title))

        def finish(out: dict[str, Any], _row: Any) -> None:
            out["issues"], out["issues_fixed"] = int(out["issues"]), int(out["issues_fixed"])

        yield from self._stream(query, PROJECTS, finish)

    def _pseudonymise(self, out: dict[str, Any], row: Any) -> None:
        """The last selected column is the recorder's role; the member id becomes a pseudonym."""
        out["recorded_by"] = _who(out["recorded_by"], row[-1])

    def issues(self) -> Iterator[dict[str, Any]]:
        columns = {"club": Club.code, "country": Club.country, "admin_area": Project.admin_area,
                   "sector": Project.sector, "recorded_by": Issue.created_by,
                   "recorded_by_gender": func.coalesce(Member.gender, "")}
        query = (self._select(ISSUES, Issue, columns, Member.role)
                 .select_from(Issue)
                 .join(Club, Club.id == Issue.club_id)
                 .join(Project, Project.id == Issue.project_id)
                 .outerjoin(Member, Member.id == Issue.created_by)
                 .where(Issue.deleted_at.is_(None), *self._where(), *self.issue_where())
                 .order_by(Club.code, Issue.identified_on, Issue.tracking_number))
        yield from self._stream(query, ISSUES, self._pseudonymise)

    def events(self) -> Iterator[dict[str, Any]]:
        recorder = aliased(Member)
        columns = {"tracking_number": Issue.tracking_number, "club": Club.code,
                   "recorded_by": IssueEvent.recorded_by}
        query = (self._select(EVENTS, IssueEvent, columns, recorder.role)
                 .select_from(IssueEvent)
                 .join(Issue, Issue.id == IssueEvent.issue_id)
                 .join(Club, Club.id == IssueEvent.club_id)
                 .join(Project, Project.id == Issue.project_id)
                 .outerjoin(recorder, recorder.id == IssueEvent.recorded_by)
                 .where(IssueEvent.deleted_at.is_(None), Issue.deleted_at.is_(None), *self._where(),
                        *self.issue_where())
                 .order_by(Issue.tracking_number, IssueEvent.occurred_on, IssueEvent.created_at))
        yield from self._stream(query, EVENTS, self._pseudonymise)

    def visits(self) -> Iterator[dict[str, Any]]:
        attendees = (select(VisitAttendee.visit_id, func.count().label("n"))
                     .where(VisitAttendee.deleted_at.is_(None)).group_by(VisitAttendee.visit_id).subquery())
        columns = {"club": Club.code, "attendees": func.coalesce(attendees.c.n, 0)}
        conditions = [Visit.deleted_at.is_(None), *self._where()]
        if self.filter.date_from:
            conditions.append(Visit.visited_on >= self.filter.date_from)
        if self.filter.date_to:
            conditions.append(Visit.visited_on <= self.filter.date_to)
        query = (self._select(VISITS, Visit, columns)
                 .select_from(Visit)
                 .join(Club, Club.id == Visit.club_id)
                 .join(Project, Project.id == Visit.project_id)
                 .outerjoin(attendees, attendees.c.visit_id == Visit.id)
                 .where(*conditions).order_by(Club.code, Visit.visited_on))
        yield from self._stream(query, VISITS)

    def photo_query(self, *extra_columns: Any) -> Any:
        """Photos in scope: of a project (directly, or through their issue or visit) the filter keeps."""
        issue, visit = aliased(Issue), aliased(Visit)
        project_id = func.coalesce(Photo.project_id, issue.project_id, visit.project_id)
        taken = func.coalesce(Photo.taken_at, Photo.created_at)
        conditions = [Photo.deleted_at.is_(None), *self._where()]
        if self.filter.date_from:
            conditions.append(taken >= _day_start(self.filter.date_from))
        if self.filter.date_to:
            conditions.append(taken < _day_start(self.filter.date_to + timedelta(days=1)))
        if self.filter.statuses:
            conditions.append(issue.status.in_(self.filter.statuses))
        columns = {"project_id": project_id, "tracking_number": issue.tracking_number, "club": Club.code,
                   "taken_at": taken, "file": Photo.sha256}
        return (self._select(PHOTOS, Photo, columns, Photo.media_type, *extra_columns)
                .select_from(Photo)
                .join(Club, Club.id == Photo.club_id)
                .outerjoin(issue, and_(issue.id == Photo.issue_id, issue.deleted_at.is_(None)))
                .outerjoin(visit, and_(visit.id == Photo.visit_id, visit.deleted_at.is_(None)))
                .join(Project, Project.id == project_id)
                .where(*conditions).order_by(Club.code, taken, Photo.id))

    def photos(self) -> Iterator[dict[str, Any]]:
        def finish(out: dict[str, Any], row: Any) -> None:
            out["sha256"], out["media_type"] = out["file"], row[len(PHOTOS.source_keys)]
            out["file"] = media_name(out["sha256"], out["media_type"])
            if isinstance(out["taken_at"], datetime):
                out["taken_at"] = out["taken_at"].date()

        yield from self._stream(self.photo_query(), PHOTOS, finish)
