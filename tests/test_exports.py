"""Exports read back: CSV (with HXL hashtags, read by libhxl), XLSX (typed cells, frozen header, autofilter),
the media zip, GeoJSON; filters like `clubapp stats`; labels beside codes; hostile titles stay text.
Students appear only under a pseudonym. (The OC4IDS package: test_oc4ids_validator.py.)"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from clubapp.domain.issue_status import EventKind
from clubapp.exports.geojson import export_geojson
from clubapp.exports.service import ExportOptions, ExportService
from clubapp.exports.tables import TABLES, ExportFilter, ExportRows
from clubapp.exports.tabular import export_csv, export_media, export_xlsx
from clubapp.services.errors import InvalidInput, PermissionDenied
from clubapp.services.issues import IssueInput
from clubapp.services.members import MemberInput
from clubapp.services.projects import ProjectInput
from clubapp.services.visits import VisitInput
from photo_files import phone_jpeg

STUDENT_NAMES = ("Otieno", "Odhiambo", "Achieng", "सीता")
# Titles a hostile club computer could sync: each would run as a formula in a spreadsheet if written as is.
HOSTILE = ["=HYPERLINK(\"http://evil\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|'/C calc'!A0",
           "＝1+1", "|calc", "｜calc", "＋1+1", "－1+1", "＠SUM(1)"]


@pytest.fixture
def exported(services, world, tmp_path):
    services.members.update_member(world.teacher, world.student.member_id, MemberInput(
        given_name="Otieno", family_name="Odhiambo", gender="male", birth_year=2011))
    services.members.update_member(world.teacher, world.other_student.member_id, MemberInput(
        given_name="सीता", family_name="Achieng", gender="female", birth_year=2010))
    school = services.projects.create(world.student, world.club_id, ProjectInput(
        title="Classroom block", sector="education", status="implementation", public_authority="Nyeri County",
        implementing_agency="Mwangi Builders", budget_amount="2500000", budget_currency="KES",
        planned_start=date(2025, 9, 1), planned_end=date(2026, 3, 1), latitude=-0.4197, longitude=36.9475,
        beneficiaries=640))
    water = services.projects.create(world.student, world.club_id, ProjectInput(
        title="Water kiosk", sector="waterAndWaste", status="completion"))  # no location
    issue, number = services.issues.record(world.student, school, IssueInput(
        title="Cracked walls", category="poor_quality", severity="high"), identified_on=date(2026, 1, 5))
    services.issues.add_event(world.student, issue, EventKind.REPORTED, occurred_on=date(2026, 1, 6),
                              reported_to="County Works Office", channel="letter")
    services.issues.add_event(world.other_student, issue, EventKind.FIXED, occurred_on=date(2026, 2, 6))
    tap, tap_number = services.issues.record(world.student, water, IssueInput(
        title="Tap broken", category="maintenance", severity="medium"), identified_on=date(2026, 4, 2))
    services.issues.add_event(world.student, tap, EventKind.REPORTED, occurred_on=date(2026, 4, 3),
                              reported_to="Water Office", channel="sms")
    services.issues.add_event(world.student, tap, EventKind.NOT_FIXED, occurred_on=date(2026, 5, 3))
    for title in HOSTILE:
        services.issues.record(world.student, water, IssueInput(title=title, category="other", severity="low"),
                               identified_on=date(2026, 6, 1))
    services.visits.record(world.student, school, VisitInput(
        visited_on=date(2026, 1, 5), matches_specification="no",
        attendee_ids=[world.student.member_id, world.other_student.member_id]))
    photo = tmp_path / "site.jpg"
    photo.write_bytes(phone_jpeg(800, 600))
    services.photos.add_photos(world.student, [photo], project_id=school, caption="The cracked wall")
    tap_photo = tmp_path / "tap.jpg"
    tap_photo.write_bytes(phone_jpeg(640, 480, taken="2026:05:03 09:00:00"))
    services.photos.add_photos(world.student, [tap_photo], issue_id=tap, caption="=still broken")
    return ExportRows(services.store, world.partner), number, tap_number


def _no_student_names(text: str) -> None:
    for name in STUDENT_NAMES:
        assert name not in text


def _csv_rows(path: Path) -> tuple[list[str], list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream)
        headers, hashtags = next(reader), next(reader)
        return headers, hashtags, [dict(zip(headers, row, strict=True)) for row in reader]


def test_csv_has_readable_headers_hxl_hashtags_labels_and_pseudonyms(exported, tmp_path):
    rows, number, tap_number = exported
    counts = export_csv(rows, tmp_path / "csv")
    assert counts == {"projects": 2, "issues": 12, "events": 16, "visits": 1, "photos": 2}
    headers, hashtags, issues = _csv_rows(tmp_path / "csv" / "issues.csv")
    assert hashtags[:4] == ["#event+code", "#event+id", "#activity+id", "#org+code"]
    assert all(tag.startswith("#") for tag in hashtags) and len(hashtags) == len(headers)
    issue = next(i for i in issues if i["Tracking number"] == number)
    assert (issue["Current status (code)"], issue["Current status"]) == ("fixed", "Fixed")
    assert (issue["Identified on"], issue["Fixed on"]) == ("2026-01-05", "2026-02-06")
    assert issue["Recorded by (pseudonym)"].startswith("Student ")
    tap = next(i for i in issues if i["Tracking number"] == tap_number)
    assert (tap["Current status (code)"], tap["Current status"]) == ("not_fixed", "Not fixed")
    assert (tap["Sector (OC4IDS code)"], tap["Sector"]) == ("waterAndWaste", "Water and sanitation")
    assert (tap["Country code"], tap["Country"]) == ("KE", "Kenya")
    for path in (tmp_path / "csv").glob("*.csv"):
        _no_student_names(path.read_text(encoding="utf-8-sig"))


def test_csv_is_valid_hxl_for_humanitarian_tools(exported, tmp_path):
    """libhxl (the HXL Proxy's library) reads the hashtag row and its built-in schema finds no error: every
    #date a date, every #value a number."""
    import hxl
    from hxl.input import InputOptions

    rows, _, _ = exported
    export_csv(rows, tmp_path / "csv")
    for table in TABLES:
        source = hxl.data(str(tmp_path / "csv" / f"{table.name}.csv"), InputOptions(allow_local=True))
        assert [c.display_tag for c in source.columns] == table.hashtags
        report = hxl.validate(source)
        errors = [i for i in report["issues"] if i["rule"]["severity"] == "error"]
        assert report["is_valid"] and not errors, (table.name, errors)
    projects = hxl.data(str(tmp_path / "csv" / "projects.csv"), InputOptions(allow_local=True))
    budgets = [row.get("#value+budget") for row in projects]
    assert set(budgets) == {None, "2500000.00"}


def test_hostile_titles_stay_text_in_csv_and_xlsx(exported, tmp_path):
    rows, _, _ = exported
    export_csv(rows, tmp_path / "csv")
    _, _, issues = _csv_rows(tmp_path / "csv" / "issues.csv")
    titles = {i["Title"] for i in issues}
    for hostile in HOSTILE:
        assert "'" + hostile in titles, hostile  # an apostrophe first: a spreadsheet shows it as text
    export_xlsx(rows, tmp_path / "x.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "x.xlsx")["Issues"]
    column = [c.value for c in sheet[1]].index("Title")
    cells = [row[column] for row in sheet.iter_rows(min_row=2)]
    assert all(cell.data_type == "s" for cell in cells)  # never a formula cell
    assert {"'" + h for h in HOSTILE} <= {cell.value for cell in cells}
    photos = _csv_rows(tmp_path / "csv" / "photos.csv")[2]
    assert "'=still broken" in {p["Caption"] for p in photos}


def test_formula_guard_covers_every_prefix():
    """Tab and CR never survive a form (text is stripped) but may arrive by sync or import: guarded too."""
    from clubapp.exports.tabular import safe_text

    for text in ("\t=1+1", "\r=1+1", "\n=1", "=1", "+1+cmd", "-1+cmd", "@x", "|x", "＝1", "｜x", "－1"):
        assert safe_text(text) == "'" + text
    for text in ("-12", "+3.5", "1e3", "Borehole", "'quoted", "Tap = broken", "a|b"):
        assert safe_text(text) == text  # numbers and ordinary text are left alone


def test_csv_zip_has_every_table(exported, tmp_path):
    rows, _, _ = exported
    export_csv(rows, tmp_path / "all.zip")
    archive = zipfile.ZipFile(tmp_path / "all.zip")
    assert sorted(archive.namelist()) == ["events.csv", "issues.csv", "photos.csv", "projects.csv", "visits.csv"]
    reader = csv.reader(io.StringIO(archive.read("visits.csv").decode("utf-8-sig")))
    assert next(reader)[0] == "Visit id" and next(reader)[0] == "#meta+visit+id" and len(list(reader)) == 1


def test_xlsx_cells_are_typed_with_a_frozen_filtered_header(exported, tmp_path):
    rows, number, _ = exported
    export_xlsx(rows, tmp_path / "club.xlsx")
    book = openpyxl.load_workbook(tmp_path / "club.xlsx")
    assert book.sheetnames == ["Projects", "Issues", "Events", "Visits", "Photos"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        assert all(cell.font.b for cell in sheet[1])
        _no_student_names(json.dumps([list(r) for r in sheet.values], default=str, ensure_ascii=False))

    def record(sheet_name: str, key_header: str, key: str) -> dict:
        sheet = book[sheet_name]
        headers = [c.value for c in sheet[1]]
        for row in sheet.iter_rows(min_row=2):
            if row[headers.index(key_header)].value == key:
                return {h: cell for h, cell in zip(headers, row, strict=True)}
        raise AssertionError(key)

    school = record("Projects", "Title", "Classroom block")
    assert school["Budget"].data_type == "n" and school["Budget"].value == 2500000
    assert school["Beneficiaries"].value == 640 and school["Latitude"].value == pytest.approx(-0.4197)
    assert school["Planned start"].is_date and school["Planned start"].value == datetime(2025, 9, 1)
    assert school["Issues"].value == 1 and school["Issues fixed"].value == 1
    assert (school["Sector (OC4IDS code)"].value, school["Sector"].value) == ("education", "Education")
    assert school["Status"].value == "Under construction"
    issue = record("Issues", "Tracking number", number)
    assert issue["Identified on"].is_date and issue["Identified on"].value == datetime(2026, 1, 5)
    assert issue["Fixed on"].value == datetime(2026, 2, 6) and issue["Outcome"].value == "Fixed"
    assert issue["Category"].value == "Poor quality of work or materials"
    events = [(row[0].value, row[4].value, row[5].value) for row in book["Events"].iter_rows(min_row=2)]
    assert [(kind, day) for n, kind, day in events if n == number] == [
        ("Found", datetime(2026, 1, 5)), ("Reported", datetime(2026, 1, 6)), ("Fixed", datetime(2026, 2, 6))]
    visit = record("Visits", "Date", datetime(2026, 1, 5))
    assert visit["Monitors present"].value == 2  # counted, not named
    assert visit["Work matches the specification"].value == "No"


def test_labels_follow_the_chosen_language(exported, tmp_path, language):
    rows, _, tap_number = exported
    language("fr")
    export_csv(rows, tmp_path / "fr")
    _, _, issues = _csv_rows(tmp_path / "fr" / "issues.csv")
    tap = next(i for i in issues if i["Tracking number"] == tap_number)
    assert tap["Current status"] == "Non réparé" and tap["Sector"] == "Eau et assainissement"
    assert tap["Current status (code)"] == "not_fixed"  # codes never change


def test_filters_like_stats(exported, services, world, tmp_path):
    _rows, number, tap_number = exported

    def exported_with(**options) -> dict[str, list[dict[str, str]]]:
        out = tmp_path / f"f{len(list(tmp_path.iterdir()))}"
        ExportService(services.store).export(world.partner, "csv", out, options=ExportOptions(**options))
        return {t.name: _csv_rows(out / f"{t.name}.csv")[2] for t in TABLES}

    def numbers(tables: dict) -> set[str]:
        return {i["Tracking number"] for i in tables["issues"]}

    not_fixed = exported_with(statuses=("not_fixed",))
    assert numbers(not_fixed) == {tap_number}
    assert {e["Tracking number"] for e in not_fixed["events"]} == {tap_number}  # its whole history
    assert [p["Caption"] for p in not_fixed["photos"]] == ["'=still broken"]
    assert {p["Title"]: p["Issues"] for p in not_fixed["projects"]} == {"Classroom block": "0", "Water kiosk": "1"}
    january = exported_with(date_from=date(2026, 1, 1), date_to=date(2026, 1, 31))
    assert numbers(january) == {number} and len(january["visits"]) == 1 and len(january["photos"]) == 0
    spring = exported_with(date_from=date(2026, 4, 1))
    assert tap_number in numbers(spring) and number not in numbers(spring) and spring["visits"] == []
    assert sorted(p["Caption"] for p in spring["photos"]) == ["'=still broken", "The cracked wall"]  # May
    assert len(exported_with(countries=("KE",))["issues"]) == 12
    assert exported_with(countries=("NP",))["issues"] == []
    assert exported_with(club_codes=(world.club_code,))["projects"] != []
    assert exported_with(sectors=("education",))["issues"][0]["Tracking number"] == number
    with pytest.raises(InvalidInput) as refused:
        ExportService(services.store).export(world.partner, "csv", tmp_path / "bad", options=ExportOptions(
            statuses=("nope",), date_from=date(2026, 2, 1), date_to=date(2026, 1, 1)))
    assert set(refused.value.problems) == {"status", "date_to"}
    assert not (tmp_path / "bad").exists()


def test_media_zip_holds_the_files_the_tables_name(exported, services, tmp_path):
    rows, _, _ = exported
    counts = export_media(rows, tmp_path / "media.zip")
    assert counts == {"photos": 2, "files": 2, "missing": 0}
    archive = zipfile.ZipFile(tmp_path / "media.zip")
    export_csv(rows, tmp_path / "csv")
    named = [p["File in the media zip"] for p in _csv_rows(tmp_path / "csv" / "photos.csv")[2]]
    assert sorted(archive.namelist()) == sorted(["photos.csv", *named])
    for name in named:
        data = archive.read(name)
        assert name == f"media/{hashlib.sha256(data).hexdigest()}.jpg" and data[:2] == b"\xff\xd8"
        assert archive.getinfo(name).compress_type == zipfile.ZIP_STORED  # JPEGs are not squeezed again
    with pytest.raises(InvalidInput):
        export_media(rows, tmp_path / "media.tar")


def test_geojson_has_the_located_projects_with_issue_counts(exported, tmp_path):
    rows, _, _ = exported
    export_geojson(rows, tmp_path / "projects.geojson")
    collection = json.loads((tmp_path / "projects.geojson").read_text(encoding="utf-8"))
    [feature] = collection["features"]
    assert feature["geometry"]["coordinates"] == [36.9475, -0.4197]  # longitude first
    assert (feature["properties"]["issues"], feature["properties"]["issues_fixed"]) == (1, 1)


def test_export_command_writes_media_and_filters(exported, services, world, tmp_path):
    services.store.dispose()
    base = [sys.executable, "-m", "clubapp.cli.main", "export", "--data-dir", str(services.store.data_dir.root)]
    result = subprocess.run([*base, "--format", "media", "--out", str(tmp_path / "m.zip")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(zipfile.ZipFile(tmp_path / "m.zip").namelist()) == 3  # photos.csv and two photos
    result = subprocess.run([*base, "--format", "csv", "--out", str(tmp_path / "c"), "--status", "not_fixed",
                             "--country", "ke", "--club", world.club_code.lower(), "--from", "2026-01-01",
                             "--to", "2026-12-31"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "1 issues" in result.stdout and len(_csv_rows(tmp_path / "c" / "issues.csv")[2]) == 1
    bad = subprocess.run([*base, "--format", "csv", "--out", str(tmp_path / "d"), "--status", "lost"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and "Unknown issue status lost" in bad.stderr and "Traceback" not in bad.stderr


def test_students_cannot_export_and_partners_export_only_their_organisation(exported, services, world, tmp_path):
    with pytest.raises(PermissionDenied):
        ExportService(services.store).export(world.student, "csv", tmp_path / "x")
    assert not (tmp_path / "x").exists()
    counts = ExportService(services.store).export(world.other_partner, "csv", tmp_path / "other")
    assert counts["projects"] == 0 and counts["issues"] == 0 and counts["photos"] == 0
    assert ExportRows(services.store, world.other_partner, flt=ExportFilter(countries=("KE",))).filter.countries


def test_a_forged_photo_hash_names_no_file_in_any_zip(exported, services, world, tmp_path):
    """A record synced from a hostile computer with "../" for a hash: no zip entry escapes, nothing crashes."""
    from sqlalchemy import select

    from clubapp.exports.oc4ids import Publisher, export_oc4ids
    from clubapp.store.models import Photo, Project

    rows, _, _ = exported
    with services.store.transaction() as session:
        project = session.scalars(select(Project).where(Project.title == "Classroom block")).one()
        session.add(Photo(club_id=world.club_id, sha256="../../../../etc/passwd", size_bytes=1, width=1, height=1,
                          media_type="image/jpeg", project_id=project.id, caption="forged"))
    counts = export_media(rows, tmp_path / "media.zip")
    assert counts == {"photos": 3, "files": 2, "missing": 0}
    export_oc4ids(rows, tmp_path / "package.zip", Publisher("oc4ids-ab12cd"))
    for archive in (zipfile.ZipFile(tmp_path / "media.zip"), zipfile.ZipFile(tmp_path / "package.zip")):
        assert all(".." not in name and not name.startswith("/") for name in archive.namelist())
    package = json.loads(zipfile.ZipFile(tmp_path / "package.zip").read("data.json"))
    forged = [d for p in package["projects"] for d in p["documents"] if d["title"] == "forged"]
    assert forged and "url" not in forged[0]
