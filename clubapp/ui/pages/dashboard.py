"""The partner dashboard: fix rate always beside its counts, response times, breakdowns, chart and table.

Every figure comes from StatsService (computed in SQL) in a background task; changing a filter re-runs it after a
short pause, so typing or scrolling through the filters never freezes the window.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.codelists import GENDERS, ISSUE_CATEGORIES, ISSUE_SEVERITIES, PROJECT_SECTORS
from ...exports.service import FORMATS, ExportService
from ...services.stats import MIN_COUNT, Figures, StatsFilter, StatsReport
from ..context import UiContext
from ..date_field import DateField
from ..first_run import COUNTRIES
from ..text import format_date, format_number, label, locale, tr

# Colour-blind-safe (Okabe-Ito) and readable on white; the order is the order of the stacked bars.
OUTCOME_COLOURS = {"fixed": "#009E73", "partly_fixed": "#E69F00", "not_fixed": "#D55E00", "still_open": "#7F7F7F"}

_LABELS = {"country": QT_TRANSLATE_NOOP("", "Country"), "club": QT_TRANSLATE_NOOP("", "Club"),
           "sector": QT_TRANSLATE_NOOP("", "Sector"), "category": QT_TRANSLATE_NOOP("", "Issue category"),
           "severity": QT_TRANSLATE_NOOP("", "Severity"), "month": QT_TRANSLATE_NOOP("", "Month found"),
           "gender": QT_TRANSLATE_NOOP("", "Monitor's gender"), "age_band": QT_TRANSLATE_NOOP("", "Monitor's age")}
# clubapp.domain.codelists.age_band's bands
AGE_BANDS = {"under 13": QT_TRANSLATE_NOOP("", "under 13"), "13-15": QT_TRANSLATE_NOOP("", "13-15"),
             "16-18": QT_TRANSLATE_NOOP("", "16-18"), "over 18": QT_TRANSLATE_NOOP("", "over 18"),
             "unknown": QT_TRANSLATE_NOOP("", "unknown")}
_GROUP_TABLES = {"sector": PROJECT_SECTORS, "category": ISSUE_CATEGORIES, "severity": ISSUE_SEVERITIES,
                 "gender": GENDERS, "age_band": AGE_BANDS}


def _group_label(by: str | None, key: str | None, club_names: dict[str, str] | None = None) -> str:
    if key is None:
        return "—"
    if by == "club" and club_names and key in club_names:
        return club_names[key]  # people know their clubs by name, not by code
    if by in _GROUP_TABLES:
        return label(_GROUP_TABLES[by], key)
    if by == "country" and key in COUNTRIES:
        return tr(COUNTRIES[key])
    return key


def _percent(value: float) -> str:
    return f"{format_number(round(value * 100))}{locale().percent()}"


def _days(value: float | None) -> str:
    """A median number of days in the language's digits (7.5, ٧٫٥), or — when there is none."""
    return "—" if value is None else locale().toString(float(value), "g", 6)


