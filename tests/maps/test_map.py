"""The projects map loads in a real browser engine with the network off: no script error, one marker per located
project, nothing fetched from outside, and the boundaries basemap drawn."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from clubapp.maps import build_map_html
from clubapp.maps.browser import dispose, open_offline
from clubapp.services.issues import IssueInput
from clubapp.services.projects import ProjectInput


@pytest.fixture
def projects(services, world):
    made = []
    for title, lat, lon in (("Borehole", -0.41, 36.95), ("Clinic", -0.43, 36.93), ("Road (no location yet)", None,
                                                                                   None)):
        made.append(services.projects.create(world.student, world.club_id, ProjectInput(
            title=title, sector="health", status="implementation", latitude=lat, longitude=lon)))
    services.issues.record(world.student, made[0], IssueInput("Pump broken", "maintenance", "critical"))
    return made


def test_the_map_works_offline_with_one_marker_per_located_project(qapp, services, world, projects, tmp_path):
    page = build_map_html(services, world.teacher, world.club_id, tmp_path)
    html = page.read_text(encoding="utf-8")
    assert "https://" not in html and "http://" not in html  # nothing to fetch from the internet
    assert "#b00020" in html  # the borehole's critical open problem colours its marker
    view, loaded = open_offline(page)
    try:
        assert loaded.ok and loaded.errors == [] and loaded.blocked == []
        assert loaded.markers == 2
        image = view.grab().toImage()
        land = QColor("#f4f1e8")  # the boundaries basemap is drawn (the page is not a blank grey)
        samples = [image.pixelColor(x, y) for x in range(0, image.width(), 40) for y in range(0, image.height(), 40)]
        assert sum(1 for c in samples if abs(c.red() - land.red()) + abs(c.green() - land.green()) < 12) > 20
    finally:
        dispose(view)


def test_online_tiles_are_asked_for_only_when_wanted_and_the_map_survives_without_them(qapp, services, world,
                                                                                       projects, tmp_path):
    page = build_map_html(services, world.teacher, world.club_id, tmp_path, tiles=True)
    view, loaded = open_offline(page)
    try:
        assert loaded.blocked and all("openstreetmap" in url for url in loaded.blocked)
        assert loaded.errors == [] and loaded.markers == 2
    finally:
        dispose(view)


def test_a_partner_map_shows_only_their_clubs(qapp, services, world, projects, tmp_path):
    page = build_map_html(services, world.other_partner, None, tmp_path)
    view, loaded = open_offline(page)
    try:
        assert loaded.markers == 0 and loaded.errors == []
    finally:
        dispose(view)
