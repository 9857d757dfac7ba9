"""The whole round through the window, as people do it: a student records a project with a photo, a visit and an
issue and submits it; the teacher returns it with a comment; the student sees the comment in the project's window
and submits again; the teacher approves exactly what the preview shows."""

from __future__ import annotations

import pytest
from person import (
    click,
    click_row,
    click_tab,
    find,
    go_to,
    press,
    row_of,
    settle,
    sign_in,
    sign_out,
    type_into,
    wait_until,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton, QTableView, QTextBrowser

from clubapp.services.local_settings import LocalSettings
from clubapp.ui.main_window import MainWindow
from test_photos import phone_jpeg


@pytest.fixture
def window(qtbot, services, world, store):
    local = LocalSettings(store)
    local.home_club_id = world.club_id
    made = MainWindow(services, local=local)
    qtbot.addWidget(made)
    made.show()
    made.start()
    yield made
    made.close()


def project_window(main):
    wait_until(lambda: main.workspace.windows, what="the project's window")
    return main.workspace.windows[-1]


def test_a_project_goes_from_a_student_to_approved(window, services, world, dialogs, tmp_path):
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(phone_jpeg(lat=-0.41, lon=36.95))

    # The student records the project, a photo, a visit and an issue, and submits.
    sign_in(window, "Otieno", "pass-1234")
    go_to(window, "Projects")
    click(find("New project", QPushButton, root=window))
    type_into(find("Name of the project", QLineEdit), "Kamakwa borehole")
    click(find("Save", QPushButton))
    project = project_window(window)
    settle(window)
    click_tab(project, "Photos")
    dialogs.answer("getOpenFileNames", ([str(photo)], ""))
    click(find("Add photos…", QPushButton, root=project))
    strip = find("Photos", QListWidget, root=project)
    wait_until(lambda: strip.count() == 1, what="the photo")
    assert "No photos yet" not in project.photos.hint.text()
    click(strip.viewport(), strip.visualItemRect(strip.item(0)).center())
    press(strip, Qt.Key.Key_Return)  # open it large
    viewer = find("Caption").window()
    wait_until(lambda: viewer.image.pixmap() is not None and not viewer.image.pixmap().isNull(), what="the photo")
    room = viewer.scroll.viewport().size()
    shown = viewer.image.pixmap().size()  # the whole photo, fitted (a 4000x3000 photo is not shown at 100 %)
    assert shown.width() <= room.width() and shown.height() <= room.height()
    viewer.close()
    click(find("Record a visit", QPushButton, root=project))
    click(find("Save", QPushButton, root=find("Who went", QListWidget).window()))
    settle(window)
    click(find("Record an issue", QPushButton, root=project))
    type_into(find("Problem", QLineEdit), "The pump handle is broken")
    issue_dialog = find("Problem", QLineEdit).window()
    click(find("Save", QPushButton, root=issue_dialog))
    settle(window)
    click(find("Close", QPushButton, root=issue_dialog))
    click(find("Submit for review", QPushButton, root=project))
    settle(window)
    project_id = project.project_id
    assert services.projects.get(world.teacher, project_id).review_state == "submitted"
    sign_out(window)

    # The teacher returns it with a comment.
    sign_in(window, "Wanjiru", "pass-1234")
    go_to(window, "Review")
    table = find("Work to review", QTableView, root=window)
    click_row(table, row_of(table, "Kamakwa borehole"))
    assert "Kamakwa borehole" in find("Details of the chosen item", QTextBrowser).toPlainText()
    dialogs.answer("getMultiLineText", ("Say where the borehole is", True))
    click(find("Return with a comment…", QPushButton, root=window))
    settle(window)
    assert services.projects.get(world.teacher, project_id).review_state == "returned"
    sign_out(window)

    # The student sees the comment where they edit, and submits again.
    sign_in(window, "Otieno", "pass-1234")
    go_to(window, "Projects")
    table = find("Projects", QTableView, root=window)
    click_row(table, row_of(table, "Kamakwa borehole", column=0))
    press(table, Qt.Key.Key_Return)
    project = project_window(window)
    settle(window)
    comment = find("Teacher's comment", QLabel, root=project)
    assert "Say where the borehole is" in comment.text()
    click(find("Submit for review", QPushButton, root=project))
    settle(window)
    sign_out(window)

    # The teacher approves exactly what the preview shows.
    sign_in(window, "Wanjiru", "pass-1234")
    go_to(window, "Review")
    table = find("Work to review", QTableView, root=window)
    click_row(table, row_of(table, "Kamakwa borehole"))
    preview = find("Details of the chosen item", QTextBrowser).toPlainText()
    assert "Kamakwa borehole" in preview and "items chosen" not in preview
    click(find("Approve", QPushButton, root=window))
    settle(window)
    assert services.projects.get(world.teacher, project_id).review_state == "approved"
