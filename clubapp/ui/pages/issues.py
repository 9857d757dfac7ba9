"""Issues: the table (all, one project's, or the follow-ups due), recording a problem, and an issue's window with
its timeline and the next steps it allows (reported, response received, fixed, verified...)."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.codelists import CONTACT_CHANNELS, ISSUE_CATEGORIES, ISSUE_SEVERITIES
from ...domain.issue_status import EventKind
from ...services.issues import IssueInput, IssueRow
from ..context import UiContext
from ..forms import DraftKeeper, OptionalDateEdit
from ..widgets import Column, RowsModel, codelist_combo, make_table, selected_row

STATUS_LABELS = {
    "identified": "Found, not reported yet",
    "reported": "Reported, waiting for an answer",
    "responded": "Answer received",
    "fixed": "Fixed",
    "partly_fixed": "Partly fixed",
    "not_fixed": "Not fixed",
    "fix_verified": "Fixed and checked",
    "reopened": "Reopened",
    "closed": "Closed",
}
STATUS_SHORT = {
    "identified": "Not reported yet", "reported": "Waiting for answer", "responded": "Answered", "fixed": "Fixed",
    "partly_fixed": "Partly fixed", "not_fixed": "Not fixed", "fix_verified": "Fixed (checked)",
    "reopened": "Reopened", "closed": "Closed",
}
STATUS_COLOURS = {"fixed": "#007a55", "fix_verified": "#007a55", "partly_fixed": "#a05a00", "not_fixed": "#b00020",
                  "reopened": "#b00020"}
ACTION_LABELS = {
    EventKind.REPORTED: "Reported to…",
    EventKind.RESPONSE_RECEIVED: "Answer received",
    EventKind.FOLLOW_UP_SENT: "Follow-up sent",
    EventKind.FIXED: "Fixed",
    EventKind.PARTLY_FIXED: "Partly fixed",
    EventKind.NOT_FIXED: "Not fixed",
    EventKind.FIX_VERIFIED: "Fix checked by us",
    EventKind.REOPENED: "Reopen",
    EventKind.CLOSED: "Close",
}
EVENT_LABELS = {
    "identified": "Found", "reported": "Reported", "response_received": "Answer received",
    "follow_up_sent": "Follow-up sent", "fixed": "Fixed", "partly_fixed": "Partly fixed", "not_fixed": "Not fixed",
    "fix_verified": "Fix checked by monitors", "reopened": "Reopened", "closed": "Closed",
}
CONTACT_KINDS = (EventKind.REPORTED, EventKind.FOLLOW_UP_SENT)
OUTCOME_KINDS = (EventKind.FIXED, EventKind.PARTLY_FIXED, EventKind.NOT_FIXED, EventKind.FIX_VERIFIED)


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


class IssuesTable(QWidget):
    """A filterable table of issues: everything readable, one project's, or only the overdue ones."""

    def __init__(self, ctx: UiContext, *, project_id: str | None = None, overdue_only: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.project_id, self.overdue_only = ctx, project_id, overdue_only
        self.loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.filter = QLineEdit(placeholderText="Filter issues: tracking number, title, project… (Ctrl+F)")
        self.filter.setClearButtonEnabled(True)
        self.category = codelist_combo(ISSUE_CATEGORIES, any_label="All categories")
        self.status = codelist_combo(STATUS_LABELS, any_label="All statuses")
        bar.addWidget(self.filter, 3)
        bar.addWidget(self.category)
        bar.addWidget(self.status)
        layout.addLayout(bar)
        columns = [
            Column("Tracking number", lambda r: r.tracking_number),
            Column("Problem", lambda r: r.title),
            Column("Project", lambda r: r.project_title),
            Column("Category", lambda r: ISSUE_CATEGORIES.get(r.category, r.category)),
            Column("Severity", lambda r: r.severity),
            Column("Status", lambda r: r.status, text=lambda r: STATUS_SHORT.get(r.status, r.status),
                   colour=lambda r: STATUS_COLOURS.get(r.status)),
            Column("Waiting (days)", lambda r: r.days_waiting if r.awaiting_response_since else None,
                   colour=lambda r: "#b00020" if r.overdue else None),
            Column("Found", lambda r: r.identified_on),
        ]
        if project_id:
            del columns[2]
        self.model = RowsModel(columns, self)
        self.table, self.proxy = make_table(self.model, self)
        widths = [175, 270, 180, 160, 70, 140, 100, 100]
        if project_id:
            del widths[2]
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        # Typing restarts a short timer; the table is filtered once the typing pauses.
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(150)
        self.filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _text: self.filter_timer.start())
        self.category.currentIndexChanged.connect(
            lambda: (self.proxy.set_exact("category", self.category.currentData()), self._count()))
        self.status.currentIndexChanged.connect(
            lambda: (self.proxy.set_exact("status", self.status.currentData()), self._count()))
        self.table.activated.connect(lambda _index: self.open_selected())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.filter.setFocus)

    def apply_filter(self) -> None:
        self.filter_timer.stop()
        self.proxy.set_text(self.filter.text())
        self._count()

    def refresh(self) -> None:
        ctx, project_id, overdue_only, model = self.ctx, self.project_id, self.overdue_only, self.model
        club_id = ctx.actor.club_id

        def work(_t: object) -> tuple[list[IssueRow], list[str]]:
            rows = ctx.services.issues.list(ctx.actor, club_id, project_id=project_id, overdue_only=overdue_only)
            return rows, model.make_haystacks(rows)

        self.count_label.setText("Loading issues…")
        self.ctx.tasks.run(work, on_success=self._show, on_failure=self.count_label.setText, label="Loading issues")

    def _show(self, result: tuple[list[IssueRow], list[str]]) -> None:
        self.model.set_rows(*result)
        self.loaded = True
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        noun = "follow-ups due" if self.overdue_only else "issues"
        text = f"{shown} of {total} {noun}" if shown != total else f"{total} {noun}"
        if self.overdue_only and total:
            text += " — no answer for longer than the club's follow-up delay: send a follow-up or record the answer."
        self.count_label.setText(text)

    def open_selected(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.ctx.events.open_issue.emit(row.id)


class IssuesPage(QWidget):
    title = "Issues"
    overdue_only = False

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        if self.overdue_only:
            intro = QLabel("Issues reported to an authority that has not answered in time. Chase them: send a "
                           "follow-up, or record the answer if it came.")
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.issues = IssuesTable(ctx, overdue_only=self.overdue_only)
        layout.addWidget(self.issues, 1)
        ctx.events.data_changed.connect(self._changed)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.issues.loaded:
            self.issues.refresh()

    def _changed(self, kind: str) -> None:
        if kind in ("issue", "project", "review", "*") and self.issues.loaded:
            self.issues.refresh()


class FollowUpsPage(IssuesPage):
    title = "Follow-ups due"
    overdue_only = True


class IssueDialog(QDialog):
    """Record a problem. The tracking number is shown as soon as it is saved."""

    saved = Signal(str)

    def __init__(self, ctx: UiContext, project_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.setWindowTitle("Record an issue")
        self.setMinimumWidth(560)
        self.fields: dict[str, QWidget] = {
            "title": QLineEdit(placeholderText="A short title, e.g. Cracks in the classroom walls"),
            "category": codelist_combo(ISSUE_CATEGORIES),
            "severity": codelist_combo(ISSUE_SEVERITIES),
            "description": QPlainTextEdit(),
            "responsible_party": QLineEdit(placeholderText="Who should fix it"),
            "identified_on": OptionalDateEdit(allow_empty=False),
        }
        self.fields["severity"].setCurrentIndex(self.fields["severity"].findData("medium"))
        self.fields["description"].setPlaceholderText("What did you see? Where exactly? How does it compare with "
                                                      "what was promised?")
        form = QFormLayout()
        for name, label in (("title", "&Problem"), ("category", "&Category"), ("severity", "&Severity"),
                            ("description", "&What you saw"), ("responsible_party", "&Responsible"),
                            ("identified_on", "&Found on")):
            form.addRow(label, self.fields[name])
        self.draft_note = QLabel()
        self.draft_note.setStyleSheet("color: #1a5fb4;")
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_note)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self.drafts = DraftKeeper(ctx, f"issue:new:{project_id}", self.fields, self)
        if self.drafts.restore():
            self.draft_note.setText("Restored what you typed last time (it was not saved yet).")
        self.issue_id: str | None = None
        self.tracking_number = ""

    def save(self) -> None:
        if self.issue_id:  # already saved: the button now says Close
            self.accept()
            return
        values = self.drafts.values()
        identified_on = values.pop("identified_on")
        data = IssueInput(**values)
        ctx, project_id = self.ctx, self.project_id
        self.result.setText("Saving…")
        ctx.tasks.run(lambda _t: ctx.services.issues.record(ctx.actor, project_id, data, identified_on=identified_on),
                      on_success=self._saved, on_failure=self._failed, label="Saving the issue")

    def _saved(self, result: tuple[str, str]) -> None:
        self.issue_id, self.tracking_number = result
        self.drafts.discard()
        self.result.setText(f"<b>Saved.</b> Tracking number: <b style='font-size:14pt'>{self.tracking_number}</b>"
                            "<br>Write it on any letter you send about this problem.")
        self.result.setStyleSheet("")
        for widget in self.fields.values():
            widget.setEnabled(False)
        self.buttons.clear()
        close = self.buttons.addButton("Close", QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        self.ctx.events.data_changed.emit("issue")
        self.saved.emit(self.issue_id)

    def _failed(self, message: str) -> None:
        self.result.setStyleSheet("color: #b00020;")
        self.result.setText(message)

    def reject(self) -> None:
        if not self.issue_id:
            self.drafts.flush()
        super().reject()


class EventDialog(QDialog):
    """The next step of an issue: when, a note, and for a report or follow-up, to whom and how."""

    def __init__(self, ctx: UiContext, issue_id: str, kind: EventKind, responsible: str, parent: QWidget | None):
        super().__init__(parent)
        self.ctx, self.issue_id, self.kind = ctx, issue_id, kind
        self.setWindowTitle(ACTION_LABELS[kind].rstrip("…"))
        form = QFormLayout()
        self.occurred_on = OptionalDateEdit(allow_empty=False)
        form.addRow("&When", self.occurred_on)
        self.reported_to = QLineEdit(responsible)
        self.channel = QComboBox()
        for code, label in CONTACT_CHANNELS.items():
            self.channel.addItem(label, code)
        self.reference = QLineEdit(placeholderText="Letter or case number, if any")
        if kind in CONTACT_KINDS:
            form.addRow("&To whom", self.reported_to)
            form.addRow("&How", self.channel)
            form.addRow("&Reference", self.reference)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(80)
        form.addRow("&Note", self.note)
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        if kind in OUTCOME_KINDS:
            hint = QLabel("Add an \"after\" photo from the issue's Photos tab to show what you saw.")
            hint.setWordWrap(True)
            form.addRow("", hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def save(self) -> None:
        ctx, issue_id, kind = self.ctx, self.issue_id, self.kind
        contact = kind in CONTACT_KINDS
        values = {
            "occurred_on": self.occurred_on.value(),
            "note": self.note.toPlainText(),
            "reported_to": self.reported_to.text() if contact else "",
            "channel": self.channel.currentData() if contact else "",
            "reference": self.reference.text() if contact else "",
        }
        ctx.tasks.run(lambda _t: ctx.services.issues.add_event(ctx.actor, issue_id, kind, **values),
                      on_success=self._saved, on_failure=self.problems.setText, label="Saving the step")

    def _saved(self, _event_id: str) -> None:
        self.ctx.events.data_changed.emit("issue")
        self.accept()


class IssueWindow(QDialog):
    """One issue: what was found, its timeline, the next steps, photos and the referral letter."""

    def __init__(self, ctx: UiContext, issue_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        from .project_window import PhotoPanel

        self.ctx, self.issue_id, self.issue = ctx, issue_id, None
        self.setWindowTitle("Issue")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(980, 700)
        layout = QVBoxLayout(self)
        self.header = QLabel("Loading…")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.header)
        self.actions_bar = QHBoxLayout()
        layout.addLayout(self.actions_bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.timeline = QTextBrowser()
        splitter.addWidget(self.timeline)
        self.photos = PhotoPanel(ctx, issue_id=issue_id)
        splitter.addWidget(self.photos)
        layout.addWidget(splitter, 1)
        ctx.events.data_changed.connect(self._changed)
        self.refresh()
        self.photos.refresh()

    def refresh(self) -> None:
        ctx, issue_id = self.ctx, self.issue_id

        def work(_t: Any) -> tuple[Any, list[Any], Any]:
            issue = ctx.services.issues.get(ctx.actor, issue_id)
            return issue, ctx.services.issues.timeline(ctx.actor, issue_id), \
                ctx.services.projects.get(ctx.actor, issue.project_id)

        ctx.tasks.run(work, on_success=self._show, on_failure=self.header.setText, label="Opening the issue")

    def _show(self, result: tuple[Any, list[Any], Any]) -> None:
        self.issue, timeline, project = result
        issue = self.issue
        self.setWindowTitle(f"Issue {issue.tracking_number}")
        self.header.setText(
            f"<span style='font-size:15pt'><b>{escape(issue.title)}</b></span><br>"
            f"Tracking number <b>{issue.tracking_number}</b> · {escape(project.title)}<br>"
            f"{escape(ISSUE_CATEGORIES.get(issue.category, issue.category))} · severity {issue.severity} · "
            f"<b style='color:{STATUS_COLOURS.get(issue.status, '#333')}'>{status_label(issue.status)}</b><br>"
            f"{escape(issue.description)}"
            + (f"<br>Responsible: {escape(issue.responsible_party)}" if issue.responsible_party else ""))
        rows = []
        for entry in timeline:
            detail = []
            if entry.reported_to:
                detail.append(f"to {escape(entry.reported_to)}")
            if entry.channel:
                detail.append(f"by {escape(CONTACT_CHANNELS.get(entry.channel, entry.channel))}")
            if entry.reference:
                detail.append(f"ref. {escape(entry.reference)}")
            rows.append(
                f"<tr><td style='padding:4px 10px 4px 0'><b>{entry.occurred_on:%d %b %Y}</b></td>"
                f"<td style='padding:4px 10px 4px 0'>{EVENT_LABELS.get(entry.kind, entry.kind)}</td>"
                f"<td style='padding:4px 10px 4px 0'>{' '.join(detail)}<br>{escape(entry.note)}</td>"
                f"<td style='color:#555'>{escape(entry.recorded_by)}</td></tr>")
        self.timeline.setHtml("<h3>What happened</h3><table>" + "".join(rows) + "</table>")
        self._actions(issue)

    def _actions(self, issue: Any) -> None:
        while self.actions_bar.count():
            item = self.actions_bar.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        can_write = self.ctx.actor.club_id == issue.club_id
        for kind in self.ctx.services.issues.next_actions(issue.status):
            button = QPushButton(ACTION_LABELS[kind])
            button.setObjectName(f"action_{kind.value}")
            button.setEnabled(can_write)
            button.clicked.connect(lambda _c=False, k=kind: self.record(k))
            self.actions_bar.addWidget(button)
        self.actions_bar.addStretch(1)
        submit = QPushButton("Su&bmit for review")
        submit.setEnabled(can_write and issue.review_state in ("draft", "returned"))
        submit.clicked.connect(self.submit)
        self.actions_bar.addWidget(submit)
        letter = QPushButton("Referral &letter (PDF)…")
        letter.clicked.connect(self.referral_letter)
        self.actions_bar.addWidget(letter)

    def record(self, kind: EventKind) -> None:
        EventDialog(self.ctx, self.issue_id, kind, self.issue.responsible_party if self.issue else "", self).open()

    def submit(self) -> None:
        ctx, issue_id = self.ctx, self.issue_id
        ctx.tasks.run(lambda _t: ctx.services.reviews.submit(ctx.actor, "issue", issue_id),
                      on_success=lambda _r: ctx.events.data_changed.emit("review"),
                      on_failure=lambda m: QMessageBox.information(self, "Not submitted", m), label="Submitting")

    def referral_letter(self) -> None:
        try:
            from ...reports import render_referral_letter  # built by the reports issue
        except ImportError:
            QMessageBox.information(self, "Not available", "Printing letters is not part of this version yet.")
            return
        default = Path.home() / f"letter-{self.issue.tracking_number if self.issue else 'issue'}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, "Save the referral letter", str(default), "PDF (*.pdf)")
        if not path:
            return
        ctx, issue_id = self.ctx, self.issue_id
        ctx.tasks.run(lambda _t: render_referral_letter(ctx.services, ctx.actor, issue_id, Path(path)),
                      on_success=lambda _r: ctx.events.status_message.emit(f"Letter saved to {path}"),
                      on_failure=lambda m: QMessageBox.warning(self, "Letter not made", m), label="Making the letter")

    def _changed(self, kind: str) -> None:
        if kind in ("issue", "review", "*"):
            self.refresh()
