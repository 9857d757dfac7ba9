"""OC4IDS: an Open Contracting for Infrastructure Data Standard project package (schema 0.9.5), made to pass the
official validator (libcoveoc4ids, the Data Review Tool's library) with no error and no conformance warning.

Each monitored project becomes an OC4IDS project:
- `id`: the publisher's registered prefix (`oc4ids-` and 6 letters or digits, given by the Open Contracting
  Partnership to the partner) then clubapp's project id. The partner sets it once (services.exports).
- `parties`: the responsible authority (publicAuthority), the contractor (supplier), the funder, and the
  Integrity Club as "independentMonitor" (the codelist's nearest role: clubs are not appointed by law, but they
  monitor the project independently of the authority and the contractor).
- `budget`, `period`, `implementationPeriod`, `completion` (a finished project's end date), `benefits` (the
  people served), `locations` with `countryName` as a name, `metrics` (the issues found and what became of them,
  the site visits and their findings) and `documents`: photos ("illustration") and the club's monitoring
  summary ("physicalProgressReport").
- Currencies: the release's currency codelist is closed and older than Sierra Leone's redenomination (SLE,
  1 July 2022: 1 SLE = 1,000 SLL); it has SLL, not SLE. Amounts in SLE are published in SLL at that fixed legal
  rate (exact, no market rate), and the budget's description says so.
- Photos: a `.zip` output is a package zip, data.json with media/<sha256>.jpg beside it. A document's `url` is
  the photo's address under the partner's base URL when one is set (where the unzipped package is published);
  otherwise an RFC 6920 `ni:` URI naming the file's SHA-256, which is what the file in media/ is named after.
No personal data of monitors is included (no names, no pseudonyms).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain.errors import InvalidInput
from ..store.base import utcnow
from ..store.models import Club, Issue, Organisation, Project, Visit
from ..words import _
from .labels import country_name
from .tables import ExportRows, media_name
from .tabular import Progress, _atomic, write_media

PUBLISHER = "clubapp (Integrity Clubs)"
PREFIX = re.compile(r"^oc4ids-[a-z0-9]{6}$")  # what libcoveoc4ids' conformance check accepts, and no more
# Currencies the 0.9.5 codelist (ISO 4217 as of its release) does not have yet: (published as, multiplier).
REDENOMINATED = {"SLE": ("SLL", Decimal(1000), "1 SLE = 1,000 SLL, Sierra Leone's redenomination of 2022")}
DONE_STATUSES = {"completion", "maintenance", "decommissioning", "decommissioned"}


@dataclass(frozen=True)
class Publisher:
    prefix: str  # e.g. oc4ids-ab12cd
    base_url: str = ""  # e.g. https://data.partner.org/oc4ids/2026-12/ (ends with /)
    name: str = PUBLISHER


def check_prefix(prefix: str) -> str:
    prefix = (prefix or "").strip()
    if not prefix:
        raise InvalidInput({"oc4ids_prefix": _(
            "OC4IDS project ids start with your organisation's registered prefix: oc4ids- and 6 letters or "
            "digits (e.g. oc4ids-ab12cd), given by the Open Contracting Partnership. Set it once with "
            "`clubapp export --format oc4ids --oc4ids-prefix oc4ids-ab12cd`.")})
    if not PREFIX.match(prefix):
        raise InvalidInput({"oc4ids_prefix": _(
            "An OC4IDS prefix is oc4ids- then 6 lower-case letters or digits, e.g. oc4ids-ab12cd (got {value})."
        ).format(value=prefix)})
    return prefix


def check_base_url(url: str) -> str:
    url = (url or "").strip()
    if url and (not re.match(r"^https?://[^\s/?#]+(/[^\s?#]*)?$", url)):
        raise InvalidInput({"oc4ids_base_url": _(
            "The base address starts with https:// and names the folder the package is published in.")})
    return url if not url or url.endswith("/") else url + "/"


def _datetime(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(0), UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _period(start: date | None, end: date | None) -> dict[str, str] | None:
    period = {k: v for k, v in (("startDate", _datetime(start)), ("endDate", _datetime(end))) if v}
    return period or None


def _party_id(role: str, name: str) -> str:
    """Derived from the name, so the same authority has the same id in every export."""
    return f"{role}-{hashlib.sha256(name.encode()).hexdigest()[:12]}"


def _party(name: str, role: str) -> dict[str, Any]:
    return {"id": _party_id(role, name), "name": name, "roles": [role]}


def _value(amount: Decimal | float, currency: str) -> tuple[dict[str, Any], str]:
    """An OC4IDS Value in a currency of the release's codelist, and a note when it had to be converted."""
    amount = Decimal(str(amount))
    if currency in REDENOMINATED:
        published, multiplier, rule = REDENOMINATED[currency]
        note = f"Recorded as {amount:,.2f} {currency}; published in {published} ({rule})."
        return {"amount": float(amount * multiplier), "currency": published}, note
    return {"amount": float(amount), "currency": currency}, ""


