"""The partner dashboard on the real widgets: the fix rate beside its counts, breakdowns, chart, export."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from clubapp.ui.context import UiContext, UiEvents
from clubapp.ui.pages.dashboard import DashboardPage
from clubapp.ui.tasks import TaskRunner
from stats_network import build_network


@pytest.fixture
def dashboard(qtbot, services, world):
    build_network(services, world)
    ctx = UiContext(services=services, actor=world.partner, tasks=TaskRunner(), events=UiEvents(), settings=None)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    yield page
    ctx.tasks.wait_all()


def test_the_fix_rate_is_shown_with_its_counts(dashboard):
    assert dashboard.fix_tile.value.text() == "33%"
    assert "2 of 6 issues fixed" in dashboard.fix_tile.detail.text()
    assert "1 not fixed" in dashboard.fix_tile.detail.text()
    assert dashboard.response_tile.value.text() == "too few"  # 4 reported issues: under the minimum of 5
    assert "2 of 4" in dashboard.response_tile.detail.text()
    assert dashboard.projects_tile.value.text() == "2"


def test_breakdown_fills_the_chart_and_the_table_and_follows_the_filters(dashboard, qtbot):
    dashboard.by.setCurrentIndex(dashboard.by.findData("sector"))
    qtbot.waitUntil(lambda: dashboard.report.by == "sector", timeout=10_000)
    model = dashboard.table_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Education", "Health"]
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [3, 3]
    [series] = dashboard.chart.series()
    assert [s.label() for s in series.barSets()] == ["Fixed", "Partly fixed", "Not fixed", "Still open"]
    assert [series.barSets()[0].at(i) for i in range(2)] == [1, 1]
    dashboard.sector.setCurrentIndex(dashboard.sector.findData("health"))
    qtbot.waitUntil(lambda: dashboard.report.overall.identified == 3, timeout=10_000)
    assert model.rowCount() == 1


def test_export_from_the_dashboard_writes_a_workbook(dashboard, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "figures.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    messages = []
    dashboard.ctx.events.status_message.connect(messages.append)
    dashboard.export("xlsx")
    qtbot.waitUntil(lambda: bool(messages), timeout=15_000)
    assert "6 issues" in messages[0]
    assert openpyxl.load_workbook(target, read_only=True).sheetnames == ["Projects", "Issues", "Events", "Visits",
                                                                                "Photos"]
