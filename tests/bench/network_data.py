"""A large synthetic network written straight into a database with bulk inserts, for benchmarks.

Rows are consistent with what the services would write (derived issue columns match the events), but they are
made with COPY (PostgreSQL) or executemany (SQLite) because going through the services would take hours.
"""

from __future__ import annotations

import csv
import io
import random
import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine, insert

from clubapp.domain.codelists import ISSUE_CATEGORIES, ISSUE_SEVERITIES, PROJECT_SECTORS
from clubapp.store.models import Club, Issue, IssueEvent, Member, Organisation, Project, School

COUNTRIES = ["KE", "NP", "LR", "SL", "CD", "AF", "TL", "UG", "GH", "ZM"]
NOW = datetime(2026, 11, 1, tzinfo=UTC)


def _id(rnd: random.Random) -> str:
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))


def generate(engine: Engine, clubs: int, issues_per_club: int, seed: int = 1) -> dict[str, int]:
    rnd = random.Random(seed)
    sectors = list(PROJECT_SECTORS)
    categories, severities = list(ISSUE_CATEGORIES), list(ISSUE_SEVERITIES)
    meta = {"created_at": NOW, "updated_at": NOW, "field_seqs": {}}
    rows: dict[type, list[dict]] = {m: [] for m in (Organisation, School, Club, Member, Project, Issue, IssueEvent)}
    orgs = [_id(rnd) for _ in range(10)]
    for i, org in enumerate(orgs):
        rows[Organisation].append({"id": org, "name": f"Partner {i}", "short_name": f"P{i}", "countries": "",
                                   **meta})
    for c in range(clubs):
        country = COUNTRIES[c % len(COUNTRIES)]
        school, club = _id(rnd), _id(rnd)
        rows[School].append({"id": school, "name": f"School {c}", "country": country, "admin_area": "",
                             "place": "", **meta})
        rows[Club].append({"id": club, "organisation_id": orgs[c % len(orgs)], "school_id": school,
                           "name": f"Club {c}", "code": f"{country}{c:05d}",
                           "country": country, "admin_area": "", "follow_up_days": 30, "language": "en", **meta})
        members = []
        for _ in range(10):
            member = _id(rnd)
            members.append(member)
            rows[Member].append({"id": member, "club_id": club, "role": "student", "given_name": "S",
                                 "family_name": "", "gender": rnd.choice(["female", "male"]),
                                 "birth_year": rnd.randint(2008, 2013), "grade": "", "consent_given": True,
                                 "consent_given_by": "", "active": True, **meta})
        projects = []
        for p in range(5):
            project = _id(rnd)
            projects.append(project)
            rows[Project].append({"id": project, "club_id": club, "title": f"Project {p}",
                                  "description": "", "sector": rnd.choice(sectors), "status": "implementation",
                                  "type": "construction", "public_authority": "Authority", "implementing_agency": "",
                                  "funding_source": "", "budget_amount": rnd.randint(1000, 10**7),
                                  "budget_currency": "USD", "beneficiaries": rnd.randint(10, 5000),
                                  "latitude": rnd.uniform(-10, 30), "longitude": rnd.uniform(-15, 90),
                                  "address": "", "admin_area": "", "country": country, "revision": 1,
                                  "review_state": "approved", **meta})
        for n in range(issues_per_club):
            issue = _id(rnd)
            identified = date(2025, 1, 1) + timedelta(days=rnd.randint(0, 640))
            events = [("identified", identified)]
            reported = responded = fixed = outcome = None
            status = "identified"
            if rnd.random() < 0.8:
                reported = identified + timedelta(days=rnd.randint(0, 10))
                events.append(("reported", reported))
                status = "reported"
                if rnd.random() < 0.6:
                    responded = reported + timedelta(days=rnd.randint(1, 60))
                    events.append(("response_received", responded))
                    status = "responded"
                    roll = rnd.random()
                    if roll < 0.5:
                        fixed = responded + timedelta(days=rnd.randint(1, 120))
                        events.append(("fixed", fixed))
                        status, outcome = "fixed", "fixed"
                    elif roll < 0.7:
                        events.append(("partly_fixed", responded + timedelta(days=30)))
                        status, outcome = "partly_fixed", "partly_fixed"
            rows[Issue].append({
                "id": issue, "club_id": club, "project_id": rnd.choice(projects), "tracking_number": f"T{c}-{n}",
                "title": "Problem", "category": rnd.choice(categories), "severity": rnd.choice(severities),
                "description": "", "responsible_party": "", "status": status, "outcome": outcome,
                "identified_on": identified, "first_reported_on": reported, "first_response_on": responded,
                "fixed_on": fixed, "awaiting_response_since": reported if reported and not responded else None,
                "created_by": rnd.choice(members), "revision": 1, "review_state": "approved", **meta})
            for kind, day in events:
                rows[IssueEvent].append({"id": _id(rnd), "club_id": club, "issue_id": issue, "kind": kind,
                                         "occurred_on": day, "note": "", "reported_to": "", "channel": "",
                                         "reference": "", **meta})
        if len(rows[IssueEvent]) > 200_000:
            _flush(engine, rows, final=False)
    _flush(engine, rows, final=True)
    return {"clubs": clubs, "issues": clubs * issues_per_club}


def _flush(engine: Engine, rows: dict[type, list[dict]], final: bool) -> None:
    # Parents before children, so foreign keys hold at every step.
    order = (Organisation, School, Club, Member, Project, Issue, IssueEvent)
    for model in order:
        batch = rows[model]
        if not batch:
            continue
        if engine.dialect.name == "postgresql":
            _copy(engine, model, batch)
        else:
            with engine.begin() as connection:
                connection.execute(insert(model.__table__), batch)
        batch.clear()


def _copy(engine: Engine, model: type, batch: list[dict]) -> None:
    columns = list(batch[0])
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in batch:
        writer.writerow(["\\N" if row[c] is None else ("{}" if c == "field_seqs" else row[c]) for c in columns])
    raw = engine.raw_connection()
    try:
        with raw.cursor() as cursor:
            table = model.__tablename__
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv, NULL '\\N')") as copy:
                copy.write(buffer.getvalue())
        raw.commit()
    finally:
        raw.close()
