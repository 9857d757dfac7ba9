"""Window tests fail instead of hanging, and leave nothing behind.

- A message box or a modal dialog's exec() that the test did not expect fails the test at once (a real one would
  wait for a click that never comes, until the CI job is killed). A test that expects one says what the person
  answers: `dialogs.answer("question", QMessageBox.StandardButton.Yes)`, or drives the dialog itself:
  `dialogs.on_exec(lambda dialog: ...)`.
- A window, dialog or active timer that outlives its test fails it (as napari's conftest does): left running,
  they fire in later tests, as the user who signed out.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

MESSAGE_BOXES = ("warning", "critical", "information", "question", "about")
INPUTS = ("getText", "getMultiLineText", "getInt", "getDouble", "getItem")
FILES = ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory")


class UnexpectedDialog(AssertionError):
    pass


class DialogGuard:
    def __init__(self) -> None:
        self.answers: dict[str, deque[Any]] = {}
        self.shown: list[tuple[str, tuple[Any, ...]]] = []
        self.unexpected: list[str] = []
        self.exec_handlers: deque[Callable[[QDialog], int]] = deque()

    def answer(self, name: str, *answers: Any) -> None:
        """The person's answers to the next calls of QMessageBox.<name>, QInputDialog.<name> or
        QFileDialog.<name>, in order."""
        self.answers.setdefault(name, deque()).extend(answers)

    def on_exec(self, handler: Callable[[QDialog], int]) -> None:
        """The next modal dialog's exec() calls handler(dialog) (which may click in it) and returns its code."""
        self.exec_handlers.append(handler)

    def texts(self) -> list[str]:
        return [" ".join(str(a) for a in args[1:3]) for _name, args in self.shown]

    def _static(self, name: str) -> Callable[..., Any]:
        def replacement(*args: Any, **_kwargs: Any) -> Any:
            self.shown.append((name, args))
            queued = self.answers.get(name)
            if queued:
                return queued.popleft()
            text = " | ".join(str(a) for a in args[1:3])
            self.unexpected.append(f"{name}: {text}")
            raise UnexpectedDialog(f"unexpected {name}() dialog: {text}")

        return replacement

    def _exec(self, dialog: QDialog, *_args: Any) -> int:
        if self.exec_handlers:
            return self.exec_handlers.popleft()(dialog)
        title = dialog.windowTitle()
        self.unexpected.append(f"exec: {type(dialog).__name__} {title}")
        raise UnexpectedDialog(f"unexpected modal {type(dialog).__name__} ({title!r})")


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> DialogGuard:
    guard = DialogGuard()
    for name in MESSAGE_BOXES:
        monkeypatch.setattr(QMessageBox, name, staticmethod(guard._static(name)))
    for name in INPUTS:
        monkeypatch.setattr(QInputDialog, name, staticmethod(guard._static(name)))
    for name in FILES:
        monkeypatch.setattr(QFileDialog, name, staticmethod(guard._static(name)))
    monkeypatch.setattr(QDialog, "exec", guard._exec)
    monkeypatch.setattr(QMessageBox, "exec", guard._exec)
    yield guard
    assert not guard.unexpected, f"dialogs the test did not expect: {guard.unexpected}"


def _live_timers() -> list[QTimer]:
    """Active timers of the application's objects (a timer whose owner was deleted is deleted with it)."""
    found = []
    for top in [w for w in QApplication.topLevelWidgets() if w.isVisible()]:
        found += [t for t in top.findChildren(QTimer) if t.isActive()]
    app = QApplication.instance()
    found += [t for t in app.findChildren(QTimer) if t.isActive()]
    return found


@pytest.fixture(autouse=True)
def nothing_outlives_the_test(request, qapp):
    """No window made by the test is still open after it (pytest-qt has closed those given to qtbot.addWidget
    when this runs), and no timer of a window or of the application is still ticking. (Not with an extra event
    loop turn here: running deferred deletions at this point crashes PySide at exit.)"""
    before = {id(w) for w in QApplication.topLevelWidgets()}
    timers_before = {id(t) for t in _live_timers()}
    yield
    if request.node.get_closest_marker("leaves_windows"):
        return
    left = [w for w in QApplication.topLevelWidgets() if id(w) not in before and w.isVisible()]
    timers = [t for t in _live_timers() if id(t) not in timers_before]
    for widget in left:  # clean up, so that one leak does not fail the tests after it
        widget.close()
    for timer in timers:
        timer.stop()
    assert not left, "windows left open after the test: " + ", ".join(
        f"{type(w).__name__}({w.windowTitle()!r})" for w in left)
    assert not timers, "timers still running after the test: " + ", ".join(
        f"{t.objectName() or 'QTimer'} of {type(t.parent()).__name__ if t.parent() else 'nothing'}" for t in timers)


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "leaves_windows: an old test that does not close what it opens")
