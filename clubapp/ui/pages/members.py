"""Members (teachers): add, change, deactivate, record consent, give or reset a PIN, import a class list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.codelists import GENDERS, Role
from ...services.class_list import ClassListRow, import_class_list, preview_class_list
from ...services.errors import InvalidInput
from ...services.members import MemberInput, MemberRow
from ..context import UiContext
from ..text import format_number, label, tr
from ..widgets import Column, RowsModel, codelist_combo, make_table, selected_row, set_combo

ROLE_LABELS = {"student": QT_TRANSLATE_NOOP("", "Student"), "teacher": QT_TRANSLATE_NOOP("", "Teacher")}
ROLE_SHORT = {"student": QT_TRANSLATE_NOOP("", "student"), "teacher": QT_TRANSLATE_NOOP("", "teacher")}


class MembersPage(QWidget):
    title = "Members"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.filter = QLineEdit(placeholderText=tr("Filter members"))
        self.filter.setAccessibleName(tr("Filter members"))
        self.filter.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(tr("Show members who &left"))
        bar.addWidget(self.filter, 2)
        bar.addWidget(self.show_inactive)
        layout.addLayout(bar)
        self.model = RowsModel([
            Column(tr("Name"), lambda r: r.full_name),
            Column(tr("Role"), lambda r: r.role, text=lambda r: label(ROLE_LABELS, r.role)),
            Column(tr("Gender"), lambda r: label(GENDERS, r.gender)),
            Column(tr("Born"), lambda r: r.birth_year),
            Column(tr("Grade"), lambda r: r.grade),
            Column(tr("Consent"), lambda r: tr("given") if r.consent_given else tr("MISSING"),
                   colour=lambda r: None if r.consent_given else "#b00020"),
            Column(tr("Can sign in"), lambda r: tr("yes") if r.account_id and r.active else tr("no")),
            Column(tr("Active"), lambda r: r.active),
        ], self)
        self.table, self.proxy = make_table(self.model, self)
        self.table.setAccessibleName(tr("Members"))
        self.table.setColumnWidth(0, 260)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("&Add a member…"))
        self.edit_button = QPushButton(tr("&Change…"))
        self.consent_button = QPushButton(tr("Record &consent…"))
        self.pin_button = QPushButton(tr("Set &PIN or password…"))
        self.active_button = QPushButton(tr("Mark as &left"))
        self.import_button = QPushButton(tr("&Import a class list (CSV)…"))
        self.certificates_button = QPushButton(tr("Print cer&tificates…"))
        # Rows: one member's actions (in two rows: one is too wide in French at larger text), then the club's.
        for button in (self.add_button, self.edit_button, self.consent_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        member_buttons = QHBoxLayout()
        for button in (self.pin_button, self.active_button):
            member_buttons.addWidget(button)
        member_buttons.addStretch(1)
        layout.addLayout(member_buttons)
        club_buttons = QHBoxLayout()
        for button in (self.import_button, self.certificates_button):
            club_buttons.addWidget(button)
        club_buttons.addStretch(1)
        layout.addLayout(club_buttons)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(selected_row(self.table)))
        self.table.activated.connect(lambda _i: self.edit(selected_row(self.table)))
        self.consent_button.clicked.connect(self.record_consent)
        self.pin_button.clicked.connect(self.set_pin)
        self.active_button.clicked.connect(self.toggle_active)
        self.import_button.clicked.connect(self.import_list)
        self.certificates_button.clicked.connect(self.print_certificates)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        ctx.events.data_changed.connect(lambda kind: self.refresh() if kind in ("member", "*") else None)
        self._selected()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.loaded:
            self.refresh()

    def refresh(self) -> None:
        ctx, club_id, everyone = self.ctx, self.ctx.actor.club_id, self.show_inactive.isChecked()
        ctx.tasks.run(lambda _t: ctx.services.members.list_members(ctx.actor, club_id, include_inactive=everyone),
                      on_success=self._show, on_failure=self.status.setText, label=tr("Loading members"))

    def _show(self, rows: list[MemberRow]) -> None:
        self.model.set_rows(rows)
        self.loaded = True
        missing = sum(1 for r in rows if not r.consent_given and r.role == "student")
        text = tr("{count} members").format(count=format_number(len(rows)))
        if missing:
            text += "; " + tr("consent missing for {count} student(s)").format(count=format_number(missing))
        self.status.setText(text)
        self._selected()

    def _selected(self) -> None:
        row: MemberRow | None = selected_row(self.table)
        for button in (self.edit_button, self.consent_button, self.pin_button, self.active_button):
            button.setEnabled(row is not None)
        if row is not None:
            self.active_button.setText(tr("Mark as &left") if row.active else tr("Mark as &back"))

    def _run(self, fn: Any, done: str, label: str) -> None:
        def finished(_result: Any) -> None:
            self.ctx.events.status_message.emit(done)
            self.ctx.events.data_changed.emit("member")

        self.ctx.tasks.run(fn, on_success=finished, on_failure=lambda m: QMessageBox.warning(self, label, m),
                           label=label)

    def edit(self, row: MemberRow | None) -> None:
        dialog = MemberDialog(row, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        ctx, data, club_id = self.ctx, dialog.member_input(), self.ctx.actor.club_id
        if row is None:
            self._run(lambda _t: ctx.services.members.add_member(ctx.actor, club_id, data),
                      tr("Added {name}.").format(name=data.given_name), tr("Adding a member"))
        else:
            self._run(lambda _t: ctx.services.members.update_member(ctx.actor, row.id, data),
                      tr("Saved {name}.").format(name=data.given_name), tr("Changing a member"))

    def record_consent(self) -> None:
        row: MemberRow | None = selected_row(self.table)
        if row is None:
            return
        given_by, ok = QInputDialog.getText(self, tr("Record consent"),
                                            tr("Who gave consent for {name} (a parent or guardian)?")
                                            .format(name=row.full_name))
        if ok:
            ctx = self.ctx
            self._run(lambda _t: ctx.services.members.record_consent(ctx.actor, row.id, given_by),
                      tr("Consent recorded for {name}.").format(name=row.full_name), tr("Recording consent"))

    def set_pin(self) -> None:
        row: MemberRow | None = selected_row(self.table)
        if row is None:
            return
        student = row.role == "student"
        question = (tr("New PIN (at least 4 digits) for {name}:") if student
                    else tr("New password (at least 8 characters) for {name}:"))
        done = (tr("{name} can sign in with the new PIN.") if student
                else tr("{name} can sign in with the new password."))
        secret, ok = QInputDialog.getText(self, tr("Set PIN or password"), question.format(name=row.full_name),
                                          QLineEdit.EchoMode.Password)
        if not ok:
            return
        ctx, club_id = self.ctx, self.ctx.actor.club_id

        def work(_t: Any) -> None:
            if row.account_id:
                ctx.services.accounts.reset_secret(ctx.actor, row.account_id, secret)
                return
            base = "".join(ch for ch in row.full_name.lower().replace(" ", ".") if ch.isalnum() or ch == ".")
            ctx.services.accounts.create_account(
                ctx.actor, username=f"{base or 'member'}.{row.id[:4]}", role=Role(row.role), secret=secret,
                member_id=row.id, club_id=club_id)

        self._run(work, done.format(name=row.full_name), tr("Setting a PIN"))

    def toggle_active(self) -> None:
        row: MemberRow | None = selected_row(self.table)
        if row is None:
            return
        if row.active:
            answer = QMessageBox.question(
                self, tr("Mark as left"),
                tr("Mark {name} as having left the club? They can no longer sign in; their work stays.").format(
                    name=row.full_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        ctx = self.ctx
        self._run(lambda _t: ctx.services.members.set_active(ctx.actor, row.id, not row.active),
                  (tr("{name} is now inactive.") if row.active else tr("{name} is now active.")).format(
                      name=row.full_name), tr("Changing a member"))

    def print_certificates(self) -> None:
        """Certificates for the chosen student, or for every active student; a PDF with one page each."""
        row: MemberRow | None = selected_row(self.table)
        member_ids = None
        if row is not None and row.role == "student":
            answer = QMessageBox.question(
                self, tr("Print certificates"), tr("Print a certificate for {name} only?\n\n"
                                                   "Yes: only this student. No: every active student of the club.")
                .format(name=row.full_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            member_ids = [row.id] if answer == QMessageBox.StandardButton.Yes else None
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the certificates"),
                                              str(Path.home() / "certificates.pdf"), tr("PDF (*.pdf)"))
        if not path:
            return
        from ...reports import render_certificates

        ctx, club_id = self.ctx, self.ctx.actor.club_id
        progress = QProgressDialog(tr("Making the certificates…"), tr("Stop"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def work(task: Any) -> int:
            made = render_certificates(ctx.services, ctx.actor, club_id, member_ids, Path(path),
                                       progress=lambda done, total: task.progress(done, total, ""),
                                       cancelled=lambda: task.cancelled)
            return len(made)

        def on_progress(done: int, total: int, _text: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        handle = ctx.tasks.run(work, on_success=lambda n: ctx.events.status_message.emit(
                                   tr("{count} certificate(s) saved to {path}").format(count=n, path=path)),
                               on_failure=lambda m: QMessageBox.warning(self, tr("Certificates not made"), m),
                               on_progress=on_progress, label=tr("Making certificates"))
        progress.canceled.connect(handle.cancel)
        handle.signals.finished.connect(progress.close)

    def import_list(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import a class list"), str(Path.home()),
                                              tr("Class list (*.csv *.txt)"))
        if path:
            ClassListDialog(self.ctx, Path(path), self).open()


class MemberDialog(QDialog):
    def __init__(self, row: MemberRow | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Change a member") if row else tr("Add a member"))
        form = QFormLayout(self)
        full = (row.full_name.split(" ", 1) + [""])[:2] if row else ["", ""]
        self.given = QLineEdit(full[0])
        self.family = QLineEdit(full[1])
        self.role = codelist_combo(ROLE_LABELS)
        self.gender = codelist_combo(GENDERS)
        self.birth_year = QSpinBox()
        self.birth_year.setRange(0, 2100)
        self.birth_year.setSpecialValueText(tr("not given"))
        self.grade = QLineEdit()
        if row:
            set_combo(self.role, row.role)
            set_combo(self.gender, row.gender)
            self.birth_year.setValue(row.birth_year or 0)
            self.grade.setText(row.grade)
        else:
            set_combo(self.gender, "undisclosed")
        form.addRow(tr("&Given name"), self.given)
        form.addRow(tr("&Family name"), self.family)
        form.addRow(tr("&Role"), self.role)
        form.addRow(tr("G&ender"), self.gender)
        form.addRow(tr("&Birth year"), self.birth_year)
        form.addRow(tr("G&rade"), self.grade)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def member_input(self) -> MemberInput:
        return MemberInput(given_name=self.given.text(), family_name=self.family.text(), role=self.role.currentData(),
                           gender=self.gender.currentData(), birth_year=self.birth_year.value() or None,
                           grade=self.grade.text())


class ClassListDialog(QDialog):
    """A preview of the file, row by row, with what is wrong in each bad row; only good rows are added."""

    def __init__(self, ctx: UiContext, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.rows = ctx, []
        self.setWindowTitle(tr("Import {file}").format(file=path.name))
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        self.summary = QLabel(tr("Reading the file…"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview = QTableWidget(0, 6)
        self.preview.setHorizontalHeaderLabels([tr("Line"), tr("Given name"), tr("Family name"), tr("Gender"),
                                                tr("Birth year"), tr("Problem")])
        self.preview.setAccessibleName(tr("Rows of the class list"))
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.preview, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(tr("Add the good rows"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.import_rows)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        def read(_t: Any) -> list[ClassListRow]:
            if path.stat().st_size > 5_000_000:
                raise InvalidInput({"file": tr("This file is too large for a class list (more than 5 MB).")})
            return preview_class_list(ctx.services.members, ctx.actor, ctx.actor.club_id, path.read_bytes())

        ctx.tasks.run(read, on_success=self._preview, on_failure=self.summary.setText, label=tr("Reading the class list"))

    def _preview(self, rows: list[ClassListRow]) -> None:
        self.rows = rows
        self.preview.setRowCount(len(rows))
        for index, row in enumerate(rows):
            member = row.member
            cells = [str(row.line), member.given_name, member.family_name, label(GENDERS, member.gender),
                     str(member.birth_year or ""), "; ".join(row.problems) or tr("OK")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.problems:
                    item.setForeground(QColor("#b00020"))  # red that passes WCAG AA on white
                self.preview.setItem(index, column, item)
        good = sum(1 for r in rows if r.ok)
        bad = len(rows) - good
        text = tr("{count} row(s) ready to add").format(count=good)
        if bad:
            text += "; " + tr("{count} row(s) with a problem will be left out (fix them in the file and import it "
                              "again)").format(count=bad)
        else:
            text += "."
        self.summary.setText(text)
        self.import_button.setEnabled(good > 0)

    def import_rows(self) -> None:
        ctx, rows, club_id = self.ctx, self.rows, self.ctx.actor.club_id
        self.import_button.setEnabled(False)
        ctx.tasks.run(lambda _t: import_class_list(ctx.services.members, ctx.actor, club_id, rows),
                      on_success=self._imported, on_failure=self.summary.setText, label=tr("Adding members"))

    def _imported(self, added: int) -> None:
        self.ctx.events.status_message.emit(tr("{count} member(s) added from the class list.").format(count=added))
        self.ctx.events.data_changed.emit("member")
        self.accept()
