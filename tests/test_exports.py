"""Exports read back: CSV, XLSX, GeoJSON, and an OC4IDS package that validates against the shipped schema.
Students appear only under a pseudonym."""

from __future__ import annotations

import csv
import json
import zipfile
from datetime import date
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from clubapp.domain.issue_status import EventKind
from clubapp.exports.geojson import export_geojson
from clubapp.exports.oc4ids import export_oc4ids
from clubapp.exports.service import ExportService
from clubapp.exports.tables import ExportRows
from clubapp.exports.tabular import export_csv, export_xlsx
from clubapp.services.issues import IssueInput
from clubapp.services.members import MemberInput
from clubapp.services.projects import ProjectInput
from clubapp.services.visits import VisitInput
from test_photos import phone_jpeg

OC4IDS = Path(__file__).resolve().parents[2] / "shared" / "standards" / "oc4ids"
STUDENT_NAMES = ("Otieno", "Odhiambo", "Achieng", "सीता")


@pytest.fixture
def exported(services, world, tmp_path):
    services.members.update_member(world.teacher, world.student.member_id, MemberInput(
        given_name="Otieno", family_name="Odhiambo", gender="male", birth_year=2011))
    services.members.update_member(world.teacher, world.other_student.member_id, MemberInput(
        given_name="सीता", family_name="Achieng", gender="female", birth_year=2010))
    school = services.projects.create(world.student, world.club_id, ProjectInput(
        title="Classroom block", sector="education", status="implementation", public_authority="Nyeri County",
        implementing_agency="Mwangi Builders", budget_amount="2500000", budget_currency="KES",
        planned_start=date(2025, 9, 1), planned_end=date(2026, 3, 1), latitude=-0.4197, longitude=36.9475))
    services.projects.create(world.student, world.club_id, ProjectInput(
        title="=HYPERLINK(\"http://evil\")", sector="health", status="identification"))  # no location
    issue, number = services.issues.record(world.student, school, IssueInput(
        title="Cracked walls", category="poor_quality", severity="high"), identified_on=date(2026, 1, 5))
    services.issues.add_event(world.student, issue, EventKind.REPORTED, occurred_on=date(2026, 1, 6),
                              reported_to="County Works Office", channel="letter")
    services.issues.add_event(world.other_student, issue, EventKind.FIXED, occurred_on=date(2026, 2, 6))
    services.visits.record(world.student, school, VisitInput(
        visited_on=date(2026, 1, 5), matches_specification="no",
        attendee_ids=[world.student.member_id, world.other_student.member_id]))
    photo = tmp_path / "site.jpg"
    photo.write_bytes(phone_jpeg(800, 600))
    services.photos.add_photos(world.student, [photo], project_id=school, caption="The cracked wall")
    return ExportRows(services.store, world.partner), number


def _no_student_names(text: str) -> None:
    for name in STUDENT_NAMES:
        assert name not in text


def test_csv_has_a_file_per_table_with_readable_headers_and_pseudonyms(exported, tmp_path):
    rows, number = exported
    counts = export_csv(rows, tmp_path / "csv")
    assert counts == {"projects": 2, "issues": 1, "events": 3, "visits": 1}
    with (tmp_path / "csv" / "issues.csv").open(encoding="utf-8-sig") as stream:
        [issue] = list(csv.DictReader(stream))
    assert issue["Tracking number"] == number
    assert (issue["Current status"], issue["Identified on"], issue["Fixed on"]) == ("fixed", "2026-01-05", "2026-02-06")
    assert issue["Recorded by (pseudonym)"].startswith("Student ")
    with (tmp_path / "csv" / "projects.csv").open(encoding="utf-8-sig") as stream:
        titles = [r["Title"] for r in csv.DictReader(stream)]
    assert "'=HYPERLINK(\"http://evil\")" in titles  # a spreadsheet will not run it as a formula
    for path in (tmp_path / "csv").glob("*.csv"):
        _no_student_names(path.read_text(encoding="utf-8-sig"))


