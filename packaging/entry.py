"""The frozen app's entry point (PyInstaller runs this file; `clubapp` is the same as in a venv).

CLUBAPP_CHECK_MAP=OUT_DIR (with --data-dir of demo data) makes the bundle open its Map page and the location picker
off screen instead, save what they show as PNGs in OUT_DIR and print what they found: the bundle's test uses it to
prove the map works inside the bundle, without the web engine.
"""

import multiprocessing
import os
import sys

from clubapp.cli.main import main


def check_map(out_dir: str, data_dir: str) -> int:
    import time
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from clubapp.services.accounts import AccountService
    from clubapp.services.demo import TEACHER_PASSWORD
    from clubapp.services.local_settings import LocalSettings
    from clubapp.services.registry import Services
    from clubapp.store.local import open_local_store
    from clubapp.ui.context import UiContext, UiEvents
    from clubapp.ui.location_picker import LocationPicker
    from clubapp.ui.pages.map_page import MapPage
    from clubapp.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    store = open_local_store(Path(data_dir))
    services = Services.for_store(store)
    actor = AccountService(store).sign_in("teacher.nyeri", TEACHER_PASSWORD)
    ctx = UiContext(services=services, actor=actor, tasks=TaskRunner(), events=UiEvents(), local=LocalSettings(store))

    def wait(condition, seconds=30.0):
        deadline = time.monotonic() + seconds
        while not condition() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        return condition()

    started = time.perf_counter()
    page = MapPage(ctx)
    page.resize(1366, 768)
    page.show()
    if not wait(lambda: page.loaded):
        print("map: not loaded")
        return 1
    opened = time.perf_counter() - started
    page.grab().save(str(Path(out_dir) / "bundle-map.png"))
    print(f"map: {len(page.view.points)} projects, {len(page.view.towns)} towns, "
          f"{len(page.view.basemap.countries)} countries, opened in {opened:.2f} s")
    picker = LocationPicker(None, None, ctx=ctx)
    picker.show()
    if not wait(lambda: picker.ready):
        print("picker: not loaded")
        return 1
    picker.place.setText("Karatina")
    picker.find_place()
    picker.grab().save(str(Path(out_dir) / "bundle-picker.png"))
    print(f"picker: {picker.chosen.text()}")
    ctx.tasks.wait_all()
    for window in (picker, page):  # deleted by Qt now, not by Python's collector while Python shuts down
        window.close()
        window.deleteLater()
    app.processEvents()
    store.dispose()
    return 0


if __name__ == "__main__":
    multiprocessing.freeze_support()  # Windows: child processes of a frozen app start through main again
    if os.environ.get("CLUBAPP_CHECK_MAP"):
        sys.exit(check_map(os.environ["CLUBAPP_CHECK_MAP"], sys.argv[sys.argv.index("--data-dir") + 1]))
    sys.exit(main())
