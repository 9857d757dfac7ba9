"""Issues: the table (all, one project's, or the follow-ups due), recording a problem, and an issue's window with
its timeline and the next steps it allows (reported, response received, fixed, verified...)."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
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
from ...services.issues import IssueInput, IssueQuery, IssueRow, IssueSlice, WordMatch
from ..context import UiContext
from ..date_field import DateField, date_problems
from ..forms import DraftKeeper
from ..text import format_date, format_number, label, labels, rich, tr
from ..widgets import (
    Column,
    RowsModel,
    codelist_combo,
    form_row,
    format_value,
    make_table,
    selected_row,
    submit_for_review,
)

STATUS_LABELS = {
    "identified": QT_TRANSLATE_NOOP("", "Found, not reported yet"),
    "reported": QT_TRANSLATE_NOOP("", "Reported, waiting for an answer"),
    "responded": QT_TRANSLATE_NOOP("", "Answer received"),
    "fixed": QT_TRANSLATE_NOOP("", "Fixed"),
    "partly_fixed": QT_TRANSLATE_NOOP("", "Partly fixed"),
    "not_fixed": QT_TRANSLATE_NOOP("", "Not fixed"),
    "fix_verified": QT_TRANSLATE_NOOP("", "Fixed and checked"),
    "reopened": QT_TRANSLATE_NOOP("", "Reopened"),
    "closed": QT_TRANSLATE_NOOP("", "Closed"),
}
STATUS_SHORT = {
    "identified": QT_TRANSLATE_NOOP("", "Not reported yet"),
    "reported": QT_TRANSLATE_NOOP("", "Waiting for answer"),
    "responded": QT_TRANSLATE_NOOP("", "Answered"),
    "fixed": QT_TRANSLATE_NOOP("", "Fixed"),
    "partly_fixed": QT_TRANSLATE_NOOP("", "Partly fixed"),
    "not_fixed": QT_TRANSLATE_NOOP("", "Not fixed"),
    "fix_verified": QT_TRANSLATE_NOOP("", "Fixed and checked"),
    "reopened": QT_TRANSLATE_NOOP("", "Reopened"),
    "closed": QT_TRANSLATE_NOOP("", "Closed"),
}
STATUS_COLOURS = {"fixed": "#007a55", "fix_verified": "#007a55", "partly_fixed": "#a05a00", "not_fixed": "#b00020",
                  "reopened": "#b00020"}
ACTION_LABELS = {
    EventKind.REPORTED: QT_TRANSLATE_NOOP("", "Reported to…"),
    EventKind.RESPONSE_RECEIVED: QT_TRANSLATE_NOOP("", "Answer received"),
    EventKind.FOLLOW_UP_SENT: QT_TRANSLATE_NOOP("", "Follow-up sent"),
    EventKind.FIXED: QT_TRANSLATE_NOOP("", "Fixed"),
    EventKind.PARTLY_FIXED: QT_TRANSLATE_NOOP("", "Partly fixed"),
    EventKind.NOT_FIXED: QT_TRANSLATE_NOOP("", "Not fixed"),
    EventKind.FIX_VERIFIED: QT_TRANSLATE_NOOP("", "Fixed and checked"),
    EventKind.REOPENED: QT_TRANSLATE_NOOP("", "Reopen"),
    EventKind.CLOSED: QT_TRANSLATE_NOOP("", "Close the issue"),  # not "Close": that reads as the window
}
EVENT_LABELS = {
    "identified": QT_TRANSLATE_NOOP("", "Found"),
    "reported": QT_TRANSLATE_NOOP("", "Reported"),
    "response_received": QT_TRANSLATE_NOOP("", "Answer received"),
    "follow_up_sent": QT_TRANSLATE_NOOP("", "Follow-up sent"),
    "fixed": QT_TRANSLATE_NOOP("", "Fixed"),
    "partly_fixed": QT_TRANSLATE_NOOP("", "Partly fixed"),
    "not_fixed": QT_TRANSLATE_NOOP("", "Not fixed"),
    "fix_verified": QT_TRANSLATE_NOOP("", "Fixed and checked"),
    "reopened": QT_TRANSLATE_NOOP("", "Reopened"),
    "closed": QT_TRANSLATE_NOOP("", "Closed"),
}
SEVERITY_SHORT = {"low": QT_TRANSLATE_NOOP("", "low"), "medium": QT_TRANSLATE_NOOP("", "medium"),
                  "high": QT_TRANSLATE_NOOP("", "high"), "critical": QT_TRANSLATE_NOOP("", "critical")}
CONTACT_KINDS = (EventKind.REPORTED, EventKind.FOLLOW_UP_SENT)
OUTCOME_KINDS = (EventKind.FIXED, EventKind.PARTLY_FIXED, EventKind.NOT_FIXED, EventKind.FIX_VERIFIED)


def status_label(status: str) -> str:
    return label(STATUS_LABELS, status)


class IssuesModel(QAbstractTableModel):
    """The issues a table shows, a screenful at a time: filtered, sorted and counted in SQL on a worker, the next
    rows fetched as the list is scrolled (Qt's canFetchMore/fetchMore). With 100,000 issues the page reads a few
    hundred rows, not all of them, and typing in the filter asks the database again instead of testing each row."""

    ROW_ROLE = RowsModel.ROW_ROLE
    WINDOW = 200  # rows a fetch brings: several screenfuls

    def __init__(self, ctx: UiContext, columns: list[Column], sort_fields: list[str], base: IssueQuery,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.columns, self.sort_fields, self.query = ctx, columns, sort_fields, base
        self.rows: list[IssueRow] = []
        self.total = 0
        self.counted = False  # total is exact (else: the first window was full and the count is on its way)
        self.pending = False  # a query is on its way
        self.failed = ""
        self._generation = 0  # answers to an older query (the filter changed since) are dropped
        self._fetching = False

    reloaded = Signal()

    def set_query(self, **changes: Any) -> None:
        from dataclasses import replace

        self.query = replace(self.query, **changes)
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, query, ctx = self._generation, self.query, self.ctx
        club_id = ctx.actor.club_id
        self.pending, self._fetching = True, False

        def work(_t: object) -> IssueSlice:  # the first screen at once; a full one is counted next
            return ctx.services.issues.list_window(ctx.actor, club_id, query, 0, self.WINDOW, count=False)

        self.ctx.tasks.run(work, on_success=lambda window: self._replace(generation, window),
                           on_failure=lambda message: self._failed(generation, message), label=tr("Loading issues"))

    def _replace(self, generation: int, window: IssueSlice) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.rows = list(window.rows)
        # until counted, a full window means there may be more: one more than is held lets the view fetch
        self.total = window.total if window.total is not None else len(self.rows) + 1
        self.counted = window.total is not None
        self.endResetModel()
        self.pending, self.failed = False, ""
        self.reloaded.emit()
        if not self.counted:
            self._count(generation)

    def _count(self, generation: int) -> None:
        query, ctx = self.query, self.ctx
        club_id = ctx.actor.club_id

        def counted(total: int) -> None:
            if generation == self._generation:
                self.total, self.counted = total, True
                self.reloaded.emit()

        self.ctx.tasks.run(lambda _t: ctx.services.issues.count_issues(ctx.actor, club_id, query),
                           on_success=counted, on_failure=lambda message: self._failed(generation, message),
                           label=tr("Loading issues"))

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.pending, self._fetching, self.failed = False, False, message
            self.reloaded.emit()

    def canFetchMore(self, parent: Any = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt's names
        return not parent.isValid() and not self.pending and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: Any = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, query, ctx, offset = self._generation, self.query, self.ctx, len(self.rows)
        club_id = ctx.actor.club_id

        def work(_t: object) -> IssueSlice:
            return ctx.services.issues.list_window(ctx.actor, club_id, query, offset, self.WINDOW)

        def arrived(window: IssueSlice) -> None:
            if generation != self._generation or offset != len(self.rows):
                return
            self._fetching = False
            if window.rows:
                self.beginInsertRows(QModelIndex(), offset, offset + len(window.rows) - 1)
                self.rows.extend(window.rows)
                self.endInsertRows()
            if len(window.rows) < self.WINDOW or not window.rows:  # the end: now the number is known
                self.total, self.counted = len(self.rows), True
            elif not self.counted:
                self.total = len(self.rows) + 1

        self.ctx.tasks.run(work, on_success=arrived, on_failure=lambda message: self._failed(generation, message),
                           label=tr("Loading issues"))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.sort_fields):
            return
        self.set_query(sort=self.sort_fields[column], descending=order == Qt.SortOrder.DescendingOrder)

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row) if column.text else format_value(column.value(row))
        if role == Qt.ItemDataRole.UserRole:  # a sort key Qt compares: dates as QDate, not Python dates
            return sort_key(column.value(row))
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column.colour:
            colour = column.colour(row)
            return QColor(colour) if colour else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None


def sort_key(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, date):
        return QDate(value.year, value.month, value.day)
    return value


def word_matches(text: str) -> tuple[WordMatch, ...]:
    """The typed words, each with the codes whose shown label contains it (labels are translated, the database
    holds codes): "fixed" finds the fixed issues, "haute" the high ones in French."""
    tables = (("category", ISSUE_CATEGORIES), ("severity", SEVERITY_SHORT), ("status", STATUS_SHORT))
    shown = [(field, [(code, label(table, code).casefold()) for code in table]) for field, table in tables]
    words = []
    for word in text.casefold().split():
        codes = tuple((field, tuple(code for code, text in labelled if word in text)) for field, labelled in shown)
        words.append(WordMatch(word, tuple((field, found) for field, found in codes if found)))
    return tuple(words)


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
        self.filter = QLineEdit(placeholderText=tr("Filter issues: tracking number, title, project… (Ctrl+F)"))
        self.filter.setAccessibleName(tr("Filter issues"))
        self.filter.setClearButtonEnabled(True)
        self.category = codelist_combo(ISSUE_CATEGORIES, any_label=tr("All categories"),
                                       accessible_name=tr("Category"))
        self.status = codelist_combo(STATUS_LABELS, any_label=tr("All statuses"), accessible_name=tr("Status"))
        bar.addWidget(self.filter, 3)
        bar.addWidget(self.category)
        bar.addWidget(self.status)
        layout.addLayout(bar)
        columns = [
            Column(tr("Tracking number"), lambda r: r.tracking_number),
            Column(tr("Problem"), lambda r: r.title),
            Column(tr("Project"), lambda r: r.project_title),
            Column(tr("Category"), lambda r: label(ISSUE_CATEGORIES, r.category)),
            Column(tr("Severity"), lambda r: r.severity, text=lambda r: label(ISSUE_SEVERITIES, r.severity)),
            Column(tr("Status"), lambda r: r.status, text=lambda r: label(STATUS_SHORT, r.status),
                   colour=lambda r: STATUS_COLOURS.get(r.status)),
            Column(tr("Waiting (days)"), lambda r: r.days_waiting if r.awaiting_response_since else None,
                   colour=lambda r: "#b00020" if r.overdue else None),
            Column(tr("Found"), lambda r: r.identified_on, text=lambda r: format_date(r.identified_on)),
        ]
        sort_fields = ["tracking_number", "title", "project_title", "category", "severity", "status",
                       "days_waiting", "identified_on"]
        if project_id:
            del columns[2], sort_fields[2]
        base = IssueQuery(project_id=project_id, overdue_only=overdue_only,
                          sort="days_waiting" if overdue_only else "identified_on", descending=True)
        self.model = IssuesModel(ctx, columns, sort_fields, base, self)
        self.table, _proxy = make_table(self.model, self)
        self.table.setModel(self.model)  # no proxy: the model filters and sorts in SQL
        self.proxy = self.model  # what is shown (kept under the name the other tables use)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setSortIndicator(sort_fields.index(base.sort), Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # a header click asks the model, which asks the database
        self.table.setAccessibleName(tr("Follow-ups due") if overdue_only else tr("Issues"))
        widths = [175, 270, 180, 160, 70, 140, 100, 100]
        if project_id:
            del widths[2]
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)  # the follow-ups' explanation is long in French at larger text
        layout.addWidget(self.count_label)
        self.model.reloaded.connect(self._show)
        # Typing restarts a short timer; the table is filtered once the typing pauses.
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(150)
        self.filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _text: self.filter_timer.start())
        self.category.currentIndexChanged.connect(
            lambda: self.model.set_query(category=self.category.currentData() or None))
        self.status.currentIndexChanged.connect(
            lambda: self.model.set_query(status=self.status.currentData() or None))
        self.table.activated.connect(lambda _index: self.open_selected())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.filter.setFocus)

    @property
    def pending(self) -> bool:
        return self.model.pending

    def apply_filter(self) -> None:
        self.filter_timer.stop()
        words = word_matches(self.filter.text())
        if words != self.model.query.words:
            self.model.set_query(words=words)

    def refresh(self) -> None:
        if not self.loaded:
            self.count_label.setText(tr("Loading issues…"))
        self.model.reload()

    def _show(self) -> None:
        if self.model.failed:
            self.count_label.setText(self.model.failed)
            return
        if not self.model.counted:
            self.loaded = True
            self.count_label.setText(tr("Loading issues…"))
            return
        if not self.loaded or not self._filtered():
            self.unfiltered = self.model.total
        self.loaded = True
        self._count()

    def _filtered(self) -> bool:
        query = self.model.query
        return bool(query.words or query.category or query.status)

    def _count(self) -> None:
        shown = self.model.total
        total = getattr(self, "unfiltered", shown) if self._filtered() else shown
        if self.overdue_only:
            text = (tr("{shown} of {total} follow-ups due") if shown != total else tr("{total} follow-ups due"))
        else:
            text = tr("{shown} of {total} issues") if shown != total else tr("{total} issues")
        text = text.format(shown=format_number(shown), total=format_number(total))
        if self.overdue_only and total:
            text += " — " + tr("no answer for longer than the club's follow-up delay: send a follow-up or record "
                               "the answer.")
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
            intro = QLabel(tr("Issues reported to an authority that has not answered in time. Chase them: send a "
                              "follow-up, or record the answer if it came."))
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
        self.setWindowTitle(tr("Record an issue"))
        self.setMinimumWidth(560)
        self.fields: dict[str, QWidget] = {
            "title": QLineEdit(placeholderText=tr("A short title, e.g. Cracks in the classroom walls")),
            "category": codelist_combo(ISSUE_CATEGORIES),
            "severity": codelist_combo(ISSUE_SEVERITIES),
            "description": QPlainTextEdit(),
            "responsible_party": QLineEdit(placeholderText=tr("Who should fix it")),
            "identified_on": DateField(allow_empty=False),
        }
        self.fields["severity"].setCurrentIndex(self.fields["severity"].findData("medium"))
        self.fields["description"].setPlaceholderText(tr("What did you see? Where exactly? How does it compare "
                                                         "with what was promised?"))
        form = QFormLayout()
        for name, text in (("title", tr("&Problem")), ("category", tr("&Category")), ("severity", tr("&Severity")),
                           ("description", tr("&What you saw")), ("responsible_party", tr("&Responsible")),
                           ("identified_on", tr("&Found on"))):
            form_row(form, text, self.fields[name])
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
            self.draft_note.setText(tr("Restored what you typed last time (it was not saved yet)."))
        self.issue_id: str | None = None
        self.tracking_number = ""

    def save(self) -> None:
        if self.issue_id:  # already saved: the button now says Close
            self.accept()
            return
        problems = date_problems(self.fields)
        if problems:
            self._failed("\n".join(problems))
            return
        values = self.drafts.values()
        identified_on = values.pop("identified_on")
        data = IssueInput(**values)
        ctx, project_id = self.ctx, self.project_id
        self.result.setText(tr("Saving…"))
        ctx.tasks.run(lambda _t: ctx.services.issues.record(ctx.actor, project_id, data, identified_on=identified_on),
                      on_success=self._saved, on_failure=self._failed, label=tr("Saving the issue"))

    def _saved(self, result: tuple[str, str]) -> None:
        self.issue_id, self.tracking_number = result
        self.drafts.discard()
        self.result.setText(tr("<b>Saved.</b> Tracking number: {number}<br>Write it on any letter you send about "
                               "this problem.").format(number=f"<b style='font-size:14pt'>{self.tracking_number}</b>"))
        self.result.setStyleSheet("")
        for widget in self.fields.values():
            widget.setEnabled(False)
        self.buttons.clear()
        close = self.buttons.addButton(tr("&Close"), QDialogButtonBox.ButtonRole.AcceptRole)  # not the issue's "Close"
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
        self.setWindowTitle(label(ACTION_LABELS, kind).rstrip("…"))
        form = QFormLayout()
        self.occurred_on = DateField(allow_empty=False)
        form_row(form, tr("&When"), self.occurred_on)
        self.reported_to = QLineEdit(responsible)
        self.channel = QComboBox()
        for code, text in labels(CONTACT_CHANNELS).items():
            self.channel.addItem(text, code)
        self.reference = QLineEdit(placeholderText=tr("Letter or case number, if any"))
        if kind in CONTACT_KINDS:
            form_row(form, tr("&To whom"), self.reported_to)
            form_row(form, tr("&How"), self.channel)
            form_row(form, tr("&Reference"), self.reference)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(80)
        form_row(form, tr("&Note"), self.note)
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        if kind in OUTCOME_KINDS:
            hint = QLabel(tr("Add an \"after\" photo under Photos, below the issue's timeline, to show what you saw."))
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
        if not self.occurred_on.is_valid():
            self.problems.setText(self.occurred_on.problem)
            return
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
                      on_success=self._saved, on_failure=self.problems.setText, label=tr("Saving the step"))

    def _saved(self, _event_id: str) -> None:
        self.ctx.events.data_changed.emit("issue")
        self.accept()


class IssueWindow(QDialog):
    """One issue: what was found, its timeline, the next steps, photos and the referral letter."""

    def __init__(self, ctx: UiContext, issue_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        from .project_window import PhotoPanel

        self.ctx, self.issue_id, self.issue = ctx, issue_id, None
        self.setWindowTitle(tr("Issue"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(980, 700)
        layout = QVBoxLayout(self)
        self.header = QLabel(tr("Loading…"))
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.header)
        self.actions_bar = QHBoxLayout()
        layout.addLayout(self.actions_bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.timeline = QTextBrowser()
        self.timeline.setAccessibleName(tr("What happened"))
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

        ctx.tasks.run(work, on_success=self._show, on_failure=self.header.setText, label=tr("Opening the issue"))

    def _show(self, result: tuple[Any, list[Any], Any]) -> None:
        self.issue, timeline, project = result
        issue = self.issue
        self.setWindowTitle(tr("Issue {number}").format(number=issue.tracking_number))
        self.header.setText(rich(
            f"<span style='font-size:15pt'><b>{escape(issue.title)}</b></span><br>"
            + tr("Tracking number {number}").format(number=f"<b>{issue.tracking_number}</b>")
            + f" · {escape(project.title)}<br>"
            f"{escape(label(ISSUE_CATEGORIES, issue.category))} · "
            + tr("severity {severity}").format(severity=escape(label(SEVERITY_SHORT, issue.severity)))
            + f" · <b style='color:{STATUS_COLOURS.get(issue.status, '#333')}'>{escape(status_label(issue.status))}"
            f"</b><br>{escape(issue.description)}"
            + ("<br>" + tr("Responsible: {party}").format(party=escape(issue.responsible_party))
               if issue.responsible_party else "")))
        rows = []
        for entry in timeline:
            detail = []
            if entry.reported_to:
                detail.append(tr("to {whom}").format(whom=escape(entry.reported_to)))
            if entry.channel:
                detail.append(tr("by {channel}").format(channel=escape(label(CONTACT_CHANNELS, entry.channel))))
            if entry.reference:
                detail.append(tr("ref. {reference}").format(reference=escape(entry.reference)))
            rows.append(
                f"<tr><td style='padding:4px 10px 4px 0'><b>{format_date(entry.occurred_on)}</b></td>"
                f"<td style='padding:4px 10px 4px 0'>{escape(label(EVENT_LABELS, entry.kind))}</td>"
                f"<td style='padding:4px 10px 4px 0'>{' '.join(detail)}<br>{escape(entry.note)}</td>"
                f"<td style='color:#555'>{escape(entry.recorded_by)}</td></tr>")
        self.timeline.setHtml(rich("<h3>" + tr("What happened") + "</h3><table>" + "".join(rows) + "</table>"))
        self._actions(issue)

    def _actions(self, issue: Any) -> None:
        while self.actions_bar.count():
            item = self.actions_bar.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        can_write = self.ctx.actor.club_id == issue.club_id
        for kind in self.ctx.services.issues.next_actions(issue.status):
            button = QPushButton(label(ACTION_LABELS, kind))
            button.setObjectName(f"action_{kind.value}")
            button.setEnabled(can_write)
            button.clicked.connect(lambda _c=False, k=kind: self.record(k))
            self.actions_bar.addWidget(button)
        self.actions_bar.addStretch(1)
        submit = QPushButton(tr("Su&bmit for review"))
        submit.setEnabled(can_write and issue.review_state in ("draft", "returned"))
        submit.clicked.connect(self.submit)
        self.actions_bar.addWidget(submit)
        letter = QPushButton(tr("Referral &letter (PDF)…"))
        letter.clicked.connect(self.referral_letter)
        self.actions_bar.addWidget(letter)

    def record(self, kind: EventKind) -> None:
        EventDialog(self.ctx, self.issue_id, kind, self.issue.responsible_party if self.issue else "", self).open()

    def submit(self) -> None:
        submit_for_review(self, self.ctx, "issue", self.issue_id)

    def referral_letter(self) -> None:
        try:
            from ...reports import render_referral_letter  # built by the reports issue
        except ImportError:
            QMessageBox.information(self, tr("Not available"), tr("Printing letters is not part of this version yet."))
            return
        default = Path.home() / f"letter-{self.issue.tracking_number if self.issue else 'issue'}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the referral letter"), str(default),
                                              tr("PDF (*.pdf)"))
        if not path:
            return
        ctx, issue_id = self.ctx, self.issue_id
        ctx.tasks.run(lambda _t: render_referral_letter(ctx.services, ctx.actor, issue_id, Path(path)),
                      on_success=lambda _r: ctx.events.status_message.emit(tr("Letter saved to {path}").format(path=path)),
                      on_failure=lambda m: QMessageBox.warning(self, tr("Letter not made"), m),
                      label=tr("Making the letter"))

    def _changed(self, kind: str) -> None:
        if kind in ("issue", "review", "*"):
            self.refresh()
