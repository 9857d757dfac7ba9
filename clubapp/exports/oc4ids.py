"""OC4IDS: an Open Contracting for Infrastructure Data Standard project package (schema 0.9).

Each monitored project becomes an OC4IDS project: its authority and contractor as parties, budget, planned and
actual periods, location, photos as documents of type "illustration" and the club's monitoring summary (visits,
issues and what became of them) as a "physicalProgressReport" document. No personal data of monitors is included.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain.errors import InvalidInput
from ..store.base import utcnow
from ..store.models import Club, Issue, Photo, Project, Visit
from ..words import _
from .tables import ExportRows

PUBLISHER = "clubapp (Integrity Clubs)"
ID_PREFIX = "clubapp"


def _datetime(value: date | None) -> str | None:
    return datetime.combine(value, time(0), UTC).isoformat().replace("+00:00", "Z") if value else None


def _period(start: date | None, end: date | None) -> dict[str, str] | None:
    period = {k: v for k, v in (("startDate", _datetime(start)), ("endDate", _datetime(end))) if v}
    return period or None


def _party(name: str, role: str) -> dict[str, Any]:
    """A party's id is derived from its name, so the same authority has the same id in every export."""
    return {"id": f"{role}-{hashlib.sha256(name.encode()).hexdigest()[:12]}", "name": name, "roles": [role]}


def _monitoring_summary(project: Project, visits: list[Visit], issues: list[Issue]) -> str:
    outcomes = Counter(i.outcome or ("closed" if i.status == "closed" else "open") for i in issues)
    parts = [f"Monitored by Integrity Club {project.club.code}: {len(visits)} site visit(s)"]
    if visits:
        parts[0] += f", the last on {max(v.visited_on for v in visits).isoformat()}"
    parts.append(f"{len(issues)} issue(s) found: {outcomes.get('fixed', 0)} fixed, "
                 f"{outcomes.get('partly_fixed', 0)} partly fixed, {outcomes.get('not_fixed', 0)} not fixed, "
                 f"{outcomes.get('open', 0)} still open.")
    if visits:
        spec = Counter(v.matches_specification for v in visits)
        parts.append(f"Work matched the specification at {spec.get('yes', 0)} of {len(visits)} visit(s).")
    return " ".join(parts)


def project_package(rows: ExportRows) -> dict[str, Any]:
    projects_out = []
    with rows.db.reading() as session:
        query = (select(Project).join(Club, Club.id == Project.club_id)
                 .where(Project.deleted_at.is_(None), *rows._where()).order_by(Project.id))
        projects = list(session.scalars(query))
        ids = [p.id for p in projects]
        visits: dict[str, list[Visit]] = defaultdict(list)
        issues: dict[str, list[Issue]] = defaultdict(list)
        photos: dict[str, list[Photo]] = defaultdict(list)
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start:chunk_start + 500]
            for visit in session.scalars(select(Visit).where(Visit.project_id.in_(chunk), Visit.deleted_at.is_(None))):
                visits[visit.project_id].append(visit)
            for issue in session.scalars(select(Issue).where(Issue.project_id.in_(chunk), Issue.deleted_at.is_(None))):
                issues[issue.project_id].append(issue)
            for photo in session.scalars(select(Photo).where(Photo.project_id.in_(chunk), Photo.deleted_at.is_(None))):
                photos[photo.project_id].append(photo)
        for project in projects:
            _loaded = project.club.code
            projects_out.append(_project(project, visits[project.id], issues[project.id], photos[project.id]))
    if not projects_out:
        raise InvalidInput({"projects": _("There are no projects to export (OC4IDS needs at least one).")})
    return {
        "uri": f"urn:clubapp:oc4ids:{utcnow().strftime('%Y%m%dT%H%M%SZ')}",
        "publishedDate": utcnow().isoformat().replace("+00:00", "Z"),
        "version": "0.9",
        "publisher": {"name": PUBLISHER},
        "license": "https://creativecommons.org/licenses/by/4.0/",
        "projects": projects_out,
    }


def _project(project: Project, visits: list[Visit], issues: list[Issue], photos: list[Photo]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": f"{ID_PREFIX}-{project.id}",
        "updated": project.updated_at.isoformat().replace("+00:00", "Z"),
        "title": project.title,
        "status": project.status,
        "type": project.type,
        "sector": [project.sector],
    }
    if project.description:
        out["description"] = project.description
    parties = []
    if project.public_authority:
        authority = _party(project.public_authority, "publicAuthority")
        parties.append(authority)
        out["publicAuthority"] = {"id": authority["id"], "name": authority["name"]}
    if project.implementing_agency:
        parties.append(_party(project.implementing_agency, "supplier"))
    if project.funding_source:
        parties.append(_party(project.funding_source, "funder"))
    if parties:
        out["parties"] = parties
    if project.budget_amount is not None:
        out["budget"] = {"amount": {"amount": float(project.budget_amount), "currency": project.budget_currency}}
    for key, period in (("period", _period(project.planned_start, project.planned_end)),
                        ("implementationPeriod", _period(project.actual_start, project.actual_end))):
        if period:
            out[key] = period
    if project.latitude is not None and project.longitude is not None:
        location: dict[str, Any] = {
            "id": "1",
            "geometry": {"type": "Point", "coordinates": [project.longitude, project.latitude]},
        }
        address = {k: v for k, v in (("streetAddress", project.address), ("region", project.admin_area),
                                      ("countryName", project.country)) if v}
        if address:
            location["address"] = address
        out["locations"] = [location]
    documents = [{
        "id": f"photo-{photo.id}",
        "documentType": "illustration",
        "title": photo.caption or f"Photo of {project.title}",
        "format": photo.media_type,
        "url": f"photos/{photo.sha256}.jpg",
        **({"datePublished": photo.taken_at.isoformat().replace("+00:00", "Z")} if photo.taken_at else {}),
    } for photo in photos]
    documents.append({
        "id": f"monitoring-{project.id}",
        "documentType": "physicalProgressReport",
        "title": "Integrity Club monitoring summary",
        "description": _monitoring_summary(project, visits, issues),
    })
    out["documents"] = documents
    return out


def export_oc4ids(rows: ExportRows, out: Path) -> dict[str, int]:
    package = project_package(rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, suffix=".part")
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        json.dump(package, stream, ensure_ascii=False, indent=1)
    os.replace(tmp, out)
    return {"projects": len(package["projects"])}
