"""Settings: language, the club's follow-up delay (teachers), server address, photo size, sign-out delay."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import i18n
from ...services.local_settings import PHOTO_SIZES
from ..context import UiContext

LANGUAGES = {"": "The computer's language", **i18n.LANGUAGES}


class SettingsPage(QWidget):
    title = "Settings"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.follow_up_days = QSpinBox()
        self.follow_up_days.setRange(1, 365)
        self.follow_up_days.setSuffix(" days")
        self.follow_up_days.setEnabled(ctx.actor.is_teacher)
        self.server = QLineEdit(placeholderText="https://clubs.example.org (leave empty to work offline)")
        self.photo_size = QComboBox()
        for size in PHOTO_SIZES:
            self.photo_size.addItem(f"{size} pixels on the longest side", size)
        self.inactivity = QSpinBox()
        self.inactivity.setRange(1, 240)
        self.inactivity.setSuffix(" minutes")
        form.addRow("&Language", self.language)
        form.addRow("&Follow up an issue with no answer after", self.follow_up_days)
        form.addRow("&Server address", self.server)
        form.addRow("&Photo size", self.photo_size)
        form.addRow("Sign out after no activity for", self.inactivity)
        layout.addLayout(form)
        self.note = QLabel("Language changes apply the next time the app opens.")
        layout.addWidget(self.note)
        self.save_button = QPushButton("&Save settings")
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.loaded = False

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        ctx, club_id = self.ctx, self.ctx.actor.club_id

        def read(_t: Any) -> dict[str, Any]:
            local = ctx.local
            club = ctx.services.clubs.get_club(ctx.actor, club_id) if club_id else None
            return {"language": local.language if local else "", "server": local.server_url if local else "",
                    "photo": local.photo_max_side if local else 1600,
                    "inactivity": local.inactivity_minutes if local else 10,
                    "follow_up_days": club.follow_up_days if club else 30}

        ctx.tasks.run(read, on_success=self._fill, label="Reading settings")

    def _fill(self, values: dict[str, Any]) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(values["language"])))
        self.server.setText(values["server"])
        self.photo_size.setCurrentIndex(max(0, self.photo_size.findData(values["photo"])))
        self.inactivity.setValue(values["inactivity"])
        self.follow_up_days.setValue(values["follow_up_days"])
        self.loaded = True

    def save(self) -> None:
        ctx, club_id = self.ctx, self.ctx.actor.club_id
        values = {"language": self.language.currentData(), "server": self.server.text(),
                  "photo": self.photo_size.currentData(), "inactivity": self.inactivity.value(),
                  "follow_up_days": self.follow_up_days.value()}

        def write(_t: Any) -> None:
            local = ctx.local
            if local is not None:
                local.server_url = values["server"]
                local.photo_max_side = values["photo"]
                local.inactivity_minutes = values["inactivity"]
                local.language = values["language"]
            if ctx.actor.is_teacher and club_id:
                ctx.services.clubs.set_follow_up_days(ctx.actor, club_id, values["follow_up_days"])

        ctx.tasks.run(write, on_success=lambda _r: self._saved(),
                      on_failure=lambda m: QMessageBox.warning(self, "Settings not saved", m), label="Saving settings")

    def _saved(self) -> None:
        self.ctx.events.status_message.emit("Settings saved.")
        self.ctx.events.data_changed.emit("settings")

