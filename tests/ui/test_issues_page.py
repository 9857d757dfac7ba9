"""The Issues page over many issues: it reads a screenful at a time, fetches more as the list is scrolled, filters
as you type in the database and sorts by a header click across every issue, dates as dates."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest

from clubapp.services.actor import Actor
from clubapp.services.registry import Services
from clubapp.store.local import open_local_store
from clubapp.ui.context import UiContext, UiEvents
from clubapp.ui.pages.issues import IssuesPage
from clubapp.ui.tasks import TaskRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from network_data import generate

FOUND = 7  # the "Found" column


@pytest.fixture
def page(qtbot, tmp_path):
    store = open_local_store(tmp_path / "data")
    generate(store.engine, 2, 300)  # 600 issues
    ctx = UiContext(services=Services.for_store(store), actor=Actor.operator(), tasks=TaskRunner(),
                    events=UiEvents())
    shown = IssuesPage(ctx)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    table = shown.issues
    qtbot.waitUntil(lambda: table.loaded and not table.pending and table.model.counted, timeout=10_000)
    yield table
    ctx.tasks.wait_all(10_000)
    store.dispose()


def found_dates(table) -> list:
    return [table.model.rows[n].identified_on for n in range(table.model.rowCount())]


def test_the_page_holds_a_screenful_and_fetches_more_as_the_list_scrolls(qtbot, page):
    assert page.model.total == 600 and page.model.rowCount() == 200  # not every issue read at once
    assert "600 issues" in page.count_label.text()
    page.table.setFocus()
    for _ in range(4):  # End: the view reaches the bottom and asks for more, until every issue is there
        QTest.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(200)
    qtbot.waitUntil(lambda: page.model.rowCount() == 600, timeout=10_000)
    assert len({row.id for row in page.model.rows}) == 600  # no issue twice


def test_filter_as_you_type_searches_every_issue_and_the_shown_labels(qtbot, page):
    wanted = page.model.rows[150].tracking_number
    qtbot.keyClicks(page.filter, wanted.lower())  # typed in any case; filtered once the typing pauses
    qtbot.waitUntil(lambda: page.model.total == 1 and not page.pending, timeout=5_000)  # one row: no count needed
    assert page.model.index(0, 0).data() == wanted and "1 of 600 issues" in page.count_label.text()
    page.filter.clear()
    qtbot.keyClicks(page.filter, "answered")  # the Status column's label, not a word in the database
    qtbot.waitUntil(lambda: [w.text for w in page.model.query.words] == ["answered"] and not page.pending
                    and page.model.counted, timeout=5_000)
    assert page.model.total > 0 and {row.status for row in page.model.rows} == {"responded"}


def test_a_header_click_sorts_every_issue_by_date(qtbot, page):
    assert isinstance(page.model.index(0, FOUND).data(Qt.ItemDataRole.UserRole), QDate)  # a key Qt compares
    newest_first = found_dates(page)
    assert newest_first == sorted(newest_first, reverse=True)
    header = page.table.horizontalHeader()
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(
        header.sectionViewportPosition(FOUND) + 10, header.height() // 2))
    qtbot.waitUntil(lambda: not page.pending and page.model.query.sort == "identified_on"
                    and not page.model.query.descending, timeout=5_000)
    oldest_first = found_dates(page)
    assert oldest_first == sorted(oldest_first)
    assert oldest_first[0] < newest_first[-1]  # the oldest of all 600, not of the 200 first read
