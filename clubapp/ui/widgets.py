"""Small building blocks the pages share: a table model over plain rows, a filter-as-you-type proxy, form helpers
and the one way errors are shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from ..services.errors import InvalidInput, ServiceError
from ..words import current_language, digits
from .text import format_date, locale, tr

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str  # already translated: Column(tr("Project"), ...)
    value: Callable[[Any], Any]  # what is sorted and filtered on
    text: Callable[[Any], str] | None = None  # what is shown, if not str(value)
    colour: Callable[[Any], str | None] | None = None  # a foreground colour for the cell


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows (dataclasses from the services)."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._haystacks: list[str | None] = []

    def set_rows(self, rows: Sequence[Any], haystacks: list[str] | None = None) -> None:
        """Show new rows; `haystacks` (from make_haystacks, on a worker) saves the UI thread that work."""
        self.beginResetModel()
        self.rows = list(rows)
        self._haystacks = list(haystacks) if haystacks is not None else [None] * len(self.rows)
        self.endResetModel()

    def make_haystack(self, row: Any) -> str:
        """All the row's shown text, case-folded: what filtering as you type searches."""
        return " ".join((c.text(row) if c.text else format_value(c.value(row))) for c in self.columns).casefold()

    def make_haystacks(self, rows: Sequence[Any]) -> list[str]:
        """Pure Python and thread-safe: call it on the worker that loaded the rows."""
        return [self.make_haystack(row) for row in rows]

    def haystack(self, row_index: int) -> str:
        cached = self._haystacks[row_index]
        if cached is None:
            cached = self._haystacks[row_index] = self.make_haystack(self.rows[row_index])
        return cached

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's names
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return column.text(row) if column.text else format_value(value)
        if role == Qt.ItemDataRole.UserRole:  # sort key
            value = column.value(row)
            if isinstance(value, date):  # Qt cannot compare Python dates: ISO text sorts the same way
                return value.isoformat()
            return "" if value is None else value
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


class FilterProxy(QSortFilterProxyModel):
    """Filters as you type (every word must appear somewhere in the row) plus exact-match filters by field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.words: list[str] = []
        self.exact: dict[str, Any] = {}
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "words", text.casefold().split()))

    def set_exact(self, field: str, value: Any) -> None:
        if value in (None, ""):
            self._refilter(lambda: self.exact.pop(field, None))
        else:
            self._refilter(lambda: self.exact.__setitem__(field, value))

    def _refilter(self, change: Callable[[], Any]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: the supported way
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        row = model.rows[source_row]  # type: ignore[attr-defined]
        for field, value in self.exact.items():
            if getattr(row, field, None) != value:
                return False
        if not self.words:
            return True
        haystack = model.haystack(source_row)  # type: ignore[attr-defined]
        return all(word in haystack for word in self.words)


def make_table(model: QAbstractTableModel, parent: QWidget | None = None) -> tuple[QTableView, FilterProxy]:
    proxy = FilterProxy(parent)
    proxy.setSourceModel(model)
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the services' order until a header is clicked
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    table.horizontalHeader().setResizeContentsPrecision(200)  # enough rows to judge a column's width, quickly
    model.modelReset.connect(lambda: fit_columns(table))
    return table, proxy


def fit_columns(table: QTableView, widest: int = 380) -> None:
    """Columns as wide as their content and header (in the language and text size shown), none wider than
    `widest` unless its header needs it; the last fills the rest."""
    header = table.horizontalHeader()
    table.resizeColumnsToContents()
    for column in range(header.count()):
        needed = header.sectionSizeHint(column)
        if header.sectionSize(column) > max(widest, needed):
            header.resizeSection(column, max(widest, needed))


def selected_row(table: QTableView) -> Any:
    indexes = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not indexes:
        index = table.currentIndex()
        if not index.isValid():
            return None
        indexes = [index]
    return indexes[0].data(RowsModel.ROW_ROLE)


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):  # datetimes too: the language's month names and digits
        return format_date(value)
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, int):  # counts and years in the language's digits, as the tiles and PDFs write them
        return locale().toString(value) if abs(value) >= 10_000 else digits(str(value), current_language())
    return str(value)


def codelist_combo(codes: dict[str, str], *, any_label: str | None = None, parent: QWidget | None = None,
                   accessible_name: str | None = None) -> QComboBox:
    """A combo of a code list (English labels, translated here); `any_label` (translated) offers "all"."""
    combo = QComboBox(parent)
    # As wide as about 22 letters, not as the longest label: long labels (French, larger text) would push the
    # page past a small screen; the open list shows them whole.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(22)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    if any_label is not None:
        combo.addItem(any_label, "")
    for code, label in codes.items():
        combo.addItem(tr(label), code)
    if accessible_name or any_label:
        combo.setAccessibleName(accessible_name or any_label or "")
    return combo


def set_combo(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def form_row(form: QFormLayout, text: str, field: QWidget | QLayout, buddy: QWidget | None = None) -> QLabel:
    """A row of a form: its label is the field's buddy (so "&" makes a shortcut, never shows) and names the
    field for screen readers (and for tests, which find fields by name)."""
    caption = QLabel(text)
    if isinstance(field, QPlainTextEdit):
        field.setTabChangesFocus(True)  # Tab moves on; a tab character is not what a form wants
    target = buddy if buddy is not None else field
    if isinstance(target, QWidget):
        caption.setBuddy(target)
        if not target.accessibleName():
            target.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    form.addRow(caption, field)
    return caption


def error_text(message: str) -> QLabel:
    label = QLabel(message)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


def show_problem(parent: QWidget, error: BaseException | str, title: str | None = None) -> None:
    """Tell the person what happened and what to do; field problems are listed one per line."""
    title = title or tr("That did not work")
    if isinstance(error, InvalidInput):
        message = "\n".join(f"• {tr(text)}" for text in error.problems.values()) or tr(str(error))
    elif isinstance(error, ServiceError):
        message = tr(str(error))
    else:
        message = str(error)
    QMessageBox.warning(parent, title, message)


def submit_for_review(parent: QWidget, ctx: Any, entity_type: str, entity_id: str) -> None:
    """Send a student's project, visit or issue to the teacher, in a worker; say so, or why not."""
    def sent(_result: Any) -> None:
        ctx.events.data_changed.emit("review")
        ctx.events.status_message.emit(tr("Sent to your teacher for review."))

    ctx.tasks.run(lambda _t: ctx.services.reviews.submit(ctx.actor, entity_type, entity_id), on_success=sent,
                  on_failure=lambda message: QMessageBox.information(parent, tr("Not submitted"), message),
                  label=tr("Submitting"))
