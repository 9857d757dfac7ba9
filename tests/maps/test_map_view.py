"""The app's own map (no web engine), driven as a person does: the mouse and the keyboard on the real widgets,
found by accessible name; what is drawn is checked in the pixels (marker colours where the projects are)."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from clubapp.maps.map_data import COLOURS
from clubapp.services.issues import IssueInput
from clubapp.services.projects import ProjectInput
from clubapp.ui.map_view import MapView

BOREHOLE, CLINIC, SCHOOL = (-0.41, 36.95), (-0.43, 36.93), (-0.40, 36.90)


@pytest.fixture
def placed(services, world):
    ids = {}
    for title, (lat, lon) in (("Borehole", BOREHOLE), ("Clinic", CLINIC), ("Classroom block", SCHOOL)):
        ids[title] = services.projects.create(world.student, world.club_id, ProjectInput(
            title=title, sector="health", status="implementation", latitude=lat, longitude=lon))
    services.issues.record(world.student, ids["Borehole"], IssueInput("Pump broken", "maintenance", "critical"))
    services.issues.record(world.student, ids["Classroom block"], IssueInput("Door loose", "maintenance", "medium"))
    return ids


@pytest.fixture
def ctx(services, world):
    from clubapp.services.local_settings import LocalSettings
    from clubapp.ui.context import UiContext, UiEvents
    from clubapp.ui.tasks import TaskRunner

    return UiContext(services=services, actor=world.teacher, tasks=TaskRunner(), events=UiEvents(),
                     local=LocalSettings(services.store))


def named(parent, kind, name):
    [widget] = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    return widget


def colour_near(image: QImage, point: QPoint, wanted: str, reach: int = 3) -> bool:
    target = QColor(wanted)
    for dx in range(-reach, reach + 1):
        for dy in range(-reach, reach + 1):
            c = image.pixelColor(point.x() + dx, point.y() + dy)
            if abs(c.red() - target.red()) + abs(c.green() - target.green()) + abs(c.blue() - target.blue()) < 30:
                return True
    return False


def wheel(view: MapView, at: QPoint, steps: int) -> None:
    event = QWheelEvent(QPointF(at), QPointF(view.viewport().mapToGlobal(at)), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


@pytest.fixture
def map_page(qtbot, ctx, placed):
    from clubapp.ui.pages.map_page import MapPage

    page = MapPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.loaded, timeout=15_000)
    return page


def test_markers_are_drawn_in_their_worst_problems_colour_where_the_projects_are(qtbot, map_page):
    view = named(map_page, MapView, "Map of the projects")
    view.zoom(4)  # close enough that the three stand apart
    qtbot.wait(50)
    image = view.viewport().grab().toImage()
    assert colour_near(image, view.screen_position(*BOREHOLE), COLOURS["critical"])
    assert colour_near(image, view.screen_position(*CLINIC), COLOURS["no_issues"])
    assert colour_near(image, view.screen_position(*SCHOOL), COLOURS["medium"])
    assert not colour_near(image, QPoint(5, 5), COLOURS["critical"])  # a corner far from any project
    status = named(map_page, QLabel, "Map status")
    assert status.text() == "Projects on the map: 3"


def test_zoomed_out_the_projects_are_one_group_in_the_colour_of_the_worst(qtbot, map_page):
    view = named(map_page, MapView, "Map of the projects")
    view.setFocus()
    before = view.transform().m11()
    for _ in range(6):
        QTest.keyClick(view, Qt.Key.Key_Minus)
    assert view.transform().m11() < before / 10
    groups = view.current_clusters()
    assert len(groups) == 1 and len(groups[0].points) == 3 and groups[0].key == "critical"
    qtbot.wait(50)
    image = view.viewport().grab().toImage()
    centre = view.frame().pixel(groups[0].centre).toPoint()
    assert colour_near(image, centre + QPoint(0, 8), COLOURS["critical"])
    # a click on the group zooms in until it comes apart
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert view.transform().m11() > before / 10 * 2


def test_wheel_keys_and_drag_move_the_map_and_a_click_opens_the_project(qtbot, map_page, ctx, placed):
    view = named(map_page, MapView, "Map of the projects")
    view.setFocus()
    scale = view.transform().m11()
    wheel(view, view.viewport().rect().center(), 2)
    assert view.transform().m11() == pytest.approx(scale * 1.25 ** 2)
    QTest.keyClick(view, Qt.Key.Key_Plus)
    assert view.transform().m11() == pytest.approx(scale * 1.25 ** 2 * 1.5)
    west_before = view.visible_box()[0]
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.visible_box()[0] > west_before  # the map moved east
    # drag with the mouse: the place under the pointer follows it
    start = view.screen_position(*CLINIC) + QPoint(30, 30)
    under = view.geo_at(start)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        QTest.mouseMove(view.viewport(), start + QPoint(-12 * step, -8 * step))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(-60, -40))
    moved = view.screen_position(*under)
    assert abs(moved.x() - (start.x() - 60)) <= 2 and abs(moved.y() - (start.y() - 40)) <= 2
    # click the borehole: the side panel shows it; Open the project asks the window to open it
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.screen_position(*BOREHOLE))
    title = named(map_page, QLabel, "Chosen project")
    qtbot.waitUntil(lambda: title.text() == "Borehole", timeout=5_000)
    assert "Problems: 1 open of 1" in named(map_page, QLabel, "Problems of the chosen project").text()
    with qtbot.waitSignal(ctx.events.open_project, timeout=2_000) as opened:
        QTest.mouseClick(next(b for b in map_page.findChildren(QPushButton) if b.text() == "&Open the project"),
                         Qt.MouseButton.LeftButton)
    assert opened.args == [placed["Borehole"]]


def test_the_map_prints_at_the_papers_size_with_its_markers(qtbot, map_page, tmp_path):
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    named(map_page, MapView, "Map of the projects").zoom(4)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    map_page.print_map(printer)
    assert named(map_page, QLabel, "Map status").text() == "Sent to the printer."
    from pypdf import PdfReader

    [sheet] = PdfReader(tmp_path / "printed.pdf").pages
    width_mm, height_mm = float(sheet.mediabox.width) / 72 * 25.4, float(sheet.mediabox.height) / 72 * 25.4
    assert abs(width_mm - 297) < 2 and abs(height_mm - 210) < 2  # A4 landscape
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(tmp_path / "printed.pdf"),
                    str(tmp_path / "printed")], check=True)
    image = QImage(str(tmp_path / "printed.png"))
    assert image.width() > image.height()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    near = [c for c in colours if sum(abs(QColor(c).getRgb()[i] - QColor(COLOURS["critical"]).getRgb()[i])
                                      for i in range(3)) < 30]
    assert near  # the critical borehole is on paper
    land = QColor("#f4f1e8")  # the land fills the page to its edges, no bare margin
    edge = image.pixelColor(image.width() - 3, image.height() // 3)
    assert edge in (land, QColor("#dbe9f4")) or abs(edge.red() - land.red()) < 12


def test_the_picker_starts_on_the_club_takes_a_click_and_a_typed_town_and_says_how_far(qtbot, ctx, placed):
    from clubapp.ui.location_picker import LocationPicker

    picker = LocationPicker(None, None, ctx=ctx)
    qtbot.addWidget(picker)
    picker.resize(1000, 680)
    picker.show()
    qtbot.waitUntil(lambda: picker.ready, timeout=15_000)
    view = named(picker, MapView, "Map to pick the location")
    west, south, east, north = view.visible_box()
    assert west < 36.9475 < east and south < -0.4197 < north  # the club's area
    assert east - west < 1.5
    assert len(view.points) == 3 and any(t.name == "Nyeri" for t in view.towns)
    chosen = named(picker, QLabel, "Chosen location")
    assert chosen.text() == "No point chosen yet."
    spot = view.screen_position(-0.45, 36.96)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    lat, lon = picker.value
    assert lat == pytest.approx(-0.45, abs=0.003) and lon == pytest.approx(36.96, abs=0.003)
    assert "3.6 km from Nyeri, the club's town" in chosen.text() and "far" not in chosen.text()
    # a typed village in the club's country, then Enter
    field = named(picker, QLineEdit, "Town or village to find")
    QTest.keyClicks(field, "Nanyuki")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert picker.value == pytest.approx((0.00624, 37.07398), abs=1e-4)
    assert "That is far" in chosen.text()  # about 50 km from the club's town
    QTest.keyClicks(field, "zzz")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert "No town or village called 'Nanyukizzz'" in chosen.text()


def test_the_picker_takes_a_photos_location(qtbot, ctx, placed, services, world, tmp_path):
    from PIL import Image

    from clubapp.services.photos import minimal_exif
    from clubapp.ui.location_picker import LocationPicker

    photo = tmp_path / "site.jpg"
    Image.new("RGB", (64, 48), "#886644").save(photo, "JPEG", exif=minimal_exif(None, -0.4111, 36.9522))
    services.photos.add_photos(world.student, [photo], project_id=placed["Borehole"])
    picker = LocationPicker(None, None, ctx=ctx, project_id=placed["Borehole"])
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitUntil(lambda: picker.ready, timeout=15_000)
    button = next(b for b in picker.findChildren(QPushButton) if b.text() == "Use this &photo's location")
    assert button.isVisible()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert picker.value == pytest.approx((-0.4111, 36.9522), abs=1e-3)