def ni_uri(sha256: str) -> str:
    """RFC 6920 'Named Information' URI of content with this SHA-256 (a URI that names the bytes themselves)."""
    digest = base64.urlsafe_b64encode(bytes.fromhex(sha256)).decode().rstrip("=")
    return f"ni:///sha-256;{digest}"


def _monitoring_summary(club_code: str, visits: list[Visit], issues: list[Issue]) -> str:
    outcomes = Counter(i.outcome or ("closed" if i.status == "closed" else "open") for i in issues)
    parts = [f"Monitored by Integrity Club {club_code}: {len(visits)} site visit(s)"]
    if visits:
        parts[0] += f", the last on {max(v.visited_on for v in visits).isoformat()}"
    parts[0] += "."
    parts.append(f"{len(issues)} issue(s) found: {outcomes.get('fixed', 0)} fixed, "
                 f"{outcomes.get('partly_fixed', 0)} partly fixed, {outcomes.get('not_fixed', 0)} not fixed, "
                 f"{outcomes.get('open', 0)} still open, {outcomes.get('closed', 0)} closed without an outcome.")
    if visits:
        spec = Counter(v.matches_specification for v in visits)
        parts.append(f"Work matched the specification at {spec.get('yes', 0)} of {len(visits)} visit(s).")
    return " ".join(parts)


def _metrics(project_id: str, visits: list[Visit], issues: list[Issue]) -> list[dict[str, Any]]:
    """The metric ids are clubapp's own (the metricID codelist is open and has only physical and financial
    progress, which monitors do not measure)."""
    metrics = []
    if issues:
        days = [i.identified_on for i in issues if i.identified_on]
        period = _period(min(days), max(days)) if days else None
        outcomes = Counter(i.outcome or ("closed" if i.status == "closed" else "open") for i in issues)
        counts = (("found", "Issues found", len(issues)), ("fixed", "Fixed", outcomes.get("fixed", 0)),
                  ("partlyFixed", "Partly fixed", outcomes.get("partly_fixed", 0)),
                  ("notFixed", "Not fixed", outcomes.get("not_fixed", 0)),
                  ("stillOpen", "Still open", outcomes.get("open", 0)),
                  ("closed", "Closed without an outcome", outcomes.get("closed", 0)))
        metrics.append({
            "id": "monitoringIssues",
            "title": "Issues found by the Integrity Club and what became of them",
            "description": "Problems monitors found on site and reported to the responsible authority, counted "
                           "by their outcome.",
            "observations": [{"id": f"{project_id}-issues-{key}", "measure": n, "unit": {"name": "issues"},
                              **({"period": period} if period else {}),
                              "notes": title} for key, title, n in counts],
        })
    if visits:
        spec = Counter(v.matches_specification for v in visits)
        period = _period(min(v.visited_on for v in visits), max(v.visited_on for v in visits))
        metrics.append({
            "id": "monitoringVisits",
            "title": "Integrity Club site visits",
            "description": "Site visits by the club's monitors, and at how many the work matched the "
                           "specification.",
            "observations": [
                {"id": f"{project_id}-visits", "measure": len(visits), "unit": {"name": "visits"},
                 "period": period, "notes": "Site visits"},
                {"id": f"{project_id}-visits-matched", "measure": spec.get("yes", 0), "unit": {"name": "visits"},
                 "period": period, "notes": "Visits where the work matched the specification"},
            ],
        })
    return metrics


def _organisation_name(rows: ExportRows) -> str:
    if not rows.actor.organisation_id:
        return PUBLISHER
    with rows.db.reading() as session:
        return session.scalar(select(Organisation.name).where(Organisation.id == rows.actor.organisation_id)) \
            or PUBLISHER


def project_package(rows: ExportRows, publisher: Publisher) -> dict[str, Any]:
    projects_out = []
    photos: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for photo in rows.photos():
        photos[photo["project_id"]].append(photo)
    with rows.db.reading() as session:
        query = (select(Project, Club.code, Club.name, Club.country, Club.admin_area)
                 .join(Club, Club.id == Project.club_id)
                 .where(*rows.project_where()).order_by(Project.id))
        projects = list(session.execute(query))
        ids = [row[0].id for row in projects]
        visits: dict[str, list[Visit]] = defaultdict(list)
        issues: dict[str, list[Issue]] = defaultdict(list)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for visit in session.scalars(select(Visit).where(Visit.project_id.in_(chunk), Visit.deleted_at.is_(None))):
                visits[visit.project_id].append(visit)
            for issue in session.scalars(select(Issue).where(
                    Issue.project_id.in_(chunk), Issue.deleted_at.is_(None), *rows.issue_where())):
                issues[issue.project_id].append(issue)
        for project, code, club_name, club_country, club_area in projects:
            club = {"code": code, "name": club_name, "country": club_country, "admin_area": club_area}
            projects_out.append(_project(project, club, visits[project.id], issues[project.id],
                                         photos[project.id], publisher))
    if not projects_out:
        raise InvalidInput({"projects": _("There are no projects to export (OC4IDS needs at least one).")})
    stamp = utcnow()
    uri = (f"{publisher.base_url}data.json" if publisher.base_url
           else f"urn:{publisher.prefix}:package:{stamp.strftime('%Y%m%dT%H%M%SZ')}")
    return {
        "uri": uri,
        "publishedDate": _datetime(stamp),
        "version": "0.9",
        "publisher": {"name": publisher.name},
        "license": "https://creativecommons.org/licenses/by/4.0/",
        "projects": projects_out,
    }


