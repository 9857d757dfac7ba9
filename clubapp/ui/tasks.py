"""One way to run work off the UI thread: database, disk, network and PDF work all go through TaskRunner.

    handle = ctx.tasks.run(lambda task: services.projects.list(actor),
                           on_success=self.show_rows, on_failure=self.show_error, label=tr("Loading projects"))

The function gets a TaskControl to report progress (`task.progress(done, total, text)`) and to check
`task.cancelled`. The label is translated (it names the work in an error message). Results, errors and progress
arrive on the UI thread as signals. A ServiceError's message is
shown to the person as it is; anything else becomes "Something went wrong" with the details logged.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..services.errors import InvalidInput, ServiceError
from .text import tr

log = logging.getLogger(__name__)


class TaskControl:
    """Handed to the background function: report progress, notice cancellation."""

    def __init__(self, signals: _TaskSignals):
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()


class _TaskSignals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()


class TaskHandle(QObject):
    """What the caller keeps: connect to its signals, or cancel."""

    def __init__(self, label: str, parent: QObject | None = None):
        super().__init__(parent)
        self.label = label
        self.signals = _TaskSignals()
        self.control = TaskControl(self.signals)
        self.done = False

    def cancel(self) -> None:
        self.control.cancel()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskControl], Any], handle: TaskHandle):
        super().__init__()
        self.fn, self.handle = fn, handle
        self.setAutoDelete(True)

    def run(self) -> None:
        signals = self.handle.signals
        try:
            result = self.fn(self.handle.control)
        except InvalidInput as exc:  # a form's problems, one per line, without the field names
            # Services speak English; a message that is in the translations (a fixed one) is shown translated.
            signals.failed.emit("\n".join(tr(text) for text in exc.problems.values()) or tr(str(exc)))
        except ServiceError as exc:
            signals.failed.emit(tr(str(exc)))
        except Exception:  # noqa: BLE001 - a background failure must reach the person, not kill the thread
            log.error("%s failed:\n%s", self.handle.label, traceback.format_exc())
            signals.failed.emit(tr("Something went wrong while {task}. The details are in the log; try again, and "
                                   "tell your teacher if it happens again.")
                                .format(task=(self.handle.label or tr("working")).lower()))
        else:
            signals.succeeded.emit(result)
        finally:
            signals.finished.emit()


class TaskRunner(QObject):
    """Runs tasks on a thread pool; keeps track of running ones so the app can wait for them on quit."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.running: set[TaskHandle] = set()

    def run(
        self,
        fn: Callable[[TaskControl], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        label: str = "",
    ) -> TaskHandle:
        handle = TaskHandle(label, self)
        if on_success:
            handle.signals.succeeded.connect(on_success)
        if on_failure:
            handle.signals.failed.connect(on_failure)
        if on_progress:
            handle.signals.progress.connect(on_progress)
        handle.signals.finished.connect(lambda: self._finished(handle))
        self.running.add(handle)
        if len(self.running) == 1:
            self.busy_changed.emit(True)
        self.pool.start(_Runnable(fn, handle))
        return handle

    def _finished(self, handle: TaskHandle) -> None:
        handle.done = True
        self.running.discard(handle)
        if not self.running:
            self.busy_changed.emit(False)

    def wait_all(self, msecs: int = 30_000) -> bool:
        """On quit: let running work finish (a half-written transaction is rolled back by SQLite anyway)."""
        for handle in list(self.running):
            handle.cancel()
        return self.pool.waitForDone(msecs)
