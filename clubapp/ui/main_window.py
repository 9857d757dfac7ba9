"""The main window: sign-in, then the workspace (navigation on the left, one page at a time), the sync state
always in the status bar, and sign-out after a period of inactivity so the next student starts clean."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.codelists import Role
from ..services.actor import Actor
from ..services.registry import Services
from .context import UiContext, UiEvents
from .first_run import FirstRunWizard, JoinAsPartner, JoinClub, NewClub
from .sign_in import SignInScreen
from .tasks import TaskRunner
from .text import tr

log = logging.getLogger(__name__)

AUTO_SYNC_MS = 5 * 60_000
WINDOW_SETTING = "window_geometry"
QWIDGETSIZE_MAX = (1 << 24) - 1

# (module, class, roles that see it). Pages are built the first time they are shown.
PAGES = (
    ("clubapp.ui.pages.projects", "ProjectsPage", {Role.STUDENT, Role.TEACHER, Role.PARTNER_STAFF, Role.ADMIN}),
    ("clubapp.ui.pages.issues", "IssuesPage", {Role.STUDENT, Role.TEACHER, Role.PARTNER_STAFF, Role.ADMIN}),
    ("clubapp.ui.pages.issues", "FollowUpsPage", {Role.STUDENT, Role.TEACHER}),
    ("clubapp.ui.pages.review", "ReviewPage", {Role.STUDENT, Role.TEACHER}),
    ("clubapp.ui.pages.members", "MembersPage", {Role.TEACHER}),
    ("clubapp.ui.pages.dashboard", "DashboardPage", {Role.TEACHER, Role.PARTNER_STAFF, Role.ADMIN}),
    ("clubapp.ui.pages.map_page", "MapPage", {Role.STUDENT, Role.TEACHER, Role.PARTNER_STAFF, Role.ADMIN}),
    ("clubapp.ui.pages.sync_page", "SyncPage", {Role.STUDENT, Role.TEACHER, Role.PARTNER_STAFF, Role.ADMIN}),
    ("clubapp.ui.pages.settings_page", "SettingsPage", {Role.STUDENT, Role.TEACHER, Role.PARTNER_STAFF, Role.ADMIN}),
)
# English titles, translated when shown (page_title).
TITLES = {"ProjectsPage": QT_TRANSLATE_NOOP("", "Projects"), "IssuesPage": QT_TRANSLATE_NOOP("", "Issues"),
          "FollowUpsPage": QT_TRANSLATE_NOOP("", "Follow-ups due"), "ReviewPage": QT_TRANSLATE_NOOP("", "Review"),
          "MembersPage": QT_TRANSLATE_NOOP("", "Members"), "DashboardPage": QT_TRANSLATE_NOOP("", "Figures"),
          "MapPage": QT_TRANSLATE_NOOP("", "Map"), "SyncPage": QT_TRANSLATE_NOOP("", "Sync"),
          "SettingsPage": QT_TRANSLATE_NOOP("", "Settings")}


def page_title(name: str) -> str:
    """A page's title in the person's language."""
    return tr(TITLES.get(name, name))


class Placeholder(QWidget):
    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)


class Workspace(QWidget):
    """What a signed-in person sees: navigation and pages; project and issue windows open beside it."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.windows: list[QDialog] = []
        self.entries = [(module, name) for module, name, roles in PAGES if ctx.actor.role in roles]
        layout = QHBoxLayout(self)
        self.nav = QListWidget()
        self.nav.setAccessibleName(tr("Pages"))
        # The navigation uses the app's font (so the text size setting reaches it like every other text) and is
        # as wide as its longest title in that font (fit_navigation).
        self.nav.setStyleSheet("QListWidget::item { padding: 6px; }")
        for number, (_module, name) in enumerate(self.entries, start=1):
            self.nav.addItem(page_title(name))
            self.nav.item(number - 1).setToolTip(
                QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText))
            if number <= 9:
                QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                          activated=lambda row=number - 1: self.nav.setCurrentRow(row))
        self.stack = QStackedWidget()
        self.pages: dict[int, QWidget] = {}
        for _ in self.entries:
            self.stack.addWidget(QWidget())
        self.fit_navigation()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self.show_page)
        ctx.events.open_project.connect(self.open_project)
        ctx.events.open_issue.connect(self.open_issue)
        self.nav.setCurrentRow(0)

    def fit_navigation(self) -> None:
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())),
                     default=100)
        self.nav.setFixedWidth(widest + 12 + 2 * self.nav.frameWidth() + metrics.averageCharWidth() * 2)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:  # the text size setting changed
            self.fit_navigation()
        super().changeEvent(event)

    def page_named(self, name: str) -> QWidget:
        """The page of that class, built if needed (tests and the screenshot tool use this)."""
        row = [n for _m, n in self.entries].index(name)
        self.nav.setCurrentRow(row)
        return self.pages[row]

    def show_page(self, row: int) -> None:
        if row < 0:
            return
        if row not in self.pages:
            module, name = self.entries[row]
            try:
                page = getattr(importlib.import_module(module), name)(self.ctx)
            except ImportError as exc:
                log.info("page %s not available: %s", name, exc)
                page = Placeholder(tr("{page} is not part of this version yet.").format(page=page_title(name)))
            old = self.stack.widget(row)
            self.stack.removeWidget(old)
            old.deleteLater()
            # In a scroll area: a page that needs more room than a small screen has scrolls inside the window
            # instead of making the window larger than the screen.
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.stack.insertWidget(row, scroll)
            self.pages[row] = page
        self.stack.setCurrentIndex(row)

    def current_page(self) -> QWidget | None:
        return self.pages.get(self.stack.currentIndex())

    def open_project(self, project_id: str) -> None:
        from .pages.project_window import ProjectWindow

        self._keep(ProjectWindow(self.ctx, project_id, self))

    def open_issue(self, issue_id: str) -> None:
        from .pages.issues import IssueWindow

        self._keep(IssueWindow(self.ctx, issue_id, self))

    def _keep(self, window: QDialog) -> None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _o=None, w=window: self.windows.remove(w) if w in self.windows else None)
        self.windows.append(window)
        window.show()

    def close_windows(self) -> None:
        for window in list(self.windows):
            window.reject()