def test_csv_zip(exported, tmp_path):
    rows, _ = exported
    export_csv(rows, tmp_path / "all.zip")
    assert sorted(zipfile.ZipFile(tmp_path / "all.zip").namelist()) == [
        "events.csv", "issues.csv", "projects.csv", "visits.csv"]


def test_xlsx_has_one_sheet_per_table(exported, tmp_path):
    rows, number = exported
    export_xlsx(rows, tmp_path / "club.xlsx")
    book = openpyxl.load_workbook(tmp_path / "club.xlsx", read_only=True)
    assert book.sheetnames == ["Projects", "Issues", "Events", "Visits"]
    issues = list(book["Issues"].values)
    assert issues[0][0] == "Tracking number" and issues[1][0] == number
    events = [row[2] for row in list(book["Events"].values)[1:]]
    assert events == ["identified", "reported", "fixed"]
    visits = list(book["Visits"].values)
    assert visits[1][4] == 2  # two monitors present, counted, not named
    for sheet in book.worksheets:
        _no_student_names(json.dumps([list(r) for r in sheet.values], default=str, ensure_ascii=False))


def test_geojson_has_the_located_projects_with_issue_counts(exported, tmp_path):
    rows, _ = exported
    export_geojson(rows, tmp_path / "projects.geojson")
    collection = json.loads((tmp_path / "projects.geojson").read_text(encoding="utf-8"))
    [feature] = collection["features"]
    assert feature["geometry"]["coordinates"] == [36.9475, -0.4197]  # longitude first
    assert (feature["properties"]["issues"], feature["properties"]["issues_fixed"]) == (1, 1)


def test_oc4ids_package_validates_against_the_shipped_schema(exported, tmp_path):
    assert OC4IDS.is_dir(), f"the OC4IDS schema is expected at {OC4IDS} (shared/ beside the clone)"
    rows, _ = exported
    export_oc4ids(rows, tmp_path / "package.json")
    package = json.loads((tmp_path / "package.json").read_text(encoding="utf-8"))
    project_schema = json.loads((OC4IDS / "project-schema.json").read_text(encoding="utf-8"))
    package_schema = json.loads((OC4IDS / "project-package-schema.json").read_text(encoding="utf-8"))
    registry = Registry().with_resource(
        project_schema["id"], Resource.from_contents(project_schema, default_specification=DRAFT4))
    validator = jsonschema.Draft4Validator(package_schema, registry=registry,
                                           format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(package), key=lambda e: list(e.path))
    assert errors == [], [f"{list(e.path)}: {e.message}" for e in errors]
    school = next(p for p in package["projects"] if p["title"] == "Classroom block")
    kinds = [d["documentType"] for d in school["documents"]]
    assert kinds == ["illustration", "physicalProgressReport"]
    assert "1 fixed" in school["documents"][1]["description"]
    assert school["budget"]["amount"] == {"amount": 2500000.0, "currency": "KES"}
    assert school["publicAuthority"]["name"] == "Nyeri County"
    _no_student_names(json.dumps(package, ensure_ascii=False))
    broken = json.loads(json.dumps(package))
    broken["projects"][0]["status"] = 42
    assert list(validator.iter_errors(broken)), "the validation must be able to fail"


def test_export_command_writes_each_format(exported, services, tmp_path):
    import subprocess
    import sys

    services.store.dispose()
    for fmt, out in (("xlsx", "x.xlsx"), ("geojson", "p.geojson"), ("oc4ids", "o.json"), ("csv", "c.zip")):
        result = subprocess.run([sys.executable, "-m", "clubapp.cli.main", "export", "--data-dir",
                                 str(services.store.data_dir.root), "--format", fmt, "--out", str(tmp_path / out)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert (tmp_path / out).stat().st_size > 100


def test_students_cannot_export_and_partners_export_only_their_organisation(exported, services, world, tmp_path):
    from clubapp.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        ExportService(services.store).export(world.student, "csv", tmp_path / "x")
    assert not (tmp_path / "x").exists()
    counts = ExportService(services.store).export(world.other_partner, "csv", tmp_path / "other")
    assert counts["projects"] == 0 and counts["issues"] == 0
