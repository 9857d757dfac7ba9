"""Sync: the last successful sync, what waits to be sent, records the server refused (with why), conflicts, and
"Sync now". Enrolling this computer with a club code is here too."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.codelists import Role
from ...services.status import store_status
from ..context import UiContext
from ..text import format_number, rich, tr


def sync_summary(ctx: UiContext) -> dict[str, Any]:
    """On a worker: what the status bar and this page show."""
    status = store_status(ctx.services.store)
    state = ctx.sync.state() if ctx.sync is not None else None
    return {"status": status, "state": state}


def describe(summary: dict[str, Any]) -> str:
    status = summary["status"]
    pending = status["pending"]
    waiting = tr("{changes} change(s) and {photos} photo(s) waiting to be sent").format(
        changes=format_number(pending["changes"]), photos=format_number(pending["photos"]))
    if not status.get("server_url"):
        return tr("Working offline (no server set)") + " · " + waiting
    last = status.get("last_sync_at")
    return tr("Last sync: {when}").format(when=last or tr("never")) + " · " + waiting


class SyncPage(QWidget):
    title = "Sync"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.handle = None
        layout = QVBoxLayout(self)
        self.state = QLabel("…")
        self.state.setAccessibleName(tr("Sync state"))
        self.state.setWordWrap(True)
        self.state.setStyleSheet("font-size: 12pt;")
        layout.addWidget(self.state)
        bar = QHBoxLayout()
        self.sync_button = QPushButton(tr("&Sync now"))
        self.cancel_button = QPushButton(tr("S&top"))
        self.cancel_button.setEnabled(False)
        bar.addWidget(self.sync_button)
        bar.addWidget(self.cancel_button)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(tr("Sync progress"))
        bar.addWidget(self.progress, 1)
        layout.addLayout(bar)
        enrol = QFormLayout()
        self.server = QLineEdit(placeholderText="https://clubs.example.org")
        self.code = QLineEdit(placeholderText=tr("The club code your partner gave you, e.g. KE7Q3M"))
        self.enrol_button = QPushButton(tr("&Connect this computer to the club"))
        enrol.addRow(tr("Server &address"), self.server)
        enrol.addRow(tr("Club &code"), self.code)
        enrol.addRow("", self.enrol_button)
        layout.addLayout(enrol)
        # Connecting the computer to a club is a teacher's act (a student would move everyone's records).
        for widget in (self.server, self.code, self.enrol_button):
            enrol.setRowVisible(widget, ctx.actor.role in (Role.TEACHER, Role.ADMIN))
        self.details = QTextBrowser()
        self.details.setAccessibleName(tr("Refused records and conflicts"))
        layout.addWidget(self.details, 1)
        available = ctx.sync is not None
        for widget in (self.sync_button, self.enrol_button):
            widget.setEnabled(available)
        if ctx.local is not None:
            self.server.setText(ctx.local.server_url)
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(lambda: self.handle.cancel() if self.handle else None)
        self.enrol_button.clicked.connect(self.enrol)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.ctx
        ctx.tasks.run(lambda _t: sync_summary(ctx), on_success=self._show, on_failure=self.state.setText,
                      label=tr("Reading the sync state"))

    def _show(self, summary: dict[str, Any]) -> None:
        self.state.setText(describe(summary))
        state = summary["state"]
        parts = []
        if self.ctx.sync is None:
            parts.append("<p>" + escape(tr("This version works offline only: the server connection is not installed."))
                         + "</p>")
        refused = getattr(state, "refused", None) or []
        if refused:
            parts.append("<h3>" + escape(tr("Refused by the server")) + "</h3><ul>")
            parts += [f"<li>{escape(str(item))}</li>" for item in refused]
            parts.append("</ul>")
        conflicts = getattr(state, "conflicts", None) or []
        if conflicts:
            parts.append("<h3>" + escape(tr("Conflicts to look at")) + "</h3><ul>")
            parts += [f"<li>{escape(str(item))}</li>" for item in conflicts]
            parts.append("</ul>")
        self.details.setHtml(rich("".join(parts)) or "<p>" + escape(tr("Nothing refused, no conflicts.")) + "</p>")

    def sync_now(self) -> None:
        sync = self.ctx.sync
        if sync is None:
            return
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)

        def work(task: Any) -> Any:
            return sync.sync(progress=lambda done, total, text="": task.progress(done, total, text),
                             cancelled=lambda: task.cancelled)

        def on_progress(done: int, total: int, text: str) -> None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)
            self.progress.setFormat(text or "%p%")

        self.handle = self.ctx.tasks.run(work, on_success=self._synced, on_failure=self._failed,
                                         on_progress=on_progress, label=tr("Syncing"))

    def _synced(self, report: Any) -> None:
        self._idle()
        self.ctx.events.status_message.emit(tr("Sync finished: {report}").format(report=report))
        self.ctx.events.data_changed.emit("*")
        self.refresh()

    def _failed(self, message: str) -> None:
        self._idle()
        QMessageBox.warning(self, tr("Sync did not finish"), message + "\n\n" + tr(
            "Nothing was lost: what was not sent is still waiting and will be sent next time."))
        self.refresh()

    def _idle(self) -> None:
        self.sync_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.handle = None

    def enrol(self) -> None:
        sync, server, code = self.ctx.sync, self.server.text().strip(), self.code.text().strip()
        if sync is None:
            return
        self.ctx.tasks.run(lambda _t: sync.enroll(server, code),
                           on_success=lambda _r: (self.ctx.events.status_message.emit(
                               tr("This computer is connected to the club.")), self.refresh()),
                           on_failure=lambda m: QMessageBox.warning(self, tr("Not connected"), m),
                           label=tr("Connecting"))
