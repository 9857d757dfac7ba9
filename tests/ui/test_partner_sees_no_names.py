"""Partner staff signed in on a club's computer meet no club member's real name anywhere in the window: every page
they can reach, the project window and the issue window (whose timeline once said "Found — <student>")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QWidget,
)

from club_records import REAL_NAMES, club_records
from clubapp.domain.codelists import Role
from clubapp.domain.pseudonyms import pseudonym
from clubapp.services.actor import Actor
from clubapp.services.local_settings import LocalSettings
from clubapp.ui.main_window import MainWindow


def text_of(widget: QWidget) -> str:
    """Every piece of text a person can read in a widget and its children (tables' cells included)."""
    parts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget.window()):
            continue
        if isinstance(child, (QLabel, QAbstractButton, QLineEdit)):
            parts.append(child.text())
        elif isinstance(child, (QTextEdit, QPlainTextEdit)):
            parts.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            parts += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            columns = child.horizontalHeader().count() if isinstance(child, QTableView) else 1
            parts += [str(model.index(r, c).data() or "") for r in range(model.rowCount())
                      for c in range(columns)]
        parts.append(child.toolTip())
    return "\n".join(parts)


def first_filled_view(page: QWidget) -> QAbstractItemView:
    return next(v for v in page.findChildren(QAbstractItemView) if v.isVisible() and v.model().rowCount())


def double_click_first_row(qtbot, view: QAbstractItemView) -> None:
    centre = view.visualRect(view.model().index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_partner_staff_on_a_club_computer_see_no_real_name_on_any_page(qtbot, services, world):
    club_records(services, world)
    services.accounts.create_account(Actor.operator(), username="amina.partner", role=Role.PARTNER_STAFF,
                                     secret="partner-pass-1", organisation_id=world.organisation_id)
    window = MainWindow(services, local=LocalSettings(services.store))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start()
    screen = window.sign_in_screen
    qtbot.waitUntil(lambda: screen.names.count() == 3, timeout=10_000)
    qtbot.mouseClick(screen.other, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.other, "amina.partner")
    qtbot.keyClick(screen.other, Qt.Key.Key_Tab)
    qtbot.keyClicks(screen.secret, "partner-pass-1")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(window, "workspace", None) is not None, timeout=15_000)
    workspace = window.workspace

    def settled() -> None:
        qtbot.waitUntil(lambda: not window.tasks.running, timeout=15_000)
        qtbot.wait(50)

    seen: dict[str, str] = {}
    for row in range(workspace.nav.count()):
        item = workspace.nav.item(row)
        qtbot.mouseClick(workspace.nav.viewport(), Qt.MouseButton.LeftButton,
                         pos=workspace.nav.visualItemRect(item).center())
        settled()
        seen[item.text()] = text_of(window)
    assert {"Projects", "Issues"} <= set(seen)

    workspace.nav.setCurrentRow(0)  # Projects: open the project window as a person does, by its row
    double_click_first_row(qtbot, first_filled_view(workspace.stack.currentWidget()))
    qtbot.waitUntil(lambda: any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=10_000)
    settled()
    issues_row = next(r for r in range(workspace.nav.count()) if workspace.nav.item(r).text() == "Issues")
    workspace.nav.setCurrentRow(issues_row)
    settled()
    double_click_first_row(qtbot, first_filled_view(workspace.stack.currentWidget()))
    qtbot.waitUntil(lambda: sum(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets()) >= 2,
                    timeout=10_000)
    settled()
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, QDialog) and dialog.isVisible():
            seen[dialog.windowTitle()] = text_of(dialog)

    everything = "\n".join(seen.values())
    assert "Roof sheets missing" in everything and "Ruringu classroom block" in everything  # the pages were read
    assert pseudonym(world.student.member_id) in everything  # the issue's timeline: "Found — Student …"
    for page, text in seen.items():
        for name in REAL_NAMES:
            assert name not in text, f"{name} on {page!r}"
    window.close()
