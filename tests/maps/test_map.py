"""The projects map loads in a real browser engine with the network off: no script error, one marker per located
project, nothing fetched from outside, and the boundaries basemap drawn."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QColor

from clubapp.maps import build_map_html
from clubapp.maps.basemap import country_name, country_rings
from clubapp.maps.browser import dispose, evaluate, open_offline
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
        # the places a reader finds their way by: the school, the counties around, the country
        shown = evaluate(view, """Array.from(document.querySelectorAll('.clubapp-label'))
            .filter(function (el) { return el.style.visibility === 'visible'; })
            .map(function (el) { return el.className.match(/clubapp-(club|region|country)/)[0] + ':' + el.textContent; }).join('\\n')""").split("\n")
        assert "clubapp-club:Nyeri Integrity Club" in shown
        assert any(label.startswith("clubapp-region:") for label in shown)
        # Fiji crosses the 180th meridian: drawn unwrapped, not as a line round the world
        fiji = evaluate(view, """(function () {
            var name = Object.keys(window).find(function (k) { return k.indexOf('map_') === 0; });
            var widths = [];
            window[name].eachLayer(function (layer) {
                if (layer.feature && layer.feature.properties && layer.feature.properties.name === 'Fiji') {
                    (function rings(list) {  // each ring's east-west extent (islands lie either side of 180)
                        if (list.length && list[0].lat !== undefined) {
                            var lngs = list.map(function (p) { return p.lng; });
                            widths.push(Math.max.apply(null, lngs) - Math.min.apply(null, lngs));
                        } else list.forEach(rings);
                    })(layer.getLatLngs());
                }
            });
            return JSON.stringify(widths);
        })()""")
        assert json.loads(fiji) and max(json.loads(fiji)) < 10
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


def test_boundaries_for_maps_drawn_without_internet():
    """Natural Earth countries and provinces are there offline; no ring runs round the world but Antarctica's."""
    assert country_name("NP") == "Nepal" and country_name("KE") == "Kenya"
    wide = {name for name, ring in country_rings() if max(x for x, _ in ring) - min(x for x, _ in ring) > 300}
    assert wide <= {"Antarctica"}
    from clubapp.maps.basemap import admin1_in

    names = {f["n"] for f in admin1_in([(36.9, -0.45, 37.0, -0.40)])}  # around Nyeri
    assert "Central" in names and "Kiribati" not in names


def test_a_dense_group_takes_the_colour_of_its_worst_problem(qapp, services, world, projects, tmp_path):
    """Zoomed out, the borehole (critical) and the clinic (no problem) are one group: red, not grey."""
    page = build_map_html(services, world.teacher, world.club_id, tmp_path)
    view, loaded = open_offline(page)
    try:
        assert loaded.errors == []
        evaluate(view, """(function () {
            var name = Object.keys(window).find(function (k) { return k.indexOf('map_') === 0; });
            window[name].setZoom(5, {animate: false}); return 1; })()""")
        from clubapp.maps.browser import _wait

        _wait(lambda: False, 800)
        groups = json.loads(evaluate(view, """JSON.stringify(Array.from(document.querySelectorAll(
            '.clubapp-cluster div')).map(function (el) {
                return [el.textContent, el.dataset.worst, getComputedStyle(el).backgroundColor]; }))"""))
        assert groups == [["2", "5", "rgb(176, 0, 32)"]]  # #b00020, the critical colour
    finally:
        dispose(view)
