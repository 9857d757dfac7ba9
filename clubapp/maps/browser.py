"""Open a map page in Qt's browser engine (Chromium) with no network: to turn it into a PNG or a PDF, and for the
tests to check it really works offline (no script error, one marker per project, no request leaving the disk).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")  # as root (school images, CI) it needs this

from PySide6.QtCore import QEventLoop, QMarginsF, QSize, QTimer, QUrl
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView

from ..words import _

# How many markers the page holds: the cluster group knows, whatever is clustered on screen.
COUNT_MARKERS = """(function () {
  var name = Object.keys(window).find(function (k) { return k.indexOf('map_') === 0; });
  if (!name) return -1;
  var total = 0;
  Object.values(window[name]._layers).forEach(function (layer) {
    if (layer.getLayers && layer._featureGroup) total += layer.getLayers().length;
  });
  return total;
})()"""


class OfflineOnly(QWebEngineUrlRequestInterceptor):
    """Blocks every request that would leave the disk, and remembers it."""

    def __init__(self) -> None:
        super().__init__()
        self.blocked: list[str] = []

    def interceptRequest(self, info) -> None:  # noqa: N802 - Qt's name
        url = info.requestUrl()
        if url.scheme() not in ("file", "data", "qrc", "blob"):
            self.blocked.append(url.toString())
            info.block(True)


class RecordingPage(QWebEnginePage):
    def __init__(self, profile: QWebEngineProfile, parent=None):
        super().__init__(profile, parent)
        self.errors: list[str] = []

    def javaScriptConsoleMessage(self, level, message, line, source) -> None:  # noqa: N802
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            self.errors.append(f"{message} ({source}:{line})")


@dataclass
class LoadedPage:
    ok: bool
    markers: int
    errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _wait(condition, timeout_ms: int) -> bool:
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(25)
    waited = [0]

    def tick() -> None:
        waited[0] += 25
        if condition() or waited[0] >= timeout_ms:
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()
    return bool(condition())


def open_offline(page_path: Path, size: tuple[int, int] = (1200, 850), timeout_ms: int = 60_000):
    """Load the page with every network request blocked; returns (view, LoadedPage)."""
    import time

    started = time.perf_counter()
    profile = QWebEngineProfile()  # off the record: no cache or cookies left behind
    interceptor = OfflineOnly()
    profile.setUrlRequestInterceptor(interceptor)
    view = QWebEngineView()
    page = RecordingPage(profile, view)
    view.setPage(page)
    # Let the page ask for remote files, so that the interceptor (not Chromium's file:// rule) is what stops them
    # and records them: a page that tries to reach the internet is then seen.
    page.settings().setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True)
    page.settings().setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
    view.resize(QSize(*size))
    loaded: list[bool] = []
    page.loadFinished.connect(loaded.append)
    view.load(QUrl.fromLocalFile(str(Path(page_path).resolve())))
    view.show()
    _wait(lambda: bool(loaded), timeout_ms)
    result: list[int] = []
    for _attempt in range(40):  # the basemap and markers are drawn after DOMContentLoaded: ask until they are there
        result.clear()
        page.runJavaScript(COUNT_MARKERS, 0, result.append)
        _wait(lambda: bool(result), 5_000)
        if result and result[0] not in (None, -1):
            break
    _wait(lambda: False, 300)  # let tiles of the basemap paint
    markers = int(result[0]) if result and isinstance(result[0], (int, float)) else -1
    outcome = LoadedPage(bool(loaded and loaded[0]), markers, list(page.errors), list(interceptor.blocked),
                         time.perf_counter() - started)
    view._keep = (profile, interceptor)  # the profile must outlive the page
    return view, outcome


def evaluate(view: QWebEngineView, script: str, timeout_ms: int = 10_000):
    """Run a script in the loaded page and return its value."""
    result: list = []
    view.page().runJavaScript(script, 0, result.append)
    _wait(lambda: bool(result), timeout_ms)
    return result[0] if result else None


def dispose(view: QWebEngineView) -> None:
    """Delete the page before its profile (Chromium insists), then the view."""
    from PySide6.QtCore import QCoreApplication

    page = view.page()
    view.close()
    page.deleteLater()
    QCoreApplication.processEvents()
    profile, interceptor = getattr(view, "_keep", (None, None))
    if profile is not None:
        profile.deleteLater()
    view.deleteLater()
    QCoreApplication.processEvents()
    del interceptor


def save_png(view: QWebEngineView, out: Path) -> None:
    view.grab().save(str(out))


def save_pdf(view: QWebEngineView, out: Path, timeout_ms: int = 60_000) -> None:
    done: list[bool] = []
    view.page().pdfPrintingFinished.connect(lambda _path, ok: done.append(ok))
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(8, 8, 8, 8))
    view.page().printToPdf(str(out), layout)
    _wait(lambda: bool(done), timeout_ms)
    if not (done and done[0]):
        raise RuntimeError(_("The map could not be printed to PDF."))
