"""The OC4IDS export of the demo network, checked by the official validator (libcoveoc4ids) offline, read back.

Before this work the validator found, on the same export: 40 errors (photo urls like photos/<sha>.jpg are not
URIs, and the files were not in the export), 35 project ids without a registered prefix, and SLE outside the
closed currency codelist. Here: none of them, and the harness is shown able to find each of them.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile
from datetime import date
from decimal import Decimal

import pytest

from clubapp.domain.codelists import Role
from clubapp.exports.oc4ids import Publisher, export_oc4ids, ni_uri
from clubapp.exports.service import ExportService
from clubapp.exports.tables import ExportRows
from clubapp.paths import DataDir
from clubapp.services.actor import Actor
from clubapp.services.errors import InvalidInput
from clubapp.services.projects import ProjectInput
from clubapp.store.local import LocalStore
from oc4ids_validator import error_count, problems, standards_dir, validate

PREFIX = "oc4ids-ab12cd"
OUR_METRICS = ["monitoringIssues", "monitoringVisits"]  # open codelist: our own ids, listed, not errors


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from clubapp.services.demo import build_demo_network

    root = tmp_path_factory.mktemp("demo")
    store = LocalStore(DataDir(root / "data"))
    build_demo_network(store, seed=7)
    yield store, root
    store.dispose()


def _clean(result: dict) -> None:
    found = problems(result)
    assert error_count(result) == 0, json.dumps(found["errors"], default=str)[:2000]
    assert found["conformance"] == [], found["conformance"]
    assert found["additional"] == [], found["additional"]
    assert found["closed_codelists"] == {}, found["closed_codelists"]
    assert {k: v["values"] for k, v in found["open_codelists"].items()} == {"projects/metrics/id": OUR_METRICS}
    assert result["additional_fields_count"] == 0, result["additional_fields"]


def test_the_standard_files_are_found_beside_the_clone():
    folder = standards_dir()
    assert (folder / "project-package-schema.json").is_file()
    assert "SLL" in (folder / "codelists" / "currency.csv").read_text() and \
        "\nSLE," not in (folder / "codelists" / "currency.csv").read_text()  # the reason SLE is converted


def test_demo_package_zip_passes_the_official_validator(demo, tmp_path):
    store, _ = demo
    out = tmp_path / "demo-oc4ids.zip"
    counts = export_oc4ids(ExportRows(store, Actor.operator()), out, Publisher(PREFIX))
    assert counts == {"projects": 35, "media": 40, "media_missing": 0}
    archive = zipfile.ZipFile(out)
    names = set(archive.namelist())
    (tmp_path / "data.json").write_bytes(archive.read("data.json"))
    result = validate(tmp_path / "data.json")
    _clean(result)
    package = json.loads(archive.read("data.json"))
    projects = package["projects"]
    assert all(p["id"].startswith(f"{PREFIX}-") for p in projects)
    # Every photo document names its file, and that file is in media/ with exactly those bytes.
    photos = [d for p in projects for d in p["documents"] if d["documentType"] == "illustration"]
    assert len(photos) == 40
    for document in photos:
        media = next(n for n in names if n.startswith("media/") and n[6:70] in document["description"])
        data = archive.read(media)
        assert document["url"] == ni_uri(hashlib.sha256(data).hexdigest())
        assert data[:3] == b"\xff\xd8\xff"  # a JPEG
    assert names == {"data.json"} | {n for n in names if n.startswith("media/")} and len(names) == 41
    # Sierra Leone's budgets: SLE recorded, SLL published at 1,000 to 1 and said so.
    sierra_leone = [p for p in projects if any(party["roles"] == ["independentMonitor"]
                                               and party.get("address", {}).get("countryName") == "Sierra Leone"
                                               for party in p["parties"])]
    assert len(sierra_leone) == 5
    for project in sierra_leone:
        assert project["budget"]["amount"]["currency"] == "SLL"
        assert "SLE" in project["budget"]["description"] and "1 SLE = 1,000 SLL" in project["budget"]["description"]
    with store.reading() as session:
        from sqlalchemy import select

        from clubapp.store.models import Project

        recorded = {p.id: p.budget_amount for p in session.scalars(select(Project).where(
            Project.budget_currency == "SLE"))}
    for project in sierra_leone:
        assert Decimal(str(project["budget"]["amount"]["amount"])) == recorded[project["id"][len(PREFIX) + 1:]] * 1000
    countries = {loc["address"]["countryName"] for p in projects for loc in p["locations"]}
    assert countries == {"Kenya", "Nepal", "Liberia", "Afghanistan", "Sierra Leone"}
    # What the model has is carried: parties with the authority referenced, metrics, the monitoring summary.
    for project in projects:
        roles = {r for party in project["parties"] for r in party["roles"]}
        assert {"publicAuthority", "independentMonitor"} <= roles
        assert project["publicAuthority"]["id"] in {party["id"] for party in project["parties"]}
        assert project["documents"][-1]["documentType"] == "physicalProgressReport"
    with_issues = [p for p in projects if "metrics" in p]
    assert len(with_issues) == 35
    for project in with_issues:  # every issue is counted once, by what became of it
        issues_metric = next(m for m in project["metrics"] if m["id"] == "monitoringIssues")
        found = {o["notes"]: o["measure"] for o in issues_metric["observations"]}
        assert found["Issues found"] == sum(found[k] for k in (
            "Fixed", "Partly fixed", "Not fixed", "Still open", "Closed without an outcome"))
    assert any("completion" in p for p in projects) and any("benefits" in p for p in projects)
    text = json.dumps(package, ensure_ascii=False)
    assert "Student " not in text and "Teacher " not in text  # no monitor, not even by pseudonym


def test_validator_finds_what_the_old_export_had(demo, tmp_path):
    """The harness can fail: a relative photo url, an unregistered id prefix and SLE are each reported."""
    store, _ = demo
    export_oc4ids(ExportRows(store, Actor.operator()), tmp_path / "good.json", Publisher(PREFIX))
    package = json.loads((tmp_path / "good.json").read_text(encoding="utf-8"))
    photo = next(d for p in package["projects"] for d in p["documents"] if d["documentType"] == "illustration")
    photo["url"] = "photos/abc.jpg"
    package["projects"][0]["id"] = "clubapp-" + package["projects"][0]["id"]
    package["projects"][1]["budget"] = {"amount": {"amount": 10.0, "currency": "SLE"}}
    (tmp_path / "broken.json").write_text(json.dumps(package), encoding="utf-8")
    result = validate(tmp_path / "broken.json")
    found = problems(result)
    assert error_count(result) == 1 and "uri" in json.dumps(found["errors"], default=str)
    assert [c["check_id"] for c in found["conformance"]] == ["invalid-project-ids"]
    assert found["closed_codelists"]["projects/budget/amount/currency"]["values"] == ["SLE"]


def test_base_url_gives_photos_absolute_addresses(demo, tmp_path):
    store, _ = demo
    base = "https://data.example.org/oc4ids/2026-12/"
    export_oc4ids(ExportRows(store, Actor.operator()), tmp_path / "p.json", Publisher(PREFIX, base))
    result = validate(tmp_path / "p.json")
    _clean(result)
    package = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert package["uri"] == base + "data.json"
    urls = [d["url"] for p in package["projects"] for d in p["documents"] if "url" in d]
    assert len(urls) == 40 and all(u.startswith(base + "media/") and u.endswith(".jpg") for u in urls)


def test_every_club_countrys_currency_passes(services, world, tmp_path):
    for currency in ("KES", "NPR", "AFN", "LRD", "SLE", "CDF", "USD", "ILS"):
        services.projects.create(world.teacher, world.club_id, ProjectInput(
            title=f"Borehole paid in {currency}", sector="waterAndWaste", status="completion",
            public_authority="County Water Office", budget_amount="1200.50", budget_currency=currency,
            planned_end=date(2026, 1, 1), actual_end=date(2026, 3, 1), beneficiaries=800))
    export_oc4ids(ExportRows(services.store, world.partner), tmp_path / "c.json", Publisher(PREFIX))
    result = validate(tmp_path / "c.json")
    assert error_count(result) == 0 and problems(result)["closed_codelists"] == {}
    package = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert package["publisher"]["name"] == "Transparency Kenya"  # the partner publishes
    borehole = package["projects"][0]
    assert borehole["completion"]["endDateDetails"] == "Finished 59 day(s) after the planned end date."
    assert borehole["benefits"][0]["beneficiaries"][0]["numberOfPeople"] == 800


def test_prefix_is_required_and_checked(services, world, tmp_path):
    services.projects.create(world.teacher, world.club_id, ProjectInput(
        title="Clinic", sector="health", status="implementation"))
    with pytest.raises(InvalidInput) as refused:
        ExportService(services.store).export(world.partner, "oc4ids", tmp_path / "x.json")
    assert "oc4ids-ab12cd" in str(refused.value) and "Open Contracting Partnership" in str(refused.value)
    for bad in ("oc4ids-AB12CD", "oc4ids-ab12", "ocds-ab12cd", "oc4ids-ab12cd-x"):
        with pytest.raises(InvalidInput):
            ExportService(services.store).set_oc4ids_settings(world.partner, bad)
    with pytest.raises(InvalidInput):
        ExportService(services.store).set_oc4ids_settings(world.partner, base_url="ftp://x")
    from clubapp.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        ExportService(services.store).set_oc4ids_settings(world.teacher, PREFIX)
    assert not (tmp_path / "x.json").exists()
    ExportService(services.store).set_oc4ids_settings(world.partner, PREFIX)
    assert ExportService(services.store).export(world.partner, "oc4ids", tmp_path / "x.json") == {"projects": 1}


def test_command_line_remembers_the_prefix_and_writes_a_valid_zip(services, world, tmp_path):
    services.projects.create(world.teacher, world.club_id, ProjectInput(
        title="Footbridge", sector="transport.road", status="implementation", public_authority="Nyeri County"))
    services.store.dispose()
    data_dir = str(services.store.data_dir.root)

    def clubapp(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "clubapp.cli.main", "export", "--data-dir", data_dir, *args],
                              capture_output=True, text=True, timeout=120)

    refused = clubapp("--format", "oc4ids", "--out", str(tmp_path / "a.zip"))
    assert refused.returncode == 1 and "--oc4ids-prefix" in refused.stderr and "Traceback" not in refused.stderr
    first = clubapp("--format", "oc4ids", "--out", str(tmp_path / "a.zip"), "--oc4ids-prefix", PREFIX)
    assert first.returncode == 0, first.stderr
    again = clubapp("--format", "oc4ids", "--out", str(tmp_path / "b.zip"))  # remembered
    assert again.returncode == 0, again.stderr
    (tmp_path / "data.json").write_bytes(zipfile.ZipFile(tmp_path / "b.zip").read("data.json"))
    result = validate(tmp_path / "data.json")
    assert error_count(result) == 0 and problems(result)["conformance"] == []
    assert json.loads((tmp_path / "data.json").read_text())["projects"][0]["id"].startswith(PREFIX)


def test_partner_exports_only_their_organisation(demo, tmp_path):
    store, _ = demo
    from sqlalchemy import select

    from clubapp.store.models import Organisation

    with store.reading() as session:
        orgs = list(session.scalars(select(Organisation).order_by(Organisation.name)))
    totals = []
    for org in orgs:
        actor = Actor(role=Role.PARTNER_STAFF, organisation_id=org.id)
        counts = export_oc4ids(ExportRows(store, actor), tmp_path / f"{org.short_name}.json", Publisher(PREFIX))
        totals.append(counts["projects"])
        package = json.loads((tmp_path / f"{org.short_name}.json").read_text(encoding="utf-8"))
        assert package["publisher"]["name"] == org.name
    assert sum(totals) == 35 and all(totals)
