"""Using the real window as a person does: find a widget by the name a screen reader says, click where it is,
type keys. Nothing here calls a page's methods."""

from __future__ import annotations

import time
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QListWidget,
    QTabBar,
    QTableView,
    QWidget,
)

from clubapp.ui.text import tr

W = TypeVar("W", bound=QWidget)


def windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def find(name: str, kind: type[W] = QWidget, *, root: QWidget | None = None, timeout: float = 5.0) -> W:
    """The visible widget of that accessible name (or, for buttons, that text without its '&'), waiting for it
    to appear; in `root` or in any open window (the newest first)."""
    deadline = time.monotonic() + timeout
    while True:
        roots = [root] if root is not None else list(reversed(windows()))
        for top in roots:
            for widget in [top, *top.findChildren(kind)]:
                if not isinstance(widget, kind) or not widget.isVisible():
                    continue
                text = widget.text().replace("&", "") if isinstance(widget, QAbstractButton) else ""
                if widget.accessibleName() == name or text == name:
                    return widget
        if time.monotonic() > deadline:
            seen = sorted({w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
                           for top in roots for w in top.findChildren(kind) if w.isVisible()} - {""})
            raise AssertionError(f"no visible {kind.__name__} named {name!r}; there are: {seen}")
        QApplication.processEvents()
        QTest.qWait(20)


def click(widget: QWidget, at: QPoint | None = None, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"{widget.accessibleName() or widget} cannot be clicked"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, modifier, at if at is not None else widget.rect().center())
    QApplication.processEvents()


def type_into(widget: QWidget, text: str, *, replace: bool = True) -> None:
    """Click in the field, select what is there (a person would), type."""
    click(widget)
    if replace:
        QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(widget, text)


def type_keys(widget: QWidget, text: str) -> None:
    """Key presses for each character; beyond ASCII (Arabic, accents) as a keyboard layout sends them: a key event
    carrying the text (QTest's own keyClicks knows ASCII only)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    QApplication.processEvents()


def press(widget: QWidget, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)
    QApplication.processEvents()


def click_item(view: QListWidget, text_starts: str) -> None:
    """Click a list entry whose text starts with `text_starts` (waiting for the list to be filled)."""
    deadline = time.monotonic() + 10
    while True:
        rows = [i for i in range(view.count()) if view.item(i).text().startswith(text_starts)]
        if rows:
            break
        assert time.monotonic() < deadline, f"no entry {text_starts!r} in {view.accessibleName()}"
        QTest.qWait(20)
    item = view.item(rows[0])
    view.scrollToItem(item)
    click(view.viewport(), view.visualItemRect(item).center())


def click_row(table: QTableView, row: int, modifier: Any = Qt.KeyboardModifier.NoModifier, column: int = 0) -> None:
    index = table.model().index(row, column)
    table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
    click(table.viewport(), table.visualRect(index).center(), modifier)


def row_of(table: QTableView, text: str, column: int = 1) -> int:
    """The row whose cell in `column` shows `text` (waiting for the table to be filled)."""
    deadline = time.monotonic() + 10
    while True:
        model = table.model()
        for row in range(model.rowCount()):
            if model.index(row, column).data() == text:
                return row
        assert time.monotonic() < deadline, f"no row {text!r} in {table.accessibleName()}"
        QTest.qWait(20)


def wait_until(condition: Any, timeout: float = 10.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting: {what or condition}"
        QApplication.processEvents()
        QTest.qWait(20)


def sign_in(window: Any, name: str, secret: str) -> None:
    """Pick the name on the sign-in screen, type the PIN or password, press Enter."""
    settle(window)  # the list of names is (re)loaded
    click_item(find(tr("Your name"), QListWidget, root=window), name)
    field = find(window.sign_in_screen.secret.accessibleName(), root=window)
    type_into(field, secret)
    press(field, Qt.Key.Key_Return)
    wait_until(lambda: window.workspace is not None, what=f"{name} signed in")


def go_to(window: Any, title: str) -> QWidget:
    """Click the page's name in the navigation; the page shown."""
    nav = find(tr("Pages"), QListWidget, root=window)
    click_item(nav, title)
    wait_until(lambda: nav.currentItem().text() == title)
    return window.workspace.current_page()


def sign_out(window: Any) -> None:
    click(find(tr("Sign &out").replace("&", ""), root=window))
    wait_until(lambda: window.workspace is None, what="signed out")


def settle(window: Any, ms: int = 30) -> None:
    """Let background work finish and its results be shown."""
    wait_until(lambda: not window.tasks.running, 15, "background work")
    QTest.qWait(ms)


def click_tab(root: QWidget, title: str) -> None:
    """Click the tab whose title (without '&' or a count) starts with `title`."""
    for tabs in root.findChildren(QTabBar):
        for index in range(tabs.count()):
            if tabs.isVisible() and tabs.tabText(index).replace("&", "").startswith(title):
                click(tabs, tabs.tabRect(index).center())
                return
    raise AssertionError(f"no tab {title!r}")