class IdleWatcher(QObject):
    """Restarts its timer on any sign of a person: the mouse moved, the focus moved, a key was pressed in the
    focused field. When it runs out, `on_idle` is called.

    Not an application-wide event filter: with Qt's browser engine (the map) in the process, any Python filter on
    the application object crashes PySide6 6.12. So the mouse is polled and only the focused widget is watched.
    """

    POLL_MS = 2000

    def __init__(self, minutes: int, on_idle: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(on_idle)
        self._cursor = QCursor.pos()
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._check_cursor)
        self._poll.start()
        self._watched: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def set_minutes(self, minutes: int) -> None:
        running = self.timer.isActive()
        self.timer.setInterval(max(1, minutes) * 60_000)
        if running:
            self.timer.start()

    def activity(self) -> None:
        if self.timer.isActive():
            self.timer.start()

    def _check_cursor(self) -> None:
        position = QCursor.pos()
        if position != self._cursor:
            self._cursor = position
            self.activity()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.activity()
        if self._watched is not None:
            try:
                self._watched.removeEventFilter(self)
            except RuntimeError:  # already deleted
                pass
            self._watched = None
        if new is not None and not _inside_web_view(new):
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.activity()
        return False


def _inside_web_view(widget: QWidget) -> bool:
    while widget is not None:
        if type(widget).__name__ == "QWebEngineView":
            return True
        widget = widget.parentWidget()
    return False


