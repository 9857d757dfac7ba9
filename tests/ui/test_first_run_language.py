"""The language is chosen at first run: picking it on the wizard's first page saves it and makes the whole
window again in that language (launch() does it), before anything else is set up."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from clubapp.services.local_settings import LocalSettings
from clubapp.store.local import open_local_store
from clubapp.ui import i18n
from clubapp.ui.main_window import MainWindow


def choose(wizard, code: str) -> None:
    combo = wizard.choice.language
    index = combo.findData(code)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a click or the keyboard does


def test_choosing_a_language_at_first_run_saves_it_and_asks_for_the_window_again(qtbot, services, store):
    window = MainWindow(services, local=LocalSettings(store))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible(), timeout=10_000)
    assert window.wizard.choice.language.currentData() == i18n.current_language() == "en"
    with qtbot.waitSignal(window.restart_requested, timeout=10_000) as asked:
        choose(window.wizard, "fr")
    assert asked.args == ["fr"] and LocalSettings(store).language == "fr"
    window.close()


DRIVER = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from clubapp.ui.launch import launch, prepare_web_engine
from clubapp.ui.main_window import MainWindow

prepare_web_engine()
QApplication(["clubapp"])  # made first, so the timer below has an event loop to wait in
seen = []

def drive():  # runs inside launch()'s event loop, as a person would: pick French, then look
    app = QApplication.instance()
    window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)
    if window is None or window.wizard is None or not window.wizard.isVisible():
        QTimer.singleShot(100, drive)
        return
    seen.append(window.wizard.windowTitle())
    if len(seen) == 1:
        combo = window.wizard.choice.language
        combo.setCurrentIndex(combo.findData("fr"))
        combo.activated.emit(combo.currentIndex())
        QTimer.singleShot(300, drive)
    else:
        window.wizard.reject()
        app.quit()

QTimer.singleShot(200, drive)
code = launch(sys.argv[1], argv=["clubapp"])
print(json.dumps({"code": code, "seen": seen}))
"""


def test_the_app_comes_back_in_the_chosen_language_and_remembers_it(tmp_path):
    """The whole launch, in its own process (its own QApplication), driven from inside its event loop."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en", "LC_ALL": "C.UTF-8"}
    result = subprocess.run([sys.executable, "-c", DRIVER, str(tmp_path / "data")], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer == {"code": 0, "seen": ["Set up clubapp", "Installer clubapp"]}
    store = open_local_store(tmp_path / "data")
    assert LocalSettings(store).language == "fr"
    store.dispose()
