"""Review through the window: what the preview shows is what Approve and Return act on, one item or several."""

from __future__ import annotations

import pytest
from person import click, click_row, find, go_to, row_of, settle, sign_in, wait_until
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QTextBrowser

from clubapp.services.issues import IssueInput
from clubapp.services.local_settings import LocalSettings
from clubapp.services.projects import ProjectInput
from clubapp.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def submitted(services, world):
    """Three pieces of work a student sent for review: a project and two issues."""
    project = services.projects.create(world.student, world.club_id, ProjectInput(
        title="Ruringu classroom block", sector="education", status="implementation"))
    ramp, _ = services.issues.record(world.student, project, IssueInput("No ramp", "accessibility", "medium"))
    roof, _ = services.issues.record(world.student, project, IssueInput("Leaking roof", "poor_quality", "high"))
    for kind, entity in (("project", project), ("issue", ramp), ("issue", roof)):
        services.reviews.submit(world.student, kind, entity)
    return {"Ruringu classroom block": ("project", project), "No ramp": ("issue", ramp),
            "Leaking roof": ("issue", roof)}


@pytest.fixture
def teacher_window(qtbot, services, world, store, submitted):
    local = LocalSettings(store)
    local.home_club_id = world.club_id
    window = MainWindow(services, local=local)
    qtbot.addWidget(window)
    window.show()
    window.start()
    sign_in(window, "Wanjiru", "pass-1234")
    go_to(window, "Review")
    yield window
    window.close()


def state(services, world, submitted, title):
    kind, entity = submitted[title]
    getter = services.projects.get if kind == "project" else services.issues.get
    return getter(world.teacher, entity).review_state


def test_ctrl_click_a_second_row_previews_both_and_approve_acts_on_both(teacher_window, services, world, submitted):
    table = find("Work to review", QTableView, root=teacher_window)
    preview = find("Details of the chosen item", QTextBrowser, root=teacher_window)
    settle(teacher_window)
    click_row(table, row_of(table, "No ramp"))
    assert "No ramp" in preview.toPlainText()
    click_row(table, row_of(table, "Leaking roof"), CTRL)  # the bug: the preview stayed on "No ramp"
    shown = preview.toPlainText()
    assert "2 items chosen" in shown and "No ramp" in shown and "Leaking roof" in shown
    assert "Ruringu" not in shown
    click(find("Approve these 2", root=teacher_window))
    settle(teacher_window)
    wait_until(lambda: table.model().rowCount() == 1, what="the approved items leave the queue")
    assert state(services, world, submitted, "No ramp") == "approved"
    assert state(services, world, submitted, "Leaking roof") == "approved"
    assert state(services, world, submitted, "Ruringu classroom block") == "submitted"


def test_ctrl_click_again_takes_a_row_out_of_what_is_approved(teacher_window, services, world, submitted):
    table = find("Work to review", QTableView, root=teacher_window)
    preview = find("Details of the chosen item", QTextBrowser, root=teacher_window)
    click_row(table, row_of(table, "No ramp"))
    click_row(table, row_of(table, "Leaking roof"), CTRL)
    click_row(table, row_of(table, "No ramp"), CTRL)  # changed their mind: only the roof now
    assert "Leaking roof" in preview.toPlainText() and "No ramp" not in preview.toPlainText()
    click(find("Approve", root=teacher_window))
    settle(teacher_window)
    wait_until(lambda: state(services, world, submitted, "Leaking roof") == "approved")
    assert state(services, world, submitted, "No ramp") == "submitted"


def test_return_several_with_one_comment(teacher_window, services, world, submitted, dialogs):
    table = find("Work to review", QTableView, root=teacher_window)
    click_row(table, row_of(table, "Ruringu classroom block"))
    click_row(table, row_of(table, "Leaking roof"), Qt.KeyboardModifier.ShiftModifier)  # the three rows
    assert "3 items chosen" in find("Details of the chosen item", QTextBrowser).toPlainText()
    dialogs.answer("getMultiLineText", ("Add a photo of each problem", True))
    click(find("Return these 3 with a comment…", root=teacher_window))
    settle(teacher_window)
    wait_until(lambda: table.model().rowCount() == 0)
    assert {state(services, world, submitted, title) for title in submitted} == {"returned"}
