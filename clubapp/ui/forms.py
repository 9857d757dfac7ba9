"""Form fields that read and write plain values, and drafts: a form saves what is typed a moment after each
change, and offers it back after a crash or a closed window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from .date_field import DateField
from .tasks import TaskRunner
from .text import tr

DRAFT_DELAY_MS = 400


def field_value(widget: QWidget) -> Any:
    if isinstance(widget, DateField):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    raise TypeError(f"no value for {type(widget).__name__}")


def set_field_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, DateField):
        widget.set_value(value)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index >= 0:
            widget.setCurrentIndex(index)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))


def _changed_signal(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, DateField):
        return widget.changed
    raise TypeError(type(widget).__name__)


class DraftKeeper(QObject):
    """Keeps a form's draft under `key` in the local store (through LocalSettings, on a worker)."""

    def __init__(self, ctx: Any, key: str, fields: dict[str, QWidget], parent: QObject | None = None):
        super().__init__(parent)
        # Drafts are each person's own: another student signing in on this computer never gets them.
        owner = getattr(ctx.actor, "account_id", None) or getattr(ctx.actor, "member_id", None) or "anyone"
        self.ctx, self.key, self.fields = ctx, f"{owner}:{key}", fields
        self.enabled = ctx.local is not None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self._restoring = False
        # One thread of its own: a save and the discard after it never overtake each other.
        self.runner = TaskRunner(self, max_threads=1)
        for widget in fields.values():
            _changed_signal(widget).connect(self._changed)

    def values(self) -> dict[str, Any]:
        return {name: field_value(widget) for name, widget in self.fields.items()}

    def _changed(self, *_args: Any) -> None:
        if self.enabled and not self._restoring:
            self._timer.start()

    def save_now(self) -> None:
        if not self.enabled:
            return
        values, local, key = self.values(), self.ctx.local, self.key
        self.runner.run(lambda _task: local.save_draft(key, values), label=tr("Saving a draft"))

    def flush(self) -> None:
        """The form is closing: write a pending draft now rather than in a moment."""
        if self._timer.isActive():
            self._timer.stop()
            self.save_now()

    def restore(self) -> bool:
        """Fill the form from a saved draft; True if there was one (the form then says so)."""
        if not self.enabled:
            return False
        draft = self.ctx.local.draft(self.key)
        if draft is None:
            return False
        self._restoring = True
        try:
            for name, value in draft.values.items():
                if name in self.fields:
                    set_field_value(self.fields[name], value)
        finally:
            self._restoring = False
        return True

    def discard(self) -> None:
        self._timer.stop()
        if self.enabled:
            local, key = self.ctx.local, self.key
            self.runner.run(lambda _task: local.discard_draft(key), label=tr("Removing a draft"))
