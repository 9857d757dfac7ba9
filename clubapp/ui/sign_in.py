"""The sign-in screen: pick your name, type your PIN or password. Several students share one computer, so this is
quick, keyboard-friendly, and says nothing about which names exist when a PIN is wrong."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.codelists import Role
from ..services.actor import Actor
from ..services.registry import Services
from .appearance import scaled_pt
from .tasks import TaskRunner
from .text import tr


class SignInScreen(QWidget):
    signed_in = Signal(object)  # Actor

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.tasks = services, tasks
        self.club_id: str | None = None
        self.heading_text = ""
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(560)
        layout = QVBoxLayout(card)
        self.heading = QLabel("<h1>" + tr("Welcome") + "</h1>")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        names_label = QLabel(tr("1. Choose your &name:"))
        layout.addWidget(names_label)
        self.names = QListWidget()
        names_label.setBuddy(self.names)
        self.names.setAccessibleName(tr("Your name"))
        self.names.setMinimumHeight(260)
        self.names.setStyleSheet(f"QListWidget {{ font-size: {scaled_pt(13)}; }} QListWidget::item {{ padding: 3px; }}")
        layout.addWidget(self.names, 1)
        self.other = QLineEdit(placeholderText=tr("…or type your user name (partner staff)"))
        self.other.setAccessibleName(tr("User name (partner staff)"))
        layout.addWidget(self.other)
        self.secret_label = QLabel(tr("2. Type your &PIN or password:"))
        layout.addWidget(self.secret_label)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label.setBuddy(self.secret)
        self.secret.setAccessibleName(tr("PIN or password"))
        layout.addWidget(self.secret)
        self.button = QPushButton(tr("&Sign in"))
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        layout.addWidget(self.button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        # Room for two lines from the start: a message appearing does not move the fields.
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2 + 4)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        outer.addWidget(card, 3)
        outer.addStretch(1)
        self.names.itemActivated.connect(lambda _item: self.secret.setFocus())
        self.names.currentItemChanged.connect(self._name_chosen)
        self.secret.returnPressed.connect(self.sign_in)
        self.button.clicked.connect(self.sign_in)

    def load(self, club_id: str | None, heading: str) -> None:
        self.club_id, self.heading_text = club_id, heading
        self.heading.setText(f"<h1>{heading}</h1>")
        self.secret.clear()
        self.message.clear()
        if club_id is None:
            self.names.clear()
            return
        services = self.services
        self.tasks.run(lambda _t: services.accounts.sign_in_choices(club_id), on_success=self._fill,
                       on_failure=self.message.setText, label=tr("Loading names"))

    def _fill(self, choices: list[Any]) -> None:
        self.names.clear()
        for choice in choices:
            label = choice.display_name + ("  " + tr("(teacher)") if choice.role is Role.TEACHER else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, choice.account_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, choice.role.value)
            self.names.addItem(item)
        self.names.setFocus()

    def _name_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.other.clear()
            student = item.data(Qt.ItemDataRole.UserRole + 1) == Role.STUDENT.value
            self.secret_label.setText(tr("2. Type your &PIN:") if student else tr("2. Type your &password:"))

    def sign_in(self) -> None:
        item = self.names.currentItem()
        who = self.other.text().strip() or (item.data(Qt.ItemDataRole.UserRole) if item else "")
        if not who:
            self.message.setText(tr("Choose your name first."))
            return
        secret = self.secret.text()
        if not secret:
            self.message.setStyleSheet("color: #b00020;")
            student = item is not None and item.data(Qt.ItemDataRole.UserRole + 1) == Role.STUDENT.value
            self.message.setText(tr("Type your PIN first.") if student else tr("Type your password first."))
            self.secret.setFocus()
            return
        self.button.setEnabled(False)
        self.message.setText(tr("Checking…"))
        self.message.setStyleSheet("color: #555;")
        services = self.services
        self.tasks.run(lambda _t: services.accounts.sign_in(who, secret), on_success=self._ok, on_failure=self._bad,
                       label=tr("Signing in"))

    def _ok(self, actor: Actor) -> None:
        self.button.setEnabled(True)
        self.secret.clear()
        self.message.clear()
        self.signed_in.emit(actor)

    def _bad(self, message: str) -> None:
        self.button.setEnabled(True)
        self.message.setStyleSheet("color: #b00020;")
        item = self.names.currentItem()
        student = item is not None and not self.other.text().strip() \
            and item.data(Qt.ItemDataRole.UserRole + 1) == Role.STUDENT.value
        self.message.setText(message + " " + (tr("Try again, or ask your teacher to reset your PIN.") if student else
                                              tr("Try again, or ask another teacher to reset your password.")))
        self.secret.selectAll()
        self.secret.setFocus()