class FiguresTableModel(QAbstractTableModel):
    """The table under the chart: one row per group, the rates always with their counts."""

    COLUMNS = (QT_TRANSLATE_NOOP("", "Group"), QT_TRANSLATE_NOOP("", "Issues"), QT_TRANSLATE_NOOP("", "Fixed"),
               QT_TRANSLATE_NOOP("", "Partly fixed"), QT_TRANSLATE_NOOP("", "Not fixed"),
               QT_TRANSLATE_NOOP("", "Still open"), QT_TRANSLATE_NOOP("", "Fix rate"),
               QT_TRANSLATE_NOOP("", "Response rate"), QT_TRANSLATE_NOOP("", "Median days to answer"),
               QT_TRANSLATE_NOOP("", "Median days to fix"), QT_TRANSLATE_NOOP("", "Overdue"))

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[Figures] = []
        self.by: str | None = None
        self.club_names: dict[str, str] = {}

    def set_report(self, report: StatsReport) -> None:
        self.beginResetModel()
        self.by, self.rows = report.by, list(report.rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        values = (_group_label(self.by, row.key, self.club_names), row.identified, row.fixed, row.partly_fixed, row.not_fixed,
                  row.still_open, _rate_text(row.fix_rate), _rate_text(row.response_rate),
                  _days(row.median_days_to_response), _days(row.median_days_to_fix), row.overdue)
        if role == Qt.ItemDataRole.DisplayRole:
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (6, 7):
            return tr("Rates over fewer than {n} issues are shown as “too few”.").format(n=format_number(MIN_COUNT))
        return None


def _rate_text(rate: Any) -> str:
    return tr("too few") if rate.too_few else _percent(rate.value)


class Tile(QFrame):
    """A headline figure with the counts it comes from underneath."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(title)
        self.value = QLabel("…")
        self.value.setObjectName("tileValue")
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        for part in (self.title, self.value, self.detail):
            part.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(part)
        self.setAccessibleName(title)

    def show_figure(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{value}. {detail}")


class DashboardPage(QWidget):
    """Figures for partner staff (and teachers, for their own club)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.report: StatsReport | None = None
        self._task = None
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.refresh)
        self._build()
        ctx.events.data_changed.connect(lambda _kind: self._debounce.start())

    # ----- layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        title = QLabel("<h2>" + tr("Figures") + "</h2>")
        outer.addWidget(title)

        filters = QHBoxLayout()
        self.use_dates = QCheckBox(tr("&Found between"))
        self.date_from = DateField(allow_empty=False, accessible_name=tr("Found on or after"))
        self.date_from.set_value(date.today().replace(year=date.today().year - 1, day=1))
        self.date_to = DateField(allow_empty=False, accessible_name=tr("Found on or before"))
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(False)
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        self.country = QComboBox(accessibleName=tr("Country"))
        self.club = QComboBox(accessibleName=tr("Club"))
        for combo in (self.country, self.club):  # filled later, on a worker: grow to the names then
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sector = QComboBox(accessibleName=tr("Sector"))
        self.sector.addItem(tr("All sectors"), None)
        for code, name in PROJECT_SECTORS.items():
            self.sector.addItem(tr(name), code)
        self.by = QComboBox(accessibleName=tr("Break down by"))
        for key, name in _LABELS.items():
            self.by.addItem(tr(name), key)
        by_label = QLabel(tr("&Break down by"))
        by_label.setBuddy(self.by)
        self.export_button = QPushButton(tr("E&xport…"))
        menu = QMenu(self.export_button)
        for fmt, name in FORMATS.items():
            menu.addAction(tr(name), lambda fmt=fmt: self.export(fmt))
        self.export_button.setMenu(menu)
        # Two rows, so that longer languages fit: what is counted, then how it is broken down.
        for widget in (self.use_dates, self.date_from, QLabel(tr("and")), self.date_to, self.country,
                       self.club, self.sector):
            filters.addWidget(widget)
        filters.addStretch(1)
        outer.addLayout(filters)
        breakdown = QHBoxLayout()
        breakdown.addWidget(by_label)
        breakdown.addWidget(self.by)
        breakdown.addStretch(1)
        breakdown.addWidget(self.export_button)
        outer.addLayout(breakdown)
        for signal in (self.use_dates.toggled, self.date_from.changed, self.date_to.changed,
                       self.country.currentIndexChanged, self.club.currentIndexChanged,
                       self.sector.currentIndexChanged, self.by.currentIndexChanged):
            signal.connect(lambda *_: self._debounce.start())

        tiles = QGridLayout()
        self.fix_tile = Tile(tr("Fix rate"))
        self.response_tile = Tile(tr("Response rate"))
        self.time_tile = Tile(tr("Median days"))
        self.overdue_tile = Tile(tr("Overdue"))
        self.projects_tile = Tile(tr("Projects monitored"))
        for column, tile in enumerate((self.fix_tile, self.response_tile, self.time_tile, self.overdue_tile,
                                       self.projects_tile)):
            tiles.addWidget(tile, 0, column)
        outer.addLayout(tiles)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setLocale(locale())  # the axis numbers in the language's digits, as the tiles and table
        self.chart.setLocalizeNumbers(True)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(tr("Chart of issue outcomes"))
        self.table_model = FiguresTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(tr("Figures by group"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(self.table)
        splitter.setSizes([300, 250])
        outer.addWidget(splitter, 1)
        self.status = QLabel("")
        outer.addWidget(self.status)

    # ----- data
    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self.country.count() == 0:
            self._load_clubs()
        elif self.report is None:
            self.refresh()

    def _load_clubs(self) -> None:
        self.ctx.tasks.run(lambda task: self.ctx.services.clubs.list_clubs(self.ctx.actor),
                           on_success=self._fill_clubs, on_failure=self._failed, label=tr("Loading clubs"))

    def _fill_clubs(self, clubs: list) -> None:
        for combo in (self.country, self.club):
            combo.blockSignals(True)
            combo.clear()
        self.country.addItem(tr("All countries"), None)
        for country in sorted({c.country for c in clubs}):
            self.country.addItem(_group_label("country", country), country)
        self.club.addItem(tr("All clubs"), None)
        self.table_model.club_names = {club.code: club.name for club in clubs}
        for club in sorted(clubs, key=lambda c: c.name.casefold()):
            self.club.addItem(club.name, club.code)
        for combo in (self.country, self.club):
            combo.blockSignals(False)
        self.refresh()

    def current_filter(self) -> StatsFilter:
        def picked(combo: QComboBox) -> tuple[str, ...]:
            value = combo.currentData()
            return (value,) if value else ()

        dates = {}
        if self.use_dates.isChecked():
            dates = {"date_from": self.date_from.value(), "date_to": self.date_to.value()}
        return StatsFilter(countries=picked(self.country), club_codes=picked(self.club),
                           sectors=picked(self.sector), **dates)

    def refresh(self) -> None:
        flt, by = self.current_filter(), self.by.currentData()
        if self._task is not None and not self._task.done:
            self._task.cancel()
        self.status.setText(tr("Counting…"))
        self._task = self.ctx.tasks.run(
            lambda task: self.ctx.services.stats.figures(self.ctx.actor, flt, by=by),
            on_success=self.show_report, on_failure=self._failed, label=tr("Counting the figures"))

    def show_report(self, report: StatsReport) -> None:
        self.report = report
        o, p = report.overall, report.projects
        rate = o.fix_rate
        self.fix_tile.show_figure(
            _rate_text(rate),
            tr("{fixed} of {total} issues fixed · {partly} partly · {notfixed} not fixed · {open} still open")
            .format(fixed=format_number(o.fixed), total=format_number(o.identified),
                    partly=format_number(o.partly_fixed), notfixed=format_number(o.not_fixed),
                    open=format_number(o.still_open)))
        response = o.response_rate
        self.response_tile.show_figure(
            _rate_text(response),
            tr("{answered} of {reported} reported issues got an answer").format(
                answered=format_number(o.responded), reported=format_number(o.reported)))
        self.time_tile.show_figure(
            _days(o.median_days_to_response),
            tr("days to a first answer; {fix} days to a fix").format(
                fix=_days(o.median_days_to_fix)))
        self.overdue_tile.show_figure(format_number(o.overdue), tr("reported issues still waiting past the club's delay"))
        budgets = "; ".join(f"{format_number(float(amount))} {currency}"
                            for currency, amount in p.budget_by_currency.items())
        self.projects_tile.show_figure(
            format_number(p.projects), tr("budget {budgets} · {people} beneficiaries").format(
                budgets=budgets or "—", people=format_number(p.beneficiaries)))
        self.table_model.set_report(report)
        self._draw_chart(report)
        self.status.setText(tr("As of {day}.").format(day=format_date(report.as_of, "yyyy-MM-dd")) + " "
                            + tr("Rates over fewer than {n} issues are shown as “too few”.").format(n=format_number(MIN_COUNT)))

    def _draw_chart(self, report: StatsReport) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        rows = report.rows[:25]  # a chart of more bars than this is unreadable; the table has them all
        series = QHorizontalStackedBarSeries()
        labels = {"fixed": tr("Fixed"), "partly_fixed": tr("Partly fixed"),
                  "not_fixed": tr("Not fixed"), "still_open": tr("Still open")}
        for key, colour in OUTCOME_COLOURS.items():
            bar_set = QBarSet(labels[key])
            bar_set.setColor(QColor(colour))
            bar_set.append([getattr(row, key) for row in rows])
            series.append(bar_set)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        # Whole names, not "…": the axis takes the room its longest label needs (cut at 40 letters).
        names = [_group_label(report.by, row.key, self.table_model.club_names) for row in rows]
        categories.append([name if len(name) <= 40 else name[:39] + "…" for name in names])
        categories.setTruncateLabels(False)
        values = QValueAxis()
        values.setLabelFormat("%.0f")  # with localized numbers Qt draws no label for %d; %.0f gives whole ones
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setTitle(tr("Issues by {group}").format(group=self.by.currentText().lower()))

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    # ----- export
    def export(self, fmt: str) -> None:
        suffix = {"csv": ".zip", "xlsx": ".xlsx", "geojson": ".geojson", "oc4ids": ".json"}[fmt]
        path, _ = QFileDialog.getSaveFileName(self, tr("Export"), f"clubapp-{date.today()}{suffix}")
        if not path:
            return
        from pathlib import Path

        progress = QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        codes = self.current_filter().club_codes
        handle = self.ctx.tasks.run(
            lambda task: ExportService(self.ctx.services.store).export(
                self.ctx.actor, fmt, Path(path), club_codes=codes,
                progress=lambda table, n: task.progress(n, 0, f"{table}: {n}")),
            on_success=lambda counts: self._exported(progress, path, counts),
            on_failure=lambda message: self._export_failed(progress, message),
            on_progress=lambda done, total, text: progress.setLabelText(text), label=tr("Exporting"))
        progress.canceled.connect(handle.cancel)

    def _exported(self, progress: QProgressDialog, path: str, counts: dict[str, int]) -> None:
        progress.close()
        summary = ", ".join(f"{n:,} {table}" for table, n in counts.items())
        self.ctx.events.status_message.emit(tr("Exported {summary} to {path}").format(summary=summary, path=path))

    def _export_failed(self, progress: QProgressDialog, message: str) -> None:
        progress.close()
        QMessageBox.warning(self, tr("Export failed"), message)
