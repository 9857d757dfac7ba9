"""Partner figures are readable: clubs by name (not code) in the breakdown, its bar labels whole (not "…"),
and the projects table names the clubs."""

from __future__ import annotations

from person import click, find, wait_until
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox

from clubapp.ui.context import UiContext, UiEvents
from clubapp.ui.pages.dashboard import DashboardPage
from clubapp.ui.pages.projects import ProjectsPage
from clubapp.ui.tasks import TaskRunner
from test_stats import build_network


def test_break_down_by_club_shows_whole_club_names(qtbot, services, world):
    build_network(services, world)
    ctx = UiContext(services=services, actor=world.partner, tasks=TaskRunner(), events=UiEvents())
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    wait_until(lambda: page.report is not None)
    by = find("Break down by", QComboBox, root=page)
    click(by)
    by.setCurrentIndex(by.findData("club"))  # the choice in the open list
    by.hidePopup()
    wait_until(lambda: page.report.by == "club" and not ctx.tasks.running)
    names = {c.name for c in services.clubs.list_clubs(world.partner)}
    table = [page.table_model.index(r, 0).data() for r in range(page.table_model.rowCount())]
    assert set(table) <= names and table
    [axis] = [a for a in page.chart.axes() if a.type() == a.AxisType.AxisTypeBarCategory]
    assert set(axis.categories()) <= names and not axis.truncateLabels()
    qtbot.wait(50)
    longest = max(QFontMetrics(axis.labelsFont()).horizontalAdvance(name) for name in axis.categories())
    assert page.chart.plotArea().left() >= longest  # room for the whole label left of the bars
    clubs = find("Club", QComboBox, root=page)
    assert {clubs.itemText(i) for i in range(1, clubs.count())} <= names
    ctx.tasks.wait_all()


def test_partner_projects_name_their_clubs(qtbot, services, world):
    build_network(services, world)
    ctx = UiContext(services=services, actor=world.partner, tasks=TaskRunner(), events=UiEvents())
    page = ProjectsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_until(lambda: page.loaded)
    shown = {page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())}
    assert shown and shown <= {c.name for c in services.clubs.list_clubs(world.partner)}
    ctx.tasks.wait_all()