def _location(project: Project, club: dict[str, str]) -> dict[str, Any] | None:
    address = {k: v for k, v in (("streetAddress", project.address),
                                  ("region", project.admin_area or club["admin_area"]),
                                  ("countryName", country_name(project.country or club["country"]))) if v}
    location: dict[str, Any] = {"id": "1"}
    if project.latitude is not None and project.longitude is not None:
        location["geometry"] = {"type": "Point", "coordinates": [project.longitude, project.latitude]}
    if address:
        location["address"] = address
    return location if len(location) > 1 else None


def _photo_document(photo: dict[str, Any], project_title: str, publisher: Publisher) -> dict[str, Any]:
    name = media_name(photo["sha256"], photo["media_type"])
    document = {
        "id": f"photo-{photo['id']}",
        "documentType": "illustration",
        "title": photo["caption"] or f"Photo of {project_title}",
        "description": f"Photo taken by the Integrity Club's monitors; the file {name} of the package zip."
                       if name else "Photo taken by the Integrity Club's monitors (its file is not available).",
        "format": photo["media_type"] or "image/jpeg",
    }
    if name:
        document["url"] = f"{publisher.base_url}{name}" if publisher.base_url else ni_uri(photo["sha256"])
    if photo["taken_at"]:
        document["datePublished"] = _datetime(photo["taken_at"])
    return document


def _project(project: Project, club: dict[str, str], visits: list[Visit], issues: list[Issue],  # noqa: C901
             photos: list[dict[str, Any]], publisher: Publisher) -> dict[str, Any]:
    """Over the complexity bound: one `if` per optional OC4IDS field, each left out when the record has none."""
    out: dict[str, Any] = {
        "id": f"{publisher.prefix}-{project.id}",
        "updated": _datetime(project.updated_at),
        "language": "en",
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
    monitor: dict[str, Any] = {"id": f"integrityClub-{club['code']}", "name": f"Integrity Club {club['code']}",
                               "roles": ["independentMonitor"]}
    club_address = {k: v for k, v in (("region", club["admin_area"]), ("countryName", country_name(club["country"])))
                    if v}
    if club_address:
        monitor["address"] = club_address
    parties.append(monitor)
    out["parties"] = parties
    if project.budget_amount is not None and project.budget_currency:
        value, note = _value(project.budget_amount, project.budget_currency)
        out["budget"] = {"amount": value, **({"description": note} if note else {})}
    for key, period in (("period", _period(project.planned_start, project.planned_end)),
                        ("implementationPeriod", _period(project.actual_start, project.actual_end))):
        if period:
            out[key] = period
    if project.status in DONE_STATUSES and project.actual_end:
        completion: dict[str, Any] = {"endDate": _datetime(project.actual_end)}
        if project.planned_end and project.actual_end > project.planned_end:
            late = (project.actual_end - project.planned_end).days
            completion["endDateDetails"] = f"Finished {late} day(s) after the planned end date."
        out["completion"] = completion
    if project.beneficiaries:
        out["benefits"] = [{"title": "People served",
                            "beneficiaries": [{"description": "People who use the project's services",
                                               "numberOfPeople": project.beneficiaries}]}]
    location = _location(project, club)
    if location:
        out["locations"] = [location]
    metrics = _metrics(project.id, visits, issues)
    if metrics:
        out["metrics"] = metrics
    documents = [_photo_document(photo, project.title, publisher) for photo in photos]
    documents.append({
        "id": f"monitoring-{project.id}",
        "documentType": "physicalProgressReport",
        "title": "Integrity Club monitoring summary",
        "description": _monitoring_summary(club["code"], visits, issues),
        "format": "offline/print",
    })
    out["documents"] = documents
    return out


def export_oc4ids(rows: ExportRows, out: Path, publisher: Publisher,
                  progress: Progress | None = None) -> dict[str, int]:
    """A .json package, or a .zip package (data.json and media/ with the photos it names)."""
    publisher = Publisher(check_prefix(publisher.prefix), check_base_url(publisher.base_url),
                          publisher.name if publisher.name != PUBLISHER else _organisation_name(rows))
    package = project_package(rows, publisher)
    data = json.dumps(package, ensure_ascii=False, indent=1).encode("utf-8")
    counts = {"projects": len(package["projects"])}
    if out.suffix.lower() == ".zip":
        with _atomic(out) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("data.json", data)
            counts["media"], counts["media_missing"] = write_media(archive, rows, progress)
        return counts
    with _atomic(out) as tmp:
        Path(tmp).write_bytes(data)
    return counts
