"""The README's screenshots of the app's own map and the location picker, in English and Arabic, at 1366x768.

    xvfb-run -a python packaging/map_screenshots.py [OUT_DIR]

Files: map-en.png, map-ar.png, picker-en.png, picker-ar.png (a demo network, the Nyeri teacher signed in).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from clubapp.services.accounts import AccountService
from clubapp.services.demo import TEACHER_PASSWORD, build_demo_network
from clubapp.services.geocoding import GeocodingService
from clubapp.services.local_settings import LocalSettings
from clubapp.services.registry import Services
from clubapp.store.local import open_local_store
from clubapp.ui import i18n
from clubapp.ui.main_window import MainWindow

SIZE = (1366, 768)


def settle(app: QApplication, window, seconds: float = 0.6) -> None:
    deadline, end = time.monotonic() + 20, time.monotonic() + seconds
    while time.monotonic() < end or (window.tasks.running and time.monotonic() < deadline):
        app.processEvents()
        time.sleep(0.02)


def shoot(app: QApplication, store, out_dir: Path, language: str) -> None:
    i18n.install(app, language)
    services = Services.for_store(store)
    window = MainWindow(services, local=LocalSettings(store), geocoding=GeocodingService(store))
    window.resize(*SIZE)
    window.show()
    window.start()
    settle(app, window)
    window.enter(AccountService(store).sign_in("teacher.nyeri", TEACHER_PASSWORD))
    page = window.workspace.page_named("MapPage")
    settle(app, window, 1.5)
    first = page.view.points[0]
    page.view.project_chosen.emit(first.id)  # the side panel filled, as after a click
    page.view.chosen_id = first.id
    settle(app, window, 1.0)
    window.grab().save(str(out_dir / f"map-{language}.png"))
    from clubapp.ui.location_picker import LocationPicker

    club = services.clubs.get_club(window.workspace.ctx.actor, window.workspace.ctx.actor.club_id)
    picker = LocationPicker(None, None, centre=(club.latitude, club.longitude), parent=window,
                            ctx=window.workspace.ctx)
    picker.resize(1100, 700)
    picker.show()
    settle(app, window, 1.5)
    picker.view.set_pin(first.latitude + 0.02, first.longitude + 0.03)
    picker.picked(first.latitude + 0.02, first.longitude + 0.03)
    settle(app, window, 0.5)
    picker.grab().save(str(out_dir / f"picker-{language}.png"))
    picker.close()
    window.close()
    i18n.install(app, "en")


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    store = open_local_store(Path(tempfile.mkdtemp(prefix="clubapp-map-shots-")))
    build_demo_network(store)
    for language in ("en", "ar"):
        shoot(app, store, out_dir, language)
    store.dispose()
    print(f"map screenshots in {out_dir}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path,
                        default=Path(__file__).resolve().parent.parent / "resources" / "screenshots")
    main(parser.parse_args().out_dir)
