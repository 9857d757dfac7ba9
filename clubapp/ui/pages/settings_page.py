"""Settings: language, text size, the club's follow-up delay (teachers), server address, photo size, sign-out
delay."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.codelists import Role
from ...services.backups import MAY_RESTORE
from ...services.local_settings import PHOTO_SIZES
from .. import i18n
from ..appearance import SCALES, apply_text_scale, save_scale, stored_scale
from ..context import UiContext
from ..text import format_date, format_number, tr

# Each language's name in that language, so anyone can find their own; not the pseudo-locale (a developers'
# layout check, chosen with --lang qps).
LANGUAGES = {code: name for code, name in i18n.LANGUAGES.items() if code != i18n.PSEUDO}


class SettingsPage(QWidget):
    title = "Settings"  # the navigation shows main_window.TITLES, translated

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem(tr("The computer's language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        # the club's papers (certificates, letters, reports) are printed in its language, whoever prints them
        self.papers_language = QComboBox()
        for code, name in LANGUAGES.items():
            if code != i18n.PSEUDO:
                self.papers_language.addItem(name, code)
        self.papers_language.setEnabled(ctx.actor.is_teacher)
        self.text_size = QComboBox()
        for scale, name in SCALES.items():
            self.text_size.addItem(tr("{size} ({percent}%)").format(size=tr(name), percent=round(scale * 100)), scale)
        self.follow_up_days = QSpinBox()
        self.follow_up_days.setRange(1, 365)
        self.follow_up_days.setSuffix(" " + tr("days"))
        self.follow_up_days.setEnabled(ctx.actor.is_teacher)
        self.server = QLineEdit(placeholderText=tr("https://clubs.example.org (leave empty to work offline)"))
        self.photo_size = QComboBox()
        for size in PHOTO_SIZES:
            self.photo_size.addItem(tr("{size} pixels on the longest side").format(size=format_number(size)), size)
        self.inactivity = QSpinBox()
        self.inactivity.setRange(1, 240)
        self.inactivity.setSuffix(" " + tr("minutes"))
        form.addRow(tr("&Language"), self.language)
        form.addRow(tr("Print certificates and letters &in"), self.papers_language)
        form.addRow(tr("Larger &text"), self.text_size)
        form.addRow(tr("&Follow up an issue with no answer after"), self.follow_up_days)
        form.addRow(tr("&Server address"), self.server)
        form.addRow(tr("&Photo size"), self.photo_size)
        form.addRow(tr("Sign out after no &activity for"), self.inactivity)
        self.form = form
        layout.addLayout(form)
        # The computer's own settings are everyone's: teachers change them (the service checks it too).
        self.computer_rows = (self.server, self.photo_size, self.inactivity)
        self.may_change_computer = ctx.actor.role in (Role.TEACHER, Role.ADMIN)
        for widget in self.computer_rows:
            form.setRowVisible(widget, False)
        self.computer_note = QLabel(tr("This computer's server address, photo size and sign-out delay are changed "
                                       "by a teacher."))
        self.computer_note.setWordWrap(True)
        self.computer_note.setVisible(not self.may_change_computer)
        layout.addWidget(self.computer_note)
        self.note = QLabel(tr("Language changes apply the next time the app opens. The text size changes at once."))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.save_button = QPushButton(tr("&Save settings"))
        layout.addWidget(self.save_button)
        layout.addWidget(self._backups_box())
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.loaded = False

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        ctx, club_id = self.ctx, self.ctx.actor.club_id

        def read(_t: Any) -> dict[str, Any]:
            local = ctx.local
            club = ctx.services.clubs.get_club(ctx.actor, club_id) if club_id else None
            return {"may_change": local.may_change_computer_settings(ctx.actor) if local else False,
                    "language": local.language if local else "", "server": local.server_url if local else "",
                    "photo": local.photo_max_side if local else 1600,
                    "inactivity": local.inactivity_minutes if local else 10,
                    "follow_up_days": club.follow_up_days if club else 30, "text_scale": stored_scale(local),
                    "papers_language": club.language if club else "en"}

        ctx.tasks.run(read, on_success=self._fill, label=tr("Reading settings"))

    def _fill(self, values: dict[str, Any]) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(values["language"])))
        self.server.setText(values["server"])
        self.photo_size.setCurrentIndex(max(0, self.photo_size.findData(values["photo"])))
        self.inactivity.setValue(values["inactivity"])
        self.follow_up_days.setValue(values["follow_up_days"])
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(values["text_scale"])))
        self.papers_language.setCurrentIndex(max(0, self.papers_language.findData(values["papers_language"])))
        self.may_change_computer = values["may_change"]
        for widget in self.computer_rows:
            self.form.setRowVisible(widget, self.may_change_computer)
        self.computer_note.setVisible(not self.may_change_computer)
        self.saved_values = dict(values)
        self.loaded = True

    def save(self) -> None:
        ctx, club_id = self.ctx, self.ctx.actor.club_id
        values = {"language": self.language.currentData(), "server": self.server.text(),
                  "photo": self.photo_size.currentData(), "inactivity": self.inactivity.value(),
                  "follow_up_days": self.follow_up_days.value(), "text_scale": self.text_size.currentData(),
                  "papers_language": self.papers_language.currentData()}

        before = getattr(self, "saved_values", {})
        computer = self.may_change_computer

        def write(_t: Any) -> None:
            # Only what changed is written: an unchanged club setting must not queue a change to sync.
            local = ctx.local
            if local is not None:
                if computer:
                    local.save_computer_settings(ctx.actor, server_url=values["server"],
                                                 photo_max_side=values["photo"],
                                                 inactivity_minutes=values["inactivity"])
                if values["language"] != before.get("language"):
                    local.language = values["language"]
                if values["text_scale"] != before.get("text_scale"):
                    save_scale(local, values["text_scale"])
            if ctx.actor.is_teacher and club_id and values["follow_up_days"] != before.get("follow_up_days"):
                ctx.services.clubs.set_follow_up_days(ctx.actor, club_id, values["follow_up_days"])
            if ctx.actor.is_teacher and club_id and values["papers_language"] != before.get("papers_language"):
                ctx.services.clubs.set_language(ctx.actor, club_id, values["papers_language"])

        ctx.tasks.run(write, on_success=lambda _r: self._saved(values),
                      on_failure=lambda m: QMessageBox.warning(self, tr("Settings not saved"), m),
                      label=tr("Saving settings"))

    def _saved(self, values: dict[str, Any]) -> None:
        before, self.saved_values = getattr(self, "saved_values", {}), {**getattr(self, "saved_values", {}), **values}
        apply_text_scale(values["text_scale"])
        if self.may_change_computer and values["inactivity"] != before.get("inactivity"):
            self.ctx.events.inactivity_changed.emit(values["inactivity"])  # applied at once, not at the next start
        self.ctx.events.status_message.emit(tr("Settings saved."))
        self.ctx.events.data_changed.emit("settings")
        if values["follow_up_days"] != before.get("follow_up_days"):
            self.ctx.events.data_changed.emit("issue")  # which issues are overdue has changed


    # -- backups (teachers) -----------------------------------------------------------------------------------
    def _backups_box(self) -> QGroupBox:
        box = QGroupBox(tr("Backups of this computer's data"))
        layout = QVBoxLayout(box)
        self.backup_state = QLabel(tr("clubapp makes a backup each day it opens."))
        self.backup_state.setWordWrap(True)
        self.backup_button = QPushButton(tr("&Back up now"))
        self.restore_button = QPushButton(tr("&Restore a backup…"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.choose_backup)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout.addWidget(self.backup_state)
        layout.addLayout(buttons)
        box.setVisible(self.ctx.services.backups is not None and self.ctx.actor.role in MAY_RESTORE)
        return box

    def back_up_now(self) -> None:
        ctx = self.ctx
        self.backup_button.setEnabled(False)

        def done(path: Any) -> None:
            self.backup_button.setEnabled(True)
            self.backup_state.setText(tr("Backup written: {file}").format(file=path.name))

        def failed(message: str) -> None:
            self.backup_button.setEnabled(True)
            QMessageBox.warning(self, tr("No backup made"), message)

        ctx.tasks.run(lambda _t: ctx.services.backups.back_up_now(ctx.actor), on_success=done, on_failure=failed,
                      label=tr("Backing up"))

    def choose_backup(self) -> None:
        ctx = self.ctx
        ctx.tasks.run(lambda _t: ctx.services.backups.list(ctx.actor), on_success=self.pick_backup,
                      on_failure=lambda m: QMessageBox.warning(self, tr("Backups"), m), label=tr("Reading backups"))

    def pick_backup(self, backups: list[Any]) -> None:
        kinds = {"": tr("daily"), "manual": tr("made by hand"), "before-restore": tr("before a restore")}
        whens = [format_date(b.created_at.astimezone()) for b in backups]
        choices = [tr("{when} — {kind} — {size} MB").format(when=when, kind=kinds.get(b.label, b.label),
                                                            size=format_number(b.size_bytes / 1e6, 1))
                   for when, b in zip(whens, backups, strict=True)]
        if not choices:
            QMessageBox.information(self, tr("Backups"), tr("There is no backup yet. Use “Back up now” first."))
            return
        chosen, ok = QInputDialog.getItem(self, tr("Restore a backup"), tr("Which backup should come back?"),
                                          choices, 0, False)
        if not ok:
            return
        index = choices.index(chosen)
        answer = QMessageBox.question(self, tr("Restore a backup"), tr(
            "Put back the data of {when}?\n\nEverything on this computer returns to that moment and you are "
            "signed out. What was synced since then comes back at the next sync. The data as it is now is kept "
            "as a backup, so this can be undone.").format(when=whens[index]))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.events.restore_requested.emit(str(backups[index].path))