class MainWindow(QMainWindow):
    restart_requested = Signal(str)  # a language chosen at first run: the app makes its window again

    def __init__(self, services: Services, *, local: Any = None, sync: Any = None, geocoding: Any = None,
                 title_suffix: str = ""):
        super().__init__()
        self.services, self.local, self.sync, self.geocoding = services, local, sync, geocoding
        self.setWindowTitle(tr("clubapp — Integrity Clubs") + title_suffix)
        self.fit_to_screen()
        self.tasks = TaskRunner(self)
        self.events = UiEvents(self)
        self.ctx: UiContext | None = None
        self.wizard: FirstRunWizard | None = None
        self.workspace: Workspace | None = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.sign_in_screen = SignInScreen(services, self.tasks)
        self.sign_in_screen.signed_in.connect(self.enter)
        self.stack.addWidget(self.sign_in_screen)
        self.sync_label = QLabel()
        # The sync state is cut short (its full text in the tooltip) so that Sign out always stays on the screen.
        self.sync_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.user_label = QLabel()
        self.sign_out_button = QPushButton(tr("Sign &out"))
        self.sign_out_button.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.sign_out_button.clicked.connect(lambda: self.sign_out())
        self.sign_out_button.hide()
        bar = self.statusBar()
        bar.addPermanentWidget(self.sync_label)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.sign_out_button)
        self.events.status_message.connect(lambda text: bar.showMessage(text, 8000))
        self.events.data_changed.connect(lambda _kind: self.refresh_sync_state())
        self.events.restore_requested.connect(self.restore_backup)
        minutes = local.inactivity_minutes if local is not None else 10
        self.idle = IdleWatcher(minutes, self._idle, self)
        self.events.inactivity_changed.connect(self.idle.set_minutes)
        self.sync_timer = QTimer(self)  # the status bar follows syncs done elsewhere (command line, automatic)
        self.sync_timer.setInterval(60_000)
        self.sync_timer.timeout.connect(self.refresh_sync_state)
        self.sync_timer.start()
        # Automatic sync: every few minutes when this computer is enrolled; a failure (no connection) is quiet,
        # the status bar says what waits, and the next try comes by itself.
        self.auto_sync_timer = QTimer(self)
        self.auto_sync_timer.setInterval(AUTO_SYNC_MS)
        self.auto_sync_timer.timeout.connect(self.auto_sync)
        self.auto_sync_timer.start()
        self._auto_syncing = False

    # -- size and place ---------------------------------------------------------------------------------------
    def fit_to_screen(self, available: QRect | None = None) -> None:
        """Open within the screen's free area (without the task bar): at most 1280x800, centred."""
        if available is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else QRect(0, 0, 1280, 800)
        frame = 8, 32  # a window manager's border and title bar, before the window is shown and they are known
        width = min(1280, available.width() - frame[0] * 2)
        height = min(800, available.height() - frame[1] - frame[0])
        self.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
        self.resize(width, height)
        self.move(available.left() + (available.width() - width) // 2 - frame[0],
                  available.top() + max(0, (available.height() - height - frame[1]) // 2))

    def restore_size(self, saved: str | None) -> None:
        """The size the window had when it was last closed, if it still fits this screen."""
        if not saved:
            return
        try:
            data = QByteArray.fromHex(saved.encode("ascii"))
        except (UnicodeEncodeError, AttributeError):
            return
        before = self.geometry()
        if not self.restoreGeometry(data):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None and not screen.availableGeometry().contains(self.frameGeometry()):
            self.setGeometry(before)  # a bigger screen then, or another one: open within this one
            self.fit_to_screen()

    # -- start ------------------------------------------------------------------------------------------------
    def start(self) -> None:
        services, local = self.services, self.local

        def find_club(_t: Any) -> tuple[str | None, str]:
            home = local.home_club_id if local is not None else None
            self._saved_size = local.store.get_setting(WINDOW_SETTING) if local is not None else None
            clubs = services.clubs.list_clubs(Actor.operator())
            partner = local is not None and local.store.get_setting("sync_token") and \
                local.store.get_setting("sync_club_id") == ""
            if partner and clubs:  # a partner's computer: no club's names to pick from
                return "", tr("Partner computer: {count} club(s)<br><small>Type your user name below</small>").format(
                    count=len(clubs))
            club = next((c for c in clubs if c.id == home), clubs[0] if clubs else None)
            return (club.id, f"{club.name}<br><small>{club.school_name}</small>") if club else (None, "")

        self.tasks.run(find_club, on_success=self._club_found, on_failure=self._fatal, label=tr("Opening the club"))
        self.refresh_sync_state()

    def _club_found(self, found: tuple[str | None, str]) -> None:
        club_id, heading = found
        self.restore_size(getattr(self, "_saved_size", None))
        if club_id is None:
            QTimer.singleShot(0, self.first_run)
            return
        self.sign_in_screen.load(club_id, heading)

    def first_run(self) -> None:
        self.wizard = FirstRunWizard(self)
        self.wizard.finished.connect(self._wizard_finished)
        self.wizard.language_chosen.connect(self._language_chosen)
        self.wizard.open()

    def _language_chosen(self, language: str) -> None:
        """Saved, then the whole window is made again in that language (clubapp.ui.launch does it)."""
        local = self.local

        def save(_t: Any) -> None:
            if local is not None:
                local.language = language

        self.tasks.run(save, on_success=lambda _r: self.restart_requested.emit(language),
                       label=tr("Saving the language"))

    def _wizard_finished(self, result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if result != QDialog.DialogCode.Accepted:
            self.sign_in_screen.load(None, tr("Set up this computer first: close and open the app again."))
            return
        data = wizard.result_data()
        services, local, sync = self.services, self.local, self.sync

        def create(_t: Any) -> None:
            if isinstance(data, JoinAsPartner):
                if sync is None:
                    raise RuntimeError("sync is not installed")
                sync.enroll_partner(data.server_url, data.username, data.password)
                sync.sync()
                return
            if isinstance(data, JoinClub):
                if sync is None:
                    raise RuntimeError("sync is not installed")
                sync.enroll(data.server_url, data.code)
                sync.sync()
                return
            assert isinstance(data, NewClub)
            club_id = services.clubs.create_club(
                Actor.operator(), organisation_id=None, organisation_name=data.organisation_name,
                school_name=data.school_name, club_name=data.club_name, country=data.country, place=data.place)
            services.clubs.create_first_teacher(club_id, given_name=data.teacher_given,
                                                family_name=data.teacher_family, username=data.username,
                                                password=data.password)
            if local is not None:
                local.home_club_id = club_id

        def failed(message: str) -> None:
            QMessageBox.warning(self, tr("The club was not set up"), message)
            self.first_run()

        self.tasks.run(create, on_success=lambda _r: self.start(), on_failure=failed, label=tr("Setting up the club"))

    def _fatal(self, message: str) -> None:
        QMessageBox.critical(self, tr("clubapp cannot open its data"), message)

    # -- signing in and out -----------------------------------------------------------------------------------
    def enter(self, actor: Actor) -> None:
        # Each sign-in has its own event bus, gone with its pages at sign-out: pages of an earlier sign-in never
        # react again (they would query as the person who left, on widgets already deleted).
        session = UiEvents()
        for name in ("data_changed", "status_message", "restore_requested", "inactivity_changed"):
            getattr(session, name).connect(getattr(self.events, name))
        for name in ("open_project", "open_issue"):
            getattr(self.events, name).connect(getattr(session, name))
        self.session_events = session
        self.ctx = UiContext(services=self.services, actor=actor, tasks=self.tasks, events=session,
                             local=self.local, geocoding=self.geocoding, sync=self.sync)
        self.workspace = Workspace(self.ctx)
        session.setParent(self.workspace)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.user_label.setText(tr("Signed in: {name}").format(name=actor.display_name))
        self.sign_out_button.show()
        self.idle.timer.start()

    def sign_out(self, reason: str = "") -> None:
        self.idle.timer.stop()
        if self.workspace is not None:
            self.workspace.close_windows()  # their drafts are written as they close
            for name in ("open_project", "open_issue"):
                getattr(self.events, name).disconnect(getattr(self.session_events, name))
            self.session_events.blockSignals(True)  # the pages being torn down hear nothing more
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.ctx = None
        self.user_label.clear()
        self.sign_out_button.hide()
        self.stack.setCurrentWidget(self.sign_in_screen)
        self.sign_in_screen.load(self.sign_in_screen.club_id, self.sign_in_screen.heading_text)
        if reason:
            self.sign_in_screen.message.setStyleSheet("color: #555;")
            self.sign_in_screen.message.setText(reason)

    def restore_backup(self, path: str) -> None:
        """Sign out, let running work stop, then put the backup in place in a worker; the sign-in screen
        then lists the restored club's people."""
        actor = self.ctx.actor if self.ctx is not None else None
        if actor is None or self.services.backups is None:
            return
        self.sign_out(tr("Restoring the backup…"))
        self.sign_in_screen.setEnabled(False)
        for handle in list(self.tasks.running):
            handle.cancel()
        services, waited = self.services, [0]

        def restored(kept: Any) -> None:
            self.sign_in_screen.setEnabled(True)
            self.sign_out(tr("The backup is back in place. The data as it was is kept in {file}.").format(
                file=Path(kept).name))
            self.broadcast("*")

        def failed(message: str) -> None:
            self.sign_in_screen.setEnabled(True)
            self.sign_out(tr("Nothing was changed: {reason}").format(reason=message))

        def when_idle() -> None:  # polled, not waited for: the window stays responsive meanwhile
            if self.tasks.running and waited[0] < 100:
                waited[0] += 1
                QTimer.singleShot(100, when_idle)
                return
            self.tasks.run(lambda _t: services.backups.restore(actor, Path(path)), on_success=restored,
                           on_failure=failed, label=tr("Restoring the backup"))

        when_idle()

    def broadcast(self, kind: str) -> None:
        """Data changed outside the pages (sync, restore): the signed-in pages refresh, the status bar too."""
        if self.ctx is not None:
            self.ctx.events.data_changed.emit(kind)  # forwarded to self.events
        else:
            self.events.data_changed.emit(kind)

    def _idle(self) -> None:
        if self.workspace is not None:
            self.sign_out(tr("You were signed out after a while with no activity. Your drafts are kept."))

    # -- status bar -------------------------------------------------------------------------------------------
    def auto_sync(self) -> None:
        sync = self.sync
        if sync is None or self._auto_syncing or not sync.is_enrolled():
            return
        self._auto_syncing = True

        def done(report: Any) -> None:
            self._auto_syncing = False
            if report.pulled or report.pushed:
                self.broadcast("*")
            self.refresh_sync_state()

        def failed(_message: str) -> None:
            self._auto_syncing = False
            self.refresh_sync_state()

        self.tasks.run(lambda task: sync.sync(cancelled=lambda: task.cancelled), on_success=done, on_failure=failed,
                       label=tr("Syncing"))

    def refresh_sync_state(self) -> None:
        from .pages.sync_page import describe

        services = self.services

        def read(_t: Any) -> str:
            from ..services.status import store_status

            return describe({"status": store_status(services.store), "state": None})

        self.tasks.run(read, on_success=self._show_sync_state, label=tr("Reading the sync state"))

    def _show_sync_state(self, text: str) -> None:
        room = max(200, self.width() // 2 - self.user_label.sizeHint().width())
        self.sync_label.setText(self.sync_label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room))
        self.sync_label.setToolTip(text)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if self.local is not None and not self.isMaximized() and not self.isFullScreen():
            try:  # the size is remembered for next time (a small write, as the window closes)
                self.local.store.set_setting(WINDOW_SETTING, bytes(self.saveGeometry().toHex()).decode("ascii"))
            except Exception:  # noqa: BLE001 - never keep the window from closing
                log.warning("the window's size was not saved", exc_info=True)
        if self.workspace is not None:
            self.workspace.close_windows()
        if self.wizard is not None:  # the first-run wizard goes with the window
            wizard, self.wizard = self.wizard, None
            wizard.finished.disconnect()
            wizard.close()
        self.tasks.wait_all(10_000)
        super().closeEvent(event)
