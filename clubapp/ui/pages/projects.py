"""Projects: the table (filter as you type, by sector and status) and the form to add or change a project."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.codelists import PROJECT_SECTORS, PROJECT_STATUSES, PROJECT_TYPES
from ...services.projects import ProjectInput, ProjectRow, project_details
from ..context import UiContext
from ..date_field import DateField, date_problems
from ..forms import DraftKeeper
from ..text import format_date, format_number, label, tr
from ..widgets import Column, RowsModel, codelist_combo, form_row, make_table, selected_row, set_combo

REVIEW_LABELS = {"draft": QT_TRANSLATE_NOOP("", "Draft"), "submitted": QT_TRANSLATE_NOOP("", "Waiting for review"),
                 "returned": QT_TRANSLATE_NOOP("", "Returned"), "approved": QT_TRANSLATE_NOOP("", "Approved")}


def review_label(state: str) -> str:
    return label(REVIEW_LABELS, state)


class ProjectsPage(QWidget):
    title = "Projects"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        self.club_names: dict[str, str] = {}  # partner staff see several clubs: by name
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.filter = QLineEdit(placeholderText=tr("Filter projects: type any word (Ctrl+F)"))
        self.filter.setAccessibleName(tr("Filter projects"))
        self.filter.setClearButtonEnabled(True)
        self.sector = codelist_combo(PROJECT_SECTORS, any_label=tr("All sectors"), accessible_name=tr("Sector"))
        self.status = codelist_combo(PROJECT_STATUSES, any_label=tr("All statuses"),
                                     accessible_name=tr("Status"))
        self.new_button = QPushButton(tr("&New project"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setEnabled(ctx.actor.club_id is not None)
        for widget in (self.filter, self.sector, self.status, self.new_button):
            bar.addWidget(widget, 3 if widget is self.filter else 0)
        layout.addLayout(bar)
        columns = [
            Column(tr("Project"), lambda r: r.title),
            Column(tr("Sector"), lambda r: label(PROJECT_SECTORS, r.sector)),
            Column(tr("Status"), lambda r: label(PROJECT_STATUSES, r.status)),
            Column(tr("Responsible authority"), lambda r: r.public_authority),
            Column(tr("Open issues"), lambda r: r.issues_open, colour=lambda r: "#b00020" if r.issues_open else None),
            Column(tr("All issues"), lambda r: r.issues_total),
            Column(tr("Review"), lambda r: review_label(r.review_state)),
        ]
        if ctx.actor.club_id is None:
            columns.insert(1, Column(tr("Club"), lambda r: self.club_names.get(r.club_code, r.club_code)))
        self.model = RowsModel(columns, self)
        self.table, self.proxy = make_table(self.model, self)
        self.table.setAccessibleName(tr("Projects"))
        self.table.setColumnWidth(0, 340)
        self.table.setColumnWidth(3 if ctx.actor.club_id else 4, 260)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)

        self.filter.textChanged.connect(self._filter)
        self.sector.currentIndexChanged.connect(lambda: self._exact("sector", self.sector.currentData()))
        self.status.currentIndexChanged.connect(lambda: self._exact("status", self.status.currentData()))
        self.new_button.clicked.connect(self.new_project)
        self.table.activated.connect(lambda _index: self.open_selected())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.filter.setFocus)
        ctx.events.data_changed.connect(self._data_changed)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.loaded:
            self.refresh()

    def refresh(self) -> None:
        actor, projects, club_id = self.ctx.actor, self.ctx.services.projects, self.ctx.actor.club_id
        self.count_label.setText(tr("Loading projects…"))
        clubs = self.ctx.services.clubs

        def work(_task: Any) -> tuple[list[ProjectRow], dict[str, str]]:
            names = {c.code: c.name for c in clubs.list_clubs(actor)} if club_id is None else {}
            return projects.list(actor, club_id), names

        self.ctx.tasks.run(work, on_success=self._show, on_failure=self.count_label.setText,
                           label=tr("Loading projects"))

    def _show(self, result: tuple[list[ProjectRow], dict[str, str]]) -> None:
        rows, self.club_names = result
        self.model.set_rows(rows)
        self.loaded = True
        self._update_count()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _exact(self, field: str, value: str) -> None:
        self.proxy.set_exact(field, value)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = tr("{shown} of {total} projects") if shown != total else tr("{total} projects")
        self.count_label.setText(text.format(shown=format_number(shown), total=format_number(total)))

    def _data_changed(self, kind: str) -> None:
        if kind in ("project", "issue", "review", "*") and self.loaded:  # "Draft" becomes "Waiting for review"
            self.refresh()

    def open_selected(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.ctx.events.open_project.emit(row.id)

    def new_project(self) -> None:
        dialog = ProjectDialog(self.ctx, None, self)
        dialog.saved.connect(self.ctx.events.open_project.emit)
        dialog.open()


class ProjectDialog(QDialog):
    """Add a project or change its details. What is typed is kept as a draft until saved."""

    saved = Signal(str)  # project id

    def __init__(self, ctx: UiContext, project: Any | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.project = ctx, project
        self.setWindowTitle(tr("Change project details") if project else tr("New project"))
        self.setMinimumWidth(620)
        form = QFormLayout()
        self.fields: dict[str, QWidget] = {
            "title": QLineEdit(placeholderText=tr("e.g. Two-classroom block at Ruringu Primary School")),
            "sector": codelist_combo(PROJECT_SECTORS),
            "status": codelist_combo(PROJECT_STATUSES),
            "type": codelist_combo(PROJECT_TYPES),
            "description": QPlainTextEdit(),
            "public_authority": QLineEdit(placeholderText=tr("The office responsible, e.g. the County Department")),
            "implementing_agency": QLineEdit(placeholderText=tr("The contractor or agency doing the work")),
            "funding_source": QLineEdit(),
            "budget_amount": QLineEdit(placeholderText=tr("e.g. 5400000")),
            "budget_currency": QLineEdit(placeholderText="KES"),
            "planned_start": DateField(opens_on=lambda: self._other_date("planned_end", "actual_start")),
            "planned_end": DateField(opens_on=lambda: self._other_date("planned_start", "actual_end")),
            "actual_start": DateField(opens_on=lambda: self._other_date("planned_start", "actual_end")),
            "actual_end": DateField(opens_on=lambda: self._other_date("actual_start", "planned_end")),
            "beneficiaries": QLineEdit(placeholderText=tr("How many people it serves")),
            "address": QLineEdit(),
            "latitude": QLineEdit(placeholderText=tr("e.g. -0.4197")),
            "longitude": QLineEdit(placeholderText=tr("e.g. 36.9475")),
        }
        self.fields["description"].setFixedHeight(70)
        set_combo(self.fields["status"], "implementation")
        set_combo(self.fields["type"], "construction")
        labels = {
            "title": tr("&Name of the project"), "sector": tr("&Sector"), "status": tr("Sta&tus"), "type": tr("T&ype"),
            "description": tr("What was &promised"), "public_authority": tr("Responsible &authority"),
            "implementing_agency": tr("&Contractor or agency"), "funding_source": tr("&Funding source"),
            "budget_amount": tr("&Budget"), "budget_currency": tr("C&urrency"), "planned_start": tr("Planned start"),
            "planned_end": tr("Planned end"), "actual_start": tr("Actual start"), "actual_end": tr("Actual end"),
            "beneficiaries": tr("B&eneficiaries"), "address": tr("Add&ress or place"), "latitude": tr("&Latitude"),
            "longitude": tr("L&ongitude"),
        }
        for name, widget in self.fields.items():
            if name == "address":
                row = QHBoxLayout()
                row.addWidget(widget, 1)
                self.look_up = QPushButton(tr("Look up the &map position"))
                self.look_up.clicked.connect(self.look_up_address)
                row.addWidget(self.look_up)
                form_row(form, labels[name], row, buddy=widget)
            else:
                form_row(form, labels[name], widget)
        self.pick_button = QPushButton(tr("Pick on the ma&p…"))
        self.pick_button.clicked.connect(self.pick_on_map)
        form.addRow("", self.pick_button)
        self.place_note = QLabel()
        self.place_note.setWordWrap(True)
        form.addRow("", self.place_note)
        self.draft_note = QLabel()
        self.draft_note.setStyleSheet("color: #1a5fb4;")
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_note)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        if project is not None:
            self._fill(project)
        else:
            club = ctx.services.clubs.get_club(ctx.actor, ctx.actor.club_id) if ctx.actor.club_id else None
            if club:
                currency = {"KE": "KES", "NP": "NPR", "LR": "USD", "SL": "SLE", "AF": "AFN"}.get(club.country, "")
                self.fields["budget_currency"].setText(currency)
                self.country = club.country
        self.country = getattr(project, "country", "") or getattr(self, "country", "")
        key = f"project:{project.id}" if project else f"project:new:{ctx.actor.member_id or 'anyone'}"
        self.drafts = DraftKeeper(ctx, key, self.fields, self)
        if self.drafts.restore():
            self.draft_note.setText(tr("Restored what you typed last time (it was not saved yet)."))

    def _fill(self, project: Any) -> None:
        for name, widget in self.fields.items():
            value = getattr(project, name)
            if isinstance(widget, DateField):
                widget.set_value(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
            else:
                set_combo(widget, value)

    def _other_date(self, *names: str) -> Any:
        """A calendar opens near the project's other dates."""
        for name in names:
            value = self.fields[name].value()
            if value is not None:
                return value
        return None

    def values(self) -> ProjectInput:
        raw = self.drafts.values()

        def number(text: str, kind: type) -> Any:
            text = (text or "").strip().replace(",", "")
            if not text:
                return None
            try:
                return kind(text)
            except ValueError:
                return text  # the service explains what is wrong with it

        raw["latitude"], raw["longitude"] = number(raw["latitude"], float), number(raw["longitude"], float)
        raw["beneficiaries"] = number(raw["beneficiaries"], int)
        raw["budget_amount"] = raw["budget_amount"].strip() or None
        raw["country"] = self.country
        return ProjectInput(**raw)

    def save(self) -> None:
        problems = date_problems(self.fields)
        if problems:
            self.problems.setText("\n".join(problems))
            return
        try:
            data = self.values()
        except TypeError as exc:
            self.problems.setText(str(exc))
            return
        if isinstance(data.latitude, str) or isinstance(data.longitude, str):
            self.problems.setText(tr("The latitude and longitude are numbers, e.g. -0.4197 and 36.9475."))
            return
        if isinstance(data.beneficiaries, str):
            self.problems.setText(tr("The number of beneficiaries is a whole number."))
            return
        actor, projects, project = self.ctx.actor, self.ctx.services.projects, self.project
        self.save_button.setEnabled(False)
        self.problems.setText(tr("Saving…"))

        def work(_task: Any) -> str:
            if project is None:
                return projects.create(actor, actor.club_id, data)
            projects.update(actor, project.id, data)
            return project.id

        self.ctx.tasks.run(work, on_success=self._saved, on_failure=self._failed, label=tr("Saving the project"))

    def _saved(self, project_id: str) -> None:
        self.drafts.discard()
        self.ctx.events.data_changed.emit("project")
        self.ctx.events.status_message.emit(tr("Project saved."))
        self.saved.emit(project_id)
        self.accept()

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.problems.setText(message)

    def look_up_address(self) -> None:
        geocoding = self.ctx.geocoding
        address = self.fields["address"].text()
        if geocoding is None:
            self.place_note.setText(tr("Address look-up is not available; type the latitude and longitude."))
            return
        self.place_note.setText(tr("Looking up the address… (you can keep typing)"))
        self.look_up.setEnabled(False)
        country = self.country
        self.ctx.tasks.run(lambda _task: geocoding.look_up(address, country), on_success=self._found,
                           on_failure=self._not_found, label=tr("Looking up the address"))

    def pick_on_map(self) -> None:
        try:
            from ..location_picker import LocationPicker
        except ImportError:  # a build without the web view
            self.place_note.setText(tr("The map is not part of this version: type the latitude and longitude."))
            return
        values = self.values()
        lat = values.latitude if isinstance(values.latitude, float) else None
        lon = values.longitude if isinstance(values.longitude, float) else None
        club = self.ctx.services.clubs.get_club(self.ctx.actor, self.ctx.actor.club_id) if self.ctx.actor.club_id \
            else None
        centre = (club.latitude, club.longitude) if club and club.latitude is not None else None
        self.picker = LocationPicker(lat, lon, centre=centre, parent=self)
        self.picker.accepted.connect(self._picked)
        self.picker.open()

    def _picked(self) -> None:
        if self.picker.value is not None:
            latitude, longitude = self.picker.value
            self.fields["latitude"].setText(f"{latitude:.5f}")
            self.fields["longitude"].setText(f"{longitude:.5f}")
            self.place_note.setText(tr("Location picked on the map."))

    def _found(self, place: Any) -> None:
        self.look_up.setEnabled(True)
        self.fields["latitude"].setText(f"{place.latitude:.5f}")
        self.fields["longitude"].setText(f"{place.longitude:.5f}")
        self.place_note.setText((tr("Found: {place} (saved earlier)") if place.from_cache else tr("Found: {place}"))
                                .format(place=place.display_name))

    def _not_found(self, message: str) -> None:
        self.look_up.setEnabled(True)
        self.place_note.setText(message)

    def reject(self) -> None:
        self.drafts.flush()
        super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.drafts.flush()
        super().closeEvent(event)


def project_summary_html(project: Any) -> str:
    """The details block of a project window, as simple HTML (escaped)."""
    from html import escape

    def row(name: str, value: Any) -> str:
        return f"<tr><td style='color:#555;padding-right:12px'>{escape(name)}</td><td>{escape(str(value))}</td></tr>"

    location = (f"{project.latitude:.5f}, {project.longitude:.5f}" if project.latitude is not None
                else tr("not set"))

    def span(start: Any, end: Any) -> str:
        return tr("{start} to {end}").format(start=format_date(start) or "—", end=format_date(end) or "—")

    rows = project_details(project, span=span, number=format_number) + [
        (tr("Location"), location),
        (tr("Review"), review_label(project.review_state)),
    ]
    body = "".join(row(name, value) for name, value in rows)
    description = f"<p>{escape(project.description)}</p>" if project.description else ""
    return f"<h2>{escape(project.title)}</h2>{description}<table>{body}</table>"

