"""Start the desktop app: open (and migrate) the local store, pick the language, show the main window.

With --demo the app opens on a fresh demo network in a temporary folder: the window appears at once and the demo
is built on a worker while the sign-in screen says so.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from ..services.geocoding import GeocodingService
from ..services.local_settings import LocalSettings
from ..services.registry import Services
from ..store.local import open_local_store
from . import i18n
from .appearance import apply_text_scale, stored_scale
from .text import tr

log = logging.getLogger(__name__)

# For tests and benchmarks: quit this many milliseconds after the window is usable, printing when it was.
QUIT_AFTER_ENV = "CLUBAPP_QUIT_AFTER_MS"


def make_sync_client(store: Any) -> Any:
    """The sync client, loaded when first used (httpx and the sync code cost 0.2 s before the window)."""
    if importlib.util.find_spec("httpx") is None:  # a build without sync: the pages say it is not installed
        return None
    return LazySyncClient(store)


class LazySyncClient:
    """Stands for clubapp.sync.SyncClient and makes it at the first call (from any thread: the status bar reads
    the sync state on a worker)."""

    def __init__(self, store: Any):
        self._store, self._client, self._lock = store, None, threading.Lock()

    def __getattr__(self, name: str) -> Any:
        with self._lock:
            if self._client is None:
                from ..sync import SyncClient

                self._client = SyncClient(self._store)
        return getattr(self._client, name)


def prepare_web_engine() -> None:
    """The map page loads Qt's browser engine late, when first shown; Qt needs OpenGL contexts shared before the
    application exists, or the engine crashes when it starts. The engine's module itself (0.1 s) is imported by
    the map page when it is opened: with the attribute set, a late import works (checked offscreen and on X)."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # Chromium refuses to run as root without this
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    if QApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


def launch(data_dir: str | Path | None, demo: bool = False, argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    prepare_web_engine()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("clubapp")
    app.setOrganizationName("Integrity Clubs")
    if demo:
        data_dir = Path(tempfile.mkdtemp(prefix="clubapp-demo-"))
    store = open_local_store(data_dir)
    local = LocalSettings(store)
    language = i18n.install(app, local.language or i18n.system_language())
    apply_text_scale(stored_scale(local))
    services = Services.for_store(store)
    from .main_window import MainWindow

    def make_window() -> Any:
        made = MainWindow(services, local=local, sync=make_sync_client(store), geocoding=GeocodingService(store),
                          title_suffix=" " + tr("(demo)") if demo else "")
        made.restart_requested.connect(lambda chosen: (restart.append(chosen), app.quit()))
        made.show()
        return made

    restart: list[str] = []
    window = make_window()
    if not demo:  # a copy a day, made on a worker while the sign-in screen is up
        from ..store.backup import backup_if_due

        window.tasks.run(lambda _t: backup_if_due(store.data_dir), label=tr("Backing up"))
    if demo:
        build_demo_then_start(window, store)
    else:
        window.start()
    quit_after = os.environ.get(QUIT_AFTER_ENV)
    if quit_after:
        def report_and_quit() -> None:
            direction = "right to left" if app.layoutDirection() == Qt.LayoutDirection.RightToLeft else "left to right"
            print(f"window usable after {time.perf_counter() - started:.2f} s ({language}, {direction}, "
                  f"{tr('Settings')})", flush=True)
            QTimer.singleShot(int(quit_after), app.quit)

        QTimer.singleShot(0, report_and_quit)
    code = app.exec()
    while restart:  # a language chosen at first run: the window again, every word in that language
        language = i18n.install(app, restart.pop())
        window.tasks.wait_all(10_000)
        window.close()
        window.deleteLater()
        window = make_window()
        window.start()
        code = app.exec()
    window.tasks.wait_all(10_000)
    store.dispose()
    if demo:  # a demo leaves nothing behind
        shutil.rmtree(data_dir, ignore_errors=True)
    return code


def build_demo_then_start(window: Any, store: Any) -> None:
    from ..services.demo import STUDENT_PIN, TEACHER_PASSWORD, build_demo_network

    screen = window.sign_in_screen
    screen.heading.setText("<h1>" + tr("Preparing the demo network…") + "</h1>")

    def work(task: Any) -> Any:
        return build_demo_network(store, progress=lambda text: task.progress(0, 0, text))

    def done(_summary: Any) -> None:
        window.start()
        window.events.status_message.emit(
            tr("Demo: teachers sign in with '{password}', students with PIN {pin}.").format(
                password=TEACHER_PASSWORD, pin=STUDENT_PIN))

    window.tasks.run(work, on_success=done, on_failure=window._fatal,
                     on_progress=lambda _d, _t, text: screen.message.setText(text), label=tr("Building the demo"))
